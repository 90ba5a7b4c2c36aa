// SPDX-License-Identifier: GPL-3.0-or-later
#include "variable_catalogue.h"

#include <array>
#include <string>
#include <unordered_map>
#include <utility>

namespace mc {
namespace {

// Labels and spellings below are UTF-8 literals; this stops a build whose execution character set
// would turn them into other bytes.
static_assert(sizeof("水") == 4 && static_cast<unsigned char>("水"[0]) == 0xE6,
              "string literals must be UTF-8 (compile with a UTF-8 execution character set)");

// Ranges: the defaults for the five core variables; elsewhere the widest values a working
// sensor or lab can report, so the check removes garbage without second-guessing accepted data
// (NERRS daily turbidity goes down to −16 NTU, relative humidity up to 103 %).
const std::vector<CatalogueVariable> kVariables = {
    {"water_temperature", "°C", "Water temperature", "水温", -2.0, 40.0},
    {"air_temperature", "°C", "Air temperature", "气温", -40.0, 50.0},
    {"sea_surface_temperature", "°C", "Sea surface temperature", "海表温度", -2.0, 40.0},
    {"salinity", "PSU", "Salinity", "盐度", 0.0, 42.0},
    {"specific_conductance", "mS/cm", "Specific conductance", "比电导率", 0.0, 200.0},
    {"chlorophyll_a", "µg/L", "Chlorophyll a", "叶绿素a", 0.0, 500.0},
    {"dissolved_oxygen_mgl", "mg/L", "Dissolved oxygen", "溶解氧", 0.0, 20.0},
    {"dissolved_oxygen_pct", "%", "Dissolved oxygen saturation", "溶解氧饱和度", 0.0, 500.0},
    {"ph", "", "pH", "pH", 0.0, 14.0},
    {"turbidity", "NTU", "Turbidity", "浊度", -20.0, 4000.0},
    {"depth", "m", "Depth", "水深", -10.0, 11000.0},
    {"water_level", "m", "Water level", "水位", -20.0, 20.0},
    {"secchi_depth", "m", "Secchi depth", "透明度", 0.0, 100.0},
    {"suspended_solids", "mg/L", "Suspended solids", "悬浮物", 0.0, 10000.0},
    {"nitrate", "mg/L", "Nitrate", "硝酸盐", 0.0, 100.0},
    {"nitrite", "mg/L", "Nitrite", "亚硝酸盐", 0.0, 50.0},
    {"nitrite_nitrate", "mg/L", "Nitrite + nitrate", "亚硝酸盐+硝酸盐", 0.0, 100.0},
    {"ammonium", "mg/L", "Ammonium", "氨氮", 0.0, 100.0},
    {"phosphate", "mg/L", "Phosphate", "磷酸盐", 0.0, 50.0},
    {"silicate", "mg/L", "Silicate", "硅酸盐", 0.0, 200.0},
    {"total_nitrogen", "mg/L", "Total nitrogen", "总氮", 0.0, 200.0},
    {"total_phosphorus", "mg/L", "Total phosphorus", "总磷", 0.0, 50.0},
    {"relative_humidity", "%", "Relative humidity", "相对湿度", 0.0, 110.0},
    {"air_pressure", "hPa", "Air pressure", "气压", 800.0, 1100.0},
    {"wind_speed", "m/s", "Wind speed", "风速", 0.0, 100.0},
    {"max_wind_speed", "m/s", "Maximum wind speed", "最大风速", 0.0, 120.0},
    {"wind_direction", "°", "Wind direction", "风向", 0.0, 360.0},
    {"precipitation", "mm", "Precipitation", "降水量", 0.0, 2000.0},
    {"par", "mmol/m²", "Photosynthetically active radiation", "光合有效辐射", 0.0, 100000.0},
};

// Not a catalogue id: a dissolved-oxygen name that needs its unit to say mg/L or saturation.
constexpr const char* kGenericOxygen = "dissolved_oxygen";

// Known spellings, already normalised (lower case, `_` between words). NERRS CDMO names come
// first in each line, then the daily-file, Hong Kong EPD, sample-data and Chinese ones.
constexpr std::pair<const char*, const char*> kSpellings[] = {
    {"temp", "water_temperature"}, {"temperature", "water_temperature"},
    {"water_temp", "water_temperature"}, {"water_temperature", "water_temperature"},
    {"watertemp", "water_temperature"}, {"wtemp", "water_temperature"}, {"水温", "water_temperature"},
    {"温度", "water_temperature"},
    {"atemp", "air_temperature"}, {"air_temp", "air_temperature"}, {"airtemp", "air_temperature"},
    {"air_temperature", "air_temperature"}, {"气温", "air_temperature"},
    {"sst", "sea_surface_temperature"}, {"sea_surface_temperature", "sea_surface_temperature"},
    {"analysed_sst", "sea_surface_temperature"}, {"oisst", "sea_surface_temperature"},
    {"海表温度", "sea_surface_temperature"}, {"海面温度", "sea_surface_temperature"},
    {"sal", "salinity"}, {"salinity", "salinity"}, {"盐度", "salinity"},
    {"spcond", "specific_conductance"}, {"sp_cond", "specific_conductance"},
    {"specific_conductance", "specific_conductance"}, {"specific_conductivity", "specific_conductance"},
    {"比电导率", "specific_conductance"},
    {"chla_n", "chlorophyll_a"}, {"chlfluor", "chlorophyll_a"}, {"chl_fluor", "chlorophyll_a"},
    {"chla", "chlorophyll_a"}, {"chl_a", "chlorophyll_a"}, {"chl", "chlorophyll_a"},
    {"chlorophyll", "chlorophyll_a"}, {"chlorophyll_a", "chlorophyll_a"}, {"叶绿素", "chlorophyll_a"},
    {"叶绿素a", "chlorophyll_a"}, {"叶绿素_a", "chlorophyll_a"},
    {"do_mgl", "dissolved_oxygen_mgl"}, {"do_mg_l", "dissolved_oxygen_mgl"},
    {"dissolved_oxygen_mgl", "dissolved_oxygen_mgl"},
    {"do_pct", "dissolved_oxygen_pct"}, {"do_sat", "dissolved_oxygen_pct"},
    {"do_percent", "dissolved_oxygen_pct"}, {"dissolved_oxygen_pct", "dissolved_oxygen_pct"},
    {"dissolved_oxygen_saturation", "dissolved_oxygen_pct"}, {"溶解氧饱和度", "dissolved_oxygen_pct"},
    {"do", kGenericOxygen}, {"dissolved_oxygen", kGenericOxygen},
    {"溶解氧", kGenericOxygen},
    {"ph", "ph"}, {"ph值", "ph"},
    {"turb", "turbidity"}, {"turbidity", "turbidity"}, {"浊度", "turbidity"},
    {"depth", "depth"}, {"cdepth", "depth"}, {"water_depth", "depth"}, {"水深", "depth"},
    {"level", "water_level"}, {"clevel", "water_level"}, {"water_level", "water_level"},
    {"水位", "water_level"},
    {"secchi", "secchi_depth"}, {"secchi_depth", "secchi_depth"}, {"secchi_disc_depth", "secchi_depth"},
    {"secchi_disk_depth", "secchi_depth"}, {"透明度", "secchi_depth"},
    {"tss", "suspended_solids"}, {"suspended_solids", "suspended_solids"},
    {"total_suspended_solids", "suspended_solids"}, {"悬浮物", "suspended_solids"},
    {"no3f", "nitrate"}, {"no3", "nitrate"}, {"no3_n", "nitrate"}, {"nitrate", "nitrate"},
    {"nitrate_nitrogen", "nitrate"}, {"硝酸盐", "nitrate"}, {"硝酸盐氮", "nitrate"},
    {"no2f", "nitrite"}, {"no2", "nitrite"}, {"no2_n", "nitrite"}, {"nitrite", "nitrite"},
    {"nitrite_nitrogen", "nitrite"}, {"亚硝酸盐", "nitrite"}, {"亚硝酸盐氮", "nitrite"},
    {"no23f", "nitrite_nitrate"}, {"no23", "nitrite_nitrate"}, {"nitrite_nitrate", "nitrite_nitrate"},
    {"nitrate_nitrite", "nitrite_nitrate"}, {"亚硝酸盐_硝酸盐", "nitrite_nitrate"},
    // NERRS NH4F and EPD "Ammonia Nitrogen" are both total ammonia (NH4+ and NH3) as N.
    {"nh4f", "ammonium"}, {"nh4", "ammonium"}, {"nh4_n", "ammonium"}, {"ammonium", "ammonium"},
    {"ammonia_nitrogen", "ammonium"}, {"氨氮", "ammonium"}, {"铵盐", "ammonium"},
    {"po4f", "phosphate"}, {"po4", "phosphate"}, {"po4_p", "phosphate"}, {"phosphate", "phosphate"},
    {"orthophosphate", "phosphate"}, {"orthophosphate_phosphorus", "phosphate"},
    {"磷酸盐", "phosphate"}, {"活性磷酸盐", "phosphate"},
    {"sio4f", "silicate"}, {"sio4", "silicate"}, {"silicate", "silicate"}, {"silica", "silicate"},
    {"硅酸盐", "silicate"},
    {"tn", "total_nitrogen"}, {"total_nitrogen", "total_nitrogen"}, {"总氮", "total_nitrogen"},
    {"tp", "total_phosphorus"}, {"total_phosphorus", "total_phosphorus"}, {"总磷", "total_phosphorus"},
    {"rh", "relative_humidity"}, {"relative_humidity", "relative_humidity"},
    {"humidity", "relative_humidity"}, {"相对湿度", "relative_humidity"}, {"湿度", "relative_humidity"},
    {"bp", "air_pressure"}, {"air_pressure", "air_pressure"}, {"barometric_pressure", "air_pressure"},
    {"气压", "air_pressure"},
    {"wspd", "wind_speed"}, {"wind_speed", "wind_speed"}, {"windspeed", "wind_speed"},
    {"风速", "wind_speed"},
    {"maxwspd", "max_wind_speed"}, {"max_wind_speed", "max_wind_speed"},
    {"maximum_wind_speed", "max_wind_speed"}, {"最大风速", "max_wind_speed"},
    {"wdir", "wind_direction"}, {"wind_direction", "wind_direction"}, {"winddir", "wind_direction"},
    {"风向", "wind_direction"},
    {"totprcp", "precipitation"}, {"precipitation", "precipitation"}, {"precip", "precipitation"},
    {"rainfall", "precipitation"}, {"降水量", "precipitation"}, {"降雨量", "precipitation"},
    {"降水", "precipitation"},
    {"totpar", "par"}, {"par", "par"}, {"photosynthetically_active_radiation", "par"}, {"光合有效辐射", "par"},
};

// Statistics of the NERRS daily files that still describe the variable itself; `sd`, `iqr` and
// `nvalid` are deliberately absent.
constexpr std::array<std::string_view, 5> kStatSuffixes = {"mean", "min", "max", "median", "total"};

// Unit words written after a name (`Temperature C`, `Salinity psu`), normalised.
constexpr std::string_view kUnitWords[] = {
    "°c", "℃", "c", "degc", "deg_c", "celsius", "psu", "ppt", "‰", "ug_l", "µg_l", "μg_l", "mg_l",
    "mg_m3", "ntu", "fnu", "m", "ms_cm", "us_cm", "µs_cm", "μs_cm", "mb", "mbar", "hpa", "m_s", "deg",
    "°", "mm", "mmol_m2", "mmol_m²", "cfu_100ml", "mpn_100ml", "%", "pct", "percent", "sat",
    "per_saturation", "percent_saturation", "%_sat", "%_saturation"};
constexpr std::string_view kSaturationUnits[] = {
    "%", "pct", "percent", "sat", "saturation", "per_saturation", "percent_saturation", "%_sat",
    "%_saturation"};

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '-' || c == '_' || c == '.' || c == '/' || c == '+';
}

// Lower case, one `_` for each run of separators, none at either end.
std::string unify(std::string_view s)
{
    std::string out;
    bool pendingSeparator = false;
    for (char c : s) {
        if (isSeparator(c)) {
            pendingSeparator = !out.empty();
            continue;
        }
        if (pendingSeparator)
            out += '_';
        pendingSeparator = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string_view trimBlanks(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Splits `Name (unit)`, `Name [unit]` or `名称（单位）` into unified name and unit.
std::pair<std::string, std::string> splitBracketedUnit(std::string_view raw)
{
    std::string_view s = trimBlanks(raw);
    constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {
        {"(", ")"}, {"[", "]"}, {"（", "）"}};
    for (const auto& [open, close] : kBrackets) {
        if (!endsWith(s, close))
            continue;
        const std::size_t at = s.rfind(open);
        if (at == std::string_view::npos || at == 0)
            continue;
        const std::string_view unit = s.substr(at + open.size(), s.size() - close.size() - at - open.size());
        return {unify(s.substr(0, at)), unify(unit)};
    }
    return {unify(s), std::string()};
}

const std::unordered_map<std::string, std::string>& spellings()
{
    static const std::unordered_map<std::string, std::string> map = [] {
        std::unordered_map<std::string, std::string> m;
        for (const auto& [name, id] : kSpellings)
            m.emplace(name, id);
        return m;
    }();
    return map;
}

std::string lookup(const std::string& name, std::string_view unit)
{
    const auto it = spellings().find(name);
    if (it == spellings().end())
        return {};
    if (it->second != kGenericOxygen)
        return it->second;
    for (std::string_view saturation : kSaturationUnits)
        if (unit == saturation)
            return "dissolved_oxygen_pct";
    return "dissolved_oxygen_mgl";
}

}  // namespace

const std::vector<CatalogueVariable>& catalogueVariables() { return kVariables; }

const CatalogueVariable* findCatalogueVariable(std::string_view id)
{
    for (const CatalogueVariable& variable : kVariables)
        if (variable.id == id)
            return &variable;
    return nullptr;
}

std::string matchCatalogueVariable(std::string_view columnName)
{
    const auto [name, unit] = splitBracketedUnit(columnName);
    if (name.empty())
        return {};
    if (std::string id = lookup(name, unit); !id.empty())
        return id;
    for (std::string_view stat : kStatSuffixes) {
        const std::string suffix = "_" + std::string(stat);
        if (endsWith(name, suffix))
            if (std::string id = lookup(name.substr(0, name.size() - suffix.size()), unit); !id.empty())
                return id;
    }
    if (!unit.empty())
        return {};  // a bracketed unit and a unit word both: not a form any source uses
    for (std::string_view word : kUnitWords) {
        const std::string suffix = "_" + std::string(word);
        if (endsWith(name, suffix))
            if (std::string id = lookup(name.substr(0, name.size() - suffix.size()), word); !id.empty())
                return id;
    }
    return {};
}

}  // namespace mc
