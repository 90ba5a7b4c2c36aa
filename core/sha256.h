// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mc {

/// SHA-256 (FIPS 180-4) of @p bytes as 64 lower-case hex digits.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

/// SHA-256 of a file's contents, read in chunks; nullopt when the file cannot be read.
[[nodiscard]] std::optional<std::string> sha256File(const std::string& path);

/// Incremental SHA-256, for data read in chunks (streams, pipes).
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;
    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits; call once, after the last update.
    [[nodiscard]] std::string finishHex();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace mc
