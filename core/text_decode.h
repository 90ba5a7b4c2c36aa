// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text encodings of imported files: detection from the head of a file and streaming conversion to
// UTF-8, so that the CSV reader and everything after it only ever see UTF-8.

#include "import_settings.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace mc {

/// Guesses the encoding of a file from its @p head (the first up to 64 KiB). UTF-8 when the bytes
/// are valid UTF-8 (a sequence cut by the end of the head is tolerated; a BOM counts as UTF-8);
/// GB18030 when they are not but decode as GB18030 and most multi-byte characters lie in the
/// GB2312 hanzi/symbol area (both bytes ≥ 0xA1), as Chinese text does; else Latin-1. Never Auto.
[[nodiscard]] TextEncoding detectEncoding(std::string_view head);

/// Converts a byte stream in a known encoding to UTF-8, chunk by chunk.
///
/// UTF-8 input is only validated and copied; Latin-1 is mapped directly; GB18030 (which contains
/// GBK and GB2312) goes through iconv. A UTF-8 BOM at the start of the stream is dropped (for
/// GB18030 also its encoded BOM). A multi-byte sequence cut by the end of a chunk is kept and
/// completed by the next call.
class TextDecoder {
public:
    /// @p resolved must not be Auto (that is a programming error: std::invalid_argument).
    explicit TextDecoder(TextEncoding resolved);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;
    TextDecoder(TextDecoder&& other) noexcept;
    TextDecoder& operator=(TextDecoder&& other) noexcept;

    /// Appends the UTF-8 of @p bytes to @p out; keeps an incomplete multi-byte sequence at the end
    /// for the next call unless @p last. Returns false on bytes that are invalid in the encoding (or
    /// a sequence still incomplete when @p last) and sets errorOffset(); the text before the bad
    /// bytes is still appended. After a failure every further call returns false.
    bool decode(std::string_view bytes, std::string& out, bool last);

    /// Byte offset, in the whole stream, of the first invalid byte after decode() returned false.
    [[nodiscard]] std::size_t errorOffset() const { return m_errorOffset; }
    [[nodiscard]] TextEncoding encoding() const { return m_encoding; }

private:
    bool decodeUtf8(std::string_view bytes, std::string& out, bool last);
    bool decodeGb18030(std::string_view bytes, std::string& out, bool last);
    void decodeLatin1(std::string_view bytes, std::string& out);
    bool fail(std::size_t offset);

    TextEncoding m_encoding;
    void* m_iconv = nullptr;  // iconv_t, kept opaque so that users need not include <iconv.h>
    std::size_t m_consumed = 0;  // stream offset of the first byte not yet handed in
    std::size_t m_errorOffset = 0;
    bool m_failed = false;
    bool m_atStart = true;  // no character emitted yet: a BOM here is dropped
    std::array<char, 4> m_pending{};
    std::size_t m_pendingSize = 0;
};

}  // namespace mc
