// SPDX-License-Identifier: GPL-3.0-or-later
#include "config_list.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "option_form.h"
#include "run_list_model.h"

#include <QEvent>
#include <QSet>

#include <algorithm>
#include <cctype>

namespace mcui {
namespace {

const QString kCurrentKey = QStringLiteral("current");
const QString kPresetPrefix = QStringLiteral("preset:");
const QString kRunPrefix = QStringLiteral("run:");
constexpr int kSectionRole = Qt::UserRole + 1;  ///< "settings" or "runs" on a section header

}  // namespace

ConfigList::ConfigList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("configList"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setUniformItemSizes(false);
    // The deck's own pairing is a preset against the settings being tuned: tick both to begin.
    m_checked << kCurrentKey;
    for (const auto& p : mc::presets())
        m_checked << kPresetPrefix + QString::fromStdString(p.name);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_rebuilding)
            return;
        const QString key = item->data(KeyRole).toString();
        m_checked.removeAll(key);
        if (item->checkState() == Qt::Checked)
            m_checked << key;
        Q_EMIT checkedChanged();
    });
    rebuild();
}

void ConfigList::setRuns(RunListModel* runs)
{
    if (m_runs)
        disconnect(m_runs, nullptr, this, nullptr);
    m_runs = runs;
    if (m_runs) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_runs, signal, this, &ConfigList::rebuild);
        connect(m_runs, &QAbstractItemModel::modelReset, this, &ConfigList::rebuild);
        connect(m_runs, &QAbstractItemModel::dataChanged, this, &ConfigList::rebuild);  // renamed
    }
    rebuild();
}

void ConfigList::setConfigSource(std::function<mc::RunConfig()> source) { m_source = std::move(source); }

QString ConfigList::presetDisplayName(const mc::Preset& preset)
{
    std::string name = preset.name;
    if (!name.empty())
        name[0] = char(std::toupper(static_cast<unsigned char>(name[0])));
    return OptionForm::translatedText(name);
}

void ConfigList::rebuild()
{
    m_rebuilding = true;
    clear();
    const auto section = [this](const QString& id) {
        auto* item = new QListWidgetItem(this);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(kSectionRole, id);
        QFont f = font();
        f.setBold(true);
        item->setFont(f);
    };
    const auto entry = [this](const QString& key) {
        auto* item = new QListWidgetItem(this);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(KeyRole, key);
        item->setCheckState(m_checked.contains(key) ? Qt::Checked : Qt::Unchecked);
        return item;
    };
    section(QStringLiteral("settings"));
    entry(kCurrentKey);
    for (const auto& p : mc::presets())
        entry(kPresetPrefix + QString::fromStdString(p.name));
    section(QStringLiteral("runs"));
    if (m_runs && m_runs->rowCount() > 0) {
        for (const auto& run : m_runs->runs())
            if (run.result)
                entry(kRunPrefix + QString::number(run.id));
    } else {
        auto* hint = new QListWidgetItem(this);
        hint->setFlags(Qt::NoItemFlags);
        hint->setData(kSectionRole, QStringLiteral("noRuns"));
    }
    // Ticks of runs that are gone are dropped, so a later run with a reused row is not ticked.
    QSet<QString> present;
    for (int i = 0; i < count(); ++i)
        present.insert(item(i)->data(KeyRole).toString());
    m_checked.erase(std::remove_if(m_checked.begin(), m_checked.end(),
                                   [&](const QString& k) { return k.startsWith(kRunPrefix) && !present.contains(k); }),
                    m_checked.end());
    retranslate();
    m_rebuilding = false;
    Q_EMIT checkedChanged();
}

QString ConfigList::entryName(const QListWidgetItem* item) const
{
    const QString key = item->data(KeyRole).toString();
    if (key == kCurrentKey)
        return tr("Current settings");
    if (key.startsWith(kPresetPrefix)) {
        const auto* p = mc::findPreset(key.mid(kPresetPrefix.size()).toStdString());
        return p ? tr("%1 (preset)").arg(presetDisplayName(*p)) : key;
    }
    if (m_runs)
        if (const auto* run = m_runs->run(m_runs->rowOfId(key.mid(kRunPrefix.size()).toInt())))
            return run->name;
    return key;
}

void ConfigList::retranslate()
{
    const bool was = m_rebuilding;
    m_rebuilding = true;
    for (int i = 0; i < count(); ++i) {
        auto* it = item(i);
        const QString section = it->data(kSectionRole).toString();
        if (section == QLatin1String("settings")) {
            it->setText(tr("Settings"));
        } else if (section == QLatin1String("runs")) {
            it->setText(tr("Runs of this session"));
        } else if (section == QLatin1String("noRuns")) {
            it->setText(tr("No runs yet: finished runs appear here."));
        } else {
            const QString key = it->data(KeyRole).toString();
            it->setText(entryName(it));
            QString tip;
            if (key == kCurrentKey) {
                tip = tr("The settings in the Model panel, as they are now.");
            } else if (key.startsWith(kPresetPrefix)) {
                if (const auto* p = mc::findPreset(key.mid(kPresetPrefix.size()).toStdString()))
                    tip = tr("The Model panel's settings with this preset applied: %1")
                              .arg(OptionForm::translatedText(p->description));
            } else if (m_runs) {
                if (const auto* run = m_runs->run(m_runs->rowOfId(key.mid(kRunPrefix.size()).toInt())))
                    tip = tr("Retrained with this run's settings: %1").arg(keySettingsText(*run->result));
            }
            it->setToolTip(tip);
        }
    }
    m_rebuilding = was;
}

std::vector<mc::NamedConfig> ConfigList::checkedConfigs() const
{
    std::vector<mc::NamedConfig> out;
    QSet<QString> used;
    for (int i = 0; i < count(); ++i) {
        const auto* it = item(i);
        if (!(it->flags() & Qt::ItemIsUserCheckable) || it->checkState() != Qt::Checked)
            continue;
        const QString key = it->data(KeyRole).toString();
        mc::RunConfig config;
        if (key == kCurrentKey || key.startsWith(kPresetPrefix)) {
            if (!m_source)
                continue;
            config = m_source();
            if (key != kCurrentKey) {
                const auto* preset = mc::findPreset(key.mid(kPresetPrefix.size()).toStdString());
                if (!preset)
                    continue;
                mc::applyPreset(config, *preset);
            }
        } else {
            const auto* run = m_runs ? m_runs->run(m_runs->rowOfId(key.mid(kRunPrefix.size()).toInt())) : nullptr;
            if (!run || !run->result)
                continue;
            config = run->result->config;
        }
        // Names head the table's columns and the CSV: two runs may share one, so number the later.
        QString name = entryName(it);
        for (int n = 2; used.contains(name); ++n)
            name = entryName(it) + QStringLiteral(" (%1)").arg(n);
        used.insert(name);
        out.push_back({name.toStdString(), std::move(config)});
    }
    return out;
}

QStringList ConfigList::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < count(); ++i)
        if ((item(i)->flags() & Qt::ItemIsUserCheckable) && item(i)->checkState() == Qt::Checked)
            keys << item(i)->data(KeyRole).toString();
    return keys;
}

void ConfigList::setCheckedKeys(const QStringList& keys)
{
    m_checked = keys;
    rebuild();
}

void ConfigList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

}  // namespace mcui
