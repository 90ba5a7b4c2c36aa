// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experiment.h"
#include "model_bundle.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

/// How to apply a saved model to data.
struct ForecastOptions {
    std::string station;                 ///< empty: the bundle's station
    std::optional<TimePoint> from;       ///< only windows whose first forecast time is at or after this
};

enum class ForecastStage { Ok, Model, Data };

/// A saved model applied to a dataset. `run` has the same shape as a training run's result
/// (config from the bundle, data.test = every complete window, predictions, baselines, metrics
/// when there are observations, and the forecast ahead), so forecastCsv, aheadCsv and the charts
/// work on it unchanged. A plain value.
struct ForecastResult {
    ForecastStage failedStage = ForecastStage::Ok;
    std::string error;                   ///< English one-liner when failed
    BundleError bundleError;             ///< for Model
    PrepError prepError;                 ///< for Data, when the windows could not be built
    std::vector<BundleDataIssue> issues; ///< blocking ones fail the Data stage; the rest are warnings
    ExperimentResult run;

    [[nodiscard]] bool ok() const { return failedStage == ForecastStage::Ok; }
    /// True when at least one window had observations to score against.
    [[nodiscard]] bool scored() const { return run.data.test.count > 0; }
};

/// Checks @p dataset against @p bundle (checkBundleData), builds the network from the bundle on
/// the CPU, windows the data with the bundle's scalers and forecasts every complete window plus
/// the horizon ahead of the last observation. Fails when the data does not fit, or when there is
/// neither a complete window nor a forecast ahead. Multi-node bundles (Stations, Grid) forecast
/// every node of the bundle (prepareNodeForecastWindows), scored per node as in training, with the
/// forecast ahead per node (ExperimentResult::aheadPerNode); options.station must be empty.
[[nodiscard]] ForecastResult forecastWithBundle(const ModelBundle& bundle, const Dataset& dataset,
                                                const ForecastOptions& options = {});

/// Writes forecast.csv, forecast_ahead.csv (when there is a forecast ahead), metrics.json (when
/// some window had observations) and forecast.json (bundle, data files, options, issues) into
/// @p dir, each atomically. Returns an English error, empty on success.
[[nodiscard]] std::string writeForecastOutputs(const ForecastResult& result, const ModelBundle& bundle,
                                               const std::string& dir);

}  // namespace mc
