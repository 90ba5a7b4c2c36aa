// SPDX-License-Identifier: GPL-3.0-or-later
// Stored-only zip (PKWARE APPNOTE 6.3): enough for model bundles, which hold float data that
// compresses poorly anyway, and small enough to review. Reading goes through the central
// directory and re-checks each local header, so a damaged file is refused rather than misread.
#include "zip_archive.h"

#include <array>
#include <set>
#include <stdexcept>

namespace mc {
namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEndSig = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kLocalSize = 30;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kEndSize = 22;
constexpr std::uint16_t kVersion = 20;      // 2.0: stored entries, folders
constexpr std::uint16_t kUtf8Names = 0x0800;
constexpr std::uint16_t kDosDate = 0x0021;  // 1980-01-01: fixed, so equal bundles are equal bytes

std::array<std::uint32_t, 256> makeCrcTable()
{
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    return t;
}

void put16(std::string& out, std::uint16_t v)
{
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}

void put32(std::string& out, std::uint32_t v)
{
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

std::uint16_t get16(std::string_view b, std::size_t at)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

std::uint32_t get32(std::string_view b, std::size_t at)
{
    return get16(b, at) | static_cast<std::uint32_t>(get16(b, at + 2)) << 16;
}

ZipReadResult failed(ZipErrorCode code, std::string entry, std::string detail)
{
    ZipReadResult r;
    r.error = {code, std::move(entry), std::move(detail)};
    return r;
}

}  // namespace

std::uint32_t crc32(std::string_view bytes)
{
    static const auto table = makeCrcTable();
    std::uint32_t c = 0xFFFFFFFFu;
    for (const char ch : bytes)
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

const ZipEntry* ZipReadResult::find(std::string_view name) const
{
    for (const auto& e : entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

std::string writeZip(const std::vector<ZipEntry>& entries)
{
    if (entries.size() >= 0xFFFF)
        throw std::invalid_argument("writeZip: too many entries");
    std::string out, central;
    std::set<std::string> names;
    for (const auto& e : entries) {
        if (e.name.empty() || e.name.size() >= 0xFFFF || !names.insert(e.name).second)
            throw std::invalid_argument("writeZip: empty, overlong or repeated entry name '" + e.name + "'");
        if (e.data.size() >= 0xFFFFFFFFu || out.size() >= 0xFFFFFFFFu)
            throw std::invalid_argument("writeZip: archive would need ZIP64");
        const auto crc = crc32(e.data);
        const auto size = static_cast<std::uint32_t>(e.data.size());
        const auto offset = static_cast<std::uint32_t>(out.size());
        const auto nameLen = static_cast<std::uint16_t>(e.name.size());
        put32(out, kLocalSig);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0);  // stored
        put16(out, 0);
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, nameLen);
        put16(out, 0);
        out += e.name;
        out += e.data;

        put32(central, kCentralSig);
        put16(central, kVersion);
        put16(central, kVersion);
        put16(central, kUtf8Names);
        put16(central, 0);
        put16(central, 0);
        put16(central, kDosDate);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, nameLen);
        put16(central, 0);  // extra
        put16(central, 0);  // comment
        put16(central, 0);  // disk
        put16(central, 0);  // internal attributes
        put32(central, 0);  // external attributes
        put32(central, offset);
        central += e.name;
    }
    const auto centralOffset = static_cast<std::uint32_t>(out.size());
    out += central;
    put32(out, kEndSig);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint16_t>(entries.size()));
    put16(out, static_cast<std::uint16_t>(entries.size()));
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

ZipReadResult readZip(std::string_view b)
{
    // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
    std::size_t end = std::string_view::npos;
    if (b.size() >= kEndSize)
        for (std::size_t at = b.size() - kEndSize + 1; at-- > 0 && b.size() - at <= kEndSize + 0xFFFF;)
            if (get32(b, at) == kEndSig && at + kEndSize + get16(b, at + 20) == b.size()) {
                end = at;
                break;
            }
    if (end == std::string_view::npos) {
        if (b.size() >= 4 && get32(b, 0) == kLocalSig)
            return failed(ZipErrorCode::Truncated, {}, "the archive is cut off (its end record is missing)");
        return failed(ZipErrorCode::NotZip, {}, "not a zip archive");
    }
    if (end >= 20 && get32(b, end - 20) == kZip64LocatorSig)
        return failed(ZipErrorCode::Zip64, {}, "ZIP64 archives are not supported");
    if (get16(b, end + 4) != 0 || get16(b, end + 6) != 0 || get16(b, end + 8) != get16(b, end + 10))
        return failed(ZipErrorCode::Unsupported, {}, "multi-part zip archives are not supported");
    const std::size_t count = get16(b, end + 10);
    const std::uint32_t cdSize = get32(b, end + 12);
    const std::uint32_t cdOffset = get32(b, end + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu)
        return failed(ZipErrorCode::Zip64, {}, "ZIP64 archives are not supported");
    if (std::size_t(cdOffset) + cdSize > end)
        return failed(ZipErrorCode::Truncated, {}, "the central directory lies outside the file (truncated or damaged)");

    ZipReadResult result;
    std::set<std::string> names;
    std::size_t at = cdOffset;
    for (std::size_t i = 0; i < count; ++i) {
        if (at + kCentralSize > end || get32(b, at) != kCentralSig)
            return failed(ZipErrorCode::Inconsistent, {}, "central directory entry " + std::to_string(i + 1) + " is damaged");
        const std::uint16_t flags = get16(b, at + 8);
        const std::uint16_t method = get16(b, at + 10);
        const std::uint32_t crc = get32(b, at + 16);
        const std::uint32_t packed = get32(b, at + 20);
        const std::uint32_t size = get32(b, at + 24);
        const std::size_t nameLen = get16(b, at + 28);
        const std::size_t skip = nameLen + get16(b, at + 30) + get16(b, at + 32);
        const std::uint32_t local = get32(b, at + 42);
        if (at + kCentralSize + skip > end)
            return failed(ZipErrorCode::Inconsistent, {}, "central directory entry " + std::to_string(i + 1) + " is damaged");
        std::string name(b.substr(at + kCentralSize, nameLen));
        at += kCentralSize + skip;
        if (flags & 0x0041)
            return failed(ZipErrorCode::Encrypted, name, "entry '" + name + "' is encrypted");
        if (packed == 0xFFFFFFFFu || size == 0xFFFFFFFFu || local == 0xFFFFFFFFu)
            return failed(ZipErrorCode::Zip64, name, "entry '" + name + "' uses ZIP64");
        if (method != 0)
            return failed(ZipErrorCode::Unsupported, name,
                          "entry '" + name + "' is compressed (method " + std::to_string(method) + "); only stored entries are read");
        if (packed != size)
            return failed(ZipErrorCode::Inconsistent, name, "entry '" + name + "' is stored but its sizes differ");
        if (!names.insert(name).second)
            return failed(ZipErrorCode::Inconsistent, name, "entry '" + name + "' appears twice");
        if (std::size_t(local) + kLocalSize > cdOffset || get32(b, local) != kLocalSig)
            return failed(ZipErrorCode::Inconsistent, name, "entry '" + name + "': local header missing or damaged");
        const std::size_t localName = get16(b, local + 26);
        const std::size_t data = std::size_t(local) + kLocalSize + localName + get16(b, local + 28);
        if (data > cdOffset || b.substr(local + kLocalSize, localName) != name)
            return failed(ZipErrorCode::Inconsistent, name, "entry '" + name + "': local header disagrees with the directory");
        if (data + size > cdOffset)
            return failed(ZipErrorCode::Truncated, name, "entry '" + name + "' runs past the end of its data (truncated)");
        ZipEntry e{std::move(name), std::string(b.substr(data, size))};
        if (crc32(e.data) != crc)
            return failed(ZipErrorCode::CrcMismatch, e.name, "entry '" + e.name + "' fails its CRC-32 check (damaged)");
        result.entries.push_back(std::move(e));
    }
    return result;
}

}  // namespace mc
