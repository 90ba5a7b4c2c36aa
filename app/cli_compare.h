// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli_chart.h"

#include <string>
#include <vector>

namespace mc::cli {

/// `marinecast-cli compare`: trains two or more configurations (presets or run.json files) on
/// the identical split, test windows and seed, and writes each run's outputs plus
/// comparison.json, comparison.csv and overlay.png. Returns the exit code.
[[nodiscard]] int runCompare(const std::vector<std::string>& args, ChartWriter& charts);

[[nodiscard]] std::string compareHelp();

}  // namespace mc::cli
