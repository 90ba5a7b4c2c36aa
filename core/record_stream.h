// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Streams a text source in blocks of whole records, decoded to UTF-8, so that an import never
// holds the whole file: memory follows the data kept, not the file's size.

#include "csv_import.h"
#include "import_settings.h"
#include "sha256.h"
#include "text_decode.h"

#include <cstdint>
#include <cstdio>
#include <future>
#include <memory>
#include <string>
#include <string_view>

namespace mc::csv {

class RecordStream {
public:
    RecordStream() = default;
    ~RecordStream();
    RecordStream(const RecordStream&) = delete;
    RecordStream& operator=(const RecordStream&) = delete;

    /// Opens @p path (a file or a pipe), reads the first block and resolves the encoding.
    /// Fails with FileNotFound, BinaryFile (line and column of the first NUL byte) or BadEncoding.
    bool open(const std::string& path, TextEncoding requested, ImportError& error);

    /// The text from the current position to the end of the buffered block (for sniffing the
    /// header before reading records). Valid until the next call to next().
    [[nodiscard]] std::string_view head() const { return std::string_view(m_text).substr(m_consumed); }
    /// Marks @p bytes of head() as used (preamble and header lines).
    void consume(std::size_t bytes) { m_consumed += bytes; }

    /// The next block of whole records (a record split by the block size stays for the next
    /// block; a quoted field may span lines). Empty at the end. False on a read, decoding or
    /// change-while-reading error, with @p error set.
    bool next(std::string_view& block, ImportError& error);
    /// As next(), but hands the block over as a string of its own (empty at the end), so that it
    /// can be parsed on another thread while the stream reads on. @p block's old buffer is reused.
    bool take(std::string& block, ImportError& error);
    /// Fails with FileChanged when a regular file's size or time stamp differ from those at open()
    /// (blocks handed out early may be parsed after the end of the file was read).
    bool checkUnchanged(ImportError& error);

    /// True once the source is read to its end (the block last returned is the final one).
    [[nodiscard]] bool atEnd() const { return m_eof; }
    [[nodiscard]] TextEncoding encoding() const { return m_encoding; }
    [[nodiscard]] std::uint64_t bytesRead() const { return m_bytesRead; }
    /// Size of the file when it is a regular file, else 0 (pipes).
    [[nodiscard]] std::uint64_t bytesTotal() const { return m_bytesTotal; }
    /// SHA-256 of every byte read; call once, at the end.
    [[nodiscard]] std::string finishSha256();

private:
    bool readChunk(ImportError& error);
    // Advances m_scanned over new text, keeping m_inQuotes and m_recordEnd (the end of the last
    // whole record) up to date.
    void scanForRecordEnds();
    // Hashes m_raw's first @p size bytes on another thread while this one parses; m_raw and
    // m_hashed swap, so the bytes stay put until the hash is done.
    void hashInBackground(std::size_t size);
    bool fail(ImportError& error, ImportErrorCode code, std::string detail);

    std::string m_path;
    std::FILE* m_file = nullptr;
    bool m_eof = false;
    std::string m_raw;
    std::string m_hashed;
    std::future<void> m_hashing;
    std::string m_text;          // decoded, not yet handed out
    std::size_t m_consumed = 0;  // bytes of m_text already handed out or consumed
    std::size_t m_scanned = 0;   // bytes of m_text scanned for record ends
    std::size_t m_recordEnd = 0; // just past the last line break outside quotes, 0 when none yet
    bool m_inQuotes = false;     // quote state at m_scanned
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<TextDecoder> m_decoder;
    Sha256Stream m_hash;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_bytesTotal = 0;
    std::int64_t m_modifiedAt = 0;
};

}  // namespace mc::csv
