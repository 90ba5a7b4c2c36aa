// SPDX-License-Identifier: GPL-3.0-or-later
#include "window_builder.h"

#include "node_windows.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>

namespace mc {

using detail::kNone;
using detail::kTest;
using detail::kTrain;
using detail::kVal;
using detail::RangeIndex;
namespace {

using detail::onGrid;

PrepError fail(PrepErrorCode code, std::string text, std::vector<std::string> candidates = {})
{
    return detail::prepError(code, std::move(text), std::move(candidates));
}

std::vector<std::string> variableNames(const StationData& s)
{
    std::vector<std::string> out;
    for (const auto& kv : s.variables)
        out.push_back(kv.first);
    return out;
}


}  // namespace

NodeLayout chooseLayout(const Dataset& dataset, const RunConfig& config)
{
    const ModelDescription* model = findModel(config.model);
    if (!config.station.empty() || !model)
        return NodeLayout::Single;
    if (model->supports(NodeLayout::Grid) && !dataset.grid.empty())
        return NodeLayout::Grid;
    if (model->supports(NodeLayout::Stations)
        && (!model->supports(NodeLayout::Single) || dataset.stationsWith(config.target).size() > 1))
        return NodeLayout::Stations;
    return NodeLayout::Single;
}

PrepResult prepareWindows(const Dataset& dataset, const RunConfig& config)
{
    const NodeLayout layout = chooseLayout(dataset, config);
    if (const ModelDescription* model = findModel(config.model); model && !model->supports(layout)) {
        PrepResult result;
        result.error = fail(PrepErrorCode::LayoutNotSupported,
                            "model " + config.model + " cannot forecast " + nodeLayoutName(layout) + " data"
                                + (layout == NodeLayout::Single ? std::string(" (it needs several stations or a grid;"
                                                                              " leave the station unset)")
                                                                : std::string()));
        return result;
    }
    return prepareWindows(dataset, config, layout);
}

PrepResult prepareWindows(const Dataset& dataset, const RunConfig& config, NodeLayout layout)
{
    if (layout != NodeLayout::Single)
        return prepareNodeWindows(dataset, config, layout);
    PrepResult result;
    PreparedData& d = result.data;
    const std::string& target = config.target;

    std::string stationId = config.station;
    if (stationId.empty()) {
        const auto with = dataset.stationsWith(target);
        if (with.empty()) {
            result.error = fail(PrepErrorCode::NoStationWithTarget, "no station has variable '" + target + "'");
            return result;
        }
        if (with.size() > 1) {
            result.error = fail(PrepErrorCode::StationRequired,
                                "several stations have '" + target + "': choose one with --station", with);
            return result;
        }
        stationId = with.front();
    }
    const StationData* station = dataset.station(stationId);
    if (!station) {
        std::vector<std::string> ids;
        for (const auto& s : dataset.stations)
            ids.push_back(s.id);
        result.error = fail(PrepErrorCode::UnknownStation, "no station '" + stationId + "'", ids);
        return result;
    }
    if (!station->hasVariable(target)) {
        result.error = fail(PrepErrorCode::UnknownVariable,
                            "station '" + stationId + "' has no variable '" + target + "'", variableNames(*station));
        return result;
    }

    d.station = stationId;
    d.nodes = {stationId};
    d.nodeInfo = {NodeInfo{station->latitude, station->longitude, station->depth}};
    d.target = target;
    d.dateOnly = dataset.dateOnly;
    d.predictChange = config.params.getBool("predict-change");
    d.axis = inferTimeAxis({&station->times});
    d.step = d.axis.nominalSeconds();
    const TimeAxis& axis = d.axis;
    const std::size_t n = station->times.empty() ? 0 : axis.countThrough(station->times.back());

    std::vector<std::vector<double>> features;
    features.push_back(onGrid(*station, station->variables.at(target), axis, n));
    // Gap-filled targets may train a model but never score one: validation and test windows
    // whose targets were interpolated are left out (metrics count only observed targets).
    std::vector<double> filled(station->times.size(), 0.0);
    for (std::size_t k = 0; k < filled.size(); ++k)
        filled[k] = station->origin(target, k) == PointOrigin::Filled ? 1.0 : 0.0;
    const std::vector<double> filledOnGrid = onGrid(*station, filled, axis, n);
    d.featureNames.push_back(target);
    for (const auto& ref : config.inputs) {
        const StationData* src = ref.station.empty() ? station : dataset.station(ref.station);
        if (!src) {
            result.error = fail(PrepErrorCode::UnknownStation, "input " + ref.text() + ": no station '" + ref.station + "'", detail::stationIds(dataset));
            return result;
        }
        const auto it = src->variables.find(ref.variable);
        if (it == src->variables.end()) {
            result.error = fail(PrepErrorCode::UnknownVariable,
                                "input " + ref.text() + ": station '" + src->id + "' has no variable '" + ref.variable + "'",
                                variableNames(*src));
            return result;
        }
        features.push_back(onGrid(*src, it->second, axis, n));
        d.featureNames.push_back(ref.text());
    }

    const detail::RangeSplit split(config, axis);
    const auto rangeOf = [&](TimePoint t) { return split.of(t); };
    const auto gridTime = [&](std::size_t i) { return axis.at(static_cast<std::int64_t>(i)); };

    // Scalers see the training part only: no information from validation or test leaks in.
    const auto scaling = scalingFromName(config.params.getString("scaling"));
    for (const auto& f : features) {
        std::vector<double> fitValues;
        for (std::size_t i = 0; i < n; ++i)
            if (rangeOf(gridTime(i)) == kTrain)
                fitValues.push_back(f[i]);
        d.scalers.push_back(Scaler::fit(fitValues, scaling));
    }

    // Climatology over the whole training range (validation included; it is still past data).
    d.climatology = detail::dayOfYearMeans({&features[0]}, axis, config.trainRange);

    const int lookback = static_cast<int>(config.params.getInt("lookback"));
    const int horizon = static_cast<int>(config.params.getInt("horizon"));
    const int nf = static_cast<int>(features.size());
    WindowSet* sets[3] = {&d.train, &d.val, &d.test};
    for (auto* s : sets) {
        s->lookback = lookback;
        s->horizon = horizon;
        s->features = nf;
    }
    const Scaler& ts = d.scalers[0];
    d.gridCount = n;
    d.gridX.assign(n * static_cast<std::size_t>(nf), std::numeric_limits<float>::quiet_NaN());
    d.gridY.assign(n * static_cast<std::size_t>(horizon), std::numeric_limits<float>::quiet_NaN());
    d.gridRange.assign(n, kNone);
    for (std::size_t i = 0; i < n; ++i) {
        for (int f = 0; f < nf; ++f)
            if (!std::isnan(features[f][i]))
                d.gridX[i * nf + f] = static_cast<float>(d.scalers[f].apply(features[f][i]));
        if (i + 1 < n)
            d.gridRange[i] = static_cast<std::uint8_t>(rangeOf(gridTime(i + 1)));
        if (i + static_cast<std::size_t>(horizon) >= n || std::isnan(features[0][i]))
            continue;
        const double lastScaled = ts.apply(features[0][i]);
        for (int h = 1; h <= horizon; ++h) {
            const double obs = features[0][i + static_cast<std::size_t>(h)];
            if (std::isnan(obs))
                break;
            const double scaled = ts.apply(obs);
            d.gridY[i * horizon + static_cast<std::size_t>(h - 1)] = static_cast<float>(d.predictChange ? scaled - lastScaled : scaled);
        }
        // A partial target row is as useless as none: mark it missing as a whole.
        for (int h = 0; h < horizon; ++h)
            if (std::isnan(d.gridY[i * horizon + static_cast<std::size_t>(h)])) {
                for (int k = 0; k < horizon; ++k)
                    d.gridY[i * horizon + static_cast<std::size_t>(k)] = std::numeric_limits<float>::quiet_NaN();
                break;
            }
    }
    for (std::size_t i = static_cast<std::size_t>(lookback - 1); i + static_cast<std::size_t>(horizon) < n; ++i) {
        const auto r = rangeOf(gridTime(i + 1));
        if (r == kNone)
            continue;
        bool complete = true;
        for (int f = 0; f < nf && complete; ++f)
            for (std::size_t k = i + 1 - static_cast<std::size_t>(lookback); k <= i && complete; ++k)
                complete = !std::isnan(features[f][k]);
        for (int h = 1; h <= horizon && complete; ++h)
            complete = !std::isnan(features[0][i + static_cast<std::size_t>(h)])
                && (r == kTrain || filledOnGrid[i + static_cast<std::size_t>(h)] != 1.0);
        if (!complete) {
            ++d.skipped[r];
            continue;
        }
        WindowSet& w = *sets[r];
        for (std::size_t k = i + 1 - static_cast<std::size_t>(lookback); k <= i; ++k)
            for (int f = 0; f < nf; ++f)
                w.x.push_back(static_cast<float>(d.scalers[f].apply(features[f][k])));
        const double last = features[0][i];
        const double lastScaled = ts.apply(last);
        for (int h = 1; h <= horizon; ++h) {
            const double obs = features[0][i + static_cast<std::size_t>(h)];
            const double scaled = ts.apply(obs);
            w.y.push_back(static_cast<float>(d.predictChange ? scaled - lastScaled : scaled));
            w.observed.push_back(obs);
            w.validTime.push_back(gridTime(i + static_cast<std::size_t>(h)));
        }
        w.originTime.push_back(gridTime(i));
        w.lastObserved.push_back(last);
        w.lastScaled.push_back(lastScaled);
        w.node.push_back(0);
        ++w.count;
    }
    if (d.train.count == 0) {
        result.error = fail(PrepErrorCode::EmptyRange, "no complete window in the training range "
                                                           + formatTimeRange(config.trainRange, true)
                                                           + " (check the range and the data's gaps)");
        return result;
    }
    if (d.test.count == 0)
        result.error = fail(PrepErrorCode::EmptyRange, "no complete window in the test range "
                                                           + formatTimeRange(config.testRange, true)
                                                           + " (check the range and the data's gaps)");
    return result;
}

std::string describe(const PrepError& error)
{
    std::string out = error.detail;
    if (!error.candidates.empty()) {
        out += " (";
        for (std::size_t i = 0; i < error.candidates.size(); ++i)
            out += (i ? ", " : "") + error.candidates[i];
        out += ")";
    }
    return out;
}

WindowSet WindowSet::inputOf(std::size_t index) const
{
    if (index >= count)
        throw std::out_of_range("WindowSet::inputOf: window " + std::to_string(index) + " of " + std::to_string(count));
    WindowSet one;
    one.count = 1;
    one.lookback = lookback;
    one.features = features;
    one.horizon = horizon;
    const auto size = static_cast<std::size_t>(lookback) * static_cast<std::size_t>(features);
    const auto first = x.begin() + static_cast<std::ptrdiff_t>(index * size);
    one.x.assign(first, first + static_cast<std::ptrdiff_t>(size));
    return one;
}

}  // namespace mc
