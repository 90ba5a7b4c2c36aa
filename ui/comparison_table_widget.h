// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "comparison.h"
#include "step_texts.h"

#include <QColor>
#include <QTreeWidget>

namespace mcui {

/// The reference slides' comparison table (mc::comparisonTable): one column per configuration and
/// one per baseline (persistence, climatology). Three groups of rows: the settings that differ
/// (highlighted), the settings all share (collapsed by default), and the scores — RMSE, MAE, R²,
/// NSE, skill vs persistence, training time and epochs run — with each score's best
/// configuration in bold.
///
/// Every row carries its core item key ("hidden", "rmse" …) under KeyRole and its RowKind under
/// KindRole in the first column; score cells hold the number under ValueRole (NaN when empty).
class ComparisonTableWidget final : public QTreeWidget {
    Q_OBJECT
public:
    enum class RowKind { Group, DifferingSetting, SharedSetting, Metric };
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;
    static constexpr int ValueRole = Qt::UserRole + 3;

    explicit ComparisonTableWidget(QWidget* parent = nullptr);

    /// Shows @p table; @p unit (e.g. "°C") labels RMSE and MAE; @p horizon 0 means pooled scores;
    /// @p stepUnit says how the step is named ("Scores, 3 months ahead").
    void setTable(const mc::ComparisonTable& table, const QString& unit, int horizon, StepUnit stepUnit = StepUnit::Step);
    /// Adds a group of one node's scores (@p table's metric rows, one column per configuration as
    /// in the main table; keys "node:rmse" …) for node @p nodeName under the pooled scores, group
    /// key "nodeScores". An empty name removes it. Call after setTable(), which keeps it.
    void setNodeScores(const mc::ComparisonTable& table, const QString& nodeName);
    void clearTable();
    [[nodiscard]] const mc::ComparisonTable& table() const { return m_table; }

    /// The row of core item @p key, or nullptr.
    [[nodiscard]] QTreeWidgetItem* rowForKey(const QString& key) const;
    /// The keys of the rows of @p kind, top to bottom.
    [[nodiscard]] QStringList keys(RowKind kind) const;
    /// The column of the first configuration; the baselines follow the last one.
    static constexpr int kFirstConfigColumn = 1;

    /// The background of a differing setting.
    [[nodiscard]] static QColor highlightColor();
    /// @p key in the current language: "hidden" → "Hidden size", "rmse" → "RMSE (°C)".
    [[nodiscard]] static QString itemLabel(const std::string& key, const QString& unit);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    mc::ComparisonTable m_table;
    QString m_unit;
    int m_horizon = 0;
    mc::ComparisonTable m_nodeTable;
    QString m_nodeName;
    StepUnit m_stepUnit = StepUnit::Step;
};

}  // namespace mcui
