// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <cstddef>
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

/// Per-file counts, so the user sees what was read and what was dropped.
struct ImportFileReport {
    std::string path;
    std::size_t rows = 0;               ///< data rows read
    std::size_t missingCells = 0;       ///< empty or NA-like value cells
    std::size_t nonNumericCells = 0;    ///< value cells that were text; they become missing
    std::size_t duplicateTimes = 0;     ///< rows whose (station, time) was already seen; last one wins
    char delimiter = ',';
};

struct ImportReport {
    std::vector<ImportFileReport> files;
    std::vector<std::string> skippedFiles;  ///< paths skipped as not data (.docx, .zip …)
};

struct ImportOptions {
    /// Extra strings that mean "missing" besides empty, NA, N/A, NaN (case-insensitive).
    std::vector<std::string> extraMissingMarkers;
};

struct ImportResult {
    Dataset dataset;
    ImportReport report;
    ImportError error;  ///< code None on success
    [[nodiscard]] bool ok() const { return error.code == ImportErrorCode::None; }
};

/// Reads CSV files in long layout (a station column, one row per time and station) or wide layout
/// (one file per station; the station is the file's base name up to the first '_' or '.', e.g.
/// `gtmpiwq_daily.csv` → `gtmpiwq`). Each path may be a file or a folder (its regular files are
/// read in name order, non-data extensions skipped). Delimiter (comma, semicolon, tab) is detected
/// from the header. Numeric columns become variables; text columns other than time and station
/// are ignored. Stations from several files are merged on time.
[[nodiscard]] ImportResult importCsv(const std::vector<std::string>& paths, const ImportOptions& options = {});

/// English one-line message naming file, line and column, for logs and the CLI.
[[nodiscard]] std::string describe(const ImportError& error);

}  // namespace mc
