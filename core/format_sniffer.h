// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Guesses the layout of a delimited text file from its first lines, before the real read.

#include <cstddef>
#include <string_view>

namespace mc {

/// What sniffFormat found.
struct FormatGuess {
    char delimiter = ',';
    char decimalSeparator = '.';
    std::size_t headerLine = 1;  ///< 1-based physical line of the header
    bool quoted = false;         ///< some field of the table (header or rows) is quoted
};

/// Sniffs delimiter, decimal separator, header line and quoting from @p utf8Head, the first part of
/// a file already converted to UTF-8; @p firstLine is the physical line number of its first byte.
///
/// The delimiter is the one among ',', ';', '\t' and '|' whose field count (quotes respected) is the
/// same, and more than one, in the most of the first 30 records; on a tie ';', '\t' and '|' win over
/// ',' (a ';' in every line is a delimiter, a ',' may be a decimal comma). Blank lines, `#` comment
/// lines and lines with another field count (titles before the header) are skipped: the header is
/// the first record with the table's field count. One blank field more or less at the end of a
/// line is tolerated (exports that end each line, header too, with a delimiter). The decimal
/// separator is ',' only when the delimiter is not ',' and more number cells read `12,5` than
/// `12.5`. A last line cut by the end of the head is ignored. Without any delimiter the result is
/// ',' with the first non-blank, non-comment line as header.
[[nodiscard]] FormatGuess sniffFormat(std::string_view utf8Head, std::size_t firstLine = 1);

}  // namespace mc
