// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experiment.h"

#include <functional>
#include <string>
#include <vector>

namespace mc {

/// One configuration of a paired comparison: a name (preset or run name) and its settings.
struct NamedConfig {
    std::string name;
    RunConfig config;
};

/// Makes the configurations comparable: every one takes the first's station, target, split and
/// seed, so all forecast the identical test windows from the identical random start.
void alignForComparison(std::vector<NamedConfig>& configs);

/// Trains each configuration in turn on @p dataset. @p onProgress receives the index of the
/// configuration being trained. Stops early (remaining results empty, failedStage Train) when
/// @p stop is set.
[[nodiscard]] std::vector<ExperimentResult> runComparison(
    const std::vector<NamedConfig>& configs, const Dataset& dataset, const StopToken& stop,
    const std::function<void(std::size_t index, const EpochProgress&)>& onProgress = {});

/// The slides' table: one column per configuration, rows for the settings (flagged where they
/// differ) and for the metrics, with the baselines alongside.
struct ComparisonTable {
    struct Row {
        std::string item;                 ///< setting key or metric name (English, stable)
        bool isMetric = false;
        bool differs = false;             ///< settings only: not the same in every configuration
        std::vector<std::string> values;  ///< one per configuration
        std::string persistence;          ///< metrics only
        std::string climatology;
    };
    std::vector<std::string> names;
    std::vector<Row> rows;
};

/// Builds the table from finished results; metrics are pooled over the horizon when
/// @p horizon is 0, else for that step (1-based).
[[nodiscard]] ComparisonTable comparisonTable(const std::vector<std::string>& names,
                                              const std::vector<const ExperimentResult*>& results, int horizon = 0);

/// `item,<one column per configuration>,persistence,climatology`, differing settings and metrics.
[[nodiscard]] std::string comparisonCsv(const ComparisonTable& table);
/// What to try when a variable could not be compared because @p result failed (English, one of a
/// few fixed sentences, so the GUI can translate it by its text).
[[nodiscard]] std::string skipSuggestion(const ExperimentResult& result);

/// `{"configurations": [{"name", "settings", "metrics"}]}`, metrics as in metrics.json.
[[nodiscard]] std::string comparisonJson(const std::vector<std::string>& names,
                                         const std::vector<const ExperimentResult*>& results);

}  // namespace mc
