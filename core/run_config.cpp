// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_config.h"

#include "layer_list.h"
#include "param_json.h"

#include <nlohmann/json.hpp>

namespace mc {

using nlohmann::json;

InputRef parseInputRef(const std::string& text)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos)
        return {std::string(), text};
    return {text.substr(0, colon), text.substr(colon + 1)};
}

TimeRange RunConfig::defaultTrainRange() { return *parseTimeRange("2013-01-01/2017-12-31"); }
TimeRange RunConfig::defaultTestRange() { return *parseTimeRange("2018-01-01/2018-12-31"); }

void applyPreset(RunConfig& config, const Preset& preset)
{
    for (const auto& [key, value] : preset.values)
        config.params.set(key, value);
    config.preset = preset.name;
}

std::string resolvedOutputActivation(const ParamSet& params)
{
    const auto act = params.getString("output-activation");
    if (act != "auto")
        return act;
    // A residual forecast is the last observed value plus a change: the anchor is a level already,
    // and a ReLU would only clip test values below the training minimum.
    const bool residual = params.has("residual") && params.getString("residual") == "on";
    return params.getBool("predict-change") || params.getString("scaling") == "zscore" || residual ? "none" : "relu";
}

ConfigCheck checkConfig(const RunConfig& config)
{
    using I = ConfigIssue;
    if (!findModel(config.model))
        return {I::UnknownModel, {}, "unknown model '" + config.model + "'"};
    if (config.target.empty())
        return {I::NoTarget, {}, "no target variable given"};
    const auto options = optionsFor(config.model);
    for (const auto& [key, value] : config.params.values()) {
        const auto* desc = findOption(options, key);
        if (!desc)
            return {I::OptionNotForModel, key, "option '" + key + "' does not apply to model " + config.model};
        const auto why = checkParam(*desc, value);
        if (!why.empty())
            return {I::BadOptionValue, key, key + ": " + why};
    }
    const auto& p = config.params;
    if (p.getString("output-activation") == "relu") {
        // ReLU clips at zero: fine for min-max levels in [0, 1], wrong for changes or z-scores,
        // which are negative half of the time.
        if (p.getBool("predict-change"))
            return {I::ReluWithChange, "output-activation",
                    "output-activation relu cannot produce the negative changes that predict-change needs; use none"};
        if (p.getString("scaling") == "zscore")
            return {I::ReluWithZscore, "output-activation",
                    "output-activation relu cannot produce the negative values of z-score scaling; use none"};
    }
    // Stateful streams carry one station's state through time; node groups have no such stream.
    if (p.getBool("stateful") && !findModel(config.model)->supports(NodeLayout::Single))
        return {I::StatefulNeedsSingleNode, "stateful",
                "stateful training takes one station; model " + config.model + " forecasts several nodes at once"};
    if (p.getBool("stateful") && config.model != "lstm")
        return {I::StatefulNeedsRecurrentModel, "stateful", "stateful training needs a recurrent model (lstm), not " + config.model};
    // A decay of 1 freezes a running average at its start (zero), and Adam's bias correction then
    // divides by zero; momentum 1 never forgets a gradient. Options an optimizer does not use are
    // ignored rather than refused, so switching optimizer in the GUI never blocks a run.
    for (const char* key : {"beta1", "beta2"})
        if (p.getDouble(key) >= 1)
            return {I::DecayNotBelowOne, key,
                    std::string(key) + " must be below 1: it is the decay of a running average, and 1 would never update it"};
    if (p.getDouble("momentum") >= 1)
        return {I::MomentumNotBelowOne, "momentum",
                "momentum must be below 1: with 1 every past gradient counts forever and the steps never settle"};
    if (p.getDouble("dropout") > 0 && p.getInt("layers") < 2)
        return {I::DropoutNeedsLayers, "dropout", "dropout applies between stacked layers: set layers to 2 or more, or dropout to 0"};
    if (config.model == "convlstm") {
        std::string why;
        std::string key;
        if (!convLstmLayers(p, why, key))
            return {I::BadLayerList, key, why};
    }
    if (config.model == "attention" && p.getInt("embedding-dim") % p.getInt("heads") != 0)
        return {I::HeadsNotDividingEmbedding, "heads",
                "heads (" + std::to_string(p.getInt("heads")) + ") must divide embedding-dim ("
                    + std::to_string(p.getInt("embedding-dim")) + "): each head takes an equal share of the channels"};
    const auto dev = p.getString("device");
    if (dev != "auto" && dev != "cpu" && dev != "cuda" && dev.rfind("cuda:", 0) != 0)
        return {I::BadDevice, "device", "device must be auto, cpu, cuda or cuda:N, got '" + dev + "'"};
    if (config.valFraction < 0 || config.valFraction >= 1)
        return {I::BadValFraction, {}, "val-fraction must be at least 0 and below 1"};
    if (config.trainRange.last >= config.testRange.first)
        return {I::TrainNotBeforeTest, {}, "the training range must end before the test range starts"};
    if (config.valRange && (config.valRange->first < config.trainRange.first || config.valRange->last > config.trainRange.last))
        return {I::ValOutsideTrain, {}, "the validation range must lie inside the training range"};
    return {};
}

std::string validateConfig(const RunConfig& config) { return checkConfig(config).detail; }


std::string configToJson(const RunConfig& c)
{
    json j;
    j["data"] = c.dataPaths;
    j["import"] = json::parse(importSettingsToJson(c.import));
    j["station"] = c.station;
    j["target"] = c.target;
    json inputs = json::array();
    for (const auto& in : c.inputs)
        inputs.push_back(in.text());
    j["inputs"] = inputs;
    j["model"] = c.model;
    if (!c.preset.empty())
        j["preset"] = c.preset;
    json params = json::object();
    for (const auto& [key, value] : c.params.values())
        params[key] = paramToJson(value);
    j["params"] = params;
    j["train_range"] = formatTimeRange(c.trainRange, true);
    j["test_range"] = formatTimeRange(c.testRange, true);
    if (c.valRange)
        j["val_range"] = formatTimeRange(*c.valRange, true);
    j["val_fraction"] = c.valFraction;
    return j.dump(2);
}

std::optional<RunConfig> configFromJson(const std::string& text, std::string& error)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    // run.json nests the settings under "config"; a hand-written file may be flat.
    const json& c = j.contains("config") && j["config"].is_object() ? j["config"] : j;
    RunConfig out;
    try {
        if (c.contains("data"))
            out.dataPaths = c["data"].get<std::vector<std::string>>();
        if (c.contains("import")) {
            std::string why;
            auto settings = importSettingsFromJson(c["import"].dump(), why);
            if (!settings) {
                error = "import: " + why;
                return std::nullopt;
            }
            out.import = std::move(*settings);
        }
        out.station = c.value("station", std::string());
        out.target = c.value("target", std::string());
        if (c.contains("inputs"))
            for (const auto& in : c["inputs"])
                out.inputs.push_back(parseInputRef(in.get<std::string>()));
        out.model = c.value("model", std::string("lstm"));
        out.preset = c.value("preset", std::string());
        const auto options = optionsFor(out.model);
        if (c.contains("params")) {
            for (const auto& [key, value] : c["params"].items()) {
                const auto* desc = findOption(options, key);
                if (!desc) {
                    error = "unknown option '" + key + "' for model " + out.model;
                    return std::nullopt;
                }
                auto v = paramFromJson(*desc, value);
                if (!v) {
                    error = "option '" + key + "' has the wrong type";
                    return std::nullopt;
                }
                out.params.set(key, *v);
            }
        }
        const auto range = [&](const char* key, TimeRange& dst) {
            if (!c.contains(key))
                return true;
            const auto r = parseTimeRange(c[key].get<std::string>());
            if (!r) {
                error = std::string("bad ") + key;
                return false;
            }
            dst = *r;
            return true;
        };
        if (!range("train_range", out.trainRange) || !range("test_range", out.testRange))
            return std::nullopt;
        if (c.contains("val_range")) {
            TimeRange v;
            if (!range("val_range", v))
                return std::nullopt;
            out.valRange = v;
        }
        out.valFraction = c.value("val_fraction", 0.1);
    } catch (const json::exception& e) {
        error = e.what();
        return std::nullopt;
    }
    return out;
}

}  // namespace mc
