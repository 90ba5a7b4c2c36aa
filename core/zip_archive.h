// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// One file inside a zip archive.
struct ZipEntry {
    std::string name;  ///< '/'-separated path inside the archive
    std::string data;
};

enum class ZipErrorCode {
    None,
    NotZip,           ///< no end-of-central-directory record: not a zip file, or cut off at the end
    Truncated,        ///< a record or an entry's data runs past the end of the file
    Encrypted,        ///< the entry is encrypted
    Zip64,            ///< ZIP64 extensions (archives over 4 GiB or 65535 entries) are not read
    Unsupported,      ///< a compression method other than stored (0), or a multi-disk archive
    CrcMismatch,      ///< the entry's data does not match its CRC-32: the file is damaged
    Inconsistent,     ///< local header and central directory disagree, or names repeat
};

struct ZipError {
    ZipErrorCode code = ZipErrorCode::None;
    std::string entry;   ///< the entry concerned, when there is one
    std::string detail;  ///< English
};

struct ZipReadResult {
    std::vector<ZipEntry> entries;  ///< in central-directory order
    ZipError error;
    [[nodiscard]] bool ok() const { return error.code == ZipErrorCode::None; }
    /// The entry named @p name, or null.
    [[nodiscard]] const ZipEntry* find(std::string_view name) const;
};

/// CRC-32 (ISO-HDLC, the one zip and PNG use) of @p bytes.
[[nodiscard]] std::uint32_t crc32(std::string_view bytes);

/// A zip archive of @p entries, stored (uncompressed), so any unzip tool opens it. Names must be
/// unique and below 64 KiB; data below 4 GiB (throws std::invalid_argument otherwise).
[[nodiscard]] std::string writeZip(const std::vector<ZipEntry>& entries);

/// Reads a zip archive from memory through its central directory, checking every entry's CRC-32.
/// Reads stored entries only; encrypted, ZIP64, compressed or multi-disk archives are refused with
/// a typed error. Never throws on bad input.
[[nodiscard]] ZipReadResult readZip(std::string_view bytes);

}  // namespace mc
