// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Station metadata tables (code/name, latitude, longitude, depth) and their join onto a dataset,
// so stations get names and positions that the data files themselves do not carry.

#include "dataset.h"

#include <cstddef>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// One row of a station table. Coordinates are decimal degrees, north and east positive.
struct StationInfo {
    std::string code;
    std::string name;
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
    double depth = std::numeric_limits<double>::quiet_NaN();  ///< metres, NaN when not given
};

enum class StationTableError {
    None,
    FileNotFound,        ///< the file cannot be opened or read
    NoCodeOrNameColumn,  ///< no header names a station code or name (also: no header at all)
    NoCoordinates,       ///< no latitude or no longitude column
    BadNumber,           ///< a coordinate or depth cell is not a number, or out of range
    Malformed,           ///< a quoted field runs to the end of the file
};

struct StationTableResult {
    std::vector<StationInfo> stations;  ///< in file order; a repeated code keeps its first row
    StationTableError error = StationTableError::None;
    std::string file;
    std::size_t line = 0;    ///< 1-based physical line of the error, 0 when not tied to a line
    std::size_t column = 0;  ///< 1-based field of the error, 0 when not tied to a field
    std::string detail;
    /// Rows skipped or values doubted, one sentence each with its line.
    std::vector<std::string> warnings;
    [[nodiscard]] bool ok() const { return error == StationTableError::None; }
};

/// Reads a station table: delimited text with a header row (the delimiter is detected; `#`
/// comment lines before the header are skipped). Text that is not valid UTF-8 is read as Latin-1.
///
/// Columns are found by header name, ignoring case, blanks, `_`/`-` and a bracketed unit: code
/// (`Station Code`, `code`, `station_id`, `station`, `site`, `id`, `站号` …), name (`Station Name`,
/// `name`, `站名` …), `Latitude`/`lat`/`纬度`, `Longitude`/`lon`/`long`/`lng`/`经度`, and optionally
/// `Depth`/`水深`. Empty and `NA`-like cells are NaN.
///
/// Hemispheres (the CDMO table stores longitude positive for degrees West):
///  - a cell may carry its own letter, `81.37 W` or `81.37°W`;
///  - a header may name one, `Longitude (W)`, `Longitude W`, `West Longitude`;
///  - a degrees-minutes text column (`Lat Long`: `30° 3' 2.88 N - 81° 22' 3.00 W`) gives each row's
///    N/S and E/W; the numeric column is then signed to match (a conflicting negative value is
///    kept and warned about).
/// Longitudes in (180, 360] are moved to (−180, 0].
[[nodiscard]] StationTableResult readStationTable(const std::string& path);

/// readStationTable on bytes already in memory; @p fileName only labels errors.
[[nodiscard]] StationTableResult parseStationTable(std::string_view bytes, const std::string& fileName);

/// `file:line:column: detail` for a failed result, empty for a good one.
[[nodiscard]] std::string describe(const StationTableResult& result);

/// Finds the station for @p id: code match (trimmed, case-insensitive), then name match (same rules,
/// only when exactly one row has that name: CDMO gives several stations one site name).
[[nodiscard]] const StationInfo* findStation(const std::vector<StationInfo>& table, std::string_view id);

/// Copies name, coordinates and depth from the table into the dataset's stations (by code, then
/// name, then alias); returns the ids of stations left without coordinates.
///
/// @p aliases maps alias → station id, as ImportSettings::stationAliases: a station whose id is an
/// alias is looked up under its target, and a station that is a target under its aliases. Values
/// the table leaves empty (NaN, empty name) do not erase what the station already has.
std::vector<std::string> joinStationTable(Dataset& dataset, const std::vector<StationInfo>& table,
                                          const std::map<std::string, std::string>& aliases = {});

}  // namespace mc
