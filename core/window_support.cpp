// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces the single-station and the multi-node window builders share.
#include "node_windows.h"

#include <cmath>
#include <limits>
#include <map>

namespace mc {
namespace detail {

// The most frequent spacing: robust to the odd missing row, which only makes a larger gap.
TimePoint inferStep(const std::vector<const std::vector<TimePoint>*>& series)
{
    std::map<TimePoint, std::size_t> counts;
    for (const auto* times : series)
        for (std::size_t i = 1; i < times->size(); ++i)
            ++counts[(*times)[i] - (*times)[i - 1]];
    TimePoint best = kSecondsPerDay;
    std::size_t bestCount = 0;
    for (const auto& [step, n] : counts)
        if (n > bestCount && step > 0) {
            best = step;
            bestCount = n;
        }
    return best;
}

// Times that fall between grid points are ignored.
std::vector<double> onGrid(const StationData& s, const std::vector<double>& values, TimePoint t0,
                           TimePoint step, std::size_t n)
{
    std::vector<double> out(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t k = 0; k < s.times.size(); ++k) {
        const TimePoint d = s.times[k] - t0;
        if (d < 0 || d % step != 0)
            continue;
        const auto idx = static_cast<std::size_t>(d / step);
        if (idx < n)
            out[idx] = values[k];
    }
    return out;
}

std::array<double, 367> dayOfYearMeans(const std::vector<const std::vector<double>*>& series, TimePoint t0,
                                       TimePoint step, const TimeRange& range)
{
    std::array<double, 367> sum{};
    std::array<int, 367> count{};
    for (const auto* values : series)
        for (std::size_t i = 0; i < values->size(); ++i) {
            const TimePoint t = t0 + static_cast<TimePoint>(i) * step;
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
