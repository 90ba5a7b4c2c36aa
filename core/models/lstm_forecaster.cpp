// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/lstm_forecaster.h"

#include "models/fused_lstm.h"

namespace mc {

std::optional<LstmImpl> parseLstmImpl(const std::string& name)
{
    if (name == "auto")
        return LstmImpl::Auto;
    if (name == "fused")
        return LstmImpl::Fused;
    if (name == "torch")
        return LstmImpl::Torch;
    return std::nullopt;
}

LstmForecasterImpl::LstmForecasterImpl(const LstmForecasterOptions& opts) : options(opts)
{
    TORCH_CHECK(options.input_size() >= 1, "LstmForecaster: input_size must be at least 1, got ", options.input_size());
    TORCH_CHECK(options.horizon() >= 1, "LstmForecaster: horizon must be at least 1, got ", options.horizon());
    TORCH_CHECK(options.hidden_size() >= 1, "LstmForecaster: hidden_size must be at least 1, got ", options.hidden_size());
    TORCH_CHECK(options.num_layers() >= 1, "LstmForecaster: num_layers must be at least 1, got ", options.num_layers());
    TORCH_CHECK(options.dropout() >= 0 && options.dropout() < 1, "LstmForecaster: dropout must be in [0, 1), got ",
                options.dropout());
    m_lstm = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(options.input_size(), options.hidden_size())
                                                         .num_layers(options.num_layers())
                                                         .dropout(options.num_layers() > 1 ? options.dropout() : 0.0)
                                                         .batch_first(true)));
    m_head = register_module("linear", torch::nn::Linear(options.hidden_size(), options.horizon()));
    if (options.keras_init()) {
        initLikeKeras();
    } else if (options.relu_output()) {
        // With the default bias (uniform around 0) an output unit starts below zero for every
        // input about half the time, and a ReLU there never gets a gradient: a dead, constant
        // forecast. Min-max levels live in [0, 1], so start from their middle instead.
        torch::NoGradGuard noGrad;
        m_head->bias.fill_(0.5);
    }
}

void LstmForecasterImpl::initLikeKeras()
{
    torch::NoGradGuard noGrad;
    const int64_t h = options.hidden_size();
    for (int64_t layer = 0; layer < options.num_layers(); ++layer) {
        const auto suffix = "_l" + std::to_string(layer);
        auto params = m_lstm->named_parameters(false);
        // Keras holds the input kernel as (input, 4·hidden) and the recurrent kernel as
        // (hidden, 4·hidden); LibTorch stores their transposes. Gate order i, f, c/g, o is the same.
        auto wIh = params["weight_ih" + suffix];
        auto wHh = params["weight_hh" + suffix];
        const double limit = std::sqrt(6.0 / double(wIh.size(0) + wIh.size(1)));
        wIh.uniform_(-limit, limit);
        auto recurrent = torch::empty({h, 4 * h});
        torch::nn::init::orthogonal_(recurrent);
        wHh.copy_(recurrent.t());
        // Keras has one bias per gate; LibTorch adds two, so one carries it and the other is zero.
        auto bIh = params["bias_ih" + suffix];
        auto bHh = params["bias_hh" + suffix];
        bIh.zero_();
        bIh.narrow(0, h, h).fill_(1.0);  // unit_forget_bias
        bHh.zero_();
    }
    const double limit = std::sqrt(6.0 / double(m_head->weight.size(0) + m_head->weight.size(1)));
    m_head->weight.uniform_(-limit, limit);
    m_head->bias.zero_();
}

bool LstmForecasterImpl::usesFused(const torch::Tensor& x) const
{
    if (options.impl() == LstmImpl::Torch)
        return false;
    if (is_training() && options.num_layers() > 1 && options.dropout() > 0)
        return false;
    const bool supported = fusedLstmSupported(x, m_lstm->all_weights());
    TORCH_CHECK(supported || options.impl() != LstmImpl::Fused,
                "LstmForecaster: the fused LSTM runs on CPU float32 tensors only, got ", x.device(), " ",
                x.scalar_type(), " (use lstm-impl auto or torch)");
    return supported;
}

torch::Tensor LstmForecasterImpl::forward(const torch::Tensor& x)
{
    TORCH_CHECK(x.dim() == 3 && x.size(2) == options.input_size(),
                "LstmForecaster: expected (batch, lookback, ", options.input_size(), "), got ", x.sizes());
    const auto out = usesFused(x) ? fusedLstm(x, {}, {}, m_lstm->all_weights()).output : std::get<0>(m_lstm->forward(x));
    auto last = out.select(1, out.size(1) - 1);
    auto y = m_head->forward(last);
    return options.relu_output() ? torch::relu(y) : y;
}

torch::Tensor LstmForecasterImpl::forwardSteps(const torch::Tensor& x, std::vector<torch::Tensor>& state)
{
    TORCH_CHECK(x.dim() == 3 && x.size(2) == options.input_size(),
                "LstmForecaster: expected (batch, steps, ", options.input_size(), "), got ", x.sizes());
    TORCH_CHECK(state.empty() || state.size() == 2, "LstmForecaster: state must be {h, c} or empty");
    torch::Tensor out;
    if (usesFused(x)) {
        // The carried state is an input of the fused node like any other: gradients reach it
        // only where the runner kept it attached (within a multi-step batch), never across the
        // detach that truncates back-propagation.
        auto r = state.empty() ? fusedLstm(x, {}, {}, m_lstm->all_weights())
                               : fusedLstm(x, state[0], state[1], m_lstm->all_weights());
        out = r.output;
        state = {r.h, r.c};
    } else {
        std::tuple<torch::Tensor, std::tuple<torch::Tensor, torch::Tensor>> r;
        if (state.empty())
            r = m_lstm->forward(x);
        else
            r = m_lstm->forward(x, std::make_tuple(state[0], state[1]));
        out = std::get<0>(r);
        state = {std::get<0>(std::get<1>(r)), std::get<1>(std::get<1>(r))};
    }
    auto y = m_head->forward(out);
    return options.relu_output() ? torch::relu(y) : y;
}

}  // namespace mc
