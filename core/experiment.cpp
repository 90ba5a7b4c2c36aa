// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment.h"

#include "bundle_windows.h"
#include "forecaster.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace mc {

std::string ExperimentResult::unit() const
{
    const auto it = units.find(data.target);
    return it == units.end() ? std::string() : it->second;
}

std::string formatNumber(double v)
{
    if (!std::isfinite(v))
        return {};
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

namespace {

// Entries that score: observed, and (multi-node) with a persistence value, so that the model and
// its baselines are measured on the same entries.
std::vector<double> scoredObserved(const ExperimentResult& r)
{
    std::vector<double> out = r.data.test.observed;
    if (r.data.multiNode())
        for (std::size_t j = 0; j < out.size(); ++j)
            if (!std::isfinite(r.persistence[j]))
                out[j] = std::numeric_limits<double>::quiet_NaN();
    return out;
}

void scoreNodes(ExperimentResult& r, const std::vector<double>& observed)
{
    const WindowSet& test = r.data.test;
    const auto h = static_cast<std::size_t>(test.horizon);
    r.perNode.clear();
    for (std::size_t node = 0; node < r.data.nodes.size(); ++node) {
        std::vector<double> o, p, per, cli;
        for (std::size_t i = 0; i < test.count; ++i)
            if (static_cast<std::size_t>(test.node[i]) == node)
                for (std::size_t k = 0; k < h; ++k) {
                    o.push_back(observed[i * h + k]);
                    p.push_back(r.predicted[i * h + k]);
                    per.push_back(r.persistence[i * h + k]);
                    cli.push_back(r.climatology[i * h + k]);
                }
        NodeScore s;
        s.node = r.data.nodes[node];
        s.model = computeHorizonMetrics(o, p, test.horizon);
        s.persistence = computeHorizonMetrics(o, per, test.horizon);
        s.climatology = computeHorizonMetrics(o, cli, test.horizon);
        s.skill = skillScore(s.model.pooled.rmse, s.persistence.pooled.rmse);
        r.perNode.push_back(std::move(s));
    }
}

// The target of @p stationId on the @p lookback steps of data.axis ending at @p origin, straight from
// the dataset: the window's own inputs are scaled (floats), an analyst wants the recorded values.
void fillRecent(AheadForecast& a, const Dataset& dataset, const PreparedData& data, const std::string& stationId, int lookback)
{
    const long end = data.axis.index(a.origin);
    if (end < 0 || lookback < 1)
        return;
    const std::string& variable = data.featureNames.empty() ? data.target : data.featureNames[0];
    const StationData* station = dataset.station(stationId);
    const std::vector<double>* values = nullptr;
    if (station)
        if (const auto it = station->variables.find(variable); it != station->variables.end())
            values = &it->second;
    for (long k = std::max(0L, end + 1 - lookback); k <= end; ++k) {
        const TimePoint t = data.axis.at(k);
        const long i = values ? station->indexOf(t) : -1;
        a.recentTime.push_back(t);
        a.recentObserved.push_back(i >= 0 ? (*values)[static_cast<std::size_t>(i)] : std::numeric_limits<double>::quiet_NaN());
    }
}

// The forecast ahead of window @p i of @p w (one per node for multi-node data), @p predicted holding
// every window's horizon; @p station names the node's series for the recent observations.
AheadForecast aheadOf(const WindowSet& w, std::size_t i, const std::vector<double>& predicted, const Dataset& dataset,
                      const PreparedData& data, const std::string& station)
{
    AheadForecast a;
    const auto h = static_cast<std::size_t>(w.horizon);
    const auto node = static_cast<std::size_t>(w.node.empty() ? 0 : w.node[i]);
    a.origin = w.originTime[i];
    a.lastObserved = w.lastObserved[i];
    a.validTime.assign(w.validTime.begin() + static_cast<long>(i * h), w.validTime.begin() + static_cast<long>((i + 1) * h));
    a.predicted.assign(predicted.begin() + static_cast<long>(i * h), predicted.begin() + static_cast<long>((i + 1) * h));
    for (const TimePoint t : a.validTime) {
        a.persistence.push_back(a.lastObserved);
        a.climatology.push_back(data.climatologyAt(t, node));
    }
    fillRecent(a, dataset, data, station, w.lookback);
    return a;
}

}  // namespace

void evaluate(ExperimentResult& r, const Forecaster& model)
{
    const WindowSet& test = r.data.test;
    const auto h = static_cast<std::size_t>(test.horizon);
    r.predicted = model.predict(test, r.data);
    r.persistence.resize(test.count * h);
    r.climatology.resize(test.count * h);
    for (std::size_t i = 0; i < test.count; ++i)
        for (std::size_t k = 0; k < h; ++k) {
            r.persistence[i * h + k] = test.lastObserved[i];
            r.climatology[i * h + k] = r.data.climatologyAt(test.validTime[i * h + k],
                                                           test.node.empty() ? 0 : static_cast<std::size_t>(test.node[i]));
        }
    const std::vector<double> observed = scoredObserved(r);
    r.model = computeHorizonMetrics(observed, r.predicted, test.horizon);
    r.persistenceScore = computeHorizonMetrics(observed, r.persistence, test.horizon);
    r.climatologyScore = computeHorizonMetrics(observed, r.climatology, test.horizon);
    r.skill = skillScore(r.model.pooled.rmse, r.persistenceScore.pooled.rmse);
    r.skillPerHorizon.clear();
    for (std::size_t k = 0; k < h; ++k)
        r.skillPerHorizon.push_back(skillScore(r.model.perHorizon[k].rmse, r.persistenceScore.perHorizon[k].rmse));
    if (r.data.multiNode())
        scoreNodes(r, observed);

    // A step whose forecast never moves is almost always a dead ReLU output, seen on real data
    // with the reference setup: the analyst must not mistake it for a forecast.
    for (std::size_t k = 0; k < h && test.count > 1; ++k) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        std::size_t finite = 0;
        for (std::size_t i = 0; i < test.count; ++i)
            if (std::isfinite(r.predicted[i * h + k])) {  // multi-node: no forecast without a last value
                lo = std::min(lo, r.predicted[i * h + k]);
                hi = std::max(hi, r.predicted[i * h + k]);
                ++finite;
            }
        if (finite > 1 && hi - lo <= 1e-9 * std::max(1.0, std::abs(hi)))
            r.warnings.push_back({"constant_prediction", "horizon " + std::to_string(k + 1) + " predicts the constant "
                                                             + formatNumber(hi)
                                                             + " for every test window (a dead ReLU output?"
                                                               " try --output-activation none or --predict-change)"});
    }
    if (r.skill < 0)
        r.warnings.push_back({"worse_than_persistence",
                              "the model's RMSE is higher than the persistence forecast's (skill "
                                  + formatNumber(std::round(r.skill * 1000) / 1000) + ")"});
}

AheadForecast forecastAhead(const Dataset& dataset, const PreparedData& data, const Forecaster& model)
{
    AheadForecast a;
    if (data.multiNode()) {
        a.unavailable = "a multi-node run forecasts ahead per node";
        return a;
    }
    const WindowSet w = aheadWindow(dataset, data, a.unavailable);
    if (w.count != 1)
        return a;
    return aheadOf(w, 0, model.predict(w, data), dataset, data, data.station);
}

std::vector<AheadForecast> forecastAheadPerNode(const Dataset& dataset, const PreparedData& data, const Forecaster& model,
                                                std::string& why)
{
    std::vector<AheadForecast> out;
    if (!data.multiNode())
        return out;
    const WindowSet w = nodeAheadWindow(dataset, data, why);
    if (w.count != data.nodes.size())
        return out;
    const std::vector<double> predicted = model.predict(w, data);
    for (std::size_t i = 0; i < w.count; ++i) {
        const std::string& node = data.nodes[static_cast<std::size_t>(w.node[i])];
        out.push_back(aheadOf(w, i, predicted, dataset, data, node));
        out.back().node = node;
    }
    return out;
}

void fillAhead(ExperimentResult& r, const Dataset& dataset, const Forecaster& model)
{
    r.aheadPerNode.clear();
    if (!r.data.multiNode()) {
        r.ahead = forecastAhead(dataset, r.data, model);
        return;
    }
    r.ahead = AheadForecast{};
    std::string why;
    r.aheadPerNode = forecastAheadPerNode(dataset, r.data, model, why);
    r.ahead.unavailable = r.aheadPerNode.empty() ? why : "a multi-node run forecasts ahead per node";
}

bool hasAhead(const ExperimentResult& r)
{
    return r.ahead.available()
        || std::any_of(r.aheadPerNode.begin(), r.aheadPerNode.end(), [](const AheadForecast& a) { return a.available(); });
}

ExperimentResult runExperiment(const RunConfig& config, const StopToken& stop, const ProgressFn& onProgress,
                               const Dataset* preloaded)
{
    ExperimentResult r;
    r.config = config;
    r.config.params.fillDefaults(optionsFor(config.model));
    if (const auto why = validateConfig(r.config); !why.empty()) {
        r.failedStage = ExperimentStage::Config;
        r.error = why;
        return r;
    }
    ImportResult imported;
    if (!preloaded) {
        ImportOptions options;
        options.settings = config.import;
        imported = importCsv(config.dataPaths, options);
        if (!imported.ok()) {
            r.failedStage = ExperimentStage::Import;
            r.importError = imported.error;
            r.error = describe(imported.error);
            return r;
        }
        r.importReport = imported.report;
    }
    const Dataset& dataset = preloaded ? *preloaded : imported.dataset;
    r.sources = dataset.sources;
    r.units = dataset.units;

    auto prepared = prepareWindows(dataset, r.config);
    if (!prepared.ok()) {
        r.failedStage = ExperimentStage::Prepare;
        r.prepError = prepared.error;
        r.error = describe(prepared.error);
        return r;
    }
    r.data = std::move(prepared.data);
    if (r.config.station.empty() && !r.data.multiNode())
        r.config.station = r.data.station;
    if (!r.data.leftOut.empty()) {
        std::string ids;
        for (const auto& id : r.data.leftOut)
            ids += (ids.empty() ? "" : ", ") + id;
        r.warnings.push_back({"stations_left_out", "stations without '" + r.data.target + "' are left out: " + ids});
    }

    r.training = fit(r.config, r.data, stop, onProgress);
    if (!r.training.ok()) {
        r.failedStage = ExperimentStage::Train;
        r.error = r.training.detail;
        return r;
    }
    evaluate(r, *r.training.model);
    if (auto note = r.training.model->convergenceNote(); !note.empty())
        r.warnings.push_back({"not_converged", std::move(note)});
    fillAhead(r, dataset, *r.training.model);
    r.modelFile = bundleBytes(modelBundle(r, *r.training.model));
    return r;
}

}  // namespace mc
