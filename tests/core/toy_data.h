// SPDX-License-Identifier: GPL-3.0-or-later
// The toy series the training tests share (no Qt: the CUDA checks use it too).
#pragma once

#include "dataset.h"
#include "time_format.h"

#include <cmath>
#include <limits>

namespace toy {

/// Daily 2013–2018 at station "toy", variable "v": an annual sine plus a faster wave, learnable
/// with a known scale; days [gapStart, gapStart + gapLength) are missing.
inline mc::Dataset sineDataset(int gapStart = -1, int gapLength = 0)
{
    mc::Dataset ds;
    mc::StationData s;
    s.id = "toy";
    const mc::TimePoint t0 = *mc::daysFromCivil(2013, 1, 1) * mc::kSecondsPerDay;
    for (int i = 0; i < 6 * 365 + 1; ++i) {
        s.times.push_back(t0 + i * mc::kSecondsPerDay);
        const bool missing = i >= gapStart && i < gapStart + gapLength;
        s.variables["v"].push_back(missing ? std::numeric_limits<double>::quiet_NaN()
                                           : 20 + 5 * std::sin(2 * M_PI * i / 365.0) + std::sin(2 * M_PI * i / 23.0));
    }
    ds.stations.push_back(s);
    return ds;
}

}  // namespace toy
