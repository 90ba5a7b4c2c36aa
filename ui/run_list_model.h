// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only; hand finished results over with a queued signal first.
#pragma once

#include "run_record.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVector>

namespace mcui {

/// The runs of a session, one row each: the table under the centre tabs.
/// Pointers returned by run() stay valid only until the model changes; keep the id instead.
class RunListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ModelColumn, SettingsColumn, RmseColumn, SkillColumn, StatusColumn, ColumnCount };
    /// The run's id, for every column.
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunListModel(QObject* parent = nullptr);

    /// Appends a run finished now; returns its id (unique within this model, never reused).
    int addRun(RunResultPtr result, const QString& name);
    /// Replaces every run with @p runs (e.g. from a project file), keeping their ids, names and
    /// times; later addRun() ids continue after the largest.
    void setRuns(const QVector<RunRecord>& runs);
    /// Removes the runs at @p rows (any order, duplicates and rows out of range ignored).
    void removeRuns(QList<int> rows);
    /// Renames the run at @p row; false when the row is unknown or the name is blank.
    bool renameRun(int row, const QString& name);

    [[nodiscard]] const RunRecord* run(int row) const;
    /// -1 when no run has @p id.
    [[nodiscard]] int rowOfId(int id) const;
    [[nodiscard]] const QVector<RunRecord>& runs() const { return m_runs; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Tells views that the translated headers and texts changed (on QEvent::LanguageChange).
    void retranslate();

    /// "finished", "stopped", "early-stopped" or "failed", translated.
    [[nodiscard]] static QString statusText(const RunRecord& run);

private:
    [[nodiscard]] QVariant display(const RunRecord& run, int column) const;

    QVector<RunRecord> m_runs;
    int m_nextId = 1;
};

}  // namespace mcui
