// SPDX-License-Identifier: GPL-3.0-or-later
// checkBundleData: does new data fit a saved model? Each problem is one plain sentence, so the
// analyst learns what to fix (another station id, a missing column, hourly instead of daily data).
#include "model_bundle.h"

#include <map>
#include <set>

namespace mc {
namespace {

using Code = BundleDataIssueCode;

std::string stepText(TimePoint s)
{
    const auto unit = [](TimePoint n, const char* word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
    };
    if (s % kSecondsPerDay == 0)
        return unit(s / kSecondsPerDay, "day");
    if (s % 3600 == 0)
        return unit(s / 3600, "hour");
    if (s % 60 == 0)
        return unit(s / 60, "minute");
    return unit(s, "second");
}

// The most frequent spacing, as the window builder infers it.
TimePoint dataStep(const std::vector<TimePoint>& times)
{
    std::map<TimePoint, std::size_t> counts;
    for (std::size_t i = 1; i < times.size(); ++i)
        ++counts[times[i] - times[i - 1]];
    TimePoint best = 0;
    std::size_t bestCount = 0;
    for (const auto& [step, n] : counts)
        if (n > bestCount && step > 0) {
            best = step;
            bestCount = n;
        }
    return best;
}

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
    const TimePoint step = dataStep(station->times);
    if (step > 0 && step != b.step)
        out.push_back({Code::StepDiffers, true, id, {},
                       "the data's time step is " + stepText(step) + "; the model was trained on steps of " + stepText(b.step)
                           + " (resample the data with --resample)",
                       {}});
    const TimePoint span = station->times.empty() ? 0 : station->times.back() - station->times.front();
    if (span / b.step + 1 < b.lookback)
        out.push_back({Code::TooShort, true, id, {},
                       "the data covers " + std::to_string(station->times.empty() ? 0 : span / b.step + 1)
                           + " time steps; the model needs at least " + std::to_string(b.lookback) + " (its lookback)",
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
