// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: any thread (pure functions of prepared data; translations are read-only).
#pragma once

#include <QString>

namespace mc {
struct PreparedData;
}

namespace mcui {

/// Where a run's forecasts are, for titles and run lists: the station (one station), "4 stations"
/// or "2×2 grid" (multi-node runs, whose PreparedData::station is empty).
[[nodiscard]] QString nodePlaceText(const mc::PreparedData& data);
/// The node selector's label: "Station" or "Grid cell".
[[nodiscard]] QString nodeKindText(const mc::PreparedData& data);
/// The pooled row of the per-node table: "All stations" or "All cells".
[[nodiscard]] QString allNodesText(const mc::PreparedData& data);
/// What a comparison of a whole multi-node run is about: "All stations (4)" or "Grid 2×2 (4 cells)";
/// the station for a one-station run.
[[nodiscard]] QString allNodesLabel(const mc::PreparedData& data);
/// For file names (untranslated, unsanitised): the station (one station), node @p node's id, or
/// "all-stations" / "grid" when @p node is negative.
[[nodiscard]] QString placeFileLabel(const mc::PreparedData& data, int node);
/// Node @p node as the selector lists it: the station id; a grid cell adds its latitude and longitude.
[[nodiscard]] QString nodeName(const mc::PreparedData& data, int node);

}  // namespace mcui
