// SPDX-License-Identifier: GPL-3.0-or-later
// The attention view's data: the weights of a local self-attention forecaster for one window.
#include "forecaster_impl.h"

#include "models/attention_forecaster.h"
#include "models/local_window.h"

namespace mc {

std::optional<AttentionMap> Forecaster::attentionWeights(const WindowSet& one, std::string& why) const
{
    auto* net = dynamic_cast<AttentionForecasterImpl*>(m_impl->net.get());
    if (!net) {
        why = "the model (" + m_impl->kind + ") has no attention weights";
        return std::nullopt;
    }
    if (net->options.grid()) {
        why = "attention weights are shown for station series only, not for grids";
        return std::nullopt;
    }
    if (one.count == 0 || one.lookback <= 0) {
        why = "no window to show";
        return std::nullopt;
    }
    if (one.features != m_impl->features) {
        why = "the window has " + std::to_string(one.features) + " features, the model expects " +
              std::to_string(m_impl->features);
        return std::nullopt;
    }
    torch::NoGradGuard noGrad;
    net->eval();
    // Only the first window: the view shows one prediction at a time.
    const auto x = torch::from_blob(const_cast<float*>(one.x.data()), {1, one.lookback, one.features}, torch::kFloat)
                       .clone()
                       .to(m_impl->device);
    std::vector<torch::Tensor> perBlock;
    net->forwardWithAttention(x, &perBlock);

    AttentionMap map;
    map.blocks = static_cast<int>(perBlock.size());
    map.heads = static_cast<int>(net->options.heads());
    map.positions = one.lookback;
    map.window = static_cast<int>(net->options.window());
    for (const auto offset : windowOffsets(net->options.window()))
        map.offsets.push_back(static_cast<int>(offset));
    map.weights.reserve(static_cast<std::size_t>(map.blocks) * map.heads * map.positions * map.window);
    for (const auto& w : perBlock) {
        // (1, heads, lookback, k) per block.
        TORCH_CHECK(w.dim() == 4 && w.size(1) == map.heads && w.size(2) == map.positions && w.size(3) == map.window,
                    "attentionWeights: unexpected weight shape ", w.sizes());
        const auto cpu = w.select(0, 0).to(torch::kCPU, torch::kFloat).contiguous();
        const float* p = cpu.data_ptr<float>();
        map.weights.insert(map.weights.end(), p, p + cpu.numel());
    }
    return map;
}

}  // namespace mc
