// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "model_registry.h"
#include "node_layout.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace mc {

/// What a network is built for: the window shape and, for multi-node layouts, the nodes.
struct NetShape {
    int features = 1;       ///< F per window step (multi-node: V values then V observed-indicators)
    int horizon = 1;
    int nodes = 1;          ///< N; windows come in origin-major groups of N (see WindowSet)
    int gridRows = 0;       ///< Grid only: nodes = gridRows * gridCols, row-major
    int gridCols = 0;
    std::vector<NodeInfo> nodeInfo;  ///< per node
    NodeLayout layout = NodeLayout::Single;
    int targetFeature = 0;  ///< index of the target's value feature in F (its indicator: F/2 + it)
};

/// Base of every forecasting network, so the trainer can hold any model kind.
class ForecastNetImpl : public torch::nn::Module {
public:
    /// (batch, lookback, features) -> (batch, horizon), scaled units. For a multi-node layout the
    /// batch is B whole node groups: x (B*N, lookback, F), window b*N + n being node n of origin b,
    /// which a spatial network views as (B, N, lookback, F); it returns (B*N, horizon).
    virtual torch::Tensor forward(const torch::Tensor& x) = 0;

    /// A term the trainer adds to the training loss after each forward (the nonlinear GNN's
    /// contraction penalty); undefined when the network has none.
    virtual torch::Tensor trainingPenalty() { return {}; }

    /// True when the network can carry its recurrent state across calls (Keras's stateful mode).
    [[nodiscard]] virtual bool supportsState() const { return false; }
    /// English note when an iterative solver inside the network stopped at its cap during the
    /// passes so far (GNN fixed points); empty otherwise.
    [[nodiscard]] virtual std::string convergenceNote() const { return {}; }
    /// x: (batch, steps, features) -> (batch, steps, horizon): a forecast after every step.
    /// @p state holds the recurrent state between calls (empty = zeros) and is updated in place.
    virtual torch::Tensor forwardSteps(const torch::Tensor& x, std::vector<torch::Tensor>& state)
    {
        TORCH_CHECK(false, "this model kind cannot run statefully");
    }
};

/// The anchor of a residual forecast: each window's last observed value of the target, scaled, i.e.
/// what the persistence baseline forecasts. x (batch, lookback, F) -> (batch). @p observedFeature is
/// the target's observed-indicator feature (multi-node windows: F/2 + targetFeature); a step counts when
/// its indicator is above 0.5, and a window with no observed step gives 0 (its targets are not scored
/// against persistence, which has no value there either). With @p observedFeature -1 (single-station
/// windows, which carry no indicators) the last step's value is the anchor.
[[nodiscard]] torch::Tensor lastObservedTarget(const torch::Tensor& x, int64_t targetFeature, int64_t observedFeature);

/// Whether @p params ask for a residual (anchored) forecast: option residual "on" and predict-change
/// off (its targets are already changes from the last observed value). Model files written before the
/// option existed do not name it and stay plain.
[[nodiscard]] bool residualForecast(const ParamSet& params);

/// Builds the network of @p kind from @p params for @p shape; throws c10::Error on invalid
/// options or a layout the kind does not take.
[[nodiscard]] std::shared_ptr<ForecastNetImpl> createNet(const std::string& kind, const ParamSet& params,
                                                         const NetShape& shape, const std::string& outputActivation);

}  // namespace mc
