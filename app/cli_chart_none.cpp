// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_chart.h"

namespace mc::cli {

namespace {
const char* const kNote = "note: chart skipped: this marinecast-cli was built without Qt (MARINECAST_WITH_QT=OFF)";
}

struct ChartWriter::Impl {};

ChartWriter::ChartWriter(int&, char**) {}
ChartWriter::~ChartWriter() = default;

std::string ChartWriter::forecast(const ExperimentResult&, const std::string&, bool) { return kNote; }

std::string ChartWriter::nodeCharts(const ExperimentResult&, const std::string&, std::vector<std::string>*, bool) { return kNote; }

std::string ChartWriter::overlay(const std::vector<std::string>&, const std::vector<const ExperimentResult*>&,
                                 const std::string&)
{
    return kNote;
}

}  // namespace mc::cli
