// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mc::cli {

/// `marinecast-cli inspect --data PATH... [import options] [--json]`: imports and reports what was
/// read — stations, variables with units, first and last times, valid / missing / rejected counts
/// per variable and per station, and the import report. Returns the process exit code.
int runInspect(const std::vector<std::string>& args);

}  // namespace mc::cli
