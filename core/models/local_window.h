// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch. Neighbourhood bookkeeping shared by the local attention layers.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace mc {

/// Relative offsets of a local window of extent @p k along one axis, ascending:
/// −⌊(k−1)/2⌋ … ⌈(k−1)/2⌉ (k = 3: −1, 0, 1; k = 4: −1, 0, 1, 2 as in SASA's Figure 4).
[[nodiscard]] std::vector<std::int64_t> windowOffsets(std::int64_t k);

/// One neighbour of a 2-D window: row offset, column offset.
struct WindowOffset2d {
    std::int64_t row = 0;
    std::int64_t col = 0;
};

/// The k×k offsets of a 2-D window, row-major (row offset outer), the order of the last axis
/// of gatherWindows2d() and of the 2-D attention weights.
[[nodiscard]] std::vector<WindowOffset2d> windowOffsets2d(std::int64_t k);

/// (batch, channels, length) -> (batch, channels, length, k): entry j at t is x[t + offset j],
/// zero where that falls outside the input (callers mask those entries, see windowValid1d()).
[[nodiscard]] torch::Tensor gatherWindows1d(const torch::Tensor& x, std::int64_t k);

/// (batch, channels, rows, cols) -> (batch, channels, rows, cols, k·k), row-major offsets, zero outside.
[[nodiscard]] torch::Tensor gatherWindows2d(const torch::Tensor& x, std::int64_t k);

/// (length, k) booleans: true where t + offset j lies inside [0, length).
[[nodiscard]] torch::Tensor windowValid1d(std::int64_t length, std::int64_t k, const torch::Device& device);

/// (rows, cols, k·k) booleans: true where the neighbour lies inside the grid.
[[nodiscard]] torch::Tensor windowValid2d(std::int64_t rows, std::int64_t cols, std::int64_t k,
                                          const torch::Device& device);

/// The offsets as a float tensor for the geometry prior: (k, 1) in 1-D, (k·k, 2) [row, col] in 2-D.
/// A 1×1 convolution without bias over 1-D (dims 1) or 2-D (dims 2) positions: the projections of
/// both attention layers.
[[nodiscard]] torch::nn::AnyModule pointwise(int dims, std::int64_t in, std::int64_t out);

[[nodiscard]] torch::Tensor offsetTable(std::int64_t k, int dims);

}  // namespace mc
