// SPDX-License-Identifier: GPL-3.0-or-later
#include "node_windows.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mc {

using detail::kNone;
using detail::kTest;
using detail::kTrain;
using detail::kVal;
using detail::RangeIndex;
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();


bool hasCoordinates(const StationData& s) { return std::isfinite(s.latitude) && std::isfinite(s.longitude); }

// North to south, then west to east, so that station frames read like a map; the stations
// without coordinates follow by id.
bool northToSouth(const StationData* a, const StationData* b)
{
    const bool ca = hasCoordinates(*a), cb = hasCoordinates(*b);
    if (ca != cb)
        return ca;
    if (ca) {
        if (a->latitude != b->latitude)
            return a->latitude > b->latitude;
        if (a->longitude != b->longitude)
            return a->longitude < b->longitude;
    }
    return a->id < b->id;
}

// Chooses the nodes (null for a grid cell without a station) and sets d's layout fields.
PrepError chooseNodes(const Dataset& ds, const std::string& target, NodeLayout layout, PreparedData& d,
                      std::vector<const StationData*>& nodes)
{
    d.layout = layout;
    if (layout == NodeLayout::Grid) {
        const GridInfo& g = ds.grid;
        if (g.empty())
            return detail::prepError(PrepErrorCode::LayoutNotSupported, "the data has no grid");
        d.gridRows = static_cast<int>(g.latitudes.size());
        d.gridCols = static_cast<int>(g.longitudes.size());
        bool any = false;
        for (std::size_t i = 0; i < g.cellStations.size(); ++i) {
            const StationData* s = ds.station(g.cellStations[i]);
            any = any || (s && s->hasVariable(target));
            nodes.push_back(s);  // a cell without the target still has its inputs
            d.nodes.push_back(g.cellStations[i]);
            d.nodeInfo.push_back({g.latitudes[i / g.longitudes.size()], g.longitudes[i % g.longitudes.size()],
                                  s ? s->depth : kNaN});
        }
        if (!any)
            return detail::prepError(PrepErrorCode::NoStationWithTarget, "no grid cell has variable '" + target + "'");
        return {};
    }
    const auto with = ds.stationsWith(target);
    if (with.empty())
        return detail::prepError(PrepErrorCode::NoStationWithTarget, "no station has variable '" + target + "'");
    for (const auto& s : ds.stations)
        if (std::find(with.begin(), with.end(), s.id) == with.end())
            d.leftOut.push_back(s.id);
        else
            nodes.push_back(&s);
    std::sort(nodes.begin(), nodes.end(), northToSouth);
    for (const auto* s : nodes) {
        d.nodes.push_back(s->id);
        d.nodeInfo.push_back({s->latitude, s->longitude, s->depth});
    }
    return {};
}

// A model whose graph comes from the station positions cannot place a station without them; say
// so before training, naming the stations, rather than fail inside the network.
PrepError checkCoordinates(const std::string& model, const std::vector<const StationData*>& nodes)
{
    const ModelDescription* desc = findModel(model);
    if (!desc || !desc->needsCoordinates)
        return {};
    std::vector<std::string> missing;
    for (const auto* s : nodes)
        if (s && !hasCoordinates(*s))
            missing.push_back(s->id);
    if (missing.empty())
        return {};
    // describe() appends the station ids (the candidates) to this sentence.
    return detail::prepError(PrepErrorCode::StationsWithoutCoordinates,
                             "model " + model + " links stations by distance: give a station table with --stations for the "
                                 + std::to_string(missing.size()) + " of " + std::to_string(nodes.size())
                                 + " stations that have no latitude and longitude",
                             missing);
}

}  // namespace

PrepResult prepareNodeWindows(const Dataset& ds, const RunConfig& config, NodeLayout layout)
{
    PrepResult result;
    PreparedData& d = result.data;
    const std::string& target = config.target;
    std::vector<const StationData*> nodes;
    if (result.error = chooseNodes(ds, target, layout, d, nodes); result.error.code != PrepErrorCode::None)
        return result;
    if (layout == NodeLayout::Stations)
        if (result.error = checkCoordinates(config.model, nodes); result.error.code != PrepErrorCode::None)
            return result;
    const std::size_t nn = nodes.size();

    // series[v][node]: variable v of every node on the shared time grid; v = 0 is the target.
    std::vector<std::string> names{target};
    std::vector<const StationData*> fixedSource{nullptr};  // per variable: one station for every node, or null
    for (const auto& ref : config.inputs) {
        const StationData* src = nullptr;
        if (!ref.station.empty()) {
            src = ds.station(ref.station);
            if (!src) {
                result.error = detail::prepError(PrepErrorCode::UnknownStation,
                                                 "input " + ref.text() + ": no station '" + ref.station + "'",
                                                 detail::stationIds(ds));
                return result;
            }
        }
        const bool found = src ? src->hasVariable(ref.variable)
                               : std::any_of(nodes.begin(), nodes.end(),
                                             [&](const StationData* s) { return s && s->hasVariable(ref.variable); });
        if (!found) {
            result.error = detail::prepError(PrepErrorCode::UnknownVariable,
                                             "input " + ref.text() + ": " + (src ? "station '" + src->id + "' has no" : "no node has")
                                                 + " variable '" + ref.variable + "'");
            return result;
        }
        names.push_back(ref.text());
        fixedSource.push_back(src);
    }
    const std::size_t nv = names.size();

    std::vector<const std::vector<TimePoint>*> axes;
    TimePoint last = std::numeric_limits<TimePoint>::min();
    for (const auto* s : nodes)
        if (s && !s->times.empty()) {
            axes.push_back(&s->times);
            last = std::max(last, s->times.back());
        }
    d.target = target;
    d.dateOnly = ds.dateOnly;
    d.predictChange = config.params.getBool("predict-change");
    d.axis = inferTimeAxis(axes);
    d.step = d.axis.nominalSeconds();
    const TimeAxis& axis = d.axis;
    const std::size_t n = axes.empty() ? 0 : axis.countThrough(last);
    const auto gridTime = [&](std::size_t i) { return axis.at(static_cast<std::int64_t>(i)); };

    std::vector<std::vector<std::vector<double>>> series(nv, std::vector<std::vector<double>>(nn));
    std::vector<std::vector<double>> filled(nn);
    for (std::size_t v = 0; v < nv; ++v) {
        const std::string& var = v == 0 ? target : config.inputs[v - 1].variable;
        for (std::size_t k = 0; k < nn; ++k) {
            const StationData* s = fixedSource[v] ? fixedSource[v] : nodes[k];
            series[v][k].assign(n, kNaN);
            if (!s)
                continue;
            if (const auto it = s->variables.find(var); it != s->variables.end())
                series[v][k] = detail::onGrid(*s, it->second, axis, n);
        }
    }
    for (std::size_t k = 0; k < nn; ++k) {
        filled[k].assign(n, 0.0);
        if (!nodes[k])
            continue;
        std::vector<double> f(nodes[k]->times.size());
        for (std::size_t j = 0; j < f.size(); ++j)
            f[j] = nodes[k]->origin(target, j) == PointOrigin::Filled ? 1.0 : 0.0;
        filled[k] = detail::onGrid(*nodes[k], f, axis, n);
    }

    const detail::RangeSplit split(config, axis);
    const auto rangeOf = [&](TimePoint t) { return split.of(t); };

    // One scaler per variable over every node's training values: the nodes share units.
    const auto scaling = scalingFromName(config.params.getString("scaling"));
    for (std::size_t v = 0; v < nv; ++v) {
        std::vector<double> fitValues;
        for (std::size_t k = 0; k < nn; ++k)
            for (std::size_t i = 0; i < n; ++i)
                if (rangeOf(gridTime(i)) == kTrain)
                    fitValues.push_back(series[v][k][i]);
        d.scalers.push_back(Scaler::fit(fitValues, scaling));
        d.featureNames.push_back(names[v]);
    }
    for (std::size_t v = 0; v < nv; ++v) {
        d.scalers.push_back(Scaler{});
        d.featureNames.push_back(names[v] + " observed");
    }

    std::vector<const std::vector<double>*> targets;
    for (std::size_t k = 0; k < nn; ++k) {
        targets.push_back(&series[0][k]);
        d.nodeClimatology.push_back(detail::dayOfYearMeans({&series[0][k]}, axis, config.trainRange));
    }
    d.climatology = detail::dayOfYearMeans(targets, axis, config.trainRange);

    const int lookback = static_cast<int>(config.params.getInt("lookback"));
    const int horizon = static_cast<int>(config.params.getInt("horizon"));
    const auto lb = static_cast<std::size_t>(lookback), hz = static_cast<std::size_t>(horizon);
    WindowSet* sets[3] = {&d.train, &d.val, &d.test};
    for (auto* s : sets) {
        s->lookback = lookback;
        s->horizon = horizon;
        s->features = static_cast<int>(2 * nv);
    }
    const Scaler& ts = d.scalers[0];
    // Gap-filled targets may train a model but never score one (as for a single station).
    const auto usable = [&](std::size_t k, std::size_t i, RangeIndex r) {
        return !std::isnan(series[0][k][i]) && (r == kTrain || filled[k][i] != 1.0);
    };
    for (std::size_t i = lb - 1; i + hz < n; ++i) {
        const auto r = rangeOf(gridTime(i + 1));
        if (r == kNone)
            continue;
        bool anyComplete = false;
        for (std::size_t k = 0; k < nn && !anyComplete; ++k) {
            bool complete = true;
            for (std::size_t h = 1; h <= hz && complete; ++h)
                complete = usable(k, i + h, r);
            anyComplete = complete;
        }
        if (!anyComplete) {
            ++d.skipped[r];
            continue;
        }
        WindowSet& w = *sets[r];
        for (std::size_t k = 0; k < nn; ++k) {
            for (std::size_t j = i + 1 - lb; j <= i; ++j) {
                for (std::size_t v = 0; v < nv; ++v) {
                    const double x = series[v][k][j];
                    w.x.push_back(std::isnan(x) ? 0.0f : static_cast<float>(d.scalers[v].apply(x)));
                }
                for (std::size_t v = 0; v < nv; ++v)
                    w.x.push_back(std::isnan(series[v][k][j]) ? 0.0f : 1.0f);
            }
            double lastObs = kNaN;
            for (std::size_t j = i + 1; j-- > i + 1 - lb && std::isnan(lastObs);)
                lastObs = series[0][k][j];
            const double lastScaled = std::isnan(lastObs) ? kNaN : ts.apply(lastObs);
            for (std::size_t h = 1; h <= hz; ++h) {
                const bool ok = usable(k, i + h, r);
                const double obs = series[0][k][i + h];
                const double scaled = ts.apply(obs);
                w.y.push_back(!ok ? kNaNf : static_cast<float>(d.predictChange ? scaled - lastScaled : scaled));
                w.observed.push_back(ok ? obs : kNaN);
                w.validTime.push_back(gridTime(i + h));
            }
            w.originTime.push_back(gridTime(i));
            w.lastObserved.push_back(lastObs);
            w.lastScaled.push_back(lastScaled);
            w.node.push_back(static_cast<int>(k));
            ++w.count;
        }
    }
    if (d.train.count == 0) {
        result.error = detail::prepError(PrepErrorCode::EmptyRange, "no window with observed targets in the training range "
                                                                        + formatTimeRange(config.trainRange, true));
        return result;
    }
    if (d.test.count == 0)
        result.error = detail::prepError(PrepErrorCode::EmptyRange, "no window with observed targets in the test range "
                                                                        + formatTimeRange(config.testRange, true));
    return result;
}

}  // namespace mc
