// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libnetcdf reads a classic-format file whose data are cut short as if the missing bytes were
// zeros, without an error. This reads the classic header (CDF-1, CDF-2, CDF-5) itself to learn how
// long the file must be, so that a truncated download is refused instead of imported as zeros.

#include <cstdint>
#include <optional>
#include <string>

namespace mc::nc {

/// Bytes a classic-format file at @p path needs to hold all the data its header describes (the
/// last value of each variable, padding not counted); nullopt when the header cannot be read as a
/// classic one or when the record count is unknown (streaming).
[[nodiscard]] std::optional<std::uint64_t> classicRequiredSize(const std::string& path);

}  // namespace mc::nc
