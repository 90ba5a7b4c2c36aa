// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the window builder: the multi-node layouts (several stations, grid cells) and the
// pieces they share with the single-station windows.
#pragma once

#include "window_builder.h"

#include <array>
#include <string>
#include <vector>

namespace mc {
namespace detail {

/// The most frequent positive spacing over all @p series (one day when there is none).
[[nodiscard]] TimePoint inferStep(const std::vector<const std::vector<TimePoint>*>& series);

/// @p values of @p s placed on the grid t0 + i * step, i < n; NaN elsewhere.
[[nodiscard]] std::vector<double> onGrid(const StationData& s, const std::vector<double>& values, TimePoint t0,
                                         TimePoint step, std::size_t n);

/// Mean by day of year (1..366) of the grid @p series (t0, step) inside @p range, pooled over all
/// series; a day without data takes the nearest day that has some.
[[nodiscard]] std::array<double, 367> dayOfYearMeans(const std::vector<const std::vector<double>*>& series,
                                                     TimePoint t0, TimePoint step, const TimeRange& range);

[[nodiscard]] PrepError prepError(PrepErrorCode code, std::string detail, std::vector<std::string> candidates = {});

/// Ids of every station of @p dataset (for UnknownStation's candidates).
[[nodiscard]] std::vector<std::string> stationIds(const Dataset& dataset);

}  // namespace detail

/// prepareWindows for the Stations and Grid layouts.
[[nodiscard]] PrepResult prepareNodeWindows(const Dataset& dataset, const RunConfig& config, NodeLayout layout);

}  // namespace mc
