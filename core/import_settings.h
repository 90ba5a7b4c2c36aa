// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the user can set about how a file is read. Kept with the dataset (as JSON) so the same
// settings can be re-applied to a new file of the same layout.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace mc {

/// Character encoding of a text source. Auto picks UTF-8 when the bytes are valid UTF-8 (a BOM is
/// dropped), else GB18030 when they decode as such and look like Chinese text, else Latin-1.
enum class TextEncoding { Auto, Utf8, Gb18030, Latin1 };

/// How time cells are written. Auto picks, from the first rows, the one format that reads them all.
enum class TimeFormat {
    Auto,
    Iso,          ///< `YYYY-MM-DD`, `YYYY-MM-DD[T ]HH:MM[:SS]`
    MonthDayYear, ///< `MM/DD/YYYY[ H:MM[:SS]]`, hour and month/day may be unpadded (NERRS CDMO)
    DayMonthYear, ///< `DD/MM/YYYY[ H:MM[:SS]]` or with '.'
    YearMonthDay, ///< `YYYY/M/D[ H:MM[:SS]]`
    Chinese,      ///< `YYYY年M月D日[ H:MM[:SS]]`, also `H时M分`
    ExcelSerial,  ///< days since 1899-12-30 with a fraction of a day (1900 date system)
};

/// What a source column is for. Auto roles come from the header names.
enum class ColumnRole { Auto, Time, Date, TimeOfDay, Station, Variable, Flag, Ignore };

/// Target resolution of resampling.
enum class ResampleInterval { None, Hourly, Daily, Monthly };
/// How the readings of one bin become one value.
enum class Aggregation { Mean, Median, Min, Max };

struct ResampleSettings {
    ResampleInterval interval = ResampleInterval::None;
    Aggregation aggregation = Aggregation::Mean;
    /// A bin gets a value only with at least this fraction of the readings the source's own interval
    /// would put in it (e.g. 48 of 96 fifteen-minute readings for a day at 0.5).
    double minValidFraction = 0.5;
    /// For irregular sources (no regular interval), the minimum count of readings per bin.
    int minValidCount = 1;
    /// Gaps of at most this many consecutive missing bins are filled by linear interpolation and
    /// marked Filled; 0 fills nothing.
    int fillGapSteps = 0;
};

struct ImportSettings {
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0;        ///< 0 = detect (',', ';', '\t', '|')
    char decimalSeparator = 0; ///< 0 = detect ('.' unless values are written `12,5` with ';' or tab)
    int headerLine = 0;        ///< 1-based physical line of the header; 0 = first non-comment line

    TimeFormat timeFormat = TimeFormat::Auto;
    /// Offset of the source's clock from UTC in minutes, e.g. −300 for NERRS (EST, no daylight
    /// saving). Files with different offsets are moved onto the first file's clock.
    int utcOffsetMinutes = 0;

    /// Cells that mean "missing", compared after trimming, case-insensitively. Empty and `""` are
    /// always missing.
    std::vector<std::string> missingMarkers = {"NA", "N/A", "NaN", "null"};

    /// Accepted quality-flag codes (NERRS `<0>` …); values whose flag is not listed are rejected.
    std::set<int> acceptedFlags = {0};
    /// Physical range checks from the variable catalogue, with per-variable overrides.
    bool rangeChecks = true;
    std::map<std::string, std::pair<double, double>> rangeOverrides;

    /// Column roles and mappings by source column name (after trimming); unnamed columns are Auto.
    std::map<std::string, ColumnRole> roles;
    /// Source column → canonical catalogue id, overriding automatic matching ("" = no mapping).
    std::map<std::string, std::string> variableMap;
    /// Source column → unit, overriding the catalogue's and the file's.
    std::map<std::string, std::string> units;

    /// Optional station table (code/name, latitude, longitude[, depth]) joined on code or name.
    std::string stationsFile;
    /// Alias → station id, so that sources naming one site differently merge (`gtmpinut` → `gtmpiwq`).
    std::map<std::string, std::string> stationAliases;

    ResampleSettings resample;
};

/// JSON text of @p settings (stable key order) and its inverse. fromJson returns nullopt and sets
/// @p error on malformed text or unknown enum values; absent keys keep their defaults.
[[nodiscard]] std::string importSettingsToJson(const ImportSettings& settings);
[[nodiscard]] std::optional<ImportSettings> importSettingsFromJson(const std::string& json, std::string& error);

/// Names used in JSON and on the command line (`auto`, `utf-8`, `gb18030`, `latin1`; `iso`, `mdy`,
/// `dmy`, `ymd`, `chinese`, `excel`; `none`, `hourly`, `daily`, `monthly`; `mean`, `median`, `min`, `max`).
[[nodiscard]] const char* toString(TextEncoding value);
[[nodiscard]] const char* toString(TimeFormat value);
[[nodiscard]] const char* toString(ColumnRole value);
[[nodiscard]] const char* toString(ResampleInterval value);
[[nodiscard]] const char* toString(Aggregation value);
[[nodiscard]] std::optional<TextEncoding> textEncodingFromString(const std::string& text);
[[nodiscard]] std::optional<TimeFormat> timeFormatFromString(const std::string& text);
[[nodiscard]] std::optional<ColumnRole> columnRoleFromString(const std::string& text);
[[nodiscard]] std::optional<ResampleInterval> resampleIntervalFromString(const std::string& text);
[[nodiscard]] std::optional<Aggregation> aggregationFromString(const std::string& text);

}  // namespace mc
