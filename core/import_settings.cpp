// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_settings.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <string_view>

namespace mc {
namespace {

using nlohmann::json;

template <typename E, std::size_t N>
const char* nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return "";
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const std::string& text)
{
    for (const auto& [e, name] : table)
        if (text == name)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<TextEncoding, const char*>, 4> kEncodings = {{
    {TextEncoding::Auto, "auto"}, {TextEncoding::Utf8, "utf-8"},
    {TextEncoding::Gb18030, "gb18030"}, {TextEncoding::Latin1, "latin1"},
}};
constexpr std::array<std::pair<TimeFormat, const char*>, 7> kTimeFormats = {{
    {TimeFormat::Auto, "auto"}, {TimeFormat::Iso, "iso"}, {TimeFormat::MonthDayYear, "mdy"},
    {TimeFormat::DayMonthYear, "dmy"}, {TimeFormat::YearMonthDay, "ymd"}, {TimeFormat::Chinese, "chinese"},
    {TimeFormat::ExcelSerial, "excel"},
}};
constexpr std::array<std::pair<ColumnRole, const char*>, 8> kRoles = {{
    {ColumnRole::Auto, "auto"}, {ColumnRole::Time, "time"}, {ColumnRole::Date, "date"},
    {ColumnRole::TimeOfDay, "time-of-day"}, {ColumnRole::Station, "station"}, {ColumnRole::Variable, "variable"},
    {ColumnRole::Flag, "flag"}, {ColumnRole::Ignore, "ignore"},
}};
constexpr std::array<std::pair<ResampleInterval, const char*>, 4> kIntervals = {{
    {ResampleInterval::None, "none"}, {ResampleInterval::Hourly, "hourly"},
    {ResampleInterval::Daily, "daily"}, {ResampleInterval::Monthly, "monthly"},
}};
constexpr std::array<std::pair<Aggregation, const char*>, 4> kAggregations = {{
    {Aggregation::Mean, "mean"}, {Aggregation::Median, "median"}, {Aggregation::Min, "min"}, {Aggregation::Max, "max"},
}};

std::string charToJson(char c) { return c == 0 ? "auto" : c == '\t' ? "\\t" : std::string(1, c); }

bool charFromJson(const json& j, char& out)
{
    if (!j.is_string())
        return false;
    const auto text = j.get<std::string>();
    if (text == "auto") {
        out = 0;
        return true;
    }
    if (text == "\\t" || text == "\t") {
        out = '\t';
        return true;
    }
    if (text.size() != 1)
        return false;
    out = text[0];
    return true;
}

// Reads the enum at @p key through @p parse; false (with @p error set) when present but unknown.
template <typename E, typename Parse>
bool readEnum(const json& j, const char* key, E& out, Parse parse, std::string& error)
{
    if (!j.contains(key))
        return true;
    const auto value = j.at(key).is_string() ? parse(j.at(key).get<std::string>()) : std::nullopt;
    if (!value) {
        error = std::string("unknown value for \"") + key + "\": " + j.at(key).dump();
        return false;
    }
    out = *value;
    return true;
}

}  // namespace

const char* toString(TextEncoding value) { return nameOf(kEncodings, value); }
const char* toString(TimeFormat value) { return nameOf(kTimeFormats, value); }
const char* toString(ColumnRole value) { return nameOf(kRoles, value); }
const char* toString(ResampleInterval value) { return nameOf(kIntervals, value); }
const char* toString(Aggregation value) { return nameOf(kAggregations, value); }
std::optional<TextEncoding> textEncodingFromString(const std::string& text) { return valueOf(kEncodings, text); }
std::optional<TimeFormat> timeFormatFromString(const std::string& text) { return valueOf(kTimeFormats, text); }
std::optional<ColumnRole> columnRoleFromString(const std::string& text) { return valueOf(kRoles, text); }
std::optional<ResampleInterval> resampleIntervalFromString(const std::string& text) { return valueOf(kIntervals, text); }
std::optional<Aggregation> aggregationFromString(const std::string& text) { return valueOf(kAggregations, text); }

std::string importSettingsToJson(const ImportSettings& s)
{
    json j;
    j["format"] = "marinecast-import-settings";
    j["version"] = 1;
    j["encoding"] = toString(s.encoding);
    j["delimiter"] = charToJson(s.delimiter);
    j["decimal_separator"] = charToJson(s.decimalSeparator);
    j["header_line"] = s.headerLine;
    j["time_format"] = toString(s.timeFormat);
    j["utc_offset_minutes"] = s.utcOffsetMinutes;
    j["missing_markers"] = s.missingMarkers;
    j["accepted_flags"] = s.acceptedFlags;
    j["range_checks"] = s.rangeChecks;
    json ranges = json::object();
    for (const auto& [name, range] : s.rangeOverrides)
        ranges[name] = {range.first, range.second};
    j["range_overrides"] = ranges;
    json roles = json::object();
    for (const auto& [name, role] : s.roles)
        roles[name] = toString(role);
    j["roles"] = roles;
    j["variable_map"] = s.variableMap;
    j["units"] = s.units;
    j["stations_file"] = s.stationsFile;
    j["station_aliases"] = s.stationAliases;
    j["resample"] = {
        {"interval", toString(s.resample.interval)},
        {"aggregation", toString(s.resample.aggregation)},
        {"min_valid_fraction", s.resample.minValidFraction},
        {"min_valid_count", s.resample.minValidCount},
        {"fill_gap_steps", s.resample.fillGapSteps},
    };
    return j.dump(2);
}

std::optional<ImportSettings> importSettingsFromJson(const std::string& text, std::string& error)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    ImportSettings s;
    try {
        if (!readEnum(j, "encoding", s.encoding, textEncodingFromString, error)
            || !readEnum(j, "time_format", s.timeFormat, timeFormatFromString, error))
            return std::nullopt;
        if (j.contains("delimiter") && !charFromJson(j.at("delimiter"), s.delimiter)) {
            error = "\"delimiter\" must be one character or \"auto\"";
            return std::nullopt;
        }
        if (j.contains("decimal_separator") && !charFromJson(j.at("decimal_separator"), s.decimalSeparator)) {
            error = "\"decimal_separator\" must be one character or \"auto\"";
            return std::nullopt;
        }
        s.headerLine = j.value("header_line", s.headerLine);
        s.utcOffsetMinutes = j.value("utc_offset_minutes", s.utcOffsetMinutes);
        s.missingMarkers = j.value("missing_markers", s.missingMarkers);
        s.acceptedFlags = j.value("accepted_flags", s.acceptedFlags);
        s.rangeChecks = j.value("range_checks", s.rangeChecks);
        if (j.contains("range_overrides"))
            for (const auto& [name, range] : j.at("range_overrides").items()) {
                const auto pair = range.get<std::vector<double>>();
                if (pair.size() != 2 || !(pair[0] <= pair[1])) {
                    error = "range for \"" + name + "\" must be [min, max] with min <= max";
                    return std::nullopt;
                }
                s.rangeOverrides[name] = {pair[0], pair[1]};
            }
        if (j.contains("roles"))
            for (const auto& [name, role] : j.at("roles").items()) {
                const auto value = role.is_string() ? columnRoleFromString(role.get<std::string>()) : std::nullopt;
                if (!value) {
                    error = "unknown role for column \"" + name + "\": " + role.dump();
                    return std::nullopt;
                }
                s.roles[name] = *value;
            }
        s.variableMap = j.value("variable_map", s.variableMap);
        s.units = j.value("units", s.units);
        s.stationsFile = j.value("stations_file", s.stationsFile);
        s.stationAliases = j.value("station_aliases", s.stationAliases);
        if (j.contains("resample")) {
            const json& r = j.at("resample");
            if (!readEnum(r, "interval", s.resample.interval, resampleIntervalFromString, error)
                || !readEnum(r, "aggregation", s.resample.aggregation, aggregationFromString, error))
                return std::nullopt;
            s.resample.minValidFraction = r.value("min_valid_fraction", s.resample.minValidFraction);
            s.resample.minValidCount = r.value("min_valid_count", s.resample.minValidCount);
            s.resample.fillGapSteps = r.value("fill_gap_steps", s.resample.fillGapSteps);
        }
    } catch (const json::exception& e) {
        error = e.what();
        return std::nullopt;
    }
    if (!(s.resample.minValidFraction >= 0.0 && s.resample.minValidFraction <= 1.0) || s.resample.minValidCount < 1
        || s.resample.fillGapSteps < 0) {
        error = "resample: min_valid_fraction must be in [0, 1], min_valid_count >= 1, fill_gap_steps >= 0";
        return std::nullopt;
    }
    return s;
}

}  // namespace mc
