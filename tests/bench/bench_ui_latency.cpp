// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ui_latency: how late the GUI thread's event loop runs while the real TrainingJob trains on
// its worker thread. A 10 ms precise timer on the GUI thread records its actual intervals;
// lateness = interval - 10 ms, reported as p50/p95/max per scenario: idle; the job alone; the job
// feeding the training panel's loss chart and the status widget each epoch; and the whole
// MainWindow (sample opened, Start pressed: Training tab charts per epoch, then the run list and the
// Results charts when the run ends). The model is the "current" preset (LSTM hidden 32, batch 128,
// lookback 30, horizon 3) on the bundled synthetic sample (station1, water_temp), threads as the app
// chooses them (0: all cores but one); "fast" runs hidden 8 / lookback 7 so that epochs take a few
// milliseconds and progress signals arrive as often as they ever will. Not a test (timings depend on
// the machine):
//   build/tests/bench_ui_latency [--epochs 150] [--json FILE]
#include "csv_import.h"
#include "data_tree_panel.h"
#include "experiment.h"
#include "main_window.h"
#include "model_panel.h"
#include "model_registry.h"
#include "run_config.h"
#include "training_job.h"
#include "training_panel.h"
#include "training_status_widget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int kIntervalMs = 10;
constexpr double kTargetP95Ms = 50;

struct Lateness {
    std::size_t samples = 0;
    double p50 = 0, p95 = 0, max = 0;
};

/// Samples a 10 ms timer's lateness on the GUI thread from start() to stop().
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

mc::RunConfig benchConfig(int epochs, bool fast)
{
    mc::RunConfig c;
    mc::applyPreset(c, *mc::findPreset("current"));
    c.dataPaths = {QFile::encodeName(mcui::MainWindow::samplePath()).toStdString()};
    c.station = "station1";
    c.target = "water_temp";
    c.params.set("epochs", std::int64_t{epochs});
    c.params.set("device", std::string("cpu"));
    c.params.set("seed", std::int64_t{7});
    if (fast) {
        c.params.set("hidden", std::int64_t{8});
        c.params.set("lookback", std::int64_t{7});
    }
    return c;
}

struct Row {
    std::string scenario;
    bool training = false;
    Lateness lateness;
    double seconds = 0;
    int epochs = 0;
};

/// Samples while @p begin starts the work, until @p job stops running (or for @p idleMs when
/// nothing is started).
Row sample(const std::string& name, mcui::TrainingJob* job, const std::function<bool()>& begin, int idleMs = 3000)
{
    int seen = 0;
    QEventLoop loop;
    std::vector<QMetaObject::Connection> links;
    if (job) {
        links.push_back(QObject::connect(job, &mcui::TrainingJob::epochFinished, [&](const mcui::EpochInfo& e) { seen = e.epoch; }));
        links.push_back(QObject::connect(job, &mcui::TrainingJob::runningChanged, &loop, [&](bool running) {
            if (!running)
                QTimer::singleShot(0, &loop, &QEventLoop::quit);  // after the other receivers of the end
        }));
        links.push_back(QObject::connect(job, &mcui::TrainingJob::failed,
                                         [](const QString& m) { std::fprintf(stderr, "failed: %s\n", qPrintable(m)); }));
    }
    Sampler sampler;
    QElapsedTimer wall;
    wall.start();
    sampler.start();
    if (!job) {
        QTimer::singleShot(idleMs, &loop, &QEventLoop::quit);
    } else if (!begin()) {
        std::fprintf(stderr, "%s: could not start\n", name.c_str());
        sampler.stop();
        return {name, true, {}, 0, 0};
    }
    loop.exec();
    for (const auto& c : links)
        QObject::disconnect(c);
    return {name, job != nullptr, sampler.stop(), double(wall.elapsed()) / 1000.0, seen};
}

Row panelScenario(const std::string& name, int epochs, bool fast, const std::shared_ptr<const mc::Dataset>& data)
{
    mcui::TrainingJob job;
    mcui::TrainingPanel panel;
    mcui::TrainingStatusWidget status;
    panel.resize(900, 600);
    panel.show();
    status.show();
    QObject::connect(&job, &mcui::TrainingJob::started, &panel, [&](int n) {
        panel.runStarted(QStringLiteral("bench"), n);
        status.runStarted(n);
    });
    QObject::connect(&job, &mcui::TrainingJob::epochFinished, &panel, [&](const mcui::EpochInfo& e) {
        panel.addEpoch(e);
        status.addEpoch(e);
    });
    QObject::connect(&job, &mcui::TrainingJob::finished, &panel, [&](const mcui::RunResultPtr& r) {
        panel.runFinished(r);
        status.runFinished(r);
    });
    return sample(name, &job, [&] { return job.start(benchConfig(epochs, fast), data); });
}

Row mainWindowScenario(mcui::MainWindow& w, const std::string& name, int epochs, bool fast)
{
    w.modelPanel()->setConfig(benchConfig(epochs, fast));
    return sample(name, w.job(), [&] { return w.startTraining(); });
}

std::string jsonEscape(const std::string& s)
{
    std::string out;
    for (char c : s)
        out += (c == '"' || c == '\\') ? std::string{'\\', c} : std::string{c};
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int epochs = 150;
    std::string jsonPath = std::string(MC_BENCH_BUILD_DIR) + "/bench_ui_latency.json";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--epochs" && i + 1 < argc)
            epochs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--json" && i + 1 < argc)
            jsonPath = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_ui_latency [--epochs N] [--json FILE]\n");
            return 2;
        }
    }
    // The main window keeps settings, presets and a recovery project: keep them out of the user's.
    QTemporaryDir home;
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, QFile::encodeName(home.path()));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui_latency"));

    auto imported = mc::importCsv({QFile::encodeName(mcui::MainWindow::samplePath()).toStdString()});
    if (!imported.ok()) {
        std::fprintf(stderr, "cannot read the sample data: %s\n", imported.error.detail.c_str());
        return 1;
    }
    const auto data = std::make_shared<const mc::Dataset>(std::move(imported.dataset));

    std::vector<Row> rows;
    rows.push_back(sample("idle, no window (3 s)", nullptr, {}));
    {
        mcui::TrainingJob job;
        rows.push_back(sample("training, job only", &job, [&] { return job.start(benchConfig(epochs, false), data); }));
    }
    rows.push_back(panelScenario("training + panel + status", epochs, false, data));
    {
        mcui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        if (!w.openData({mcui::MainWindow::samplePath()}))
            return 1;
        w.dataTreePanel()->selectVariable(QStringLiteral("station1"), QStringLiteral("water_temp"));
        rows.push_back(sample("MainWindow idle (3 s)", nullptr, {}));
        rows.push_back(mainWindowScenario(w, "MainWindow training", epochs, false));
        rows.push_back(mainWindowScenario(w, "MainWindow fast epochs", 10 * epochs, true));
    }

    std::printf("GUI event-loop lateness of a %d ms timer while training the sample (station1/water_temp) with the\n"
                "\"current\" preset (LSTM hidden 32, batch 128, lookback 30, horizon 3), %d epochs; fast: hidden 8,\n"
                "lookback 7, %d epochs; platform %s\n\n",
                kIntervalMs, epochs, 10 * epochs, qPrintable(app.platformName()));
    std::printf("%-28s %8s %7s %9s %9s %9s %8s\n", "scenario", "samples", "epochs", "p50 [ms]", "p95 [ms]", "max [ms]", "wall [s]");
    double worstTrainingP95 = 0;
    for (const auto& r : rows) {
        std::printf("%-28s %8zu %7d %9.2f %9.2f %9.2f %8.1f\n", r.scenario.c_str(), r.lateness.samples, r.epochs,
                    r.lateness.p50, r.lateness.p95, r.lateness.max, r.seconds);
        if (r.training)
            worstTrainingP95 = std::max(worstTrainingP95, r.lateness.p95);
    }
    std::printf("target: p95 lateness while training < %.0f ms: worst %.2f ms (%s)\n", kTargetP95Ms, worstTrainingP95,
                worstTrainingP95 < kTargetP95Ms ? "met" : "MISSED");

    std::ostringstream json;
    json << "{\n  \"interval_ms\": " << kIntervalMs << ",\n  \"epochs\": " << epochs << ",\n  \"platform\": \""
         << qPrintable(app.platformName()) << "\",\n  \"target_p95_ms\": " << kTargetP95Ms
         << ",\n  \"worst_training_p95_ms\": " << worstTrainingP95 << ",\n  \"scenarios\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        json << (i ? "," : "") << "\n    {\"scenario\": \"" << jsonEscape(r.scenario) << "\", \"training\": "
             << (r.training ? "true" : "false") << ", \"samples\": " << r.lateness.samples << ", \"epochs\": " << r.epochs
             << ", \"p50_ms\": " << r.lateness.p50 << ", \"p95_ms\": " << r.lateness.p95 << ", \"max_ms\": " << r.lateness.max
             << ", \"seconds\": " << r.seconds << "}";
    }
    json << "\n  ]\n}\n";
    std::ofstream(jsonPath) << json.str();
    std::printf("JSON written to %s\n", jsonPath.c_str());
    return 0;
}
