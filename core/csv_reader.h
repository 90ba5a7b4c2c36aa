// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// Splits delimited text into records. Works on a view of text held by the caller and allocates
/// only for quoted fields with "" escapes, so it is cheap on large files and safe to fuzz: any
/// input either yields records or stops with an unterminated-quote error, never reads past the end.
///
/// Rules: fields are separated by one delimiter character; records end at LF, CRLF or a lone CR.
/// A field whose first non-blank character is '"' is quoted: it may contain delimiters and line
/// breaks, and "" stands for one quote. Text after the closing quote up to the next delimiter is
/// kept (blanks there are dropped), so sloppy files still read. An unquoted field is taken verbatim.
class CsvReader {
public:
    /// @p firstLine is the physical line number of the first character of @p text, so callers that
    /// skipped a preamble still get line numbers of the whole file.
    CsvReader(std::string_view text, char delimiter, std::size_t firstLine = 1);

    /// Reads the next record into @p fields (views stay valid until the next call). Returns false
    /// at the end of the text or on an error; check failed() to tell which.
    bool readRow(std::vector<std::string_view>& fields);

    /// True once a quoted field ran to the end of the text.
    [[nodiscard]] bool failed() const { return m_failed; }
    /// 1-based physical line where the last record started (or, after a failure, where the
    /// unterminated quoted field started).
    [[nodiscard]] std::size_t rowLine() const { return m_rowLine; }
    /// Offset in the text just past the last record read.
    [[nodiscard]] std::size_t position() const { return m_pos; }
    /// 1-based physical line where the next record would start.
    [[nodiscard]] std::size_t nextLine() const { return m_line; }
    /// True when the last record read had at least one quoted field.
    [[nodiscard]] bool rowHadQuotes() const { return m_rowHadQuotes; }
    /// 1-based field index of the unterminated quoted field after a failure.
    [[nodiscard]] std::size_t errorField() const { return m_errorField; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_rowLine = 0;
    std::size_t m_errorField = 0;
    char m_delimiter = ',';
    bool m_failed = false;
    bool m_rowHadQuotes = false;
    // A deque so that views into earlier unescaped fields survive later insertions.
    std::deque<std::string> m_unescaped;
};

}  // namespace mc
