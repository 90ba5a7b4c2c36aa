// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace mc {

/// Options of a local relation layer (Hu, Zhang, Xie, Lin, ICCV 2019).
struct LocalRelationOptions {
    explicit LocalRelationOptions(int64_t channels) : channels_(channels) {}
    /// C: channels of the input and of the output (the layer aggregates the input itself).
    TORCH_ARG(int64_t, channels);
    /// Spatial extent k of the neighbourhood per axis; offsets −⌊(k−1)/2⌋ … ⌈(k−1)/2⌉.
    TORCH_ARG(int64_t, kernel_size) = 7;
    /// Aggregation groups: the C/heads channels of a group share one set of aggregation weights
    /// (the paper's channel sharing, with m = C/heads channels per group).
    TORCH_ARG(int64_t, heads) = 1;
    /// Key and query channels per group (the paper's Figure 2 uses one).
    TORCH_ARG(int64_t, key_channels) = 1;
    /// Hidden width of the geometry prior's two-layer network.
    TORCH_ARG(int64_t, prior_hidden) = 16;
    /// 1: a time axis; 2: a grid (rows × columns).
    TORCH_ARG(int, dims) = 1;
};

/// ω(p′, p) = softmax_p(Φ(q_p′, k_p) + g(p − p′)) over the neighbourhood of p′, with Φ(q, k) = −Σ(q − k)²
/// (the paper's squared-difference composability) from 1×1 key and query maps without bias, and g a
/// learned geometry prior: a two-layer ReLU network from the relative position to one logit per group.
/// y_p′ = Σ_p ω(p′, p) x_p, each group's channels with that group's weights.
///
/// Departures from the paper: neighbours outside the input are left out of the softmax rather than
/// aggregated as zero padding; in 1-D the relative position is the time offset alone; the width of
/// the geometry prior's hidden layer is an option here.
class LocalRelationImpl : public torch::nn::Module {
public:
    explicit LocalRelationImpl(const LocalRelationOptions& options);

    /// x: (batch, channels, length) in 1-D or (batch, channels, rows, cols) in 2-D -> same shape.
    /// When @p weights is given it receives ω: (batch, heads, length, k) or (batch, heads, rows, cols, k·k),
    /// the last axis in the order of windowOffsets() / windowOffsets2d(); 0 outside the input.
    torch::Tensor forward(const torch::Tensor& x, torch::Tensor* weights = nullptr);

    /// g(p − p′) for every offset of the window: (heads, k) or (heads, k·k).
    torch::Tensor geometryPrior();

    LocalRelationOptions options;

private:
    torch::nn::AnyModule m_query;
    torch::nn::AnyModule m_key;
    torch::nn::Linear m_prior1{nullptr};
    torch::nn::Linear m_prior2{nullptr};
    torch::Tensor m_offsets;  ///< buffer: (window, dims)
};

TORCH_MODULE(LocalRelation);

}  // namespace mc
