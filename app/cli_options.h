// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run_config.h"

#include <string>
#include <vector>

namespace mc::cli {

/// Exit codes the CLI documents.
enum ExitCode { kExitOk = 0, kExitUsage = 2, kExitData = 3, kExitTraining = 4 };

struct TrainCommand {
    RunConfig config;
    std::string outDir;
    bool help = false;
};

/// Parses `train` arguments (after the word `train`). Flags on the command line override
/// `--config`, which overrides the preset, which overrides the defaults. On a usage error
/// returns false and sets @p error (English, one line).
[[nodiscard]] bool parseTrainArgs(const std::vector<std::string>& args, TrainCommand& out, std::string& error);

/// `marinecast-cli --help` and `marinecast-cli train --help`, generated from the model registry.
[[nodiscard]] std::string mainHelp();
[[nodiscard]] std::string trainHelp();

}  // namespace mc::cli
