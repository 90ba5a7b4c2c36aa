// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_chart.h"

#include "experiment.h"
#include "forecast_chart.h"

#include <QApplication>

namespace mc::cli {

std::string writeChart(const ExperimentResult& result, const std::string& path, int argc, char** argv)
{
    // Headless by default: the CLI runs on servers and in CI without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString error = mcui::renderForecastPng(mcui::forecastChartData(result, 1), QString::fromStdString(path));
    return error.toStdString();
}

}  // namespace mc::cli
