// SPDX-License-Identifier: GPL-3.0-or-later
// bench_event_loop: how late the GUI thread's event loop runs while a TrainingJob trains the
// sample data. A 10 ms timer records its actual intervals; lateness = interval - 10 ms.
// Not a test (timings depend on the machine); run it by hand:
//   QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=PASSIVE build/tests/bench_event_loop [epochs]
#include "csv_import.h"
#include "experiment.h"
#include "main_window.h"
#include "training_job.h"
#include "training_panel.h"
#include "training_status_widget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

constexpr int kIntervalMs = 10;

struct Lateness {
    std::size_t samples = 0;
    double p50 = 0, p95 = 0, max = 0;
};

/// Runs the event loop until @p done is emitted (or @p idleMs passes when no job runs),
/// sampling a 10 ms timer's lateness.
class Sampler {
public:
    void start()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_lateMs.push_back(double(now - m_last) / 1e6 - kIntervalMs);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    Lateness stop()
    {
        m_timer.stop();
        Lateness l;
        l.samples = m_lateMs.size();
        if (m_lateMs.empty())
            return l;
        std::sort(m_lateMs.begin(), m_lateMs.end());
        const auto at = [&](double q) { return m_lateMs[std::min(m_lateMs.size() - 1, std::size_t(q * double(m_lateMs.size())))]; };
        l.p50 = std::max(0.0, at(0.5));
        l.p95 = std::max(0.0, at(0.95));
        l.max = std::max(0.0, m_lateMs.back());
        return l;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_lateMs;
};

/// The reference model (hidden 32, lookback 30) by default; @p fast makes epochs of a few
/// milliseconds, so progress signals arrive as often as they ever will.
mc::RunConfig benchConfig(int epochs, bool fast)
{
    mc::RunConfig c;
    c.station = "station1";
    c.target = "water_temp";
    c.params.set("epochs", std::int64_t{epochs});
    c.params.set("threads", std::int64_t{1});
    c.params.set("device", std::string("cpu"));
    if (fast) {
        c.params.set("hidden", std::int64_t{8});
        c.params.set("lookback", std::int64_t{7});
    }
    return c;
}

struct Row {
    const char* scenario;
    Lateness lateness;
    double seconds;
    int epochs;
};

Row runScenario(const char* name, bool withPanel, int epochs, bool fast, const std::shared_ptr<const mc::Dataset>& data)
{
    mcui::TrainingJob job;
    std::unique_ptr<mcui::TrainingPanel> panel;
    std::unique_ptr<mcui::TrainingStatusWidget> status;
    if (withPanel) {
        panel = std::make_unique<mcui::TrainingPanel>();
        panel->resize(900, 600);
        panel->show();
        status = std::make_unique<mcui::TrainingStatusWidget>();
        status->show();
        QObject::connect(&job, &mcui::TrainingJob::started, panel.get(),
                         [&](int n) { panel->runStarted(QStringLiteral("bench"), n); status->runStarted(n); });
        QObject::connect(&job, &mcui::TrainingJob::epochFinished, panel.get(), [&](const mcui::EpochInfo& e) {
            panel->addEpoch(e);
            status->addEpoch(e);
        });
        QObject::connect(&job, &mcui::TrainingJob::finished, panel.get(), [&](const mcui::RunResultPtr& r) {
            panel->runFinished(r);
            status->runFinished(r);
        });
    }
    int seen = 0;
    QObject::connect(&job, &mcui::TrainingJob::epochFinished, [&](const mcui::EpochInfo& e) { seen = e.epoch; });
    QEventLoop loop;
    QObject::connect(&job, &mcui::TrainingJob::runningChanged, &loop, [&](bool running) {
        if (!running)
            loop.quit();
    });
    QObject::connect(&job, &mcui::TrainingJob::failed, [](const QString& m) { std::fprintf(stderr, "failed: %s\n", qPrintable(m)); });

    Sampler sampler;
    QElapsedTimer wall;
    wall.start();
    sampler.start();
    if (epochs > 0) {
        if (!job.start(benchConfig(epochs, fast), data))
            std::fprintf(stderr, "could not start\n");
    } else {
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    }
    loop.exec();
    return {name, sampler.stop(), double(wall.elapsed()) / 1000.0, seen};
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int epochs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const QString path = mcui::MainWindow::samplePath();
    auto imported = mc::importCsv({QFile::encodeName(path).toStdString()});
    if (!imported.ok()) {
        std::fprintf(stderr, "cannot read the sample data: %s\n", imported.error.detail.c_str());
        return 1;
    }
    const auto data = std::make_shared<const mc::Dataset>(std::move(imported.dataset));

    std::vector<Row> rows;
    rows.push_back(runScenario("idle, no training (3 s)", false, 0, false, data));
    rows.push_back(runScenario("training, job only", false, epochs, false, data));
    rows.push_back(runScenario("training + panel + status", true, epochs, false, data));
    rows.push_back(runScenario("fast epochs + panel + status", true, 10 * epochs, true, data));

    std::printf("GUI event-loop lateness of a %d ms timer while training the sample (station1/water_temp,\n"
                "batch 128, threads 1): hidden 32, lookback 30, %d epochs; fast: hidden 8, lookback 7, %d epochs\n\n",
                kIntervalMs, epochs, 10 * epochs);
    std::printf("%-28s %8s %7s %9s %9s %9s\n", "scenario", "samples", "epochs", "p50 [ms]", "p95 [ms]", "max [ms]");
    for (const auto& r : rows)
        std::printf("%-28s %8zu %7d %9.2f %9.2f %9.2f   (%.1f s)\n", r.scenario, r.lateness.samples, r.epochs,
                    r.lateness.p50, r.lateness.p95, r.lateness.max, r.seconds);
    return 0;
}
