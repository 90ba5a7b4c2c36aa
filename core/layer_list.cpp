// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_list.h"

#include <algorithm>
#include <charconv>

namespace mc {

std::optional<std::vector<std::int64_t>> parseLayerList(std::string_view key, std::string_view text,
                                                        std::int64_t layers, bool oneForAll, std::int64_t lo,
                                                        std::int64_t hi, std::string& error)
{
    const std::string name(key);
    std::vector<std::int64_t> values;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        auto item = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        std::int64_t v = 0;
        const auto r = std::from_chars(item.data(), item.data() + item.size(), v);
        if (item.empty() || r.ec != std::errc() || r.ptr != item.data() + item.size()) {
            error = name + ": expected whole numbers separated by commas, e.g. 16,16; got '" + std::string(text) + "'";
            return std::nullopt;
        }
        if (v < lo || v > hi) {
            error = name + ": each value must be between " + std::to_string(lo) + " and " + std::to_string(hi)
                + ", got " + std::to_string(v);
            return std::nullopt;
        }
        values.push_back(v);
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    if (oneForAll && values.size() == 1)
        return std::vector<std::int64_t>(std::size_t(std::max<std::int64_t>(layers, 0)), values.front());
    if (std::int64_t(values.size()) != layers) {
        error = name + ": " + std::to_string(values.size()) + (values.size() == 1 ? " value" : " values") + " for "
            + std::to_string(layers) + (layers == 1 ? " layer" : " layers") + "; give one value per layer"
            + (oneForAll ? ", or a single value for all layers" : "");
        return std::nullopt;
    }
    return values;
}

std::optional<ConvLstmLayers> convLstmLayers(const ParamSet& params, std::string& error, std::string& key)
{
    // Channels and kernels beyond these only cost memory and time on the small grids and station
    // frames this program sees.
    constexpr std::int64_t kMaxHiddenChannels = 256;
    constexpr std::int64_t kMaxKernel = 15;
    const std::int64_t layers = params.getInt("conv-layers");
    if (layers < 1 || layers > 3) {
        key = "conv-layers";
        error = "conv-layers must be 1, 2 or 3, got " + std::to_string(layers);
        return std::nullopt;
    }
    ConvLstmLayers out;
    auto hidden = parseLayerList("hidden-channels", params.getString("hidden-channels"), layers, false, 1,
                                 kMaxHiddenChannels, error);
    if (!hidden) {
        key = "hidden-channels";
        return std::nullopt;
    }
    auto kernels = parseLayerList("kernel", params.getString("kernel"), layers, true, 1, kMaxKernel, error);
    if (!kernels) {
        key = "kernel";
        return std::nullopt;
    }
    for (const auto k : *kernels)
        if (k % 2 == 0) {
            key = "kernel";
            error = "kernel: sizes must be odd (3, 5, 7 …) so that the states keep the frame size, got "
                + std::to_string(k);
            return std::nullopt;
        }
    out.hiddenChannels = std::move(*hidden);
    out.kernels = std::move(*kernels);
    return out;
}

}  // namespace mc
