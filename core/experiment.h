// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_import.h"
#include "metrics.h"
#include "model_bundle.h"
#include "run_config.h"
#include "trainer.h"
#include "window_builder.h"

#include <functional>
#include <string>
#include <vector>

namespace mc {

/// Something the analyst should know about a result that is not a failure.
struct RunWarning {
    std::string code;    ///< stable identifier, e.g. "constant_prediction"
    std::string detail;  ///< English
};

/// Metrics of one forecaster (model or baseline) on the test windows.
struct ForecastScore {
    HorizonMetrics metrics;
};

/// The real forecast: the horizon steps after the last observation of the target.
///
/// Multi-node runs have one per node (ExperimentResult::aheadPerNode), all from the same origin:
/// the last time step at which any node observed the target, the origin of one node group whose
/// windows are built like the test windows (missing inputs 0 with observed-indicator 0, never
/// filled). There lastObserved (and so persistence) is the node's last observed target within the
/// lookback, NaN when it has none, as for a test window; the node's prediction is still made
/// (NaN only for a model that predicts the change, which needs that last value).
struct AheadForecast {
    std::string node;                     ///< station or grid-cell id (multi-node); empty for a single station
    TimePoint origin = 0;                 ///< time of the last observation
    double lastObserved = 0;              ///< its value, original units (multi-node: NaN when none within the lookback)
    std::vector<TimePoint> validTime;     ///< (horizon); empty when there is no forecast ahead
    std::vector<double> predicted;        ///< (horizon), original units
    std::vector<double> persistence;      ///< (horizon): lastObserved
    std::vector<double> climatology;      ///< (horizon)
    /// The target over the lookback window the forecast was made from, read from the dataset
    /// (original units, NaN where missing; a gap-filled value is shown as filled): (lookback) times
    /// ending at origin, so a chart can draw what led to the forecast next to it. Empty when there
    /// is no forecast ahead (and in snapshots written before it was kept).
    std::vector<TimePoint> recentTime;
    std::vector<double> recentObserved;   ///< (recentTime.size())
    std::string unavailable;              ///< English reason when validTime is empty
    [[nodiscard]] bool available() const { return !validTime.empty(); }
};

/// Scores of one node of a multi-node run, on its own test windows.
struct NodeScore {
    std::string node;                     ///< station or grid-cell id
    HorizonMetrics model, persistence, climatology;
    double skill = 0;                     ///< vs persistence, pooled over the node's entries
};

enum class ExperimentStage { Ok, Config, Import, Prepare, Train };

/// One full run: data, windows, training, forecasts on the test range, metrics and baselines.
/// A plain value: it may be handed to another thread once the run is over.
struct ExperimentResult {
    ExperimentStage failedStage = ExperimentStage::Ok;
    std::string error;                    ///< English one-liner when failed
    ImportError importError;
    PrepError prepError;

    RunConfig config;
    ImportReport importReport;
    std::vector<SourceFile> sources;
    std::map<std::string, std::string> units;
    PreparedData data;
    TrainResult training;

    std::vector<double> predicted;        ///< (test.count, horizon), original units
    std::vector<double> persistence;      ///< (test.count, horizon)
    std::vector<double> climatology;      ///< (test.count, horizon)
    HorizonMetrics model, persistenceScore, climatologyScore;
    double skill = 0;                     ///< vs persistence, pooled
    std::vector<double> skillPerHorizon;
    /// Multi-node layouts: per node, in PreparedData::nodes order (empty for a single station).
    /// The overall scores above pool every node's entries that are scored: observed targets with
    /// a persistence value (a target observed within the lookback).
    std::vector<NodeScore> perNode;
    std::vector<RunWarning> warnings;
    AheadForecast ahead;                  ///< beyond the last observation of the data (single station)
    /// Multi-node layouts: the forecast ahead of every node, in PreparedData::nodes order, each with
    /// its node id (empty for a single station, and when the run has no forecast ahead; `ahead` is
    /// then unavailable, saying so).
    std::vector<AheadForecast> aheadPerNode;
    /// The trained model as model.mcmodel bytes, so the result stays a plain value that may
    /// cross threads; training.model may be dropped once this is filled.
    std::string modelFile;

    [[nodiscard]] bool ok() const { return failedStage == ExperimentStage::Ok; }
    [[nodiscard]] std::string unit() const;
};

/// Imports @p config.dataPaths (or uses @p preloaded when given), prepares windows, trains, and
/// evaluates on the test range against persistence and climatology.
[[nodiscard]] ExperimentResult runExperiment(const RunConfig& config, const StopToken& stop,
                                             const ProgressFn& onProgress = {},
                                             const Dataset* preloaded = nullptr);

/// Forecasts and metrics of @p model on @p result.data's test windows, filling the result; per node
/// as well for multi-node layouts (climatology then per node, by day of year over the training range).
void evaluate(ExperimentResult& result, const Forecaster& model);

/// The forecast ahead of @p data's last target observation by @p model, with the baselines;
/// unavailable (with the reason) when the inputs before it are incomplete. Single station only
/// (multi-node layouts: unavailable, see forecastAheadPerNode).
[[nodiscard]] AheadForecast forecastAhead(const Dataset& dataset, const PreparedData& data, const Forecaster& model);

/// Multi-node layouts: the forecast ahead of every node of @p data (one node group at the last time
/// step with any observed target; see AheadForecast), climatology per node. Empty, with @p why
/// set, when there is nothing to forecast from; empty for a single station.
[[nodiscard]] std::vector<AheadForecast> forecastAheadPerNode(const Dataset& dataset, const PreparedData& data,
                                                              const Forecaster& model, std::string& why);

/// Fills @p result.ahead (single station) or @p result.aheadPerNode (multi-node) from @p dataset.
void fillAhead(ExperimentResult& result, const Dataset& dataset, const Forecaster& model);

/// True when @p result has a forecast ahead (its own, or any node's).
[[nodiscard]] bool hasAhead(const ExperimentResult& result);

/// Writes metrics.json, forecast.csv, forecast_ahead.csv (when there is a forecast ahead: hasAhead),
/// loss.csv, run.json and model.mcmodel into @p dir (created if needed), each atomically. Returns an English error, empty on success.
[[nodiscard]] std::string writeRunOutputs(const ExperimentResult& result, const std::string& dir);

/// The forecast.csv text: time,station,variable,horizon,observed,predicted,persistence,climatology;
/// for multi-node layouts station is each window's node id and observed is empty where missing.
[[nodiscard]] std::string forecastCsv(const ExperimentResult& result);
/// The forecast_ahead.csv text: forecastCsv's columns, observed empty, one row per step ahead;
/// multi-node layouts: every node's steps, node after node (station = the node id).
[[nodiscard]] std::string aheadCsv(const ExperimentResult& result);
/// The metrics.json text.
[[nodiscard]] std::string metricsJson(const ExperimentResult& result);
/// A flat table of the metrics: forecaster,horizon,rmse,mae,mape,r2,nse,bias,skill_vs_persistence
/// (horizon "all" for pooled rows), for spreadsheets. Multi-node layouts add a station column after
/// forecaster: "all" for the pooled rows over every node, then each node's rows.
[[nodiscard]] std::string metricsCsv(const ExperimentResult& result);

/// What model.mcmodel stores for @p result's run: its configuration, scalers, climatology, data
/// files, metrics, versions and @p model's tensors.
[[nodiscard]] ModelBundle modelBundle(const ExperimentResult& result, const Forecaster& model);

/// Shortest text that reads back as the same double; empty for NaN.
[[nodiscard]] std::string formatNumber(double v);

}  // namespace mc
