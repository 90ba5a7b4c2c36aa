// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_import_options.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace mc::cli {
namespace {

const std::set<std::string> kImportFlags = {
    "stations",   "encoding",  "delimiter",         "decimal",           "header-line", "time-format",
    "utc-offset", "missing",   "accept-flags",      "no-range-checks",   "range",       "role",
    "map",        "unit",      "alias",             "resample",          "aggregate",   "min-valid-fraction",
    "min-valid-count", "fill-gaps", "import-settings",
};

bool toInt(const std::string& text, int& out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool toDouble(const std::string& text, double& out)
{
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size();
    } catch (const std::exception&) {
        return false;
    }
}

// `-05:00`, `+8`, `-300` (minutes when the magnitude is above 14) or `UTC-5`.
bool parseOffset(std::string text, int& minutes)
{
    if (text.rfind("UTC", 0) == 0 || text.rfind("utc", 0) == 0)
        text = text.substr(3);
    if (text.empty() || text == "0" || text == "Z") {
        minutes = 0;
        return true;
    }
    const int sign = text[0] == '-' ? -1 : 1;
    if (text[0] == '+' || text[0] == '-')
        text = text.substr(1);
    const auto colon = text.find(':');
    int hours = 0;
    int mins = 0;
    if (colon != std::string::npos) {
        if (!toInt(text.substr(0, colon), hours) || !toInt(text.substr(colon + 1), mins) || mins < 0 || mins > 59)
            return false;
        minutes = sign * (hours * 60 + mins);
    } else {
        if (!toInt(text, hours))
            return false;
        minutes = sign * (hours <= 14 ? hours * 60 : hours);
    }
    return minutes >= -14 * 60 && minutes <= 14 * 60;
}

// `NAME=VALUE`, split at the first '='.
bool splitAssignment(const std::string& flag, const std::string& text, std::string& name, std::string& value,
                     std::string& error)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0) {
        error = "--" + flag + ": expected NAME=VALUE, got '" + text + "'";
        return false;
    }
    name = text.substr(0, eq);
    value = text.substr(eq + 1);
    return true;
}

bool readSettingsFile(const std::string& path, ImportSettings& settings, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "--import-settings: cannot read '" + path + "'";
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::string why;
    const auto loaded = importSettingsFromJson(text.str(), why);
    if (!loaded) {
        error = "--import-settings " + path + ": " + why;
        return false;
    }
    settings = *loaded;
    return true;
}

bool applyRepeatable(const std::string& name, const std::string& v, ImportSettings& s, std::string& error)
{
    std::string key;
    std::string value;
    if (!splitAssignment(name, v, key, value, error))
        return false;
    if (name == "range") {
        const auto colon = value.find(':');
        double lo = 0;
        double hi = 0;
        if (colon == std::string::npos || !toDouble(value.substr(0, colon), lo) || !toDouble(value.substr(colon + 1), hi)
            || lo > hi) {
            error = "--range: expected VAR=MIN:MAX with MIN <= MAX, got '" + v + "'";
            return false;
        }
        s.rangeOverrides[key] = {lo, hi};
    } else if (name == "role") {
        const auto role = columnRoleFromString(value);
        if (!role) {
            error = "--role: unknown role '" + value + "' (time, date, time-of-day, station, variable, flag, ignore)";
            return false;
        }
        s.roles[key] = *role;
    } else if (name == "map") {
        s.variableMap[key] = value;
    } else if (name == "unit") {
        s.units[key] = value;
    } else {
        s.stationAliases[key] = value;
    }
    return true;
}

}  // namespace

bool splitFlags(const std::vector<std::string>& args, std::vector<Flag>& flags, std::string& error)
{
    for (const auto& arg : args) {
        if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
            const auto eq = arg.find('=');
            Flag f{arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2), {}};
            if (eq != std::string::npos)
                f.values.push_back(arg.substr(eq + 1));
            flags.push_back(std::move(f));
        } else if (arg == "-h") {
            flags.push_back({"help", {}});
        } else if (flags.empty()) {
            error = "unexpected argument '" + arg + "' (flags start with --)";
            return false;
        } else {
            flags.back().values.push_back(arg);
        }
    }
    return true;
}

std::vector<std::string> splitList(const std::string& s)
{
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

bool isImportFlag(const std::string& name) { return kImportFlags.count(name) > 0; }

bool applyImportFlag(const std::string& name, const std::vector<std::string>& values, ImportSettings& s,
                     std::string& error)
{
    if (name == "no-range-checks") {
        s.rangeChecks = false;
        return true;
    }
    if (values.empty()) {
        error = "--" + name + " needs a value";
        return false;
    }
    if (name == "range" || name == "role" || name == "map" || name == "unit" || name == "alias") {
        for (const auto& v : values)
            if (!applyRepeatable(name, v, s, error))
                return false;
        return true;
    }
    if (values.size() != 1) {
        error = "--" + name + " takes one value, got " + std::to_string(values.size());
        return false;
    }
    const std::string& v = values[0];
    const auto bad = [&](const std::string& expected) {
        error = "--" + name + ": expected " + expected + ", got '" + v + "'";
        return false;
    };
    if (name == "import-settings")
        return readSettingsFile(v, s, error);
    if (name == "stations") {
        s.stationsFile = absolutePath(v);
    } else if (name == "encoding") {
        const auto e = textEncodingFromString(v);
        if (!e)
            return bad("auto, utf-8, gb18030 or latin1");
        s.encoding = *e;
    } else if (name == "delimiter" || name == "decimal") {
        const char c = v == "tab" || v == "\\t" ? '\t' : v == "auto" ? 0 : v.size() == 1 ? v[0] : '\n';
        if (c == '\n')
            return bad("one character, tab or auto");
        (name == "delimiter" ? s.delimiter : s.decimalSeparator) = c;
    } else if (name == "header-line") {
        if (!toInt(v, s.headerLine) || s.headerLine < 0)
            return bad("a line number (0 = detect)");
    } else if (name == "time-format") {
        const auto f = timeFormatFromString(v);
        if (!f)
            return bad("auto, iso, mdy, dmy, ymd, chinese or excel");
        s.timeFormat = *f;
    } else if (name == "utc-offset") {
        if (!parseOffset(v, s.utcOffsetMinutes))
            return bad("an offset such as -05:00, +8 or UTC-5");
    } else if (name == "missing") {
        for (const auto& marker : splitList(v))
            s.missingMarkers.push_back(marker);
    } else if (name == "accept-flags") {
        s.acceptedFlags.clear();
        for (const auto& item : splitList(v)) {
            int code = 0;
            if (!toInt(item, code))
                return bad("a comma-separated list of flag codes such as 0,1,3");
            s.acceptedFlags.insert(code);
        }
    } else if (name == "resample") {
        const auto i = resampleIntervalFromString(v);
        if (!i)
            return bad("none, hourly, daily or monthly");
        s.resample.interval = *i;
    } else if (name == "aggregate") {
        const auto a = aggregationFromString(v);
        if (!a)
            return bad("mean, median, min or max");
        s.resample.aggregation = *a;
    } else if (name == "min-valid-fraction") {
        if (!toDouble(v, s.resample.minValidFraction) || s.resample.minValidFraction < 0 || s.resample.minValidFraction > 1)
            return bad("a fraction between 0 and 1");
    } else if (name == "min-valid-count") {
        if (!toInt(v, s.resample.minValidCount) || s.resample.minValidCount < 1)
            return bad("a count of at least 1");
    } else if (name == "fill-gaps") {
        if (!toInt(v, s.resample.fillGapSteps) || s.resample.fillGapSteps < 0)
            return bad("a number of steps (0 = no filling)");
    }
    return true;
}

std::string importFlagsHelp()
{
    return "Import options (also for inspect and compare):\n"
           "  --stations FILE       station table (code or name, latitude, longitude[, depth]) to join\n"
           "  --encoding E          auto | utf-8 | gb18030 | latin1 (default auto)\n"
           "  --delimiter C         one character, tab, or auto (default)\n"
           "  --decimal C           decimal separator, '.' or ',' (default auto)\n"
           "  --header-line N       1-based line of the header (default: first non-comment line)\n"
           "  --time-format F       auto | iso | mdy | dmy | ymd | chinese | excel (default auto)\n"
           "  --utc-offset OFF      the source's clock, e.g. -05:00 for NERRS (local standard time)\n"
           "  --missing LIST        extra missing-value markers, e.g. -99,-999,9999\n"
           "  --accept-flags LIST   accepted quality-flag codes (default 0), e.g. 0,1,3,4,5\n"
           "  --no-range-checks     keep values outside the variables' physical ranges\n"
           "  --range VAR=MIN:MAX   physical range for a column or catalogue variable (repeatable)\n"
           "  --role COL=ROLE       time, date, time-of-day, station, variable, flag or ignore (repeatable)\n"
           "  --map COL=ID          map a column to a catalogue variable (repeatable)\n"
           "  --unit COL=UNIT       unit of a column (repeatable)\n"
           "  --alias ALIAS=ID      a second name of a station, e.g. gtmpinut=gtmpiwq (repeatable)\n"
           "  --resample R          none | hourly | daily | monthly (default none)\n"
           "  --aggregate A         mean | median | min | max (default mean)\n"
           "  --min-valid-fraction F  share of expected readings a bin needs (default 0.5)\n"
           "  --min-valid-count N   readings a bin of an irregular source needs (default 1)\n"
           "  --fill-gaps N         fill gaps of up to N steps by linear interpolation (default 0)\n"
           "  --import-settings FILE  import settings saved as JSON (flags after it override)\n";
}

std::string absolutePath(const std::string& path)
{
    std::error_code ec;
    const auto abs = std::filesystem::absolute(path, ec);
    return ec ? path : abs.lexically_normal().string();
}

}  // namespace mc::cli
