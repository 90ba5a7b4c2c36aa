// SPDX-License-Identifier: GPL-3.0-or-later
// Windows for a trained model on new data. Same grid and scaling arithmetic as prepareWindows, so
// the same file gives the same inputs bit for bit (the acceptance test compares predictions).
#include "bundle_windows.h"

#include <cmath>
#include <limits>

namespace mc {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Grid {
    TimeAxis axis;
    std::size_t n = 0;
    std::vector<std::vector<double>> features;  ///< original units, NaN where missing
    std::vector<bool> filledTarget;
    [[nodiscard]] TimePoint time(std::size_t i) const { return axis.at(static_cast<std::int64_t>(i)); }
};

std::vector<double> onGrid(const StationData& s, const std::vector<double>& values, const Grid& g)
{
    std::vector<double> out(g.n, kNaN);
    for (std::size_t k = 0; k < s.times.size(); ++k) {
        const long i = g.axis.index(s.times[k]);
        if (i >= 0 && static_cast<std::size_t>(i) < g.n)
            out[static_cast<std::size_t>(i)] = values[k];
    }
    return out;
}

std::vector<std::string> ids(const Dataset& ds)
{
    std::vector<std::string> out;
    for (const auto& s : ds.stations)
        out.push_back(s.id);
    return out;
}

// The target and inputs of @p featureNames on the points of g.axis below g.n.
PrepError fillGrid(const Dataset& ds, const StationData& station, const std::vector<std::string>& featureNames, Grid& g)
{
    for (std::size_t f = 0; f < featureNames.size(); ++f) {
        const InputRef ref = f == 0 ? InputRef{{}, featureNames[0]} : parseInputRef(featureNames[f]);
        const StationData* src = ref.station.empty() ? &station : ds.station(ref.station);
        if (!src)
            return {PrepErrorCode::UnknownStation, "input " + ref.text() + ": no station '" + ref.station + "'", ids(ds)};
        const auto it = src->variables.find(ref.variable);
        if (it == src->variables.end()) {
            std::vector<std::string> vars;
            for (const auto& kv : src->variables)
                vars.push_back(kv.first);
            return {PrepErrorCode::UnknownVariable, "station '" + src->id + "' has no variable '" + ref.variable + "'", vars};
        }
        g.features.push_back(onGrid(*src, it->second, g));
    }
    std::vector<double> filled(station.times.size(), 0.0);
    for (std::size_t k = 0; k < filled.size(); ++k)
        filled[k] = station.origin(featureNames[0], k) == PointOrigin::Filled ? 1.0 : 0.0;
    const auto filledOnGrid = onGrid(station, filled, g);
    g.filledTarget.assign(g.n, false);
    for (std::size_t i = 0; i < g.n; ++i)
        g.filledTarget[i] = filledOnGrid[i] == 1.0;
    return {};
}

bool inputsComplete(const Grid& g, std::size_t origin, int lookback)
{
    if (origin + 1 < static_cast<std::size_t>(lookback))
        return false;
    for (const auto& f : g.features)
        for (std::size_t k = origin + 1 - static_cast<std::size_t>(lookback); k <= origin; ++k)
            if (std::isnan(f[k]))
                return false;
    return true;
}

void appendInputs(WindowSet& w, const Grid& g, const std::vector<Scaler>& scalers, std::size_t origin)
{
    const auto nf = g.features.size();
    for (std::size_t k = origin + 1 - static_cast<std::size_t>(w.lookback); k <= origin; ++k)
        for (std::size_t f = 0; f < nf; ++f)
            w.x.push_back(static_cast<float>(scalers[f].apply(g.features[f][k])));
    const double last = g.features[0][origin];
    w.originTime.push_back(g.time(origin));
    w.lastObserved.push_back(last);
    w.lastScaled.push_back(scalers[0].apply(last));
    w.node.push_back(0);
    ++w.count;
}

}  // namespace

PrepResult prepareForecastWindows(const Dataset& dataset, const ModelBundle& bundle, const std::string& stationOverride,
                                  std::optional<TimePoint> from)
{
    if (bundle.layout != NodeLayout::Single)
        return prepareNodeForecastWindows(dataset, bundle, from);
    PrepResult result;
    PreparedData& d = result.data;
    const std::string id = stationOverride.empty() ? bundle.stations.front() : stationOverride;
    const StationData* station = dataset.station(id);
    if (!station) {
        result.error = {PrepErrorCode::UnknownStation, "the data has no station '" + id + "'", ids(dataset)};
        return result;
    }
    Grid g;
    g.axis = TimeAxis{bundle.stepUnit, bundle.step, station->times.empty() ? 0 : station->times.front()};
    g.n = station->times.empty() ? 0 : g.axis.countThrough(station->times.back());
    if (auto e = fillGrid(dataset, *station, bundle.featureNames, g); e.code != PrepErrorCode::None) {
        result.error = std::move(e);
        return result;
    }
    d.station = id;
    d.target = bundle.target;
    d.featureNames = bundle.featureNames;
    d.scalers = bundle.scalers;
    d.predictChange = bundle.predictChange;
    d.dateOnly = dataset.dateOnly;
    d.axis = g.axis;
    d.step = g.axis.nominalSeconds();
    d.climatology = bundle.climatology;
    const int nf = static_cast<int>(g.features.size());
    const int horizon = bundle.horizon;
    for (WindowSet* s : {&d.train, &d.val, &d.test}) {
        s->lookback = bundle.lookback;
        s->horizon = horizon;
        s->features = nf;
    }
    d.gridCount = g.n;
    d.gridX.assign(g.n * static_cast<std::size_t>(nf), std::numeric_limits<float>::quiet_NaN());
    d.gridY.assign(g.n * static_cast<std::size_t>(horizon), std::numeric_limits<float>::quiet_NaN());
    d.gridRange.assign(g.n, 3);
    for (std::size_t i = 0; i < g.n; ++i)
        for (int f = 0; f < nf; ++f)
            if (!std::isnan(g.features[f][i]))
                d.gridX[i * nf + f] = static_cast<float>(d.scalers[f].apply(g.features[f][i]));

    const Scaler& ts = d.scalers[0];
    WindowSet& w = d.test;
    for (std::size_t i = static_cast<std::size_t>(bundle.lookback - 1); i + static_cast<std::size_t>(horizon) < g.n; ++i) {
        if (from && g.time(i + 1) < *from)
            continue;
        bool complete = inputsComplete(g, i, bundle.lookback);
        for (int h = 1; h <= horizon && complete; ++h)
            complete = !std::isnan(g.features[0][i + h]) && !g.filledTarget[i + h];
        if (!complete) {
            ++d.skipped[2];
            continue;
        }
        appendInputs(w, g, d.scalers, i);
        for (int h = 1; h <= horizon; ++h) {
            const double obs = g.features[0][i + h];
            const double scaled = ts.apply(obs);
            w.y.push_back(static_cast<float>(d.predictChange ? scaled - w.lastScaled.back() : scaled));
            w.observed.push_back(obs);
            w.validTime.push_back(g.time(i + h));
        }
    }
    return result;
}

WindowSet aheadWindow(const Dataset& dataset, const PreparedData& data, std::string& why)
{
    if (data.multiNode())
        return nodeAheadWindow(dataset, data, why);
    WindowSet w;
    w.lookback = data.test.lookback;
    w.horizon = data.test.horizon;
    w.features = static_cast<int>(data.featureNames.size());
    const StationData* station = dataset.station(data.station);
    if (!station || data.featureNames.empty() || data.gridCount == 0) {
        why = "no data to forecast from";
        return w;
    }
    Grid g;
    g.axis = data.axis;
    g.n = data.gridCount;
    if (auto e = fillGrid(dataset, *station, data.featureNames, g); e.code != PrepErrorCode::None) {
        why = e.detail;
        return w;
    }
    std::size_t last = g.n;
    while (last > 0 && std::isnan(g.features[0][last - 1]))
        --last;
    if (last == 0) {
        why = "the target has no observation";
        return w;
    }
    const std::size_t origin = last - 1;
    if (!inputsComplete(g, origin, w.lookback)) {
        why = "the " + std::to_string(w.lookback) + " steps up to the last observation (" + formatTime(g.time(origin), data.dateOnly)
            + ") are not all present";
        return w;
    }
    appendInputs(w, g, data.scalers, origin);
    for (int h = 1; h <= w.horizon; ++h) {
        w.y.push_back(std::numeric_limits<float>::quiet_NaN());
        w.observed.push_back(kNaN);
        w.validTime.push_back(g.time(origin + static_cast<std::size_t>(h)));
    }
    return w;
}

}  // namespace mc
