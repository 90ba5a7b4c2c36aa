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
    return out;
}

}  // namespace mc
