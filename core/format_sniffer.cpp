// SPDX-License-Identifier: GPL-3.0-or-later
#include "format_sniffer.h"

#include "csv_reader.h"

#include <array>
#include <map>
#include <vector>

namespace mc {
namespace {

constexpr std::size_t kMaxRecords = 30;
// Tie order: a consistent ';', tab or '|' beats ',', which also appears in decimal commas and text.
constexpr std::array<char, 4> kCandidates = {';', '\t', '|', ','};

bool isBlankChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlankChar(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlankChar(s.back()))
        s.remove_suffix(1);
    return s;
}

struct Record {
    std::size_t line = 0;
    std::size_t fields = 0;
    bool lastBlank = false;
    bool quoted = false;
};

struct Layout {
    std::vector<Record> records;  // blank and comment lines left out
    std::size_t width = 0;        // the table's field count (the most frequent one)
    bool trailingBlank = false;   // most table rows end with a blank field
    std::size_t score = 0;        // records that fit the table

    [[nodiscard]] bool fits(const Record& r) const
    {
        return r.fields == width || (r.fields == width + 1 && r.lastBlank) || (r.fields + 1 == width && trailingBlank);
    }
};

bool skippable(const std::vector<std::string_view>& fields)
{
    const std::string_view first = trimmed(fields.front());
    if (!first.empty() && first.front() == '#')
        return true;
    for (const std::string_view f : fields)
        if (!trimmed(f).empty())
            return false;
    return true;
}

Layout readLayout(std::string_view text, char delimiter, std::size_t firstLine)
{
    Layout layout;
    CsvReader reader(text, delimiter, firstLine);
    std::vector<std::string_view> fields;
    while (layout.records.size() < kMaxRecords && reader.readRow(fields)) {
        if (skippable(fields))
            continue;
        layout.records.push_back(
            {reader.rowLine(), fields.size(), trimmed(fields.back()).empty(), reader.rowHadQuotes()});
    }
    std::map<std::size_t, std::size_t> counts;
    for (const Record& r : layout.records)
        ++counts[r.fields];
    std::size_t best = 0;
    for (const auto& [width, count] : counts)
        if (count >= best) {  // ties go to the wider table
            best = count;
            layout.width = width;
        }
    std::size_t blankEnds = 0;
    for (const Record& r : layout.records)
        if (r.fields == layout.width && r.lastBlank)
            ++blankEnds;
    layout.trailingBlank = layout.width > 1 && 2 * blankEnds > best;
    if (layout.width > 1)
        for (const Record& r : layout.records)
            if (layout.fits(r))
                ++layout.score;
    return layout;
}

// `-12,5` style (no '.') versus `-12.5` style (no ',') number cells.
enum class NumberStyle { None, Comma, Dot };

NumberStyle numberStyle(std::string_view cell)
{
    cell = trimmed(cell);
    if (!cell.empty() && (cell.front() == '-' || cell.front() == '+'))
        cell.remove_prefix(1);
    std::size_t before = 0, after = 0;
    char mark = 0;
    for (const char c : cell) {
        if (c >= '0' && c <= '9') {
            ++(mark ? after : before);
        } else if ((c == ',' || c == '.') && !mark) {
            mark = c;
        } else {
            return NumberStyle::None;
        }
    }
    if (!mark || before == 0 || after == 0)
        return NumberStyle::None;
    return mark == ',' ? NumberStyle::Comma : NumberStyle::Dot;
}

char decimalSeparator(std::string_view text, char delimiter, std::size_t firstLine, std::size_t headerLine)
{
    if (delimiter == ',')
        return '.';
    CsvReader reader(text, delimiter, firstLine);
    std::vector<std::string_view> fields;
    std::size_t comma = 0, dot = 0, rows = 0;
    while (rows < kMaxRecords && reader.readRow(fields)) {
        if (reader.rowLine() <= headerLine || skippable(fields))
            continue;
        ++rows;
        for (const std::string_view f : fields) {
            const NumberStyle style = numberStyle(f);
            comma += style == NumberStyle::Comma;
            dot += style == NumberStyle::Dot;
        }
    }
    return comma > dot ? ',' : '.';
}

}  // namespace

FormatGuess sniffFormat(std::string_view utf8Head, std::size_t firstLine)
{
    // A head cut in the middle of a line would give that line a wrong field count.
    const std::size_t lastBreak = utf8Head.find_last_of("\r\n");
    if (lastBreak != std::string_view::npos && lastBreak + 1 < utf8Head.size())
        utf8Head = utf8Head.substr(0, lastBreak + 1);

    FormatGuess guess;
    Layout best;
    for (const char d : kCandidates) {
        Layout layout = readLayout(utf8Head, d, firstLine);
        if (layout.score > best.score) {
            best = std::move(layout);
            guess.delimiter = d;
        }
    }
    if (best.score == 0) {
        // No delimiter splits the lines: one column, read from the first real line on.
        best = readLayout(utf8Head, ',', firstLine);
        guess.delimiter = ',';
        guess.headerLine = best.records.empty() ? firstLine : best.records.front().line;
        guess.quoted = !best.records.empty() && best.records.front().quoted;
        return guess;
    }
    bool headerFound = false;
    for (const Record& r : best.records) {
        if (!best.fits(r))
            continue;
        if (!headerFound) {
            guess.headerLine = r.line;
            headerFound = true;
        }
        guess.quoted = guess.quoted || r.quoted;
    }
    guess.decimalSeparator = decimalSeparator(utf8Head, guess.delimiter, firstLine, guess.headerLine);
    return guess;
}

}  // namespace mc
