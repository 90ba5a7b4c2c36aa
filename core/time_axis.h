// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// How a TimeAxis counts its step: a fixed number of seconds, or calendar months (which differ in
/// length, so monthly or yearly data on month starts is not evenly spaced in seconds).
enum class TimeUnit { Seconds, Months };

/// "seconds" or "months" (file formats and messages).
[[nodiscard]] const char* timeUnitName(TimeUnit unit);
[[nodiscard]] std::optional<TimeUnit> timeUnitFromName(std::string_view name);

/// A regular time axis: point i is start + i * step seconds, or start moved on by i * step
/// calendar months (a Months axis starts on a month start: midnight on the first of a month).
struct TimeAxis {
    TimeUnit unit = TimeUnit::Seconds;
    TimePoint step = kSecondsPerDay;  ///< seconds, or months for a Months axis; > 0
    TimePoint start = 0;              ///< time of point 0

    /// Time of point @p i (negative @p i lies before start).
    [[nodiscard]] TimePoint at(std::int64_t i) const;
    /// i >= 0 with at(i) == @p t, or -1 when @p t is before start or between points.
    [[nodiscard]] long index(TimePoint t) const;
    /// The largest i with at(i) <= @p t (negative before start).
    [[nodiscard]] std::int64_t floorIndex(TimePoint t) const;
    /// Number of points from start through @p last (0 when @p last is before start).
    [[nodiscard]] std::size_t countThrough(TimePoint last) const;
    /// The point at or before @p t, moving towards start (a Seconds axis truncates the offset
    /// from start, as the windows always did).
    [[nodiscard]] TimePoint align(TimePoint t) const;
    /// The typical length of one step in seconds (an average month for Months): for drawing gaps
    /// and labels, never for placing points.
    [[nodiscard]] TimePoint nominalSeconds() const;
    /// "1 day", "6 hours", "1 month", "12 months".
    [[nodiscard]] std::string stepText() const;

    [[nodiscard]] bool operator==(const TimeAxis& o) const { return unit == o.unit && step == o.step && start == o.start; }
    [[nodiscard]] bool operator!=(const TimeAxis& o) const { return !(*this == o); }
};

/// True when @p t is midnight on the first day of a month.
[[nodiscard]] bool isMonthStart(TimePoint t);
/// Running month number of @p t (year * 12 + month - 1) and the start of such a month.
[[nodiscard]] std::int64_t monthNumber(TimePoint t);
[[nodiscard]] TimePoint monthStartTime(std::int64_t number);

/// The axis of @p series (each sorted ascending), starting at their earliest time. Months when
/// every time is a month start and some two consecutive times differ (monthly data, or yearly as
/// 12 months); the step is then the most frequent difference in months. Otherwise Seconds with the
/// most frequent positive spacing (one day when there is none). Ties take the smaller step.
[[nodiscard]] TimeAxis inferTimeAxis(const std::vector<const std::vector<TimePoint>*>& series);

}  // namespace mc
