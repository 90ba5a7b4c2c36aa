// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: any thread (pure functions of prepared data; translations are read-only).
#pragma once

#include <QString>

namespace mc {
struct PreparedData;
}

namespace mcui {

/// How far ahead a forecast step lies, in the run's own unit.
enum class StepUnit { Step, Day, Month };

/// Month for a monthly axis (TimeAxis Months, one month a step), Day for a daily one (86,400 s a
/// step); Step otherwise, where "a step" is all the code can honestly say.
[[nodiscard]] StepUnit stepUnit(const mc::PreparedData& data);

/// Step @p step (1-based) as a lead time: "3 months ahead", "1 day ahead" or "Step 3 ahead".
[[nodiscard]] QString stepAheadText(StepUnit unit, int step);
[[nodiscard]] QString stepAheadText(const mc::PreparedData& data, int step);

}  // namespace mcui
