// SPDX-License-Identifier: GPL-3.0-or-later
#include "data_tree_panel.h"

#include "dataset.h"
#include "time_format.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {
namespace {

// Coverage last: in a narrow dock it is the column that may scroll out of view.
enum Column { NameColumn, UnitColumn, MissingColumn, CoverageColumn, ColumnCount };

// Above this share of missing values a series is hard to train on; the number is drawn in a
// warning colour so it stands out in a long list.
constexpr double kHighMissingFraction = 0.2;

struct Coverage {
    mc::TimePoint first = 0;
    mc::TimePoint last = 0;
    std::size_t missing = 0;
    std::size_t total = 0;
    bool any = false;  // at least one value present
};

Coverage coverageOf(const mc::StationData& station, const std::vector<double>& values)
{
    Coverage c;
    c.total = values.size();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) {
            ++c.missing;
            continue;
        }
        if (!c.any)
            c.first = station.times[i];
        c.last = station.times[i];
        c.any = true;
    }
    return c;
}

QString dateText(mc::TimePoint t) { return QString::fromStdString(mc::formatTime(t, true)); }

QString timeText(mc::TimePoint t, bool dateOnly) { return QString::fromStdString(mc::formatTime(t, dateOnly)); }

QString percentText(double fraction) { return QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %"); }

QString pairKey(const QString& station, const QString& variable) { return station + QLatin1Char('\n') + variable; }

}  // namespace

DataTreePanel::DataTreePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dataTreePanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dataTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_syntheticBadge = new QLabel(this);
    m_syntheticBadge->setObjectName(QStringLiteral("syntheticBadge"));
    m_syntheticBadge->setWordWrap(true);
    m_syntheticBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #6b4e00; border: 1px solid #e0c060; border-radius: 3px; padding: 3px 6px; }"));
    m_syntheticBadge->hide();

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("dataFooter"));
    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_syntheticBadge);
    layout->addWidget(m_footer);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem*) { onCurrentItemChanged(current); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &DataTreePanel::onItemChanged);
    retranslate();
}

DataTreePanel::~DataTreePanel() = default;

void DataTreePanel::setDataset(std::shared_ptr<const mc::Dataset> dataset)
{
    const auto previouslyChecked = checkedVariables();
    m_dataset = std::move(dataset);
    populate();
    // Keep what the analyst was looking at when the same series exist in the new data.
    QList<QPair<QString, QString>> kept;
    for (const auto& p : previouslyChecked)
        if (findVariableItem(p.first, p.second))
            kept.append(p);
    if (!kept.isEmpty() || !previouslyChecked.isEmpty())
        setCheckedVariables(kept);
}

void DataTreePanel::populate()
{
    m_populating = true;
    m_tree->clear();
    if (m_dataset) {
        const auto& ds = *m_dataset;
        QFont stationFont = m_tree->font();
        stationFont.setBold(true);
        for (const auto& st : ds.stations) {
            const QString stationId = QString::fromStdString(st.id);
            auto* stationItem = new QTreeWidgetItem(m_tree);
            stationItem->setData(NameColumn, StationRole, stationId);
            stationItem->setFont(NameColumn, stationFont);
            stationItem->setFlags(Qt::ItemIsEnabled);
            // Spanning lets the coordinates sit on the station's own row without widening a column.
            stationItem->setFirstColumnSpanned(true);
            for (const auto& [name, values] : st.variables) {
                const Coverage c = coverageOf(st, values);
                const QString variable = QString::fromStdString(name);
                auto* item = new QTreeWidgetItem(stationItem);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(NameColumn, Qt::Unchecked);
                item->setText(NameColumn, variable);
                item->setData(NameColumn, StationRole, stationId);
                item->setData(NameColumn, VariableRole, variable);
                const auto unit = ds.units.find(name);
                if (unit != ds.units.end())
                    item->setText(UnitColumn, QString::fromStdString(unit->second));
                if (c.any)
                    item->setText(CoverageColumn, dateText(c.first) + QStringLiteral(" – ") + dateText(c.last));
                const double fraction = c.total ? double(c.missing) / double(c.total) : 1.0;
                item->setData(NameColumn, MissingFractionRole, fraction);
                item->setText(MissingColumn, percentText(fraction));
                item->setTextAlignment(MissingColumn, Qt::AlignRight | Qt::AlignVCenter);
                if (fraction > kHighMissingFraction)
                    item->setForeground(MissingColumn, QColor(0xb0, 0x4a, 0x00));
            }
            stationItem->setExpanded(true);
        }
    }
    m_populating = false;
    retranslate();
}

void DataTreePanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Station / variable"), tr("Unit"), tr("Missing"), tr("Coverage")});
    m_syntheticBadge->setText(tr("Synthetic sample data: generated for demonstration, not real observations."));
    if (m_dataset) {
        const auto& ds = *m_dataset;
        m_populating = true;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            auto* stationItem = m_tree->topLevelItem(i);
            const auto* st = ds.station(stationItem->data(NameColumn, StationRole).toString().toStdString());
            if (!st)
                continue;
            QString text = QString::fromStdString(st->id);
            if (std::isfinite(st->latitude) && std::isfinite(st->longitude)) {
                const QString lat = st->latitude >= 0 ? tr("%1° N") : tr("%1° S");
                const QString lon = st->longitude >= 0 ? tr("%1° E") : tr("%1° W");
                text += QStringLiteral("   ") + lat.arg(std::abs(st->latitude), 0, 'f', 4) + QStringLiteral(", ")
                    + lon.arg(std::abs(st->longitude), 0, 'f', 4);
            }
            stationItem->setText(NameColumn, text);
            QString tip = tr("%n variable(s)", nullptr, int(st->variables.size()));
            if (!st->times.empty())
                tip += QLatin1Char('\n')
                    + tr("Time axis: %1 to %2, %n time step(s)", nullptr, int(st->times.size()))
                          .arg(timeText(st->times.front(), ds.dateOnly), timeText(st->times.back(), ds.dateOnly));
            stationItem->setToolTip(NameColumn, tip);
            for (int j = 0; j < stationItem->childCount(); ++j) {
                auto* item = stationItem->child(j);
                const QString tipText = tr("%1 at %2\nMissing: %3 of the station's time axis\nCheck to preview several series at once.")
                                            .arg(item->text(NameColumn), QString::fromStdString(st->id),
                                                 percentText(item->data(NameColumn, MissingFractionRole).toDouble()));
                for (int col = 0; col < ColumnCount; ++col)
                    item->setToolTip(col, tipText);
            }
        }
        m_populating = false;
    }
    updateFooter();
}

void DataTreePanel::updateFooter()
{
    if (!m_dataset || m_dataset->stations.empty()) {
        m_footer->setText(tr("No data loaded."));
        m_syntheticBadge->hide();
        return;
    }
    const auto& ds = *m_dataset;
    mc::TimePoint first = std::numeric_limits<mc::TimePoint>::max();
    mc::TimePoint last = std::numeric_limits<mc::TimePoint>::min();
    std::size_t missing = 0, total = 0, series = 0;
    for (const auto& st : ds.stations) {
        if (!st.times.empty()) {
            first = std::min(first, st.times.front());
            last = std::max(last, st.times.back());
        }
        for (const auto& [name, values] : st.variables) {
            ++series;
            total += values.size();
            missing += std::size_t(std::count_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }));
        }
    }
    const QString coverage = first <= last ? tr("Coverage: %1 – %2").arg(dateText(first), dateText(last)) : tr("Coverage: none");
    m_footer->setText(coverage + QLatin1Char('\n')
                      + tr("%n station(s)", nullptr, int(ds.stations.size())) + QStringLiteral(", ")
                      + tr("%n series", nullptr, int(series)) + QStringLiteral(", ")
                      + tr("missing: %1").arg(percentText(total ? double(missing) / double(total) : 0.0)));
    m_syntheticBadge->setVisible(ds.synthetic);
}

QList<QPair<QString, QString>> DataTreePanel::checkedVariables() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const auto* stationItem = m_tree->topLevelItem(i);
        for (int j = 0; j < stationItem->childCount(); ++j) {
            const auto* item = stationItem->child(j);
            if (item->checkState(NameColumn) == Qt::Checked)
                out.append({item->data(NameColumn, StationRole).toString(), item->data(NameColumn, VariableRole).toString()});
        }
    }
    return out;
}

void DataTreePanel::setCheckedVariables(const QList<QPair<QString, QString>>& stationVariables)
{
    QSet<QString> wanted;
    for (const auto& p : stationVariables)
        wanted.insert(pairKey(p.first, p.second));
    m_populating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        auto* stationItem = m_tree->topLevelItem(i);
        for (int j = 0; j < stationItem->childCount(); ++j) {
            auto* item = stationItem->child(j);
            const bool on = wanted.contains(pairKey(item->data(NameColumn, StationRole).toString(),
                                                    item->data(NameColumn, VariableRole).toString()));
            item->setCheckState(NameColumn, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_populating = false;
    Q_EMIT variablesChecked(checkedVariables());
}

void DataTreePanel::selectVariable(const QString& station, const QString& variable)
{
    if (auto* item = findVariableItem(station, variable))
        m_tree->setCurrentItem(item);
}

QTreeWidgetItem* DataTreePanel::findVariableItem(const QString& station, const QString& variable) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        auto* stationItem = m_tree->topLevelItem(i);
        if (stationItem->data(NameColumn, StationRole).toString() != station)
            continue;
        for (int j = 0; j < stationItem->childCount(); ++j)
            if (stationItem->child(j)->data(NameColumn, VariableRole).toString() == variable)
                return stationItem->child(j);
    }
    return nullptr;
}

void DataTreePanel::onCurrentItemChanged(QTreeWidgetItem* current)
{
    if (!current || m_populating)
        return;
    const QString variable = current->data(NameColumn, VariableRole).toString();
    if (!variable.isEmpty())
        Q_EMIT variableSelected(current->data(NameColumn, StationRole).toString(), variable);
}

void DataTreePanel::onItemChanged(QTreeWidgetItem* item, int column)
{
    // setText and setToolTip also land here; only a user's check mark is news.
    if (m_populating || column != NameColumn || item->data(NameColumn, VariableRole).toString().isEmpty())
        return;
    Q_EMIT variablesChecked(checkedVariables());
}

void DataTreePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
