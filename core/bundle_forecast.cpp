// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle_forecast.h"

#include "atomic_file.h"
#include "bundle_windows.h"
#include "forecaster.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace mc {
namespace {

using nlohmann::json;

ForecastResult& failed(ForecastResult& r, ForecastStage stage, std::string error)
{
    r.failedStage = stage;
    r.error = std::move(error);
    return r;
}

std::string issueCode(BundleDataIssueCode c)
{
    switch (c) {
    case BundleDataIssueCode::MissingStation: return "missing_station";
    case BundleDataIssueCode::MissingVariable: return "missing_variable";
    case BundleDataIssueCode::StepDiffers: return "step_differs";
    case BundleDataIssueCode::TooShort: return "too_short";
    case BundleDataIssueCode::UnitDiffers: return "unit_differs";
    case BundleDataIssueCode::DataDiffers: return "data_differs";
    }
    return "unknown";
}

}  // namespace

ForecastResult forecastWithBundle(const ModelBundle& bundle, const Dataset& dataset, const ForecastOptions& options)
{
    ForecastResult r;
    if (bundle.layout != NodeLayout::Single && !options.station.empty())
        // The network takes every node at once; one station alone is not an input it knows.
        return failed(r, ForecastStage::Data,
                      "the model forecasts all its " + std::to_string(bundle.stations.size()) + " "
                          + (bundle.layout == NodeLayout::Grid ? "grid cells" : "stations")
                          + " at once; leave out the station");
    r.issues = checkBundleData(bundle, dataset, options.station);
    for (const auto& issue : r.issues)
        if (issue.blocking) {
            r.prepError = {issue.code == BundleDataIssueCode::MissingStation ? PrepErrorCode::UnknownStation
                                                                              : PrepErrorCode::UnknownVariable,
                           issue.detail, issue.candidates};
            return failed(r, ForecastStage::Data, describe(r.prepError));
        }
    const auto model = Forecaster::fromBundle(bundle, r.bundleError);
    if (!model)
        return failed(r, ForecastStage::Model, r.bundleError.detail);
    auto prepared = prepareForecastWindows(dataset, bundle, options.station, options.from);
    if (!prepared.ok()) {
        r.prepError = prepared.error;
        return failed(r, ForecastStage::Data, describe(prepared.error));
    }
    ExperimentResult& run = r.run;
    run.config = bundle.config;
    run.config.station = prepared.data.station;
    run.sources = dataset.sources;
    run.units = dataset.units;
    run.data = std::move(prepared.data);
    run.training.status = TrainStatus::Finished;
    // Charts caption the model with its training epochs; they come from the training run's metrics.
    const json trained = json::parse(bundle.metricsJson.empty() ? "{}" : bundle.metricsJson, nullptr, false);
    if (trained.is_object() && trained.contains("epochs_run") && trained["epochs_run"].is_number_integer())
        run.training.epochsRun = trained["epochs_run"].get<int>();
    if (run.data.test.count > 0)
        evaluate(run, *model);
    fillAhead(run, dataset, *model);
    if (run.data.test.count == 0 && !hasAhead(run))
        return failed(r, ForecastStage::Data,
                      "nothing to forecast: no complete window of " + std::to_string(bundle.lookback) + " steps ("
                          + run.ahead.unavailable + ")");
    return r;
}

std::string writeForecastOutputs(const ForecastResult& r, const ModelBundle& bundle, const std::string& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return dir + ": cannot create the output folder: " + ec.message();
    const auto path = [&](const char* name) { return (std::filesystem::path(dir) / name).string(); };
    if (auto e = writeFileAtomically(path("forecast.csv"), forecastCsv(r.run)); !e.empty())
        return e;
    if (hasAhead(r.run))
        if (auto e = writeFileAtomically(path("forecast_ahead.csv"), aheadCsv(r.run)); !e.empty())
            return e;
    if (r.scored()) {
        // The training run's bookkeeping (epochs, timings, device) means nothing for a forecast.
        json m = json::parse(metricsJson(r.run));
        for (const char* key : {"n_train_windows", "n_val_windows", "epochs_run", "best_epoch", "status",
                                "train_seconds", "seconds_per_epoch", "device", "threads"})
            m.erase(key);
        m["n_skipped_windows"] = r.run.data.skipped[2];
        if (auto e = writeFileAtomically(path("metrics.json"), m.dump(2) + "\n"); !e.empty())
            return e;
    }
    json doc;
    doc["bundle"] = {{"format_version", bundle.formatVersion},
                     {"created", bundle.created},
                     {"versions", {{"marinecast", bundle.marinecastVersion}, {"libtorch", bundle.libtorchVersion}}},
                     {"model", bundle.config.model}};
    json files = json::array();
    for (const auto& s : r.run.sources)
        files.push_back({{"path", s.path}, {"sha256", s.sha256}});
    doc["data_files"] = files;
    const PreparedData& data = r.run.data;
    doc["station"] = data.station;
    if (data.multiNode()) {
        doc["layout"] = nodeLayoutName(data.layout);
        doc["nodes"] = data.nodes;
        if (data.layout == NodeLayout::Grid)
            doc["grid"] = {{"rows", data.gridRows}, {"cols", data.gridCols}};
    }
    doc["target"] = data.target;
    doc["n_windows"] = data.test.count;
    const AheadForecast& first = r.run.aheadPerNode.empty() ? r.run.ahead : r.run.aheadPerNode.front();
    doc["ahead"] = hasAhead(r.run) ? json{{"from", formatTime(first.origin, data.dateOnly)}, {"steps", first.validTime.size()}}
                                   : json{{"unavailable", r.run.ahead.unavailable}};
    if (!r.run.aheadPerNode.empty())
        doc["ahead"]["nodes"] = r.run.aheadPerNode.size();
    json issues = json::array();
    for (const auto& i : r.issues)
        issues.push_back({{"code", issueCode(i.code)}, {"blocking", i.blocking}, {"detail", i.detail}});
    doc["issues"] = issues;
    doc["versions"] = {{"marinecast", MARINECAST_VERSION}, {"libtorch", torchVersion()}};
    return writeFileAtomically(path("forecast.json"), doc.dump(2) + "\n");
}

}  // namespace mc
