// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay_view.h"

#include "forecast_chart.h"
#include "plot_crosshair.h"
#include "qcustomplot_include.h"
#include "time_format.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mcui {

OverlayView::OverlayView(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("overlayPlot"));
    m_plot->setMinimumHeight(200);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMouseTracking(true);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->installEventFilter(this);
    m_crosshair = new PlotCrosshair(m_plot);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    connect(m_plot, &QCustomPlot::mouseMove, this, &OverlayView::hover);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &OverlayView::resetZoom);
    connect(m_plot, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& p) { Q_EMIT contextMenuRequested(m_plot->mapToGlobal(p)); });
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        m_crosshair->hide();  // its text box is placed in pixels and would now point beside the data
        fitValueAxis();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void OverlayView::setChart(const OverlayChartData& data, bool keepZoom)
{
    m_crosshair->hide();
    const QCPRange view = m_plot->xAxis->range();
    keepZoom = keepZoom && !isEmpty();
    m_chart = data;
    OverlayChartData onScreen = data;
    onScreen.caption.clear();
    {
        const QSignalBlocker block(m_plot->xAxis);
        setupOverlayPlot(*m_plot, onScreen);
        m_fullLower = m_plot->xAxis->range().lower;
        m_fullUpper = m_plot->xAxis->range().upper;
        m_plot->xAxis->setRange(keepZoom ? view : QCPRange(m_fullLower, m_fullUpper));
    }
    fitValueAxis();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void OverlayView::clear()
{
    m_crosshair->hide();
    m_chart = {};
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void OverlayView::resetZoom()
{
    if (!isEmpty())
        m_plot->xAxis->setRange(m_fullLower, m_fullUpper);
}

QString OverlayView::readoutText() const { return m_crosshair->text(); }

void OverlayView::fitValueAxis() { fitValueAxisToVisible(m_plot->yAxis, 0.08); }

void OverlayView::hover(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (isEmpty() || !m_plot->axisRect()->rect().contains(pos.toPoint())) {
        m_crosshair->hide();
        return;
    }
    const double key = m_plot->xAxis->pixelToCoord(pos.x());
    const auto& t = m_chart.time;
    const int at = int(std::lower_bound(t.begin(), t.end(), key) - t.begin());
    int best = -1;
    for (int i = std::max(0, at - 1); i <= std::min(int(t.size()) - 1, at); ++i)
        if (!std::isnan(m_chart.observed[i]) && (best < 0 || std::abs(t[i] - key) < std::abs(t[best] - key)))
            best = i;
    if (best < 0) {
        m_crosshair->hide();
        return;
    }
    const QLocale locale;
    const auto value = [&](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 2) : QStringLiteral("—"); };
    QStringList lines{QString::fromStdString(mc::formatTime(static_cast<mc::TimePoint>(t[best]), m_chart.dateOnly)),
                      tr("Observed: %1").arg(value(m_chart.observed[best]))};
    for (int i = 0; i < m_chart.predicted.size(); ++i)
        lines << QStringLiteral("%1: %2").arg(m_chart.names.value(i), value(m_chart.predicted[i][best]));
    QList<QCPGraph*> graphs;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        graphs << m_plot->graph(i);
    m_crosshair->showAt(t[best], lines.join(QLatin1Char('\n')), graphs);
}

bool OverlayView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Leave && watched == m_plot)
        m_crosshair->hide();
    return QWidget::eventFilter(watched, event);
}

}  // namespace mcui
