// SPDX-License-Identifier: GPL-3.0-or-later
// bench_training: training seconds per epoch of MarineCast (mc::fit) against the same model, data
// and loop in PyTorch (tests/bench/bench_training_pytorch.py, run with /usr/bin/python3), side by
// side in one run. Each repetition trains a fresh model for --epochs epochs and counts the mean of
// the epochs after the first; repetitions alternate C++, Python, C++, … after one discarded
// warm-up pair, and the table reports medians. Not a test (timings depend on the machine):
//   build/tests/bench_training [--threads 1,2] [--reps 5] [--configs current,original] [--json FILE]
#include "csv_import.h"
#include "model_registry.h"
#include "run_config.h"
#include "trainer.h"
#include "window_builder.h"

#include <unistd.h>

#include <algorithm>
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
};

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

/// Mean seconds of the epochs after the first; negative on failure.
double runCpp(Prepared& prep, int threads)
{
    prep.config.params.set("threads", std::int64_t{threads});
    std::vector<double> elapsed;
    mc::StopToken stop;
    const auto result = mc::fit(prep.config, prep.data, stop, [&](const mc::EpochProgress& ep) { elapsed.push_back(ep.elapsedSeconds); });
    if (!result.ok() || elapsed.size() < 2) {
        std::fprintf(stderr, "MarineCast training failed: %s\n", result.detail.c_str());
        return -1;
    }
    // elapsedSeconds counts from the start of fit: differences are the epochs themselves.
    return (elapsed.back() - elapsed.front()) / double(elapsed.size() - 1);
}

double jsonNumber(const std::string& text, const std::string& key)
{
    const auto at = text.find("\"" + key + "\":");
    return at == std::string::npos ? -1 : std::strtod(text.c_str() + at + key.size() + 3, nullptr);
}

/// Runs the Python reference once; returns its seconds per epoch, negative on failure.
double runPython(const Options& opt, const std::string& preset, int threads, std::size_t expectWindows)
{
    // OpenBLAS under PyTorch is pinned to one thread, as MarineCast's trainer pins it, so both
    // sides parallelise only through torch's own intra-op threads.
    const std::string cmd = "OPENBLAS_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE " + quoted(opt.python) + " " + quoted(opt.script)
        + " --data " + quoted(opt.data) + " --target " + quoted(opt.target) + " --config " + preset + " --threads "
        + std::to_string(threads) + " --epochs " + std::to_string(opt.epochs);
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe)
        return -1;
    std::string out;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, pipe))
        out += buf;
    if (::pclose(pipe) != 0) {
        std::fprintf(stderr, "python failed: %s\n%s\n", cmd.c_str(), out.c_str());
        return -1;
    }
    const auto windows = static_cast<std::size_t>(jsonNumber(out, "windows"));
    if (windows != expectWindows)
        std::fprintf(stderr, "warning: python trains %zu windows per epoch, MarineCast %zu\n", windows, expectWindows);
    return jsonNumber(out, "seconds_per_epoch");
}

struct Row {
    std::string config;
    int threads = 0;
    std::size_t windows = 0;
    std::vector<double> cpp, py;
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

}  // namespace

int main(int argc, char** argv)
{
    // OpenMP reads OMP_WAIT_POLICY once, when the runtime loads: set it, then start over, so
    // idle LibTorch workers sleep instead of spinning (as the Python side is told to).
    if (!std::getenv("OMP_WAIT_POLICY")) {
        ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
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
        else {
            std::fprintf(stderr,
                         "usage: %s [--data CSV] [--target VAR] [--configs current,original] [--threads 1,2] [--reps N]\n"
                         "          [--epochs N] [--python EXE] [--script PY] [--json FILE] [--no-python]\n",
                         argv[0]);
            return a == "--help" ? 0 : 2;
        }
    }

    const auto imported = mc::importCsv({opt.data});
    if (!imported.ok()) {
        std::fprintf(stderr, "%s\n", mc::describe(imported.error).c_str());
        return 1;
    }
    std::vector<Row> rows;
    for (const auto& preset : opt.configs) {
        Prepared prep;
        if (!prepare(opt, preset, imported.dataset, prep))
            return 1;
        std::fprintf(stderr, "%s: %zu training windows per epoch\n", preset.c_str(), prep.windows);
        for (int threads : opt.threads) {
            Row row{preset, threads, prep.windows, {}, {}};
            // Repetition 0 is the warm-up (page cache, allocator, Python's imports): discarded.
            for (int rep = 0; rep <= opt.reps; ++rep) {
                const double c = runCpp(prep, threads);
                const double p = opt.withPython ? runPython(opt, preset, threads, prep.windows) : 0.0;
                if (c < 0 || p < 0)
                    return 1;
                if (rep > 0) {
                    row.cpp.push_back(c);
                    row.py.push_back(p);
                }
                std::fprintf(stderr, "  %s threads %d rep %d: MarineCast %.4f s/epoch, PyTorch %.4f s/epoch\n",
                             preset.c_str(), threads, rep, c, p);
            }
            rows.push_back(row);
        }
    }

    std::printf("%-9s %7s %8s %12s %12s %8s %12s %12s\n", "config", "threads", "windows", "MC s/epoch", "PT s/epoch",
                "PT/MC", "MC win/s", "PT win/s");
    std::ostringstream json;
    json << "{\n  \"data\": \"" << opt.data << "\",\n  \"target\": \"" << opt.target << "\",\n  \"epochs_per_rep\": "
         << opt.epochs << ",\n  \"reps\": " << opt.reps << ",\n  \"omp_wait_policy\": \"" << std::getenv("OMP_WAIT_POLICY")
         << "\",\n  \"libtorch\": \"" << mc::torchVersion() << "\",\n  \"results\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const double mc = median(r.cpp), pt = median(r.py);
        const double ratio = mc > 0 ? pt / mc : 0;
        std::printf("%-9s %7d %8zu %12.4f %12.4f %8.2f %12.0f %12.0f\n", r.config.c_str(), r.threads, r.windows, mc, pt,
                    ratio, mc > 0 ? double(r.windows) / mc : 0, pt > 0 ? double(r.windows) / pt : 0);
        json << (i ? "," : "") << "\n    {\"config\": \"" << r.config << "\", \"threads\": " << r.threads
             << ", \"windows\": " << r.windows << ", \"marinecast_s_per_epoch\": " << mc
             << ", \"pytorch_s_per_epoch\": " << pt << ", \"ratio_pytorch_over_marinecast\": " << ratio
             << ", \"marinecast_windows_per_s\": " << (mc > 0 ? double(r.windows) / mc : 0)
             << ", \"pytorch_windows_per_s\": " << (pt > 0 ? double(r.windows) / pt : 0)
             << ", \"marinecast_reps\": " << numbers(r.cpp) << ", \"pytorch_reps\": " << numbers(r.py) << "}";
    }
    json << "\n  ]\n}\n";
    std::ofstream(opt.json) << json.str();
    std::fprintf(stderr, "wrote %s\n", opt.json.c_str());
    return 0;
}
