// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace mc::csv {
namespace {

constexpr std::array<std::string_view, 3> kMissingMarkers = {"na", "n/a", "nan"};
constexpr std::string_view kUnitsPrefix = "units:";
constexpr std::string_view kStationsPrefix = "stations:";
constexpr std::string_view kSyntheticWord = "synthetic";

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool parseDouble(std::string_view s, double& out)
{
    // from_chars rejects a leading '+', which some loggers write.
    if (!s.empty() && s.front() == '+') {
        s.remove_prefix(1);
        if (s.empty() || s.front() == '-')
            return false;
    }
    if (s.empty())
        return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

// Powers of ten that are exact doubles.
constexpr std::array<double, 23> kExactPowers = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// `synthetic`, `synthetic=1`, `synthetic=true` all mark the data; `synthetic=0`/`false`/`no` do not.
bool marksSynthetic(std::string_view comment)
{
    const std::string lower = toLower(comment);
    const std::size_t at = lower.find(kSyntheticWord);
    if (at == std::string::npos)
        return false;
    std::string_view rest = std::string_view(lower).substr(at + kSyntheticWord.size());
    if (rest.empty() || rest.front() != '=')
        return true;
    rest.remove_prefix(1);
    rest = rest.substr(0, rest.find_first_of(" \t;,"));
    return !(rest == "0" || rest == "false" || rest == "no");
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsNoCase(s.substr(0, prefix.size()), prefix);
}

// Calls @p onEntry(name, value) for each `name=value` of a ';'-separated list.
template <typename F>
void forEachAssignment(std::string_view list, F onEntry)
{
    while (!list.empty()) {
        const std::size_t end = std::min(list.find(';'), list.size());
        const std::string_view entry = list.substr(0, end);
        const std::size_t eq = entry.find('=');
        if (eq != std::string_view::npos) {
            const std::string_view name = trim(entry.substr(0, eq));
            if (!name.empty())
                onEntry(name, trim(entry.substr(eq + 1)));
        }
        list.remove_prefix(std::min(end + 1, list.size()));
    }
}

void parseComment(std::string_view comment, Preamble& preamble)
{
    comment = trim(comment);
    if (startsWithNoCase(comment, kUnitsPrefix)) {
        forEachAssignment(comment.substr(kUnitsPrefix.size()), [&](std::string_view name, std::string_view unit) {
            if (!unit.empty())
                preamble.units[std::string(name)] = std::string(unit);
        });
        return;
    }
    if (startsWithNoCase(comment, kStationsPrefix)) {
        forEachAssignment(comment.substr(kStationsPrefix.size()), [&](std::string_view name, std::string_view where) {
            const std::size_t comma = where.find(',');
            double lat = 0.0;
            double lon = 0.0;
            if (comma != std::string_view::npos && parseDouble(trim(where.substr(0, comma)), lat)
                && parseDouble(trim(where.substr(comma + 1)), lon))
                preamble.coordinates[std::string(name)] = {lat, lon};
        });
        return;
    }
    if (marksSynthetic(comment))
        preamble.synthetic = true;
}

}  // namespace

std::string_view trim(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

std::string toLower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), lowerAscii);
    return out;
}

bool parseNumber(std::string_view s, double& out)
{
    // Fast path: [sign] digits [. digits], at most 19 digits, no exponent. The mantissa and the
    // power of ten are exact doubles, so one division rounds correctly; anything else goes to
    // std::from_chars, also correctly rounded, so both paths give the same double.
    const char* p = s.data();
    const char* const end = p + s.size();
    bool negative = false;
    if (p != end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    const char* const start = p;
    std::uint64_t mantissa = 0;
    while (p != end && static_cast<unsigned>(*p - '0') < 10) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
        ++p;
    }
    std::ptrdiff_t digits = p - start;
    std::ptrdiff_t fraction = 0;
    if (p != end && *p == '.') {
        const char* const fractionStart = ++p;
        while (p != end && static_cast<unsigned>(*p - '0') < 10) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
            ++p;
        }
        fraction = p - fractionStart;
        digits += fraction;
    }
    if (p != end)
        return parseDouble(s, out);  // an exponent, inf, nan, or not a number
    if (digits == 0)
        return false;
    // 19 digits always fit in 64 bits; 2^53 and 10^22 bound the exact doubles.
    if (digits > 19 || mantissa >= (std::uint64_t(1) << 53) || fraction >= std::ptrdiff_t(kExactPowers.size()))
        return parseDouble(s, out);
    const double value = double(mantissa) / kExactPowers[std::size_t(fraction)];
    out = negative ? -value : value;
    return true;
}

CellParser::CellParser(const std::vector<std::string>& missingMarkers, bool decimalComma)
    : m_decimalComma(decimalComma)
{
    for (const auto& marker : missingMarkers) {
        const std::string_view m = trim(marker);
        double number = 0.0;
        if (m.empty())
            continue;
        if (parseNumber(m, number) && !std::isnan(number))
            m_numericMissing.push_back(number);
        else
            m_textMissing.emplace_back(m);
    }
}

CellKind CellParser::parse(std::string_view cell, double& value) const
{
    cell = trim(cell);
    if (cell.empty() || cell == "\"\"")
        return CellKind::Missing;
    double parsed = 0.0;
    bool ok = parseNumber(cell, parsed);
    if (!ok && m_decimalComma && cell.find('.') == std::string_view::npos
        && std::count(cell.begin(), cell.end(), ',') == 1) {
        std::string dotted(cell);
        std::replace(dotted.begin(), dotted.end(), ',', '.');
        ok = parseNumber(dotted, parsed);
    }
    if (ok) {
        if (std::isnan(parsed))
            return CellKind::Missing;
        // Numeric sentinels (-999, 9999) match by value, so `-999.0` is one too.
        for (double marker : m_numericMissing)
            if (parsed == marker)
                return CellKind::Missing;
        // Infinities cannot be plotted or learned from; treat them as the text they usually are.
        if (std::isinf(parsed))
            return CellKind::Text;
        value = parsed;
        return CellKind::Number;
    }
    for (auto marker : kMissingMarkers)
        if (equalsNoCase(cell, marker))
            return CellKind::Missing;
    for (const auto& marker : m_textMissing)
        if (equalsNoCase(cell, marker))
            return CellKind::Missing;
    return CellKind::Text;
}

std::string_view skipPreamble(std::string_view text, std::size_t& line, Preamble& preamble)
{
    while (!text.empty()) {
        const std::size_t eol = std::min(text.find_first_of("\r\n"), text.size());
        const std::string_view content = trim(text.substr(0, eol));
        if (!content.empty() && content.front() != '#')
            break;
        if (!content.empty())
            parseComment(content.substr(1), preamble);
        std::size_t next = eol;
        if (next < text.size())
            next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
        text.remove_prefix(next);
        ++line;
    }
    return text;
}

}  // namespace mc::csv
