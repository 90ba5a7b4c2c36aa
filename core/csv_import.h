// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "import_settings.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace mc {

/// Why an import failed. Expected failures are values, never exceptions.
enum class ImportErrorCode {
    None,
    FileNotFound,      ///< a path does not exist or cannot be opened
    NoDataFiles,       ///< a folder held no readable data file
    EmptyFile,         ///< no header row
    NoTimeColumn,      ///< no column named like a time (date, time, datetime, timestamp …)
    BadTime,           ///< a time cell that is not an ISO date or date-time (line and column set)
    RaggedRow,         ///< a row with more fields than the header (line set)
    UnterminatedQuote, ///< a quoted field runs to the end of the file (line set)
    NoStation,         ///< wide layout and no station could be derived
    BinaryFile,        ///< NUL bytes: a spreadsheet, an archive or UTF-16 text (line and column set)
    BadEncoding,       ///< bytes not valid in the chosen encoding
    WrongDelimiter,    ///< the chosen delimiter splits the header into one column while another would not
    FileChanged,       ///< the file grew, shrank or was replaced while it was read
    ReadError,         ///< the operating system reported a read error
    Cancelled,         ///< the user cancelled the import
    BadSettings,       ///< import settings that cannot be applied (detail says which)
    StationTable,      ///< the station table could not be read (detail says why)
    NetCdfError,       ///< libnetcdf refused the file or a variable (corrupt, truncated, not NetCDF)
    NoTimeDimension,   ///< a NetCDF file without a time coordinate (`units` "<unit> since <date>")
    BadTimeUnits,      ///< time units that are not "days|hours|minutes|seconds since <date>"
    UnsupportedCalendar, ///< a CF calendar other than standard, gregorian or proleptic_gregorian
    NoVariables,       ///< a NetCDF file with no numeric variable over its time dimension
    UnknownVariable,   ///< a requested NetCDF variable is absent or not laid out over time/station/grid
};

/// A failure with enough context for a message that names file, line and column.
struct ImportError {
    ImportErrorCode code = ImportErrorCode::None;
    std::string file;
    std::size_t line = 0;     ///< 1-based line in the file, 0 when not about a line
    std::size_t column = 0;   ///< 1-based column (field index), 0 when not about a column
    std::string columnName;   ///< header of that column when known
    std::string detail;       ///< English, for logs and the CLI
};

/// What happened to the cells of one value column of one file.
struct VariableImportStats {
    std::string name;       ///< variable name (the trimmed source header)
    std::string canonical;  ///< catalogue id, empty when unknown
    std::string unit;
    std::size_t valid = 0;         ///< accepted numbers
    std::size_t missing = 0;       ///< empty or missing-marker cells
    std::size_t nonNumeric = 0;    ///< text cells; they become missing
    std::size_t rejectedRange = 0; ///< numbers outside the physical range
    std::map<int, std::size_t> rejectedByFlag;  ///< numbers whose flag code was not accepted, per code
    std::vector<std::size_t> firstRejectedLines;  ///< up to kReportLines lines of rejected values
    std::vector<std::size_t> firstNonNumericLines;
    [[nodiscard]] std::size_t rejectedFlag() const;
};

constexpr std::size_t kReportLines = 5;

/// Per-file counts, so the user sees what was read and what was dropped.
struct ImportFileReport {
    std::string path;
    std::size_t rows = 0;               ///< data rows read
    std::size_t missingCells = 0;       ///< empty or NA-like value cells
    std::size_t nonNumericCells = 0;    ///< value cells that were text; they become missing
    std::size_t rejectedCells = 0;      ///< values rejected by flag or range
    std::size_t duplicateTimes = 0;     ///< rows whose (station, time) was already seen; last one wins
    std::size_t skippedRows = 0;        ///< rows left out (a truncated last line); see warnings
    bool unsorted = false;              ///< rows were not in time order (they are sorted)
    char delimiter = ',';
    char decimalSeparator = '.';
    std::string encoding;               ///< as resolved: utf-8, gb18030, latin1
    std::string timeFormat;             ///< as resolved: iso, mdy …
    std::size_t headerLine = 0;
    std::uint64_t bytes = 0;
    std::vector<VariableImportStats> variables;
    std::vector<std::string> ignoredColumns;  ///< metadata and flag columns left out on purpose
    std::vector<std::string> warnings;        ///< English, each naming file and line
};

/// One station's series of one variable after import (and resampling), for the report and `inspect`.
struct SeriesSummary {
    std::string station;
    std::string variable;
    std::size_t valid = 0;
    std::size_t missing = 0;   ///< missing time steps within the station's time axis
    std::size_t rejected = 0;  ///< by flag or range
    std::size_t filled = 0;    ///< gap-filled points
    std::size_t gaps = 0;      ///< runs of missing values between the first and last valid one
    std::size_t longestGap = 0;
    TimePoint first = 0;       ///< first and last time with a valid value (0 when none)
    TimePoint last = 0;
};

struct ImportReport {
    std::vector<ImportFileReport> files;
    std::vector<std::string> skippedFiles;  ///< paths skipped as not data (.docx, .zip …)
    std::vector<SeriesSummary> series;
    std::vector<std::string> warnings;      ///< dataset-level notes (stations without coordinates …)
    std::string resampleInterval;           ///< "none", "daily" …
    std::size_t binsTooFew = 0;             ///< resampling bins left missing for too few readings
};

/// Where an import stands, for a progress bar.
struct ImportProgress {
    std::string file;
    std::size_t fileIndex = 0;
    std::size_t fileCount = 0;
    std::uint64_t bytesRead = 0;
    std::uint64_t bytesTotal = 0;  ///< 0 when unknown (a pipe)
};

struct ImportOptions {
    ImportSettings settings;
    /// Stop each text file after this many data rows (0 = read everything); a file read in part
    /// gets no SHA-256. For previews.
    std::size_t rowLimit = 0;
    /// Threads that parse a text file's blocks and then sort its stations and sum up its series
    /// (0 = one per core, at most 4). A file of one block is parsed on the calling thread. The
    /// result (values, warnings, errors with their line and column) is the same for any number.
    std::size_t threads = 0;
    /// Called after each block; return false to cancel (the import then fails with Cancelled).
    std::function<bool(const ImportProgress&)> progress;
};

struct ImportResult {
    Dataset dataset;
    ImportReport report;
    ImportError error;  ///< code None on success
    [[nodiscard]] bool ok() const { return error.code == ImportErrorCode::None; }
};

/// Reads monitoring data files in long layout (a station column, one row per time and station) or
/// wide layout (one file per station; the station is the file's base name up to the first '_' or
/// '.', e.g. `gtmpiwq_daily.csv` → `gtmpiwq`). Each path may be a file, a pipe or a folder (its
/// regular files are read in name order, non-data extensions skipped). Text files are streamed in
/// blocks; encoding, delimiter, decimal separator, header line and time format are detected unless
/// the settings fix them. Numeric columns become variables, with paired flag columns (`F_X`) and
/// physical range checks deciding which values are accepted; rejected values are NaN and kept in
/// StationData::rejected. Stations from several files are merged on time, joined with the station
/// table and aliases, then resampled as the settings say. NetCDF files go to importNetCdf. On any
/// error nothing is returned but the error and the report of the files read so far.
[[nodiscard]] ImportResult importCsv(const std::vector<std::string>& paths, const ImportOptions& options = {});

/// A text file's header and first rows as the importer splits them, whether or not they import.
struct TextPreview {
    std::vector<std::string> header;             ///< trimmed header fields
    std::vector<std::vector<std::string>> rows;  ///< trimmed fields of the first rows
    char delimiter = ',';
    std::size_t headerLine = 0;                  ///< 1-based physical line
    TextEncoding encoding = TextEncoding::Utf8;  ///< as resolved
    ImportError error;                           ///< code None when the header was found
};

/// The header and the first @p rows rows of a text file, split with the settings' (or the
/// detected) encoding, header line and delimiter.
[[nodiscard]] TextPreview previewText(const std::string& path, const ImportSettings& settings, std::size_t rows);

/// English one-line message naming file, line and column, for logs and the CLI.
[[nodiscard]] std::string describe(const ImportError& error);

}  // namespace mc
