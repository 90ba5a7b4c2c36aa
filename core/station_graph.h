// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The station network as an undirected graph: which stations are neighbours, how far apart and in
// which direction. Torch-free, so the station map of the GUI draws the same edges the GNN uses.

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace mc {

/// A position in decimal degrees, north and east positive; NaN when unknown.
struct GeoPoint {
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
};

/// How neighbours are chosen. With radiusKm > 0 every pair closer than radiusKm (great-circle,
/// inclusive) is an edge; otherwise each node is linked to its @ref neighbours nearest nodes and
/// the relation is then symmetrised (an edge when either end chose the other).
struct StationGraphOptions {
    int neighbours = 3;
    double radiusKm = 0.0;
    /// Radius mode only: a node with nobody within the radius is linked to its nearest node (and
    /// a warning says so) instead of failing the build.
    bool linkIsolated = false;
};

/// One direction of an undirected edge: @c to is a neighbour of @c from. Both directions are
/// stored, so the labels of (from, to) and (to, from) share the distance and differ in bearing.
struct GraphArc {
    int from = 0;
    int to = 0;
    double distanceKm = 0.0;
    /// Initial great-circle bearing from @c from towards @c to, degrees clockwise from north in
    /// [0, 360); 0 for two nodes at the same position.
    double bearingDeg = 0.0;
};

struct StationGraph {
    int nodeCount = 0;
    /// Sorted by (from, to); each undirected edge appears twice, once per direction.
    std::vector<GraphArc> arcs;
    /// ne[n], ascending. Symmetric by construction: m ∈ ne[n] ⇔ n ∈ ne[m]; never contains n itself.
    std::vector<std::vector<int>> neighbours;

    [[nodiscard]] int degree(int node) const { return int(neighbours[std::size_t(node)].size()); }
    /// Undirected edges (arcs / 2).
    [[nodiscard]] std::size_t edgeCount() const { return arcs.size() / 2; }
};

enum class StationGraphError {
    None,
    TooFewNodes,         ///< fewer than two nodes: there is no network to speak of
    MissingCoordinates,  ///< a node's latitude or longitude is NaN or out of range (see @c node)
    BadOptions,          ///< neighbours < 1 in k-nearest mode, or a negative / non-finite radius
    IsolatedNode,        ///< radius mode: nobody within the radius of @c node (see linkIsolated)
};

struct StationGraphResult {
    StationGraph graph;  ///< empty unless ok()
    StationGraphError error = StationGraphError::None;
    int node = -1;       ///< index of the offending node, -1 when the error is not about one node
    std::string detail;  ///< English, one sentence
    /// Isolated nodes that were linked to their nearest node (linkIsolated), one sentence each.
    std::vector<std::string> warnings;
    [[nodiscard]] bool ok() const { return error == StationGraphError::None; }
};

/// Builds the graph over @p nodes (index = node id). A node without coordinates is an error rather
/// than left out, because the windows of every node keep their place in the model's input: the
/// caller decides whether to drop such stations before the windows are built.
///
/// An isolated node is an error in radius mode (unless linkIsolated) because a GNN state sums over
/// the neighbours and would stay zero: the forecast of that station could not use the network at
/// all, which the user asked for by choosing a radius. k-nearest mode never leaves a node isolated;
/// a k of at least the node count links every pair.
[[nodiscard]] StationGraphResult buildStationGraph(const std::vector<GeoPoint>& nodes,
                                                   const StationGraphOptions& options);

/// Great-circle distance in km on a sphere of radius 6371.0088 km (the IUGG mean radius).
[[nodiscard]] double haversineKm(const GeoPoint& a, const GeoPoint& b);
/// Initial bearing from @p a to @p b in degrees [0, 360), clockwise from north; 0 when a == b.
[[nodiscard]] double initialBearingDeg(const GeoPoint& a, const GeoPoint& b);

/// `node N: detail` (or just the detail) for a failed result, empty for a good one.
[[nodiscard]] std::string describe(const StationGraphResult& result);

}  // namespace mc
