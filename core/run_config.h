// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_settings.h"
#include "model_registry.h"
#include "time_format.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

/// A covariate: a variable of the target station (station empty) or of another station,
/// joined on time.
struct InputRef {
    std::string station;
    std::string variable;
    [[nodiscard]] std::string text() const { return station.empty() ? variable : station + ":" + variable; }
};

/// Parses `VAR` or `STATION:VAR`.
[[nodiscard]] InputRef parseInputRef(const std::string& text);

/// Everything that defines one run; `run.json` is this struct, so a run can be repeated.
struct RunConfig {
    std::vector<std::string> dataPaths;
    ImportSettings import;               ///< how the data files are read
    std::string station;                 ///< empty: the only station that has the target
    std::string target;
    std::vector<InputRef> inputs;
    std::string model = "lstm";
    std::string preset;                  ///< informational: the preset the values came from
    ParamSet params;                     ///< training and model options (see the registry)
    TimeRange trainRange = defaultTrainRange();
    TimeRange testRange = defaultTestRange();
    std::optional<TimeRange> valRange;   ///< when absent, the last valFraction of the train range
    double valFraction = 0.1;

    static TimeRange defaultTrainRange();
    static TimeRange defaultTestRange();
};

/// Applies @p preset's values to @p config (values already set explicitly are overwritten).
void applyPreset(RunConfig& config, const Preset& preset);

/// Why a configuration cannot run, as a code the UI translates.
enum class ConfigIssue {
    None,
    UnknownModel,
    NoTarget,
    OptionNotForModel,   ///< key set
    BadOptionValue,      ///< key set; detail says why
    ReluWithChange,
    ReluWithZscore,
    StatefulNeedsRecurrentModel,
    DecayNotBelowOne,    ///< key: beta1 or beta2
    MomentumNotBelowOne,
    DropoutNeedsLayers,
    HeadsNotDividingEmbedding,  ///< key: heads
    BadDevice,
    BadValFraction,
    TrainNotBeforeTest,
    ValOutsideTrain,
    StatefulNeedsSingleNode,  ///< stateful mode with a model kind that forecasts several nodes at once
    BadLayerList,        ///< key: conv-layers, hidden-channels or kernel; detail says why
};

struct ConfigCheck {
    ConfigIssue issue = ConfigIssue::None;
    std::string key;     ///< the option concerned, when there is one
    std::string detail;  ///< English, for logs and the CLI
    [[nodiscard]] bool ok() const { return issue == ConfigIssue::None; }
};

/// Checks the registry's ranges and the combinations it cannot express alone (e.g. ReLU with
/// predicted changes).
[[nodiscard]] ConfigCheck checkConfig(const RunConfig& config);
/// checkConfig's English detail, empty when valid.
[[nodiscard]] std::string validateConfig(const RunConfig& config);

/// Output activation after resolving `auto`: "relu" for min-max scaled levels, else "none".
[[nodiscard]] std::string resolvedOutputActivation(const ParamSet& params);

/// JSON text of the config (settings only; run.json adds provenance around it).
[[nodiscard]] std::string configToJson(const RunConfig& config);
/// Parses what configToJson (or run.json) wrote. On failure returns nullopt and sets @p error.
[[nodiscard]] std::optional<RunConfig> configFromJson(const std::string& text, std::string& error);

}  // namespace mc
