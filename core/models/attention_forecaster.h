// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "models/forecast_net.h"
#include "models/local_relation.h"
#include "models/sasa.h"

#include <string>
#include <vector>

namespace mc {

enum class AttentionVariant { Sasa, LocalRelation };

/// "sasa" or "local-relation" (the registry's choices); throws c10::Error otherwise.
[[nodiscard]] AttentionVariant parseAttentionVariant(const std::string& name);

/// Options of the local self-attention forecaster.
struct AttentionForecasterOptions {
    AttentionForecasterOptions(int64_t features, int64_t horizon) : features_(features), horizon_(horizon) {}
    /// Features per time step (and per cell in grid mode).
    TORCH_ARG(int64_t, features);
    TORCH_ARG(int64_t, horizon);
    TORCH_ARG(AttentionVariant, variant) = AttentionVariant::Sasa;
    /// Window extent k of every attention layer (time steps, or cells per grid axis).
    TORCH_ARG(int64_t, window) = 7;
    TORCH_ARG(int64_t, heads) = 4;
    /// L: attention blocks.
    TORCH_ARG(int64_t, layers) = 2;
    /// Channels of the blocks; heads must divide it.
    TORCH_ARG(int64_t, embedding_dim) = 32;
    /// Hidden width of each block's pointwise feed-forward network, in multiples of embedding_dim.
    TORCH_ARG(int64_t, ffn_multiplier) = 2;
    TORCH_ARG(bool, relu_output) = true;
    /// Grid mode (2-D attention over cells) when both are positive; stands in for the spatial
    /// branch's NetShape::gridRows / gridCols until that lands.
    TORCH_ARG(int64_t, grid_rows) = 0;
    TORCH_ARG(int64_t, grid_cols) = 0;
    /// Grid mode only: the per-cell stem reads lookback × features values.
    TORCH_ARG(int64_t, lookback) = 0;
    /// Residual forecast: the head predicts the change from each window's last observed target value
    /// (see lastObservedTarget) and starts at zero, so that the untrained network forecasts persistence.
    TORCH_ARG(bool, residual) = false;
    /// The target's value feature, and its observed-indicator feature (-1: none, the last step anchors).
    TORCH_ARG(int64_t, target_feature) = 0;
    TORCH_ARG(int64_t, observed_feature) = -1;

public:  // TORCH_ARG leaves the section private
    [[nodiscard]] bool grid() const { return grid_rows_ > 0 && grid_cols_ > 0; }
};

/// Pre-norm block: h + Attn(LN(h)), then h + FFN(LN(h)). h is channels-last: (batch, length, C)
/// or (batch, rows, cols, C).
class AttentionBlockImpl : public torch::nn::Module {
public:
    AttentionBlockImpl(const AttentionForecasterOptions& options, int dims);
    /// @p weights: as Sasa / LocalRelation forward.
    torch::Tensor forward(const torch::Tensor& h, torch::Tensor* weights = nullptr);

private:
    Sasa m_sasa{nullptr};
    LocalRelation m_relation{nullptr};
    torch::nn::LayerNorm m_norm1{nullptr};
    torch::nn::LayerNorm m_norm2{nullptr};
    torch::nn::Linear m_ffn1{nullptr};
    torch::nn::Linear m_ffn2{nullptr};
};

TORCH_MODULE(AttentionBlock);

/// Station series (1-D): x (batch, lookback, features) -> 1×1 stem to embedding_dim -> L blocks
/// attending over time -> LayerNorm -> linear head on [last step ; mean over the lookback] -> (batch, horizon).
/// Grids (2-D): x (B·N, lookback, features), N = grid_rows·grid_cols cells row-major, origin-major
/// groups (see the spatial data contract) -> per-cell linear stem over lookback·features -> L blocks
/// attending over rows × cols -> LayerNorm -> per-cell linear head -> (B·N, horizon).
class AttentionForecasterImpl : public ForecastNetImpl {
public:
    explicit AttentionForecasterImpl(const AttentionForecasterOptions& options);

    torch::Tensor forward(const torch::Tensor& x) override;
    /// As forward(); @p weights receives one tensor per block: (batch, heads, lookback, k) in 1-D,
    /// (B, heads, rows, cols, k·k) in grid mode (see windowOffsets() for the last axis).
    torch::Tensor forwardWithAttention(const torch::Tensor& x, std::vector<torch::Tensor>* weights);

    AttentionForecasterOptions options;

private:
    torch::nn::Linear m_stem{nullptr};
    torch::nn::ModuleList m_blocks{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
    torch::nn::Linear m_head{nullptr};
};

TORCH_MODULE(AttentionForecaster);

}  // namespace mc
