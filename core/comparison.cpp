// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace mc {

void alignForComparison(std::vector<NamedConfig>& configs)
{
    if (configs.empty())
        return;
    const RunConfig& first = configs.front().config;
    for (auto& c : configs) {
        c.config.station = first.station;
        c.config.target = first.target;
        c.config.trainRange = first.trainRange;
        c.config.testRange = first.testRange;
        c.config.valRange = first.valRange;
        c.config.valFraction = first.valFraction;
        c.config.params.set("seed", first.params.getInt("seed"));
        c.config.params.set("horizon", first.params.getInt("horizon"));
    }
}

std::vector<ExperimentResult> runComparison(const std::vector<NamedConfig>& configs, const Dataset& dataset,
                                            const StopToken& stop,
                                            const std::function<void(std::size_t, const EpochProgress&)>& onProgress)
{
    std::vector<ExperimentResult> out;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        if (stop.stopRequested() && !out.empty())
            break;
        auto progress = [&, i](const EpochProgress& e) {
            if (onProgress)
                onProgress(i, e);
        };
        out.push_back(runExperiment(configs[i].config, stop, progress, &dataset));
        // The trained network is not needed past here; its bytes are in modelFile.
        out.back().training.model.reset();
    }
    return out;
}

namespace {

std::string settingText(const RunConfig& c, const std::string& key)
{
    if (key == "model")
        return c.model;
    if (key == "inputs") {
        std::string s;
        for (const auto& in : c.inputs)
            s += (s.empty() ? "" : " ") + in.text();
        return s.empty() ? "-" : s;
    }
    if (!c.params.has(key))
        return "-";
    return formatParam(c.params.values().at(key));
}

const ErrorMetrics& pick(const HorizonMetrics& m, int horizon)
{
    if (horizon >= 1 && static_cast<std::size_t>(horizon) <= m.perHorizon.size())
        return m.perHorizon[static_cast<std::size_t>(horizon - 1)];
    return m.pooled;
}

std::string number(double v, int digits = 4)
{
    if (!std::isfinite(v))
        return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

}  // namespace

ComparisonTable comparisonTable(const std::vector<std::string>& names, const std::vector<const ExperimentResult*>& results,
                                int horizon)
{
    ComparisonTable t;
    t.names = names;
    std::vector<std::string> keys = {"model", "inputs"};
    std::set<std::string> seen(keys.begin(), keys.end());
    for (const auto* r : results)
        for (const auto& [key, value] : r->config.params.values())
            if (seen.insert(key).second)
                keys.push_back(key);
    for (const auto& key : keys) {
        ComparisonTable::Row row;
        row.item = key;
        for (const auto* r : results)
            row.values.push_back(settingText(r->config, key));
        for (const auto& v : row.values)
            row.differs = row.differs || v != row.values.front();
        t.rows.push_back(row);
    }
    const auto metricRow = [&](const std::string& item, auto&& value, const std::string& pers, const std::string& clim) {
        ComparisonTable::Row row;
        row.item = item;
        row.isMetric = true;
        for (const auto* r : results)
            row.values.push_back(r->ok() ? value(*r) : "");
        row.persistence = pers;
        row.climatology = clim;
        t.rows.push_back(row);
    };
    const ExperimentResult* base = nullptr;
    for (const auto* r : results)
        if (r->ok() && !base)
            base = r;
    const auto baseline = [&](auto&& f, bool persistence) {
        if (!base)
            return std::string();
        return number(f(pick(persistence ? base->persistenceScore : base->climatologyScore, horizon)));
    };
    const struct {
        const char* name;
        double (*get)(const ErrorMetrics&);
    } metrics[] = {
        {"rmse", [](const ErrorMetrics& m) { return m.rmse; }},
        {"mae", [](const ErrorMetrics& m) { return m.mae; }},
        {"r2", [](const ErrorMetrics& m) { return m.r2; }},
        {"nse", [](const ErrorMetrics& m) { return m.nse; }},
    };
    for (const auto& m : metrics)
        metricRow(m.name, [&](const ExperimentResult& r) { return number(m.get(pick(r.model, horizon))); },
                  baseline(m.get, true), baseline(m.get, false));
    metricRow("skill_vs_persistence",
              [&](const ExperimentResult& r) {
                  return number(skillScore(pick(r.model, horizon).rmse, pick(r.persistenceScore, horizon).rmse));
              },
              base ? "0" : "",
              base ? number(skillScore(pick(base->climatologyScore, horizon).rmse, pick(base->persistenceScore, horizon).rmse)) : "");
    metricRow("train_seconds", [](const ExperimentResult& r) { return number(r.training.trainSeconds, 3); }, "", "");
    metricRow("epochs_run", [](const ExperimentResult& r) { return std::to_string(r.training.epochsRun); }, "", "");
    return t;
}

std::string comparisonCsv(const ComparisonTable& t)
{
    const auto quote = [](const std::string& s) {
        if (s.find_first_of(",\"\n") == std::string::npos)
            return s;
        std::string q = "\"";
        for (char c : s)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::string out = "item";
    for (const auto& n : t.names)
        out += "," + quote(n);
    out += ",persistence,climatology\n";
    for (const auto& row : t.rows) {
        if (!row.isMetric && !row.differs)
            continue;
        out += quote(row.item);
        for (const auto& v : row.values)
            out += "," + quote(v);
        out += "," + quote(row.persistence) + "," + quote(row.climatology) + "\n";
    }
    return out;
}

std::string skipSuggestion(const ExperimentResult& r)
{
    if (r.prepError.code == PrepErrorCode::EmptyRange)
        return "too few complete windows (each needs lookback + horizon consecutive observations); "
               "the series may be sampled less often than the grid: try a coarser (e.g. monthly) resolution "
               "or a shorter lookback";
    return "check the variable and the ranges";
}

std::string comparisonJson(const std::vector<std::string>& names, const std::vector<const ExperimentResult*>& results)
{
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < results.size(); ++i) {
        nlohmann::json entry;
        entry["name"] = names[i];
        entry["settings"] = nlohmann::json::parse(configToJson(results[i]->config));
        if (results[i]->ok())
            entry["metrics"] = nlohmann::json::parse(metricsJson(*results[i]));
        else
            entry["error"] = results[i]->error;
        list.push_back(entry);
    }
    return nlohmann::json{{"configurations", list}}.dump(2) + "\n";
}

}  // namespace mc
