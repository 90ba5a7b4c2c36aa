// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File-system and merging steps of the CSV import, apart from the parsing itself.

#include "csv_import.h"

#include <string>
#include <vector>

namespace mc::csv {

/// True for the extensions the import reads from a folder (.csv, .txt, .tsv, .dat, any case).
[[nodiscard]] bool isDataFileName(const std::string& path);

/// Expands folders into their data files in name order (non-data entries go to @p skipped) and
/// checks that every path exists. A file reached twice is listed once. On failure sets @p error
/// (FileNotFound or NoDataFiles) and returns false.
bool collectDataFiles(const std::vector<std::string>& paths, std::vector<std::string>& files,
                      std::vector<std::string>& skipped, ImportError& error);

/// Reads a whole file as bytes; false when it cannot be opened or read.
bool readWholeFile(const std::string& path, std::string& contents);

/// Joins @p part into the station of the same id in @p dataset (or appends it) on the union of
/// both time axes. Both time axes must be sorted and duplicate-free. Where both have a value for
/// the same variable and time, @p part wins, but its missing values never erase existing ones.
void mergeStation(Dataset& dataset, StationData part);

}  // namespace mc::csv
