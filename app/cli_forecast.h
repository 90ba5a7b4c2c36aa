// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli_chart.h"

#include <string>
#include <vector>

namespace mc::cli {

/// `marinecast-cli forecast`: applies a saved model (model.mcmodel) to data, imported with the
/// bundle's import settings unless flags override them, and writes forecast.csv,
/// forecast_ahead.csv, metrics.json (when the data has observations to score), forecast.json and
/// chart.png. Returns the exit code.
[[nodiscard]] int runForecast(const std::vector<std::string>& args, ChartWriter& charts);

[[nodiscard]] std::string forecastHelp();

}  // namespace mc::cli
