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
/// A multi-node bundle (layout Stations or Grid) gives prepareNodeForecastWindows (@p station unused).
[[nodiscard]] PrepResult prepareForecastWindows(const Dataset& dataset, const ModelBundle& bundle,
                                                const std::string& station = {},
                                                std::optional<TimePoint> from = std::nullopt);

/// Multi-node windows of @p dataset for @p bundle's model: one node group per origin, the nodes being
/// the bundle's (PreparedData::nodes = bundle.stations, in that order; a node the data lacks is all
/// missing: check with checkBundleData first), built as prepareWindows builds a test range (inputs
/// 0 with observed-indicator 0 where missing, an origin kept when at least one node has all its
/// targets, targets NaN where missing or gap-filled) and scaled with the bundle's scalers. The time
/// axis has the bundle's step and starts at the earliest time of any node, as in training.
[[nodiscard]] PrepResult prepareNodeForecastWindows(const Dataset& dataset, const ModelBundle& bundle,
                                                    std::optional<TimePoint> from = std::nullopt);

/// Multi-node layouts: the node group whose origin is the last time step of @p data's axis at which
/// any node observed the target (every node's window, in @p data.nodes order; y and observed NaN,
/// lastObserved NaN for a node without an observed target in the lookback). Count 0, with @p why
/// set, when no node has an observation or the data is shorter than the lookback.
[[nodiscard]] WindowSet nodeAheadWindow(const Dataset& dataset, const PreparedData& data, std::string& why);

/// The window whose origin is the last observation of the target in @p data's grid: the real
/// forecast ahead, horizon steps past the end of the data (observed and y are NaN). Built from
/// @p dataset with @p data's station, features, scalers and grid. Count 0, with @p why set, when
/// the inputs before the last observation are incomplete or shorter than the lookback. Multi-node
/// layouts: nodeAheadWindow.
[[nodiscard]] WindowSet aheadWindow(const Dataset& dataset, const PreparedData& data, std::string& why);

}  // namespace mc
