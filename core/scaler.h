// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mc {

enum class ScalingKind { MinMax, ZScore };

[[nodiscard]] ScalingKind scalingFromName(const std::string& name);

/// Affine scaling of one feature: scaled = (x - offset) / scale. Fitted on training values only,
/// so nothing from the validation or test ranges leaks into it.
struct Scaler {
    double offset = 0.0;
    double scale = 1.0;

    /// Fits to the non-missing values of @p values; a constant or empty input keeps scale 1.
    static Scaler fit(const std::vector<double>& values, ScalingKind kind);

    [[nodiscard]] double apply(double x) const { return (x - offset) / scale; }
    [[nodiscard]] double invert(double y) const { return y * scale + offset; }
    /// For differences, which carry no offset.
    [[nodiscard]] double invertDelta(double dy) const { return dy * scale; }
};

}  // namespace mc
