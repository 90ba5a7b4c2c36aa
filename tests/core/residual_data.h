// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-node windows with gaps, and the persistence forecast worked out step by step, for the
// residual-forecast tests of the ConvLSTM and the GNN.
#pragma once

#include <torch/torch.h>

namespace residual {

/// (count, lookback, 2V) windows as the multi-node pipeline builds them: V scaled values, then V
/// observed-indicators; a missing value is 0 with indicator 0. Window 1 misses its last step,
/// window 2 every step.
inline torch::Tensor windowsWithGaps(int64_t count, int64_t lookback, int64_t variables, torch::Generator& gen)
{
    auto observed = (torch::rand({count, lookback, variables}, gen) < 0.7).to(torch::kFloat32);
    observed[1][lookback - 1] = 0;
    observed[2] = 0;
    const auto values = torch::rand({count, lookback, variables}, gen) * observed;
    return torch::cat({values, observed}, 2);
}

/// Each window's persistence forecast in scaled units: the target's (feature @p target) last value
/// whose indicator (feature @p observed, -1: every step counts) is set; 0 when there is none.
inline torch::Tensor persistence(const torch::Tensor& x, int64_t target, int64_t observed)
{
    auto out = torch::zeros({x.size(0)});
    for (int64_t i = 0; i < x.size(0); ++i)
        for (int64_t t = x.size(1) - 1; t >= 0; --t)
            if (observed < 0 || x[i][t][observed].item<float>() > 0.5f) {
                out[i] = x[i][t][target];
                break;
            }
    return out;
}

}  // namespace residual
