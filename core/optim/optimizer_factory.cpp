// SPDX-License-Identifier: GPL-3.0-or-later
#include "optim/optimizer_factory.h"

#include "optim/nadam.h"

#include <torch/optim/adam.h>
#include <torch/optim/adamw.h>
#include <torch/optim/rmsprop.h>
#include <torch/optim/sgd.h>

#include <string>
#include <tuple>

namespace mc {

std::unique_ptr<torch::optim::Optimizer> createOptimizer(const ParamSet& p, std::vector<torch::Tensor> parameters)
{
    const auto name = p.getString("optimizer");
    const double lr = p.getDouble("lr");
    const auto betas = std::make_tuple(p.getDouble("beta1"), p.getDouble("beta2"));
    const double eps = p.getDouble("eps");
    const double weightDecay = p.getDouble("weight-decay");
    const double momentum = p.getDouble("momentum");

    if (name == "adam")
        return std::make_unique<torch::optim::Adam>(
            std::move(parameters), torch::optim::AdamOptions(lr).betas(betas).eps(eps).weight_decay(weightDecay));
    if (name == "nadam")
        return std::make_unique<Nadam>(std::move(parameters), NadamOptions(lr)
                                                                  .betas(betas)
                                                                  .eps(eps)
                                                                  .weight_decay(weightDecay)
                                                                  .momentum_decay(p.getDouble("momentum-decay")));
    if (name == "adamw")
        return std::make_unique<torch::optim::AdamW>(
            std::move(parameters), torch::optim::AdamWOptions(lr).betas(betas).eps(eps).weight_decay(weightDecay));
    if (name == "sgd")
        return std::make_unique<torch::optim::SGD>(
            std::move(parameters), torch::optim::SGDOptions(lr).momentum(momentum).weight_decay(weightDecay));
    if (name == "rmsprop")
        // alpha, RMSprop's own smoothing constant, keeps LibTorch's 0.99: beta2 is Adam's and
        // sharing it would give RMSprop a 0.999 it was never tuned for.
        return std::make_unique<torch::optim::RMSprop>(
            std::move(parameters),
            torch::optim::RMSpropOptions(lr).eps(eps).weight_decay(weightDecay).momentum(momentum));
    TORCH_CHECK(false, "unknown optimizer '", name, "'");
}

}  // namespace mc
