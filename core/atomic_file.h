// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace mc {

/// Writes @p bytes to a temporary file beside @p path, flushes it to disk and renames it over
/// @p path, so readers see the old file or the new one, never half of one.
/// Returns an English error naming the path, empty on success.
[[nodiscard]] std::string writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace mc
