// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads one delimited text file into stations, applying the import settings row by row.

#include "csv_import.h"

#include <cstddef>
#include <string>

namespace mc::csv {

/// Imports @p path into @p result (dataset, sources and report). @p fileIndex / @p fileCount are
/// for progress. Returns false with result.error set; the dataset may then hold part of the file.
bool importTextFile(const std::string& path, const ImportOptions& options, std::size_t fileIndex,
                    std::size_t fileCount, ImportResult& result);

}  // namespace mc::csv
