// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mc {

/// SHA-256 (FIPS 180-4) of @p bytes as 64 lower-case hex digits.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

/// SHA-256 of a file's contents, read in chunks; nullopt when the file cannot be read.
[[nodiscard]] std::optional<std::string> sha256File(const std::string& path);

}  // namespace mc
