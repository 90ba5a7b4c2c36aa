// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_import.h"

#include "csv_reader.h"
#include "csv_text.h"
#include "import_support.h"
#include "sha256.h"
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

namespace fs = std::filesystem;
using csv::CellKind;
using csv::CellParser;
using csv::equalsNoCase;
using csv::Preamble;
using csv::trim;

constexpr std::array<std::string_view, 6> kTimeColumnNames = {"date",      "time",         "datetime",
                                                              "date_time", "timestamp", "datetimestamp"};
// `stationcode` is what raw CDMO exports call it.
constexpr std::array<std::string_view, 4> kStationColumnNames = {"station", "station_id", "site", "stationcode"};
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxQuotedCell = 60;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One value column of one file, before it is known whether it holds numbers at all.
struct ColumnData {
    std::string name;
    std::size_t headerIndex = 0;
    std::vector<double> values;
    std::size_t numbers = 0;
    std::size_t missing = 0;
    std::size_t text = 0;
};

// Rows of one file in file order; split by station only once the whole file is read.
struct FileTable {
    std::vector<std::string> stations;
    std::vector<std::uint32_t> rowStation;
    std::vector<TimePoint> rowTime;
    std::vector<ColumnData> columns;
};

ImportError makeError(ImportErrorCode code, const std::string& file, std::string detail, std::size_t line = 0)
{
    ImportError e;
    e.code = code;
    e.file = file;
    e.line = line;
    e.detail = std::move(detail);
    return e;
}

std::string quoteCell(std::string_view cell)
{
    if (cell.size() > kMaxQuotedCell)
        return "'" + std::string(cell.substr(0, kMaxQuotedCell)) + "…'";
    return "'" + std::string(cell) + "'";
}

// Base name up to the first '_' or '.': `gtmpiwq_daily.csv` → `gtmpiwq`.
std::string stationFromFileName(const std::string& path)
{
    const std::string name = fs::path(path).filename().string();
    return name.substr(0, name.find_first_of("_."));
}

template <std::size_t N>
long findColumn(const std::vector<std::string>& header, const std::array<std::string_view, N>& names)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        for (auto name : names)
            if (equalsNoCase(header[i], name))
                return static_cast<long>(i);
    return -1;
}

// Sorts one station's rows by time; equal times keep file order, so the last one is kept.
std::vector<std::size_t> orderRows(std::vector<std::size_t> rows, const std::vector<TimePoint>& times,
                                   std::size_t& duplicates)
{
    const auto earlier = [&](std::size_t a, std::size_t b) { return times[a] < times[b]; };
    if (!std::is_sorted(rows.begin(), rows.end(), earlier))
        std::stable_sort(rows.begin(), rows.end(), earlier);
    std::vector<std::size_t> kept;
    kept.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i + 1 < rows.size() && times[rows[i + 1]] == times[rows[i]]) {
            ++duplicates;
            continue;
        }
        kept.push_back(rows[i]);
    }
    return kept;
}

class FileImporter {
public:
    FileImporter(const std::string& path, const ImportOptions& options, ImportResult& result)
        : m_path(path), m_options(options), m_result(result)
    {
    }

    bool run();

private:
    bool fail(ImportErrorCode code, std::size_t line, std::size_t column, std::string detail)
    {
        m_result.error = makeError(code, m_path, std::move(detail), line);
        m_result.error.column = column;
        if (column > 0 && column <= m_header.size())
            m_result.error.columnName = m_header[column - 1];
        return false;
    }
    bool readRows(CsvReader& reader, long timeColumn, long stationColumn, const std::string& defaultStation);
    void addToDataset();

    const std::string& m_path;
    const ImportOptions& m_options;
    ImportResult& m_result;
    ImportFileReport m_report;
    std::vector<std::string> m_header;
    FileTable m_table;
    Preamble m_preamble;
};

bool FileImporter::run()
{
    std::string contents;
    if (!csv::readWholeFile(m_path, contents))
        return fail(ImportErrorCode::FileNotFound, 0, 0, "cannot read file");
    m_report.path = m_path;
    m_result.dataset.sources.push_back({m_path, sha256Hex(contents)});

    std::string_view text = contents;
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        text.remove_prefix(kUtf8Bom.size());
    std::size_t line = 1;
    text = csv::skipPreamble(text, line, m_preamble);
    Dataset& dataset = m_result.dataset;
    dataset.synthetic = dataset.synthetic || m_preamble.synthetic;
    for (const auto& [name, unit] : m_preamble.units)
        dataset.units[name] = unit;
    if (text.empty())
        return fail(ImportErrorCode::EmptyFile, 0, 0, "file has no header row");

    m_report.delimiter = CsvReader::detectDelimiter(text);
    CsvReader reader(text, m_report.delimiter, line);
    std::vector<std::string_view> fields;
    if (!reader.readRow(fields))
        return fail(ImportErrorCode::UnterminatedQuote, reader.rowLine(), reader.errorField(),
                    "quoted field is never closed");
    const std::size_t headerLine = reader.rowLine();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string_view name = trim(fields[i]);
        m_header.emplace_back(name.empty() ? "column" + std::to_string(i + 1) : std::string(name));
    }

    const long timeColumn = findColumn(m_header, kTimeColumnNames);
    if (timeColumn < 0)
        return fail(ImportErrorCode::NoTimeColumn, headerLine, 0,
                    "no time column (expected one named date, time, datetime, date_time, timestamp or "
                    "datetimestamp)");
    const long stationColumn = findColumn(m_header, kStationColumnNames);
    const std::string defaultStation = stationFromFileName(m_path);
    if (stationColumn < 0 && defaultStation.empty())
        return fail(ImportErrorCode::NoStation, headerLine, 0,
                    "no station column and the file name gives no station");

    if (!readRows(reader, timeColumn, stationColumn, defaultStation))
        return false;
    addToDataset();
    m_result.report.files.push_back(m_report);
    return true;
}

bool FileImporter::readRows(CsvReader& reader, long timeColumn, long stationColumn,
                            const std::string& defaultStation)
{
    const auto timeIndex = static_cast<std::size_t>(timeColumn);
    const std::size_t stationIndex = stationColumn < 0 ? m_header.size() : static_cast<std::size_t>(stationColumn);
    for (std::size_t i = 0; i < m_header.size(); ++i) {
        if (i != timeIndex && i != stationIndex) {
            m_table.columns.emplace_back();
            m_table.columns.back().name = m_header[i];
            m_table.columns.back().headerIndex = i;
        }
    }
    const CellParser cells(m_options, m_report.delimiter);
    std::unordered_map<std::string, std::uint32_t> stationIndexById;
    std::vector<std::string_view> fields;
    while (reader.readRow(fields)) {
        if (std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trim(f).empty(); }))
            continue;  // blank lines, and the all-delimiter rows spreadsheets leave at the end
        const std::size_t line = reader.rowLine();
        if (fields.size() > m_header.size())
            return fail(ImportErrorCode::RaggedRow, line, m_header.size() + 1,
                        "row has " + std::to_string(fields.size()) + " fields but the header has "
                            + std::to_string(m_header.size()));
        const std::string_view timeCell = timeIndex < fields.size() ? trim(fields[timeIndex]) : std::string_view{};
        const auto time = parseIsoTime(timeCell);
        if (!time)
            return fail(ImportErrorCode::BadTime, line, timeIndex + 1,
                        "not an ISO date or date-time: " + quoteCell(timeCell));

        std::string_view station = defaultStation;
        if (stationIndex < fields.size() && !trim(fields[stationIndex]).empty())
            station = trim(fields[stationIndex]);
        if (station.empty())
            return fail(ImportErrorCode::NoStation, line, stationIndex + 1, "empty station and no file-name station");
        // Rows of one station usually come in runs, so the last id is checked before the map.
        if (m_table.stations.empty() || m_table.stations[m_table.rowStation.back()] != station) {
            const auto [it, inserted] =
                stationIndexById.try_emplace(std::string(station), static_cast<std::uint32_t>(m_table.stations.size()));
            if (inserted)
                m_table.stations.emplace_back(station);
            m_table.rowStation.push_back(it->second);
        } else {
            m_table.rowStation.push_back(m_table.rowStation.back());
        }
        m_table.rowTime.push_back(*time);

        for (auto& column : m_table.columns) {
            const std::string_view cell =
                column.headerIndex < fields.size() ? fields[column.headerIndex] : std::string_view{};
            double value = kNaN;
            switch (cells.parse(cell, value)) {
            case CellKind::Number:
                ++column.numbers;
                break;
            case CellKind::Missing:
                ++column.missing;
                break;
            case CellKind::Text:
                ++column.text;
                break;
            }
            column.values.push_back(value);
        }
        ++m_report.rows;
    }
    if (reader.failed())
        return fail(ImportErrorCode::UnterminatedQuote, reader.rowLine(), reader.errorField(),
                    "quoted field is never closed");
    return true;
}

void FileImporter::addToDataset()
{
    // Only columns with at least one number are variables; their text cells count as non-numeric.
    std::vector<const ColumnData*> variables;
    std::vector<std::string> names;
    std::set<std::string> used;
    for (const auto& column : m_table.columns) {
        if (column.numbers == 0)
            continue;
        m_report.missingCells += column.missing;
        m_report.nonNumericCells += column.text;
        // A repeated header must not silently replace the earlier column.
        std::string name = column.name;
        for (int k = 2; !used.insert(name).second; ++k)
            name = column.name + "_" + std::to_string(k);
        variables.push_back(&column);
        names.push_back(std::move(name));
    }
    std::vector<std::vector<std::size_t>> rowsByStation(m_table.stations.size());
    for (std::size_t row = 0; row < m_table.rowStation.size(); ++row)
        rowsByStation[m_table.rowStation[row]].push_back(row);
    for (std::size_t s = 0; s < m_table.stations.size(); ++s) {
        const auto rows = orderRows(std::move(rowsByStation[s]), m_table.rowTime, m_report.duplicateTimes);
        StationData part;
        part.id = m_table.stations[s];
        part.times.reserve(rows.size());
        for (std::size_t row : rows)
            part.times.push_back(m_table.rowTime[row]);
        for (std::size_t v = 0; v < variables.size(); ++v) {
            auto& values = part.variables[names[v]];
            values.reserve(rows.size());
            for (std::size_t row : rows)
                values.push_back(variables[v]->values[row]);
        }
        const auto where = m_preamble.coordinates.find(part.id);
        if (where != m_preamble.coordinates.end()) {
            part.latitude = where->second.first;
            part.longitude = where->second.second;
        }
        csv::mergeStation(m_result.dataset, std::move(part));
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
    for (const auto& file : files) {
        FileImporter importer(file, options, result);
        if (!importer.run()) {
            // Half a dataset must not look usable; the report still shows the files read so far.
            result.dataset = Dataset{};
            return result;
        }
    }
    const auto midnight = [](TimePoint t) { return t % kSecondsPerDay == 0; };
    result.dataset.dateOnly = std::all_of(result.dataset.stations.begin(), result.dataset.stations.end(),
                                          [&](const StationData& s) {
                                              return std::all_of(s.times.begin(), s.times.end(), midnight);
                                          });
    return result;
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
