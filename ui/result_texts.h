// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: any thread (pure functions of a result; translations are read-only).
#pragma once

#include "run_record.h"

#include <QString>
#include <QStringList>

namespace mcui {

/// Whether the model beats persistence, in plain words, pooled over all steps:
/// "The model beats persistence: skill 0.12 (RMSE 12 % lower)."
[[nodiscard]] QString skillVerdict(const mc::ExperimentResult& result);
/// "At step 2: skill 0.10." for a run forecasting several steps; empty for one step.
[[nodiscard]] QString stepSkillSentence(const mc::ExperimentResult& result, int horizon);
/// A skill score as the verdicts write it: two decimals, three when two would read 0.00.
[[nodiscard]] QString formatSkill(double skill);

/// What the analyst should know about the run besides its scores (stopped early, a constant
/// forecast …), translated where the code is known. Plain text.
[[nodiscard]] QStringList warningTexts(const mc::ExperimentResult& result);

/// "LSTM · hidden 32 · batch 128 · lookback 30 · adam · finished, epochs: 300, training: 41 s on cpu,
/// test windows: 362". Plain text.
[[nodiscard]] QString runSummary(const RunRecord& run);

}  // namespace mcui
