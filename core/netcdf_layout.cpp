// SPDX-License-Identifier: GPL-3.0-or-later
#include "netcdf_layout.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace mc::nc {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool oneOf(const std::string& s, std::initializer_list<const char*> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return s == n; });
}

}  // namespace

bool LayoutFinder::findTime(Layout& out)
{
    // Best 1-D numeric variable that looks like time: CF units weigh most, then being the
    // dimension's own coordinate variable, then the name.
    int bestScore = 0;
    for (const auto& var : m_file.variables()) {
        if (var.dims.size() != 1 || !var.isNumeric())
            continue;
        const std::string units = lower(m_file.text(var.id, "units").value_or(""));
        const std::string name = lower(var.name);
        const bool since = units.find(" since ") != std::string::npos;
        const bool timeLike = since || lower(m_file.text(var.id, "standard_name").value_or("")) == "time"
                              || lower(m_file.text(var.id, "axis").value_or("")) == "t" || name == "time";
        if (!timeLike)
            continue;
        const int score = (since ? 4 : 0) + (var.name == m_file.dimensions()[var.dims[0]].name ? 2 : 0)
                          + (name == "time" ? 1 : 0) + 1;
        if (score > bestScore) {
            bestScore = score;
            out.time = &var;
            out.timeDim = var.dims[0];
        }
    }
    if (!out.time)
        m_file.fail(ImportErrorCode::NoTimeDimension, {},
                    "no time coordinate (a variable with units such as \"days since 1970-01-01\")");
    return out.time != nullptr;
}

void LayoutFinder::findCoordinates(Layout& out)
{
    const auto& dims = m_file.dimensions();
    // Prefer a dimension's own coordinate variable over any other variable of the same meaning.
    const auto pick = [&](const Variable*& slot, const Variable& var) {
        const bool coordinate = var.dims.size() == 1 && var.name == dims[var.dims[0]].name;
        if (!slot || (coordinate && !(slot->dims.size() == 1 && slot->name == dims[slot->dims[0]].name)))
            slot = &var;
    };
    for (const auto& var : m_file.variables()) {
        if (&var == out.time || var.dims.size() > 2)
            continue;
        const std::string name = lower(var.name);
        const std::string standard = lower(m_file.text(var.id, "standard_name").value_or(""));
        const std::string units = lower(m_file.text(var.id, "units").value_or(""));
        const bool overStations = !var.dims.empty() && var.dims[0] != out.timeDim;
        if (var.isNumeric() && var.dims.size() <= 1) {
            if (oneOf(name, {"lat", "latitude"}) || standard == "latitude"
                || oneOf(units, {"degrees_north", "degree_north", "degrees_n", "degree_n", "degreesn", "degreen"}))
                pick(out.latitude, var);
            else if (oneOf(name, {"lon", "long", "longitude"}) || standard == "longitude"
                     || oneOf(units, {"degrees_east", "degree_east", "degrees_e", "degree_e", "degreese", "degreee"}))
                pick(out.longitude, var);
        }
        if (!overStations)
            continue;
        const std::string role = lower(m_file.text(var.id, "cf_role").value_or(""));
        if (role == "timeseries_id")
            out.stationId = &var;
        else if (var.isText() && (standard == "platform_name" || oneOf(name, {"station_name", "site_name", "platform_name"})))
            out.stationName = &var;
        else if (var.isText() && !out.stationId  // a cf_role variable later on still takes over
                 && oneOf(name, {"station", "station_id", "stationid", "station_code", "site", "site_id",
                                 "site_code", "platform", "platform_id", "platform_code"}))
            out.stationId = &var;
    }
    if (!out.stationId)
        out.stationId = out.stationName;  // names are the only labels then
    if (out.stationId)
        out.stationDim = out.stationId->dims[0];

    const auto rank = [](const Variable* v) { return v ? static_cast<int>(v->dims.size()) : -1; };
    if (rank(out.latitude) == 1 && rank(out.longitude) == 1) {
        const int latDim = out.latitude->dims[0];
        const int lonDim = out.longitude->dims[0];
        if (latDim != out.timeDim && lonDim != out.timeDim) {
            if (latDim != lonDim && latDim != out.stationDim && lonDim != out.stationDim) {
                out.rowDim = latDim;
                out.colDim = lonDim;
            } else if (latDim == lonDim && out.stationDim < 0) {
                out.stationDim = latDim;
            }
        }
    }
    if (out.stationName && out.stationName->dims[0] != out.stationDim)
        out.stationName = nullptr;
}

bool LayoutFinder::isData(const Variable& var, const Layout& layout) const
{
    if (!var.isNumeric() || std::count(var.dims.begin(), var.dims.end(), layout.timeDim) != 1)
        return false;
    if (&var == layout.time || &var == layout.latitude || &var == layout.longitude || &var == layout.stationId)
        return false;
    return !(var.dims.size() == 1 && var.name == m_file.dimensions()[var.dims[0]].name);
}

bool LayoutFinder::fits(const Variable& var, const Layout& layout, Layout::Kind kind) const
{
    bool row = false, col = false, station = false;
    for (int d : var.dims) {
        if (d == layout.timeDim)
            continue;
        if (kind == Layout::Kind::Grid && (d == layout.rowDim || d == layout.colDim)) {
            (d == layout.rowDim ? row : col) = true;
        } else if (kind == Layout::Kind::Stations && d == layout.stationDim) {
            station = true;
        } else if (m_file.dimensions()[d].length != 1) {
            return false;  // a depth or band axis we cannot flatten into stations
        }
    }
    switch (kind) {
    case Layout::Kind::Grid: return row && col;
    case Layout::Kind::Stations: return station;
    case Layout::Kind::Single: return true;
    }
    return false;
}

std::string LayoutFinder::describeDims(const Variable& var) const
{
    std::string out = "(";
    for (std::size_t i = 0; i < var.dims.size(); ++i)
        out += (i ? ", " : "") + m_file.dimensions()[var.dims[i]].name;
    return out + ")";
}

bool LayoutFinder::find(const std::vector<std::string>& requested, Layout& out)
{
    if (!findTime(out))
        return false;
    findCoordinates(out);

    std::vector<const Variable*> wanted;
    for (const auto& name : requested) {
        const Variable* var = m_file.variable(name);
        if (!var) {
            m_file.fail(ImportErrorCode::UnknownVariable, name, "not in the file");
            return false;
        }
        if (!isData(*var, out)) {
            m_file.fail(ImportErrorCode::UnknownVariable, name,
                        "not a numeric data variable over the time dimension \""
                            + m_file.dimensions()[out.timeDim].name + "\"");
            return false;
        }
        wanted.push_back(var);
    }
    const bool automatic = requested.empty();
    if (automatic) {
        for (const auto& var : m_file.variables())
            if (isData(var, out) && m_file.attributeType(var.id, "flag_values") == 0
                && m_file.attributeType(var.id, "flag_masks") == 0 && m_file.attributeType(var.id, "flag_meanings") == 0)
                wanted.push_back(&var);
    }

    std::vector<Layout::Kind> kinds;
    if (out.rowDim >= 0)
        kinds.push_back(Layout::Kind::Grid);
    if (out.stationDim >= 0)
        kinds.push_back(Layout::Kind::Stations);
    kinds.push_back(Layout::Kind::Single);
    for (auto kind : kinds) {
        std::vector<const Variable*> chosen;
        for (const Variable* var : wanted)
            if (fits(*var, out, kind))
                chosen.push_back(var);
        if (chosen.empty() || (!automatic && chosen.size() != wanted.size()))
            continue;
        out.kind = kind;
        out.data = std::move(chosen);
        // Coordinates only where they belong to this layout's stations.
        const auto keep = [&](const Variable*& v) {
            const bool scalar = v && m_file.size(*v) == 1;
            if (kind == Layout::Kind::Stations && v && !scalar && v->dims[0] != out.stationDim)
                v = nullptr;
            if (kind == Layout::Kind::Single && !scalar)
                v = nullptr;
        };
        if (kind != Layout::Kind::Grid) {
            keep(out.latitude);
            keep(out.longitude);
        }
        return true;
    }
    if (automatic) {
        m_file.fail(ImportErrorCode::NoVariables, {},
                    "no numeric variable over the time dimension \"" + m_file.dimensions()[out.timeDim].name
                        + "\" laid out on a latitude/longitude grid, a station dimension or time alone");
        return false;
    }
    for (const Variable* var : wanted) {
        if (std::none_of(kinds.begin(), kinds.end(), [&](Layout::Kind k) { return fits(*var, out, k); })) {
            m_file.fail(ImportErrorCode::UnknownVariable, var->name,
                        "dimensions " + describeDims(*var)
                            + " are not time with a latitude/longitude grid, a station dimension or nothing else");
            return false;
        }
    }
    m_file.fail(ImportErrorCode::UnknownVariable, wanted.front()->name,
                "the requested variables are laid out differently (grid, stations, single series); import them separately");
    return false;
}

}  // namespace mc::nc
