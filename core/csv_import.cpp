// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_import.h"

#include "file_importer.h"
#include "import_support.h"
#include "netcdf_import.h"
#include "parallel_for.h"
#include "resample.h"
#include "station_table.h"
#include "time_format.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>

namespace mc {
namespace {

// Summaries per station and variable: valid, missing and rejected counts, gaps, first and last.
void summariseOne(const StationData& station, const std::string& name, const std::vector<double>& values,
                  SeriesSummary& s)
{
    s.station = station.id;
    s.variable = name;
    const auto rejected = station.rejected.find(name);
    s.rejected = rejected == station.rejected.end() ? 0 : rejected->second.size();
    std::size_t run = 0;
    const auto origins = station.origins.find(name);
    const std::uint8_t* origin = origins == station.origins.end() || origins->second.size() != values.size()
        ? nullptr
        : origins->second.data();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) {
            ++s.missing;
            ++run;
            continue;
        }
        if (s.valid > 0 && run > 0) {
            ++s.gaps;
            s.longestGap = std::max(s.longestGap, run);
        }
        run = 0;
        ++s.valid;
        if (origin && origin[i] == std::uint8_t(PointOrigin::Filled))
            ++s.filled;
        if (s.valid == 1)
            s.first = station.times[i];
        s.last = station.times[i];
    }
}

// Summaries per station and variable (on @p threads threads, each series in its own slot):
// valid, missing and rejected counts, gaps, first and last.
void summarise(ImportResult& result, std::size_t threads)
{
    std::vector<std::pair<const StationData*, const std::pair<const std::string, std::vector<double>>*>> series;
    for (const auto& station : result.dataset.stations)
        for (const auto& entry : station.variables)
            series.emplace_back(&station, &entry);
    const std::size_t first = result.report.series.size();
    result.report.series.resize(first + series.size());
    csv::parallelFor(series.size(), threads, [&](std::size_t i) {
        summariseOne(*series[i].first, series[i].second->first, series[i].second->second, result.report.series[first + i]);
    });
}

// @p found: a station table met among the data files (already read), used when the settings
// name none.
bool joinStations(ImportResult& result, const ImportSettings& settings, const StationTableResult& found)
{
    const bool named = !settings.stationsFile.empty();
    if (!named && found.file.empty())
        return true;
    const std::string& path = named ? settings.stationsFile : found.file;
    const StationTableResult table = named ? readStationTable(path) : found;
    if (!table.ok()) {
        result.error.code = ImportErrorCode::StationTable;
        result.error.file = table.file.empty() ? path : table.file;
        result.error.line = table.line;
        result.error.column = table.column;
        result.error.detail = "station table: " + table.detail;
        return false;
    }
    for (const auto& warning : table.warnings)
        result.report.warnings.push_back(warning);
    const auto unmatched = joinStationTable(result.dataset, table.stations, settings.stationAliases);
    for (const auto& id : unmatched)
        result.report.warnings.push_back("station " + id + " is not in the station table " + path
                                         + "; it has no coordinates");
    return true;
}

// A NetCDF file's stations, sources, units and grid join what the other files gave.
bool importNetCdfInto(const std::string& path, const ImportSettings& settings, ImportResult& result)
{
    ImportResult part = importNetCdf(path, settings);
    if (!part.ok()) {
        result.error = part.error;
        return false;
    }
    Dataset& dataset = result.dataset;
    for (auto& station : part.dataset.stations) {
        const auto alias = settings.stationAliases.find(station.id);
        if (alias != settings.stationAliases.end())
            station.id = alias->second;
        csv::mergeStation(dataset, std::move(station));
    }
    dataset.sources.insert(dataset.sources.end(), part.dataset.sources.begin(), part.dataset.sources.end());
    for (const auto& [name, unit] : part.dataset.units)
        dataset.units.emplace(name, unit);
    for (const auto& [name, id] : part.dataset.canonical)
        dataset.canonical.emplace(name, id);
    if (dataset.grid.empty())
        dataset.grid = std::move(part.dataset.grid);
    for (auto& file : part.report.files)
        result.report.files.push_back(std::move(file));
    return true;
}

void resample(ImportResult& result, const ResampleSettings& settings)
{
    result.report.resampleInterval = toString(settings.interval);
    if (settings.interval == ResampleInterval::None && settings.fillGapSteps == 0)
        return;
    for (auto& station : result.dataset.stations) {
        const ResampleReport report = resampleStation(station, settings);
        for (const auto& v : report.variables)
            result.report.binsTooFew += v.binsTooFew;
    }
}

std::string defaultDetail(ImportErrorCode code)
{
    switch (code) {
    case ImportErrorCode::None:
        return "no error";
    case ImportErrorCode::FileNotFound:
        return "no such file or folder";
    case ImportErrorCode::NoDataFiles:
        return "no data files";
    case ImportErrorCode::EmptyFile:
        return "file has no header row";
    case ImportErrorCode::NoTimeColumn:
        return "no time column";
    case ImportErrorCode::BadTime:
        return "not an ISO date or date-time";
    case ImportErrorCode::RaggedRow:
        return "row has more fields than the header";
    case ImportErrorCode::UnterminatedQuote:
        return "quoted field is never closed";
    case ImportErrorCode::NoStation:
        return "no station";
    case ImportErrorCode::BinaryFile:
        return "not a text file";
    case ImportErrorCode::BadEncoding:
        return "bytes not valid in the chosen encoding";
    case ImportErrorCode::WrongDelimiter:
        return "wrong delimiter";
    case ImportErrorCode::FileChanged:
        return "the file changed while it was being read";
    case ImportErrorCode::ReadError:
        return "read error";
    case ImportErrorCode::Cancelled:
        return "import cancelled";
    case ImportErrorCode::BadSettings:
        return "import settings cannot be applied";
    case ImportErrorCode::StationTable:
        return "station table cannot be read";
    case ImportErrorCode::NetCdfError:
        return "NetCDF library error";
    case ImportErrorCode::NoTimeDimension:
        return "no time dimension";
    case ImportErrorCode::BadTimeUnits:
        return "time units not understood";
    case ImportErrorCode::UnsupportedCalendar:
        return "calendar not supported";
    case ImportErrorCode::NoVariables:
        return "no data variable over time";
    case ImportErrorCode::UnknownVariable:
        return "no such variable";
    }
    return "unknown error";
}

}  // namespace

ImportResult importCsv(const std::vector<std::string>& paths, const ImportOptions& options)
{
    ImportResult result;
    std::vector<std::string> files;
    if (!csv::collectDataFiles(paths, files, result.report.skippedFiles, result.error))
        return result;
    StationTableResult foundTable;
    for (std::size_t i = 0; i < files.size(); ++i) {
        bool ok = isNetCdfFile(files[i]) ? importNetCdfInto(files[i], options.settings, result)
                                         : csv::importTextFile(files[i], options, i, files.size(), result);
        // A station table among the data files (NERRS downloads include sampling_stations.csv):
        // no time column, but codes and coordinates. It is joined instead of failing the import.
        if (!ok && result.error.code == ImportErrorCode::NoTimeColumn) {
            StationTableResult table = readStationTable(files[i]);
            if (table.ok()) {
                const bool used = options.settings.stationsFile.empty() && foundTable.file.empty();
                result.report.warnings.push_back(files[i] + ": a station table, not data; "
                                                 + (used ? "its coordinates are joined" : "left out"));
                if (used)
                    foundTable = std::move(table);
                result.report.skippedFiles.push_back(files[i]);
                result.error = ImportError{};
                ok = true;
            }
        }
        if (!ok) {
            // Half a dataset must not look usable; the report still shows the files read so far.
            result.dataset = Dataset{};
            return result;
        }
    }
    Dataset& dataset = result.dataset;
    dataset.utcOffsetMinutes = options.settings.utcOffsetMinutes;
    if (!joinStations(result, options.settings, foundTable)) {
        result.dataset = Dataset{};
        return result;
    }
    resample(result, options.settings.resample);
    const auto midnight = [](TimePoint t) { return t % kSecondsPerDay == 0; };
    dataset.dateOnly = std::all_of(dataset.stations.begin(), dataset.stations.end(), [&](const StationData& s) {
        return std::all_of(s.times.begin(), s.times.end(), midnight);
    });
    dataset.importSettingsJson = importSettingsToJson(options.settings);
    summarise(result, csv::importThreads(options.threads));
    return result;
}

TextPreview previewText(const std::string& path, const ImportSettings& settings, std::size_t rows)
{
    return csv::previewTextFile(path, settings, rows);
}

std::size_t VariableImportStats::rejectedFlag() const
{
    std::size_t n = 0;
    for (const auto& [code, count] : rejectedByFlag)
        n += count;
    return n;
}

std::string describe(const ImportError& error)
{
    if (error.code == ImportErrorCode::None)
        return "no error";
    std::string out = error.file;
    if (error.line > 0)
        out += ":" + std::to_string(error.line);
    if (!out.empty())
        out += ": ";
    if (error.column > 0) {
        out += "column " + std::to_string(error.column);
        if (!error.columnName.empty())
            out += " (" + error.columnName + ")";
        out += ": ";
    }
    out += error.detail.empty() ? defaultDetail(error.code) : error.detail;
    return out;
}

}  // namespace mc
