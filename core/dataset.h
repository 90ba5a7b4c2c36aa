// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mc {

/// Seconds since 1970-01-01T00:00:00 in the source's own clock (no time-zone shift is applied
/// here; the import issue adds per-source offsets).
using TimePoint = std::int64_t;

constexpr std::int64_t kSecondsPerDay = 86400;

/// How a value came to be. Metrics count only observed targets (Observed and Aggregated).
enum class PointOrigin : std::uint8_t {
    Observed = 0,    ///< read as it is from the source
    Aggregated = 1,  ///< a resampling bin of observed readings (mean, median, min or max)
    Filled = 2,      ///< interpolated across a short gap; never scored
};

/// Why a value read from the source was set aside. Rejected values are NaN in `variables` and
/// kept here only so that charts can mark them.
enum class RejectReason : std::uint8_t {
    Flag = 0,   ///< its quality-flag code is not among the accepted ones
    Range = 1,  ///< outside the variable's physical range
};

/// A value that was read but not accepted.
struct RejectedPoint {
    TimePoint time = 0;
    double value = 0.0;
    RejectReason reason = RejectReason::Flag;
    int flagCode = 0;  ///< the flag code for Flag, 0 for Range
};

/// One monitoring station: a sorted, duplicate-free time axis and, per variable, values aligned
/// with it. A missing value is NaN, never a sentinel.
struct StationData {
    std::string id;
    std::string name;              ///< human-readable name from a station table, else empty
    double latitude = 0.0 / 0.0;   ///< degrees north, NaN when unknown
    double longitude = 0.0 / 0.0;  ///< degrees east, NaN when unknown
    double depth = 0.0 / 0.0;      ///< metres below the surface, NaN when unknown
    std::vector<TimePoint> times;
    std::map<std::string, std::vector<double>> variables;
    /// Per variable, a PointOrigin per time (as uint8_t); a variable absent here is all Observed.
    std::map<std::string, std::vector<std::uint8_t>> origins;
    /// Per variable, the values rejected by flag or range, in time order.
    std::map<std::string, std::vector<RejectedPoint>> rejected;

    /// Origin of variable @p name at index @p i (Observed when not recorded).
    [[nodiscard]] PointOrigin origin(const std::string& name, std::size_t i) const;

    /// Index of @p t in times, or -1.
    [[nodiscard]] long indexOf(TimePoint t) const;
    [[nodiscard]] bool hasVariable(const std::string& name) const { return variables.count(name) > 0; }
};

/// A data file that contributed to a dataset, with its digest so a run can name exactly what it read.
struct SourceFile {
    std::string path;
    std::string sha256;
};

/// A regular latitude/longitude grid whose cells are stations of the dataset (NetCDF fields).
struct GridInfo {
    std::vector<double> latitudes;   ///< row centres, in the source's order
    std::vector<double> longitudes;  ///< column centres, in the source's order
    /// Station id of cell (row, column) at row * longitudes.size() + column.
    std::vector<std::string> cellStations;
    [[nodiscard]] bool empty() const { return cellStations.empty(); }
};

/// Everything imported from one or more files.
struct Dataset {
    std::vector<StationData> stations;
    std::vector<SourceFile> sources;
    /// Units per variable where the source states them (e.g. the sample data), else absent.
    std::map<std::string, std::string> units;
    /// True when every time stamp is a midnight: times are then written as plain dates.
    bool dateOnly = true;
    /// True for the project's generated sample data; the UI labels such data "synthetic".
    bool synthetic = false;
    /// Canonical catalogue id per variable (e.g. `temp_mean` → `water_temperature`), where known.
    std::map<std::string, std::string> canonical;
    /// Offset of the dataset's clock from UTC in minutes (NERRS: −300). Times are kept in this
    /// local standard time so that daily bins follow the source's days.
    int utcOffsetMinutes = 0;
    /// Set when the data came from a gridded source.
    GridInfo grid;
    /// The import settings as JSON, so they can be saved with the dataset and re-applied.
    std::string importSettingsJson;

    [[nodiscard]] const StationData* station(const std::string& id) const;
    [[nodiscard]] StationData* station(const std::string& id);
    /// Stations that carry @p variable with at least one non-missing value.
    [[nodiscard]] std::vector<std::string> stationsWith(const std::string& variable) const;
};

}  // namespace mc
