// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: the element-wise inner loops of the fused LSTM (no LibTorch here, so this
// file compiles at -O3 without the precompiled header). Each entry point picks an AVX2/FMA or a
// baseline x86-64 build of its loop at run time; see fused_lstm_kernels.cpp.
#pragma once

#include <cstdint>

namespace mc::fused {

/// Largest absolute error of approxSigmoid and approxTanh against the exact functions, over all
/// finite floats (checked densely in tst_fused_lstm).
inline constexpr float kApproxMaxAbsError = 5e-7f;

/// out[k] = 1 / (1 + exp(-in[k])), to within kApproxMaxAbsError. @p in and @p out may alias.
void approxSigmoid(const float* in, float* out, std::int64_t n);
/// out[k] = tanh(in[k]), to within kApproxMaxAbsError. @p in and @p out may alias.
void approxTanh(const float* in, float* out, std::int64_t n);

/// One LSTM time step. gates: (batch, 4·hidden) input part of the pre-activations (torch's
/// order i, f, g, o), replaced by the activations; recurrent: (batch, 4·hidden) recurrent part,
/// added here, or null for a zero state; cPrev: (batch, hidden); writes c, tanhC and h, each
/// (batch, hidden).
void lstmForwardStep(std::int64_t batch, std::int64_t hidden, float* gates, const float* recurrent, const float* cPrev,
                     float* c, float* tanhC, float* h);

/// Back-propagates one step. gates: the activations lstmForwardStep left; dh: gradient on h_t
/// from step t+1 (dy, the gradient from the layer's output at t, is added here); dc: gradient on
/// c_t, replaced by the gradient on c_{t-1}; writes dGates (batch, 4·hidden), the gradient on the
/// pre-activations.
void lstmBackwardStep(std::int64_t batch, std::int64_t hidden, const float* gates, const float* cPrev,
                      const float* tanhC, const float* dh, const float* dy, float* dc, float* dGates);

/// acc[j] += Σ_r rows[r·cols + j]: the bias gradient.
void addColumnSums(const float* rows, std::int64_t rowCount, std::int64_t cols, float* acc);

/// True when the AVX2/FMA build of the loops runs on this CPU.
[[nodiscard]] bool kernelsUseAvx2();

}  // namespace mc::fused
