// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_stream.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace mc::csv {
namespace {

constexpr std::size_t kChunkBytes = std::size_t(4) << 20;

struct FileStamp {
    bool regular = false;
    std::uint64_t size = 0;
    std::int64_t modifiedNs = 0;
};

FileStamp stampOf(std::FILE* file)
{
    FileStamp stamp;
    struct stat st {};
    if (::fstat(::fileno(file), &st) == 0 && S_ISREG(st.st_mode)) {
        stamp.regular = true;
        stamp.size = static_cast<std::uint64_t>(st.st_size);
        stamp.modifiedNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    }
    return stamp;
}

// Line and column (1-based, in bytes) of @p offset within @p text.
void locate(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column)
{
    const std::string_view before = text.substr(0, offset);
    line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t lastBreak = before.rfind('\n');
    column = offset - (lastBreak == std::string_view::npos ? 0 : lastBreak + 1) + 1;
}

}  // namespace

RecordStream::~RecordStream()
{
    if (m_hashing.valid())
        m_hashing.wait();
    if (m_file)
        std::fclose(m_file);
}

void RecordStream::hashInBackground(std::size_t size)
{
    // SHA-256 costs about as much as parsing; on two cores the two overlap.
    if (m_hashing.valid())
        m_hashing.get();
    std::swap(m_raw, m_hashed);
    if (m_raw.size() != m_hashed.size())
        m_raw.resize(m_hashed.size());
    m_hashing = std::async(std::launch::async, [this, size] { m_hash.update(std::string_view(m_hashed).substr(0, size)); });
}

std::string RecordStream::finishSha256()
{
    if (m_hashing.valid())
        m_hashing.get();
    return m_hash.finishHex();
}

bool RecordStream::fail(ImportError& error, ImportErrorCode code, std::string detail)
{
    error.code = code;
    error.file = m_path;
    error.detail = std::move(detail);
    return false;
}

bool RecordStream::open(const std::string& path, TextEncoding requested, ImportError& error)
{
    m_path = path;
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file)
        return fail(error, ImportErrorCode::FileNotFound, std::string("cannot open: ") + std::strerror(errno));
    const FileStamp stamp = stampOf(m_file);
    m_bytesTotal = stamp.regular ? stamp.size : 0;
    m_modifiedAt = stamp.modifiedNs;
    m_raw.resize(kChunkBytes);
    const std::size_t got = std::fread(m_raw.data(), 1, m_raw.size(), m_file);
    if (std::ferror(m_file))
        return fail(error, ImportErrorCode::ReadError, std::string("read error: ") + std::strerror(errno));
    m_eof = got < m_raw.size();
    const std::string_view first(m_raw.data(), got);
    const std::size_t nul = first.find('\0');
    if (nul != std::string_view::npos) {
        // Text exports never hold NUL bytes; UTF-16 files and spreadsheets do.
        fail(error, ImportErrorCode::BinaryFile,
             "not a text file (a NUL byte; binary files, spreadsheets and UTF-16 text cannot be read: save as CSV, "
             "UTF-8)");
        locate(first, nul, error.line, error.column);
        return false;
    }
    m_encoding = requested == TextEncoding::Auto ? detectEncoding(first) : requested;
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    m_bytesRead = got;
    m_hash.update(first);
    if (!m_decoder->decode(first, m_text, m_eof)) {
        fail(error, ImportErrorCode::BadEncoding, std::string("bytes that are not valid ") + toString(m_encoding)
                                                      + " (choose the file's encoding in the import settings)");
        locate(first, std::min<std::size_t>(m_decoder->errorOffset(), got), error.line, error.column);
        return false;
    }
    return true;
}

bool RecordStream::readChunk(ImportError& error)
{
    const std::size_t got = std::fread(m_raw.data(), 1, m_raw.size(), m_file);
    if (std::ferror(m_file))
        return fail(error, ImportErrorCode::ReadError, std::string("read error: ") + std::strerror(errno));
    m_eof = got < m_raw.size();
    m_bytesRead += got;
    hashInBackground(got);
    const std::string_view chunk(m_hashed.data(), got);
    if (!m_decoder->decode(chunk, m_text, m_eof))
        return fail(error, ImportErrorCode::BadEncoding,
                    std::string("bytes that are not valid ") + toString(m_encoding) + " at byte offset "
                        + std::to_string(m_decoder->errorOffset()) + " (choose the file's encoding)");
    return !m_eof || checkUnchanged(error);
}

bool RecordStream::checkUnchanged(ImportError& error)
{
    if (m_bytesTotal == 0 || !m_file)
        return true;
    const FileStamp stamp = stampOf(m_file);
    // A logger appending, or a sync tool replacing the file, would give a mix of two versions.
    if (stamp.size != m_bytesTotal || stamp.modifiedNs != m_modifiedAt || (m_eof && m_bytesRead != m_bytesTotal))
        return fail(error, ImportErrorCode::FileChanged,
                    "the file changed while it was being read; import it again once it is complete");
    return true;
}

void RecordStream::scanForRecordEnds()
{
    // Each byte is looked at once, with memchr-speed searches: quotes toggle the state ("" escapes
    // toggle twice), and a line break outside quotes ends a record.
    const std::string_view text(m_text);
    std::size_t pos = m_scanned;
    while (pos < text.size()) {
        const std::size_t quote = text.find('"', pos);
        const std::size_t end = quote == std::string_view::npos ? text.size() : quote;
        if (!m_inQuotes) {
            const std::size_t lineBreak = text.substr(pos, end - pos).rfind('\n');
            if (lineBreak != std::string_view::npos)
                m_recordEnd = pos + lineBreak + 1;
        }
        if (quote == std::string_view::npos)
            break;
        m_inQuotes = !m_inQuotes;
        pos = quote + 1;
    }
    m_scanned = text.size();
}

bool RecordStream::next(std::string_view& block, ImportError& error)
{
    // Drop what was handed out (or consumed as preamble and header); the unfinished record moves
    // to the front.
    if (m_consumed > 0) {
        m_text.erase(0, m_consumed);
        m_scanned = m_scanned > m_consumed ? m_scanned - m_consumed : 0;
        m_recordEnd = m_recordEnd > m_consumed ? m_recordEnd - m_consumed : 0;
        m_consumed = 0;
    }
    for (;;) {
        if (m_eof) {
            block = m_text;
            m_consumed = m_text.size();
            return true;
        }
        scanForRecordEnds();
        if (m_recordEnd > 0 && m_text.size() >= kChunkBytes / 2) {
            block = std::string_view(m_text).substr(0, m_recordEnd);
            m_consumed = m_recordEnd;
            return true;
        }
        if (!readChunk(error))
            return false;
    }
}

bool RecordStream::take(std::string& block, ImportError& error)
{
    std::string_view view;
    if (!next(view, error))
        return false;
    // m_text is [block][unfinished record]: the record moves to @p block's buffer, which then
    // becomes m_text, and the block keeps the old one (no copy of the block itself).
    const std::size_t size = view.size();
    block.assign(m_text, size, std::string::npos);
    std::swap(block, m_text);
    block.resize(size);
    m_scanned = m_scanned > size ? m_scanned - size : 0;
    m_recordEnd = m_recordEnd > size ? m_recordEnd - size : 0;
    m_consumed = 0;
    return true;
}

}  // namespace mc::csv
