// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast_view.h"

#include "plot_crosshair.h"
#include "qcustomplot_include.h"
#include "time_format.h"

#include <QEvent>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {
namespace {

QCPGraph* graphNamed(const QCustomPlot* plot, const QString& name)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    return nullptr;
}

}  // namespace

ForecastView::ForecastView(QWidget* parent) : QWidget(parent)
{
    m_plot = makePlot(QStringLiteral("forecastPlot"));
    m_plot->setMinimumHeight(260);
    m_residualPlot = makePlot(QStringLiteral("residualPlot"));
    m_residualPlot->setMinimumHeight(110);
    m_crosshair = new PlotCrosshair(m_plot);
    m_residualCrosshair = new PlotCrosshair(m_residualPlot);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_residualPlot);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this] { syncRange(m_plot, m_residualPlot); });
    connect(m_residualPlot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this] { syncRange(m_residualPlot, m_plot); });
}

QCustomPlot* ForecastView::makePlot(const QString& objectName)
{
    auto* plot = new QCustomPlot;
    plot->setObjectName(objectName);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->setNoAntialiasingOnDrag(true);
    plot->setMouseTracking(true);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    plot->installEventFilter(this);
    connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent* e) { hover(plot, e); });
    connect(plot, &QCustomPlot::mouseDoubleClick, this, &ForecastView::resetZoom);
    connect(plot, &QWidget::customContextMenuRequested, this,
            [this, plot](const QPoint& p) { Q_EMIT contextMenuRequested(plot->mapToGlobal(p)); });
    connect(plot, &QCustomPlot::afterReplot, this, &ForecastView::alignMargins);
    return plot;
}

void ForecastView::setChart(const ForecastChartData& data, BaselineToggles baselines, bool keepZoom)
{
    hideReadout();
    const QCPRange view = m_plot->xAxis->range();
    keepZoom = keepZoom && !isEmpty();
    m_chart = data;
    m_baselines = baselines;
    ForecastChartData onScreen = data;
    onScreen.caption.clear();  // the panel around states the settings
    m_syncing = true;          // the setups rescale both axes; link them once at the end
    setupForecastPlot(*m_plot, onScreen, baselines);
    m_plot->xAxis->setLabel(QString());  // the error plot right below carries the date label
    m_fullLower = m_plot->xAxis->range().lower;
    m_fullUpper = m_plot->xAxis->range().upper;
    if (const auto& t = data.aheadTime; t.size() >= 2)
        m_fullUpper += 0.5 * (t.last() - t[t.size() - 2]);  // the last step ahead off the frame's edge
    setupResidualPlot(*m_residualPlot, data);
    m_residualPlot->legend->setVisible(false);
    for (auto* plot : {m_plot, m_residualPlot})
        plot->axisRect()->setMinimumMargins(QMargins());
    // A forecast ahead opens on what it was made from and the steps ahead (the test range may end
    // years before the data does); Reset zoom still shows everything.
    QCPRange open(m_fullLower, m_fullUpper);
    if (const auto focus = aheadFocusRange(data))
        open = QCPRange(focus->first, focus->second);
    m_plot->xAxis->setRange(keepZoom ? view : open);
    m_residualPlot->xAxis->setRange(m_plot->xAxis->range());
    m_syncing = false;
    fitValueAxes();
    replot();
}

void ForecastView::clear()
{
    hideReadout();
    m_chart = {};
    for (auto* plot : {m_plot, m_residualPlot}) {
        plot->clearGraphs();
        plot->clearItems();
    }
    replot();
}

void ForecastView::resetZoom()
{
    if (isEmpty())
        return;
    m_plot->xAxis->setRange(m_fullLower, m_fullUpper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);  // syncRange() replots only the other plot
}

QString ForecastView::readoutText() const { return m_crosshair->text(); }

void ForecastView::replot()
{
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_residualPlot->replot(QCustomPlot::rpQueuedReplot);
}

void ForecastView::syncRange(QCustomPlot* from, QCustomPlot* to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    to->xAxis->setRange(from->xAxis->range());
    m_syncing = false;
    hideReadout();  // its text box is placed in pixels and would now point beside the data
    fitValueAxes();
    // Only the other plot: the one whose range changed is replotted by whoever changed it (QCustomPlot
    // after a wheel or drag step, resetZoom() otherwise). Queuing it here too drew it twice per step
    // (about 40 ms more per zoom step at a million points).
    to->replot(QCustomPlot::rpQueuedReplot);
}

void ForecastView::fitValueAxes()
{
    fitValueAxisToVisible(m_plot->yAxis, 0.08);
    const QCPRange keys = m_plot->xAxis->range();
    if (auto* residual = graphNamed(m_residualPlot, QStringLiteral("residual"))) {
        bool found = false;
        const QCPRange r = residual->getValueRange(found, QCP::sdBoth, keys);
        if (found) {
            const double span = std::max({std::abs(r.lower), std::abs(r.upper), 1e-9}) * 1.1;
            m_residualPlot->yAxis->setRange(-span, span);
        }
    }
}

void ForecastView::alignMargins()
{
    // Two widgets, so QCPMarginGroup cannot line their time axes up: match the left margins here.
    auto* a = m_plot->axisRect();
    auto* b = m_residualPlot->axisRect();
    const int left = std::max(a->margins().left(), b->margins().left());
    bool changed = false;
    for (auto* rect : {a, b})
        if (rect->margins().left() < left) {
            QMargins m = rect->minimumMargins();
            m.setLeft(left);
            rect->setMinimumMargins(m);
            changed = true;
        }
    if (changed)
        replot();
}

void ForecastView::hover(QCustomPlot* plot, QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (isEmpty() || !plot->axisRect()->rect().contains(pos.toPoint())) {
        hideReadout();
        return;
    }
    const double key = plot->xAxis->pixelToCoord(pos.x());
    const auto& t = m_chart.time;
    const int at = int(std::lower_bound(t.begin(), t.end(), key) - t.begin());
    int best = -1;
    for (int i = std::max(0, at - 1); i <= std::min(int(t.size()) - 1, at); ++i) {
        const bool gap = std::isnan(m_chart.observed[i]) && std::isnan(m_chart.predicted[i]);
        if (!gap && (best < 0 || std::abs(t[i] - key) < std::abs(t[best] - key)))
            best = i;
    }
    // Past the test range (a forecast ahead and its recent observations): read those out when they
    // are nearer, or the readout would name a test point years away, off screen.
    const auto nearest = [&](const QVector<double>& times, const QVector<double>& values) {
        int found = -1;
        for (int i = 0; i < times.size(); ++i)
            if (std::isfinite(values[i]) && (found < 0 || std::abs(times[i] - key) < std::abs(times[found] - key)))
                found = i;
        return found;
    };
    const double testDistance = best < 0 ? std::numeric_limits<double>::infinity() : std::abs(t[best] - key);
    const int recent = nearest(m_chart.recentTime, m_chart.recentObserved);
    const int ahead = nearest(m_chart.aheadTime, m_chart.aheadPredicted);
    const double recentDistance = recent < 0 ? std::numeric_limits<double>::infinity() : std::abs(m_chart.recentTime[recent] - key);
    const double aheadDistance = ahead < 0 ? std::numeric_limits<double>::infinity() : std::abs(m_chart.aheadTime[ahead] - key);
    if (std::min(recentDistance, aheadDistance) < testDistance) {
        const bool isRecent = recentDistance <= aheadDistance;  // the origin is an observation
        const double when = isRecent ? m_chart.recentTime[recent] : m_chart.aheadTime[ahead];
        const double value = isRecent ? m_chart.recentObserved[recent] : m_chart.aheadPredicted[ahead];
        const QString line = isRecent ? tr("Observed: %1").arg(formatValue(value))
                                      //: Hover readout on the dashed forecast past the last observation (未来预测).
                                      : tr("Forecast ahead: %1").arg(formatValue(value));
        m_crosshair->showAt(when, QString::fromStdString(mc::formatTime(static_cast<mc::TimePoint>(when), m_chart.dateOnly)) + QLatin1Char('\n') + line,
                            {graphNamed(m_plot, isRecent ? QStringLiteral("recent") : QStringLiteral("ahead"))});
        m_residualCrosshair->hide();
        return;
    }
    if (best < 0) {
        hideReadout();
        return;
    }
    const double observed = m_chart.observed[best], predicted = m_chart.predicted[best];
    QStringList lines{QString::fromStdString(mc::formatTime(static_cast<mc::TimePoint>(t[best]), m_chart.dateOnly)),
                      tr("Observed: %1").arg(formatValue(observed)), tr("Predicted: %1").arg(formatValue(predicted)),
                      tr("Error: %1").arg(formatValue(predicted - observed))};
    if (m_baselines.persistence)
        lines << tr("Persistence: %1").arg(formatValue(m_chart.persistence[best]));
    if (m_baselines.climatology)
        lines << tr("Climatology: %1").arg(formatValue(m_chart.climatology[best]));
    m_crosshair->showAt(t[best], lines.join(QLatin1Char('\n')),
                        {graphNamed(m_plot, QStringLiteral("observed")), graphNamed(m_plot, QStringLiteral("predicted"))});
    m_residualCrosshair->showAt(t[best], QString(), {graphNamed(m_residualPlot, QStringLiteral("residual"))});
}

void ForecastView::hideReadout()
{
    m_crosshair->hide();
    m_residualCrosshair->hide();
}

QString ForecastView::formatValue(double v) const
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const QString number = QLocale().toString(v, 'f', 2);
    return m_chart.unit.isEmpty() ? number : number + QLatin1Char(' ') + m_chart.unit;
}

bool ForecastView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Leave && (watched == m_plot || watched == m_residualPlot))
        hideReadout();
    return QWidget::eventFilter(watched, event);
}

}  // namespace mcui
