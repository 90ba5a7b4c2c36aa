// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_list_model.h"

#include "node_texts.h"

#include "experiment.h"
#include "forecast_chart.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mcui {
namespace {

const QColor kBetterColor(0x1a, 0x7f, 0x37);
const QColor kWorseColor(0xb0, 0x2a, 0x1e);

}  // namespace

RunListModel::RunListModel(QObject* parent) : QAbstractTableModel(parent) {}

int RunListModel::addRun(RunResultPtr result, const QString& name)
{
    const int row = int(m_runs.size());
    beginInsertRows({}, row, row);
    RunRecord r;
    r.id = m_nextId++;
    r.name = name.trimmed().isEmpty() ? tr("Run %1").arg(r.id) : name.trimmed();
    r.finished = QDateTime::currentDateTime();
    r.result = std::move(result);
    m_runs.append(std::move(r));
    endInsertRows();
    return m_runs.back().id;
}

void RunListModel::setRuns(const QVector<RunRecord>& runs)
{
    beginResetModel();
    m_runs = runs;
    m_nextId = 1;
    for (const auto& r : m_runs)
        m_nextId = std::max(m_nextId, r.id + 1);
    endResetModel();
}

void RunListModel::removeRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, so the rows still to remove keep their numbers.
    for (int row : rows) {
        if (row < 0 || row >= m_runs.size())
            continue;
        beginRemoveRows({}, row, row);
        m_runs.removeAt(row);
        endRemoveRows();
    }
}

bool RunListModel::renameRun(int row, const QString& name)
{
    return setData(index(row, NameColumn), name, Qt::EditRole);
}

const RunRecord* RunListModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int RunListModel::rowOfId(int id) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs[row].id == id)
            return row;
    return -1;
}

int RunListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }

int RunListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString RunListModel::statusText(const RunRecord& run)
{
    if (!run.result || !run.result->ok())
        return tr("failed");
    switch (run.result->training.status) {
    case mc::TrainStatus::Finished: return tr("finished");
    case mc::TrainStatus::EarlyStopped: return tr("early-stopped");
    case mc::TrainStatus::Stopped: return tr("stopped");
    case mc::TrainStatus::Failed: return tr("failed");
    }
    return tr("failed");
}

QVariant RunListModel::display(const RunRecord& run, int column) const
{
    const auto* r = run.result.get();
    const bool scored = r && r->ok() && r->data.test.count > 0;
    const QLocale locale;
    switch (column) {
    case NameColumn: return run.name;
    case ModelColumn: return r ? modelDisplayName(*r) : QString();
    case SettingsColumn: return r ? keySettingsText(*r) : QString();
    case RmseColumn: {
        if (!scored || !std::isfinite(r->model.pooled.rmse))
            return QString();
        const QString unit = QString::fromStdString(r->unit());
        const QString value = locale.toString(r->model.pooled.rmse, 'g', 3);
        return unit.isEmpty() ? value : value + QLatin1Char(' ') + unit;
    }
    case SkillColumn:
        return scored && std::isfinite(r->skill) ? locale.toString(r->skill, 'f', 3) : QString();
    case StatusColumn: return statusText(run);
    default: return {};
    }
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRecord& run = m_runs[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(run, index.column());
    case Qt::EditRole: return index.column() == NameColumn ? QVariant(run.name) : display(run, index.column());
    case RunIdRole: return run.id;
    case Qt::TextAlignmentRole:
        if (index.column() == RmseColumn || index.column() == SkillColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Green where the model beats persistence, red where it does not: the first thing an analyst checks.
        if (index.column() == SkillColumn && run.result && run.result->ok() && std::isfinite(run.result->skill))
            return QBrush(run.result->skill > 0 ? kBetterColor : kWorseColor);
        return {};
    case Qt::ToolTipRole:
        if (!run.result)
            return {};
        if (!run.result->ok())
            return QString::fromStdString(run.result->error);
        //: Tooltip: run name, variable, station; when it finished and how many training epochs (passes over the data, 轮) it ran.
        return tr("%1, %2 at %3\nfinished %4, %n epoch(s)", nullptr, run.result->training.epochsRun)
            .arg(run.name, QString::fromStdString(run.result->data.target), nodePlaceText(run.result->data),
                 QLocale().toString(run.finished, QLocale::ShortFormat));
    default: return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ModelColumn: return tr("Model");
    case SettingsColumn: return tr("Key settings");
    case RmseColumn: return tr("RMSE");
    //: Column header: skill score 1 − RMSE of the model / RMSE of persistence (技巧评分); above 0 the model beats persistence.
    case SkillColumn: return tr("Skill vs persistence");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags RunListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_runs.size() || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    if (name == m_runs[index.row()].name)
        return true;
    m_runs[index.row()].name = name;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

void RunListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
}

}  // namespace mcui
