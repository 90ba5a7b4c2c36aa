// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_decode.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iconv.h>
#include <stdexcept>
#include <utility>

namespace mc {
namespace {

using Byte = unsigned char;

enum class Seq { Valid, Incomplete, Invalid };

constexpr char kBom[] = "\xEF\xBB\xBF";

// Checks the UTF-8 sequence led by the non-ASCII byte p[0] with @p n bytes available. The ranges
// reject overlong forms, surrogates and code points above U+10FFFF (RFC 3629), so what passes is
// what iconv or Qt would accept too.
Seq checkSequence(const Byte* p, std::size_t n, std::size_t& length)
{
    const Byte c = p[0];
    Byte lo = 0x80, hi = 0xBF;
    std::size_t need = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return Seq::Invalid;
    }
    if (n < 2)
        return Seq::Incomplete;
    if (p[1] < lo || p[1] > hi)
        return Seq::Invalid;
    for (std::size_t k = 2; k < need; ++k) {
        if (n <= k)
            return Seq::Incomplete;
        if ((p[k] & 0xC0) != 0x80)
            return Seq::Invalid;
    }
    length = need;
    return Seq::Valid;
}

// Length of the valid UTF-8 prefix of p[0, n); @p stop says why the scan ended there.
std::size_t validUtf8Prefix(const Byte* p, std::size_t n, Seq& stop)
{
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: data files are nearly all ASCII.
        while (i + 8 <= n) {
            std::uint64_t word = 0;
            std::memcpy(&word, p + i, 8);
            if (word & kHighBits)
                break;
            i += 8;
        }
        while (i < n && p[i] < 0x80)
            ++i;
        if (i >= n)
            break;
        std::size_t length = 0;
        const Seq s = checkSequence(p + i, n - i, length);
        if (s != Seq::Valid) {
            stop = s;
            return i;
        }
        i += length;
    }
    stop = Seq::Valid;
    return n;
}

bool startsWithBom(const char* p, std::size_t n) { return n >= 3 && std::memcmp(p, kBom, 3) == 0; }

}  // namespace

TextEncoding detectEncoding(std::string_view head)
{
    const auto* p = reinterpret_cast<const Byte*>(head.data());
    const std::size_t n = head.size();
    Seq stop = Seq::Valid;
    validUtf8Prefix(p, n, stop);
    if (stop != Seq::Invalid)
        return TextEncoding::Utf8;

    // GB18030 structure: a lead 0x81–0xFE then a trail 0x40–0x7E/0x80–0xFE, or four bytes
    // lead, 0x30–0x39, lead, 0x30–0x39. Latin-1 text often passes that test too ("é" + an ASCII
    // letter is a valid GBK pair), but its pairs almost never have both bytes ≥ 0xA1, where
    // GB2312's hanzi and CJK punctuation lie.
    std::size_t multiByte = 0;
    std::size_t gb2312 = 0;
    for (std::size_t i = 0; i < n;) {
        const Byte c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF)
            return TextEncoding::Latin1;
        if (i + 1 >= n)
            break;  // cut by the end of the head
        const Byte c2 = p[i + 1];
        if (c2 >= 0x30 && c2 <= 0x39) {
            if (i + 3 >= n)
                break;
            if (p[i + 2] < 0x81 || p[i + 2] > 0xFE || p[i + 3] < 0x30 || p[i + 3] > 0x39)
                return TextEncoding::Latin1;
            ++multiByte;
            i += 4;
            continue;
        }
        if (c2 < 0x40 || c2 == 0x7F || c2 == 0xFF)
            return TextEncoding::Latin1;
        ++multiByte;
        if (c >= 0xA1 && c2 >= 0xA1)
            ++gb2312;
        i += 2;
    }
    if (gb2312 == 0 || gb2312 * 10 < multiByte * 7)
        return TextEncoding::Latin1;
    // The structure test leaves out the code points GB18030 does not assign; iconv knows them.
    TextDecoder decoder(TextEncoding::Gb18030);
    std::string scratch;
    scratch.reserve(n * 2);
    return decoder.decode(head, scratch, false) ? TextEncoding::Gb18030 : TextEncoding::Latin1;
}

TextDecoder::TextDecoder(TextEncoding resolved) : m_encoding(resolved)
{
    if (resolved == TextEncoding::Auto)
        throw std::invalid_argument("TextDecoder needs a resolved encoding, not Auto");
    if (resolved == TextEncoding::Gb18030) {
        const iconv_t cd = iconv_open("UTF-8", "GB18030");
        if (cd != reinterpret_cast<iconv_t>(-1))
            m_iconv = cd;
    }
}

TextDecoder::~TextDecoder()
{
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
}

TextDecoder::TextDecoder(TextDecoder&& other) noexcept
    : m_encoding(other.m_encoding),
      m_iconv(std::exchange(other.m_iconv, nullptr)),
      m_consumed(other.m_consumed),
      m_errorOffset(other.m_errorOffset),
      m_failed(other.m_failed),
      m_atStart(other.m_atStart),
      m_pending(other.m_pending),
      m_pendingSize(other.m_pendingSize)
{
}

TextDecoder& TextDecoder::operator=(TextDecoder&& other) noexcept
{
    if (this != &other) {
        if (m_iconv)
            iconv_close(static_cast<iconv_t>(m_iconv));
        m_encoding = other.m_encoding;
        m_iconv = std::exchange(other.m_iconv, nullptr);
        m_consumed = other.m_consumed;
        m_errorOffset = other.m_errorOffset;
        m_failed = other.m_failed;
        m_atStart = other.m_atStart;
        m_pending = other.m_pending;
        m_pendingSize = other.m_pendingSize;
    }
    return *this;
}

bool TextDecoder::fail(std::size_t offset)
{
    m_failed = true;
    m_errorOffset = offset;
    m_pendingSize = 0;
    return false;
}

bool TextDecoder::decode(std::string_view bytes, std::string& out, bool last)
{
    if (m_failed) {
        m_consumed += bytes.size();
        return false;
    }
    switch (m_encoding) {
    case TextEncoding::Latin1:
        m_consumed += bytes.size();
        decodeLatin1(bytes, out);
        return true;
    case TextEncoding::Gb18030:
        return decodeGb18030(bytes, out, last);
    default:
        return decodeUtf8(bytes, out, last);
    }
}

bool TextDecoder::decodeUtf8(std::string_view bytes, std::string& out, bool last)
{
    const std::size_t base = m_consumed;
    m_consumed += bytes.size();
    const auto* p = reinterpret_cast<const Byte*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    if (m_pendingSize > 0) {
        const std::size_t held = m_pendingSize;
        std::array<Byte, 4> seq{};
        std::memcpy(seq.data(), m_pending.data(), held);
        const std::size_t take = std::min(n, seq.size() - held);
        std::memcpy(seq.data() + held, p, take);
        std::size_t length = 0;
        const Seq s = checkSequence(seq.data(), held + take, length);
        if (s == Seq::Invalid || (s == Seq::Incomplete && last))
            return fail(base - held);
        if (s == Seq::Incomplete) {
            // Too few bytes to finish it: take them all in and wait for more.
            std::memcpy(m_pending.data(), seq.data(), held + take);
            m_pendingSize = held + take;
            return true;
        }
        const bool bom = m_atStart && std::memcmp(seq.data(), kBom, 3) == 0;
        if (!bom)
            out.append(reinterpret_cast<const char*>(seq.data()), length);
        m_atStart = false;
        m_pendingSize = 0;
        i = length - held;
    }
    if (m_atStart && startsWithBom(bytes.data() + i, n - i)) {
        i += 3;
        m_atStart = false;
    }
    Seq stop = Seq::Valid;
    const std::size_t end = i + validUtf8Prefix(p + i, n - i, stop);
    out.append(bytes.data() + i, end - i);
    if (end > i)
        m_atStart = false;
    if (stop == Seq::Invalid || (stop == Seq::Incomplete && last))
        return fail(base + end);
    if (stop == Seq::Incomplete) {
        m_pendingSize = n - end;  // fewer than four bytes, or it would have been complete
        std::memcpy(m_pending.data(), p + end, m_pendingSize);
    }
    return true;
}

void TextDecoder::decodeLatin1(std::string_view bytes, std::string& out)
{
    const std::size_t old = out.size();
    out.resize(old + 2 * bytes.size());
    char* w = out.data() + old;
    for (const char ch : bytes) {
        const auto c = static_cast<Byte>(ch);
        if (c < 0x80) {
            *w++ = ch;
        } else {
            *w++ = static_cast<char>(0xC0 | (c >> 6));
            *w++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    out.resize(static_cast<std::size_t>(w - out.data()));
}

namespace {

// Converts as much of @p in as iconv can, appending to @p out; returns the bytes used and sets
// @p error to 0, EINVAL (incomplete character at the end) or EILSEQ (invalid bytes).
std::size_t iconvAppend(iconv_t cd, const char* in, std::size_t length, std::string& out, int& error)
{
    const std::size_t old = out.size();
    // GB18030 → UTF-8 at most doubles the size (two bytes become three, four stay four).
    out.resize(old + 2 * length + 4);
    char* src = const_cast<char*>(in);  // iconv's signature; the input is not written
    std::size_t srcLeft = length;
    char* dst = out.data() + old;
    std::size_t dstLeft = out.size() - old;
    error = 0;
    if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) == static_cast<std::size_t>(-1))
        error = errno;
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return length - srcLeft;
}

}  // namespace

bool TextDecoder::decodeGb18030(std::string_view bytes, std::string& out, bool last)
{
    const std::size_t base = m_consumed;
    m_consumed += bytes.size();
    if (!m_iconv)
        return fail(base - m_pendingSize);  // the C library has no GB18030 converter
    const auto cd = static_cast<iconv_t>(m_iconv);
    const std::size_t startSize = out.size();
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    int error = 0;
    if (m_pendingSize > 0) {
        const std::size_t held = m_pendingSize;
        std::array<char, 8> seq{};
        std::memcpy(seq.data(), m_pending.data(), held);
        const std::size_t take = std::min<std::size_t>(n, 4);
        std::memcpy(seq.data() + held, bytes.data(), take);
        const std::size_t used = iconvAppend(cd, seq.data(), held + take, out, error);
        if (used == 0) {
            if (error != EINVAL || last || held + take > m_pending.size())
                return fail(base - held);
            std::memcpy(m_pending.data(), seq.data(), held + take);
            m_pendingSize = held + take;
            return true;
        }
        m_pendingSize = 0;
        i = used - held;
    }
    const std::size_t used = iconvAppend(cd, bytes.data() + i, n - i, out, error);
    if (m_atStart && out.size() > startSize) {
        if (out.compare(startSize, 3, kBom) == 0)
            out.erase(startSize, 3);
        m_atStart = false;
    }
    const std::size_t end = i + used;
    if (error == EILSEQ || (error == EINVAL && last) || (error != 0 && error != EINVAL))
        return fail(base + end);
    if (error == EINVAL) {
        if (n - end > m_pending.size())
            return fail(base + end);
        m_pendingSize = n - end;
        std::memcpy(m_pending.data(), bytes.data() + end, m_pendingSize);
    }
    return true;
}

}  // namespace mc
