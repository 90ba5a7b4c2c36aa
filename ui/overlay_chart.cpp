// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay_chart.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "node_texts.h"
#include "qcustomplot_include.h"
#include "step_texts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <limits>
#include <map>

namespace mcui {
namespace {

// matplotlib's default cycle, which the reference deck's charts use: blue is kept for observations.
const QColor kSeriesColors[] = {QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
const QColor kObservedColor(0x1f, 0x77, 0xb4);

}  // namespace

OverlayChartData overlayChartData(const QStringList& names, const std::vector<const mc::ExperimentResult*>& results,
                                  int horizon, const std::vector<int>& nodes)
{
    OverlayChartData d;
    d.names = names;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::map<mc::TimePoint, std::vector<double>> rows;  // time -> observed, then one value per result
    QStringList rmse;
    mc::TimePoint step = mc::kSecondsPerDay;
    const mc::PreparedData* unitOf = nullptr;  // the step unit of the captions
    for (std::size_t r = 0; r < results.size(); ++r) {
        const auto& res = *results[r];
        if (!res.ok())
            continue;
        const auto& w = res.data.test;
        const bool multi = res.data.multiNode();
        // Pooling every node's windows would stack several series on one time axis.
        const int node = multi ? std::clamp(r < nodes.size() ? nodes[r] : 0, 0, std::max(0, int(res.data.nodes.size()) - 1)) : -1;
        unitOf = &res.data;
        const auto h = static_cast<std::size_t>(w.horizon);
        const auto k = static_cast<std::size_t>(std::clamp(horizon, 1, std::max(1, w.horizon)) - 1);
        d.horizon = int(k) + 1;
        step = res.data.step;
        d.dateOnly = res.data.dateOnly;
        if (d.valueLabel.isEmpty()) {
            const QString unit = QString::fromStdString(res.unit());
            d.valueLabel = QString::fromStdString(res.data.target)
                + (unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + QLatin1Char(')'));
            // Short enough for a narrow tab: the legend names the configurations.
            const bool monthly = res.data.axis.unit == mc::TimeUnit::Months && res.data.axis.step == 1;
            d.title = (monthly ? QCoreApplication::translate("OverlayChart", "%1 at %2: observed and forecasts, %3 mo ahead")
                       : res.data.step == mc::kSecondsPerDay
                           ? QCoreApplication::translate("OverlayChart", "%1 at %2: observed and forecasts, %3 d ahead")
                           : QCoreApplication::translate("OverlayChart", "%1 at %2: observed and forecasts, step %3 ahead"))
                          .arg(QString::fromStdString(res.data.target), nodeName(res.data, node))
                          .arg(k + 1);
        }
        const auto& scores = multi && std::size_t(node) < res.perNode.size() ? res.perNode[std::size_t(node)].model : res.model;
        const auto& m = k < scores.perHorizon.size() ? scores.perHorizon[k] : scores.pooled;
        rmse << QStringLiteral("%1 %2").arg(names.value(int(r)), QLocale().toString(m.rmse, 'g', 3));
        for (std::size_t i = 0; i < w.count; ++i) {
            if (multi && (i >= w.node.size() || w.node[i] != node))
                continue;
            auto& row = rows[w.validTime[i * h + k]];
            if (row.empty())
                row.assign(results.size() + 1, nan);
            row[0] = w.observed[i * h + k];
            row[r + 1] = res.predicted[i * h + k];
        }
    }
    if (!rmse.isEmpty()) {
        if (unitOf && stepUnit(*unitOf) != StepUnit::Step)
            //: Caption of the overlay chart: %1 the lead time ("3 months ahead"), %2 each configuration's RMSE.
            d.caption = QCoreApplication::translate("OverlayChart", "RMSE, %1: %2")
                            .arg(stepAheadText(*unitOf, d.horizon), rmse.join(QStringLiteral(" · ")));
        else
            d.caption = QCoreApplication::translate("OverlayChart", "RMSE at step %1: %2").arg(d.horizon).arg(rmse.join(QStringLiteral(" · ")));
    }
    d.predicted.resize(int(results.size()));
    double prev = nan;
    for (const auto& [t, row] : rows) {
        const double time = static_cast<double>(t);
        if (!std::isnan(prev) && time - prev > 1.5 * static_cast<double>(step)) {
            d.time.append((prev + time) / 2);  // a gap: break every line
            d.observed.append(nan);
            for (auto& p : d.predicted)
                p.append(nan);
        }
        d.time.append(time);
        d.observed.append(row[0]);
        for (int r = 0; r < d.predicted.size(); ++r)
            d.predicted[r].append(row[std::size_t(r) + 1]);
        prev = time;
    }
    return d;
}

QColor overlaySeriesColor(int index) { return kSeriesColors[std::max(0, index) % int(std::size(kSeriesColors))]; }

void setupOverlayPlot(QCustomPlot& plot, const OverlayChartData& data)
{
    plot.clearGraphs();
    plot.clearItems();
    setupChartFrame(plot, data.title, data.caption);
    auto* observed = plot.addGraph();
    observed->setObjectName(QStringLiteral("observed"));
    observed->setName(QCoreApplication::translate("OverlayChart", "Observed"));
    observed->setPen(QPen(kObservedColor, 1.8));
    observed->setData(data.time, data.observed, true);
    for (int i = 0; i < data.predicted.size(); ++i) {
        auto* g = plot.addGraph();
        g->setObjectName(QStringLiteral("config%1").arg(i));
        g->setName(data.names.value(i));
        g->setPen(QPen(overlaySeriesColor(i), 1.4));
        g->setData(data.time, data.predicted[i], true);
    }
    setupDateAxis(plot, data.dateOnly);
    plot.xAxis->setLabel(QCoreApplication::translate("OverlayChart", "Date"));
    plot.yAxis->setLabel(data.valueLabel);
    plot.rescaleAxes();
    plot.yAxis->scaleRange(1.08, plot.yAxis->range().center());
}

QString renderOverlayPng(const OverlayChartData& data, const QString& path, QSize size)
{
    QCustomPlot plot;
    plot.resize(size);
    setupOverlayPlot(plot, data);
    const QPixmap pixmap = plot.toPixmap(size.width(), size.height());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit())
        return QCoreApplication::translate("OverlayChart", "Cannot write the chart to %1").arg(path);
    return {};
}

}  // namespace mcui
