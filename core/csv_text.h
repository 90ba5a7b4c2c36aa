// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text-level helpers of the CSV import, kept apart so they can be tested and fuzzed alone.

#include "csv_import.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mc::csv {

/// @p s without leading and trailing spaces, tabs and carriage returns.
[[nodiscard]] std::string_view trim(std::string_view s);
/// ASCII case-insensitive comparison.
[[nodiscard]] bool equalsNoCase(std::string_view a, std::string_view b);
/// ASCII lower case.
[[nodiscard]] std::string toLower(std::string_view s);

/// What a value cell turned out to hold.
enum class CellKind { Number, Missing, Text };

/// Classifies value cells: numbers (full-width std::from_chars, scientific notation included),
/// missing markers (empty, NA, N/A, NaN and the caller's extras, case-insensitive), or text.
class CellParser {
public:
    /// @p missingMarkers are compared case-insensitively after trimming; empty cells are always
    /// missing. With @p decimalComma, `12,5` reads as 12.5, as European exports write it.
    CellParser(const std::vector<std::string>& missingMarkers, bool decimalComma);
    /// Sets @p value for a Number; leaves it untouched otherwise.
    CellKind parse(std::string_view cell, double& value) const;

private:
    std::vector<std::string> m_textMissing;   // markers that are not numbers (NA, n.d. …)
    std::vector<double> m_numericMissing;     // sentinels such as -999, compared as numbers
    bool m_decimalComma = false;
};

/// Parses a whole decimal number (`-12.5`, `3e-4`, `+7`); false for anything else. Short decimals
/// take an exact fast path (mantissa below 2^53, power of ten up to 22), others std::from_chars:
/// the result is the correctly rounded double either way.
[[nodiscard]] bool parseNumber(std::string_view s, double& out);

/// Metadata from the `#` comment lines before the header (the sample-data generator writes them).
struct Preamble {
    /// A comment containing `synthetic` (any case; not `synthetic=0`, `=false` or `=no`).
    bool synthetic = false;
    /// From `# units: a=°C;b=PSU`.
    std::map<std::string, std::string> units;
    /// Latitude and longitude from `# stations: id=lat,lon;id2=lat,lon`.
    std::map<std::string, std::pair<double, double>> coordinates;
};

/// Skips blank lines and `#` comment lines before the header, advancing @p line past them and
/// collecting their metadata into @p preamble. Returns the text from the header on.
[[nodiscard]] std::string_view skipPreamble(std::string_view text, std::size_t& line, Preamble& preamble);

}  // namespace mc::csv
