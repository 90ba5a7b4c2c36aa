// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canonical monitoring variables: what a source column means, its unit, the physical range
// used by the import's range check, and labels for both UI languages.

#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// One canonical variable. Text is UTF-8; labels are plain names, the unit is kept apart.
struct CatalogueVariable {
    std::string id;       ///< snake_case, stable: used in saved settings and run files
    std::string unit;     ///< e.g. `°C`, `PSU`, `µg/L`; empty for dimensionless pH
    std::string labelEn;  ///< e.g. `Water temperature`
    std::string labelZh;  ///< e.g. `水温`
    double minValue = 0.0;  ///< physical range: readings outside it are rejected (RejectReason::Range)
    double maxValue = 0.0;
};

/// All canonical variables, in a stable order.
[[nodiscard]] const std::vector<CatalogueVariable>& catalogueVariables();

/// The variable with id @p id (exact), or nullptr.
[[nodiscard]] const CatalogueVariable* findCatalogueVariable(std::string_view id);

/// Canonical id for a source column name, or empty when the name is not clear.
///
/// Exact rules only, no similarity guessing. The name is trimmed, ASCII-lower-cased, a trailing
/// unit in parentheses (ASCII or full-width) is split off, and `-`, `_`, `.`, `/`, `+` and blanks
/// become one `_`. The result is looked up among the known spellings (`temp`, `water_temp`, `水温`,
/// `do_mgl`, `chla_n` …); failing that, with a daily-statistics suffix `_mean`, `_min`, `_max`,
/// `_median` or `_total` removed (NERRS daily files; `_sd`, `_iqr`, `_nvalid` never match); failing
/// that, with a trailing unit word removed (`Temperature C`, `Salinity psu`, `Chlorophyll-a ug_L`).
/// A generic dissolved-oxygen name (`Dissolved Oxygen`, `DO`, `溶解氧`) is the mg/L variable unless
/// its unit says saturation (`%`, `per_saturation`).
[[nodiscard]] std::string matchCatalogueVariable(std::string_view columnName);

}  // namespace mc
