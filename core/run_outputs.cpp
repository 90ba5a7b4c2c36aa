// SPDX-License-Identifier: GPL-3.0-or-later
// writeRunOutputs: the files a run leaves behind, in the layout the CLI documents.
#include "experiment.h"

#include "atomic_file.h"
#include "forecaster.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>

namespace mc {
namespace {

using nlohmann::json;

json number(double v)
{
    return std::isfinite(v) ? json(v) : json(nullptr);
}

json metricsJson(const ErrorMetrics& m)
{
    return {{"rmse", number(m.rmse)}, {"mae", number(m.mae)}, {"mape", number(m.mape)},
            {"r2", number(m.r2)},     {"nse", number(m.nse)}, {"bias", number(m.bias)}};
}

json horizonJson(const HorizonMetrics& hm)
{
    json j = metricsJson(hm.pooled);
    json per = json::array();
    for (std::size_t k = 0; k < hm.perHorizon.size(); ++k) {
        json e = {{"horizon", k + 1}};
        e.update(metricsJson(hm.perHorizon[k]));
        per.push_back(e);
    }
    j["per_horizon"] = per;
    return j;
}

std::string statusName(TrainStatus s)
{
    switch (s) {
    case TrainStatus::Finished: return "finished";
    case TrainStatus::EarlyStopped: return "early_stopped";
    case TrainStatus::Stopped: return "stopped";
    case TrainStatus::Failed: return "failed";
    }
    return "failed";
}

std::string nowIso()
{
    const std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

json metricsDocument(const ExperimentResult& r)
{
    const auto& t = r.training;
    json j;
    j["model"] = horizonJson(r.model);
    j["baselines"] = {{"persistence", horizonJson(r.persistenceScore)}, {"climatology", horizonJson(r.climatologyScore)}};
    j["skill_vs_persistence"] = number(r.skill);
    json skills = json::array();
    for (double s : r.skillPerHorizon)
        skills.push_back(number(s));
    j["skill_per_horizon"] = skills;
    j["n_train_windows"] = r.data.train.count;
    j["n_val_windows"] = r.data.val.count;
    j["n_test_windows"] = r.data.test.count;
    j["n_skipped_windows"] = {{"train", r.data.skipped[0]}, {"val", r.data.skipped[1]}, {"test", r.data.skipped[2]}};
    j["epochs_run"] = t.epochsRun;
    j["best_epoch"] = t.bestEpoch;
    j["status"] = statusName(t.status);
    j["train_seconds"] = t.trainSeconds;
    j["seconds_per_epoch"] = t.epochsRun > 0 ? t.trainSeconds / t.epochsRun : 0.0;
    j["device"] = t.device;
    j["threads"] = t.threads;
    j["station"] = r.data.station;
    j["target"] = r.data.target;
    j["unit"] = r.unit();
    json warnings = json::array();
    for (const auto& w : r.warnings)
        warnings.push_back({{"code", w.code}, {"detail", w.detail}});
    j["warnings"] = warnings;
    if (!r.data.multiNode()) {
        j["per_station"] = {{r.data.station, {{"model", j["model"]}, {"baselines", j["baselines"]}}}};
        return j;
    }
    // Multi-node: the pooled scores above cover every node; here each node on its own, and the
    // nodes in order (object keys are sorted, the layout's order is not).
    j["layout"] = nodeLayoutName(r.data.layout);
    j["nodes"] = r.data.nodes;
    if (r.data.layout == NodeLayout::Grid)
        j["grid"] = {{"rows", r.data.gridRows}, {"cols", r.data.gridCols}};
    json per = json::object();
    for (const auto& n : r.perNode)
        per[n.node] = {{"model", horizonJson(n.model)},
                       {"baselines", {{"persistence", horizonJson(n.persistence)}, {"climatology", horizonJson(n.climatology)}}},
                       {"skill_vs_persistence", number(n.skill)}};
    j["per_station"] = per;
    return j;
}

}  // namespace

std::string forecastCsv(const ExperimentResult& r)
{
    const WindowSet& w = r.data.test;
    const auto h = static_cast<std::size_t>(w.horizon);
    std::string out = "time,station,variable,horizon,observed,predicted,persistence,climatology\n";
    out.reserve(out.size() + w.count * h * 72);
    for (std::size_t i = 0; i < w.count; ++i)
        for (std::size_t k = 0; k < h; ++k) {
            const std::size_t j = i * h + k;
            out += formatTime(w.validTime[j], r.data.dateOnly);
            out += ',' + (r.data.multiNode() ? r.data.nodes[static_cast<std::size_t>(w.node[i])] : r.data.station);
            out += ',' + r.data.target + ',' + std::to_string(k + 1) + ',';
            out += formatNumber(w.observed[j]) + ',' + formatNumber(r.predicted[j]) + ',';
            out += formatNumber(r.persistence[j]) + ',' + formatNumber(r.climatology[j]) + '\n';
        }
    return out;
}

namespace {

std::string lossCsv(const TrainResult& t)
{
    std::string out = "epoch,train_loss,val_loss\n";
    for (const auto& e : t.history)
        out += std::to_string(e.epoch) + ',' + formatNumber(e.trainLoss) + ',' + formatNumber(e.valLoss) + '\n';
    return out;
}

}  // namespace

json runDocument(const ExperimentResult& r);

std::string metricsJson(const ExperimentResult& r) { return metricsDocument(r).dump(2) + "\n"; }

std::string metricsCsv(const ExperimentResult& r)
{
    const bool multi = r.data.multiNode();
    std::string out = multi ? "forecaster,station,horizon,rmse,mae,mape,r2,nse,bias,skill_vs_persistence\n"
                            : "forecaster,horizon,rmse,mae,mape,r2,nse,bias,skill_vs_persistence\n";
    const auto row = [&](const std::string& name, const std::string& h, const ErrorMetrics& m, double skill) {
        out += name + ',' + h + ',' + formatNumber(m.rmse) + ',' + formatNumber(m.mae) + ','
            + formatNumber(m.mape) + ',' + formatNumber(m.r2) + ',' + formatNumber(m.nse) + ','
            + formatNumber(m.bias) + ',' + formatNumber(skill) + '\n';
    };
    // One block of rows per forecaster: pooled, then per horizon step.
    const auto block = [&](const std::string& name, const HorizonMetrics& hm, const HorizonMetrics& reference) {
        row(name, "all", hm.pooled, skillScore(hm.pooled.rmse, reference.pooled.rmse));
        for (std::size_t k = 0; k < hm.perHorizon.size(); ++k)
            row(name, std::to_string(k + 1), hm.perHorizon[k],
                skillScore(hm.perHorizon[k].rmse, reference.perHorizon[k].rmse));
    };
    const std::string all = multi ? ",all" : "";
    block("model" + all, r.model, r.persistenceScore);
    block("persistence" + all, r.persistenceScore, r.persistenceScore);
    block("climatology" + all, r.climatologyScore, r.persistenceScore);
    for (const auto& n : r.perNode) {
        block("model," + n.node, n.model, n.persistence);
        block("persistence," + n.node, n.persistence, n.persistence);
        block("climatology," + n.node, n.climatology, n.persistence);
    }
    return out;
}

json runDocument(const ExperimentResult& r)
{
    json j;
    j["config"] = json::parse(configToJson(r.config));
    json files = json::array();
    for (const auto& s : r.sources)
        files.push_back({{"path", s.path}, {"sha256", s.sha256}});
    j["data_files"] = files;
    j["versions"] = {{"marinecast", MARINECAST_VERSION}, {"libtorch", torchVersion()}};
    j["created"] = nowIso();
    j["status"] = statusName(r.training.status);
    return j;
}

ModelBundle modelBundle(const ExperimentResult& r, const Forecaster& model)
{
    ModelBundle b;
    b.marinecastVersion = MARINECAST_VERSION;
    b.libtorchVersion = torchVersion();
    b.created = nowIso();
    b.config = r.config;
    if (r.data.multiNode()) {
        b.stations = r.data.nodes;
        b.layout = r.data.layout;
        b.nodeInfo = r.data.nodeInfo;
        b.gridRows = r.data.gridRows;
        b.gridCols = r.data.gridCols;
    } else {
        b.stations = {r.data.station};
    }
    b.target = r.data.target;
    b.unit = r.unit();
    b.featureNames = r.data.featureNames;
    b.scalers = r.data.scalers;
    b.lookback = r.data.test.lookback;
    b.horizon = r.data.test.horizon;
    b.predictChange = r.data.predictChange;
    b.outputActivation = model.outputActivation();
    b.stateful = model.stateful();
    b.step = r.data.axis.step;
    b.stepUnit = r.data.axis.unit;
    b.dateOnly = r.data.dateOnly;
    b.climatology = r.data.climatology;
    b.nodeClimatology = r.data.nodeClimatology;
    b.dataFiles = r.sources;
    b.metricsJson = metricsDocument(r).dump();
    b.tensors = model.tensors();
    return b;
}

std::string aheadCsv(const ExperimentResult& r)
{
    std::string out = "time,station,variable,horizon,observed,predicted,persistence,climatology\n";
    const auto rows = [&](const AheadForecast& a, const std::string& station) {
        for (std::size_t k = 0; k < a.validTime.size(); ++k)
            out += formatTime(a.validTime[k], r.data.dateOnly) + ',' + station + ',' + r.data.target + ','
                + std::to_string(k + 1) + ",," + formatNumber(a.predicted[k]) + ',' + formatNumber(a.persistence[k]) + ','
                + formatNumber(a.climatology[k]) + '\n';
    };
    if (r.aheadPerNode.empty())
        rows(r.ahead, r.data.station);
    for (const auto& a : r.aheadPerNode)
        rows(a, a.node);
    return out;
}

std::string writeRunOutputs(const ExperimentResult& r, const std::string& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return dir + ": cannot create the output folder: " + ec.message();
    const auto path = [&](const char* name) { return (std::filesystem::path(dir) / name).string(); };
    const json run = runDocument(r);
    if (auto e = writeFileAtomically(path("metrics.json"), metricsJson(r)); !e.empty())
        return e;
    if (auto e = writeFileAtomically(path("forecast.csv"), forecastCsv(r)); !e.empty())
        return e;
    if (hasAhead(r))
        if (auto e = writeFileAtomically(path("forecast_ahead.csv"), aheadCsv(r)); !e.empty())
            return e;
    if (auto e = writeFileAtomically(path("loss.csv"), lossCsv(r.training)); !e.empty())
        return e;
    if (auto e = writeFileAtomically(path("run.json"), run.dump(2) + "\n"); !e.empty())
        return e;
    if (!r.modelFile.empty())
        if (auto e = writeFileAtomically(path("model.mcmodel"), r.modelFile); !e.empty())
            return e;
    return {};
}

}  // namespace mc
