// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translated lead sentences for import failures; the English detail (file, line, column) follows.
// Plain functions, callable from the GUI thread.

#include "csv_import.h"

#include <QString>

namespace mcui {

/// One sentence that says what went wrong, in the UI language.
[[nodiscard]] QString importErrorLead(mc::ImportErrorCode code);

/// The lead sentence plus mc::describe() (file:line: column N (name): detail).
[[nodiscard]] QString importErrorMessage(const mc::ImportError& error);

}  // namespace mcui
