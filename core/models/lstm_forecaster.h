// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "models/forecast_net.h"

namespace mc {

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

private:
    void initLikeKeras();

    torch::nn::LSTM m_lstm{nullptr};
    torch::nn::Linear m_head{nullptr};
};

TORCH_MODULE(LstmForecaster);

}  // namespace mc
