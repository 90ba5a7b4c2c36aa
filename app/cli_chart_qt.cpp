// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_chart.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "overlay_chart.h"

#include <QApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

namespace mc::cli {

namespace {

// A node id as a file name on every platform: no separators, reserved characters or spaces.
std::string fileSafe(const std::string& id, std::size_t index)
{
    static const std::string kForbidden = "<>:\"/\\|?*";
    std::string out;
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        const bool bad = u < 0x20 || u == 0x7f || c == ' ' || c == '\t' || kForbidden.find(c) != std::string::npos;
        if (!bad)
            out += c;
        else if (out.empty() || out.back() != '_')
            out += '_';
    }
    while (!out.empty() && (out.back() == '.' || out.back() == '_'))
        out.pop_back();
    return out.empty() ? "node" + std::to_string(index + 1) : out;
}

}  // namespace

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

std::string ChartWriter::nodeCharts(const ExperimentResult& result, const std::string& dir, std::vector<std::string>* written,
                                    bool withAhead)
{
    if (!result.data.multiNode() || result.data.nodes.empty())
        return {};
    m_impl->ensureApp();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return "cannot create " + dir + ": " + ec.message();
    std::set<std::string> taken;
    std::string notes;
    for (std::size_t i = 0; i < result.data.nodes.size(); ++i) {
        const std::string stem = fileSafe(result.data.nodes[i], i);
        std::string name = stem + ".png";
        for (int n = 2; !taken.insert(name).second; ++n)
            name = stem + "_" + std::to_string(n) + ".png";
        const auto path = (std::filesystem::path(dir) / name).string();
        auto data = mcui::forecastChartData(result, 1, int(i));
        if (withAhead)
            mcui::addAheadForecast(data, result, std::max(90, 30 * result.data.test.horizon), int(i));
        if (const QString e = mcui::renderForecastPng(data, QString::fromStdString(path)); !e.isEmpty())
            notes += (notes.empty() ? "" : "\n") + e.toStdString();
        else if (written)
            written->push_back(name);
    }
    return notes;
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
