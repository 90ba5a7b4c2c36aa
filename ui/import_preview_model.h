// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "import_job.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace mcui {

/// The first rows of a file for the import dialog's preview. When the rows parse with the
/// current settings it shows them as parsed (time, station, one column per variable with its
/// unit; missing cells blank, rejected values marked with the reason); otherwise the raw text
/// split by the delimiter, so the user can see what to change.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    /// What a cell shows; data(CellStateRole).
    enum class CellState { Value, Missing, RejectedFlag, RejectedRange, Filled, Raw };
    static constexpr int CellStateRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    /// Shows @p outcome (a preview from ImportJob); nullptr clears.
    void setOutcome(ImportOutcomePtr outcome);
    /// True when the rows are shown as parsed, false for raw text (or nothing).
    [[nodiscard]] bool parsed() const { return m_parsed; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Cell {
        QString text;
        CellState state = CellState::Value;
        int flag = 0;
    };
    void buildParsed(const mc::Dataset& dataset, const mc::ImportReport& report);
    void buildRaw(const ImportOutcome& outcome);

    ImportOutcomePtr m_outcome;
    bool m_parsed = false;
    QStringList m_headers;          ///< parsed: "", "", then variable names (labels are made in headerData)
    QVector<QString> m_units;       ///< per column, parsed only
    QVector<QVector<Cell>> m_rows;
};

}  // namespace mcui
