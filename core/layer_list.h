// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model_registry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// Per-layer values of a list option such as `hidden-channels 16,16` or `kernel 3`: comma-separated
/// integers in [@p lo, @p hi], one per layer of @p layers, or, when @p oneForAll, a single value used
/// for every layer (the result then still holds one value per layer). On failure returns nullopt and
/// sets @p error to an English reason that names @p key.
[[nodiscard]] std::optional<std::vector<std::int64_t>> parseLayerList(std::string_view key, std::string_view text,
                                                                      std::int64_t layers, bool oneForAll,
                                                                      std::int64_t lo, std::int64_t hi,
                                                                      std::string& error);

/// The stacked layers of a ConvLSTM, read from its options conv-layers, hidden-channels and kernel.
struct ConvLstmLayers {
    std::vector<std::int64_t> hiddenChannels;  ///< one per layer
    std::vector<std::int64_t> kernels;         ///< one per layer, odd
};
/// Reads and checks the ConvLSTM layer options of @p params (defaults for missing keys). On failure
/// returns nullopt, sets @p error to an English reason and @p key to the option at fault.
[[nodiscard]] std::optional<ConvLstmLayers> convLstmLayers(const ParamSet& params, std::string& error,
                                                           std::string& key);

}  // namespace mc
