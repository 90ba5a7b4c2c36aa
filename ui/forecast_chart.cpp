// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast_chart.h"

#include "experiment.h"
#include "qcustomplot_include.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <limits>

namespace mcui {
namespace {

// The reference deck's colours: observed blue, predicted orange (matplotlib's defaults).
const QColor kObservedColor(0x1f, 0x77, 0xb4);
const QColor kPredictedColor(0xff, 0x7f, 0x0e);

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

ForecastChartData forecastChartData(const mc::ExperimentResult& r, int horizon)
{
    ForecastChartData d;
    const auto& w = r.data.test;
    const auto h = static_cast<std::size_t>(w.horizon);
    const auto k = static_cast<std::size_t>(std::clamp(horizon, 1, std::max(1, w.horizon)) - 1);
    const QString unit = fromStd(r.unit());
    d.dateOnly = r.data.dateOnly;
    d.valueLabel = unit.isEmpty() ? fromStd(r.data.target) : fromStd(r.data.target) + QStringLiteral(" (") + unit + QLatin1Char(')');
    d.title = QCoreApplication::translate("ForecastChart", "%1 at %2: observed vs predicted, %3 step(s) ahead")
                  .arg(fromStd(r.data.target), fromStd(r.data.station))
                  .arg(horizon);
    const auto& p = r.config.params;
    d.caption = QCoreApplication::translate("ForecastChart", "Model %1, hidden %2, batch %3, lookback %4, %5 epochs; RMSE %6, skill vs persistence %7")
                    .arg(fromStd(r.config.model).toUpper())
                    .arg(p.getInt("hidden"))
                    .arg(p.getInt("batch"))
                    .arg(p.getInt("lookback"))
                    .arg(r.training.epochsRun)
                    .arg(r.model.pooled.rmse, 0, 'g', 3)
                    .arg(r.skill, 0, 'f', 3);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double prev = nan;
    for (std::size_t i = 0; i < w.count; ++i) {
        const double t = static_cast<double>(w.validTime[i * h + k]);
        // Consecutive windows are one step apart; a larger jump is a gap the line must not bridge.
        if (!std::isnan(prev) && t - prev > static_cast<double>(r.data.step) * 1.5) {
            d.time.append((prev + t) / 2);
            d.observed.append(nan);
            d.predicted.append(nan);
        }
        d.time.append(t);
        d.observed.append(w.observed[i * h + k]);
        d.predicted.append(r.predicted[i * h + k]);
        prev = t;
    }
    return d;
}

void setupForecastPlot(QCustomPlot& plot, const ForecastChartData& data)
{
    plot.clearGraphs();
    plot.clearItems();
    auto* observed = plot.addGraph();
    observed->setName(QCoreApplication::translate("ForecastChart", "Observed"));
    observed->setPen(QPen(kObservedColor, 1.6));
    observed->setData(data.time, data.observed, true);
    auto* predicted = plot.addGraph();
    predicted->setName(QCoreApplication::translate("ForecastChart", "Predicted"));
    predicted->setPen(QPen(kPredictedColor, 1.6));
    predicted->setData(data.time, data.predicted, true);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);  // times are the source's own clock, shown as they are
    ticker->setDateTimeFormat(data.dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd\nHH:mm"));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setLabel(QCoreApplication::translate("ForecastChart", "Date"));
    plot.yAxis->setLabel(data.valueLabel);
    plot.legend->setVisible(true);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    if (plot.plotLayout()->rowCount() == 1) {
        plot.plotLayout()->insertRow(0);
        QFont titleFont = plot.font();
        titleFont.setPointSize(12);
        titleFont.setBold(true);
        QFont captionFont = plot.font();
        captionFont.setPointSize(9);
        plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, data.title, titleFont));
        plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, new QCPTextElement(&plot, data.caption, captionFont));
    } else {
        if (auto* t = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0)))
            t->setText(data.title);
        if (auto* c = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(2, 0)))
            c->setText(data.caption);
    }
    plot.rescaleAxes();
    plot.yAxis->scaleRange(1.1, plot.yAxis->range().center());
}

QString renderForecastPng(const ForecastChartData& data, const QString& path, QSize size)
{
    QCustomPlot plot;
    plot.resize(size);
    setupForecastPlot(plot, data);
    // Save beside the target and rename, so a reader never sees half a PNG.
    const QString tmp = path + QStringLiteral(".tmp.png");
    if (!plot.savePng(tmp, size.width(), size.height()))
        return QCoreApplication::translate("ForecastChart", "Cannot write the chart to %1").arg(path);
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return QCoreApplication::translate("ForecastChart", "Cannot write the chart to %1").arg(path);
    return {};
}

}  // namespace mcui
