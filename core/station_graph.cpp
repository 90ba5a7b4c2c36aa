// SPDX-License-Identifier: GPL-3.0-or-later
#include "station_graph.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <set>
#include <utility>

namespace mc {
namespace {

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kPi = 3.14159265358979323846;

double radians(double degrees) { return degrees * kPi / 180.0; }

bool validPosition(const GeoPoint& p)
{
    return std::isfinite(p.latitude) && std::isfinite(p.longitude) && std::abs(p.latitude) <= 90.0
        && std::abs(p.longitude) <= 360.0;
}

StationGraphResult failure(StationGraphError error, int node, std::string detail)
{
    StationGraphResult r;
    r.error = error;
    r.node = node;
    r.detail = std::move(detail);
    return r;
}

std::string km(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", value);
    return buf;
}

}  // namespace

double haversineKm(const GeoPoint& a, const GeoPoint& b)
{
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double s = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    // Clamped: rounding can push s a hair above 1 for antipodal points.
    return 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, std::max(0.0, s))));
}

double initialBearingDeg(const GeoPoint& a, const GeoPoint& b)
{
    if (a.latitude == b.latitude && a.longitude == b.longitude)
        return 0.0;
    const double phi1 = radians(a.latitude);
    const double phi2 = radians(b.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double y = std::sin(dLon) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLon);
    double deg = std::atan2(y, x) * 180.0 / kPi;
    if (deg < 0)
        deg += 360.0;
    return deg >= 360.0 ? 0.0 : deg;
}

StationGraphResult buildStationGraph(const std::vector<GeoPoint>& nodes, const StationGraphOptions& options)
{
    const int n = int(nodes.size());
    if (n < 2)
        return failure(StationGraphError::TooFewNodes, -1,
                       "a station graph needs at least two stations, got " + std::to_string(n));
    const bool radiusMode = options.radiusKm > 0;
    if (!std::isfinite(options.radiusKm) || options.radiusKm < 0)
        return failure(StationGraphError::BadOptions, -1, "the radius must be a finite number of km, at least 0");
    if (!radiusMode && options.neighbours < 1)
        return failure(StationGraphError::BadOptions, -1,
                       "the number of neighbours must be at least 1, got " + std::to_string(options.neighbours));
    for (int i = 0; i < n; ++i)
        if (!validPosition(nodes[std::size_t(i)]))
            return failure(StationGraphError::MissingCoordinates, i,
                           "station " + std::to_string(i) + " has no valid latitude and longitude");

    std::vector<double> dist(std::size_t(n) * std::size_t(n), 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            dist[std::size_t(i) * n + j] = dist[std::size_t(j) * n + i] = haversineKm(nodes[i], nodes[j]);
    const auto d = [&](int i, int j) { return dist[std::size_t(i) * n + j]; };

    // Others ordered by distance, ties by index, so the graph does not depend on sort stability.
    const auto byDistance = [&](int from) {
        std::vector<int> order;
        order.reserve(std::size_t(n) - 1);
        for (int j = 0; j < n; ++j)
            if (j != from)
                order.push_back(j);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return d(from, a) != d(from, b) ? d(from, a) < d(from, b) : a < b; });
        return order;
    };

    std::vector<std::set<int>> ne(static_cast<std::size_t>(n));
    const auto link = [&](int a, int b) {
        ne[std::size_t(a)].insert(b);
        ne[std::size_t(b)].insert(a);
    };
    StationGraphResult result;
    if (radiusMode) {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (d(i, j) <= options.radiusKm)
                    link(i, j);
        for (int i = 0; i < n; ++i) {
            if (!ne[std::size_t(i)].empty())
                continue;
            const int nearest = byDistance(i).front();
            const std::string what = "station " + std::to_string(i) + " has no neighbour within "
                + km(options.radiusKm) + " km (nearest: station " + std::to_string(nearest) + " at "
                + km(d(i, nearest)) + " km)";
            if (!options.linkIsolated)
                return failure(StationGraphError::IsolatedNode, i, what);
            result.warnings.push_back(what + "; linked to it");
            link(i, nearest);
        }
    } else {
        const int k = std::min(options.neighbours, n - 1);
        for (int i = 0; i < n; ++i) {
            const auto order = byDistance(i);
            for (int m = 0; m < k; ++m)
                link(i, order[std::size_t(m)]);
        }
    }

    StationGraph& g = result.graph;
    g.nodeCount = n;
    g.neighbours.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        g.neighbours[std::size_t(i)].assign(ne[std::size_t(i)].begin(), ne[std::size_t(i)].end());
        for (int j : g.neighbours[std::size_t(i)])
            g.arcs.push_back({i, j, d(i, j), initialBearingDeg(nodes[i], nodes[j])});
    }
    return result;
}

std::string describe(const StationGraphResult& result)
{
    if (result.ok())
        return {};
    return result.node >= 0 ? "node " + std::to_string(result.node) + ": " + result.detail : result.detail;
}

}  // namespace mc
