// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conv_lstm.h"

#include "layer_list.h"

#include <numeric>

namespace mc {

ConvLstmForecasterImpl::ConvLstmForecasterImpl(const ConvLstmForecasterOptions& opts) : options(opts)
{
    const int64_t layers = options.num_layers();
    TORCH_CHECK(options.input_channels() >= 1, "ConvLstmForecaster: input_channels must be at least 1, got ",
                options.input_channels());
    TORCH_CHECK(options.horizon() >= 1, "ConvLstmForecaster: horizon must be at least 1, got ", options.horizon());
    TORCH_CHECK(options.rows() >= 1 && options.cols() >= 1, "ConvLstmForecaster: the frame must be at least 1 x 1, got ",
                options.rows(), " x ", options.cols());
    TORCH_CHECK(layers >= 1 && layers <= 3, "ConvLstmForecaster: num_layers must be 1, 2 or 3, got ", layers);
    TORCH_CHECK(int64_t(options.hidden_channels().size()) == layers, "ConvLstmForecaster: ",
                options.hidden_channels().size(), " hidden channel counts for ", layers, " layers");
    const auto& k = options.kernel_sizes();
    TORCH_CHECK(int64_t(k.size()) == layers || k.size() == 1, "ConvLstmForecaster: ", k.size(),
                " kernel sizes for ", layers, " layers (give one per layer, or one for all)");
    TORCH_CHECK(options.target_channel() >= 0 && options.target_channel() < options.input_channels(),
                "ConvLstmForecaster: target_channel ", options.target_channel(), " is not among the ",
                options.input_channels(), " input channels");
    const bool stations = options.layout() == ConvLstmLayout::Stations;
    TORCH_CHECK(!stations || options.cols() == options.input_channels(),
                "ConvLstmForecaster: station frames have one column per feature: cols must be ",
                options.input_channels(), ", got ", options.cols());

    const int64_t frameChannels = stations ? 1 : options.input_channels();
    for (int64_t l = 0; l < layers; ++l) {
        const int64_t hidden = options.hidden_channels()[std::size_t(l)];
        const int64_t kernel = k.size() == 1 ? k.front() : k[std::size_t(l)];
        const int64_t below = l == 0 ? frameChannels : options.hidden_channels()[std::size_t(l - 1)];
        m_encoder.push_back(register_module(
            "encoder" + std::to_string(l),
            ConvLstmCell(ConvLstmCellOptions(below, hidden, options.rows(), options.cols()).kernel_size(kernel))));
        // The forecasting network has no input frame: its first layer runs on its state alone.
        m_forecaster.push_back(register_module(
            "forecaster" + std::to_string(l),
            ConvLstmCell(ConvLstmCellOptions(l == 0 ? 0 : below, hidden, options.rows(), options.cols())
                             .kernel_size(kernel))));
    }
    const int64_t allHidden =
        std::accumulate(options.hidden_channels().begin(), options.hidden_channels().end(), int64_t{0});
    TORCH_CHECK(options.observed_channel() < options.input_channels(), "ConvLstmForecaster: observed_channel ",
                options.observed_channel(), " is not among the ", options.input_channels(), " input channels");
    m_head = register_module("head", torch::nn::Conv2d(torch::nn::Conv2dOptions(allHidden, 1, 1)));
    if (options.residual()) {
        // A zero change: the untrained network is the persistence forecast, and training starts
        // from the baseline it has to beat rather than from noise around the scaled mean.
        torch::NoGradGuard noGrad;
        m_head->weight.zero_();
        m_head->bias.zero_();
    } else if (options.relu_output()) {
        // As for the LSTM: a head starting below zero everywhere would leave the ReLU dead; min-max
        // levels live in [0, 1], so start from their middle.
        torch::NoGradGuard noGrad;
        m_head->bias.fill_(0.5);
    }
}

int64_t ConvLstmForecasterImpl::nodes() const
{
    return options.layout() == ConvLstmLayout::Grid ? options.rows() * options.cols() : options.rows();
}

torch::Tensor ConvLstmForecasterImpl::forward(const torch::Tensor& x)
{
    const int64_t n = nodes();
    TORCH_CHECK(x.dim() == 3 && x.size(2) == options.input_channels() && x.size(0) % n == 0,
                "ConvLstmForecaster: expected (batch * ", n, " nodes, lookback, ", options.input_channels(),
                "), got ", x.sizes());
    const bool stations = options.layout() == ConvLstmLayout::Stations;
    const auto frames = stations ? stationFramesFromNodes(x, n) : gridFramesFromNodes(x, options.rows(), options.cols());

    const std::size_t layers = m_encoder.size();
    std::vector<torch::Tensor> h(layers);
    std::vector<torch::Tensor> c(layers);
    for (int64_t t = 0; t < frames.size(1); ++t) {
        torch::Tensor input = frames.select(1, t);
        for (std::size_t l = 0; l < layers; ++l) {
            std::tie(h[l], c[l]) = m_encoder[l]->forward(input, h[l], c[l]);
            input = h[l];
        }
    }

    std::vector<torch::Tensor> steps;
    steps.reserve(std::size_t(options.horizon()));
    for (int64_t s = 0; s < options.horizon(); ++s) {
        torch::Tensor input;
        for (std::size_t l = 0; l < layers; ++l) {
            std::tie(h[l], c[l]) = m_forecaster[l]->forward(input, h[l], c[l]);
            input = h[l];
        }
        auto frame = m_head->forward(torch::cat(h, 1)).select(1, 0);  // (B, rows, cols)
        steps.push_back(stations ? frame.select(2, options.target_channel()) : frame);
    }
    auto y = nodesFromForecastFrames(torch::stack(steps, 1));
    if (options.residual())
        y = y + lastObservedTarget(x, options.target_channel(), options.observed_channel()).unsqueeze(1);
    return options.relu_output() ? torch::relu(y) : y;
}

torch::Tensor gridFramesFromNodes(const torch::Tensor& x, int64_t rows, int64_t cols)
{
    const int64_t n = rows * cols;
    TORCH_CHECK(x.dim() == 3 && n >= 1 && x.size(0) % n == 0, "gridFramesFromNodes: expected (batch * ", n,
                ", lookback, features), got ", x.sizes());
    const int64_t b = x.size(0) / n;
    return x.reshape({b, n, x.size(1), x.size(2)}).permute({0, 2, 3, 1}).reshape({b, x.size(1), x.size(2), rows, cols});
}

torch::Tensor stationFramesFromNodes(const torch::Tensor& x, int64_t nodes)
{
    TORCH_CHECK(x.dim() == 3 && nodes >= 1 && x.size(0) % nodes == 0, "stationFramesFromNodes: expected (batch * ",
                nodes, ", lookback, features), got ", x.sizes());
    const int64_t b = x.size(0) / nodes;
    return x.reshape({b, nodes, x.size(1), x.size(2)}).permute({0, 2, 1, 3}).unsqueeze(2);
}

torch::Tensor nodesFromForecastFrames(const torch::Tensor& frames)
{
    TORCH_CHECK(frames.dim() >= 3, "nodesFromForecastFrames: expected (batch, horizon, nodes...), got ", frames.sizes());
    const int64_t b = frames.size(0);
    const int64_t horizon = frames.size(1);
    return frames.reshape({b, horizon, -1}).permute({0, 2, 1}).reshape({-1, horizon});
}

ConvLstmForecasterOptions convLstmOptions(const ParamSet& params, const ConvLstmShape& shape,
                                          const std::string& outputActivation)
{
    std::string error;
    std::string key;
    const auto layers = convLstmLayers(params, error, key);
    TORCH_CHECK(layers, "convlstm: ", error);
    const bool grid = shape.layout == ConvLstmLayout::Grid;
    TORCH_CHECK(!grid || shape.gridRows * shape.gridCols == shape.nodes, "convlstm: a grid of ", shape.gridRows, " x ",
                shape.gridCols, " cells does not hold ", shape.nodes, " nodes");
    ConvLstmForecasterOptions o(shape.features, shape.horizon, grid ? shape.gridRows : shape.nodes,
                                grid ? shape.gridCols : shape.features);
    o.layout(shape.layout)
        .num_layers(int64_t(layers->hiddenChannels.size()))
        .hidden_channels(layers->hiddenChannels)
        .kernel_sizes(layers->kernels)
        .target_channel(shape.targetFeature)
        .relu_output(outputActivation == "relu")
        .residual(residualForecast(params))
        .observed_channel(shape.indicators ? shape.features / 2 + shape.targetFeature : -1);
    return o;
}

}  // namespace mc
