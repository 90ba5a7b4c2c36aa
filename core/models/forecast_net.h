// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "model_registry.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace mc {

/// Base of every forecasting network, so the trainer can hold any model kind.
class ForecastNetImpl : public torch::nn::Module {
public:
    /// (batch, lookback, features) -> (batch, horizon), scaled units.
    virtual torch::Tensor forward(const torch::Tensor& x) = 0;

    /// A term the trainer adds to the training loss after each forward (the nonlinear GNN's
    /// contraction penalty); undefined when the network has none.
    virtual torch::Tensor trainingPenalty() { return {}; }

    /// True when the network can carry its recurrent state across calls (Keras's stateful mode).
    [[nodiscard]] virtual bool supportsState() const { return false; }
    /// x: (batch, steps, features) -> (batch, steps, horizon): a forecast after every step.
    /// @p state holds the recurrent state between calls (empty = zeros) and is updated in place.
    virtual torch::Tensor forwardSteps(const torch::Tensor& x, std::vector<torch::Tensor>& state)
    {
        TORCH_CHECK(false, "this model kind cannot run statefully");
    }
};

/// Builds the network of @p kind from @p params; throws c10::Error on invalid options.
[[nodiscard]] std::shared_ptr<ForecastNetImpl> createNet(const std::string& kind, const ParamSet& params,
                                                         int features, int horizon,
                                                         const std::string& outputActivation);

}  // namespace mc
