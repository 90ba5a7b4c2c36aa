// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only (reads the interface language).
#pragma once

#include <QString>

#include <string>

namespace mc {
struct CatalogueVariable;
struct Dataset;
}  // namespace mc

namespace mcui {

/// True while the interface is in Chinese, so catalogue labels come in Chinese.
[[nodiscard]] bool chineseInterface();

/// The catalogue variable's label in the interface language.
[[nodiscard]] QString catalogueLabel(const mc::CatalogueVariable& variable);

/// Unit of @p variable: the dataset's own, else the catalogue's; empty when neither knows.
[[nodiscard]] QString variableUnit(const mc::Dataset& dataset, const std::string& variable);

/// A variable for an axis title: its catalogue label when the dataset maps it to one (else its
/// name), with the unit in parentheses when known, e.g. `Water temperature (°C)`, `水温 (°C)`.
[[nodiscard]] QString variableAxisLabel(const mc::Dataset& dataset, const std::string& variable);

}  // namespace mcui
