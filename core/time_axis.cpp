// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_axis.h"

#include "time_format.h"

#include <map>
#include <stdexcept>

namespace mc {
namespace {

// The mean Gregorian month: 365.2425 days / 12.
constexpr TimePoint kAverageMonthSeconds = 2629746;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::string count(std::int64_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// The most frequent positive value among @p counts, the smaller one on a tie; @p fallback when none.
std::int64_t mostFrequent(const std::map<std::int64_t, std::size_t>& counts, std::int64_t fallback)
{
    std::int64_t best = fallback;
    std::size_t bestCount = 0;
    for (const auto& [value, n] : counts)
        if (n > bestCount && value > 0) {
            best = value;
            bestCount = n;
        }
    return best;
}

}  // namespace

const char* timeUnitName(TimeUnit unit) { return unit == TimeUnit::Months ? "months" : "seconds"; }

std::optional<TimeUnit> timeUnitFromName(std::string_view name)
{
    if (name == "seconds")
        return TimeUnit::Seconds;
    if (name == "months")
        return TimeUnit::Months;
    return std::nullopt;
}

bool isMonthStart(TimePoint t)
{
    if (floorDiv(t, kSecondsPerDay) * kSecondsPerDay != t)
        return false;
    int year = 0, month = 0, day = 0;
    civilFromDays(floorDiv(t, kSecondsPerDay), year, month, day);
    return day == 1;
}

std::int64_t monthNumber(TimePoint t)
{
    int year = 0, month = 0, day = 0;
    civilFromDays(floorDiv(t, kSecondsPerDay), year, month, day);
    return std::int64_t(year) * 12 + (month - 1);
}

TimePoint monthStartTime(std::int64_t number)
{
    const auto year = static_cast<int>(floorDiv(number, 12));
    const int month = static_cast<int>(number - std::int64_t(year) * 12) + 1;
    return *daysFromCivil(year, month, 1) * kSecondsPerDay;
}

TimePoint TimeAxis::at(std::int64_t i) const
{
    if (unit == TimeUnit::Months)
        return monthStartTime(monthNumber(start) + i * step);
    return start + i * step;
}

std::int64_t TimeAxis::floorIndex(TimePoint t) const
{
    if (step <= 0)
        throw std::logic_error("TimeAxis: the step must be positive");
    if (unit == TimeUnit::Months)
        return floorDiv(monthNumber(t) - monthNumber(start), step);
    return floorDiv(t - start, step);
}

long TimeAxis::index(TimePoint t) const
{
    if (t < start)
        return -1;
    const std::int64_t i = floorIndex(t);
    return at(i) == t ? static_cast<long>(i) : -1;
}

std::size_t TimeAxis::countThrough(TimePoint last) const
{
    return last < start ? 0 : static_cast<std::size_t>(floorIndex(last) + 1);
}

TimePoint TimeAxis::align(TimePoint t) const
{
    if (unit == TimeUnit::Months)
        return at(floorIndex(t));
    return t - (t - start) % step;
}

TimePoint TimeAxis::nominalSeconds() const { return unit == TimeUnit::Months ? step * kAverageMonthSeconds : step; }

std::string TimeAxis::stepText() const
{
    if (unit == TimeUnit::Months)
        return count(step, "month");
    if (step % kSecondsPerDay == 0)
        return count(step / kSecondsPerDay, "day");
    if (step % 3600 == 0)
        return count(step / 3600, "hour");
    if (step % 60 == 0)
        return count(step / 60, "minute");
    return count(step, "second");
}

TimeAxis inferTimeAxis(const std::vector<const std::vector<TimePoint>*>& series)
{
    TimeAxis axis;
    bool any = false, monthStarts = true;
    std::map<std::int64_t, std::size_t> seconds, months;
    for (const auto* times : series) {
        for (std::size_t i = 0; i < times->size(); ++i) {
            const TimePoint t = (*times)[i];
            axis.start = any ? std::min(axis.start, t) : t;
            any = true;
            monthStarts = monthStarts && isMonthStart(t);
            if (i > 0)
                ++seconds[t - (*times)[i - 1]];
        }
    }
    if (monthStarts && any) {
        for (const auto* times : series)
            for (std::size_t i = 1; i < times->size(); ++i)
                ++months[monthNumber((*times)[i]) - monthNumber((*times)[i - 1])];
        if (const auto step = mostFrequent(months, 0); step > 0) {
            axis.unit = TimeUnit::Months;
            axis.step = step;
            return axis;
        }
    }
    axis.step = mostFrequent(seconds, kSecondsPerDay);
    return axis;
}

}  // namespace mc
