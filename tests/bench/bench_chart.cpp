// SPDX-License-Identifier: GPL-3.0-or-later
// bench_chart: the Results tab's true-vs-predicted chart (mcui::ForecastView: observed and predicted
// above the error plot, QCustomPlot) at 10k, 100k and 1M points. For each size: the time of
// ForecastView::setChart (the data handed to both plots), the first draw, the full redraw of both
// plots (median of --reps after a warm-up), a wheel zoom and a pan (each until both plots have
// redrawn and painted), and how much the process's resident memory grew. Synthetic 15-minute series
// with a gap every 50,000 points. Uses the offscreen platform unless QT_QPA_PLATFORM says otherwise.
// Not a test (timings depend on the machine):
//   build/tests/bench_chart [--points 10000,100000,1000000] [--reps 7] [--size 1400x800]
//                           [--baselines] [--json FILE] [--png FILE]
#include "forecast_view.h"
#include "qcustomplot_include.h"

#include <malloc.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Options {
    std::vector<long> points{10000, 100000, 1000000};
    int reps = 7;
    int width = 1400, height = 800;
    bool baselines = false;
    std::string json = std::string(MC_BENCH_BUILD_DIR) + "/bench_chart.json";
    std::string png;  ///< when set, the largest chart as drawn on screen, to check what was timed
};

struct Row {
    long points = 0;
    double setMs = 0, firstDrawMs = 0, replotMs = 0, replotMinMs = 0, qcpMs = 0, zoomMs = 0, panMs = 0;
    double dataMb = 0, chartMb = 0;
};

double residentMb()
{
    long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

// Water temperature every 15 minutes: a seasonal and a daily cycle with noise; the prediction
// follows with its own error. One NaN row every 50,000 points, as forecastChartData marks a gap.
mcui::ForecastChartData makeData(long points)
{
    mcui::ForecastChartData d;
    d.title = QStringLiteral("water_temp (°C) at bench: observed vs predicted, step 1 ahead");
    d.valueLabel = QStringLiteral("water_temp (°C)");
    d.unit = QStringLiteral("°C");
    d.modelName = QStringLiteral("LSTM");
    d.dateOnly = false;
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double start = 1420070400.0;  // 2015-01-01
    const double step = 900.0;
    for (auto* v : {&d.time, &d.observed, &d.predicted, &d.persistence, &d.climatology})
        v->reserve(points);
    double previous = 20;
    for (long i = 0; i < points; ++i) {
        const double t = start + double(i) * step;
        if (i > 0 && i % 50000 == 0) {
            d.time.append(t - step / 2);
            for (auto* v : {&d.observed, &d.predicted, &d.persistence, &d.climatology})
                v->append(nan);
            continue;
        }
        const double days = (t - start) / 86400.0;
        const double climate = 20 + 6 * std::sin(2 * M_PI * days / 365.25);
        const double observed = climate + 1.5 * std::sin(2 * M_PI * days) + 0.8 * noise(rng);
        d.time.append(t);
        d.observed.append(observed);
        d.predicted.append(observed + 0.6 * noise(rng));
        d.persistence.append(previous);
        d.climatology.append(climate);
        previous = observed;
    }
    return d;
}

/// Processes events until both plots have redrawn at least once since @p before, then lets the
/// paint events that follow run too.
void flush(const std::vector<QCustomPlot*>& plots, std::vector<int>& counts, const std::vector<int>& before)
{
    QElapsedTimer guard;
    guard.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        bool all = true;
        for (std::size_t i = 0; i < plots.size(); ++i)
            all = all && counts[i] > before[i];
        if (all || guard.elapsed() > 10000)
            break;
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

Row measure(long points, const Options& o)
{
    Row row;
    row.points = points;
    malloc_trim(0);
    const double rss0 = residentMb();
    auto data = makeData(points);
    const double rss1 = residentMb();
    row.dataMb = rss1 - rss0;

    auto* view = new mcui::ForecastView;
    view->resize(o.width, o.height);
    view->show();
    QCoreApplication::processEvents();
    auto* plot = view->findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    auto* residual = view->findChild<QCustomPlot*>(QStringLiteral("residualPlot"));
    if (!plot || !residual) {
        std::fprintf(stderr, "ForecastView has no forecastPlot/residualPlot\n");
        std::exit(1);
    }
    const std::vector<QCustomPlot*> plots{plot, residual};
    std::vector<int> counts(2, 0);
    for (std::size_t i = 0; i < plots.size(); ++i)
        QObject::connect(plots[i], &QCustomPlot::afterReplot, [&counts, i] { ++counts[i]; });
    const double rssView = residentMb();

    QElapsedTimer clock;
    clock.start();
    view->setChart(data, {o.baselines, o.baselines}, false);
    row.setMs = double(clock.nsecsElapsed()) / 1e6;
    auto before = counts;
    clock.restart();
    flush(plots, counts, before);
    row.firstDrawMs = double(clock.nsecsElapsed()) / 1e6;
    row.chartMb = residentMb() - rssView;

    // Full redraw of both plots (every layer rendered again, then painted), as after a resize.
    std::vector<double> replots, qcp;
    for (int rep = 0; rep <= o.reps; ++rep) {
        clock.restart();
        for (auto* p : plots)
            p->replot(QCustomPlot::rpImmediateRefresh);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double inside = plot->replotTime() + residual->replotTime();
        QCoreApplication::processEvents();  // margin alignment may queue one more; not timed
        if (rep == 0)
            continue;
        replots.push_back(ms);
        qcp.push_back(inside);
    }
    row.replotMs = median(replots);
    row.replotMinMs = *std::min_element(replots.begin(), replots.end());
    row.qcpMs = median(qcp);

    // Wheel zoom at the centre of the forecast plot (in, then out), as a user scrolls; and a pan
    // of a fifth of the visible range, as dragging moves it. Both go through ForecastView's
    // range sync and value-axis fit, and end when both plots are painted.
    const QPointF centre = plot->axisRect()->center();
    std::vector<double> zooms, pans;
    for (int rep = 0; rep <= o.reps; ++rep) {
        const int delta = rep % 2 ? -120 : 120;
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        before = counts;
        clock.restart();
        QCoreApplication::sendEvent(plot, &wheel);
        flush(plots, counts, before);
        const double zoom = double(clock.nsecsElapsed()) / 1e6;

        const QCPRange r = plot->xAxis->range();
        const double shift = (rep % 2 ? -0.2 : 0.2) * r.size();
        before = counts;
        clock.restart();
        plot->xAxis->setRange(r.lower + shift, r.upper + shift);
        plot->replot(QCustomPlot::rpQueuedReplot);  // what QCPAxisRect does on a drag step
        flush(plots, counts, before);
        const double pan = double(clock.nsecsElapsed()) / 1e6;
        if (rep == 0)
            continue;
        zooms.push_back(zoom);
        pans.push_back(pan);
    }
    row.zoomMs = median(zooms);
    row.panMs = median(pans);
    if (!o.png.empty() && points == o.points.back())
        view->grab().save(QString::fromStdString(o.png));
    delete view;
    return row;
}

std::vector<long> parseList(const std::string& s)
{
    std::vector<long> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(std::atol(item.c_str()));
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool more = i + 1 < argc;
        if (a == "--points" && more)
            o.points = parseList(argv[++i]);
        else if (a == "--reps" && more)
            o.reps = std::max(1, std::atoi(argv[++i]));
        else if (a == "--size" && more)
            std::sscanf(argv[++i], "%dx%d", &o.width, &o.height);
        else if (a == "--baselines")
            o.baselines = true;
        else if (a == "--json" && more)
            o.json = argv[++i];
        else if (a == "--png" && more)
            o.png = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_chart [--points 10000,100000,1000000] [--reps N] [--size WxH] "
                                 "[--baselines] [--json FILE] [--png FILE]\n");
            return 2;
        }
    }
    QApplication app(argc, argv);

    std::vector<Row> rows;
    for (long n : o.points)
        rows.push_back(measure(n, o));

    std::printf("ForecastView (observed + predicted%s above the error plot), %dx%d, platform %s; "
                "medians of %d after a warm-up\n",
                o.baselines ? " + persistence + climatology" : "", o.width, o.height, qPrintable(app.platformName()),
                o.reps);
    std::printf("%9s %9s %10s %11s %10s %9s %9s %9s %9s %9s\n", "points", "set [ms]", "first [ms]", "replot [ms]",
                "(min)", "qcp [ms]", "zoom [ms]", "pan [ms]", "data [MB]", "chart[MB]");
    for (const auto& r : rows)
        std::printf("%9ld %9.1f %10.1f %11.1f %10.1f %9.1f %9.1f %9.1f %9.1f %9.1f\n", r.points, r.setMs, r.firstDrawMs,
                    r.replotMs, r.replotMinMs, r.qcpMs, r.zoomMs, r.panMs, r.dataMb, r.chartMb);
    const Row& big = rows.back();
    std::printf("target: redraw of %ld points < 100 ms: %.1f ms (%s)\n", big.points, big.replotMs,
                big.replotMs < 100 ? "met" : "MISSED");

    std::ostringstream json;
    json << "{\n  \"platform\": \"" << qPrintable(app.platformName()) << "\",\n  \"width\": " << o.width
         << ",\n  \"height\": " << o.height << ",\n  \"reps\": " << o.reps
         << ",\n  \"baselines\": " << (o.baselines ? "true" : "false") << ",\n  \"rows\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        json << (i ? "," : "") << "\n    {\"points\": " << r.points << ", \"set_ms\": " << r.setMs
             << ", \"first_draw_ms\": " << r.firstDrawMs << ", \"replot_ms\": " << r.replotMs
             << ", \"replot_min_ms\": " << r.replotMinMs << ", \"qcp_replot_ms\": " << r.qcpMs
             << ", \"zoom_ms\": " << r.zoomMs << ", \"pan_ms\": " << r.panMs << ", \"data_mb\": " << r.dataMb
             << ", \"chart_rss_mb\": " << r.chartMb << "}";
    }
    json << "\n  ],\n  \"target_replot_ms\": 100\n}\n";
    std::ofstream(o.json) << json.str();
    std::printf("JSON written to %s\n", o.json.c_str());
    return 0;
}
