// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "models/conv_lstm_cell.h"
#include "models/forecast_net.h"

#include <memory>
#include <string>
#include <vector>

namespace mc {

/// How a ConvLSTM lays the nodes of a multi-node window group out as frames.
enum class ConvLstmLayout {
    /// Grid cells: frame pixel (row, col) is node row·cols + col; channels are the features.
    Grid,
    /// Stations: a one-channel frame whose rows are the stations (in the window builder's station
    /// order) and whose columns are the features.
    Stations,
};

/// Options of the encoder–forecaster of Shi et al. 2015.
struct ConvLstmForecasterOptions {
    /// @p rows and @p cols are the frame size: the grid for Grid, (stations, input_channels) for Stations.
    ConvLstmForecasterOptions(int64_t inputChannels, int64_t horizon, int64_t rows, int64_t cols)
        : input_channels_(inputChannels), horizon_(horizon), rows_(rows), cols_(cols)
    {
    }
    /// Features per node and time step (F).
    TORCH_ARG(int64_t, input_channels);
    /// Frames predicted (H).
    TORCH_ARG(int64_t, horizon);
    TORCH_ARG(int64_t, rows);
    TORCH_ARG(int64_t, cols);
    TORCH_ARG(ConvLstmLayout, layout) = ConvLstmLayout::Grid;
    /// Stacked layers, 1 to 3, in the encoding and in the forecasting network alike.
    TORCH_ARG(int64_t, num_layers) = 2;
    /// Hidden channels of each layer (num_layers values).
    TORCH_ARG(std::vector<int64_t>, hidden_channels) = std::vector<int64_t>{16, 16};
    /// Kernel side of each layer (num_layers values, or one for all), odd.
    TORCH_ARG(std::vector<int64_t>, kernel_sizes) = std::vector<int64_t>{3};
    /// Stations: the column of the predicted frame that is the forecast (the target's feature index).
    /// Grid: only checked against input_channels; the 1×1 convolution predicts the target frame alone.
    TORCH_ARG(int64_t, target_channel) = 0;
    /// ReLU on the output (min-max levels) or none.
    TORCH_ARG(bool, relu_output) = false;
    /// Residual forecast: the head predicts the change from each node's last observed target value
    /// (channel target_channel, see lastObservedTarget), and starts at zero, so that the untrained
    /// network forecasts persistence. Off: the head predicts the level, as in the paper.
    TORCH_ARG(bool, residual) = false;
    /// The target's observed-indicator channel for the residual anchor; -1 when the windows carry no
    /// indicators (single station: the last step is the anchor).
    TORCH_ARG(int64_t, observed_channel) = -1;
};

/// ConvLSTM encoder–forecaster. The encoding network (stacked ConvLSTM layers, zero initial state)
/// reads the lookback frames; the forecasting network has the same layers, starts from the encoder's
/// final H and C of each layer, takes no input in its first layer (each higher layer reads the H of the
/// layer below) and unrolls one step per predicted frame; at each step the H of all its layers are
/// concatenated and a 1×1 convolution gives the predicted frame.
class ConvLstmForecasterImpl : public ForecastNetImpl {
public:
    explicit ConvLstmForecasterImpl(const ConvLstmForecasterOptions& options);

    /// x: (B·N, lookback, F) origin-major node groups (window = origin·N + node), N = nodes()
    /// -> (B·N, horizon), in the same order.
    /// Grid: node n is frame pixel (n / cols, n % cols); input frames (B, T, F, rows, cols), predicted
    /// frames (B, H, rows, cols).
    /// Stations: input frames (B, T, 1, N, F), row = station, column = feature; each predicted frame is
    /// (B, 1, N, F) and its column target_channel is the forecast of every station.
    torch::Tensor forward(const torch::Tensor& x) override;

    /// Nodes per window group: rows·cols for Grid, rows for Stations.
    [[nodiscard]] int64_t nodes() const;

    ConvLstmForecasterOptions options;

private:
    std::vector<ConvLstmCell> m_encoder;
    std::vector<ConvLstmCell> m_forecaster;
    torch::nn::Conv2d m_head{nullptr};
};

TORCH_MODULE(ConvLstmForecaster);

/// Grid: x (B·N, T, F), N = rows·cols row-major -> frames (B, T, F, rows, cols).
[[nodiscard]] torch::Tensor gridFramesFromNodes(const torch::Tensor& x, int64_t rows, int64_t cols);
/// Stations: x (B·N, T, F) -> frames (B, T, 1, N, F).
[[nodiscard]] torch::Tensor stationFramesFromNodes(const torch::Tensor& x, int64_t nodes);
/// Per-step forecasts (B, H, rows, cols) for Grid or (B, H, N) for Stations -> (B·N, H), node n =
/// row·cols + col: the inverse of the node-to-frame mapping.
[[nodiscard]] torch::Tensor nodesFromForecastFrames(const torch::Tensor& frames);

/// The network shape the ConvLSTM needs. Stand-in with the field names of the spatial data contract's
/// NetShape (createNet(kind, params, const NetShape&, outputActivation)) until that reaches main.
struct ConvLstmShape {
    int features = 1;
    int horizon = 1;
    int nodes = 1;
    int gridRows = 0;  ///< Grid only
    int gridCols = 0;  ///< Grid only
    ConvLstmLayout layout = ConvLstmLayout::Stations;
    int targetFeature = 0;
    bool indicators = false;  ///< the features are V values then V observed-indicators (multi-node layouts)
};

/// Options of the registry kind "convlstm" (conv-layers, hidden-channels, kernel, residual) for @p shape;
/// throws c10::Error on invalid options.
[[nodiscard]] ConvLstmForecasterOptions convLstmOptions(const ParamSet& params, const ConvLstmShape& shape,
                                                        const std::string& outputActivation);

}  // namespace mc
