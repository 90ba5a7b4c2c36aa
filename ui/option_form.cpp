// SPDX-License-Identifier: GPL-3.0-or-later
#include "option_form.h"

#include "trainer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <optional>

namespace mcui {
namespace {

// Every English text of core/model_registry.cpp that the form shows, so lupdate extracts them;
// translatedText() warns about any text the registry gains without an entry here.
const char* const kRegistryTexts[] = {
    QT_TRANSLATE_NOOP("ModelOptions", "Optimizer"),
    QT_TRANSLATE_NOOP("ModelOptions", "Gradient-descent optimizer: Adam, Nadam (Adam with Nesterov momentum), AdamW (decoupled weight decay), SGD or RMSprop."),
    QT_TRANSLATE_NOOP("ModelOptions", "Learning rate"),
    QT_TRANSLATE_NOOP("ModelOptions", "Step size of the optimizer."),
    QT_TRANSLATE_NOOP("ModelOptions", "Beta 1"),
    QT_TRANSLATE_NOOP("ModelOptions", "Adam, Nadam, AdamW: decay of the running gradient average; below 1."),
    QT_TRANSLATE_NOOP("ModelOptions", "Beta 2"),
    QT_TRANSLATE_NOOP("ModelOptions", "Adam, Nadam, AdamW: decay of the running squared-gradient average; below 1."),
    QT_TRANSLATE_NOOP("ModelOptions", "Epsilon"),
    QT_TRANSLATE_NOOP("ModelOptions", "Adam, Nadam, AdamW, RMSprop: added to the denominator for numerical stability."),
    QT_TRANSLATE_NOOP("ModelOptions", "Weight decay"),
    QT_TRANSLATE_NOOP("ModelOptions", "L2 penalty on the weights; AdamW decouples it from the gradient step. 0 turns it off."),
    QT_TRANSLATE_NOOP("ModelOptions", "Momentum decay"),
    QT_TRANSLATE_NOOP("ModelOptions", "Nadam: how fast the momentum warms up towards beta 1 (psi of its schedule; 0.004 as in PyTorch)."),
    QT_TRANSLATE_NOOP("ModelOptions", "Momentum"),
    QT_TRANSLATE_NOOP("ModelOptions", "SGD, RMSprop: momentum factor, below 1; 0 turns it off."),
    QT_TRANSLATE_NOOP("ModelOptions", "Batch size"),
    QT_TRANSLATE_NOOP("ModelOptions", "Windows per gradient step."),
    //: Number of training epochs: full passes over the training windows (轮数), not a date or an era.
    QT_TRANSLATE_NOOP("ModelOptions", "Epochs"),
    QT_TRANSLATE_NOOP("ModelOptions", "Passes over the training windows."),
    //: Input window length: how many past time steps the model sees for one forecast (回看步数).
    QT_TRANSLATE_NOOP("ModelOptions", "Lookback"),
    QT_TRANSLATE_NOOP("ModelOptions", "Past time steps the model sees."),
    //: Forecast horizon: how many future time steps are predicted at once (3 = one, two and three steps ahead), not the visible horizon.
    QT_TRANSLATE_NOOP("ModelOptions", "Horizon"),
    QT_TRANSLATE_NOOP("ModelOptions", "Future time steps predicted at once."),
    QT_TRANSLATE_NOOP("ModelOptions", "Output activation"),
    QT_TRANSLATE_NOOP("ModelOptions", "Activation on the model output; auto is ReLU for min-max scaled levels, none otherwise."),
    QT_TRANSLATE_NOOP("ModelOptions", "Predict change"),
    QT_TRANSLATE_NOOP("ModelOptions", "Predict the change from the last observed value instead of the level."),
    //: The loss function minimised in training (mse, mae, huber), not a financial loss.
    QT_TRANSLATE_NOOP("ModelOptions", "Loss"),
    QT_TRANSLATE_NOOP("ModelOptions", "Training loss, in scaled units."),
    QT_TRANSLATE_NOOP("ModelOptions", "Scaling"),
    QT_TRANSLATE_NOOP("ModelOptions", "Scaling fitted on the training range only."),
    //: Epochs to wait for a better validation loss before training stops early.
    QT_TRANSLATE_NOOP("ModelOptions", "Early-stopping patience"),
    QT_TRANSLATE_NOOP("ModelOptions", "Stop after this many epochs without a better validation loss; 0 turns it off."),
    //: Random seed, the number that makes a run repeatable.
    QT_TRANSLATE_NOOP("ModelOptions", "Seed"),
    QT_TRANSLATE_NOOP("ModelOptions", "Seed for weight initialisation and shuffling."),
    QT_TRANSLATE_NOOP("ModelOptions", "Device"),
    QT_TRANSLATE_NOOP("ModelOptions", "auto (CUDA when available, else CPU), cpu, cuda or cuda:N."),
    QT_TRANSLATE_NOOP("ModelOptions", "Threads"),
    QT_TRANSLATE_NOOP("ModelOptions", "CPU threads for training; 0 uses all cores but one (at least 1)."),
    QT_TRANSLATE_NOOP("ModelOptions", "Initialisation"),
    QT_TRANSLATE_NOOP("ModelOptions", "Initial weights: LibTorch's defaults, or Keras's (Glorot-uniform, orthogonal recurrent, forget-gate bias 1)."),
    QT_TRANSLATE_NOOP("ModelOptions", "Stateful"),
    QT_TRANSLATE_NOOP("ModelOptions", "Keras-style stateful training: the batch is cut into contiguous streams whose state carries across batches; lookback does not apply."),
    QT_TRANSLATE_NOOP("ModelOptions", "Steps per batch"),
    QT_TRANSLATE_NOOP("ModelOptions", "Time steps each stream advances per batch in stateful mode."),
    QT_TRANSLATE_NOOP("ModelOptions", "LSTM"),
    QT_TRANSLATE_NOOP("ModelOptions", "Long short-term memory network: LSTM, then a linear layer to the horizon."),
    QT_TRANSLATE_NOOP("ModelOptions", "Hidden size"),
    QT_TRANSLATE_NOOP("ModelOptions", "Units in each LSTM layer."),
    QT_TRANSLATE_NOOP("ModelOptions", "Layers"),
    QT_TRANSLATE_NOOP("ModelOptions", "Stacked LSTM layers."),
    QT_TRANSLATE_NOOP("ModelOptions", "Dropout"),
    QT_TRANSLATE_NOOP("ModelOptions", "Dropout between stacked LSTM layers (needs at least 2 layers)."),
    QT_TRANSLATE_NOOP("ModelOptions", "ConvLSTM"),
    QT_TRANSLATE_NOOP("ModelOptions", "Convolutional LSTM encoder-forecaster (Shi et al. 2015) over grid cells or station frames."),
    QT_TRANSLATE_NOOP("ModelOptions", "ConvLSTM layers"),
    QT_TRANSLATE_NOOP("ModelOptions", "Stacked ConvLSTM layers in the encoding and in the forecasting network."),
    //: Channels (feature maps) of the hidden state of each ConvLSTM layer.
    QT_TRANSLATE_NOOP("ModelOptions", "Hidden channels"),
    QT_TRANSLATE_NOOP("ModelOptions", "Hidden channels of each ConvLSTM layer, one value per layer, e.g. 16,16."),
    //: Side length of the square convolution kernel, in grid cells.
    QT_TRANSLATE_NOOP("ModelOptions", "Kernel size"),
    QT_TRANSLATE_NOOP("ModelOptions", "Odd side of the square convolution kernels: one value for all layers, or one per layer."),
    //: Option of the multi-node models: forecast the change from the last observed value (residual) instead of the level.
    QT_TRANSLATE_NOOP("ModelOptions", "Residual forecast"),
    QT_TRANSLATE_NOOP("ModelOptions", "on: predict the change from each node's last observed value, starting from the persistence forecast; off: predict the level. Has no effect with Predict change."),
    QT_TRANSLATE_NOOP("ModelOptions", "Local self-attention"),
    QT_TRANSLATE_NOOP("ModelOptions", "Local self-attention over the lookback window (Stand-Alone Self-Attention or local relation layers), then a linear layer to the horizon."),
    QT_TRANSLATE_NOOP("ModelOptions", "Attention layer"),
    QT_TRANSLATE_NOOP("ModelOptions", "Stand-Alone Self-Attention (queries, keys, values, relative position embeddings) or local relation (key-query composability plus a learned geometry prior, aggregating the input)."),
    QT_TRANSLATE_NOOP("ModelOptions", "Attention window"),
    QT_TRANSLATE_NOOP("ModelOptions", "Extent k of the local window each step attends over: (k-1)/2 rounded down before, the rest after."),
    QT_TRANSLATE_NOOP("ModelOptions", "Heads"),
    QT_TRANSLATE_NOOP("ModelOptions", "Attention heads (channel groups sharing aggregation weights); must divide the embedding dimension."),
    QT_TRANSLATE_NOOP("ModelOptions", "Attention layers"),
    QT_TRANSLATE_NOOP("ModelOptions", "Stacked attention blocks, each with a residual connection, normalisation and a feed-forward layer."),
    QT_TRANSLATE_NOOP("ModelOptions", "Embedding dimension"),
    QT_TRANSLATE_NOOP("ModelOptions", "Channels of the attention blocks."),
    QT_TRANSLATE_NOOP("ModelOptions", "Graph neural network"),
    QT_TRANSLATE_NOOP("ModelOptions", "Graph neural network of Scarselli et al. (2009) over the station network: states at the fixed point of a contraction, one forecast per station."),
    QT_TRANSLATE_NOOP("ModelOptions", "State size"),
    QT_TRANSLATE_NOOP("ModelOptions", "Length s of each station's state x_n."),
    QT_TRANSLATE_NOOP("ModelOptions", "Contraction constant"),
    QT_TRANSLATE_NOOP("ModelOptions", "mu in (0, 1): the linear variant's bound on the transition's Jacobian norm, the nonlinear variant's target for its penalty."),
    QT_TRANSLATE_NOOP("ModelOptions", "Forward tolerance"),
    QT_TRANSLATE_NOOP("ModelOptions", "The state iteration stops when no state changes by more than this."),
    QT_TRANSLATE_NOOP("ModelOptions", "Backward tolerance"),
    QT_TRANSLATE_NOOP("ModelOptions", "The gradient iteration stops when no adjoint value changes by more than this."),
    QT_TRANSLATE_NOOP("ModelOptions", "Maximum iterations"),
    QT_TRANSLATE_NOOP("ModelOptions", "Cap on the state and on the gradient iterations; passes that reach it are counted as not converged."),
    QT_TRANSLATE_NOOP("ModelOptions", "Neighbours"),
    QT_TRANSLATE_NOOP("ModelOptions", "Each station is linked to its k nearest stations (and they to it); used when the radius is 0."),
    QT_TRANSLATE_NOOP("ModelOptions", "Radius (km)"),
    QT_TRANSLATE_NOOP("ModelOptions", "Link every pair of stations closer than this great-circle distance; 0 uses neighbours."),
    QT_TRANSLATE_NOOP("ModelOptions", "Variant"),
    QT_TRANSLATE_NOOP("ModelOptions", "linear: a contraction for any weights; nonlinear: an MLP transition kept contractive by a penalty weighted by beta."),
    QT_TRANSLATE_NOOP("ModelOptions", "Penalty weight"),
    QT_TRANSLATE_NOOP("ModelOptions", "Nonlinear variant: weight of the penalty on Jacobian columns whose norm exceeds mu."),
    QT_TRANSLATE_NOOP("ModelOptions", "Hidden units"),
    QT_TRANSLATE_NOOP("ModelOptions", "Hidden units of each of the network's MLPs (transition, forcing, output)."),
    //: Which code computes the LSTM layers: MarineCast's own fast CPU version or LibTorch's; both give the same results.
    QT_TRANSLATE_NOOP("ModelOptions", "LSTM implementation"),
    QT_TRANSLATE_NOOP("ModelOptions", "auto: MarineCast's fused LSTM on the CPU (several times faster for small models, same results), LibTorch's on CUDA; fused: always the fused one (CPU only); torch: always LibTorch's."),
    //: Preset name: the "current model" of the reference slide deck (as opposed to its original model), not "the present time".
    QT_TRANSLATE_NOOP("ModelOptions", "Current"),
    QT_TRANSLATE_NOOP("ModelOptions", "Current model of the reference deck: LSTM hidden 32, Adam lr 1e-5, batch 128, 300 epochs, stateless."),
    //: Preset name: the "original model" of the reference slide deck (the Keras model it replaced).
    QT_TRANSLATE_NOOP("ModelOptions", "Original"),
    QT_TRANSLATE_NOOP("ModelOptions", "Original Keras model of the reference deck: LSTM hidden 5, Nadam (Keras defaults), batch 100, stateful (1 step per batch), Keras initialisation. Reproduced from Keras: stateful streams, the Nadam schedule, the initialisation; not reproduced: old Keras's hard-sigmoid gates."),
};

// Options with their own editor rather than the generic one for their type.
const std::string kDeviceKey = "device";
const std::string kThreadsKey = "threads";

bool isComputeOption(const std::string& key) { return key == kDeviceKey || key == kThreadsKey; }

// A range spanning several decades (a learning rate) is typed, not stepped: 1e-4 is as natural
// an entry as 0.01, and a spin box's fixed decimals cannot show both. The registry marks the
// others that need it (β2 = 0.999 or a weight decay of 1e-4 would be rounded by a spin box).
bool isTyped(const mc::OptionDesc& d)
{
    return d.typed || (d.minValue > 0 && d.maxValue / d.minValue >= 1e3);
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    const double local = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(local) : std::nullopt;
}

}  // namespace

OptionForm::OptionForm(QFormLayout* layout, QWidget* editorParent)
    : QObject(editorParent), m_layout(layout), m_editorParent(editorParent)
{
}

OptionForm::~OptionForm() = default;

QString OptionForm::translatedText(const std::string& english)
{
    static const QSet<QByteArray> known = [] {
        QSet<QByteArray> s;
        for (const char* t : kRegistryTexts)
            s.insert(QByteArray(t));
        return s;
    }();
    static QSet<QByteArray> warned;
    const QByteArray key = QByteArray::fromStdString(english);
    if (!key.isEmpty() && !known.contains(key) && !warned.contains(key)) {
        warned.insert(key);
        qWarning("ModelOptions: \"%s\" is not in the translation table of ui/option_form.cpp", key.constData());
    }
    return QCoreApplication::translate("ModelOptions", key.constData());
}

int OptionForm::defaultThreads() { return std::max(1, QThread::idealThreadCount() - 1); }

void OptionForm::clear()
{
    while (m_layout->rowCount() > m_firstRow)
        m_layout->removeRow(m_layout->rowCount() - 1);
    m_fields.clear();
    m_sections.clear();
}

void OptionForm::addSection(const QString& objectName)
{
    auto* header = new QLabel(m_editorParent);
    header->setObjectName(objectName);
    header->setProperty("sectionHeader", true);
    QFont f = header->font();
    f.setBold(true);
    header->setFont(f);
    header->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(header);
    m_sections.push_back(header);
}

void OptionForm::build(const std::string& kind)
{
    m_setting = true;
    if (m_fields.empty() && m_sections.empty())
        m_firstRow = m_layout->rowCount();
    clear();
    m_kind = kind;
    // Model-specific options first (what tells one model from another), then training, then where
    // it runs; within a section the registry's order.
    struct Section {
        QString objectName;
        std::vector<mc::OptionDesc> options;
    };
    Section sections[] = {{QStringLiteral("section_model"), {}},
                          {QStringLiteral("section_training"), {}},
                          {QStringLiteral("section_compute"), {}}};
    if (const auto* model = mc::findModel(kind))
        sections[0].options = model->options;
    for (const auto& o : mc::trainingOptions())
        sections[isComputeOption(o.key) ? 2 : 1].options.push_back(o);
    for (const auto& section : sections) {
        if (section.options.empty())
            continue;
        addSection(section.objectName);
        for (const auto& desc : section.options) {
            Field f;
            f.desc = desc;
            f.label = new QLabel(m_editorParent);
            f.label->setWordWrap(true);
            f.editor = desc.key == kDeviceKey ? createDeviceEditor() : createEditor(desc);
            f.editor->setObjectName(QStringLiteral("opt_") + QString::fromStdString(desc.key));
            f.label->setBuddy(f.editor);
            m_layout->addRow(f.label, f.editor);
            m_fields.push_back(f);
        }
    }
    for (auto& f : m_fields)
        setValue(f, defaultValue(f.desc));
    retranslate();
    m_setting = false;
}

QWidget* OptionForm::createEditor(const mc::OptionDesc& d)
{
    const auto notify = [this] {
        if (!m_setting)
            Q_EMIT changed();
    };
    switch (d.type) {
    case mc::OptionType::Bool: {
        auto* box = new QCheckBox(m_editorParent);
        connect(box, &QCheckBox::toggled, this, notify);
        return box;
    }
    case mc::OptionType::Int: {
        auto* spin = new QSpinBox(m_editorParent);
        spin->setRange(int(std::max<double>(d.minValue, INT_MIN)), int(std::min<double>(d.maxValue, INT_MAX)));
        spin->setAccelerated(true);
        if (d.key == kThreadsKey && d.minValue <= 0)
            spin->setRange(0, std::max(int(std::min<double>(d.maxValue, INT_MAX)), 1));
        connect(spin, &QSpinBox::valueChanged, this, notify);
        return spin;
    }
    case mc::OptionType::Double: {
        if (isTyped(d)) {
            auto* edit = new QLineEdit(m_editorParent);
            auto* validator = new QDoubleValidator(d.minValue, d.maxValue, 12, edit);
            validator->setNotation(QDoubleValidator::ScientificNotation);
            validator->setLocale(QLocale::c());
            edit->setValidator(validator);
            connect(edit, &QLineEdit::textChanged, this, notify);
            return edit;
        }
        auto* spin = new QDoubleSpinBox(m_editorParent);
        const double span = std::max(d.maxValue - d.minValue, 1e-9);
        const double step = std::pow(10.0, std::floor(std::log10(span)) - 1);
        spin->setDecimals(std::clamp(int(-std::floor(std::log10(step))), 1, 6));
        spin->setSingleStep(step);
        spin->setRange(d.minValue, d.maxValue);
        connect(spin, &QDoubleSpinBox::valueChanged, this, notify);
        return spin;
    }
    case mc::OptionType::Choice: {
        auto* combo = new QComboBox(m_editorParent);
        // Choices are the values run.json and the CLI use; showing them as they are keeps the three
        // in one vocabulary.
        for (const auto& c : d.choices)
            combo->addItem(QString::fromStdString(c), QString::fromStdString(c));
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
        return combo;
    }
    case mc::OptionType::Text:
        break;
    }
    auto* edit = new QLineEdit(m_editorParent);
    connect(edit, &QLineEdit::textChanged, this, notify);
    return edit;
}

QWidget* OptionForm::createDeviceEditor()
{
    auto* combo = new QComboBox(m_editorParent);
    combo->addItem(QString(), QStringLiteral("auto"));
    combo->addItem(QString(), QStringLiteral("cpu"));
    // Without CUDA one entry still shows, disabled, so the analyst learns the option exists and why
    // it is off rather than wondering where the GPU went.
    const int devices = mc::cudaAvailable() ? std::max(1, mc::cudaDeviceCount()) : 1;
    for (int i = 0; i < devices; ++i)
        combo->addItem(QString(), QStringLiteral("cuda:%1").arg(i));
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_setting)
            Q_EMIT changed();
    });
    return combo;
}

void OptionForm::retranslateDevices()
{
    for (auto& f : m_fields) {
        if (f.desc.key != kDeviceKey)
            continue;
        auto* combo = static_cast<QComboBox*>(f.editor);
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        const bool cuda = mc::cudaAvailable();
        for (int i = 0; i < combo->count(); ++i) {
            const QString data = combo->itemData(i).toString();
            QString text;
            QString tip;
            if (data == QLatin1String("auto")) {
                text = tr("Auto");
                tip = cuda ? tr("The first CUDA device.") : tr("CPU: this build sees no CUDA device.");
            } else if (data == QLatin1String("cpu")) {
                text = tr("CPU");
            } else {
                text = tr("CUDA %1").arg(data.mid(5));
                const bool present = cuda && data.mid(5).toInt() < mc::cudaDeviceCount();
                tip = present ? QString() : tr("Not available: this build of MarineCast sees no CUDA device (no NVIDIA GPU, driver or CUDA-enabled LibTorch).");
                if (model && model->item(i))
                    model->item(i)->setEnabled(present);
            }
            combo->setItemText(i, text);
            combo->setItemData(i, tip, Qt::ToolTipRole);
        }
    }
}

void OptionForm::retranslate()
{
    const auto* model = mc::findModel(m_kind);
    for (auto* s : m_sections) {
        if (s->objectName() == QLatin1String("section_model"))
            s->setText(model ? tr("%1 model").arg(translatedText(model->displayName)) : tr("Model"));
        else if (s->objectName() == QLatin1String("section_training"))
            s->setText(tr("Training"));
        else
            s->setText(tr("Compute"));
    }
    for (auto& f : m_fields) {
        f.label->setText(translatedText(f.desc.label));
        const QString help = translatedText(f.desc.help);
        f.label->setToolTip(help);
        f.editor->setToolTip(help);
        if (f.desc.key == kThreadsKey)
            if (auto* spin = qobject_cast<QSpinBox*>(f.editor))
                spin->setSpecialValueText(tr("Auto"));
        if (auto* edit = qobject_cast<QLineEdit*>(f.editor); edit && f.desc.type == mc::OptionType::Double)
            edit->setPlaceholderText(tr("e.g. %1").arg(QString::fromStdString(mc::formatParam(f.desc.defaultValue))));
    }
    retranslateDevices();
}

mc::ParamValue OptionForm::defaultValue(const mc::OptionDesc& desc) const
{
    if (desc.key == kThreadsKey)
        return mc::ParamValue{std::int64_t{defaultThreads()}};
    return desc.defaultValue;
}

mc::ParamValue OptionForm::value(const Field& f) const
{
    switch (f.desc.type) {
    case mc::OptionType::Bool:
        return static_cast<QCheckBox*>(f.editor)->isChecked();
    case mc::OptionType::Int:
        return std::int64_t{static_cast<QSpinBox*>(f.editor)->value()};
    case mc::OptionType::Double:
        if (auto* edit = qobject_cast<QLineEdit*>(f.editor))
            return parseNumber(edit->text()).value_or(std::numeric_limits<double>::quiet_NaN());
        return static_cast<QDoubleSpinBox*>(f.editor)->value();
    case mc::OptionType::Choice:
        return static_cast<QComboBox*>(f.editor)->currentData().toString().toStdString();
    case mc::OptionType::Text:
        break;
    }
    if (auto* combo = qobject_cast<QComboBox*>(f.editor))
        return combo->currentData().toString().toStdString();
    return static_cast<QLineEdit*>(f.editor)->text().toStdString();
}

void OptionForm::setValue(Field& f, const mc::ParamValue& v)
{
    const bool wasSetting = m_setting;
    m_setting = true;
    if (auto* box = qobject_cast<QCheckBox*>(f.editor)) {
        if (const auto* b = std::get_if<bool>(&v))
            box->setChecked(*b);
    } else if (auto* spin = qobject_cast<QSpinBox*>(f.editor)) {
        if (const auto* i = std::get_if<std::int64_t>(&v))
            spin->setValue(int(std::clamp<std::int64_t>(*i, spin->minimum(), spin->maximum())));
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(f.editor)) {
        if (const auto* d = std::get_if<double>(&v))
            dspin->setValue(*d);
        else if (const auto* i = std::get_if<std::int64_t>(&v))
            dspin->setValue(double(*i));
    } else if (auto* combo = qobject_cast<QComboBox*>(f.editor)) {
        if (const auto* s = std::get_if<std::string>(&v)) {
            QString text = QString::fromStdString(*s);
            if (f.desc.key == kDeviceKey && text == QLatin1String("cuda"))
                text = QStringLiteral("cuda:0");
            int index = combo->findData(text);
            if (index < 0) {
                // Keep a value this machine cannot offer (a run made on a GPU server) visible, so
                // inputError() can say what is wrong instead of silently switching device.
                combo->addItem(text, text);
                index = combo->count() - 1;
                retranslateDevices();
            }
            combo->setCurrentIndex(index);
        }
    } else if (auto* edit = qobject_cast<QLineEdit*>(f.editor)) {
        edit->setText(QString::fromStdString(mc::formatParam(v)));
    }
    m_setting = wasSetting;
}

mc::ParamSet OptionForm::params() const
{
    mc::ParamSet p;
    for (const auto& f : m_fields)
        p.set(f.desc.key, value(f));
    return p;
}

void OptionForm::setValues(const std::map<std::string, mc::ParamValue>& values)
{
    bool any = false;
    for (auto& f : m_fields) {
        const auto it = values.find(f.desc.key);
        if (it != values.end()) {
            setValue(f, it->second);
            any = true;
        }
    }
    if (any)
        Q_EMIT changed();
}

void OptionForm::reset(const std::map<std::string, mc::ParamValue>& values)
{
    for (auto& f : m_fields)
        setValue(f, defaultValue(f.desc));
    setValues(values);
    Q_EMIT changed();
}

QString OptionForm::inputError() const
{
    for (const auto& f : m_fields) {
        const QString label = translatedText(f.desc.label);
        if (auto* edit = qobject_cast<QLineEdit*>(f.editor); edit && f.desc.type == mc::OptionType::Double) {
            const auto v = parseNumber(edit->text());
            if (!v || !std::isfinite(*v) || *v < f.desc.minValue || *v > f.desc.maxValue)
                return tr("%1: enter a number from %2 to %3, for example 0.001 or 1e-3.")
                    .arg(label, QString::fromStdString(mc::formatParam(f.desc.minValue)),
                         QString::fromStdString(mc::formatParam(f.desc.maxValue)));
        }
        if (f.desc.key == kDeviceKey) {
            const QString dev = static_cast<QComboBox*>(f.editor)->currentData().toString();
            if (dev.startsWith(QLatin1String("cuda"))) {
                const int index = dev.mid(5).toInt();
                if (!mc::cudaAvailable() || index >= mc::cudaDeviceCount())
                    return tr("%1: %2 is not available on this machine; choose Auto or CPU.").arg(label, dev);
            }
        }
    }
    return {};
}

}  // namespace mcui
