// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace mc {

/// Error measures in the target's original units. NaN where undefined (e.g. MAPE when every
/// observation is zero, R² when a series is constant).
struct ErrorMetrics {
    double rmse = 0;
    double mae = 0;
    double mape = 0;   ///< percent; observations equal to zero are excluded
    double r2 = 0;     ///< squared Pearson correlation
    double nse = 0;    ///< Nash–Sutcliffe efficiency, 1 - SSE/SST
    double bias = 0;   ///< mean of predicted - observed
    std::size_t count = 0;
};

/// Computes every measure over pairs where both values are finite.
[[nodiscard]] ErrorMetrics computeMetrics(const std::vector<double>& observed, const std::vector<double>& predicted);

/// Pooled and per horizon step, from (count, horizon) row-major arrays.
struct HorizonMetrics {
    ErrorMetrics pooled;
    std::vector<ErrorMetrics> perHorizon;
};
[[nodiscard]] HorizonMetrics computeHorizonMetrics(const std::vector<double>& observed,
                                                   const std::vector<double>& predicted, int horizon);

/// 1 - RMSE_model / RMSE_reference: positive when the model beats the reference.
[[nodiscard]] double skillScore(double rmseModel, double rmseReference);

}  // namespace mc
