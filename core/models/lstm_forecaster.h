// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "models/forecast_net.h"

#include <optional>
#include <string>

namespace mc {

/// Which LSTM implementation runs the recurrent layers. Both use the same parameters, so a
/// model trained with one loads and runs with the other.
enum class LstmImpl {
    Auto,   ///< Fused where it can run (CPU, float32), torch::nn::LSTM elsewhere (CUDA, double)
    Fused,  ///< mc::fusedLstm; a c10::Error on a device or dtype it does not support
    Torch,  ///< torch::nn::LSTM, the reference
};

/// Parses "auto", "fused" or "torch" (the lstm-impl option); nullopt for anything else.
[[nodiscard]] std::optional<LstmImpl> parseLstmImpl(const std::string& name);

/// Options of the reference model: LSTM(input, hidden, layers, dropout, batch_first) ->
/// Linear(hidden, horizon) -> output activation.
struct LstmForecasterOptions {
    LstmForecasterOptions(int64_t inputSize, int64_t horizon) : input_size_(inputSize), horizon_(horizon) {}
    /// Features per time step (the target plus covariates).
    TORCH_ARG(int64_t, input_size);
    /// Steps predicted at once (the deck's output_dim, 3).
    TORCH_ARG(int64_t, horizon);
    TORCH_ARG(int64_t, hidden_size) = 32;
    TORCH_ARG(int64_t, num_layers) = 1;
    /// Between stacked layers only, as in torch.nn.LSTM.
    TORCH_ARG(double, dropout) = 0.0;
    /// ReLU (the deck's choice, for min-max levels) or none.
    TORCH_ARG(bool, relu_output) = true;
    /// Keras's initialisation (Glorot-uniform input weights, orthogonal recurrent weights, one
    /// bias with the forget gate at 1, Glorot-uniform dense layer with zero bias) instead of
    /// LibTorch's uniform(±1/√hidden).
    TORCH_ARG(bool, keras_init) = false;
    /// Dropout between layers is torch::nn::LSTM's own: while it is active (training, two or
    /// more layers, dropout > 0) the torch path runs whatever this says.
    TORCH_ARG(LstmImpl, impl) = LstmImpl::Auto;
};

class LstmForecasterImpl : public ForecastNetImpl {
public:
    explicit LstmForecasterImpl(const LstmForecasterOptions& options);

    /// x: (batch, lookback, input_size) -> (batch, horizon). Reads the LSTM output of the last step.
    torch::Tensor forward(const torch::Tensor& x) override;

    [[nodiscard]] bool supportsState() const override { return true; }
    /// x: (batch, steps, input_size) -> (batch, steps, horizon); @p state is {h, c}, each
    /// (num_layers, batch, hidden_size), or empty for zeros.
    torch::Tensor forwardSteps(const torch::Tensor& x, std::vector<torch::Tensor>& state) override;

    LstmForecasterOptions options;

    /// True when the next forward on @p x runs mc::fusedLstm rather than torch::nn::LSTM.
    [[nodiscard]] bool usesFused(const torch::Tensor& x) const;

private:
    void initLikeKeras();

    torch::nn::LSTM m_lstm{nullptr};
    torch::nn::Linear m_head{nullptr};
};

TORCH_MODULE(LstmForecaster);

}  // namespace mc
