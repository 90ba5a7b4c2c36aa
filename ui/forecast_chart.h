// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: build the data anywhere; render on the GUI thread only (QCustomPlot is a widget).
#pragma once

#include <QSize>
#include <QString>
#include <QVector>

namespace mc {
struct ExperimentResult;
}

class QCustomPlot;

namespace mcui {

/// What a true-vs-predicted chart shows, as plain values (seconds since epoch on the x axis;
/// NaN breaks a line at a gap).
struct ForecastChartData {
    QString title;
    QString caption;          ///< model and key settings
    QString valueLabel;       ///< e.g. "temp_mean (°C)"
    QVector<double> time;
    QVector<double> observed;
    QVector<double> predicted;
    bool dateOnly = true;
};

/// The chart of horizon step @p horizon (1-based) of a finished run.
[[nodiscard]] ForecastChartData forecastChartData(const mc::ExperimentResult& result, int horizon = 1);

/// Fills @p plot: observed blue, predicted orange, legend, date axis, title and caption.
void setupForecastPlot(QCustomPlot& plot, const ForecastChartData& data);

/// Renders offscreen to PNG (needs a QApplication; the offscreen platform will do).
/// Returns an error message, empty on success.
[[nodiscard]] QString renderForecastPng(const ForecastChartData& data, const QString& path, QSize size = {1200, 600});

}  // namespace mcui
