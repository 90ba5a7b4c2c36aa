// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model_bundle.h"
#include "window_builder.h"

#include <optional>
#include <string>

namespace mc {

/// Windows of @p dataset for forecasting with @p bundle's model: the bundle's station (or
/// @p station when given), target, inputs, lookback and horizon, scaled with the bundle's scalers
/// (never refitted, so the network sees what it was trained on). Every window whose inputs and
/// targets are complete and whose first target time is at or after @p from lands in data.test
/// (train and val stay empty but carry the shape); gap-filled targets are left out as in a test
/// range. The grid (gridX) is filled for stateful models. Fails like prepareWindows on a missing
/// station or variable; an empty data.test is not an error (the data may end before a full window).
[[nodiscard]] PrepResult prepareForecastWindows(const Dataset& dataset, const ModelBundle& bundle,
                                                const std::string& station = {},
                                                std::optional<TimePoint> from = std::nullopt);

/// The window whose origin is the last observation of the target in @p data's grid: the real
/// forecast ahead, horizon steps past the end of the data (observed and y are NaN). Built from
/// @p dataset with @p data's station, features, scalers and grid. Count 0, with @p why set, when
/// the inputs before the last observation are incomplete or shorter than the lookback.
[[nodiscard]] WindowSet aheadWindow(const Dataset& dataset, const PreparedData& data, std::string& why);

}  // namespace mc
