// SPDX-License-Identifier: GPL-3.0-or-later
// checkBundleData: does new data fit a saved model? Each problem is one plain sentence, so the
// analyst learns what to fix (another station id, a missing column, hourly instead of daily data).
#include "model_bundle.h"

#include <algorithm>
#include <set>

namespace mc {
namespace {

using Code = BundleDataIssueCode;

std::vector<std::string> variablesOf(const StationData& s)
{
    std::vector<std::string> out;
    for (const auto& kv : s.variables)
        out.push_back(kv.first);
    return out;
}

// "a, b, c and 4 more": enough ids to find them, not a wall of grid cells.
std::string someIds(const std::vector<std::string>& ids)
{
    constexpr std::size_t kShown = 8;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < kShown; ++i)
        out += (i ? ", " : "") + ids[i];
    if (ids.size() > kShown)
        out += " and " + std::to_string(ids.size() - kShown) + " more";
    return out;
}

// A multi-node model's graph or frame is fixed by its nodes: the data must have every one of them.
std::vector<BundleDataIssue> checkNodes(const ModelBundle& b, const Dataset& ds)
{
    std::vector<BundleDataIssue> out;
    const bool grid = b.layout == NodeLayout::Grid;
    const std::string what = grid ? "grid cell" : "station";
    if (grid) {
        const auto rows = ds.grid.latitudes.size(), cols = ds.grid.longitudes.size();
        if (ds.grid.empty()) {
            out.push_back({Code::MissingStation, true, {}, {},
                           "the model was trained on a grid of " + std::to_string(b.gridRows) + " x " + std::to_string(b.gridCols)
                               + " cells; the data has no grid (give the NetCDF file it was trained on, or one of the same area)",
                           {}});
            return out;
        }
        if (rows != std::size_t(b.gridRows) || cols != std::size_t(b.gridCols)) {
            out.push_back({Code::MissingStation, true, {}, {},
                           "the data's grid has " + std::to_string(rows) + " x " + std::to_string(cols)
                               + " cells (latitudes x longitudes); the model was trained on " + std::to_string(b.gridRows)
                               + " x " + std::to_string(b.gridCols),
                           {}});
            return out;
        }
    }
    std::vector<std::string> missing;
    std::vector<const StationData*> present;
    for (std::size_t i = 0; i < b.stations.size(); ++i) {
        const std::string& id = b.stations[i];
        const bool found = grid ? i < ds.grid.cellStations.size() && ds.grid.cellStations[i] == id : ds.station(id) != nullptr;
        if (!found)
            missing.push_back(id);
        else if (const auto* s = ds.station(id))
            present.push_back(s);
    }
    if (!missing.empty()) {
        out.push_back({Code::MissingStation, true, missing.front(), {},
                       "the data lacks " + std::to_string(missing.size()) + " of the model's " + std::to_string(b.stations.size())
                           + " " + what + "s (" + someIds(missing) + "); the model forecasts all of them at once",
                       {}});
        return out;
    }
    if (std::none_of(present.begin(), present.end(), [&](const StationData* s) { return s->hasVariable(b.target); }))
        out.push_back({Code::MissingVariable, true, {}, b.target,
                       "no " + what + " of the data has the variable '" + b.target + "' (the model forecasts it)", {}});
    for (const auto& in : b.config.inputs) {
        if (!in.station.empty()) {
            const StationData* src = ds.station(in.station);
            if (!src || !src->hasVariable(in.variable))
                out.push_back({src ? Code::MissingVariable : Code::MissingStation, true, in.station, in.variable,
                               src ? "the data lacks the input variable '" + in.variable + "' at station '" + in.station + "'"
                                   : "the data has no station '" + in.station + "', whose " + in.variable
                                         + " the model takes as input",
                               src ? variablesOf(*src) : std::vector<std::string>{}});
        } else if (std::none_of(present.begin(), present.end(), [&](const StationData* s) { return s->hasVariable(in.variable); })) {
            out.push_back({Code::MissingVariable, true, {}, in.variable,
                           "no " + what + " of the data has the input variable '" + in.variable + "'", {}});
        }
    }
    std::vector<const std::vector<TimePoint>*> axes;
    TimePoint first = 0, last = 0;
    for (const auto* s : present)
        if (!s->times.empty()) {
            first = axes.empty() ? s->times.front() : std::min(first, s->times.front());
            last = axes.empty() ? s->times.back() : std::max(last, s->times.back());
            axes.push_back(&s->times);
        }
    const TimeAxis trainedAxis{b.stepUnit, b.step, first};
    if (!axes.empty() && last > first) {
        const TimeAxis data = inferTimeAxis(axes);
        if (data.unit != trainedAxis.unit || data.step != trainedAxis.step)
            out.push_back({Code::StepDiffers, true, {}, {},
                           "the data's time step is " + data.stepText() + "; the model was trained on steps of "
                               + trainedAxis.stepText() + " (resample the data with --resample)",
                           {}});
    }
    const std::size_t steps = axes.empty() ? 0 : trainedAxis.countThrough(last);
    if (steps < static_cast<std::size_t>(std::max(b.lookback, 0)))
        out.push_back({Code::TooShort, true, {}, {},
                       "the data covers " + std::to_string(steps) + " time steps; the model needs at least "
                           + std::to_string(b.lookback) + " (its lookback)",
                       {}});
    return out;
}

void checkUnitsAndFiles(const ModelBundle& b, const Dataset& ds, const std::string& id, std::vector<BundleDataIssue>& out)
{
    const auto unit = ds.units.find(b.target);
    if (!b.unit.empty() && unit != ds.units.end() && !unit->second.empty() && unit->second != b.unit)
        out.push_back({Code::UnitDiffers, false, id, b.target,
                       "the data gives " + b.target + " in " + unit->second + "; the model was trained on " + b.unit, {}});
    std::set<std::string> trained, given;
    for (const auto& f : b.dataFiles)
        trained.insert(f.sha256);
    for (const auto& f : ds.sources)
        given.insert(f.sha256);
    if (!trained.empty() && trained != given)
        out.push_back({Code::DataDiffers, false, id, {}, "the data files differ from the ones the model was trained on", {}});
}

}  // namespace

bool bundleFitsData(const std::vector<BundleDataIssue>& issues)
{
    for (const auto& i : issues)
        if (i.blocking)
            return false;
    return true;
}

std::vector<BundleDataIssue> checkBundleData(const ModelBundle& b, const Dataset& ds, const std::string& stationOverride)
{
    std::vector<BundleDataIssue> out;
    if (b.layout != NodeLayout::Single) {
        out = checkNodes(b, ds);
        checkUnitsAndFiles(b, ds, {}, out);
        return out;
    }
    const std::string id = !stationOverride.empty() ? stationOverride : b.stations.empty() ? std::string() : b.stations.front();
    const StationData* station = ds.station(id);
    if (!station) {
        auto with = ds.stationsWith(b.target);
        out.push_back({Code::MissingStation, true, id, {},
                       "the data has no station '" + id + "', which the model was trained on"
                           + (with.empty() ? std::string() : "; stations with " + b.target + " are listed (choose one with --station)"),
                       with});
        return out;
    }
    if (!station->hasVariable(b.target))
        out.push_back({Code::MissingVariable, true, id, b.target,
                       "the data lacks the variable '" + b.target + "' at station '" + id + "' (the model forecasts it)",
                       variablesOf(*station)});
    for (const auto& in : b.config.inputs) {
        const StationData* src = in.station.empty() ? station : ds.station(in.station);
        if (!src) {
            out.push_back({Code::MissingStation, true, in.station, in.variable,
                           "the data has no station '" + in.station + "', whose " + in.variable + " the model takes as input", {}});
            continue;
        }
        if (!src->hasVariable(in.variable))
            out.push_back({Code::MissingVariable, true, src->id, in.variable,
                           "the data lacks the input variable '" + in.variable + "' at station '" + src->id + "'",
                           variablesOf(*src)});
    }
    // The axis the window builder infers: seconds apart, or calendar months on month starts.
    const TimeAxis trainedAxis{b.stepUnit, b.step, station->times.empty() ? 0 : station->times.front()};
    if (station->times.size() >= 2 && station->times.back() > station->times.front()) {
        const TimeAxis data = inferTimeAxis({&station->times});
        if (data.unit != trainedAxis.unit || data.step != trainedAxis.step)
            out.push_back({Code::StepDiffers, true, id, {},
                           "the data's time step is " + data.stepText() + "; the model was trained on steps of "
                               + trainedAxis.stepText() + " (resample the data with --resample)",
                           {}});
    }
    const std::size_t steps = station->times.empty() ? 0 : trainedAxis.countThrough(station->times.back());
    if (steps < static_cast<std::size_t>(std::max(b.lookback, 0)))
        out.push_back({Code::TooShort, true, id, {},
                       "the data covers " + std::to_string(steps) + " time steps; the model needs at least "
                           + std::to_string(b.lookback) + " (its lookback)",
                       {}});
    checkUnitsAndFiles(b, ds, id, out);
    return out;
}

}  // namespace mc
