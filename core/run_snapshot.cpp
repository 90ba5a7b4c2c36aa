// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace mc {
namespace {

using nlohmann::json;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// JSON has no NaN; gaps in the forecasts are common, so null stands for them.
json num(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }
double readNum(const json& j) { return j.is_number() ? j.get<double>() : kNaN; }

json nums(const std::vector<double>& v)
{
    json out = json::array();
    for (double x : v)
        out.push_back(num(x));
    return out;
}

std::vector<double> readNums(const json& j)
{
    std::vector<double> out;
    out.reserve(j.size());
    for (const auto& x : j)
        out.push_back(readNum(x));
    return out;
}

json errorJson(const ErrorMetrics& m)
{
    return {{"rmse", num(m.rmse)}, {"mae", num(m.mae)}, {"mape", num(m.mape)}, {"r2", num(m.r2)},
            {"nse", num(m.nse)},   {"bias", num(m.bias)}, {"count", m.count}};
}

ErrorMetrics readError(const json& j)
{
    ErrorMetrics m;
    m.rmse = readNum(j.at("rmse"));
    m.mae = readNum(j.at("mae"));
    m.mape = readNum(j.at("mape"));
    m.r2 = readNum(j.at("r2"));
    m.nse = readNum(j.at("nse"));
    m.bias = readNum(j.at("bias"));
    m.count = j.at("count").get<std::size_t>();
    return m;
}

json horizonJson(const HorizonMetrics& hm)
{
    json per = json::array();
    for (const auto& m : hm.perHorizon)
        per.push_back(errorJson(m));
    return {{"pooled", errorJson(hm.pooled)}, {"per_horizon", per}};
}

HorizonMetrics readHorizon(const json& j)
{
    HorizonMetrics hm;
    hm.pooled = readError(j.at("pooled"));
    for (const auto& m : j.at("per_horizon"))
        hm.perHorizon.push_back(readError(m));
    return hm;
}

json testWindowsJson(const WindowSet& w)
{
    return {{"count", w.count},           {"lookback", w.lookback},          {"features", w.features},
            {"horizon", w.horizon},       {"origin_time", w.originTime},     {"last_observed", nums(w.lastObserved)},
            {"observed", nums(w.observed)}, {"valid_time", w.validTime}};
}

WindowSet readTestWindows(const json& j)
{
    WindowSet w;
    w.count = j.at("count").get<std::size_t>();
    w.lookback = j.at("lookback").get<int>();
    w.features = j.at("features").get<int>();
    w.horizon = j.at("horizon").get<int>();
    w.originTime = j.at("origin_time").get<std::vector<TimePoint>>();
    w.lastObserved = readNums(j.at("last_observed"));
    w.observed = readNums(j.at("observed"));
    w.validTime = j.at("valid_time").get<std::vector<TimePoint>>();
    w.node = j.contains("node") ? j.at("node").get<std::vector<int>>() : std::vector<int>();
    if (w.node.empty())
        w.node.assign(w.count, 0);  // single-station runs, and snapshots written before multi-node runs existed
    if (w.node.size() != w.count)
        throw std::out_of_range("node index list of the wrong size");
    return w;
}

// By name, not by enum value, so that reordering TrainStatus never changes old files' meaning.
constexpr const char* kStatusNames[] = {"finished", "early_stopped", "stopped", "failed"};

json trainingJson(const TrainResult& t)
{
    json history = json::array();
    for (const auto& e : t.history)
        history.push_back({{"epoch", e.epoch}, {"epochs", e.epochs}, {"train_loss", num(e.trainLoss)},
                           {"val_loss", num(e.valLoss)}, {"elapsed", e.elapsedSeconds}, {"best", e.best}});
    return {{"status", kStatusNames[static_cast<int>(t.status)]}, {"detail", t.detail},
            {"epochs_run", t.epochsRun}, {"best_epoch", t.bestEpoch}, {"history", history},
            {"train_seconds", t.trainSeconds}, {"device", t.device}, {"threads", t.threads}};
}

TrainResult readTraining(const json& j)
{
    TrainResult t;
    const auto status = j.at("status").get<std::string>();
    const auto* name = std::find(std::begin(kStatusNames), std::end(kStatusNames), status);
    if (name == std::end(kStatusNames))
        throw std::out_of_range("unknown training status '" + status + "'");
    t.status = static_cast<TrainStatus>(name - std::begin(kStatusNames));
    t.detail = j.value("detail", std::string());
    t.epochsRun = j.at("epochs_run").get<int>();
    t.bestEpoch = j.at("best_epoch").get<int>();
    for (const auto& e : j.at("history")) {
        EpochProgress p;
        p.epoch = e.at("epoch").get<int>();
        p.epochs = e.at("epochs").get<int>();
        p.trainLoss = readNum(e.at("train_loss"));
        p.valLoss = readNum(e.at("val_loss"));
        p.elapsedSeconds = e.at("elapsed").get<double>();
        p.best = e.at("best").get<bool>();
        t.history.push_back(p);
    }
    t.trainSeconds = j.value("train_seconds", 0.0);
    t.device = j.value("device", std::string());
    t.threads = j.value("threads", 0);
    return t;
}

}  // namespace

std::string runSnapshotJson(const ExperimentResult& r)
{
    const PreparedData& d = r.data;
    json scalers = json::array();
    for (const auto& s : d.scalers)
        scalers.push_back({s.offset, s.scale});
    json clim = json::array();
    for (double c : d.climatology)
        clim.push_back(num(c));
    json data = {{"station", d.station},         {"target", d.target},
                 {"features", d.featureNames},   {"scalers", scalers},
                 {"predict_change", d.predictChange}, {"date_only", d.dateOnly},
                 {"step", d.step},               {"skipped", d.skipped},
                 {"climatology", clim},          {"n_train", d.train.count},
                 {"n_val", d.val.count},         {"test", testWindowsJson(d.test)}};
    // Daily and hourly snapshots stay as they were; a calendar axis is written out.
    if (d.axis.unit != TimeUnit::Seconds)
        data["axis"] = {{"unit", timeUnitName(d.axis.unit)}, {"step", d.axis.step}, {"start", d.axis.start}};
    if (d.multiNode()) {
        data["test"]["node"] = d.test.node;
        json info = json::array();
        for (const auto& n : d.nodeInfo)
            info.push_back({num(n.latitude), num(n.longitude), num(n.depth)});
        json nodeClim = json::array();
        for (const auto& table : d.nodeClimatology) {
            json t = json::array();
            for (double c : table)
                t.push_back(num(c));
            nodeClim.push_back(t);
        }
        data["layout"] = {{"kind", nodeLayoutName(d.layout)}, {"nodes", d.nodes},       {"node_info", info},
                          {"grid_rows", d.gridRows},         {"grid_cols", d.gridCols}, {"left_out", d.leftOut},
                          {"node_climatology", nodeClim}};
    }
    json sources = json::array();
    for (const auto& s : r.sources)
        sources.push_back({{"path", s.path}, {"sha256", s.sha256}});
    json warnings = json::array();
    for (const auto& w : r.warnings)
        warnings.push_back({{"code", w.code}, {"detail", w.detail}});
    json j = {{"config", json::parse(configToJson(r.config))},
              {"sources", sources},
              {"units", r.units},
              {"data", data},
              {"training", trainingJson(r.training)},
              {"predicted", nums(r.predicted)},
              {"persistence", nums(r.persistence)},
              {"climatology", nums(r.climatology)},
              {"metrics", {{"model", horizonJson(r.model)},
                           {"persistence", horizonJson(r.persistenceScore)},
                           {"climatology", horizonJson(r.climatologyScore)}}},
              {"skill", num(r.skill)},
              {"skill_per_horizon", nums(r.skillPerHorizon)},
              {"warnings", warnings}};
    json perNode = json::array();
    for (const auto& n : r.perNode)
        perNode.push_back({{"node", n.node}, {"model", horizonJson(n.model)}, {"persistence", horizonJson(n.persistence)},
                           {"climatology", horizonJson(n.climatology)}, {"skill", num(n.skill)}});
    if (!r.perNode.empty())
        j["per_node"] = perNode;
    const auto aheadJson = [&](const AheadForecast& a) {
        json e{{"origin", a.origin},           {"last_observed", num(a.lastObserved)}, {"valid_time", a.validTime},
               {"predicted", nums(a.predicted)}, {"persistence", nums(a.persistence)},
               {"climatology", nums(a.climatology)}, {"unavailable", a.unavailable}};
        // Keys of their own, absent when empty: snapshots without them load as before.
        if (!a.recentTime.empty()) {
            e["recent_time"] = a.recentTime;
            e["recent_observed"] = nums(a.recentObserved);
        }
        return e;
    };
    j["ahead"] = aheadJson(r.ahead);
    if (!r.aheadPerNode.empty()) {
        // A key of its own, so that older builds read the snapshot as before (without it).
        json perNodeAhead = json::array();
        for (const auto& a : r.aheadPerNode) {
            json e = aheadJson(a);
            e["node"] = a.node;
            perNodeAhead.push_back(std::move(e));
        }
        j["ahead_per_node"] = perNodeAhead;
    }
    return j.dump();
}

std::optional<ExperimentResult> runFromSnapshot(const std::string& text, std::string& error)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "the run's results are not a JSON object";
        return std::nullopt;
    }
    ExperimentResult r;
    try {
        auto config = configFromJson(j.at("config").dump(), error);
        if (!config) {
            error = "the run's configuration: " + error;
            return std::nullopt;
        }
        r.config = std::move(*config);
        for (const auto& s : j.at("sources"))
            r.sources.push_back({s.at("path").get<std::string>(), s.value("sha256", std::string())});
        r.units = j.at("units").get<std::map<std::string, std::string>>();
        const json& d = j.at("data");
        PreparedData& p = r.data;
        p.station = d.at("station").get<std::string>();
        p.target = d.at("target").get<std::string>();
        p.featureNames = d.at("features").get<std::vector<std::string>>();
        for (const auto& s : d.at("scalers"))
            p.scalers.push_back({s.at(0).get<double>(), s.at(1).get<double>()});
        p.predictChange = d.at("predict_change").get<bool>();
        p.dateOnly = d.at("date_only").get<bool>();
        p.step = d.at("step").get<TimePoint>();
        p.axis = TimeAxis{TimeUnit::Seconds, p.step, 0};
        if (d.contains("axis")) {
            const json& a = d.at("axis");
            const auto unit = timeUnitFromName(a.at("unit").get<std::string>());
            if (!unit || a.at("step").get<TimePoint>() <= 0)
                throw std::out_of_range("unknown time axis");
            p.axis = TimeAxis{*unit, a.at("step").get<TimePoint>(), a.at("start").get<TimePoint>()};
        }
        p.skipped = d.at("skipped").get<std::array<std::size_t, 3>>();
        const auto clim = readNums(d.at("climatology"));
        if (clim.size() != p.climatology.size())
            throw std::out_of_range("climatology table of the wrong size");
        std::copy(clim.begin(), clim.end(), p.climatology.begin());
        p.train.count = d.at("n_train").get<std::size_t>();
        p.val.count = d.at("n_val").get<std::size_t>();
        p.test = readTestWindows(d.at("test"));
        if (d.contains("layout")) {
            const json& l = d.at("layout");
            p.layout = nodeLayoutFromName(l.at("kind").get<std::string>());
            p.nodes = l.at("nodes").get<std::vector<std::string>>();
            for (const auto& n : l.at("node_info"))
                p.nodeInfo.push_back({readNum(n.at(0)), readNum(n.at(1)), readNum(n.at(2))});
            p.gridRows = l.value("grid_rows", 0);
            p.gridCols = l.value("grid_cols", 0);
            p.leftOut = l.value("left_out", std::vector<std::string>());
            for (const auto& t : l.at("node_climatology")) {
                const auto values = readNums(t);
                std::array<double, 367> table{};
                if (values.size() != table.size())
                    throw std::out_of_range("node climatology table of the wrong size");
                std::copy(values.begin(), values.end(), table.begin());
                p.nodeClimatology.push_back(table);
            }
        }
        r.training = readTraining(j.at("training"));
        r.predicted = readNums(j.at("predicted"));
        r.persistence = readNums(j.at("persistence"));
        r.climatology = readNums(j.at("climatology"));
        const json& m = j.at("metrics");
        r.model = readHorizon(m.at("model"));
        r.persistenceScore = readHorizon(m.at("persistence"));
        r.climatologyScore = readHorizon(m.at("climatology"));
        r.skill = readNum(j.at("skill"));
        r.skillPerHorizon = readNums(j.at("skill_per_horizon"));
        for (const auto& w : j.at("warnings"))
            r.warnings.push_back({w.at("code").get<std::string>(), w.value("detail", std::string())});
        if (j.contains("per_node"))
            for (const auto& n : j.at("per_node"))
                r.perNode.push_back({n.at("node").get<std::string>(), readHorizon(n.at("model")),
                                     readHorizon(n.at("persistence")), readHorizon(n.at("climatology")),
                                     readNum(n.at("skill"))});
        const auto readAhead = [](const json& a) {
            AheadForecast out;
            out.node = a.value("node", std::string());
            out.origin = a.at("origin").get<TimePoint>();
            out.lastObserved = readNum(a.at("last_observed"));
            out.validTime = a.at("valid_time").get<std::vector<TimePoint>>();
            out.predicted = readNums(a.at("predicted"));
            out.persistence = readNums(a.at("persistence"));
            out.climatology = readNums(a.at("climatology"));
            out.unavailable = a.value("unavailable", std::string());
            if (a.contains("recent_time")) {
                out.recentTime = a.at("recent_time").get<std::vector<TimePoint>>();
                out.recentObserved = readNums(a.at("recent_observed"));
                if (out.recentObserved.size() != out.recentTime.size())
                    throw std::out_of_range("recent history of the wrong size");
            }
            if (out.predicted.size() != out.validTime.size() || out.persistence.size() != out.validTime.size()
                || out.climatology.size() != out.validTime.size())
                throw std::out_of_range("forecast ahead of the wrong size");
            return out;
        };
        if (j.contains("ahead"))
            r.ahead = readAhead(j.at("ahead"));
        if (j.contains("ahead_per_node"))
            for (const auto& a : j.at("ahead_per_node"))
                r.aheadPerNode.push_back(readAhead(a));
    } catch (const std::exception& e) {
        error = std::string("the run's results are incomplete: ") + e.what();
        return std::nullopt;
    }
    // The charts and forecast.csv index these arrays by window and step; a short one would read
    // past its end.
    const std::size_t cells = r.data.test.count * static_cast<std::size_t>(std::max(0, r.data.test.horizon));
    if (r.data.test.validTime.size() != cells || r.data.test.observed.size() != cells || r.predicted.size() != cells
        || r.data.test.originTime.size() != r.data.test.count
        || r.persistence.size() != cells || r.climatology.size() != cells) {
        error = "the run's forecasts do not match its number of test windows";
        return std::nullopt;
    }
    return r;
}

}  // namespace mc
