// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The row loop of the text import, on one block of whole records at a time. A block is parsed
// without knowing what came before it (stations are numbered within the block, lines count from
// the block's first line), so blocks can be parsed on several threads and then joined in file
// order with exactly the result of one pass over the whole file.

#include "column_layout.h"
#include "csv_import.h"
#include "csv_text.h"
#include "time_parse.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mc::csv {

/// A value read but set aside, with the row it came from (stations are split after the file).
struct RejectedCell {
    std::size_t row = 0;
    double value = 0.0;
    RejectReason reason = RejectReason::Flag;
    int flagCode = 0;
};

/// One value column's cells, in row order.
struct ColumnData {
    ValueColumn plan;
    std::vector<double> values;
    std::vector<RejectedCell> rejected;
    VariableImportStats stats;
    std::size_t numbers = 0;  ///< accepted or rejected numbers: a column without any is not a variable
};

/// What the rows of one block came to. Lines are 1-based within the block; rows and stations
/// are numbered within the block (stations in order of first appearance, as written in the file).
struct BlockRows {
    std::vector<std::string> stations;
    std::vector<std::uint32_t> rowStation;
    std::vector<TimePoint> rowTime;
    std::vector<ColumnData> columns;  ///< same order as ColumnPlan::values
    std::size_t lines = 0;            ///< line breaks in the part of the block that was read
    /// The first error (line within the block, column, detail); code None when the block read.
    ImportErrorCode errorCode = ImportErrorCode::None;
    std::size_t errorLine = 0;
    std::size_t errorColumn = 0;
    std::string errorDetail;
    /// A last line cut short and left out: its line within the block and how many fields it had.
    bool cutShort = false;
    std::size_t cutLine = 0;
    std::size_t cutFields = 0;
};

/// What every block of one file is read with; shared read-only between threads.
struct BlockContext {
    const ColumnPlan* plan = nullptr;
    const CellParser* cells = nullptr;
    const TimeParser* time = nullptr;
    const std::set<int>* acceptedFlags = nullptr;
    std::string_view defaultStation;  ///< from the file name; used where the station cell is empty
    std::size_t headerFields = 0;
    char delimiter = ',';
};

/// Parses @p block (whole records; @p last when it ends the file, so a cut-short final line is
/// left out) into @p out, stopping at the first error or after @p rowLimit rows (0 = all).
void parseBlock(std::string_view block, bool last, const BlockContext& context, std::size_t rowLimit, BlockRows& out);

/// "not an ISO date …": the format in words, for messages.
[[nodiscard]] std::string formatInWords(TimeFormat format);

/// @p cell in quotes, shortened when long, for messages.
[[nodiscard]] std::string quoteCell(std::string_view cell);

}  // namespace mc::csv
