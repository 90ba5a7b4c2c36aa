// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mc {

/// Seconds since 1970-01-01T00:00:00 in the source's own clock (no time-zone shift is applied
/// here; the import issue adds per-source offsets).
using TimePoint = std::int64_t;

constexpr std::int64_t kSecondsPerDay = 86400;

/// One monitoring station: a sorted, duplicate-free time axis and, per variable, values aligned
/// with it. A missing value is NaN, never a sentinel.
struct StationData {
    std::string id;
    double latitude = 0.0 / 0.0;   ///< degrees north, NaN when unknown
    double longitude = 0.0 / 0.0;  ///< degrees east, NaN when unknown
    std::vector<TimePoint> times;
    std::map<std::string, std::vector<double>> variables;

    /// Index of @p t in times, or -1.
    [[nodiscard]] long indexOf(TimePoint t) const;
    [[nodiscard]] bool hasVariable(const std::string& name) const { return variables.count(name) > 0; }
};

/// A data file that contributed to a dataset, with its digest so a run can name exactly what it read.
struct SourceFile {
    std::string path;
    std::string sha256;
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

    [[nodiscard]] const StationData* station(const std::string& id) const;
    [[nodiscard]] StationData* station(const std::string& id);
    /// Stations that carry @p variable with at least one non-missing value.
    [[nodiscard]] std::vector<std::string> stationsWith(const std::string& variable) const;
};

}  // namespace mc
