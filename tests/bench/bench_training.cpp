// SPDX-License-Identifier: GPL-3.0-or-later
// bench_training: training seconds per epoch of MarineCast (mc::fit, with its fused LSTM and with
// LibTorch's torch::nn::LSTM) against the same model, data and loop in PyTorch
// (tests/bench/bench_training_pytorch.py, run with /usr/bin/python3), side by side in one run. Each
// repetition trains a fresh model for --epochs epochs and counts the mean of the epochs after the
// first; repetitions alternate fused, torch, Python, fused, … after one discarded warm-up round,
// and the table reports medians. Then single-forecast latency (one window in, one forecast out;
// median of --infer-calls calls) for the stateless configurations, and the test RMSE of full
// preset runs (mc::runExperiment) on each path. Not a test (timings depend on the machine):
//   build/tests/bench_training [--threads 1,2] [--reps 5] [--configs current,original] [--json FILE]
//                              [--omp-wait default|passive|active]
#include "csv_import.h"
#include "experiment.h"
#include "forecaster.h"
#include "model_registry.h"
#include "run_config.h"
#include "trainer.h"
#include "window_builder.h"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Options {
    std::string data = std::string(MARINECAST_SOURCE_DIR) + "/../shared/data/nerrs-swmp-gtm-daily/daily/gtmpiwq_daily.csv";
    std::string target = "temp_mean";
    std::vector<std::string> configs{"current", "original"};
    std::vector<int> threads{1};
    int reps = 5;
    int epochs = 4;
    std::string python = "/usr/bin/python3";
    std::string script = std::string(MARINECAST_SOURCE_DIR) + "/tests/bench/bench_training_pytorch.py";
    std::string json = std::string(MC_BENCH_BUILD_DIR) + "/bench_training.json";
    bool withPython = true;
    bool withTorchPath = true;  ///< MarineCast on torch::nn::LSTM too
    int inferCalls = 2000;
    bool rmse = true;
    int rmseEpochs = 0;  ///< 0: the preset's own
};

const char* const kImpls[] = {"fused", "torch"};

std::vector<std::string> splitComma(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }  // paths here hold no quote

struct Prepared {
    mc::RunConfig config;
    mc::PreparedData data;
    std::size_t windows = 0;  ///< training samples per epoch: windows, or streams × steps when stateful
};

bool prepare(const Options& opt, const std::string& preset, const mc::Dataset& dataset, Prepared& out)
{
    mc::RunConfig& c = out.config;
    c.dataPaths = {opt.data};
    c.target = opt.target;
    c.preset = preset;
    const mc::Preset* p = mc::findPreset(preset);
    if (!p) {
        std::fprintf(stderr, "unknown preset %s\n", preset.c_str());
        return false;
    }
    mc::applyPreset(c, *p);
    // No validation split: every training window is trained on, and no validation pass is timed.
    c.valFraction = 0;
    c.params.set("device", std::string("cpu"));
    c.params.set("epochs", std::int64_t{opt.epochs});
    c.params.set("early-stop", std::int64_t{0});
    const auto prep = mc::prepareWindows(dataset, c);
    if (!prep.ok()) {
        std::fprintf(stderr, "%s\n", mc::describe(prep.error).c_str());
        return false;
    }
    out.data = prep.data;
    if (c.params.getBool("stateful")) {
        const auto origins = static_cast<std::size_t>(std::count(out.data.gridRange.begin(), out.data.gridRange.end(), 0));
        const auto streams = static_cast<std::size_t>(c.params.getInt("batch"));
        out.windows = origins / streams * streams;
    } else {
        out.windows = out.data.train.count;
    }
    return true;
}

/// Seconds per epoch, as the mean of the epochs after the first: wall clock, and CPU time of the
/// whole process (every thread). On a shared machine the CPU time is the steadier of the two.
struct Timing {
    double wall = -1, cpu = -1;
};

double processCpuSeconds()
{
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/// Trains once; wall < 0 on failure. @p model receives the trained forecaster when given.
Timing runCpp(Prepared& prep, int threads, const std::string& impl, std::shared_ptr<const mc::Forecaster>* model = nullptr)
{
    prep.config.params.set("threads", std::int64_t{threads});
    prep.config.params.set("lstm-impl", impl);
    std::vector<double> elapsed, cpu;
    mc::StopToken stop;
    const auto result = mc::fit(prep.config, prep.data, stop, [&](const mc::EpochProgress& ep) {
        elapsed.push_back(ep.elapsedSeconds);
        cpu.push_back(processCpuSeconds());
    });
    if (!result.ok() || elapsed.size() < 2) {
        std::fprintf(stderr, "MarineCast training failed: %s\n", result.detail.c_str());
        return {};
    }
    if (model)
        *model = result.model;
    // elapsedSeconds counts from the start of fit: differences are the epochs themselves.
    const double n = double(elapsed.size() - 1);
    return {(elapsed.back() - elapsed.front()) / n, (cpu.back() - cpu.front()) / n};
}

double jsonNumber(const std::string& text, const std::string& key)
{
    const auto at = text.find("\"" + key + "\":");
    return at == std::string::npos ? -1 : std::strtod(text.c_str() + at + key.size() + 3, nullptr);
}

/// Runs the Python reference once; returns its JSON line, empty on failure.
std::string runPythonRaw(const Options& opt, const std::string& preset, int threads, const std::string& extra)
{
    // OpenBLAS under PyTorch is pinned to one thread, as MarineCast's trainer pins it, so both
    // sides parallelise only through torch's own intra-op threads.
    // Python runs under the same OpenMP wait policy as this process (see --omp-wait).
    const char* wait = std::getenv("OMP_WAIT_POLICY");
    const std::string policy = wait ? "OMP_WAIT_POLICY=" + std::string(wait) + " " : std::string("env -u OMP_WAIT_POLICY ");
    const std::string cmd = "OPENBLAS_NUM_THREADS=1 " + policy + quoted(opt.python) + " " + quoted(opt.script)
        + " --data " + quoted(opt.data) + " --target " + quoted(opt.target) + " --config " + preset + " --threads "
        + std::to_string(threads) + " --epochs " + std::to_string(opt.epochs) + extra;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe)
        return {};
    std::string out;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, pipe))
        out += buf;
    if (::pclose(pipe) != 0) {
        std::fprintf(stderr, "python failed: %s\n%s\n", cmd.c_str(), out.c_str());
        return {};
    }
    return out;
}

/// Runs the Python reference once; wall < 0 on failure.
Timing runPython(const Options& opt, const std::string& preset, int threads, std::size_t expectWindows)
{
    const std::string out = runPythonRaw(opt, preset, threads, "");
    if (out.empty())
        return {};
    const auto windows = static_cast<std::size_t>(jsonNumber(out, "windows"));
    if (windows != expectWindows)
        std::fprintf(stderr, "warning: python trains %zu windows per epoch, MarineCast %zu\n", windows, expectWindows);
    return {jsonNumber(out, "seconds_per_epoch"), jsonNumber(out, "cpu_seconds_per_epoch")};
}

struct Row {
    std::string config;
    int threads = 0;
    std::size_t windows = 0;
    std::vector<double> fused, torch, py;           // wall seconds per epoch
    std::vector<double> fusedCpu, torchCpu, pyCpu;  // CPU seconds per epoch
};

struct Latency {
    std::string config;
    double fusedUs = 0, torchUs = 0, pyUs = 0;
};

struct RmseCheck {
    std::string config;
    int epochs = 0;
    double fused = 0, torch = 0;
};

std::string numbers(const std::vector<double>& v)
{
    std::string s = "[";
    char buf[32];
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%s%.6f", i ? ", " : "", v[i]);
        s += buf;
    }
    return s + "]";
}

/// The first test window alone, as a forecast request from the GUI would be.
mc::WindowSet oneWindow(const mc::PreparedData& data)
{
    const mc::WindowSet& all = data.test.count > 0 ? data.test : data.train;
    mc::WindowSet w;
    w.count = 1;
    w.lookback = all.lookback;
    w.features = all.features;
    w.horizon = all.horizon;
    const auto xn = std::size_t(all.lookback) * std::size_t(all.features);
    w.x.assign(all.x.begin(), all.x.begin() + std::ptrdiff_t(xn));
    w.y.assign(all.y.begin(), all.y.begin() + all.horizon);
    w.lastScaled = {all.lastScaled.front()};
    w.lastObserved = {all.lastObserved.front()};
    return w;
}

/// Median microseconds of one Forecaster::predict on one window, calls interleaved in blocks of
/// 50 between @p a and @p b to share any drift in machine load.
std::pair<double, double> forecastLatency(const mc::Forecaster& a, const mc::Forecaster& b, const mc::PreparedData& data,
                                          int calls)
{
    using Clock = std::chrono::steady_clock;
    const auto w = oneWindow(data);
    std::vector<double> ta, tb;
    double sink = 0;
    for (int warm = 0; warm < 20; ++warm)
        sink += a.predict(w, data)[0] + b.predict(w, data)[0];
    for (int done = 0; done < calls; done += 50)
        for (auto [model, times] : {std::pair{&a, &ta}, std::pair{&b, &tb}})
            for (int k = 0; k < 50; ++k) {
                const auto t0 = Clock::now();
                sink += model->predict(w, data)[0];
                times->push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
            }
    if (!std::isfinite(sink))
        std::fprintf(stderr, "warning: non-finite forecast\n");
    return {median(ta), median(tb)};
}

double testRmse(const Options& opt, const std::string& preset, const mc::Dataset& dataset, const std::string& impl,
                int& epochs)
{
    mc::RunConfig c;
    c.dataPaths = {opt.data};
    c.target = opt.target;
    c.preset = preset;
    mc::applyPreset(c, *mc::findPreset(preset));
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.set("lstm-impl", impl);
    if (opt.rmseEpochs > 0)
        c.params.set("epochs", std::int64_t{opt.rmseEpochs});
    epochs = int(c.params.getInt("epochs"));
    mc::StopToken stop;
    const auto r = mc::runExperiment(c, stop, {}, &dataset);
    if (!r.ok()) {
        std::fprintf(stderr, "%s run failed: %s\n", impl.c_str(), r.error.c_str());
        return -1;
    }
    return r.model.pooled.rmse;
}

double loadAverage()
{
    double load = -1;
    if (FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = -1;
        std::fclose(f);
    }
    return load;
}

}  // namespace

int main(int argc, char** argv)
{
    // OpenMP reads OMP_WAIT_POLICY once, when the runtime loads: set it, then start over. The
    // policy decides how fast a sleeping worker joins the next parallel region, which the fused
    // LSTM's batch split pays twice per batch: passive sleeps at once, active spins (and keeps
    // spinning in this process while Python runs: avoid), "default" (the default here) leaves
    // libgomp's own choice, spin a while then sleep, as a user gets it. Python runs under the same.
    std::string wait = "default";
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--omp-wait")
            wait = argv[i + 1];
    if (wait != "passive" && wait != "active" && wait != "default") {
        std::fprintf(stderr, "--omp-wait takes passive, active or default\n");
        return 2;
    }
    if (!std::getenv("MC_BENCH_OMP_SET")) {
        ::setenv("MC_BENCH_OMP_SET", wait.c_str(), 1);
        if (wait == "default")
            ::unsetenv("OMP_WAIT_POLICY");
        else
            ::setenv("OMP_WAIT_POLICY", wait == "active" ? "ACTIVE" : "PASSIVE", 1);
        ::execv("/proc/self/exe", argv);
    }
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--data")
            opt.data = next();
        else if (a == "--target")
            opt.target = next();
        else if (a == "--configs")
            opt.configs = splitComma(next());
        else if (a == "--threads") {
            opt.threads.clear();
            for (const auto& t : splitComma(next()))
                opt.threads.push_back(std::max(1, std::atoi(t.c_str())));
        } else if (a == "--reps")
            opt.reps = std::max(1, std::atoi(next().c_str()));
        else if (a == "--epochs")
            opt.epochs = std::max(2, std::atoi(next().c_str()));
        else if (a == "--python")
            opt.python = next();
        else if (a == "--script")
            opt.script = next();
        else if (a == "--json")
            opt.json = next();
        else if (a == "--no-python")
            opt.withPython = false;
        else if (a == "--fused-only")
            opt.withTorchPath = false;
        else if (a == "--infer-calls")
            opt.inferCalls = std::max(0, std::atoi(next().c_str()));
        else if (a == "--omp-wait")
            next();  // handled before the restart above
        else if (a == "--no-rmse")
            opt.rmse = false;
        else if (a == "--rmse-epochs")
            opt.rmseEpochs = std::max(1, std::atoi(next().c_str()));
        else {
            std::fprintf(stderr,
                         "usage: %s [--data CSV] [--target VAR] [--configs current,original] [--threads 1,2] [--reps N]\n"
                         "          [--epochs N] [--python EXE] [--script PY] [--json FILE] [--no-python]\n"
                         "          [--fused-only] [--infer-calls N] [--no-rmse] [--rmse-epochs N]\n"
                         "          [--omp-wait passive|active|default]\n",
                         argv[0]);
            return a == "--help" ? 0 : 2;
        }
    }

    const auto imported = mc::importCsv({opt.data});
    if (!imported.ok()) {
        std::fprintf(stderr, "%s\n", mc::describe(imported.error).c_str());
        return 1;
    }
    const double loadBefore = loadAverage();
    std::vector<Row> rows;
    std::vector<Latency> latencies;
    for (const auto& preset : opt.configs) {
        Prepared prep;
        if (!prepare(opt, preset, imported.dataset, prep))
            return 1;
        std::fprintf(stderr, "%s: %zu training windows per epoch\n", preset.c_str(), prep.windows);
        std::shared_ptr<const mc::Forecaster> models[2];
        for (int threads : opt.threads) {
            Row row{preset, threads, prep.windows, {}, {}, {}, {}, {}, {}};
            // Repetition 0 is the warm-up (page cache, allocator, Python's imports): discarded.
            for (int rep = 0; rep <= opt.reps; ++rep) {
                const Timing f = runCpp(prep, threads, kImpls[0], &models[0]);
                const Timing t = opt.withTorchPath ? runCpp(prep, threads, kImpls[1], &models[1]) : Timing{0, 0};
                const Timing p = opt.withPython ? runPython(opt, preset, threads, prep.windows) : Timing{0, 0};
                if (f.wall < 0 || t.wall < 0 || p.wall < 0)
                    return 1;
                if (rep > 0) {
                    row.fused.push_back(f.wall);
                    row.torch.push_back(t.wall);
                    row.py.push_back(p.wall);
                    row.fusedCpu.push_back(f.cpu);
                    row.torchCpu.push_back(t.cpu);
                    row.pyCpu.push_back(p.cpu);
                }
                std::fprintf(stderr,
                             "  %s threads %d rep %d: fused %.4f, torch %.4f, PyTorch %.4f s/epoch (CPU %.4f, %.4f, %.4f)\n",
                             preset.c_str(), threads, rep, f.wall, t.wall, p.wall, f.cpu, t.cpu, p.cpu);
            }
            rows.push_back(row);
        }
        // Forecasting one window: stateless models only (a stateful one runs through its whole grid).
        if (opt.inferCalls > 0 && opt.withTorchPath && !prep.config.params.getBool("stateful")) {
            Latency lat{preset};
            std::tie(lat.fusedUs, lat.torchUs) = forecastLatency(*models[0], *models[1], prep.data, opt.inferCalls);
            if (opt.withPython) {
                const auto out = runPythonRaw(opt, preset, 1, " --infer " + std::to_string(opt.inferCalls));
                lat.pyUs = out.empty() ? -1 : jsonNumber(out, "infer_median_us");
            }
            latencies.push_back(lat);
        }
    }
    const double loadAfter = loadAverage();

    std::vector<RmseCheck> rmses;
    if (opt.rmse)
        for (const auto& preset : opt.configs) {
            RmseCheck r{preset};
            r.fused = testRmse(opt, preset, imported.dataset, "fused", r.epochs);
            r.torch = opt.withTorchPath ? testRmse(opt, preset, imported.dataset, "torch", r.epochs) : 0.0;
            rmses.push_back(r);
        }

    // PyTorch at its best thread count per configuration: the ratios are against that.
    auto bestPy = [&](const std::string& config) {
        double best = 0;
        for (const auto& r : rows)
            if (r.config == config && (best == 0 || median(r.py) < best))
                best = median(r.py);
        return best;
    };
    const char* waitPolicy = std::getenv("OMP_WAIT_POLICY");
    std::printf("load average %.2f before, %.2f after; OpenBLAS 1 thread on every side; OMP_WAIT_POLICY %s\n", loadBefore,
                loadAfter, waitPolicy ? waitPolicy : "unset (libgomp's default)");
    std::printf("%-9s %7s %8s %10s %10s %10s %9s %9s %9s %9s %9s %9s\n", "config", "threads", "windows", "fused s/ep",
                "torch s/ep", "PT s/ep", "PT/fused", "PT/torch", "bestPT/f", "fused w/s", "torch w/s", "PT w/s");
    std::ostringstream json;
    json << "{\n  \"data\": \"" << opt.data << "\",\n  \"target\": \"" << opt.target << "\",\n  \"epochs_per_rep\": "
         << opt.epochs << ",\n  \"reps\": " << opt.reps << ",\n  \"omp_wait_policy\": \"" << (waitPolicy ? waitPolicy : "default")
         << "\",\n  \"openblas_num_threads\": 1,\n  \"load_average_before\": " << loadBefore
         << ",\n  \"load_average_after\": " << loadAfter << ",\n  \"libtorch\": \"" << mc::torchVersion()
         << "\",\n  \"results\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const double f = median(r.fused), t = median(r.torch), pt = median(r.py), best = bestPy(r.config);
        const auto perSecond = [&](double s) { return s > 0 ? double(r.windows) / s : 0.0; };
        std::printf("%-9s %7d %8zu %10.4f %10.4f %10.4f %9.2f %9.2f %9.2f %9.0f %9.0f %9.0f\n", r.config.c_str(),
                    r.threads, r.windows, f, t, pt, f > 0 ? pt / f : 0, t > 0 ? pt / t : 0, f > 0 ? best / f : 0,
                    perSecond(f), perSecond(t), perSecond(pt));
        json << (i ? "," : "") << "\n    {\"config\": \"" << r.config << "\", \"threads\": " << r.threads
             << ", \"windows\": " << r.windows << ", \"fused_s_per_epoch\": " << f << ", \"torch_s_per_epoch\": " << t
             << ", \"pytorch_s_per_epoch\": " << pt << ", \"ratio_pytorch_over_fused\": " << (f > 0 ? pt / f : 0)
             << ", \"ratio_pytorch_over_torch\": " << (t > 0 ? pt / t : 0)
             << ", \"ratio_best_pytorch_over_fused\": " << (f > 0 ? best / f : 0)
             << ", \"fused_windows_per_s\": " << perSecond(f) << ", \"torch_windows_per_s\": " << perSecond(t)
             << ", \"pytorch_windows_per_s\": " << perSecond(pt) << ", \"fused_reps\": " << numbers(r.fused)
             << ", \"torch_reps\": " << numbers(r.torch) << ", \"pytorch_reps\": " << numbers(r.py) << "}";
    }
    std::printf("\nCPU seconds per epoch (process CPU time, all threads: what other load on the machine disturbs least)\n"
                "%-9s %7s %10s %10s %10s %9s %9s\n", "config", "threads", "fused", "torch", "PyTorch", "PT/fused", "PT/torch");
    json << "\n  ],\n  \"cpu_seconds_per_epoch\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const double f = median(r.fusedCpu), t = median(r.torchCpu), pt = median(r.pyCpu);
        std::printf("%-9s %7d %10.4f %10.4f %10.4f %9.2f %9.2f\n", r.config.c_str(), r.threads, f, t, pt,
                    f > 0 ? pt / f : 0, t > 0 ? pt / t : 0);
        json << (i ? "," : "") << "\n    {\"config\": \"" << r.config << "\", \"threads\": " << r.threads
             << ", \"fused\": " << f << ", \"torch\": " << t << ", \"pytorch\": " << pt
             << ", \"fused_reps\": " << numbers(r.fusedCpu) << ", \"torch_reps\": " << numbers(r.torchCpu)
             << ", \"pytorch_reps\": " << numbers(r.pyCpu) << "}";
    }
    json << "\n  ],\n  \"forecast_latency_us\": [";
    if (!latencies.empty())
        std::printf("\nsingle forecast (one window, median of %d calls): µs\n%-9s %10s %10s %10s %9s\n", opt.inferCalls,
                    "config", "fused", "torch", "PyTorch", "PT/fused");
    for (std::size_t i = 0; i < latencies.size(); ++i) {
        const Latency& l = latencies[i];
        std::printf("%-9s %10.1f %10.1f %10.1f %9.2f\n", l.config.c_str(), l.fusedUs, l.torchUs, l.pyUs,
                    l.fusedUs > 0 ? l.pyUs / l.fusedUs : 0);
        json << (i ? "," : "") << "\n    {\"config\": \"" << l.config << "\", \"fused\": " << l.fusedUs
             << ", \"torch\": " << l.torchUs << ", \"pytorch\": " << l.pyUs << "}";
    }
    json << "\n  ],\n  \"test_rmse\": [";
    if (!rmses.empty())
        std::printf("\ntest RMSE after full preset runs (validation split, early stopping as the preset has them)\n"
                    "%-9s %7s %10s %10s %9s\n", "config", "epochs", "fused", "torch", "diff %");
    for (std::size_t i = 0; i < rmses.size(); ++i) {
        const RmseCheck& r = rmses[i];
        const double pct = r.torch > 0 ? 100.0 * (r.fused - r.torch) / r.torch : 0;
        std::printf("%-9s %7d %10.4f %10.4f %9.2f\n", r.config.c_str(), r.epochs, r.fused, r.torch, pct);
        json << (i ? "," : "") << "\n    {\"config\": \"" << r.config << "\", \"epochs\": " << r.epochs
             << ", \"fused\": " << r.fused << ", \"torch\": " << r.torch << ", \"diff_percent\": " << pct << "}";
    }
    json << "\n  ]\n}\n";
    std::ofstream(opt.json) << json.str();
    std::fprintf(stderr, "wrote %s\n", opt.json.c_str());
    return 0;
}
