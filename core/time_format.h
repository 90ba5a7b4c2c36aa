// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <optional>
#include <string>
#include <string_view>

namespace mc {

/// Days since 1970-01-01 for a proleptic Gregorian date (no range check beyond month/day validity).
[[nodiscard]] std::optional<std::int64_t> daysFromCivil(int year, int month, int day);
/// Inverse of daysFromCivil.
void civilFromDays(std::int64_t days, int& year, int& month, int& day);

/// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD HH:MM[:SS]` (an optional trailing `Z`
/// is accepted and ignored). Returns nullopt for anything else.
[[nodiscard]] std::optional<TimePoint> parseIsoTime(std::string_view text);

/// `YYYY-MM-DD` when @p dateOnly, else `YYYY-MM-DDTHH:MM:SS`.
[[nodiscard]] std::string formatTime(TimePoint t, bool dateOnly);

/// Day of year 1..366 of @p t.
[[nodiscard]] int dayOfYear(TimePoint t);

/// A closed interval of times, written `A/B` (ISO 8601) or `A:B` when both ends are plain dates.
/// An end given as a date covers that whole day.
struct TimeRange {
    TimePoint first = 0;
    TimePoint last = 0;
    [[nodiscard]] bool contains(TimePoint t) const { return t >= first && t <= last; }
};

/// Parses a range; nullopt when malformed or when first > last.
[[nodiscard]] std::optional<TimeRange> parseTimeRange(std::string_view text);
[[nodiscard]] std::string formatTimeRange(const TimeRange& range, bool dateOnly);

}  // namespace mc
