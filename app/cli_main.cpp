// SPDX-License-Identifier: GPL-3.0-or-later
// marinecast-cli: the headless front end. Everything it does lives in core; this file maps
// arguments in and results, messages and exit codes out.
#include "cli_chart.h"
#include "cli_compare.h"
#include "cli_forecast.h"
#include "cli_import_options.h"
#include "cli_inspect.h"
#include "cli_options.h"
#include "experiment.h"
#include "sample_generator.h"
#include "atomic_file.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

using namespace mc;
using namespace mc::cli;

namespace {

int fail(int code, const std::string& message)
{
    std::cerr << "marinecast-cli: " << message << "\n";
    return code;
}

std::string fixed(double v, int digits)
{
    if (!std::isfinite(v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

int runTrain(const std::vector<std::string>& args, ChartWriter& charts)
{
    TrainCommand cmd;
    std::string error;
    if (!parseTrainArgs(args, cmd, error))
        return fail(kExitUsage, "error: " + error);
    if (cmd.help) {
        std::cout << trainHelp();
        return kExitOk;
    }
    // run.json must repeat the run from any working directory.
    for (auto& path : cmd.config.dataPaths)
        path = absolutePath(path);
    StopToken stop;
    const auto progress = [](const EpochProgress& e) {
        std::cerr << "epoch " << e.epoch << "/" << e.epochs << "  train_loss " << formatNumber(e.trainLoss);
        if (std::isfinite(e.valLoss))
            std::cerr << "  val_loss " << formatNumber(e.valLoss);
        std::cerr << "  " << fixed(e.elapsedSeconds, 1) << " s" << (e.best ? "  *" : "") << "\n";
    };
    const ExperimentResult result = runExperiment(cmd.config, stop, progress);
    switch (result.failedStage) {
    case ExperimentStage::Ok: break;
    case ExperimentStage::Config: return fail(kExitUsage, "error: " + result.error);
    case ExperimentStage::Import:
    case ExperimentStage::Prepare: return fail(kExitData, "data error: " + result.error);
    case ExperimentStage::Train: return fail(kExitTraining, "training failed: " + result.error);
    }
    if (const auto e = writeRunOutputs(result, cmd.outDir); !e.empty())
        return fail(kExitData, "error: " + e);
    const auto chart = (std::filesystem::path(cmd.outDir) / "chart.png").string();
    if (const auto note = charts.forecast(result, chart); !note.empty())
        std::cerr << note << "\n";
    // chart.png shows the first node only: every node gets its own under charts/.
    if (const auto note = charts.nodeCharts(result, (std::filesystem::path(cmd.outDir) / "charts").string()); !note.empty())
        std::cerr << note << "\n";

    const auto& d = result.data;
    std::cerr << (d.multiNode() ? std::to_string(d.nodes.size()) + " nodes (" + mc::nodeLayoutName(d.layout) + ")"
                                : "station " + d.station)
              << ", target " << d.target << ": " << d.train.count << " train, "
              << d.val.count << " validation, " << d.test.count << " test windows (skipped for gaps: "
              << d.skipped[0] << ", " << d.skipped[1] << ", " << d.skipped[2] << ")\n";
    std::cerr << "RMSE model " << fixed(result.model.pooled.rmse, 3) << ", persistence "
              << fixed(result.persistenceScore.pooled.rmse, 3) << ", climatology "
              << fixed(result.climatologyScore.pooled.rmse, 3) << "; skill vs persistence "
              << fixed(result.skill, 3) << (result.skill > 0 ? " (beats persistence)" : " (does not beat persistence)")
              << "\n";
    std::cerr << result.training.epochsRun << " epochs on " << result.training.device << " in "
              << fixed(result.training.trainSeconds, 1) << " s ("
              << fixed(result.training.epochsRun ? result.training.trainSeconds / result.training.epochsRun : 0, 3)
              << " s/epoch)\n";
    for (const auto& w : result.warnings)
        std::cerr << "warning: " << w.code << ": " << w.detail << "\n";
    std::cout << "results written to " << cmd.outDir << "\n";
    return kExitOk;
}

int runGenerateSample(const std::vector<std::string>& args)
{
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << "Usage: marinecast-cli generate-sample --out FILE\n"
                     "Writes the synthetic sample dataset the app ships with (deterministic).\n";
        return kExitOk;
    }
    if (args.size() != 2 || args[0] != "--out")
        return fail(kExitUsage, "error: usage: marinecast-cli generate-sample --out FILE");
    const auto csv = sampleCsv(generateSampleDataset());
    if (const auto e = writeFileAtomically(args[1], csv); !e.empty())
        return fail(kExitData, "error: " + e);
    std::cout << "synthetic sample data written to " << args[1] << "\n";
    return kExitOk;
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << mainHelp();
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "marinecast-cli " MARINECAST_VERSION " (" << runtimeSummary() << ")\n";
        return kExitOk;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        ChartWriter charts(argc, argv);
        if (command == "train")
            return runTrain(args, charts);
        if (command == "forecast")
            return runForecast(args, charts);
        if (command == "compare")
            return runCompare(args, charts);
        if (command == "inspect")
            return runInspect(args);
        if (command == "generate-sample")
            return runGenerateSample(args);
    } catch (const std::exception& e) {
        // Programming errors only: expected failures come back as values.
        return fail(kExitTraining, std::string("internal error: ") + e.what());
    }
    return fail(kExitUsage, "error: unknown command '" + command + "' (see marinecast-cli --help)");
}
