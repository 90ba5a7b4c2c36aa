// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-node windows for a trained model: the node group ahead of a run's last observation, and
// every node group of new data for a saved model. Same arithmetic as prepareNodeWindows, so the
// same file gives the same inputs bit for bit (the acceptance test compares predictions).
#include "bundle_windows.h"
#include "node_windows.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mc {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();

// Every variable of every node on one time axis: series[v][node][i], v = 0 the target; NaN where
// missing (a node without a station, e.g. a land cell, is all NaN).
struct NodeSeries {
    TimeAxis axis;
    std::size_t n = 0;
    std::vector<std::vector<std::vector<double>>> series;
    std::vector<std::vector<double>> filled;  ///< [node][i]: 1 where the target was gap-filled
    [[nodiscard]] TimePoint time(std::size_t i) const { return axis.at(static_cast<std::int64_t>(i)); }
};

std::vector<const StationData*> nodeStations(const Dataset& ds, const std::vector<std::string>& nodes)
{
    std::vector<const StationData*> out;
    for (const auto& id : nodes)
        out.push_back(ds.station(id));
    return out;
}

// @p axis with its start left as given; n runs through the last time of any node.
PrepError fillNodeSeries(const Dataset& ds, const std::vector<const StationData*>& nodes,
                         const std::vector<std::string>& featureNames, NodeSeries& s)
{
    const std::size_t nv = featureNames.size() / 2, nn = nodes.size();
    TimePoint last = std::numeric_limits<TimePoint>::min();
    bool any = false;
    for (const auto* st : nodes)
        if (st && !st->times.empty()) {
            last = std::max(last, st->times.back());
            any = true;
        }
    s.n = any ? s.axis.countThrough(last) : 0;
    s.series.assign(nv, std::vector<std::vector<double>>(nn, std::vector<double>(s.n, kNaN)));
    for (std::size_t v = 0; v < nv; ++v) {
        const InputRef ref = v == 0 ? InputRef{{}, featureNames[0]} : parseInputRef(featureNames[v]);
        const StationData* fixed = nullptr;
        if (!ref.station.empty() && !(fixed = ds.station(ref.station)))
            return detail::prepError(PrepErrorCode::UnknownStation, "input " + ref.text() + ": no station '" + ref.station + "'",
                                     detail::stationIds(ds));
        for (std::size_t k = 0; k < nn; ++k) {
            const StationData* src = fixed ? fixed : nodes[k];
            if (!src)
                continue;
            if (const auto it = src->variables.find(ref.variable); it != src->variables.end())
                s.series[v][k] = detail::onGrid(*src, it->second, s.axis, s.n);
        }
    }
    s.filled.assign(nn, std::vector<double>(s.n, 0.0));
    for (std::size_t k = 0; k < nn; ++k) {
        if (!nodes[k])
            continue;
        std::vector<double> f(nodes[k]->times.size());
        for (std::size_t j = 0; j < f.size(); ++j)
            f[j] = nodes[k]->origin(featureNames[0], j) == PointOrigin::Filled ? 1.0 : 0.0;
        s.filled[k] = detail::onGrid(*nodes[k], f, s.axis, s.n);
    }
    return {};
}

// A target at step i of node k that may score a forecast: observed and not gap-filled.
bool scorable(const NodeSeries& s, std::size_t k, std::size_t i)
{
    return i < s.n && !std::isnan(s.series[0][k][i]) && s.filled[k][i] != 1.0;
}

// One node group with origin @p i; targets past the data (or not scorable) are NaN.
void appendGroup(WindowSet& w, const NodeSeries& s, const std::vector<Scaler>& scalers, bool predictChange, std::size_t i)
{
    const std::size_t nv = s.series.size(), nn = nv ? s.series[0].size() : 0;
    const auto lb = static_cast<std::size_t>(w.lookback), hz = static_cast<std::size_t>(w.horizon);
    for (std::size_t k = 0; k < nn; ++k) {
        for (std::size_t j = i + 1 - lb; j <= i; ++j) {
            for (std::size_t v = 0; v < nv; ++v) {
                const double x = s.series[v][k][j];
                w.x.push_back(std::isnan(x) ? 0.0f : static_cast<float>(scalers[v].apply(x)));
            }
            for (std::size_t v = 0; v < nv; ++v)
                w.x.push_back(std::isnan(s.series[v][k][j]) ? 0.0f : 1.0f);
        }
        double lastObs = kNaN;
        for (std::size_t j = i + 1; j-- > i + 1 - lb && std::isnan(lastObs);)
            lastObs = s.series[0][k][j];
        const double lastScaled = std::isnan(lastObs) ? kNaN : scalers[0].apply(lastObs);
        for (std::size_t h = 1; h <= hz; ++h) {
            const bool ok = scorable(s, k, i + h);
            const double obs = ok ? s.series[0][k][i + h] : kNaN;
            const double scaled = scalers[0].apply(obs);
            w.y.push_back(!ok ? kNaNf : static_cast<float>(predictChange ? scaled - lastScaled : scaled));
            w.observed.push_back(obs);
            w.validTime.push_back(s.time(i + h));
        }
        w.originTime.push_back(s.time(i));
        w.lastObserved.push_back(lastObs);
        w.lastScaled.push_back(lastScaled);
        w.node.push_back(static_cast<int>(k));
        ++w.count;
    }
}

void setShape(WindowSet& w, int lookback, int horizon, std::size_t features)
{
    w.lookback = lookback;
    w.horizon = horizon;
    w.features = static_cast<int>(features);
}

}  // namespace

PrepResult prepareNodeForecastWindows(const Dataset& dataset, const ModelBundle& bundle, std::optional<TimePoint> from)
{
    PrepResult result;
    PreparedData& d = result.data;
    d.layout = bundle.layout;
    d.nodes = bundle.stations;
    d.nodeInfo = bundle.nodeInfo;
    d.gridRows = bundle.gridRows;
    d.gridCols = bundle.gridCols;
    d.target = bundle.target;
    d.featureNames = bundle.featureNames;
    d.scalers = bundle.scalers;
    d.predictChange = bundle.predictChange;
    d.dateOnly = dataset.dateOnly;
    d.climatology = bundle.climatology;
    d.nodeClimatology = bundle.nodeClimatology;

    const auto nodes = nodeStations(dataset, bundle.stations);
    NodeSeries s;
    // The training axis starts at the earliest time of any node (inferTimeAxis); so does this one.
    TimePoint first = std::numeric_limits<TimePoint>::max();
    for (const auto* st : nodes)
        if (st && !st->times.empty())
            first = std::min(first, st->times.front());
    s.axis = TimeAxis{bundle.stepUnit, bundle.step, first == std::numeric_limits<TimePoint>::max() ? 0 : first};
    if (result.error = fillNodeSeries(dataset, nodes, bundle.featureNames, s); !result.ok())
        return result;
    d.axis = s.axis;
    d.step = s.axis.nominalSeconds();
    for (WindowSet* w : {&d.train, &d.val, &d.test})
        setShape(*w, bundle.lookback, bundle.horizon, bundle.featureNames.size());
    const auto lb = static_cast<std::size_t>(bundle.lookback), hz = static_cast<std::size_t>(bundle.horizon);
    for (std::size_t i = lb - 1; i + hz < s.n; ++i) {
        if (from && s.time(i + 1) < *from)
            continue;
        // As in a test range: an origin is kept when at least one node has all its targets.
        bool anyComplete = false;
        for (std::size_t k = 0; k < nodes.size() && !anyComplete; ++k) {
            bool complete = true;
            for (std::size_t h = 1; h <= hz && complete; ++h)
                complete = scorable(s, k, i + h);
            anyComplete = complete;
        }
        if (!anyComplete) {
            ++d.skipped[2];
            continue;
        }
        appendGroup(d.test, s, d.scalers, d.predictChange, i);
    }
    return result;
}

WindowSet nodeAheadWindow(const Dataset& dataset, const PreparedData& data, std::string& why)
{
    WindowSet w;
    setShape(w, data.test.lookback, data.test.horizon, data.featureNames.size());
    if (data.nodes.empty() || data.featureNames.size() < 2 || w.lookback < 1) {
        why = "no data to forecast from";
        return w;
    }
    NodeSeries s;
    s.axis = data.axis;
    if (auto e = fillNodeSeries(dataset, nodeStations(dataset, data.nodes), data.featureNames, s); e.code != PrepErrorCode::None) {
        why = e.detail;
        return w;
    }
    // The origin: the last step at which any node observed the target.
    std::size_t last = s.n;
    const auto anyObserved = [&](std::size_t i) {
        return std::any_of(s.series[0].begin(), s.series[0].end(), [&](const std::vector<double>& v) { return !std::isnan(v[i]); });
    };
    while (last > 0 && !anyObserved(last - 1))
        --last;
    if (last == 0) {
        why = "the target has no observation";
        return w;
    }
    const std::size_t origin = last - 1;
    if (origin + 1 < static_cast<std::size_t>(w.lookback)) {
        why = "the data has fewer than " + std::to_string(w.lookback) + " steps up to the last observation";
        return w;
    }
    appendGroup(w, s, data.scalers, data.predictChange, origin);
    return w;
}

}  // namespace mc
