// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: none (pure functions on plain data).
#pragma once

#include "dataset.h"

#include <QVector>

#include <string>
#include <vector>

namespace mcui {

/// A shaded time span of missing values, in seconds.
struct Span {
    double from;
    double to;
};

/// One series as the Data tab plots it: NaN breaks the line at missing values and at rows absent
/// from the time axis; missing spans are merged down to a drawable number.
struct SeriesData {
    QVector<double> keys;
    QVector<double> values;
    std::vector<Span> missing;
    double offset = 0.0;  ///< value = (raw - offset) / scale; 0 and 1 unless standardised
    double scale = 1.0;
};

/// @p v of station @p st (aligned with st.times), standardised (z-score) when @p standardise.
[[nodiscard]] SeriesData seriesData(const mc::StationData& st, const std::vector<double>& v, bool standardise);

/// Points drawn as markers over a series: values rejected by flag or by range, and filled ones.
struct PreviewPoints {
    QVector<double> keys;
    QVector<double> values;
};
struct PreviewMarkers {
    PreviewPoints flag;
    PreviewPoints range;
    PreviewPoints filled;
};

/// The markers of @p variable of @p st, scaled like @p series.
[[nodiscard]] PreviewMarkers previewMarkers(const mc::StationData& st, const std::string& variable, const SeriesData& series);

}  // namespace mcui
