// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_chart.h"

#include "experiment.h"
#include "forecast_chart.h"

#include <QApplication>

#include <cstdio>

namespace mc::cli {

std::string writeChart(const ExperimentResult& result, const std::string& path, int argc, char** argv)
{
    // Headless by default: the CLI runs on servers and in CI without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Platform chatter (XDG_RUNTIME_DIR, fonts) is noise on a terminal; real failures come back
    // from renderForecastPng as its return value.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            fprintf(stderr, "%s\n", qPrintable(message));
    });
    QApplication app(argc, argv);
    const QString error = mcui::renderForecastPng(mcui::forecastChartData(result, 1), QString::fromStdString(path));
    return error.toStdString();
}

}  // namespace mc::cli
