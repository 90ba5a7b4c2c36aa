// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CF-convention time coordinates (`<unit> since <reference time>`), as NetCDF files write them.

#include "dataset.h"

#include <optional>
#include <string>
#include <string_view>

namespace mc {

/// A parsed CF time `units` attribute: value v means `epoch + v * secondsPerUnit` in the clock of
/// the reference time's own zone.
struct CfTimeUnits {
    double secondsPerUnit = 1.0;
    TimePoint epoch = 0;          ///< reference time, whole seconds since 1970-01-01 in its zone
    double epochFraction = 0.0;   ///< fractional seconds of the reference time (`00:00:00.5`)
    int utcOffsetMinutes = 0;     ///< zone of the reference time (`+10:00` → 600); 0 for none or `Z`
};

/// Parses `days|hours|minutes|seconds since YYYY-M-D[( |T)H:MM[:SS[.f]]][ ]( ±H[H][[:]MM] | Z | UTC)`
/// (singular and short unit names too: `day`, `d`, `hr`, `h`, `min`, `sec`, `s`), case-insensitive.
/// The reference date is read in @p calendar (see isSupportedCfCalendar). Months and years are
/// refused: CF defines them as fractions of a tropical year, which no data set means. On failure
/// returns nullopt and sets @p error to an English reason.
[[nodiscard]] std::optional<CfTimeUnits> parseCfTimeUnits(std::string_view units, std::string_view calendar,
                                                          std::string& error);

/// True for the calendars whose days are real days: empty (the CF default), `standard`, `gregorian`
/// and `proleptic_gregorian`, any case. `standard` is Julian before 1582-10-15, which only matters
/// for reference dates that early.
[[nodiscard]] bool isSupportedCfCalendar(std::string_view calendar);

/// Time of @p value in @p units, rounded to whole seconds; nullopt for NaN, infinities and values
/// too far from the epoch to be a time.
[[nodiscard]] std::optional<TimePoint> cfTimeToPoint(double value, const CfTimeUnits& units);

}  // namespace mc
