// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Import flags shared by `train`, `compare` and `inspect`.

#include "import_settings.h"

#include <string>
#include <vector>

namespace mc::cli {

/// True when --@p name is an import flag (then it is applied to @p settings, or @p error is set).
/// @p values are the words after the flag. Repeatable flags (--range, --role, --map, --unit,
/// --alias) add one entry per value.
[[nodiscard]] bool isImportFlag(const std::string& name);
bool applyImportFlag(const std::string& name, const std::vector<std::string>& values, ImportSettings& settings,
                     std::string& error);

/// Help lines for the import flags.
[[nodiscard]] std::string importFlagsHelp();

/// A command-line flag (`--name` without the dashes) and the words after it (`--name=v` gives one).
struct Flag {
    std::string name;
    std::vector<std::string> values;
};

/// Splits a subcommand's arguments into flags in order (`-h` reads as `help`). False, with
/// @p error set, when a word comes before the first flag.
[[nodiscard]] bool splitFlags(const std::vector<std::string>& args, std::vector<Flag>& flags, std::string& error);

/// The non-empty items of a comma-separated list.
[[nodiscard]] std::vector<std::string> splitList(const std::string& text);

/// Absolute, normalised path (run.json must repeat a run from any working directory).
[[nodiscard]] std::string absolutePath(const std::string& path);

}  // namespace mc::cli
