// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "model_registry.h"

#include <torch/optim/optimizer.h>

#include <memory>
#include <vector>

namespace mc {

/// The optimizer the registry's "optimizer" option names (adam, nadam, adamw, sgd, rmsprop) over
/// @p parameters, configured from @p params: lr, beta1, beta2, eps, weight-decay, momentum-decay
/// and momentum, each where that optimizer has it (the others are ignored). Throws c10::Error for
/// an unknown name or an option the optimizer refuses; validateConfig() catches those first.
[[nodiscard]] std::unique_ptr<torch::optim::Optimizer> createOptimizer(const ParamSet& params,
                                                                       std::vector<torch::Tensor> parameters);

}  // namespace mc
