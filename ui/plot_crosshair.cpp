// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_crosshair.h"

#include "forecast_chart.h"
#include "qcustomplot_include.h"

#include <cmath>

namespace mcui {
namespace {

const QString kOverlay = QStringLiteral("overlay");
constexpr int kLabelGap = 10;  // pixels between the line and the text box

bool finiteAt(const QCPGraph* graph, double key)
{
    const auto it = graph->data()->findBegin(key, false);
    return it != graph->data()->constEnd() && it->key == key && std::isfinite(it->value);
}

}  // namespace

PlotCrosshair::PlotCrosshair(QCustomPlot* plot) : QObject(plot), m_plot(plot)
{
    m_plot->layer(kOverlay)->setMode(QCPLayer::lmBuffered);
}

void PlotCrosshair::ensureItems()
{
    if (!m_line) {
        m_line = new QCPItemStraightLine(m_plot);
        m_line->setLayer(kOverlay);
        m_line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DotLine));
        m_line->setSelectable(false);
        for (auto* p : {m_line->point1, m_line->point2}) {
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
    }
    if (!m_label) {
        m_label = new QCPItemText(m_plot);
        m_label->setLayer(kOverlay);
        m_label->setSelectable(false);
        m_label->setFont(scaledFont(m_plot->font(), 0.95));
        m_label->setTextAlignment(Qt::AlignLeft);
        m_label->setPadding(QMargins(6, 4, 6, 4));
        m_label->setBrush(QColor(255, 255, 255, 230));
        m_label->setPen(QPen(QColor(0xb0, 0xb0, 0xb0)));
        m_label->position->setTypeX(QCPItemPosition::ptAbsolute);
        m_label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
}

void PlotCrosshair::showAt(double key, const QString& text, const QList<QCPGraph*>& markOn)
{
    ensureItems();
    m_key = key;
    m_line->point1->setCoords(key, 0);
    m_line->point2->setCoords(key, 1);
    m_line->setVisible(true);

    // Beside the line, on the side with more room, so the box never leaves the plot.
    const double x = m_plot->xAxis->coordToPixel(key);
    const QRect rect = m_plot->axisRect()->rect();
    const bool rightSide = x < rect.center().x();
    m_label->position->setAxisRect(m_plot->axisRect());
    m_label->position->setCoords(rightSide ? x + kLabelGap : x - kLabelGap, 0.03);
    m_label->setPositionAlignment(Qt::AlignTop | (rightSide ? Qt::AlignLeft : Qt::AlignRight));
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());

    int used = 0;
    for (auto* graph : markOn) {
        if (!graph || !finiteAt(graph, key))
            continue;
        if (used == m_tracers.size() || !m_tracers[used]) {
            auto* tracer = new QCPItemTracer(m_plot);
            tracer->setLayer(kOverlay);
            tracer->setSelectable(false);
            tracer->setStyle(QCPItemTracer::tsCircle);
            tracer->setSize(7);
            tracer->setBrush(Qt::white);
            if (used == m_tracers.size())
                m_tracers.append(tracer);
            else
                m_tracers[used] = tracer;
        }
        auto* tracer = m_tracers[used++].data();
        tracer->setGraph(graph);
        tracer->setGraphKey(key);
        tracer->setPen(QPen(graph->pen().color(), 1.6));
        tracer->setVisible(true);
    }
    for (int i = used; i < m_tracers.size(); ++i)
        if (m_tracers[i])
            m_tracers[i]->setVisible(false);
    repaint();
}

void PlotCrosshair::hide()
{
    if (!isVisible())
        return;
    if (m_line)
        m_line->setVisible(false);
    if (m_label)
        m_label->setVisible(false);
    for (const auto& t : m_tracers)
        if (t)
            t->setVisible(false);
    repaint();
}

bool PlotCrosshair::isVisible() const { return m_line && m_line->visible(); }

QString PlotCrosshair::text() const { return isVisible() && m_label && m_label->visible() ? m_label->text() : QString(); }

void PlotCrosshair::repaint() { m_plot->layer(kOverlay)->replot(); }

}  // namespace mcui
