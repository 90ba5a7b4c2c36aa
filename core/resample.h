// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Resampling of a station's series onto hourly, daily or monthly bins, and linear filling of short
// gaps. Times are seconds in the source's local standard time, so daily and monthly bins follow the
// source's own calendar days.

#include "dataset.h"
#include "import_settings.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mc {

/// What resampling did to one variable, so the user sees how much was kept, dropped and filled.
struct ResampleVariableReport {
    std::string variable;
    std::size_t bins = 0;           ///< bins on the output axis
    std::size_t binsWithValue = 0;  ///< bins that got an aggregated value (filled ones not included)
    std::size_t binsTooFew = 0;     ///< bins with some valid readings, but fewer than the minimum count
    std::size_t filled = 0;         ///< bins filled by linear interpolation
};

struct ResampleReport {
    std::int64_t sourceIntervalSeconds = 0;  ///< detected interval of the input axis; 0 = irregular
    std::vector<ResampleVariableReport> variables;
};

/// Detects the source's regular interval: the most common positive spacing of the time axis when at
/// least 90 % of spacings equal it (15 min, 30 min, 1 h, 1 d …), else 0 (irregular; also for fewer
/// than two times). NERRS WQ data changed from 30-min to 15-min in 2005/2006, so a long mixed record
/// may come out irregular: call it per station (or per file) rather than for a whole dataset.
[[nodiscard]] std::int64_t detectInterval(const std::vector<TimePoint>& times);

/// Resamples every variable of @p station in place onto bins of settings.interval (hourly; daily =
/// local calendar day; monthly = local calendar month; a bin's time is its start). The output axis
/// runs contiguously from the first to the last bin holding any time (empty bins are NaN), so daily
/// output has one row per day.
///
/// A bin gets a value when its count of valid readings is ≥ max(1, ceil(minValidFraction × expected)),
/// where expected = bin length / source interval (monthly: days of that month × readings per day);
/// for irregular sources (interval 0) or a source interval ≥ the bin length, the count must be ≥
/// minValidCount. Valid readings are non-NaN values whose origin is not Filled (interpolated values
/// are never aggregated as if observed). Median of an even count is the mean of the two middle values.
///
/// Origins become Aggregated for bins with a value; then gaps of ≤ fillGapSteps consecutive missing
/// bins between two values are filled linearly in time and marked Filled. Rejected points keep their
/// own times and are left untouched.
///
/// ResampleInterval::None leaves the axis as it is; only when fillGapSteps > 0 and the axis is
/// regular are gaps filled, and only where the axis has no holes (the neighbours are exactly
/// (gap + 1) intervals apart).
ResampleReport resampleStation(StationData& station, const ResampleSettings& settings);

}  // namespace mc
