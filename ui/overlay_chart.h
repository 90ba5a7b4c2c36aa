// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: build the data anywhere; render on the GUI thread only (QCustomPlot is a widget).
#pragma once

#include <QColor>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace mc {
struct ExperimentResult;
}

class QCustomPlot;

namespace mcui {

/// Observations and several configurations' forecasts of one step on a shared time axis
/// (seconds since epoch; NaN breaks lines).
struct OverlayChartData {
    QString title;
    QString caption;                     ///< each configuration's RMSE at this step (exports show it)
    QString valueLabel;
    QVector<double> time;
    QVector<double> observed;
    QStringList names;
    QVector<QVector<double>> predicted;  ///< one series per name, aligned with time
    bool dateOnly = true;
    int horizon = 1;                     ///< the 1-based step these series belong to
};

/// Aligns the results' forecasts of step @p horizon by valid time (configurations with different
/// lookbacks may forecast different windows; a missing forecast is NaN). Multi-node results chart
/// one node: @p nodes gives each result's node index (into its PreparedData::nodes; missing or
/// negative means node 0), and the title and RMSE are that node's. One-station results ignore it.
[[nodiscard]] OverlayChartData overlayChartData(const QStringList& names,
                                                const std::vector<const mc::ExperimentResult*>& results, int horizon = 1,
                                                const std::vector<int>& nodes = {});

/// Observed blue, configurations orange, green, red, purple … (the deck's first two colours first),
/// in the application's chart frame (title, legend row, caption when set). Graphs are named by
/// objectName "observed", then "config0", "config1" … Rescales the axes to the data.
void setupOverlayPlot(QCustomPlot& plot, const OverlayChartData& data);
/// The line colour of configuration @p index (0-based) in setupOverlayPlot.
[[nodiscard]] QColor overlaySeriesColor(int index);

/// Renders offscreen to PNG; returns an error message, empty on success.
[[nodiscard]] QString renderOverlayPng(const OverlayChartData& data, const QString& path, QSize size = {1400, 650});

}  // namespace mcui
