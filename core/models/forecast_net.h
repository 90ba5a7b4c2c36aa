// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "model_registry.h"

#include <torch/torch.h>

#include <memory>
#include <string>

namespace mc {

/// Base of every forecasting network, so the trainer can hold any model kind.
class ForecastNetImpl : public torch::nn::Module {
public:
    /// (batch, lookback, features) -> (batch, horizon), scaled units.
    virtual torch::Tensor forward(const torch::Tensor& x) = 0;
};

/// Builds the network of @p kind from @p params; throws c10::Error on invalid options.
[[nodiscard]] std::shared_ptr<ForecastNetImpl> createNet(const std::string& kind, const ParamSet& params,
                                                         int features, int horizon,
                                                         const std::string& outputActivation);

}  // namespace mc
