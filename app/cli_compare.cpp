// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_compare.h"

#include "cli_import_options.h"

#include "atomic_file.h"
#include "cli_options.h"
#include "comparison.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <set>

namespace mc::cli {
namespace {

namespace fs = std::filesystem;

int fail(int code, const std::string& message)
{
    std::cerr << "marinecast-cli: " << message << "\n";
    return code;
}

struct Spec {
    std::string flag;   ///< "preset" or "config"
    std::string value;
};

std::string specName(const Spec& s)
{
    if (s.flag == "preset")
        return s.value;
    const fs::path p(s.value);
    // A run's own run.json is best known by its folder's name.
    if (p.filename() == "run.json" && p.has_parent_path())
        return fs::absolute(p).parent_path().filename().string();
    return p.stem().string();
}

std::string sanitized(std::string s)
{
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            c = '_';
    return s.empty() ? std::string("config") : s;
}

// Trains one comparison and writes its files into @p dir. Returns the exit code.
int compareInto(std::vector<NamedConfig> configs, const Dataset& dataset, const std::string& dir, ChartWriter& charts,
                std::vector<ExperimentResult>& results)
{
    alignForComparison(configs);
    StopToken stop;
    results = runComparison(configs, dataset, stop, [&](std::size_t i, const EpochProgress& e) {
        std::cerr << "[" << configs[i].name << "] epoch " << e.epoch << "/" << e.epochs << "  train_loss "
                  << formatNumber(e.trainLoss);
        if (std::isfinite(e.valLoss))
            std::cerr << "  val_loss " << formatNumber(e.valLoss);
        std::cerr << "\n";
    });
    std::vector<std::string> names;
    std::vector<const ExperimentResult*> ptrs;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        if (!r.ok()) {
            const int code = r.failedStage == ExperimentStage::Train ? kExitTraining
                : r.failedStage == ExperimentStage::Config          ? kExitUsage
                                                                    : kExitData;
            return fail(code, configs[i].name + ": " + r.error);
        }
        names.push_back(configs[i].name);
        ptrs.push_back(&r);
        const auto sub = (fs::path(dir) / sanitized(configs[i].name)).string();
        if (const auto e = writeRunOutputs(r, sub); !e.empty())
            return fail(kExitData, "error: " + e);
        if (const auto note = charts.forecast(r, (fs::path(sub) / "chart.png").string()); !note.empty())
            std::cerr << note << "\n";
    }
    const auto table = comparisonTable(names, ptrs);
    if (auto e = writeFileAtomically((fs::path(dir) / "comparison.json").string(), comparisonJson(names, ptrs)); !e.empty())
        return fail(kExitData, "error: " + e);
    if (auto e = writeFileAtomically((fs::path(dir) / "comparison.csv").string(), comparisonCsv(table)); !e.empty())
        return fail(kExitData, "error: " + e);
    if (const auto note = charts.overlay(names, ptrs, (fs::path(dir) / "overlay.png").string()); !note.empty())
        std::cerr << note << "\n";
    for (std::size_t i = 0; i < ptrs.size(); ++i)
        std::cerr << names[i] << ": RMSE " << formatNumber(ptrs[i]->model.pooled.rmse) << ", skill vs persistence "
                  << formatNumber(ptrs[i]->skill) << "\n";
    return kExitOk;
}

}  // namespace

std::string compareHelp()
{
    return "Usage: marinecast-cli compare --data PATH... --target VAR [--station ID]\n"
           "                              (--preset NAME | --config FILE)... [training flags] --out DIR\n"
           "       marinecast-cli compare ... --all-variables --out DIR\n\n"
           "Trains two or more configurations on the identical split, test windows and seed.\n"
           "Each --preset or --config adds one configuration; every other flag (see 'train --help')\n"
           "applies to all of them and overrides their values. --all-variables repeats the comparison\n"
           "for every variable of the station into DIR/<variable>/ and writes DIR/summary.csv; a\n"
           "variable too sparse for the configuration is listed as skipped with the reason.\n\n"
           "DIR/<name>/ holds each configuration's train outputs; DIR/comparison.json,\n"
           "DIR/comparison.csv (item, one column per configuration, persistence, climatology) and\n"
           "DIR/overlay.png compare them.\n";
}

int runCompare(const std::vector<std::string>& args, ChartWriter& charts)
{
    std::vector<Spec> specs;
    std::vector<std::string> shared;
    bool allVariables = false;
    bool hasTarget = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << compareHelp();
            return kExitOk;
        }
        if (a == "--all-variables") {
            allVariables = true;
        } else if (a == "--preset" || a == "--config") {
            if (i + 1 >= args.size())
                return fail(kExitUsage, "error: " + a + " needs a value");
            specs.push_back({a.substr(2), args[++i]});
        } else if (a.rfind("--preset=", 0) == 0 || a.rfind("--config=", 0) == 0) {
            const auto eq = a.find('=');
            specs.push_back({a.substr(2, eq - 2), a.substr(eq + 1)});
        } else {
            hasTarget = hasTarget || a == "--target" || a.rfind("--target=", 0) == 0;
            shared.push_back(a);
        }
    }
    if (specs.size() < 2)
        return fail(kExitUsage, "error: compare needs two or more configurations (--preset NAME or --config FILE, repeated)");
    if (allVariables && !hasTarget)
        shared.insert(shared.end(), {"--target", "*"});  // replaced per variable below

    std::vector<NamedConfig> configs;
    std::set<std::string> used;
    std::string outDir;
    for (const auto& spec : specs) {
        std::vector<std::string> a = {"--" + spec.flag, spec.value};
        a.insert(a.end(), shared.begin(), shared.end());
        TrainCommand cmd;
        std::string error;
        if (!parseTrainArgs(a, cmd, error))
            return fail(kExitUsage, "error: " + error);
        std::string name = specName(spec);
        for (int k = 2; used.count(name); ++k)
            name = specName(spec) + "-" + std::to_string(k);
        used.insert(name);
        configs.push_back({name, cmd.config});
        outDir = cmd.outDir;
    }
    for (auto& c : configs)
        for (auto& path : c.config.dataPaths)
            path = absolutePath(path);

    ImportOptions importOptions;
    importOptions.settings = configs.front().config.import;
    auto imported = importCsv(configs.front().config.dataPaths, importOptions);
    if (!imported.ok())
        return fail(kExitData, "data error: " + describe(imported.error));
    const Dataset& dataset = imported.dataset;

    if (!allVariables) {
        std::vector<ExperimentResult> results;
        const int code = compareInto(configs, dataset, outDir, charts, results);
        if (code == kExitOk)
            std::cout << "comparison written to " << outDir << "\n";
        return code;
    }

    std::string stationId = configs.front().config.station;
    if (stationId.empty()) {
        if (dataset.stations.size() != 1) {
            std::string ids;
            for (const auto& s : dataset.stations)
                ids += (ids.empty() ? "" : ", ") + s.id;
            return fail(kExitData, "data error: several stations: choose one with --station (" + ids + ")");
        }
        stationId = dataset.stations.front().id;
    }
    const StationData* station = dataset.station(stationId);
    if (!station)
        return fail(kExitData, "data error: no station '" + stationId + "'");
    std::string summary = "variable,status,reason";
    for (const auto& c : configs)
        summary += "," + c.name + "_rmse," + c.name + "_skill_vs_persistence";
    summary += ",persistence_rmse\n";
    for (const auto& [variable, values] : station->variables) {
        if (std::none_of(values.begin(), values.end(), [](double v) { return !std::isnan(v); }))
            continue;
        auto perVariable = configs;
        for (auto& c : perVariable) {
            c.config.station = stationId;
            c.config.target = variable;
        }
        std::cerr << "== " << variable << "\n";
        std::vector<ExperimentResult> results;
        const auto dir = (fs::path(outDir) / sanitized(variable)).string();
        const int code = compareInto(perVariable, dataset, dir, charts, results);
        if (code == kExitOk) {
            summary += variable + ",ok,";
            for (const auto& r : results)
                summary += "," + formatNumber(r.model.pooled.rmse) + "," + formatNumber(r.skill);
            summary += "," + formatNumber(results.front().persistenceScore.pooled.rmse) + "\n";
            continue;
        }
        // A sparse variable is reported, never a silent failure, and the others go on.
        const ExperimentResult* failed = nullptr;
        for (const auto& r : results)
            if (!r.ok() && !failed)
                failed = &r;
        const std::string reason = failed ? failed->error + " — " + skipSuggestion(*failed) : "failed";
        std::cerr << "skipped " << variable << ": " << reason << "\n";
        std::string quoted = "\"";
        for (char ch : reason)
            quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        summary += variable + ",skipped," + quoted + "\"";
        for (std::size_t i = 0; i < configs.size(); ++i)
            summary += ",,";
        summary += ",\n";
    }
    if (auto e = writeFileAtomically((fs::path(outDir) / "summary.csv").string(), summary); !e.empty())
        return fail(kExitData, "error: " + e);
    std::cout << "comparisons for every variable of " << stationId << " written to " << outDir << "\n";
    return kExitOk;
}

}  // namespace mc::cli
