// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace mc {

/// Options of a Stand-Alone Self-Attention layer (Ramachandran et al., NeurIPS 2019).
struct SasaOptions {
    SasaOptions(int64_t inChannels, int64_t outChannels) : in_channels_(inChannels), out_channels_(outChannels) {}
    /// N_I: channels of the input.
    TORCH_ARG(int64_t, in_channels);
    /// N_F: channels of the output (d_out), split evenly over the heads.
    TORCH_ARG(int64_t, out_channels);
    /// Spatial extent k of the window per axis; offsets −⌊(k−1)/2⌋ … ⌈(k−1)/2⌉ (see windowOffsets()).
    TORCH_ARG(int64_t, kernel_size) = 7;
    TORCH_ARG(int64_t, heads) = 1;
    /// 1: a time axis; 2: a grid (rows × columns).
    TORCH_ARG(int, dims) = 1;
};

/// y_ij = Σ_ab softmax_ab(q_ijᵀ k_ab + q_ijᵀ r_{a−i,b−j}) v_ab over the k (k×k) window around each
/// position, per head. q, k, v are 1×1 projections without bias (3·N_I·N_F weights). The relative
/// embedding r is, in 2-D, a row-offset embedding and a column-offset embedding of d/2 channels each,
/// concatenated (d = channels per head); in 1-D one time-offset embedding of d channels. Neighbours
/// outside the input are left out of the softmax instead of being attended as zero padding.
class SasaImpl : public torch::nn::Module {
public:
    explicit SasaImpl(const SasaOptions& options);

    /// x: (batch, in_channels, length) in 1-D or (batch, in_channels, rows, cols) in 2-D
    /// -> the same positions with out_channels. When @p weights is given it receives the attention
    /// weights: (batch, heads, length, k) or (batch, heads, rows, cols, k·k), the last axis in the
    /// order of windowOffsets() / windowOffsets2d(); entries for neighbours outside the input are 0.
    torch::Tensor forward(const torch::Tensor& x, torch::Tensor* weights = nullptr);

    SasaOptions options;

private:
    torch::Tensor relativeEmbedding() const;

    torch::nn::AnyModule m_query;
    torch::nn::AnyModule m_key;
    torch::nn::AnyModule m_value;
    torch::Tensor m_relTime;  ///< 1-D: (heads, d, k)
    torch::Tensor m_relRow;   ///< 2-D: (heads, d/2, k)
    torch::Tensor m_relCol;   ///< 2-D: (heads, d/2, k)
};

TORCH_MODULE(Sasa);

}  // namespace mc
