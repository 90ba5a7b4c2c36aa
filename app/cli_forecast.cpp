// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_forecast.h"

#include "bundle_forecast.h"
#include "cli_import_options.h"
#include "cli_options.h"
#include "csv_import.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace mc::cli {
namespace {

int fail(int code, const std::string& message)
{
    std::cerr << "marinecast-cli: " << message << "\n";
    return code;
}

struct ForecastCommand {
    std::string bundlePath;
    std::vector<std::string> dataPaths;
    std::vector<std::pair<std::string, std::vector<std::string>>> importFlags;
    ForecastOptions options;
    std::string outDir;
    bool help = false;
};

bool parseForecastArgs(const std::vector<std::string>& args, ForecastCommand& out, std::string& error)
{
    std::vector<Flag> flags;
    if (!splitFlags(args, flags, error))
        return false;
    for (const auto& [name, values] : flags) {
        if (name == "help") {
            out.help = true;
            return true;
        }
        if (isImportFlag(name)) {
            out.importFlags.push_back({name, values});
            continue;
        }
        if (name != "bundle" && name != "data" && name != "from" && name != "out" && name != "station") {
            error = "unknown flag --" + name + " (see marinecast-cli forecast --help)";
            return false;
        }
        if (values.empty() || (name != "data" && values.size() != 1)) {
            error = "--" + name + (values.empty() ? " needs a value" : " takes one value");
            return false;
        }
        if (name == "bundle")
            out.bundlePath = values[0];
        else if (name == "data")
            out.dataPaths = values;
        else if (name == "out")
            out.outDir = values[0];
        else if (name == "station")
            out.options.station = values[0];
        else if (const auto t = parseIsoTime(values[0]))
            out.options.from = *t;
        else {
            error = "--from: expected a date YYYY-MM-DD or a date-time, got '" + values[0] + "'";
            return false;
        }
    }
    if (out.bundlePath.empty())
        error = "--bundle is required (a model.mcmodel written by train)";
    else if (out.dataPaths.empty())
        error = "--data is required (the data to forecast from)";
    else if (out.outDir.empty())
        error = "--out is required (the folder that receives the forecast)";
    return error.empty();
}

std::string fixed(double v, int digits)
{
    if (!std::isfinite(v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

}  // namespace

std::string forecastHelp()
{
    return "Usage: marinecast-cli forecast --bundle FILE --data PATH... --out DIR [--from DATE] [--station ID] [import options]\n\n"
           "Forecasts with a saved model: the data is imported with the import settings stored in the model\n"
           "(import flags given here override them), windowed with the model's own scalers (never refitted),\n"
           "and forecast window by window, plus the horizon steps after the last observation.\n\n"
           "  --bundle FILE   model.mcmodel from a train run\n"
           "  --data PATH...  data file(s) or folder(s) with the model's target and inputs\n"
           "  --from DATE     only windows whose first forecast time is at or after DATE\n"
           "  --station ID    forecast another station than the one the model was trained on\n"
           "  --out DIR       folder for forecast.csv, forecast_ahead.csv, metrics.json (when observations\n"
           "                  exist), forecast.json, chart.png and, for a\n"
           "                  multi-node model, charts/<node>.png (Qt builds)\n\n"
           + importFlagsHelp()
           + "\nExit codes: 0 success, 2 usage error, 3 data or model file error.\n";
}

int runForecast(const std::vector<std::string>& args, ChartWriter& charts)
{
    ForecastCommand cmd;
    std::string error;
    if (!parseForecastArgs(args, cmd, error))
        return fail(kExitUsage, "error: " + error);
    if (cmd.help) {
        std::cout << forecastHelp();
        return kExitOk;
    }
    const auto loaded = loadBundle(cmd.bundlePath);
    if (!loaded.ok())
        return fail(kExitData, "model error: " + loaded.error.detail);
    const ModelBundle& bundle = loaded.bundle;

    ImportOptions importOptions;
    importOptions.settings = bundle.config.import;
    for (const auto& [name, values] : cmd.importFlags)
        if (!applyImportFlag(name, values, importOptions.settings, error))
            return fail(kExitUsage, "error: " + error);
    for (auto& path : cmd.dataPaths)
        path = absolutePath(path);
    const auto imported = importCsv(cmd.dataPaths, importOptions);
    if (!imported.ok())
        return fail(kExitData, "data error: " + describe(imported.error));

    const ForecastResult result = forecastWithBundle(bundle, imported.dataset, cmd.options);
    if (!result.ok())
        return fail(kExitData, (result.failedStage == ForecastStage::Model ? "model error: " : "data error: ") + result.error);
    if (const auto e = writeForecastOutputs(result, bundle, cmd.outDir); !e.empty())
        return fail(kExitData, "error: " + e);
    const auto chart = (std::filesystem::path(cmd.outDir) / "chart.png").string();
    if (const auto note = charts.forecast(result.run, chart, true); !note.empty())
        std::cerr << note << "\n";
    if (const auto note = charts.nodeCharts(result.run, (std::filesystem::path(cmd.outDir) / "charts").string(), nullptr, true);
        !note.empty())
        std::cerr << note << "\n";

    const auto& run = result.run;
    if (run.data.multiNode())
        std::cerr << run.data.nodes.size() << (run.data.layout == NodeLayout::Grid ? " grid cells" : " stations");
    else
        std::cerr << "station " << run.data.station;
    std::cerr << ", target " << run.data.target << ": " << run.data.test.count
              << " windows forecast (skipped for gaps: " << run.data.skipped[2] << ")\n";
    if (result.scored())
        std::cerr << "RMSE model " << fixed(run.model.pooled.rmse, 3) << ", persistence "
                  << fixed(run.persistenceScore.pooled.rmse, 3) << ", climatology "
                  << fixed(run.climatologyScore.pooled.rmse, 3) << "; skill vs persistence " << fixed(run.skill, 3) << "\n";
    if (run.ahead.available())
        std::cerr << "forecast ahead: " << run.ahead.validTime.size() << " steps after "
                  << formatTime(run.ahead.origin, run.data.dateOnly) << "\n";
    else if (!run.aheadPerNode.empty())
        std::cerr << "forecast ahead: " << run.aheadPerNode.front().validTime.size() << " steps after "
                  << formatTime(run.aheadPerNode.front().origin, run.data.dateOnly) << " for each of "
                  << run.aheadPerNode.size() << " nodes\n";
    else
        std::cerr << "no forecast ahead: " << run.ahead.unavailable << "\n";
    for (const auto& issue : result.issues)
        std::cerr << "note: " << issue.detail << "\n";
    for (const auto& w : run.warnings)
        std::cerr << "warning: " << w.code << ": " << w.detail << "\n";
    std::cout << "forecast written to " << cmd.outDir << "\n";
    return kExitOk;
}

}  // namespace mc::cli
