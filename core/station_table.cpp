// SPDX-License-Identifier: GPL-3.0-or-later
#include "station_table.h"

#include "csv_reader.h"
#include "csv_text.h"
#include "format_sniffer.h"
#include "import_support.h"
#include "import_settings.h"
#include "text_decode.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <set>

namespace mc {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
constexpr std::string_view kDegreeSign = "\xC2\xB0";

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Header key: lower case without blanks and separators, so `Station Code`, `station_code` and
// `StationCode` agree. A bracketed tail goes to @p unit.
std::string headerKey(std::string_view header, std::string* unit = nullptr)
{
    std::string_view s = csv::trim(header);
    if (!s.empty() && s.back() == ')') {
        if (const std::size_t open = s.rfind('('); open != std::string_view::npos && open > 0) {
            if (unit) {
                // `(°W)`, `(deg W)`, `(degrees west)` all leave the hemisphere word.
                *unit = headerKey(s.substr(open + 1, s.size() - open - 2));
                for (std::string_view prefix : {kDegreeSign, std::string_view("degrees"), std::string_view("deg")})
                    if (unit->compare(0, prefix.size(), prefix) == 0)
                        unit->erase(0, prefix.size());
            }
            s = s.substr(0, open);
        }
    }
    std::string key;
    for (char c : csv::toLower(s))
        if (c != ' ' && c != '\t' && c != '_' && c != '-' && c != '.')
            key += c;
    return key;
}

std::size_t findColumn(const std::vector<std::string>& keys, std::initializer_list<std::string_view> candidates)
{
    for (std::string_view candidate : candidates)
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == candidate)
                return i;
    return kNoColumn;
}

// A latitude or longitude column, with the hemisphere its header names: −1 for S/W, +1 otherwise.
struct AxisColumn {
    std::size_t index = kNoColumn;
    double sign = 1.0;
};

struct HemisphereWord {
    std::string_view word;
    double sign;
};
constexpr HemisphereWord kLatitudeWords[] = {{"s", -1.0}, {"south", -1.0}, {"n", 1.0}, {"north", 1.0}};
constexpr HemisphereWord kLongitudeWords[] = {{"w", -1.0}, {"west", -1.0}, {"e", 1.0}, {"east", 1.0}};

// Finds `Longitude`, `Longitude W`, `West Longitude` or `Longitude (°W)` (keys as headerKey makes them).
AxisColumn findAxisColumn(const std::vector<std::string>& keys, const std::vector<std::string>& units,
                          std::initializer_list<std::string_view> names, const HemisphereWord (&words)[4])
{
    for (std::string_view name : names) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            for (const auto& [word, sign] : words)
                if (keys[i] == std::string(name) + std::string(word) || keys[i] == std::string(word) + std::string(name)
                    || (keys[i] == name && units[i] == word))
                    return {i, sign};
            if (keys[i] == name)
                return {i, 1.0};
        }
    }
    return {};
}

enum class CellStatus { Number, Missing, Bad };

// A number, optionally followed by `°` and a hemisphere letter from @p letters (upper case).
CellStatus parseCoordinate(std::string_view cell, std::string_view letters, double& value, char& hemisphere)
{
    cell = csv::trim(cell);
    hemisphere = 0;
    for (std::string_view marker : {"", "na", "n/a", "nan", "null", "-", "--"})
        if (csv::equalsNoCase(cell, marker))
            return CellStatus::Missing;
    if (!cell.empty() && cell.front() == '+')
        cell.remove_prefix(1);
    const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (ec != std::errc() || end == cell.data())
        return CellStatus::Bad;
    std::string_view rest = csv::trim(cell.substr(static_cast<std::size_t>(end - cell.data())));
    if (rest.compare(0, kDegreeSign.size(), kDegreeSign) == 0)
        rest = csv::trim(rest.substr(kDegreeSign.size()));
    if (rest.empty())
        return std::isfinite(value) ? CellStatus::Number : CellStatus::Bad;
    const char letter = static_cast<char>(rest.front() & ~0x20);
    if (rest.size() != 1 || letters.find(letter) == std::string_view::npos)
        return CellStatus::Bad;
    hemisphere = letter;
    return CellStatus::Number;
}

// First hemisphere letter from @p letters standing alone in a degrees-minutes text, or 0.
char hemisphereIn(std::string_view text, std::string_view letters)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char letter = static_cast<char>(text[i] & ~0x20);
        if (!isAsciiLetter(text[i]) || letters.find(letter) == std::string_view::npos)
            continue;
        const bool alone = (i == 0 || !isAsciiLetter(text[i - 1])) && (i + 1 == text.size() || !isAsciiLetter(text[i + 1]));
        if (alone)
            return letter;
    }
    return 0;
}

StationTableResult failure(StationTableResult result, StationTableError error, std::size_t line,
                           std::size_t column, std::string detail)
{
    result.stations.clear();
    result.error = error;
    result.line = line;
    result.column = column;
    result.detail = std::move(detail);
    return result;
}

std::string lineText(std::size_t line) { return "line " + std::to_string(line) + ": "; }

}  // namespace

StationTableResult readStationTable(const std::string& path)
{
    std::string bytes;
    if (!csv::readWholeFile(path, bytes)) {
        StationTableResult result;
        result.file = path;
        return failure(std::move(result), StationTableError::FileNotFound, 0, 0, "cannot open the file");
    }
    return parseStationTable(bytes, path);
}

StationTableResult parseStationTable(std::string_view bytes, const std::string& fileName)
{
    StationTableResult result;
    result.file = fileName;
    // The importer's own detection: UTF-8 (a BOM dropped), GB18030, else Latin-1 (CDMO tables
    // write the degree sign as byte 0xB0).
    std::string converted;
    // A station table is small: the whole of it decides the encoding.
    TextDecoder decoder(detectEncoding(bytes));
    if (!decoder.decode(bytes, converted, true))
        return failure(std::move(result), StationTableError::Malformed, 0, 0,
                       std::string("bytes that are not valid ") + toString(decoder.encoding()));
    bytes = converted;
    std::size_t firstLine = 1;
    csv::Preamble preamble;
    const std::string_view text = csv::skipPreamble(bytes, firstLine, preamble);
    CsvReader reader(text, sniffFormat(text, firstLine).delimiter, firstLine);

    std::vector<std::string_view> fields;
    if (!reader.readRow(fields)) {
        if (reader.failed())
            return failure(std::move(result), StationTableError::Malformed, reader.rowLine(), reader.errorField(),
                           "a quoted field is not closed");
        return failure(std::move(result), StationTableError::NoCodeOrNameColumn, firstLine, 0, "the file has no header");
    }
    const std::size_t headerLine = reader.rowLine();
    std::vector<std::string> keys(fields.size()), units(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i)
        keys[i] = headerKey(fields[i], &units[i]);

    const std::size_t codeColumn = findColumn(keys, {"stationcode", "code", "stationid", "sitecode", "siteid", "station",
                                                     "site", "id", "站号", "站点编号", "站点代码", "站位", "站点"});
    const std::size_t nameColumn = findColumn(keys, {"stationname", "name", "sitename", "站名", "站点名称", "站位名称"});
    const AxisColumn latitude = findAxisColumn(keys, units, {"latitude", "lat", "纬度"}, kLatitudeWords);
    const AxisColumn longitude = findAxisColumn(keys, units, {"longitude", "lon", "long", "lng", "经度"}, kLongitudeWords);
    const std::size_t depthColumn = findColumn(keys, {"depth", "waterdepth", "stationdepth", "水深"});
    const std::size_t textColumn = findColumn(keys, {"latlong", "latlon", "latlng", "coordinates"});
    if (codeColumn == kNoColumn && nameColumn == kNoColumn)
        return failure(std::move(result), StationTableError::NoCodeOrNameColumn, headerLine, 0,
                       "no column names a station code or name");
    if (latitude.index == kNoColumn || longitude.index == kNoColumn)
        return failure(std::move(result), StationTableError::NoCoordinates, headerLine, 0,
                       latitude.index == kNoColumn ? "no latitude column" : "no longitude column");

    std::set<std::string> seenCodes;
    while (reader.readRow(fields)) {
        const std::size_t line = reader.rowLine();
        const auto cell = [&](std::size_t column) {
            return column < fields.size() ? csv::trim(fields[column]) : std::string_view();
        };
        StationInfo info;
        info.code = std::string(cell(codeColumn));
        info.name = std::string(cell(nameColumn));
        if (info.code.empty() && info.name.empty()) {
            bool blank = true;
            for (std::string_view field : fields)
                blank = blank && csv::trim(field).empty();
            if (!blank)
                result.warnings.push_back(lineText(line) + "no station code or name; row skipped");
            continue;
        }
        struct Target {
            std::size_t column;
            double sign;
            std::string_view letters;
            double limit;
            double* value;
            const char* what;
        };
        const Target targets[] = {{latitude.index, latitude.sign, "NS", 90.0, &info.latitude, "latitude"},
                                  {longitude.index, longitude.sign, "EW", 360.0, &info.longitude, "longitude"},
                                  {depthColumn, 1.0, "", 12000.0, &info.depth, "depth"}};
        const std::string_view coordinateText = cell(textColumn);
        for (const Target& target : targets) {
            if (target.column == kNoColumn)
                continue;
            double value = kNaN;
            char hemisphere = 0;
            const CellStatus status = parseCoordinate(cell(target.column), target.letters, value, hemisphere);
            if (status == CellStatus::Missing)
                continue;
            if (status == CellStatus::Bad || std::fabs(value) > target.limit || (target.limit == 360.0 && value < -180.0))
                return failure(std::move(result), StationTableError::BadNumber, line, target.column + 1,
                               std::string(target.what) + " '" + std::string(cell(target.column)) +
                                   (status == CellStatus::Bad ? "' is not a number" : "' is out of range"));
            if (hemisphere == 0 && !target.letters.empty())
                hemisphere = hemisphereIn(coordinateText, target.letters);
            const bool negativeHalf = hemisphere == 'S' || hemisphere == 'W';
            if (hemisphere != 0 && value < 0.0 && !negativeHalf)
                result.warnings.push_back(lineText(line) + target.what + " is negative but the row says " + hemisphere);
            else if (negativeHalf || (hemisphere == 0 && target.sign < 0.0))
                value = -std::fabs(value);
            if (target.limit == 360.0 && value > 180.0)
                value -= 360.0;
            *target.value = value;
        }
        if (!info.code.empty() && !seenCodes.insert(csv::toLower(info.code)).second) {
            result.warnings.push_back(lineText(line) + "station code " + info.code + " repeats; row skipped");
            continue;
        }
        result.stations.push_back(std::move(info));
    }
    if (reader.failed())
        return failure(std::move(result), StationTableError::Malformed, reader.rowLine(), reader.errorField(),
                       "a quoted field is not closed");
    return result;
}

std::string describe(const StationTableResult& result)
{
    if (result.ok())
        return {};
    std::string text = result.file;
    if (result.line > 0)
        text += ":" + std::to_string(result.line);
    if (result.column > 0)
        text += ":" + std::to_string(result.column);
    return text + ": " + result.detail;
}

const StationInfo* findStation(const std::vector<StationInfo>& table, std::string_view id)
{
    id = csv::trim(id);
    if (id.empty())
        return nullptr;
    for (const StationInfo& info : table)
        if (csv::equalsNoCase(csv::trim(info.code), id))
            return &info;
    const StationInfo* found = nullptr;
    for (const StationInfo& info : table) {
        if (!csv::equalsNoCase(csv::trim(info.name), id))
            continue;
        if (found)
            return nullptr;  // ambiguous
        found = &info;
    }
    return found;
}

std::vector<std::string> joinStationTable(Dataset& dataset, const std::vector<StationInfo>& table,
                                          const std::map<std::string, std::string>& aliases)
{
    std::vector<std::string> withoutCoordinates;
    for (StationData& station : dataset.stations) {
        const StationInfo* info = findStation(table, station.id);
        for (auto it = aliases.begin(); !info && it != aliases.end(); ++it)
            if (csv::equalsNoCase(csv::trim(it->first), csv::trim(station.id)))
                info = findStation(table, it->second);
        for (auto it = aliases.begin(); !info && it != aliases.end(); ++it)
            if (csv::equalsNoCase(csv::trim(it->second), csv::trim(station.id)))
                info = findStation(table, it->first);
        if (info) {
            if (!info->name.empty())
                station.name = info->name;
            if (!std::isnan(info->latitude))
                station.latitude = info->latitude;
            if (!std::isnan(info->longitude))
                station.longitude = info->longitude;
            if (!std::isnan(info->depth))
                station.depth = info->depth;
        }
        if (std::isnan(station.latitude) || std::isnan(station.longitude))
            withoutCoordinates.push_back(station.id);
    }
    return withoutCoordinates;
}

}  // namespace mc
