// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only (charts are drawn through a QCustomPlot widget).
#pragma once

#include "chart_export.h"
#include "variable_summary_table.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QWidget;

namespace mcui {

/// The comparison table of @p results (one per name) with scores at @p horizon (0: pooled), written
/// atomically: mc::comparisonCsv, or mc::comparisonJson when @p path ends in ".json". Returns a
/// translated error, empty on success.
[[nodiscard]] QString exportComparisonTable(const QStringList& names, const QVector<RunResultPtr>& results, int horizon,
                                            const QString& path);

/// "comparison_<station>_<variable>_h<step>.<suffix>", sanitised.
[[nodiscard]] QString overlayChartFileName(const OverlayChartData& data, const QString& station, const QString& variable,
                                           ChartFormat format);

/// Into @p folder (created if needed), for each comparison of @p comparisons that has results:
/// the overlay chart and each trained configuration's observed-vs-predicted chart, at step
/// settings.horizon. Keeps going past a failing chart. Returns the translated errors joined by
/// newlines, empty when all were written; @p written (optional) receives the paths that were.
[[nodiscard]] QString exportComparisonCharts(const QVector<VariableOutcome>& comparisons, const QString& folder,
                                             const ChartExportSettings& settings, QStringList* written = nullptr);

/// Asks for a file (CSV, or JSON by its suffix) and writes the table with scores at @p horizon;
/// shows what failed. Returns the path written, empty when cancelled or failed.
QString saveComparisonTableAs(QWidget* parent, const QStringList& names, const QVector<RunResultPtr>& results, int horizon);
/// Asks how and where (ExportDialog, starting at @p step), then writes the overlay chart.
/// Returns the path written, empty when cancelled or failed.
QString saveOverlayChartAs(QWidget* parent, const QStringList& names, const QVector<RunResultPtr>& results, int step);
/// Asks for format, size, step and a folder, then exportComparisonCharts(); shows what failed.
/// Returns the files written.
QStringList exportComparisonChartsAs(QWidget* parent, const QVector<VariableOutcome>& comparisons, int step);

}  // namespace mcui
