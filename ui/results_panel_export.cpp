// SPDX-License-Identifier: GPL-3.0-or-later
// ResultsPanel's export actions: the context menu and the chart and CSV files of the run shown.
#include "results_panel.h"

#include "chart_export.h"
#include "experiment.h"
#include "export_dialog.h"
#include "forecast_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace mcui {

void ResultsPanel::showContextMenu(const QPoint& globalPos)
{
    if (m_view->isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Export chart…"), this, &ResultsPanel::saveChartAs);
    menu.addAction(tr("Export forecasts as CSV…"), this, &ResultsPanel::saveForecastCsvAs);
    menu.addAction(tr("Export metrics as CSV…"), this, &ResultsPanel::saveMetricsCsvAs);
    menu.addSeparator();
    menu.addAction(tr("Reset zoom"), this, &ResultsPanel::resetZoom);
    menu.exec(globalPos);
}

void ResultsPanel::saveChartAs()
{
    if (!m_run || m_view->isEmpty())
        return;
    ExportDialog dialog(ExportDialog::Target::File, m_horizonSpin->maximum(), this);
    dialog.setView(horizon(), baselines());
    dialog.setSuggestedFileName(chartFileName(*m_run, withNode(dialog.settings())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = exportForecastChart(*m_run, dialog.path(), withNode(dialog.settings())); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

ChartExportSettings ResultsPanel::withNode(ChartExportSettings settings) const
{
    settings.node = currentNode();
    return settings;
}

void ResultsPanel::saveForecastCsvAs()
{
    saveCsvAs(tr("Export forecasts"), QStringLiteral("_forecast.csv"), &exportForecastCsv);
}

void ResultsPanel::saveMetricsCsvAs()
{
    saveCsvAs(tr("Export metrics"), QStringLiteral("_metrics.csv"), &exportMetricsCsv);
}

void ResultsPanel::saveCsvAs(const QString& title, const QString& suffix, CsvWriter write)
{
    if (!m_run || m_view->isEmpty())
        return;
    QSettings settings;
    const QString key = QStringLiteral("export/folder");
    const QString folder = settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString stem = sanitizedFileName(m_run->name + QLatin1Char('_') + QString::fromStdString(m_run->result->data.target));
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(stem + suffix), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(key, QFileInfo(path).absolutePath());
    if (const QString error = write(*m_run, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace mcui
