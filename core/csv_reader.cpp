// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"


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
            std::size_t end = p;
            while (end < n && m_text[end] != m_delimiter && !isLineEnd(m_text[end]))
                ++end;
            const std::string_view trailing = m_text.substr(p, end - p);
            if (!isBlank(trailing)) {
                if (!unescaped)
                    unescaped = &m_unescaped.emplace_back(value);
                unescaped->append(trailing);
            }
            if (unescaped)
                value = *unescaped;
            p = end;
        } else {
            std::size_t end = m_pos;
            while (end < n && m_text[end] != m_delimiter && !isLineEnd(m_text[end]))
                ++end;
            value = m_text.substr(m_pos, end - m_pos);
            p = end;
        }
        fields.push_back(value);
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
