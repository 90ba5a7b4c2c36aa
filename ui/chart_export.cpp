// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"

#include "experiment.h"
#include "qcustomplot_include.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <functional>

namespace mcui {
namespace {

// Exports are laid out at a fixed 96 dpi in pixel-sized fonts, whatever the screen: the same chart
// comes out of a laptop and a 4K monitor, and the SVG and PDF writers (which resize point-sized
// text to their own resolution) keep the text where the layout put it.
constexpr double kLayoutDpi = 96.0;
constexpr int kBaseFontPixels = 13;
// Text grows with the DPI so it keeps its printed size, until the chart would have less room
// than this to lay itself out in.
constexpr double kMinLayoutWidth = 800;
constexpr double kMinLayoutHeight = 450;

// Gives free functions a translation context lupdate recognises.
struct ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

QString cannotWrite(const QString& path, const QString& why)
{
    return ChartExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

QString noForecast(const RunRecord& run)
{
    return ChartExport::tr("Run “%1” has no forecast to export.").arg(run.name);
}

bool hasForecast(const RunRecord& run)
{
    return run.result && run.result->ok() && run.result->data.test.count > 0;
}

QSize logicalSize(QSize target, int dpi)
{
    const double byDpi = dpi / kLayoutDpi;
    const double byRoom = std::min(target.width() / kMinLayoutWidth, target.height() / kMinLayoutHeight);
    const double scale = std::clamp(std::min(byDpi, byRoom), 1.0, 8.0);
    return {std::max(1, qRound(target.width() / scale)), std::max(1, qRound(target.height() / scale))};
}

void usePixelFonts(QCustomPlot& plot)
{
    QFont base = plot.font();
    base.setPixelSize(kBaseFontPixels);
    plot.setFont(base);
    for (auto* axis : plot.axisRect()->axes()) {
        axis->setLabelFont(base);
        axis->setTickLabelFont(scaledFont(base, 0.92));
    }
    plot.legend->setFont(base);
}

/// What to draw: the texts stamped into the file, and how to fill a plot.
struct ChartSpec {
    QString title;
    QString caption;
    std::function<void(QCustomPlot&)> setup;
};

ChartSpec forecastSpec(const RunRecord& run, const ChartExportSettings& s)
{
    ForecastChartData data = forecastChartData(*run.result, s.horizon, s.node);
    if (!run.name.isEmpty())
        data.caption = run.name + QStringLiteral("  ·  ") + data.caption;
    const BaselineToggles baselines = s.baselines;
    return {data.title, data.caption, [data, baselines](QCustomPlot& plot) { setupForecastPlot(plot, data, baselines); }};
}

/// The chart as the analyst sees it, drawn onto @p device scaled to @p target.
class ChartPainter {
public:
    ChartPainter(const ChartSpec& spec, const ChartExportSettings& s, QSize target)
        : m_logical(logicalSize(target, s.dpi)), m_target(target)
    {
        usePixelFonts(m_plot);
        m_plot.resize(m_logical);
        spec.setup(m_plot);
    }

    bool paint(QPaintDevice* device, bool vector)
    {
        QCPPainter painter;
        if (!painter.begin(device))
            return false;
        painter.setMode(QCPPainter::pmVectorized, vector);
        // Hairlines would stay one device pixel at any DPI; scaled lines keep the chart's proportions.
        painter.setMode(QCPPainter::pmNonCosmetic);
        painter.setWindow(QRect(QPoint(), m_logical));
        painter.setViewport(QRect(QPoint(), m_target));
        m_plot.toPainter(&painter, m_logical.width(), m_logical.height());
        return painter.end();
    }

private:
    QSize m_logical;
    QSize m_target;
    QCustomPlot m_plot;
};

QString writePng(const ChartSpec& spec, QSaveFile& file, const ChartExportSettings& s)
{
    QImage image(s.size, QImage::Format_RGB32);
    if (image.isNull())
        return ChartExport::tr("The image is too large.");
    image.fill(Qt::white);
    ChartPainter chart(spec, s, s.size);
    if (!chart.paint(&image, false))
        return ChartExport::tr("The chart could not be drawn.");
    const int dotsPerMeter = qRound(s.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), spec.title);
    image.setText(QStringLiteral("Description"), spec.caption);
    image.setText(QStringLiteral("Software"), QStringLiteral("MarineCast " MARINECAST_VERSION));
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return writer.errorString();
    return {};
}

QString writeSvg(const ChartSpec& spec, QSaveFile& file, const ChartExportSettings& s)
{
    ChartPainter chart(spec, s, s.size);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(s.size);
    svg.setViewBox(QRect(QPoint(), s.size));
    svg.setResolution(s.dpi);
    svg.setTitle(spec.title);
    svg.setDescription(spec.caption);
    if (!chart.paint(&svg, true))
        return ChartExport::tr("The chart could not be drawn.");
    return {};
}

QString writePdf(const ChartSpec& spec, QSaveFile& file, const ChartExportSettings& s)
{
    QPdfWriter pdf(&file);
    pdf.setResolution(s.dpi);
    pdf.setCreator(QStringLiteral("MarineCast " MARINECAST_VERSION));
    const QSizeF points(s.size.width() * 72.0 / s.dpi, s.size.height() * 72.0 / s.dpi);
    pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                  QPageLayout::Portrait, QMarginsF()));
    ChartPainter chart(spec, s, QSize(pdf.width(), pdf.height()));
    pdf.setTitle(spec.title);
    if (!chart.paint(&pdf, true))
        return ChartExport::tr("The chart could not be drawn.");
    return {};
}

/// Checks the settings, then writes @p spec to @p path atomically in the chosen format.
QString writeChart(const ChartSpec& spec, const QString& path, const ChartExportSettings& settings)
{
    if (settings.size.width() < 16 || settings.size.height() < 16 || settings.size.width() > 20000
        || settings.size.height() > 20000 || settings.dpi < 10 || settings.dpi > 2400)
        return ChartExport::tr("Choose a size between 16 and 20000 pixels and a resolution between 10 and 2400 DPI.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QString error;
    switch (settings.format) {
    case ChartFormat::Png: error = writePng(spec, file, settings); break;
    case ChartFormat::Svg: error = writeSvg(spec, file, settings); break;
    case ChartFormat::Pdf: error = writePdf(spec, file, settings); break;
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return cannotWrite(path, error);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString writeText(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    const QByteArray bytes = QByteArray::fromStdString(text);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

}  // namespace

QString chartFormatSuffix(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png: return QStringLiteral("png");
    case ChartFormat::Svg: return QStringLiteral("svg");
    case ChartFormat::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

ChartFormat chartFormatFromSuffix(const QString& suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (s == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return ChartFormat::Png;
}

QString sanitizedFileName(const QString& name)
{
    // Windows' reserved characters, path separators and control characters; spaces too, so the
    // names survive scripts that loop over the exported files.
    static const QString kForbidden = QStringLiteral("<>:\"/\\|?*");
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const bool bad = c.isSpace() || c.category() == QChar::Other_Control || kForbidden.contains(c);
        if (!bad)
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (!out.isEmpty() && (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char('_'))))
        out.chop(1);
    while (!out.isEmpty() && (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('_'))))
        out.remove(0, 1);
    if (out.size() > 80)
        out.truncate(80);
    return out.isEmpty() ? QStringLiteral("run") : out;
}

QString chartFileName(const RunRecord& run, const ChartExportSettings& settings)
{
    QString station, variable;
    int step = std::max(1, settings.horizon);
    if (run.result) {
        const auto& d = run.result->data;
        station = QString::fromStdString(d.multiNode() && settings.node >= 0 && settings.node < int(d.nodes.size())
                                              ? d.nodes[std::size_t(settings.node)]
                                              : d.station);
        variable = QString::fromStdString(run.result->data.target);
        step = std::clamp(step, 1, std::max(1, run.result->data.test.horizon));
    }
    QStringList parts{run.name.isEmpty() ? QStringLiteral("run%1").arg(run.id) : run.name};
    for (const QString& p : {station, variable})
        if (!p.isEmpty())
            parts << p;
    parts << QStringLiteral("h%1").arg(step);
    return sanitizedFileName(parts.join(QLatin1Char('_'))) + QLatin1Char('.') + chartFormatSuffix(settings.format);
}

QString exportForecastChart(const RunRecord& run, const QString& path, const ChartExportSettings& settings)
{
    if (!hasForecast(run))
        return noForecast(run);
    return writeChart(forecastSpec(run, settings), path, settings);
}

QString exportOverlayChart(const OverlayChartData& data, const QString& path, const ChartExportSettings& settings)
{
    if (data.time.isEmpty())
        return ChartExport::tr("The comparison has no forecast to export.");
    return writeChart({data.title, data.caption, [data](QCustomPlot& plot) { setupOverlayPlot(plot, data); }}, path,
                      settings);
}

QString exportForecastCsv(const RunRecord& run, const QString& path)
{
    return hasForecast(run) ? writeText(path, mc::forecastCsv(*run.result)) : noForecast(run);
}

QString exportMetricsCsv(const RunRecord& run, const QString& path)
{
    return hasForecast(run) ? writeText(path, mc::metricsCsv(*run.result)) : noForecast(run);
}

QString exportChartsToFolder(const QVector<RunRecord>& runs, const QString& folder, const ChartExportSettings& settings,
                             QStringList* written)
{
    if (!QDir().mkpath(folder))
        return ChartExport::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
    const QDir dir(folder);
    QSet<QString> used;
    QStringList errors;
    for (const auto& run : runs) {
        // Two runs may share name, station and variable: number the later ones rather than overwrite.
        const QString name = chartFileName(run, settings);
        const QString stem = QFileInfo(name).completeBaseName();
        QString unique = name;
        for (int n = 2; used.contains(unique.toLower()); ++n)
            unique = stem + QStringLiteral("_%1.").arg(n) + chartFormatSuffix(settings.format);
        used.insert(unique.toLower());
        const QString path = dir.filePath(unique);
        if (const QString error = exportForecastChart(run, path, settings); !error.isEmpty())
            errors << error;
        else if (written)
            written->append(path);
    }
    return errors.join(QLatin1Char('\n'));
}

}  // namespace mcui
