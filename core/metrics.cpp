// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace mc {

ErrorMetrics computeMetrics(const std::vector<double>& observed, const std::vector<double>& predicted)
{
    if (observed.size() != predicted.size())
        throw std::invalid_argument("computeMetrics: observed and predicted differ in length");
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    ErrorMetrics m;
    double sumObs = 0, sumPred = 0;
    for (std::size_t i = 0; i < observed.size(); ++i)
        if (std::isfinite(observed[i]) && std::isfinite(predicted[i])) {
            sumObs += observed[i];
            sumPred += predicted[i];
            ++m.count;
        }
    if (m.count == 0)
        return {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, 0};
    const double n = double(m.count);
    const double meanObs = sumObs / n;
    const double meanPred = sumPred / n;
    double sse = 0, sae = 0, sst = 0, spp = 0, sop = 0, ape = 0, bias = 0;
    std::size_t nApe = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double o = observed[i], p = predicted[i];
        if (!std::isfinite(o) || !std::isfinite(p))
            continue;
        const double e = p - o;
        sse += e * e;
        sae += std::abs(e);
        bias += e;
        sst += (o - meanObs) * (o - meanObs);
        spp += (p - meanPred) * (p - meanPred);
        sop += (o - meanObs) * (p - meanPred);
        if (o != 0) {
            ape += std::abs(e / o);
            ++nApe;
        }
    }
    m.rmse = std::sqrt(sse / n);
    m.mae = sae / n;
    m.bias = bias / n;
    m.mape = nApe ? 100.0 * ape / double(nApe) : kNaN;
    m.nse = sst > 0 ? 1.0 - sse / sst : kNaN;
    m.r2 = sst > 0 && spp > 0 ? (sop * sop) / (sst * spp) : kNaN;
    return m;
}

HorizonMetrics computeHorizonMetrics(const std::vector<double>& observed, const std::vector<double>& predicted,
                                     int horizon)
{
    if (horizon <= 0 || observed.size() % static_cast<std::size_t>(horizon) != 0)
        throw std::invalid_argument("computeHorizonMetrics: size is not a multiple of the horizon");
    HorizonMetrics out;
    out.pooled = computeMetrics(observed, predicted);
    const std::size_t rows = observed.size() / static_cast<std::size_t>(horizon);
    for (int h = 0; h < horizon; ++h) {
        std::vector<double> o(rows), p(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            o[r] = observed[r * static_cast<std::size_t>(horizon) + static_cast<std::size_t>(h)];
            p[r] = predicted[r * static_cast<std::size_t>(horizon) + static_cast<std::size_t>(h)];
        }
        out.perHorizon.push_back(computeMetrics(o, p));
    }
    return out;
}

double skillScore(double rmseModel, double rmseReference)
{
    if (!(rmseReference > 0))
        return std::numeric_limits<double>::quiet_NaN();
    return 1.0 - rmseModel / rmseReference;
}

}  // namespace mc
