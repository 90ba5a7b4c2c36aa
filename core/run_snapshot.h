// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experiment.h"

#include <optional>
#include <string>

namespace mc {

/// JSON text of everything a finished run shows (settings, metrics, test-range forecasts and
/// baselines, loss history, warnings), so a project brings back its results and charts without
/// retraining. Leaves out what only training needs: the scaled windows, the time grid, the live
/// network and the model file bytes (those live in the run's model.mcmodel), and the import
/// report. Numbers are written so that they read back as the same doubles; NaN becomes null.
[[nodiscard]] std::string runSnapshotJson(const ExperimentResult& result);

/// Reads what runSnapshotJson wrote. The result is ok() and has the same metrics, forecasts and
/// history; its windows carry counts and test-range values only. On failure returns nullopt
/// and sets @p error (English).
[[nodiscard]] std::optional<ExperimentResult> runFromSnapshot(const std::string& json, std::string& error);

}  // namespace mc
