// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mc {
struct ExperimentResult;
}

namespace mc::cli {

/// Writes the horizon-1 true-vs-predicted chart to @p path. Qt builds render offscreen; a
/// Qt-free build writes nothing and returns a note. Returns an empty string on success,
/// else a message for stderr.
[[nodiscard]] std::string writeChart(const ExperimentResult& result, const std::string& path, int argc, char** argv);

}  // namespace mc::cli
