// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview_series.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {
namespace {

// Beyond this many shaded spans per series, nearby spans are merged: at full zoom-out more
// rectangles than pixels only cost drawing time, and zooming in still shows the line breaks.
constexpr std::size_t kMaxSpansPerSeries = 150;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The usual sampling interval: the median of (at most ~10,000 sampled) steps, so a few gaps or
// an irregular start do not decide what counts as a hole.
double typicalStep(const std::vector<mc::TimePoint>& t)
{
    if (t.size() < 2)
        return double(mc::kSecondsPerDay);
    const std::size_t n = t.size() - 1;
    const std::size_t stride = std::max<std::size_t>(1, n / 10000);
    std::vector<double> steps;
    for (std::size_t i = 0; i < n; i += stride)
        steps.push_back(double(t[i + 1] - t[i]));
    auto mid = steps.begin() + std::ptrdiff_t(steps.size() / 2);
    std::nth_element(steps.begin(), mid, steps.end());
    return std::max(1.0, *mid);
}

// Merges the spans separated by the smallest gaps until exactly @p maxCount remain (ties broken
// by position, so evenly spaced outages do not all merge into one).
void capSpans(std::vector<Span>& spans, std::size_t maxCount)
{
    if (spans.size() <= maxCount || maxCount == 0)
        return;
    std::vector<std::size_t> order(spans.size() - 1);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto gap = [&](std::size_t i) { return spans[i + 1].from - spans[i].to; };
    const auto toMerge = order.begin() + std::ptrdiff_t(spans.size() - maxCount);
    std::nth_element(order.begin(), toMerge, order.end(),
                     [&](std::size_t a, std::size_t b) { return gap(a) < gap(b) || (gap(a) == gap(b) && a < b); });
    std::vector<bool> mergeAfter(spans.size(), false);
    for (auto it = order.begin(); it != toMerge; ++it)
        mergeAfter[*it] = true;
    std::vector<Span> merged{spans.front()};
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (mergeAfter[i - 1])
            merged.back().to = spans[i].to;
        else
            merged.push_back(spans[i]);
    }
    spans = std::move(merged);
}

}  // namespace

SeriesData seriesData(const mc::StationData& st, const std::vector<double>& v, bool standardise)
{
    SeriesData out;
    const auto& t = st.times;
    const double step = typicalStep(t);
    const double half = step / 2;
    double mean = 0, scale = 1;
    if (standardise) {
        double sum = 0, sumSq = 0;
        std::size_t n = 0;
        for (double x : v)
            if (std::isfinite(x)) {
                sum += x;
                sumSq += x * x;
                ++n;
            }
        mean = n ? sum / double(n) : 0.0;
        const double var = n > 1 ? (sumSq - double(n) * mean * mean) / double(n - 1) : 0.0;
        scale = var > 0 ? std::sqrt(var) : 1.0;
    }
    out.offset = mean;
    out.scale = scale;
    const auto addSpan = [&](double from, double to) {
        if (!out.missing.empty() && from <= out.missing.back().to + step * 1e-6)
            out.missing.back().to = std::max(out.missing.back().to, to);
        else
            out.missing.push_back({from, to});
    };
    out.keys.reserve(qsizetype(t.size()));
    out.values.reserve(qsizetype(t.size()));
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && double(t[i] - t[i - 1]) > 1.5 * step) {
            // Rows absent from the time axis are missing too: a NaN point breaks the line there.
            out.keys.append(0.5 * double(t[i - 1] + t[i]));
            out.values.append(kNaN);
            addSpan(double(t[i - 1]) + half, double(t[i]) - half);
        }
        out.keys.append(double(t[i]));
        out.values.append(std::isnan(v[i]) ? kNaN : (v[i] - mean) / scale);
        if (std::isnan(v[i]))
            addSpan(double(t[i]) - half, double(t[i]) + half);
    }
    capSpans(out.missing, kMaxSpansPerSeries);
    return out;
}


PreviewMarkers previewMarkers(const mc::StationData& st, const std::string& variable, const SeriesData& series)
{
    PreviewMarkers out;
    const auto scaled = [&](double v) { return (v - series.offset) / series.scale; };
    if (const auto it = st.rejected.find(variable); it != st.rejected.end()) {
        for (const auto& p : it->second) {
            auto& into = p.reason == mc::RejectReason::Flag ? out.flag : out.range;
            into.keys.append(double(p.time));
            into.values.append(scaled(p.value));
        }
    }
    const auto values = st.variables.find(variable);
    if (const auto it = st.origins.find(variable); it != st.origins.end() && values != st.variables.end()) {
        for (std::size_t i = 0; i < it->second.size() && i < st.times.size(); ++i)
            if (it->second[i] == std::uint8_t(mc::PointOrigin::Filled) && !std::isnan(values->second[i])) {
                out.filled.keys.append(double(st.times[i]));
                out.filled.values.append(scaled(values->second[i]));
            }
    }
    return out;
}

}  // namespace mcui
