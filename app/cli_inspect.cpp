// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_inspect.h"

#include "cli_import_options.h"
#include "cli_options.h"
#include "csv_import.h"
#include "time_format.h"
#include "variable_catalogue.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

namespace mc::cli {
namespace {

using nlohmann::json;

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

std::string timeText(const Dataset& d, TimePoint t, bool any) { return any ? formatTime(t, d.dateOnly) : std::string(); }

struct Totals {
    std::size_t valid = 0, missing = 0, rejected = 0, filled = 0, stations = 0;
    TimePoint first = 0, last = 0;
    void add(const SeriesSummary& s)
    {
        if (s.valid > 0) {
            first = valid == 0 ? s.first : std::min(first, s.first);
            last = valid == 0 ? s.last : std::max(last, s.last);
            ++stations;
        }
        valid += s.valid;
        missing += s.missing;
        rejected += s.rejected;
        filled += s.filled;
    }
};

json fileJson(const ImportFileReport& f)
{
    json variables = json::array();
    for (const auto& v : f.variables) {
        json flags = json::object();
        for (const auto& [code, n] : v.rejectedByFlag)
            flags[std::to_string(code)] = n;
        variables.push_back({{"name", v.name}, {"canonical", v.canonical}, {"unit", v.unit}, {"valid", v.valid},
                             {"missing", v.missing}, {"non_numeric", v.nonNumeric}, {"rejected_range", v.rejectedRange},
                             {"rejected_flag", flags}, {"first_rejected_lines", v.firstRejectedLines},
                             {"first_non_numeric_lines", v.firstNonNumericLines}});
    }
    return {{"path", f.path},
            {"rows", f.rows},
            {"bytes", f.bytes},
            {"encoding", f.encoding},
            {"delimiter", f.delimiter == '\t' ? std::string("tab") : std::string(1, f.delimiter)},
            {"decimal_separator", std::string(1, f.decimalSeparator)},
            {"header_line", f.headerLine},
            {"time_format", f.timeFormat},
            {"missing_cells", f.missingCells},
            {"non_numeric_cells", f.nonNumericCells},
            {"rejected_cells", f.rejectedCells},
            {"duplicate_times", f.duplicateTimes},
            {"unsorted", f.unsorted},
            {"skipped_rows", f.skippedRows},
            {"ignored_columns", f.ignoredColumns},
            {"variables", variables},
            {"warnings", f.warnings}};
}

json reportJson(const ImportResult& r)
{
    const Dataset& d = r.dataset;
    std::map<std::string, std::vector<const SeriesSummary*>> byStation;
    std::map<std::string, Totals> byVariable;
    for (const auto& s : r.report.series) {
        byStation[s.station].push_back(&s);
        byVariable[s.variable].add(s);
    }
    json stations = json::array();
    for (const auto& st : d.stations) {
        json vars = json::object();
        for (const auto* s : byStation[st.id])
            vars[s->variable] = {{"valid", s->valid}, {"missing", s->missing}, {"rejected", s->rejected},
                                 {"filled", s->filled}, {"gaps", s->gaps}, {"longest_gap", s->longestGap},
                                 {"first", timeText(d, s->first, s->valid > 0)},
                                 {"last", timeText(d, s->last, s->valid > 0)}};
        stations.push_back({{"id", st.id}, {"name", st.name}, {"latitude", number(st.latitude)},
                            {"longitude", number(st.longitude)}, {"depth", number(st.depth)},
                            {"times", st.times.size()},
                            {"first", timeText(d, st.times.empty() ? 0 : st.times.front(), !st.times.empty())},
                            {"last", timeText(d, st.times.empty() ? 0 : st.times.back(), !st.times.empty())},
                            {"variables", vars}});
    }
    json variables = json::array();
    for (const auto& [name, t] : byVariable) {
        const auto canonical = d.canonical.count(name) ? d.canonical.at(name) : std::string();
        const auto* entry = canonical.empty() ? nullptr : findCatalogueVariable(canonical);
        variables.push_back({{"name", name}, {"canonical", canonical},
                             {"unit", d.units.count(name) ? d.units.at(name) : std::string()},
                             {"label_en", entry ? entry->labelEn : std::string()},
                             {"label_zh", entry ? entry->labelZh : std::string()},
                             {"stations", t.stations}, {"valid", t.valid}, {"missing", t.missing},
                             {"rejected", t.rejected}, {"filled", t.filled},
                             {"first", timeText(d, t.first, t.valid > 0)}, {"last", timeText(d, t.last, t.valid > 0)}});
    }
    json files = json::array();
    for (const auto& f : r.report.files)
        files.push_back(fileJson(f));
    json sources = json::array();
    for (const auto& s : d.sources)
        sources.push_back({{"path", s.path}, {"sha256", s.sha256}});
    const auto withCoordinates = std::count_if(d.stations.begin(), d.stations.end(), [](const StationData& s) {
        return std::isfinite(s.latitude) && std::isfinite(s.longitude);
    });
    return {{"stations", stations},
            {"station_count", d.stations.size()},
            {"stations_with_coordinates", withCoordinates},
            {"variables", variables},
            {"date_only", d.dateOnly},
            {"utc_offset_minutes", d.utcOffsetMinutes},
            {"synthetic", d.synthetic},
            {"resample", r.report.resampleInterval},
            {"bins_too_few", r.report.binsTooFew},
            {"files", files},
            {"skipped_files", r.report.skippedFiles},
            {"sources", sources},
            {"warnings", r.report.warnings},
            {"settings", json::parse(d.importSettingsJson)}};
}

void printText(const ImportResult& r, std::ostream& out)
{
    const json j = reportJson(r);
    out << j["station_count"].get<std::size_t>() << " stations (" << j["stations_with_coordinates"].get<std::size_t>()
        << " with coordinates), " << j["variables"].size() << " variables, " << r.report.files.size() << " files\n";
    for (const auto& f : r.report.files) {
        out << "  " << f.path << ": " << f.rows << " rows, " << f.encoding << ", time format " << f.timeFormat << ", "
            << f.missingCells << " missing, " << f.nonNumericCells << " non-numeric, " << f.rejectedCells
            << " rejected\n";
        for (const auto& w : f.warnings)
            out << "    warning: " << w << "\n";
    }
    out << "\nvariable                         unit      stations      valid    missing   rejected  first .. last\n";
    for (const auto& v : j["variables"]) {
        out << std::left << std::setw(32) << v["name"].get<std::string>() << " " << std::setw(9)
            << v["unit"].get<std::string>() << std::right << std::setw(9) << v["stations"].get<std::size_t>()
            << std::setw(11) << v["valid"].get<std::size_t>() << std::setw(11) << v["missing"].get<std::size_t>()
            << std::setw(11) << v["rejected"].get<std::size_t>() << "  " << v["first"].get<std::string>() << " .. "
            << v["last"].get<std::string>() << "\n";
    }
    for (const auto& w : r.report.warnings)
        out << "warning: " << w << "\n";
}

}  // namespace

int runInspect(const std::vector<std::string>& args)
{
    std::vector<std::string> paths;
    ImportSettings settings;
    bool asJson = false;
    std::string current;
    std::vector<std::string> values;
    std::string error;
    const auto flush = [&]() -> bool {
        if (current.empty())
            return true;
        if (current == "data") {
            paths.insert(paths.end(), values.begin(), values.end());
        } else if (current == "json") {
            asJson = true;
        } else if (isImportFlag(current)) {
            if (!applyImportFlag(current, values, settings, error))
                return false;
        } else {
            error = "unknown flag --" + current + " (see marinecast-cli inspect --help)";
            return false;
        }
        return true;
    };
    for (const auto& arg : args) {
        if (arg == "--help" || arg == "-h") {
            std::cout << "Usage: marinecast-cli inspect --data PATH... [import options] [--json]\n\n"
                      << importFlagsHelp();
            return kExitOk;
        }
        if (arg.rfind("--", 0) == 0) {
            if (!flush())
                break;
            const auto eq = arg.find('=');
            current = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            values.clear();
            if (eq != std::string::npos)
                values.push_back(arg.substr(eq + 1));
        } else if (current.empty()) {
            error = "unexpected argument '" + arg + "' (flags start with --)";
            break;
        } else {
            values.push_back(arg);
        }
    }
    if (error.empty())
        flush();
    if (error.empty() && paths.empty())
        error = "--data is required";
    if (!error.empty()) {
        std::cerr << "marinecast-cli: error: " << error << "\n";
        return kExitUsage;
    }
    for (auto& p : paths)
        p = absolutePath(p);
    ImportOptions options;
    options.settings = settings;
    const ImportResult result = importCsv(paths, options);
    if (!result.ok()) {
        std::cerr << "marinecast-cli: data error: " << describe(result.error) << "\n";
        return kExitData;
    }
    if (asJson)
        std::cout << reportJson(result).dump(2) << "\n";
    else
        printText(result, std::cout);
    return kExitOk;
}

}  // namespace mc::cli
