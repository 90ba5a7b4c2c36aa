// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mc {
namespace {

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

// Physical lines within a quoted field: CRLF counts once, lone CR and LF once each.
std::size_t countLineBreaks(std::string_view s)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n')))
            ++n;
    return n;
}

// First position from @p pos holding the delimiter or a line break (the end of an unquoted
// field), or the end of @p text. Sixteen bytes at a time where SSE2 is there: most fields end
// within the first sixteen, without a branch per byte.
std::size_t fieldEnd(std::string_view text, std::size_t pos, char delimiter)
{
    const std::size_t n = text.size();
    const char* data = text.data();
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i lineFeeds = _mm_set1_epi8('\n');
    const __m128i returns = _mm_set1_epi8('\r');
    while (pos + 16 <= n) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, delimiters), _mm_cmpeq_epi8(chunk, lineFeeds)),
                                          _mm_cmpeq_epi8(chunk, returns));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0)
            return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        pos += 16;
    }
#endif
    while (pos < n && data[pos] != delimiter && !isLineEnd(data[pos]))
        ++pos;
    return pos;
}

bool isBlank(std::string_view s)
{
    for (char c : s)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

}  // namespace

CsvReader::CsvReader(std::string_view text, char delimiter, std::size_t firstLine)
    : m_text(text), m_line(firstLine), m_delimiter(delimiter)
{
}

bool CsvReader::readRow(std::vector<std::string_view>& fields)
{
    fields.clear();
    m_unescaped.clear();
    m_rowHadQuotes = false;
    if (m_failed || m_pos >= m_text.size())
        return false;
    m_rowLine = m_line;
    const std::size_t n = m_text.size();
    for (;;) {
        std::size_t p = m_pos;
        // Blanks before an opening quote are tolerated; a tab delimiter is never a blank.
        while (p < n && (m_text[p] == ' ' || (m_text[p] == '\t' && m_delimiter != '\t')))
            ++p;
        std::string_view value;
        if (p < n && m_text[p] == '"') {
            m_rowHadQuotes = true;
            const std::size_t quoteLine = m_line;
            const std::size_t contentStart = ++p;
            std::string* unescaped = nullptr;
            for (;;) {
                const std::size_t q = m_text.find('"', p);
                if (q == std::string_view::npos) {
                    m_failed = true;
                    m_rowLine = quoteLine;
                    m_errorField = fields.size() + 1;
                    fields.clear();
                    return false;
                }
                m_line += countLineBreaks(m_text.substr(p, q - p));
                if (q + 1 < n && m_text[q + 1] == '"') {
                    if (!unescaped)
                        unescaped = &m_unescaped.emplace_back(m_text.substr(contentStart, q + 1 - contentStart));
                    else
                        unescaped->append(m_text.substr(p, q + 1 - p));
                    p = q + 2;
                    continue;
                }
                if (unescaped)
                    unescaped->append(m_text.substr(p, q - p));
                else
                    value = m_text.substr(contentStart, q - contentStart);
                p = q + 1;
                break;
            }
            const std::size_t end = fieldEnd(m_text, p, m_delimiter);
            const std::string_view trailing = m_text.substr(p, end - p);
            if (!isBlank(trailing)) {
                if (!unescaped)
                    unescaped = &m_unescaped.emplace_back(value);
                unescaped->append(trailing);
            }
            if (unescaped)
                value = *unescaped;
            p = end;
            fields.push_back(value);
        } else {
            p = fieldEnd(m_text, m_pos, m_delimiter);
            // Built in place from pointer and size: a string_view copied whole from the stack,
            // just written as two halves, stalls the load (store forwarding) on every field.
            fields.emplace_back(m_text.data() + m_pos, p - m_pos);
        }
        if (p >= n) {
            m_pos = n;
            return true;
        }
        if (m_text[p] == m_delimiter) {
            m_pos = p + 1;
            continue;
        }
        p += (m_text[p] == '\r' && p + 1 < n && m_text[p + 1] == '\n') ? 2 : 1;
        ++m_line;
        m_pos = p;
        return true;
    }
}

}  // namespace mc
