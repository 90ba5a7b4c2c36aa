// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QTableWidget>

namespace mcui {

/// Scores of every node of a multi-node run ("nodeMetricsTable"): a first row pooled over all
/// nodes ("All stations"), then one row per node in PreparedData::nodes order, with the RMSE of the
/// model, persistence and climatology over all steps and the skill vs persistence. Cells hold the
/// raw value under Qt::UserRole (NaN where undefined). Choosing a node's row announces it.
class NodeMetricsTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NodeColumn, ModelColumn, PersistenceColumn, ClimatologyColumn, SkillColumn, ColumnCount };
    static constexpr int kPooledRow = 0;  ///< node i is on row i + 1

    explicit NodeMetricsTable(QWidget* parent = nullptr);

    /// Fills the table for @p result (empty for nullptr or a one-station run).
    void showResult(RunResultPtr result);
    /// Marks node @p node's row as the current one, without announcing it.
    void setCurrentNode(int node);

Q_SIGNALS:
    /// The user chose node @p node's row.
    void nodeActivated(int node);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    RunResultPtr m_result;
};

}  // namespace mcui
