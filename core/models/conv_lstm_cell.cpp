// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conv_lstm_cell.h"

namespace mc {

ConvLstmCellImpl::ConvLstmCellImpl(const ConvLstmCellOptions& opts) : options(opts)
{
    TORCH_CHECK(options.input_channels() >= 0, "ConvLstmCell: input_channels must not be negative, got ",
                options.input_channels());
    TORCH_CHECK(options.hidden_channels() >= 1, "ConvLstmCell: hidden_channels must be at least 1, got ",
                options.hidden_channels());
    TORCH_CHECK(options.rows() >= 1 && options.cols() >= 1, "ConvLstmCell: rows and cols must be at least 1, got ",
                options.rows(), " x ", options.cols());
    TORCH_CHECK(options.kernel_size() >= 1 && options.kernel_size() % 2 == 1,
                "ConvLstmCell: kernel_size must be odd (same padding keeps the spatial size only then), got ",
                options.kernel_size());
    const int64_t hidden = options.hidden_channels();
    const int64_t k = options.kernel_size();
    gates = register_module("gates",
                            torch::nn::Conv2d(torch::nn::Conv2dOptions(options.input_channels() + hidden, 4 * hidden, k)
                                                  .padding(k / 2)
                                                  .bias(true)));
    // Zero peepholes start the cell as a plain ConvLSTM; their gradients are non-zero as soon as C
    // is, so training turns them on where the cell state helps the gates.
    w_ci = register_parameter("w_ci", torch::zeros({hidden, options.rows(), options.cols()}));
    w_cf = register_parameter("w_cf", torch::zeros({hidden, options.rows(), options.cols()}));
    w_co = register_parameter("w_co", torch::zeros({hidden, options.rows(), options.cols()}));
    // A forget bias of 1 keeps the cell state through the first steps of training instead of halving
    // it at every step (Jozefowicz et al. 2015); the paper leaves initialisation open.
    torch::NoGradGuard noGrad;
    gates->bias.narrow(0, hidden, hidden).fill_(1.0);
}

std::tuple<torch::Tensor, torch::Tensor> ConvLstmCellImpl::forward(const torch::Tensor& x, const torch::Tensor& h,
                                                                  const torch::Tensor& c)
{
    const int64_t hidden = options.hidden_channels();
    const int64_t rows = options.rows();
    const int64_t cols = options.cols();
    TORCH_CHECK(h.defined() == c.defined(), "ConvLstmCell: give both H and C, or neither for the zero state");
    TORCH_CHECK(x.defined() == (options.input_channels() > 0), "ConvLstmCell: ",
                options.input_channels() > 0 ? "an input X is required" : "this cell takes no input");
    if (x.defined())
        TORCH_CHECK(x.dim() == 4 && x.size(1) == options.input_channels() && x.size(2) == rows && x.size(3) == cols,
                    "ConvLstmCell: expected X of (batch, ", options.input_channels(), ", ", rows, ", ", cols, "), got ",
                    x.sizes());
    TORCH_CHECK(x.defined() || h.defined(), "ConvLstmCell: a cell without input needs its state H, C");
    torch::Tensor hPrev = h;
    torch::Tensor cPrev = c;
    if (!h.defined()) {
        hPrev = torch::zeros({x.size(0), hidden, rows, cols}, x.options());
        cPrev = torch::zeros_like(hPrev);
    }
    TORCH_CHECK(hPrev.dim() == 4 && hPrev.size(1) == hidden && hPrev.size(2) == rows && hPrev.size(3) == cols
                    && cPrev.sizes() == hPrev.sizes(),
                "ConvLstmCell: expected H and C of (batch, ", hidden, ", ", rows, ", ", cols, "), got ", hPrev.sizes(),
                " and ", cPrev.sizes());
    if (x.defined())
        TORCH_CHECK(x.size(0) == hPrev.size(0), "ConvLstmCell: X has batch ", x.size(0), ", the state ", hPrev.size(0));

    const auto z = gates->forward(x.defined() ? torch::cat({x, hPrev}, 1) : hPrev);
    const auto parts = z.chunk(4, 1);
    const auto i = torch::sigmoid(parts[0] + w_ci * cPrev);
    const auto f = torch::sigmoid(parts[1] + w_cf * cPrev);
    auto cNext = f * cPrev + i * torch::tanh(parts[2]);
    const auto o = torch::sigmoid(parts[3] + w_co * cNext);
    auto hNext = o * torch::tanh(cNext);
    return {std::move(hNext), std::move(cNext)};
}

}  // namespace mc
