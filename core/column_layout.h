// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which source column is what: time, date and time of day, station, values with their flag
// columns and range checks, or ignored. Decided once per file from the header and the settings.

#include "csv_import.h"
#include "import_settings.h"

#include <cstddef>
#include <string>
#include <vector>

namespace mc::csv {

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

/// A column that may hold values of a variable.
struct ValueColumn {
    std::size_t index = 0;          ///< 0-based field index
    std::string name;               ///< trimmed header text
    std::size_t flagIndex = kNoColumn;  ///< paired quality-flag column (`F_<name>`), if any
    std::string canonical;          ///< catalogue id, empty when unknown
    std::string unit;               ///< from the settings or the catalogue, empty when unknown
    bool rangeCheck = false;
    double minValue = 0.0;
    double maxValue = 0.0;
};

struct ColumnPlan {
    std::size_t time = kNoColumn;       ///< date or date-time
    std::size_t timeOfDay = kNoColumn;  ///< separate `H:MM[:SS]` column, if any
    std::size_t station = kNoColumn;
    std::vector<ValueColumn> values;
    std::vector<std::string> ignored;   ///< names of columns left out on purpose (metadata, flags)
};

/// Plans the columns of @p header (trimmed names). Returns false with @p error (NoTimeColumn,
/// with @p headerLine) when no time column can be found.
bool planColumns(const std::vector<std::string>& header, const ImportSettings& settings, std::size_t headerLine,
                 ColumnPlan& plan, ImportError& error);

/// The integer code of a flag cell: `<0>`, `<-3> [SSM]`, `<1> (CSM)` or a plain integer; nullopt
/// for an empty cell (no flag) or text without a code.
[[nodiscard]] bool parseFlagCode(std::string_view cell, int& code);

}  // namespace mc::csv
