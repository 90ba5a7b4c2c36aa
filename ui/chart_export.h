// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only (charts are drawn through a QCustomPlot widget); the CSV
// exports touch no widget but share the file-writing rules.
#pragma once

#include "forecast_chart.h"
#include "overlay_chart.h"
#include "run_record.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

namespace mcui {

enum class ChartFormat { Png, Svg, Pdf };

/// How a forecast chart is exported: what the analyst sees on screen, at a chosen size.
struct ChartExportSettings {
    ChartFormat format = ChartFormat::Png;
    QSize size{1600, 900};      ///< pixels (PNG), view box (SVG), page at @p dpi (PDF)
    int dpi = 300;              ///< recorded in the file; text is enlarged towards it
    int horizon = 1;            ///< 1-based step, clamped to each run's horizon
    BaselineToggles baselines;
    int node = 0;               ///< multi-node runs: the node charted (index into PreparedData::nodes)
};

/// File name suffix without the dot: "png", "svg", "pdf".
[[nodiscard]] QString chartFormatSuffix(ChartFormat format);
/// Parses a suffix ("png", "SVG" …); Png when unknown.
[[nodiscard]] ChartFormat chartFormatFromSuffix(const QString& suffix);

/// @p name with characters that some file system refuses (or that a shell mangles) replaced by
/// '_', trimmed and shortened; "run" when nothing is left.
[[nodiscard]] QString sanitizedFileName(const QString& name);
/// "<run name>_<station>_<variable>_h<step>.<suffix>", sanitised.
[[nodiscard]] QString chartFileName(const RunRecord& run, const ChartExportSettings& settings);

/// Writes the forecast chart of @p run to @p path atomically (stamped with station, variable,
/// unit, model and key settings). Returns a translated error, empty on success.
[[nodiscard]] QString exportForecastChart(const RunRecord& run, const QString& path, const ChartExportSettings& settings);

/// Writes the comparison overlay @p data (observations and every configuration's forecast) to
/// @p path atomically, as exportForecastChart does; settings.horizon and baselines do not apply
/// (the data is already of one step). Returns a translated error, empty on success.
[[nodiscard]] QString exportOverlayChart(const OverlayChartData& data, const QString& path,
                                         const ChartExportSettings& settings);

/// forecast.csv of @p run (core's mc::forecastCsv), written atomically. Returns a translated error.
[[nodiscard]] QString exportForecastCsv(const RunRecord& run, const QString& path);
/// The flat metrics table of @p run (core's mc::metricsCsv), written atomically. Returns a translated error.
[[nodiscard]] QString exportMetricsCsv(const RunRecord& run, const QString& path);

/// One chart per run into @p folder (created if needed), named by chartFileName and made unique.
/// Keeps going past a failing run. Returns the translated errors joined by newlines, empty when all
/// were written; @p written (optional) receives the paths that were.
[[nodiscard]] QString exportChartsToFolder(const QVector<RunRecord>& runs, const QString& folder,
                                           const ChartExportSettings& settings, QStringList* written = nullptr);

}  // namespace mcui
