// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces the single-station and the multi-node window builders share.
#include "node_windows.h"

#include <cmath>
#include <limits>

namespace mc {
namespace detail {

std::vector<double> onGrid(const StationData& s, const std::vector<double>& values, const TimeAxis& axis, std::size_t n)
{
    std::vector<double> out(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t k = 0; k < s.times.size(); ++k) {
        const long idx = axis.index(s.times[k]);
        if (idx >= 0 && static_cast<std::size_t>(idx) < n)
            out[static_cast<std::size_t>(idx)] = values[k];
    }
    return out;
}

namespace {

// Calendar month 1..12 of day of year @p doy in a common year (366 is 31 December of a leap
// year); a leap year's month starts (day 61 = 1 March …) land on day 2 of the same month.
int monthOfDay(std::size_t doy)
{
    static const int kFirst[13] = {1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 367};
    int m = 1;
    while (m < 12 && static_cast<int>(doy) >= kFirst[m])
        ++m;
    return m;
}

std::array<double, 367> monthMeans(const std::vector<const std::vector<double>*>& series, const TimeAxis& axis,
                                   const TimeRange& range)
{
    std::array<double, 13> sum{};
    std::array<int, 13> count{};
    for (const auto* values : series)
        for (std::size_t i = 0; i < values->size(); ++i) {
            const TimePoint t = axis.at(static_cast<std::int64_t>(i));
            if (range.contains(t) && !std::isnan((*values)[i])) {
                const auto m = static_cast<std::size_t>(monthNumber(t) % 12 + 1);
                sum[m] += (*values)[i];
                ++count[m];
            }
        }
    std::array<double, 13> mean{};
    for (int m = 1; m <= 12; ++m) {
        double v = std::numeric_limits<double>::quiet_NaN();
        for (int off = 0; off <= 6 && std::isnan(v); ++off)
            for (int sign : {-1, 1}) {
                const auto k = static_cast<std::size_t>((m - 1 + sign * off + 12) % 12 + 1);
                if (count[k] > 0 && std::isnan(v))
                    v = sum[k] / count[k];
            }
        mean[static_cast<std::size_t>(m)] = v;
    }
    std::array<double, 367> out{};
    for (std::size_t doy = 1; doy <= 366; ++doy)
        out[doy] = mean[static_cast<std::size_t>(monthOfDay(doy))];
    return out;
}

}  // namespace

std::array<double, 367> dayOfYearMeans(const std::vector<const std::vector<double>*>& series, const TimeAxis& axis,
                                       const TimeRange& range)
{
    if (axis.unit == TimeUnit::Months)
        return monthMeans(series, axis, range);
    std::array<double, 367> sum{};
    std::array<int, 367> count{};
    for (const auto* values : series)
        for (std::size_t i = 0; i < values->size(); ++i) {
            const TimePoint t = axis.at(static_cast<std::int64_t>(i));
            if (range.contains(t) && !std::isnan((*values)[i])) {
                const auto doy = static_cast<std::size_t>(dayOfYear(t));
                sum[doy] += (*values)[i];
                ++count[doy];
            }
        }
    std::array<double, 367> out{};
    for (std::size_t doy = 1; doy <= 366; ++doy) {
        // A day of year without data (29 February, a long gap) takes the nearest day that has some.
        double v = std::numeric_limits<double>::quiet_NaN();
        for (int off = 0; off <= 183 && std::isnan(v); ++off)
            for (int sign : {-1, 1}) {
                const auto k = static_cast<std::size_t>((int(doy) - 1 + sign * off + 366) % 366 + 1);
                if (count[k] > 0 && std::isnan(v))
                    v = sum[k] / count[k];
            }
        out[doy] = v;
    }
    return out;
}

RangeSplit::RangeSplit(const RunConfig& config, const TimeAxis& axis)
    : train(config.trainRange), test(config.testRange), val(config.valRange)
{
    if (!val && config.valFraction > 0) {
        const TimePoint span = train.last + 1 - train.first;
        const TimePoint cut = train.first + static_cast<TimePoint>(double(span) * (1.0 - config.valFraction));
        val = TimeRange{axis.align(cut), train.last};  // start validation on a grid point
    }
}

RangeIndex RangeSplit::of(TimePoint t) const
{
    if (test.contains(t))
        return kTest;
    if (val && val->contains(t))
        return kVal;
    if (train.contains(t))
        return kTrain;
    return kNone;
}

PrepError prepError(PrepErrorCode code, std::string detail, std::vector<std::string> candidates)
{
    return {code, std::move(detail), std::move(candidates)};
}

std::vector<std::string> stationIds(const Dataset& dataset)
{
    std::vector<std::string> ids;
    for (const auto& s : dataset.stations)
        ids.push_back(s.id);
    return ids;
}

}  // namespace detail

}  // namespace mc
