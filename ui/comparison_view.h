// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "comparison.h"
#include "overlay_chart.h"
#include "run_record.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace mcui {

class ComparisonTableWidget;
class NodeSelector;
class OverlayView;

/// One finished comparison: what was compared (station, variable, test range), the comparison
/// table with a choice of scores (all steps pooled, or one step: "tableHorizonCombo"), and the
/// overlay chart of one forecast step ("chartStepSpin", default 1). Right-click either to export.
///
/// Multi-node runs (PreparedData::nodes) are labelled "All stations (4)" or "Grid 2×2 (4 cells)";
/// a node selector ("nodeSelector") picks the node the chart shows and whose scores the table adds
/// under the pooled ones. A one-station run compared with a multi-node run fixes the node to its
/// station when that is one of the nodes; otherwise the chart stays empty and a note
/// ("overlayProblemLabel") says why.
class ComparisonView final : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);

    /// Shows @p results (one per name; a shorter list is a stopped comparison). Failed results
    /// keep their column, with empty scores. Keeps the chosen steps where they still exist.
    void showComparison(const QStringList& names, const QVector<RunResultPtr>& results);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_results.isEmpty(); }

    [[nodiscard]] const QStringList& names() const { return m_names; }
    [[nodiscard]] const QVector<RunResultPtr>& results() const { return m_results; }

    /// 0: scores pooled over all steps; else that step (1-based).
    [[nodiscard]] int tableHorizon() const;
    void setTableHorizon(int horizon);
    /// The chart's forecast step, 1-based.
    [[nodiscard]] int chartStep() const;
    void setChartStep(int step);
    /// The largest forecast horizon of the results shown.
    [[nodiscard]] int maxHorizon() const;

    /// The node the chart and the node scores show (index into the multi-node run's nodes), or -1
    /// when no multi-node run is compared.
    [[nodiscard]] int chartNode() const;
    void setChartNode(int node);
    [[nodiscard]] NodeSelector* nodeSelector() const { return m_nodeSelector; }
    /// Each result's node index for overlayChartData (-1 for one-station results).
    [[nodiscard]] std::vector<int> chartNodes() const;
    /// Why the runs cannot share one chart (translated), empty when they can.
    [[nodiscard]] QString overlayProblem() const { return m_overlayProblem; }
    /// What was compared where: the station, "All stations (4)" or "Grid 2×2 (4 cells)".
    [[nodiscard]] QString placeLabel() const;

    /// The table as shown (its scores at tableHorizon()).
    [[nodiscard]] mc::ComparisonTable table() const;
    /// The chart as shown (at chartStep()), caption included.
    [[nodiscard]] OverlayChartData chartData() const;
    [[nodiscard]] ComparisonTableWidget* tableWidget() const { return m_table; }

    /// Ask for a file and write the table (CSV, or JSON) or the chart (PNG, SVG, PDF).
    void saveTableAs();
    void saveChartAs();
    [[nodiscard]] OverlayView* overlayView() const { return m_overlay; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refillHorizons();
    void updateTable();
    void updateChart(bool keepZoom);
    void updateHeader();
    void updateNodes();
    [[nodiscard]] const mc::ExperimentResult* nodeReference() const;
    void showContextMenu(const QPoint& globalPos);
    [[nodiscard]] std::vector<const mc::ExperimentResult*> pointers() const;

    QStringList m_names;
    QVector<RunResultPtr> m_results;
    QLabel* m_header = nullptr;
    QLabel* m_scoresLabel = nullptr;
    QComboBox* m_tableHorizon = nullptr;
    ComparisonTableWidget* m_table = nullptr;
    QLabel* m_stepLabel = nullptr;
    QSpinBox* m_chartStep = nullptr;
    QPushButton* m_resetZoom = nullptr;
    OverlayView* m_overlay = nullptr;
    NodeSelector* m_nodeSelector = nullptr;
    QLabel* m_overlayProblemLabel = nullptr;
    QString m_overlayProblem;
    bool m_nodeFixed = false;  ///< a one-station run pins the node to its station
};

}  // namespace mcui
