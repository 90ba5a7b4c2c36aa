// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only (charts are drawn through a QCustomPlot widget).
#pragma once

#include "chart_export.h"
#include "variable_summary_table.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

class QWidget;

namespace mcui {

/// The comparison table of @p results (one per name) with scores at @p horizon (0: pooled), written
/// atomically: mc::comparisonCsv, or mc::comparisonJson when @p path ends in ".json". Returns a
/// translated error, empty on success.
[[nodiscard]] QString exportComparisonTable(const QStringList& names, const QVector<RunResultPtr>& results, int horizon,
                                            const QString& path);

/// "comparison_<place>_<variable>_h<step>.<suffix>", sanitised; @p station is the place:
/// placeFileLabel() (the station, a node id, "all-stations" or "grid").
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
/// Asks how and where (ExportDialog, starting at @p step), then writes the overlay chart of the
/// nodes @p nodes (as overlayChartData takes them). Returns the path written, empty when cancelled or failed.
QString saveOverlayChartAs(QWidget* parent, const QStringList& names, const QVector<RunResultPtr>& results, int step,
                           const std::vector<int>& nodes = {});
/// The file name the overlay chart of @p results at @p step and @p nodes is offered under.
[[nodiscard]] QString suggestedOverlayChartFileName(const QStringList& names, const QVector<RunResultPtr>& results, int step,
                                                    const std::vector<int>& nodes, ChartFormat format);
/// The file name stem the comparison table of @p results is offered under:
/// "comparison_<station, all-stations or grid>_<variable>", sanitised.
[[nodiscard]] QString comparisonTableFileStem(const QVector<RunResultPtr>& results);
/// Asks for format, size, step and a folder, then exportComparisonCharts(); shows what failed.
/// Returns the files written.
QStringList exportComparisonChartsAs(QWidget* parent, const QVector<VariableOutcome>& comparisons, int step);

}  // namespace mcui
