// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_chart.h"

namespace mc::cli {

std::string writeChart(const ExperimentResult&, const std::string&, int, char**)
{
    return "note: chart.png skipped: this marinecast-cli was built without Qt (MARINECAST_WITH_QT=OFF)";
}

}  // namespace mc::cli
