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

/// The header and first rows of @p path split exactly as the importer splits them (same
/// decoding, preamble, header line and delimiter), also when the rows would not import: the
/// import dialog shows them while the settings are still wrong.
[[nodiscard]] TextPreview previewTextFile(const std::string& path, const ImportSettings& settings, std::size_t rows);

}  // namespace mc::csv
