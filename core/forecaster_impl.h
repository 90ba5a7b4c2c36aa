// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "forecaster.h"
#include "models/forecast_net.h"

namespace mc {

struct Forecaster::Impl {
    std::string kind;
    ParamSet params;            ///< the options the network was built from
    std::string outputActivation;
    int features = 1;
    int horizon = 1;
    NetShape shape;             ///< features and horizon repeated, plus the nodes of a multi-node layout
    bool stateful = false;      ///< forecasts come from a pass through the whole grid, not from windows
    std::shared_ptr<ForecastNetImpl> net;
    torch::Device device{torch::kCPU};
};

}  // namespace mc
