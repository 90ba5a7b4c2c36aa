// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: build the data anywhere; render on the GUI thread only (QCustomPlot is a widget).
#pragma once

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
    QString valueLabel;
    QVector<double> time;
    QVector<double> observed;
    QStringList names;
    QVector<QVector<double>> predicted;  ///< one series per name, aligned with time
    bool dateOnly = true;
};

/// Aligns the results' forecasts of step @p horizon by valid time (configurations with different
/// lookbacks may forecast different windows; a missing forecast is NaN).
[[nodiscard]] OverlayChartData overlayChartData(const QStringList& names,
                                                const std::vector<const mc::ExperimentResult*>& results, int horizon = 1);

/// Observed blue, configurations orange, green, red, purple … (the deck's first two colours first).
void setupOverlayPlot(QCustomPlot& plot, const OverlayChartData& data);

/// Renders offscreen to PNG; returns an error message, empty on success.
[[nodiscard]] QString renderOverlayPng(const OverlayChartData& data, const QString& path, QSize size = {1400, 650});

}  // namespace mcui
