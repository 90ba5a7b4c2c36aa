// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the window builder: the multi-node layouts (several stations, grid cells) and the
// pieces they share with the single-station windows.
#pragma once

#include "window_builder.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace mc {
namespace detail {

/// @p values of @p s placed on the points i < n of @p axis; NaN elsewhere (times between points
/// are ignored).
[[nodiscard]] std::vector<double> onGrid(const StationData& s, const std::vector<double>& values, const TimeAxis& axis,
                                         std::size_t n);

/// Mean by day of year (1..366) of the grid @p series (on @p axis) inside @p range, pooled over all
/// series; a day without data takes the nearest day that has some. On a Months axis: the mean by
/// calendar month, written to every day of that month (a month without data takes the nearest
/// month that has some), so month starts of leap and common years read the same value.
[[nodiscard]] std::array<double, 367> dayOfYearMeans(const std::vector<const std::vector<double>*>& series,
                                                     const TimeAxis& axis, const TimeRange& range);

/// Which range a window belongs to, by the time of its first target.
enum RangeIndex { kTrain = 0, kVal = 1, kTest = 2, kNone = 3 };

/// The train/validation/test split of @p config: validation is the explicit range, or the last
/// valFraction of the training range by time, starting on a point of @p axis.
struct RangeSplit {
    RangeSplit(const RunConfig& config, const TimeAxis& axis);
    [[nodiscard]] RangeIndex of(TimePoint t) const;
    TimeRange train, test;
    std::optional<TimeRange> val;
};

[[nodiscard]] PrepError prepError(PrepErrorCode code, std::string detail, std::vector<std::string> candidates = {});

/// Ids of every station of @p dataset (for UnknownStation's candidates).
[[nodiscard]] std::vector<std::string> stationIds(const Dataset& dataset);

}  // namespace detail

/// prepareWindows for the Stations and Grid layouts.
[[nodiscard]] PrepResult prepareNodeWindows(const Dataset& dataset, const RunConfig& config, NodeLayout layout);

}  // namespace mc
