// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "run_config.h"
#include "scaler.h"

#include <array>
#include <cstdint>
#include <cstddef>
#include <string>
#include <vector>

namespace mc {

/// Supervised windows in flat row-major arrays, so they cross threads and APIs as plain values.
struct WindowSet {
    std::size_t count = 0;
    int lookback = 0;
    int features = 0;
    int horizon = 0;
    std::vector<float> x;                 ///< (count, lookback, features), scaled
    std::vector<float> y;                 ///< (count, horizon), scaled level or scaled change
    std::vector<TimePoint> originTime;    ///< (count) time of the last input step
    std::vector<double> lastObserved;     ///< (count) target at originTime, original units
    std::vector<double> lastScaled;       ///< (count) the same, scaled
    std::vector<double> observed;         ///< (count, horizon) targets, original units
    std::vector<TimePoint> validTime;     ///< (count, horizon)
};

enum class PrepErrorCode {
    None,
    NoStationWithTarget,   ///< no station has the target variable
    StationRequired,       ///< several stations have the target: the user must choose
    UnknownStation,
    UnknownVariable,       ///< the station lacks the target or an input variable
    EmptyRange,            ///< no complete window in the training or test range
};

struct PrepError {
    PrepErrorCode code = PrepErrorCode::None;
    std::string detail;                   ///< English
    std::vector<std::string> candidates;  ///< e.g. stations to choose from
};

/// What the windows were made of, and how many were lost to gaps.
struct PreparedData {
    std::string station;
    std::string target;
    std::vector<std::string> featureNames;  ///< feature 0 is the target
    std::vector<Scaler> scalers;            ///< per feature, fitted on the training part only
    bool predictChange = false;
    bool dateOnly = true;
    TimePoint step = kSecondsPerDay;
    WindowSet train, val, test;

    /// The whole regular time grid, for models that carry state through time instead of reading
    /// windows (stateful LSTM): grid point i is at gridStart + i * step.
    TimePoint gridStart = 0;
    std::size_t gridCount = 0;
    std::vector<float> gridX;               ///< (gridCount, features), scaled; NaN where missing
    std::vector<float> gridY;               ///< (gridCount, horizon): the targets of origin i, as in WindowSet::y; NaN when any is missing
    std::vector<std::uint8_t> gridRange;    ///< (gridCount) range of origin i by its first target time: 0 train, 1 val, 2 test, 3 none

    /// Grid index of @p t, or -1 when @p t is not on the grid.
    [[nodiscard]] long gridIndex(TimePoint t) const
    {
        const TimePoint d = t - gridStart;
        if (d < 0 || d % step != 0 || static_cast<std::size_t>(d / step) >= gridCount)
            return -1;
        return static_cast<long>(d / step);
    }

    std::array<std::size_t, 3> skipped{};   ///< windows dropped for missing values: train, val, test
    std::array<double, 367> climatology{};  ///< target mean by day of year (1..366) over the training range

    [[nodiscard]] double climatologyAt(TimePoint t) const { return climatology[static_cast<std::size_t>(dayOfYear(t))]; }
};

struct PrepResult {
    PreparedData data;
    PrepError error;
    [[nodiscard]] bool ok() const { return error.code == PrepErrorCode::None; }
};

/// Builds windows from @p dataset for @p config: station choice, target and covariates on a regular
/// time grid, date-range split (a window belongs to the range of its first target time; its lookback
/// may reach into the previous range), scaling fitted on the training part, and windows that touch
/// a missing value skipped, never filled.
[[nodiscard]] PrepResult prepareWindows(const Dataset& dataset, const RunConfig& config);

/// English one-line message.
[[nodiscard]] std::string describe(const PrepError& error);

}  // namespace mc
