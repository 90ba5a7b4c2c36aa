// SPDX-License-Identifier: GPL-3.0-or-later
#include "model_panel.h"

#include "dataset.h"
#include "option_form.h"
#include "period_form.h"
#include "trainer.h"

#include <QComboBox>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QToolButton>
#include <QMessageBox>
#include <QMenu>
#include <QInputDialog>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <cctype>
#include <cmath>

namespace mcui {
namespace {

QString inputKey(const QString& station, const QString& variable) { return station + QLatin1Char(':') + variable; }

QLabel* formLabel(QFormLayout* form, QWidget* field) { return qobject_cast<QLabel*>(form->labelForField(field)); }

}  // namespace

ModelPanel::ModelPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("modelPanel"));
    auto* content = createForm();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { color: #a4262c; background: #fde7e9; border: 1px solid #f1bbbc; border-radius: 3px; padding: 4px 6px; }"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);

    setKind(m_kind->currentData().toString());
    // The reference deck's settings are the starting point, so the preset list says so.
    if (const auto why = m_presets.load(); !why.empty())
        qWarning("%s", why.c_str());  // a damaged file must not stop the app; built-ins remain
    if (!mc::presets().empty())
        m_presetName = QString::fromStdString(mc::presets().front().name);
    retranslate();
    updatePresetCombo();
    updateValidity();
}

ModelPanel::~ModelPanel() = default;

QWidget* ModelPanel::createForm()
{
    auto* content = new QWidget;
    m_form = new QFormLayout(content);
    m_form->setContentsMargins(6, 4, 6, 4);
    m_form->setHorizontalSpacing(8);
    m_form->setVerticalSpacing(4);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    const auto edited = [this] { onEdited(); };
    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("modelKind"));
    for (const auto& m : mc::modelKinds())
        m_kind->addItem(QString(), QString::fromStdString(m.kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        setKind(m_kind->currentData().toString());
        // Several-station models add (or need) "All stations"; one-station models drop it.
        refillStations(currentStation());
        refillTargets(currentTarget());
        refillInputs();
        onEdited();
    });
    m_preset = new QComboBox(content);
    m_preset->setObjectName(QStringLiteral("modelPreset"));
    refillPresets();
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString name = m_preset->itemData(index).toString();
        if (!name.isEmpty())
            applyPreset(name);
    });
    m_presetMenuButton = new QToolButton(content);
    m_presetMenuButton->setObjectName(QStringLiteral("presetMenuButton"));
    m_presetMenuButton->setPopupMode(QToolButton::InstantPopup);
    auto* presetMenu = new QMenu(m_presetMenuButton);
    m_savePresetAction = presetMenu->addAction(QString(), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the new preset:"), QLineEdit::Normal,
                                                   QString(), &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        if (const QString why = savePreset(name); !why.isEmpty())
            QMessageBox::warning(this, tr("Save preset"), why);
    });
    m_renamePresetAction = presetMenu->addAction(QString(), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename preset"), tr("New name:"), QLineEdit::Normal,
                                                   m_presetName, &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        if (const QString why = renamePreset(m_presetName, name); !why.isEmpty())
            QMessageBox::warning(this, tr("Rename preset"), why);
    });
    m_deletePresetAction = presetMenu->addAction(QString(), this, [this] {
        if (QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset “%1”?").arg(m_presetName)) != QMessageBox::Yes)
            return;
        if (const QString why = deletePreset(m_presetName); !why.isEmpty())
            QMessageBox::warning(this, tr("Delete preset"), why);
    });
    connect(presetMenu, &QMenu::aboutToShow, this, &ModelPanel::presetMenuRequested);
    m_presetMenuButton->setMenu(presetMenu);
    auto* presetRow = new QWidget(content);
    auto* presetLayout = new QHBoxLayout(presetRow);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    m_preset->setParent(presetRow);
    m_presetMenuButton->setParent(presetRow);
    presetLayout->addWidget(m_preset, 1);
    presetLayout->addWidget(m_presetMenuButton);
    m_form->addRow(new QLabel(content), m_kind);
    m_form->addRow(new QLabel(content), presetRow);

    m_dataHeader = new QLabel(content);
    QFont bold = m_dataHeader->font();
    bold.setBold(true);
    m_dataHeader->setFont(bold);
    m_dataHeader->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(m_dataHeader);
    m_station = new QComboBox(content);
    m_station->setObjectName(QStringLiteral("station"));
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        refillTargets(currentTarget());
        refillInputs();
        onEdited();
    });
    m_target = new QComboBox(content);
    m_target->setObjectName(QStringLiteral("target"));
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        refillInputs();
        onEdited();
    });
    m_inputs = new QListWidget(content);
    m_inputs->setObjectName(QStringLiteral("inputs"));
    m_inputs->setMaximumHeight(m_inputs->fontMetrics().height() * 6 + 8);
    m_inputs->setUniformItemSizes(true);
    connect(m_inputs, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString key = inputKey(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
        m_checkedInputs.removeAll(key);
        if (item->checkState() == Qt::Checked)
            m_checkedInputs.append(key);
        onEdited();
    });
    m_form->addRow(new QLabel(content), m_station);
    m_form->addRow(new QLabel(content), m_target);
    // The list gets the full width: STATION:VAR entries are long and a dock is narrow.
    m_inputsLabel = new QLabel(content);
    m_inputsLabel->setBuddy(m_inputs);
    m_form->addRow(m_inputsLabel);
    m_form->addRow(m_inputs);

    m_periods = new PeriodForm(m_form, content);
    connect(m_periods, &PeriodForm::changed, this, edited);
    m_options = new OptionForm(m_form, content);
    connect(m_options, &OptionForm::changed, this, edited);
    return content;
}

void ModelPanel::retranslate()
{
    formLabel(m_form, m_kind)->setText(tr("Model"));
    formLabel(m_form, m_preset->parentWidget())->setText(tr("Preset"));
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto* m = mc::findModel(m_kind->itemData(i).toString().toStdString());
        m_kind->setItemText(i, OptionForm::translatedText(m->displayName));
        m_kind->setItemData(i, OptionForm::translatedText(m->summary), Qt::ToolTipRole);
    }
    m_preset->setItemText(0, tr("Custom"));
    m_preset->setItemData(0, tr("Values set by hand, not from a preset."), Qt::ToolTipRole);
    for (int i = 1; i < m_preset->count(); ++i) {
        const std::string key = m_preset->itemData(i).toString().toStdString();
        const auto* p = m_presets.find(key);
        if (!p)
            continue;
        if (!mc::PresetStore::isBuiltIn(key)) {
            // The user's own presets are shown as they were named.
            m_preset->setItemText(i, QString::fromStdString(p->name));
            m_preset->setItemData(i, QString::fromStdString(p->description), Qt::ToolTipRole);
            continue;
        }
        std::string name = p->name;
        if (!name.empty())
            name[0] = char(std::toupper(static_cast<unsigned char>(name[0])));
        m_preset->setItemText(i, OptionForm::translatedText(name));
        m_preset->setItemData(i, OptionForm::translatedText(p->description), Qt::ToolTipRole);
    }
    m_presetMenuButton->setText(tr("…"));
    m_presetMenuButton->setToolTip(tr("Save, rename or delete your own presets"));
    m_savePresetAction->setText(tr("Save current values as preset…"));
    m_renamePresetAction->setText(tr("Rename preset…"));
    m_deletePresetAction->setText(tr("Delete preset"));
    m_dataHeader->setText(tr("Data"));
    formLabel(m_form, m_station)->setText(tr("Station"));
    //: The variable to forecast.
    formLabel(m_form, m_target)->setText(tr("Target"));
    m_target->setPlaceholderText(tr("Choose in the data tree"));
    m_inputsLabel->setText(tr("Inputs (covariates)"));
    m_inputs->setToolTip(tr("Covariates fed to the model besides the target's own past. Variables of other stations are joined on time."));
    m_periods->retranslate();
    m_options->retranslate();
    updateValidity();
}

void ModelPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_options)
        retranslate();
    QWidget::changeEvent(event);
}

void ModelPanel::setKind(const QString& kind)
{
    const mc::ParamSet kept = m_options->kind().empty() ? mc::ParamSet{} : m_options->params();
    m_options->build(kind.toStdString());
    const bool was = m_updating;
    m_updating = true;
    m_options->setValues(kept.values());
    m_updating = was;
}

void ModelPanel::setDataset(std::shared_ptr<const mc::Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_updating = true;
    const QString target = currentTarget();
    refillStations(currentStation());
    refillTargets(target);
    refillInputs();
    if (m_dataset)
        m_periods->fitToData(*m_dataset);
    m_updating = false;
    onEdited();
}

void ModelPanel::setSelection(const QString& station, const QString& variable)
{
    m_updating = true;
    refillStations(station);
    refillTargets(variable);
    refillInputs();
    m_updating = false;
    onEdited();
}

QString ModelPanel::currentStation() const { return m_station->currentData().toString(); }

QString ModelPanel::currentTarget() const { return m_target->currentData().toString(); }

void ModelPanel::refillStations(const QString& wanted)
{
    const QSignalBlocker blocker(m_station);
    m_station->clear();
    // An empty station means every station (or grid cell) at once, for the models that take several.
    const auto* model = mc::findModel(m_kind->currentData().toString().toStdString());
    const bool grid = m_dataset && !m_dataset->grid.empty();
    const bool several = model && m_dataset
        && (model->supports(mc::NodeLayout::Stations) || (grid && model->supports(mc::NodeLayout::Grid)));
    if (several)
        m_station->addItem(grid ? tr("All grid cells") : tr("All stations"), QString());
    if (m_dataset)
        for (const auto& st : m_dataset->stations)
            m_station->addItem(QString::fromStdString(st.id), QString::fromStdString(st.id));
    if (several && !model->supports(mc::NodeLayout::Single)) {
        m_station->setCurrentIndex(0);
        return;
    }
    // A station the data lacks (from a saved run) stays visible; validation names the problem.
    if (!wanted.isEmpty() && m_station->findData(wanted) < 0)
        m_station->addItem(wanted, wanted);
    const int index = m_station->findData(wanted);
    m_station->setCurrentIndex(index >= 0 ? index : (m_station->count() > 0 ? 0 : -1));
}

void ModelPanel::refillTargets(const QString& wanted)
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    std::set<std::string> names;
    if (m_dataset) {
        if (const auto* st = m_dataset->station(currentStation().toStdString()))
            for (const auto& [name, values] : st->variables)
                names.insert(name);
        if (currentStation().isEmpty())  // all stations: any variable some station has
            for (const auto& st : m_dataset->stations)
                for (const auto& [name, values] : st.variables)
                    names.insert(name);
    }
    for (const auto& name : names) {
        const auto unit = m_dataset->units.find(name);
        const QString text = QString::fromStdString(name);
        m_target->addItem(unit == m_dataset->units.end() ? text : text + QStringLiteral(" (") + QString::fromStdString(unit->second) + QLatin1Char(')'), text);
    }
    if (!wanted.isEmpty() && m_target->findData(wanted) < 0)
        m_target->addItem(wanted, wanted);
    m_target->setCurrentIndex(m_target->findData(wanted));
}

void ModelPanel::refillInputs()
{
    const QSignalBlocker blocker(m_inputs);
    m_inputs->clear();
    const QString station = currentStation();
    const QString target = currentTarget();
    QSet<QString> listed;
    const auto add = [&](const QString& st, const QString& var) {
        if (st == station && var == target)
            return;  // the target's own past is always the first feature
        const QString key = inputKey(st, var);
        if (listed.contains(key))
            return;
        listed.insert(key);
        auto* item = new QListWidgetItem(st == station ? var : key, m_inputs);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, st);
        item->setData(Qt::UserRole + 1, var);
        item->setCheckState(m_checkedInputs.contains(key) ? Qt::Checked : Qt::Unchecked);
    };
    if (m_dataset) {
        if (const auto* st = m_dataset->station(station.toStdString()))
            for (const auto& [name, values] : st->variables)
                add(station, QString::fromStdString(name));
        for (const auto& st : m_dataset->stations)
            if (QString::fromStdString(st.id) != station)
                for (const auto& [name, values] : st.variables)
                    add(QString::fromStdString(st.id), QString::fromStdString(name));
    }
    for (const auto& key : m_checkedInputs) {
        const auto colon = key.indexOf(QLatin1Char(':'));
        add(key.left(colon), key.mid(colon + 1));
    }
}

mc::RunConfig ModelPanel::config() const
{
    mc::RunConfig c;
    c.model = m_kind->currentData().toString().toStdString();
    c.preset = m_presetName.toStdString();
    c.params = m_options->params();
    c.station = currentStation().toStdString();
    c.target = currentTarget().toStdString();
    for (int i = 0; i < m_inputs->count(); ++i) {
        const auto* item = m_inputs->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString st = item->data(Qt::UserRole).toString();
        c.inputs.push_back({st == currentStation() ? std::string() : st.toStdString(), item->data(Qt::UserRole + 1).toString().toStdString()});
    }
    m_periods->apply(c);
    return c;
}

void ModelPanel::setConfig(const mc::RunConfig& config)
{
    m_updating = true;
    const int kind = m_kind->findData(QString::fromStdString(config.model));
    if (kind >= 0 && kind != m_kind->currentIndex()) {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(kind);
        setKind(m_kind->currentData().toString());
    }
    m_options->reset(config.params.values());
    m_presetName = QString::fromStdString(config.preset);
    refillStations(QString::fromStdString(config.station));
    const QString station = currentStation();
    m_checkedInputs.clear();
    for (const auto& in : config.inputs)
        m_checkedInputs.append(inputKey(in.station.empty() ? station : QString::fromStdString(in.station), QString::fromStdString(in.variable)));
    refillTargets(QString::fromStdString(config.target));
    refillInputs();
    m_periods->load(config);
    m_updating = false;
    onEdited();
}

bool ModelPanel::applyPreset(const QString& name)
{
    const auto* preset = m_presets.find(name.toStdString());
    if (!preset)
        return false;
    m_updating = true;
    m_options->setValues(preset->values);
    m_updating = false;
    m_presetName = name;
    onEdited();
    return true;
}

void ModelPanel::refillPresets()
{
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    m_preset->addItem(QString(), QString());
    for (const auto& p : m_presets.all())
        m_preset->addItem(QString(), QString::fromStdString(p.name));
}

void ModelPanel::presetMenuRequested()
{
    const bool own = !m_presetName.isEmpty() && !mc::PresetStore::isBuiltIn(m_presetName.toStdString());
    m_renamePresetAction->setEnabled(own);
    m_deletePresetAction->setEnabled(own);
}

QString ModelPanel::savePreset(const QString& name)
{
    mc::Preset preset;
    preset.name = name.toStdString();
    // The machine-specific choices stay out: a preset travels between computers.
    const auto params = m_options->params();
    for (const auto& [key, value] : params.values())
        if (key != "device" && key != "threads")
            preset.values[key] = value;
    if (const auto why = m_presets.put(preset); !why.empty())
        return tr("Cannot save the preset: %1").arg(QString::fromStdString(why));
    if (const auto why = m_presets.save(); !why.empty())
        return tr("Cannot save the preset: %1").arg(QString::fromStdString(why));
    refillPresets();
    retranslate();
    m_presetName = name;
    updatePresetCombo();
    return {};
}

QString ModelPanel::addPresets(const std::vector<mc::Preset>& presets)
{
    bool added = false;
    for (const auto& p : presets) {
        if (m_presets.find(p.name))
            continue;
        if (const auto why = m_presets.put(p); !why.empty())
            return tr("Cannot save the preset: %1").arg(QString::fromStdString(why));
        added = true;
    }
    if (!added)
        return {};
    if (const auto why = m_presets.save(); !why.empty())
        return tr("Cannot save the preset: %1").arg(QString::fromStdString(why));
    refillPresets();
    retranslate();
    updatePresetCombo();
    return {};
}

QString ModelPanel::renamePreset(const QString& from, const QString& to)
{
    if (const auto why = m_presets.rename(from.toStdString(), to.toStdString()); !why.empty())
        return tr("Cannot rename the preset: %1").arg(QString::fromStdString(why));
    if (const auto why = m_presets.save(); !why.empty())
        return tr("Cannot rename the preset: %1").arg(QString::fromStdString(why));
    refillPresets();
    retranslate();
    if (m_presetName == from)
        m_presetName = to;
    updatePresetCombo();
    return {};
}

QString ModelPanel::deletePreset(const QString& name)
{
    if (const auto why = m_presets.remove(name.toStdString()); !why.empty())
        return tr("Cannot delete the preset: %1").arg(QString::fromStdString(why));
    if (const auto why = m_presets.save(); !why.empty())
        return tr("Cannot delete the preset: %1").arg(QString::fromStdString(why));
    refillPresets();
    retranslate();
    if (m_presetName == name)
        m_presetName.clear();
    updatePresetCombo();
    return {};
}

void ModelPanel::updatePresetCombo()
{
    // The preset stays named only while every value it sets is still in the form.
    const auto* preset = m_presets.find(m_presetName.toStdString());
    if (preset) {
        const auto params = m_options->params();
        for (const auto& [key, value] : preset->values)
            if (!params.has(key) || params.values().at(key) != value) {
                preset = nullptr;
                break;
            }
    }
    if (!preset)
        m_presetName.clear();
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(m_presetName)));
}

void ModelPanel::onEdited()
{
    if (m_updating)
        return;
    updatePresetCombo();
    Q_EMIT configChanged();
    updateValidity();
}

void ModelPanel::updateValidity()
{
    const QString reason = validationError();
    const bool valid = reason.isEmpty();
    m_error->setText(reason);
    m_error->setVisible(!valid);
    if (valid == m_valid && reason == m_reason)
        return;
    m_valid = valid;
    m_reason = reason;
    Q_EMIT validityChanged(valid, reason);
}

QString ModelPanel::validationError() const
{
    if (const QString e = m_options->inputError(); !e.isEmpty())
        return e;
    if (currentTarget().isEmpty())
        return tr("Choose the variable to forecast: click it in the data tree.");
    if (const QString e = dataError(); !e.isEmpty())
        return e;
    if (const QString e = m_periods->error(); !e.isEmpty())
        return e;
    const auto check = mc::checkConfig(config());
    return check.ok() ? QString() : configIssueText(check);
}

QString ModelPanel::configIssueText(const mc::ConfigCheck& check)
{
    using I = mc::ConfigIssue;
    const QString key = OptionForm::translatedText(labelOf(check.key));
    switch (check.issue) {
    case I::None: return {};
    case I::UnknownModel: return tr("This model kind is not available in this version.");
    case I::NoTarget: return tr("Choose the variable to forecast: click it in the data tree.");
    case I::OptionNotForModel: return tr("%1 does not apply to this model.").arg(key);
    case I::BadOptionValue: return tr("%1 is out of its range (%2).").arg(key, QString::fromStdString(check.detail));
    case I::ReluWithChange:
        return tr("A ReLU output cannot predict the negative changes that “Predict change” needs: set the output activation to none.");
    case I::ReluWithZscore:
        return tr("A ReLU output cannot produce the negative values of z-score scaling: set the output activation to none.");
    case I::StatefulNeedsRecurrentModel: return tr("Stateful training needs a recurrent model (LSTM).");
    case I::DecayNotBelowOne: return tr("%1 must be below 1: it is the decay of a running average.").arg(key);
    case I::MomentumNotBelowOne: return tr("Momentum must be below 1, or the steps never settle.");
    case I::DropoutNeedsLayers:
        return tr("Dropout acts between stacked layers: set layers to 2 or more, or dropout to 0.");
    case I::HeadsNotDividingEmbedding:
        return tr("The number of heads must divide the embedding dimension: each head takes an equal share of the channels.");
    case I::BadDevice: return tr("Choose the device Auto, CPU or a CUDA device.");
    case I::BadValFraction: return tr("The validation fraction must be at least 0 and below 1.");
    case I::TrainNotBeforeTest: return tr("The training period must end before the test period starts.");
    case I::ValOutsideTrain: return tr("The validation period must lie inside the training period.");
    case I::BadLayerList:
        //: %1: an option such as "Hidden channels"; %2: the English reason, e.g. "2 values for 3 layers".
        return tr("%1 does not fit the ConvLSTM layers (%2).").arg(key, QString::fromStdString(check.detail));
    }
    return QString::fromStdString(check.detail);
}

std::string ModelPanel::labelOf(const std::string& key)
{
    if (const auto* desc = mc::findOption(mc::trainingOptions(), key))
        return desc->label;
    for (const auto& m : mc::modelKinds())
        if (const auto* desc = mc::findOption(m.options, key))
            return desc->label;
    return key;
}

QString ModelPanel::dataError() const
{
    if (!m_dataset)
        return {};  // the data may come with the run (a saved project); the run checks it then
    const QString station = currentStation();
    const auto* st = m_dataset->station(station.toStdString());
    if (!st)
        return tr("Station %1 is not in the loaded data.").arg(station);
    const auto target = st->variables.find(currentTarget().toStdString());
    if (target == st->variables.end())
        return tr("Station %1 has no variable %2.").arg(station, currentTarget());
    for (const auto& in : config().inputs) {
        const auto* inSt = in.station.empty() ? st : m_dataset->station(in.station);
        if (!inSt || !inSt->hasVariable(in.variable))
            return tr("Input %1 is not in the loaded data.").arg(QString::fromStdString(in.text()));
    }
    const auto hasValues = [&](const mc::TimeRange& r) {
        for (std::size_t i = 0; i < st->times.size(); ++i)
            if (r.contains(st->times[i]) && !std::isnan(target->second[i]))
                return true;
        return false;
    };
    if (!hasValues(m_periods->trainRange()))
        return tr("%1 at %2 has no values in the training range.").arg(currentTarget(), station);
    if (!hasValues(m_periods->testRange()))
        return tr("%1 at %2 has no values in the test range.").arg(currentTarget(), station);
    return {};
}

void ModelPanel::saveSettings(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("ModelPanel"));
    settings.setValue(QStringLiteral("model"), m_kind->currentData());
    settings.setValue(QStringLiteral("preset"), m_presetName);
    settings.setValue(QStringLiteral("valFraction"), m_periods->valFraction());
    settings.remove(QStringLiteral("params"));
    settings.beginGroup(QStringLiteral("params"));
    // Canonical text per value, so the ini file reads like run.json and types survive a round trip.
    const mc::ParamSet params = m_options->params();
    for (const auto& [key, value] : params.values())
        settings.setValue(QString::fromStdString(key), QString::fromStdString(mc::formatParam(value)));
    settings.endGroup();
    settings.endGroup();
}

void ModelPanel::restoreSettings(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("ModelPanel"));
    m_updating = true;
    const int kind = m_kind->findData(settings.value(QStringLiteral("model")).toString());
    if (kind >= 0 && kind != m_kind->currentIndex()) {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(kind);
        setKind(m_kind->currentData().toString());
    }
    std::map<std::string, mc::ParamValue> values;
    settings.beginGroup(QStringLiteral("params"));
    for (const auto& desc : mc::optionsFor(m_options->kind())) {
        const QString key = QString::fromStdString(desc.key);
        if (!settings.contains(key))
            continue;
        std::string error;
        if (auto v = mc::parseParam(desc, settings.value(key).toString().toStdString(), error))
            values[desc.key] = *v;
    }
    settings.endGroup();
    // Settings written on a GPU machine must not leave this one pointing at a missing device.
    if (const auto it = values.find("device"); it != values.end()) {
        const auto dev = std::get<std::string>(it->second);
        if (dev.rfind("cuda", 0) == 0 && !mc::cudaAvailable())
            values.erase(it);
    }
    m_options->reset(values);
    m_presetName = settings.value(QStringLiteral("preset")).toString();
    m_periods->setValFraction(settings.value(QStringLiteral("valFraction"), 0.1).toDouble());
    settings.endGroup();
    m_updating = false;
    onEdited();
}

}  // namespace mcui
