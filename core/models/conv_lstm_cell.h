// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <tuple>

namespace mc {

/// Options of one ConvLSTM cell (Shi et al. 2015, eq. 3).
struct ConvLstmCellOptions {
    ConvLstmCellOptions(int64_t inputChannels, int64_t hiddenChannels, int64_t rows, int64_t cols)
        : input_channels_(inputChannels), hidden_channels_(hiddenChannels), rows_(rows), cols_(cols)
    {
    }
    /// Channels of X_t; 0 for a cell without input (the first layer of the forecasting network).
    TORCH_ARG(int64_t, input_channels);
    /// Channels of H and C.
    TORCH_ARG(int64_t, hidden_channels);
    /// Spatial size of X, H and C; the peephole weights are learned per position, so it is fixed.
    TORCH_ARG(int64_t, rows);
    TORCH_ARG(int64_t, cols);
    /// Side of the square input-to-state and state-to-state kernels; odd, for same padding.
    TORCH_ARG(int64_t, kernel_size) = 3;
};

/// ConvLSTM cell, exactly as in the paper:
///   i = σ(W_xi∗X_t + W_hi∗H_{t−1} + W_ci∘C_{t−1} + b_i)
///   f = σ(W_xf∗X_t + W_hf∗H_{t−1} + W_cf∘C_{t−1} + b_f)
///   C_t = f∘C_{t−1} + i∘tanh(W_xc∗X_t + W_hc∗H_{t−1} + b_c)
///   o = σ(W_xo∗X_t + W_ho∗H_{t−1} + W_co∘C_t + b_o)
///   H_t = o∘tanh(C_t)
/// ∗ is a same-padded convolution, ∘ the Hadamard product.
class ConvLstmCellImpl : public torch::nn::Module {
public:
    explicit ConvLstmCellImpl(const ConvLstmCellOptions& options);

    /// One time step. x: (batch, input_channels, rows, cols), or undefined when input_channels is 0.
    /// h, c: (batch, hidden_channels, rows, cols), both undefined for the zero initial state (then
    /// x must be defined, to give the batch size). Returns {H_t, C_t} of the same shape as h and c.
    std::tuple<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x, const torch::Tensor& h,
                                                     const torch::Tensor& c);

    ConvLstmCellOptions options;
    /// W_x· and W_h· of all four gates (i, f, c, o along the output channels) with b_·: a convolution
    /// is linear in its input channels, so one convolution over [X_t; H_{t−1}] is W_x·∗X_t + W_h·∗H_{t−1} + b_·.
    torch::nn::Conv2d gates{nullptr};
    /// Peephole weights W_ci, W_cf, W_co: (hidden_channels, rows, cols).
    torch::Tensor w_ci;
    torch::Tensor w_cf;
    torch::Tensor w_co;
};

TORCH_MODULE(ConvLstmCell);

}  // namespace mc
