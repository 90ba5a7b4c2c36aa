// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import: MarineCast's CSV import against pandas.read_csv on the same generated file, side by
// side in one run. The file has 1,000,000 rows and 10 columns (station, ISO date-time, 8 values);
// each repetition runs mc::importCsv, then the pandas script (tests/bench/bench_import_pandas.py,
// which times read_csv itself, without Python's start-up); one warm-up pair is discarded and the
// table reports medians. Not a test (timings depend on the machine):
// --threads N sets ImportOptions::threads (0, the default: one per core, at most 4). The CPU column is
// the process's CPU seconds during the import, all threads together.
//   build/tests/bench_import [--rows 1000000] [--reps 5] [--threads N] [--json FILE] [--no-python]
#include "csv_import.h"
#include "time_format.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

struct Options {
    long rows = 1000000;
    int reps = 5;
    std::string python = "/usr/bin/python3";
    std::string script = std::string(MARINECAST_SOURCE_DIR) + "/tests/bench/bench_import_pandas.py";
    std::string json = std::string(MC_BENCH_BUILD_DIR) + "/bench_import.json";
    bool withPython = true;
    std::size_t threads = 0;
};

// Ten stations of 100,000 rows at 15-minute steps, values with two to four decimals.
void generate(const std::string& path, long rows)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::perror(path.c_str());
        std::exit(1);
    }
    std::fputs("station,datetime,temp,sal,do_mgl,do_pct,ph,turb,depth,chla\n", f);
    std::mt19937 rng(42);
    std::normal_distribution<double> noise(0.0, 1.0);
    const long perStation = std::max(1L, rows / 10);
    const mc::TimePoint start = *mc::parseIsoTime("2015-01-01");
    for (long i = 0; i < rows; ++i) {
        const long s = i / perStation;
        const mc::TimePoint t = start + (i % perStation) * 900;
        std::fprintf(f, "st%02ld,%s,%.3f,%.2f,%.2f,%.1f,%.2f,%.1f,%.3f,%.2f\n", s, mc::formatTime(t, false).c_str(),
                     20 + 5 * noise(rng), 30 + noise(rng), 7 + noise(rng), 90 + 5 * noise(rng), 7.8 + 0.1 * noise(rng),
                     std::abs(10 + 5 * noise(rng)), 2 + 0.3 * noise(rng), std::abs(5 + 2 * noise(rng)));
    }
    std::fclose(f);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1e-6 * double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

double timeImport(const std::string& path, std::size_t threads, std::size_t& rows, double& cpu)
{
    mc::ImportOptions options;
    options.threads = threads;
    const double c0 = cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    const auto result = mc::importCsv({path}, options);
    const auto t1 = std::chrono::steady_clock::now();
    cpu = cpuSeconds() - c0;
    if (!result.ok()) {
        std::fprintf(stderr, "import failed: %s\n", mc::describe(result.error).c_str());
        std::exit(1);
    }
    rows = result.report.files.front().rows;
    return std::chrono::duration<double>(t1 - t0).count();
}

// Runs the pandas script; false when Python or pandas is missing.
bool timePandas(const Options& o, const std::string& path, double& plain, double& dates)
{
    const std::string cmd = o.python + " " + o.script + " " + path + " 2>/dev/null";
    std::FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return false;
    char line[512] = {};
    const bool got = std::fgets(line, sizeof line, p) != nullptr;
    const int status = ::pclose(p);
    if (!got || status != 0)
        return false;
    const char* a = std::strstr(line, "\"plain\": ");
    const char* b = std::strstr(line, "\"dates\": ");
    if (!a || !b)
        return false;
    plain = std::atof(a + 9);
    dates = std::atof(b + 9);
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--rows" && i + 1 < argc)
            o.rows = std::atol(argv[++i]);
        else if (a == "--reps" && i + 1 < argc)
            o.reps = std::atoi(argv[++i]);
        else if (a == "--json" && i + 1 < argc)
            o.json = argv[++i];
        else if (a == "--threads" && i + 1 < argc)
            o.threads = std::size_t(std::atol(argv[++i]));
        else if (a == "--no-python")
            o.withPython = false;
        else {
            std::fprintf(stderr, "usage: bench_import [--rows N] [--reps N] [--threads N] [--json FILE] [--no-python]\n");
            return 2;
        }
    }
    const auto dir = std::filesystem::temp_directory_path() / ("bench_import_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "bench_1m.csv").string();
    generate(path, o.rows);
    const double megabytes = double(std::filesystem::file_size(path)) / 1e6;

    std::vector<double> ours, oursCpu, pandasPlain, pandasDates;
    bool python = o.withPython;
    std::size_t rows = 0;
    for (int rep = 0; rep <= o.reps; ++rep) {
        double cpu = 0;
        const double t = timeImport(path, o.threads, rows, cpu);
        double plain = 0, dates = 0;
        if (python && !timePandas(o, path, plain, dates)) {
            std::fprintf(stderr, "note: %s with pandas not available; MarineCast only\n", o.python.c_str());
            python = false;
        }
        if (rep == 0)
            continue;  // warm-up: page cache, allocator, Python imports
        ours.push_back(t);
        oursCpu.push_back(cpu);
        if (python) {
            pandasPlain.push_back(plain);
            pandasDates.push_back(dates);
        }
    }
    std::filesystem::remove_all(dir);

    const double mine = median(ours);
    std::printf("CSV import, %zu rows x 10 columns, %.1f MB, median of %d after a warm-up\n", rows, megabytes, o.reps);
    std::printf("%-34s %10s %10s %10s\n", "reader", "seconds", "MB/s", "vs pandas");
    std::printf("%-34s %10.3f %10.1f %10s   (CPU %.3f s, threads option %zu)\n", "MarineCast importCsv", mine,
                megabytes / mine, "", median(oursCpu), o.threads);
    if (python) {
        const double p = median(pandasPlain);
        const double d = median(pandasDates);
        std::printf("%-34s %10.3f %10.1f %9.2fx\n", "pandas.read_csv", p, megabytes / p, p / mine);
        std::printf("%-34s %10.3f %10.1f %9.2fx\n", "pandas.read_csv parse_dates", d, megabytes / d, d / mine);
    }
    std::FILE* j = std::fopen(o.json.c_str(), "w");
    if (j) {
        std::fprintf(j, "{\"rows\": %zu, \"megabytes\": %.3f, \"reps\": %d, \"marinecast_s\": %.6f, \"marinecast_cpu_s\": %.6f", rows,
                     megabytes, o.reps, mine, median(oursCpu));
        if (python)
            std::fprintf(j, ", \"pandas_plain_s\": %.6f, \"pandas_dates_s\": %.6f, \"ratio_plain\": %.4f, \"ratio_dates\": %.4f",
                         median(pandasPlain), median(pandasDates), median(pandasPlain) / mine, median(pandasDates) / mine);
        std::fprintf(j, "}\n");
        std::fclose(j);
        std::printf("JSON written to %s\n", o.json.c_str());
    }
    return 0;
}
