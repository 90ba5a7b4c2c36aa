// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_export.h"

#include "comparison.h"
#include "experiment.h"
#include "export_dialog.h"
#include "node_texts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace mcui {
namespace {

// Gives free functions a translation context lupdate recognises.
struct ComparisonExport {
    Q_DECLARE_TR_FUNCTIONS(ComparisonExport)
};

QString cannotWrite(const QString& path, const QString& why)
{
    return ComparisonExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

const mc::ExperimentResult* firstOk(const QVector<RunResultPtr>& results)
{
    for (const auto& r : results)
        if (r && r->ok())
            return r.get();
    return nullptr;
}

std::vector<const mc::ExperimentResult*> pointers(const QVector<RunResultPtr>& results)
{
    std::vector<const mc::ExperimentResult*> out;
    for (const auto& r : results)
        out.push_back(r.get());
    return out;
}

}  // namespace

QString exportComparisonTable(const QStringList& names, const QVector<RunResultPtr>& results, int horizon, const QString& path)
{
    if (results.isEmpty())
        return ComparisonExport::tr("There is no comparison to export.");
    std::vector<std::string> n;
    std::vector<const mc::ExperimentResult*> r;
    for (int i = 0; i < results.size(); ++i) {
        n.push_back(names.value(i).toStdString());
        r.push_back(results[i].get());
    }
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = QByteArray::fromStdString(json ? mc::comparisonJson(n, r) : mc::comparisonCsv(mc::comparisonTable(n, r, horizon)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString overlayChartFileName(const OverlayChartData& data, const QString& station, const QString& variable, ChartFormat format)
{
    const QString stem = QStringList{QStringLiteral("comparison"), station, variable, QStringLiteral("h%1").arg(data.horizon)}
                             .join(QLatin1Char('_'));
    return sanitizedFileName(stem) + QLatin1Char('.') + chartFormatSuffix(format);
}

QString exportComparisonCharts(const QVector<VariableOutcome>& comparisons, const QString& folder,
                               const ChartExportSettings& settings, QStringList* written)
{
    if (!QDir().mkpath(folder))
        return ComparisonExport::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
    QStringList errors;
    for (const auto& c : comparisons) {
        if (!c.hasResults())
            continue;
        std::vector<const mc::ExperimentResult*> pointers;
        QVector<RunRecord> runs;
        const mc::ExperimentResult* first = nullptr;
        for (int i = 0; i < c.results.size(); ++i) {
            pointers.push_back(c.results[i].get());
            if (!c.results[i]->ok())
                continue;  // nothing to draw; the summary says why
            first = first ? first : c.results[i].get();
            RunRecord run;
            run.id = i + 1;
            run.name = c.names.value(i);
            run.result = c.results[i];
            runs << run;
        }
        const OverlayChartData overlay = overlayChartData(c.names.mid(0, int(c.results.size())), pointers, settings.horizon);
        // A multi-node run's overlay shows its first node (overlayChartData's default), named after it.
        const QString path = QDir(folder).filePath(overlayChartFileName(overlay, placeFileLabel(first->data, 0),
                                                                        QString::fromStdString(first->data.target), settings.format));
        if (const QString e = exportOverlayChart(overlay, path, settings); !e.isEmpty())
            errors << e;
        else if (written)
            written->append(path);
        if (const QString e = exportChartsToFolder(runs, folder, settings, written); !e.isEmpty())
            errors << e;
    }
    return errors.join(QLatin1Char('\n'));
}

QString saveComparisonTableAs(QWidget* parent, const QStringList& names, const QVector<RunResultPtr>& results, int horizon)
{
    const auto* r = firstOk(results);
    if (!r)
        return {};
    QSettings settings;
    const QString key = QStringLiteral("export/folder");
    const QString folder = settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString stem = comparisonTableFileStem(results);
    const QString path = QFileDialog::getSaveFileName(parent, ComparisonExport::tr("Export comparison table"),
                                                      QDir(folder).filePath(stem + QStringLiteral(".csv")),
                                                      ComparisonExport::tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return {};
    settings.setValue(key, QFileInfo(path).absolutePath());
    if (const QString error = exportComparisonTable(names, results, horizon, path); !error.isEmpty()) {
        QMessageBox::warning(parent, ComparisonExport::tr("Export failed"), error);
        return {};
    }
    return path;
}

QString comparisonTableFileStem(const QVector<RunResultPtr>& results)
{
    const auto* r = firstOk(results);
    if (!r)
        return {};
    // The table pools every node of a multi-node run: name it after the whole layout.
    for (const auto& each : results)
        if (each && each->ok() && each->data.multiNode()) {
            r = each.get();
            break;
        }
    return sanitizedFileName(QStringLiteral("comparison_%1_%2").arg(placeFileLabel(r->data, -1), QString::fromStdString(r->data.target)));
}

QString suggestedOverlayChartFileName(const QStringList& names, const QVector<RunResultPtr>& results, int step,
                                      const std::vector<int>& nodes, ChartFormat format)
{
    const auto* r = firstOk(results);
    if (!r)
        return {};
    int node = -1;
    for (int i = 0; i < results.size(); ++i)
        if (results[i] && results[i]->ok() && results[i]->data.multiNode()) {
            r = results[i].get();
            node = std::size_t(i) < nodes.size() ? std::max(0, nodes[std::size_t(i)]) : 0;
            break;
        }
    return overlayChartFileName(overlayChartData(names.mid(0, int(results.size())), pointers(results), step, nodes),
                                placeFileLabel(r->data, node), QString::fromStdString(r->data.target), format);
}

QString saveOverlayChartAs(QWidget* parent, const QStringList& names, const QVector<RunResultPtr>& results, int step,
                           const std::vector<int>& nodes)
{
    const auto* r = firstOk(results);
    if (!r)
        return {};
    ExportDialog dialog(ExportDialog::Target::File, std::max(1, r->data.test.horizon), parent);
    dialog.setBaselinesVisible(false);
    dialog.setView(step, {});
    const auto list = names.mid(0, int(results.size()));
    dialog.setSuggestedFileName(suggestedOverlayChartFileName(names, results, step, nodes, dialog.settings().format));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto data = overlayChartData(list, pointers(results), dialog.settings().horizon, nodes);
    if (const QString error = exportOverlayChart(data, dialog.path(), dialog.settings()); !error.isEmpty()) {
        QMessageBox::warning(parent, ComparisonExport::tr("Export failed"), error);
        return {};
    }
    return dialog.path();
}

QStringList exportComparisonChartsAs(QWidget* parent, const QVector<VariableOutcome>& comparisons, int step)
{
    int maxHorizon = 1, charts = 0;
    for (const auto& c : comparisons)
        if (const auto* r = firstOk(c.results)) {
            maxHorizon = std::max(maxHorizon, r->data.test.horizon);
            charts += 1;
            for (const auto& each : c.results)
                charts += each && each->ok() ? 1 : 0;
        }
    if (charts == 0)
        return {};
    ExportDialog dialog(ExportDialog::Target::Folder, maxHorizon, parent);
    dialog.setView(step, {});
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList written;
    const QString errors = exportComparisonCharts(comparisons, dialog.path(), dialog.settings(), &written);
    if (!errors.isEmpty())
        QMessageBox::warning(parent, ComparisonExport::tr("Export charts"),
                             ComparisonExport::tr("%1 of %2 charts were written.").arg(written.size()).arg(charts)
                                 + QStringLiteral("\n\n") + errors);
    return written;
}

}  // namespace mcui
