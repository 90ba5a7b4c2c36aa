// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <string>

namespace mc {

/// How the series of a run are arranged: one station, several stations, or the cells of a grid.
enum class NodeLayout {
    Single,    ///< one station (the LSTM's windows)
    Stations,  ///< every station that has the target, in the order documented on prepareWindows
    Grid,      ///< every cell of a Dataset::grid, row-major
};

/// Where a node is; NaN when unknown.
struct NodeInfo {
    double latitude = std::numeric_limits<double>::quiet_NaN();   ///< degrees north
    double longitude = std::numeric_limits<double>::quiet_NaN();  ///< degrees east
    double depth = std::numeric_limits<double>::quiet_NaN();      ///< metres below the surface
};

/// "single", "stations" or "grid" (run files and model headers).
[[nodiscard]] inline std::string nodeLayoutName(NodeLayout layout)
{
    switch (layout) {
    case NodeLayout::Single: return "single";
    case NodeLayout::Stations: return "stations";
    case NodeLayout::Grid: return "grid";
    }
    return "single";
}

/// Inverse of nodeLayoutName; Single for anything else.
[[nodiscard]] inline NodeLayout nodeLayoutFromName(const std::string& name)
{
    if (name == "stations")
        return NodeLayout::Stations;
    if (name == "grid")
        return NodeLayout::Grid;
    return NodeLayout::Single;
}

}  // namespace mc
