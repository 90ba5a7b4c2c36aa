// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "chart_export.h"
#include "forecast_chart.h"
#include "run_record.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTabWidget;
class QPushButton;
class QSpinBox;
class QStackedLayout;

namespace mcui {

class AttentionView;
class ForecastView;
class FrameView;
class MetricsTable;
class NodeSelector;
class NodeMetricsTable;
class StationMapView;

/// The "Results" centre tab: observed vs predicted over the test range with optional baselines,
/// the model's error below on a linked time axis, the metrics table, and whether the model beats
/// persistence, in plain words. Children are named "forecastPlot", "residualPlot", "horizonSpin",
/// "persistenceCheck", "climatologyCheck", "aheadCheck", "attentionButton", "metricsTable", "skillLabel", "warningsLabel".
/// Multi-node runs add a node selector ("nodeCombo", labelled Station or Grid cell) that the chart
/// follows, the per-node scores ("nodeMetricsTable"), and a page of their own in "resultsPages":
/// the frame view ("frameView") for grids, the station map ("stationMapView") for stations.
class ResultsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget* parent = nullptr);
    ~ResultsPanel() override;

    /// Shows @p run, copied (the pointer need not outlive the call); nullptr clears. The same run
    /// again keeps zoom, step and baselines and only refreshes its name.
    void showRun(const RunRecord* run);
    /// Id of the run shown, -1 when none.
    [[nodiscard]] int runId() const;

    /// The forecast step shown, 1-based.
    [[nodiscard]] int horizon() const;
    void setHorizon(int step);
    /// The node charted (index into PreparedData::nodes); 0 for one-station runs.
    [[nodiscard]] int currentNode() const;
    void setCurrentNode(int node);
    [[nodiscard]] BaselineToggles baselines() const;
    void setBaselines(BaselineToggles baselines);

    /// Whether the chart extends past the last observation with the run's forecast ahead.
    [[nodiscard]] bool showsAhead() const;
    void setShowAhead(bool on);

    /// Opens the attention view of the run shown for its test prediction @p window (index into
    /// the test windows; -1: the last). Null when the run's model has no attention weights.
    AttentionView* showAttention(int window = -1);

    /// Shows the whole test range.
    void resetZoom();
    /// The hover readout's text; empty when the pointer is not over a chart.
    [[nodiscard]] QString readoutText() const;

    /// Ask for a file and write the shown chart (as on screen), the forecasts or the metrics.
    void saveChartAs();
    void saveForecastCsvAs();
    void saveMetricsCsvAs();

protected:
    void changeEvent(QEvent* event) override;

private:
    using CsvWriter = QString (*)(const RunRecord&, const QString&);

    void retranslate();
    void rebuild(bool keepZoom);
    void showNodes();
    void retranslatePages();
    [[nodiscard]] ChartExportSettings withNode(ChartExportSettings settings) const;
    void updateTexts();
    void showContextMenu(const QPoint& globalPos);
    void saveCsvAs(const QString& title, const QString& suffix, CsvWriter write);

    std::optional<RunRecord> m_run;

    QStackedLayout* m_stack = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_header = nullptr;
    NodeSelector* m_nodes = nullptr;
    QTabWidget* m_pages = nullptr;
    QWidget* m_chartPage = nullptr;
    FrameView* m_frames = nullptr;
    StationMapView* m_map = nullptr;
    NodeMetricsTable* m_nodeMetrics = nullptr;
    QLabel* m_horizonLabel = nullptr;
    QSpinBox* m_horizonSpin = nullptr;
    QCheckBox* m_persistenceCheck = nullptr;
    QCheckBox* m_climatologyCheck = nullptr;
    QCheckBox* m_aheadCheck = nullptr;
    QPushButton* m_attentionButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    ForecastView* m_view = nullptr;
    QLabel* m_skillLabel = nullptr;
    MetricsTable* m_metrics = nullptr;
    QLabel* m_warningsLabel = nullptr;
};

}  // namespace mcui
