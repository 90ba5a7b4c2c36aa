// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_chart.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "overlay_chart.h"

#include <QApplication>

#include <algorithm>
#include <cstdio>

namespace mc::cli {

struct ChartWriter::Impl {
    int& argc;
    char** argv;
    std::unique_ptr<QApplication> app;

    void ensureApp()
    {
        if (app)
            return;
        // Headless by default: the CLI runs on servers and in CI without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Platform chatter (XDG_RUNTIME_DIR, fonts) is noise on a terminal; real failures come
        // back from the renderers as return values.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
        app = std::make_unique<QApplication>(argc, argv);
    }
};

ChartWriter::ChartWriter(int& argc, char** argv) : m_impl(new Impl{argc, argv, nullptr}) {}
ChartWriter::~ChartWriter() = default;

std::string ChartWriter::forecast(const ExperimentResult& result, const std::string& path, bool withAhead)
{
    m_impl->ensureApp();
    auto data = mcui::forecastChartData(result, 1);
    if (withAhead)
        mcui::addAheadForecast(data, result, std::max(90, 30 * result.data.test.horizon));
    return mcui::renderForecastPng(data, QString::fromStdString(path)).toStdString();
}

std::string ChartWriter::overlay(const std::vector<std::string>& names, const std::vector<const ExperimentResult*>& results,
                                 const std::string& path)
{
    m_impl->ensureApp();
    QStringList list;
    for (const auto& n : names)
        list << QString::fromStdString(n);
    return mcui::renderOverlayPng(mcui::overlayChartData(list, results, 1), QString::fromStdString(path)).toStdString();
}

}  // namespace mc::cli
