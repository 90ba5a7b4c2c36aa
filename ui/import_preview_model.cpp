// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_preview_model.h"

#include "time_format.h"
#include "variable_labels.h"

#include <QColor>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace mcui {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setOutcome(ImportOutcomePtr outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    m_headers.clear();
    m_units.clear();
    m_rows.clear();
    m_parsed = m_outcome && m_outcome->result.ok() && !m_outcome->result.dataset.stations.empty();
    if (m_parsed)
        buildParsed(m_outcome->result.dataset, m_outcome->result.report);
    else if (m_outcome)
        buildRaw(*m_outcome);
    endResetModel();
}

void ImportPreviewModel::buildParsed(const mc::Dataset& dataset, const mc::ImportReport& report)
{
    // Variables in file order as the report lists them, then any others.
    std::vector<std::string> variables;
    for (const auto& file : report.files)
        for (const auto& v : file.variables)
            if (std::find(variables.begin(), variables.end(), v.name) == variables.end())
                variables.push_back(v.name);
    for (const auto& st : dataset.stations)
        for (const auto& [name, values] : st.variables)
            if (std::find(variables.begin(), variables.end(), name) == variables.end())
                variables.push_back(name);
    m_headers = {QString(), QString()};
    m_units = {QString(), QString()};
    for (const auto& v : variables) {
        m_headers << QString::fromStdString(v);
        m_units << variableUnit(dataset, v);
    }

    // The rows in time order across stations, as a long file lists them.
    std::vector<std::tuple<mc::TimePoint, std::size_t, std::size_t>> order;
    for (std::size_t s = 0; s < dataset.stations.size(); ++s)
        for (std::size_t i = 0; i < dataset.stations[s].times.size(); ++i)
            order.emplace_back(dataset.stations[s].times[i], s, i);
    const std::size_t shown = std::min<std::size_t>(order.size(), ImportJob::kPreviewRows);
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end());
    order.resize(shown);

    for (const auto& [time, s, i] : order) {
        const auto& st = dataset.stations[s];
        QVector<Cell> row;
        row.append({QString::fromStdString(mc::formatTime(time, dataset.dateOnly)), CellState::Value, 0});
        row.append({QString::fromStdString(st.id), CellState::Value, 0});
        for (const auto& v : variables) {
            Cell cell;
            const auto values = st.variables.find(v);
            const double x = values == st.variables.end() ? std::nan("") : values->second[i];
            if (!std::isnan(x)) {
                cell.text = QString::number(x, 'g', 7);
                cell.state = st.origin(v, i) == mc::PointOrigin::Filled ? CellState::Filled : CellState::Value;
            } else {
                cell.state = CellState::Missing;
                const auto rejected = st.rejected.find(v);
                if (rejected != st.rejected.end()) {
                    const auto& points = rejected->second;
                    const auto it = std::lower_bound(points.begin(), points.end(), time,
                                                     [](const mc::RejectedPoint& p, mc::TimePoint t) { return p.time < t; });
                    if (it != points.end() && it->time == time) {
                        cell.text = QString::number(it->value, 'g', 7);
                        cell.state = it->reason == mc::RejectReason::Flag ? CellState::RejectedFlag : CellState::RejectedRange;
                        cell.flag = it->flagCode;
                    }
                }
            }
            row.append(cell);
        }
        m_rows.append(row);
    }
}

void ImportPreviewModel::buildRaw(const ImportOutcome& outcome)
{
    m_headers = outcome.header;
    for (const auto& raw : outcome.rawRows) {
        QVector<Cell> row;
        for (const auto& text : raw)
            row.append({text, CellState::Raw, 0});
        m_rows.append(row);
    }
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ImportPreviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_headers.size()); }

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_rows[index.row()].size())
        return {};
    const Cell& cell = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case CellStateRole:
        return int(cell.state);
    case Qt::ForegroundRole:
        if (cell.state == CellState::RejectedFlag || cell.state == CellState::RejectedRange)
            return QColor(0xb0, 0x1c, 0x1c);
        return cell.state == CellState::Filled ? QVariant(QColor(0x70, 0x70, 0x70)) : QVariant();
    case Qt::BackgroundRole:
        if (cell.state == CellState::RejectedFlag || cell.state == CellState::RejectedRange)
            return QColor(0xfd, 0xe2, 0xe2);
        return cell.state == CellState::Missing ? QVariant(QColor(0xee, 0xee, 0xee)) : QVariant();
    case Qt::ToolTipRole:
        switch (cell.state) {
        case CellState::Missing: return tr("Missing");
        case CellState::RejectedFlag: return tr("Rejected by quality flag %1").arg(cell.flag);
        case CellState::RejectedRange: return tr("Rejected: outside the physical range");
        case CellState::Filled: return tr("Filled by interpolation");
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_headers.size())
        return {};
    if (m_parsed && section == 0)
        return m_outcome->result.dataset.dateOnly ? tr("Date") : tr("Time");
    if (m_parsed && section == 1)
        return tr("Station");
    const QString unit = m_units.value(section);
    return unit.isEmpty() ? m_headers.at(section) : m_headers.at(section) + QStringLiteral(" (") + unit + QLatin1Char(')');
}

}  // namespace mcui
