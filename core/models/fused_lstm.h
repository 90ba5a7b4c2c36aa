// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include <torch/torch.h>

#include <vector>

namespace mc {

/// What fusedLstm returns: the same three tensors as torch::nn::LSTM's forward.
struct FusedLstmOutput {
    torch::Tensor output;  ///< (batch, steps, hidden): the last layer's h at every step
    torch::Tensor h;       ///< (layers, batch, hidden): final h of every layer
    torch::Tensor c;       ///< (layers, batch, hidden): final c of every layer
};

/// True when fusedLstm can run @p x with @p weights: CPU float32 tensors, biases present, no
/// projection. Dropout is not part of it: callers use torch::nn::LSTM when dropout applies.
[[nodiscard]] bool fusedLstmSupported(const torch::Tensor& x, const std::vector<torch::Tensor>& weights);

/// A multi-layer, batch-first LSTM over the parameters of a torch::nn::LSTM (its all_weights():
/// weight_ih, weight_hh, bias_ih, bias_hh per layer, gates i, f, g, o), equal to its forward to
/// float rounding, with a hand-written backward (back-propagation through time) registered as
/// one autograd node. Per chunk of the batch: the input projection of all steps is one sgemm, each step
/// one sgemm plus one fused gate loop; weight gradients are one sgemm per matrix over all steps.
/// Gates use approximations of σ and tanh (absolute error below fused::kApproxMaxAbsError).
/// x: (batch, steps, input); h0, c0: (layers, batch, hidden), or undefined for zeros. Gradients
/// flow to x, h0, c0 and the weights wherever they require them.
/// With several LibTorch threads the batch is split into @p chunks row ranges, each a complete
/// LSTM run on its own intra-op thread (forward and backward), the weight gradients summed over
/// chunks: one fork and join per pass, none per step. @p chunks 0 picks fusedLstmChunkCount for
/// torch::get_num_threads() (1 inside a parallel region); a positive value is used as given
/// (clamped to the batch), whatever the thread count.
[[nodiscard]] FusedLstmOutput fusedLstm(const torch::Tensor& x, const torch::Tensor& h0, const torch::Tensor& c0,
                                        const std::vector<torch::Tensor>& weights, int chunks = 0);

/// How many chunks fusedLstm splits a batch into on @p threads threads: 1 unless the batch and
/// the work per call are large enough for a fork and join to pay, else up to one per thread.
[[nodiscard]] int fusedLstmChunkCount(std::int64_t batch, std::int64_t steps, std::int64_t hidden, int threads);

}  // namespace mc
