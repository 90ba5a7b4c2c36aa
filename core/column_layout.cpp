// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_layout.h"

#include "csv_text.h"
#include "variable_catalogue.h"

#include <array>
#include <charconv>
#include <string_view>

namespace mc::csv {
namespace {

// Candidates in order of preference; `dates` is the HK EPD spelling, `datetimestamp` the NERRS one.
constexpr std::array<std::string_view, 11> kTimeNames = {"datetime", "date_time", "timestamp", "datetimestamp",
                                                        "date", "dates", "time", "日期", "时间", "日期时间", "sample date"};
constexpr std::array<std::string_view, 3> kDateOnlyNames = {"date", "dates", "日期"};
constexpr std::array<std::string_view, 3> kTimeOfDayNames = {"time", "时间", "time of day"};
constexpr std::array<std::string_view, 9> kStationNames = {"station", "station_id", "station id", "site",
                                                           "stationcode", "station code", "站点", "站位", "站名"};
// Bookkeeping columns of NERRS CDMO and HK EPD exports: numbers, but not measurements.
constexpr std::array<std::string_view, 9> kMetadataNames = {"isswmp",    "historical", "provisionalplus",
                                                            "frequency", "f_record",   "collmethd",
                                                            "rep",       "sample no",  "sample_no"};

template <std::size_t N>
bool isOneOf(std::string_view name, const std::array<std::string_view, N>& names)
{
    for (auto candidate : names)
        if (equalsNoCase(name, candidate))
            return true;
    return false;
}

ColumnRole roleFor(const ImportSettings& settings, const std::string& name)
{
    const auto it = settings.roles.find(name);
    return it == settings.roles.end() ? ColumnRole::Auto : it->second;
}

std::size_t findByName(const std::vector<std::string>& header, std::string_view wanted)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (equalsNoCase(header[i], wanted))
            return i;
    return kNoColumn;
}

bool isFlagName(std::string_view name) { return name.size() > 2 && (name[0] == 'F' || name[0] == 'f') && name[1] == '_'; }

void applyCatalogue(ValueColumn& column, const ImportSettings& settings)
{
    const auto mapped = settings.variableMap.find(column.name);
    column.canonical = mapped != settings.variableMap.end() ? mapped->second : matchCatalogueVariable(column.name);
    const CatalogueVariable* entry = column.canonical.empty() ? nullptr : findCatalogueVariable(column.canonical);
    const auto unit = settings.units.find(column.name);
    column.unit = unit != settings.units.end() ? unit->second : entry ? entry->unit : std::string();
    if (!settings.rangeChecks)
        return;
    // An override may name the source column or the canonical variable.
    auto range = settings.rangeOverrides.find(column.name);
    if (range == settings.rangeOverrides.end() && !column.canonical.empty())
        range = settings.rangeOverrides.find(column.canonical);
    if (range != settings.rangeOverrides.end()) {
        column.rangeCheck = true;
        column.minValue = range->second.first;
        column.maxValue = range->second.second;
    } else if (entry) {
        column.rangeCheck = true;
        column.minValue = entry->minValue;
        column.maxValue = entry->maxValue;
    }
}

}  // namespace

bool parseFlagCode(std::string_view cell, int& code)
{
    cell = trim(cell);
    if (cell.empty())
        return false;
    if (cell.front() == '<') {
        const std::size_t close = cell.find('>');
        if (close == std::string_view::npos)
            return false;
        cell = trim(cell.substr(1, close - 1));
    }
    const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), code);
    return ec == std::errc() && end == cell.data() + cell.size();
}

bool planColumns(const std::vector<std::string>& header, const ImportSettings& settings, std::size_t headerLine,
                 ColumnPlan& plan, ImportError& error)
{
    plan = ColumnPlan{};
    std::vector<ColumnRole> roles(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        roles[i] = roleFor(settings, header[i]);
        switch (roles[i]) {
        case ColumnRole::Time:
        case ColumnRole::Date:
            if (plan.time == kNoColumn)
                plan.time = i;
            break;
        case ColumnRole::TimeOfDay:
            plan.timeOfDay = i;
            break;
        case ColumnRole::Station:
            plan.station = i;
            break;
        default:
            break;
        }
    }
    const auto unassigned = [&](std::size_t i) { return roles[i] == ColumnRole::Auto; };
    if (plan.time == kNoColumn) {
        // A `date` column next to a `time` column means separate date and time of day.
        for (std::size_t i = 0; i < header.size() && plan.time == kNoColumn; ++i)
            if (unassigned(i) && isOneOf(header[i], kDateOnlyNames))
                for (std::size_t j = 0; j < header.size(); ++j)
                    if (j != i && unassigned(j) && isOneOf(header[j], kTimeOfDayNames)) {
                        plan.time = i;
                        if (plan.timeOfDay == kNoColumn)
                            plan.timeOfDay = j;
                        break;
                    }
        for (auto name : kTimeNames) {
            if (plan.time != kNoColumn)
                break;
            const std::size_t i = findByName(header, name);
            if (i != kNoColumn && unassigned(i))
                plan.time = i;
        }
    }
    if (plan.time == kNoColumn) {
        error.code = ImportErrorCode::NoTimeColumn;
        error.line = headerLine;
        error.detail = "no time column (expected one named date, dates, time, datetime, date_time, timestamp or "
                       "datetimestamp, or a column given the time role)";
        return false;
    }
    if (plan.station == kNoColumn)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (unassigned(i) && i != plan.time && i != plan.timeOfDay && isOneOf(header[i], kStationNames)) {
                plan.station = i;
                break;
            }

    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i == plan.time || i == plan.timeOfDay || i == plan.station)
            continue;
        const ColumnRole role = roles[i];
        const bool autoRole = role == ColumnRole::Auto;
        if (role == ColumnRole::Ignore || role == ColumnRole::Flag || (autoRole && isOneOf(header[i], kMetadataNames))
            || header[i].empty() || (autoRole && isFlagName(header[i]))) {
            if (!header[i].empty())
                plan.ignored.push_back(header[i]);
            continue;
        }
        ValueColumn column;
        column.index = i;
        column.name = header[i];
        // Pair `X` with `F_X`; an explicit flag column right after a value also pairs with it.
        const std::size_t flag = findByName(header, "F_" + header[i]);
        if (flag != kNoColumn && roles[flag] != ColumnRole::Ignore && roles[flag] != ColumnRole::Variable)
            column.flagIndex = flag;
        else if (i + 1 < header.size() && roles[i + 1] == ColumnRole::Flag)
            column.flagIndex = i + 1;
        applyCatalogue(column, settings);
        plan.values.push_back(std::move(column));
    }
    return true;
}

}  // namespace mc::csv
