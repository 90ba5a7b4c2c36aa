// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace mc {

ScalingKind scalingFromName(const std::string& name)
{
    if (name == "minmax")
        return ScalingKind::MinMax;
    if (name == "zscore")
        return ScalingKind::ZScore;
    throw std::invalid_argument("unknown scaling '" + name + "'");
}

Scaler Scaler::fit(const std::vector<double>& values, ScalingKind kind)
{
    Scaler s;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    double sum = 0;
    double sumSq = 0;
    std::size_t n = 0;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        sum += v;
        ++n;
    }
    if (n == 0)
        return s;
    const double mean = sum / double(n);
    for (double v : values)
        if (!std::isnan(v))
            sumSq += (v - mean) * (v - mean);
    if (kind == ScalingKind::MinMax) {
        s.offset = lo;
        s.scale = hi > lo ? hi - lo : 1.0;
    } else {
        const double sd = n > 1 ? std::sqrt(sumSq / double(n - 1)) : 0.0;
        s.offset = mean;
        s.scale = sd > 0 ? sd : 1.0;
    }
    return s;
}

}  // namespace mc
