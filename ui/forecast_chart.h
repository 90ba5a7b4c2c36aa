// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: build the data anywhere; render on the GUI thread only (QCustomPlot is a widget).
#pragma once

#include <QSize>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace mc {
struct ExperimentResult;
struct AheadForecast;
}

class QCustomPlot;
class QCPAxis;
class QFont;

namespace mcui {

/// What a true-vs-predicted chart shows, as plain values (seconds since epoch on the x axis;
/// NaN in every series breaks the lines at a gap).
struct ForecastChartData {
    QString title;
    QString caption;          ///< model and key settings
    QString valueLabel;       ///< e.g. "water_temp (°C)"
    QString unit;             ///< e.g. "°C", may be empty
    QString modelName;        ///< e.g. "LSTM"
    QVector<double> time;
    QVector<double> observed;
    QVector<double> predicted;
    QVector<double> persistence;
    QVector<double> climatology;
    bool dateOnly = true;
    int horizon = 1;          ///< 1-based step these series belong to
    /// The forecast ahead of the last observation (every step of it), drawn past the observed
    /// range; its first point is the last observation, so the line starts where the data ends.
    QVector<double> aheadTime;
    QVector<double> aheadPredicted;
    /// The observations the forecast ahead was made from (its lookback, NaN where missing), drawn
    /// as observed and ending where the forecast ahead starts; empty without a forecast ahead.
    QVector<double> recentTime;
    QVector<double> recentObserved;
};

/// Which baselines a chart draws besides observed and predicted.
struct BaselineToggles {
    bool persistence = false;
    bool climatology = false;
};

/// The chart of horizon step @p horizon (1-based, clamped to the run's horizon) of a finished run.
/// Multi-node runs chart node @p node only (index into PreparedData::nodes), titled and scored for
/// it; one-station runs ignore @p node.
[[nodiscard]] ForecastChartData forecastChartData(const mc::ExperimentResult& result, int horizon = 1, int node = 0);

/// The forecast ahead a chart of node @p node shows: the run's own for one-station runs, the
/// node's entry of aheadPerNode for multi-node runs; null when there is none.
[[nodiscard]] const mc::AheadForecast* aheadForecastOf(const mc::ExperimentResult& result, int node = 0);

/// Adds the forecast ahead of node @p node (aheadForecastOf; when there is one) to @p data, with
/// the recent observations it was made from (recentTime, recentObserved). With @p recentSteps > 0
/// the other series keep only their last @p recentSteps time steps before it, so the few steps
/// ahead stay readable next to years of history.
void addAheadForecast(ForecastChartData& data, const mc::ExperimentResult& result, int recentSteps = 0, int node = 0);

/// The model's display name from the registry, e.g. "LSTM".
[[nodiscard]] QString modelDisplayName(const mc::ExperimentResult& result);
/// The settings an analyst tells runs apart by, e.g. "hidden 32 · batch 128 · lookback 30 · adam".
[[nodiscard]] QString keySettingsText(const mc::ExperimentResult& result);

/// @p base enlarged by @p factor, whether it is sized in points or in pixels.
[[nodiscard]] QFont scaledFont(const QFont& base, double factor, bool bold = false);

/// The frame every chart of the application shares: a title row, a legend row under it, the axis
/// rect in a closed box, and a caption row when @p caption is not empty. Made once per plot; later
/// calls only update the texts.
void setupChartFrame(QCustomPlot& plot, const QString& title, const QString& caption = {});
/// Dates (or date and time) on both horizontal axes, in the source's own clock.
void setupDateAxis(QCustomPlot& plot, bool dateOnly);
/// Fits @p valueAxis to the values its graphs show inside the visible key range, with
/// @p padFraction of the span on each side, so zooming into a week shows that week's detail.
/// Returns false (axis untouched) when nothing is visible. Graphs with the dynamic property
/// kExcludeFromFit set to true (markers of rejected values) are left out.
constexpr const char* kExcludeFromFit = "mcExcludeFromFit";
bool fitValueAxisToVisible(QCPAxis* valueAxis, double padFraction);
/// The time range a chart with a forecast ahead opens on: its recent observations and the steps
/// ahead, half a step of margin on each side; null when @p data has no forecast ahead.
[[nodiscard]] std::optional<std::pair<double, double>> aheadFocusRange(const ForecastChartData& data);

/// Fills @p plot: observed blue, predicted orange, baselines grey dashed beneath them, a legend row
/// under the title, date axis and caption. Graphs are named by objectName "observed", "predicted",
/// "persistence", "climatology", and "recent" (blue, as observed) and "ahead" (dashed) when data
/// has a forecast ahead. Rescales the axes to the data.
void setupForecastPlot(QCustomPlot& plot, const ForecastChartData& data, BaselineToggles baselines = {});

/// Fills @p plot with the model's error (predicted - observed) over the same time axis.
void setupResidualPlot(QCustomPlot& plot, const ForecastChartData& data);

/// Renders offscreen to PNG (needs a QApplication; the offscreen platform will do).
/// Returns an error message, empty on success.
[[nodiscard]] QString renderForecastPng(const ForecastChartData& data, const QString& path, QSize size = {1200, 600});

}  // namespace mcui
