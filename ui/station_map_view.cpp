// SPDX-License-Identifier: GPL-3.0-or-later
#include "station_map_view.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "qcustomplot_include.h"
#include "station_graph.h"

#include <QEvent>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mcui {
namespace {

constexpr double kClickRadius = 14;  ///< pixels around a station that count as clicking it

bool isStations(const mc::ExperimentResult* r)
{
    return r && r->ok() && r->data.layout == mc::NodeLayout::Stations && r->data.nodeInfo.size() == r->data.nodes.size();
}

bool hasPosition(const mc::NodeInfo& n) { return std::isfinite(n.latitude) && std::isfinite(n.longitude); }

// Red where the model loses to persistence, white at a draw, blue where it wins.
QCPColorGradient skillGradient()
{
    QCPColorGradient g;
    g.setColorStopAt(0.0, QColor(0xb2, 0x18, 0x2b));
    g.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    g.setColorStopAt(1.0, QColor(0x21, 0x66, 0xac));
    return g;
}

}  // namespace

StationMapView::StationMapView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stationMapView"));
    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("stationMapPlot"));
    auto* layout = m_plot->plotLayout();
    auto* rect = m_plot->axisRect();
    layout->take(rect);
    layout->simplify();
    m_title = new QCPTextElement(m_plot, QString(), scaledFont(m_plot->font(), 1.2, true));
    m_caption = new QCPTextElement(m_plot, QString(), scaledFont(m_plot->font(), 0.9));
    m_caption->setTextColor(QColor(0x44, 0x44, 0x44));
    m_scale = new QCPColorScale(m_plot);
    m_scale->setGradient(skillGradient());
    layout->addElement(0, 0, m_title);
    layout->addElement(1, 0, rect);
    layout->addElement(1, 1, m_scale);
    layout->addElement(2, 0, m_caption);
    layout->setRowStretchFactors({0.001, 1, 0.001});
    layout->setColumnStretchFactors({1, 0.001});
    auto* margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    rect->setupFullAxesBox(true);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_plot);
    connect(m_plot, &QCustomPlot::mousePress, this, &StationMapView::press);
    retranslate();
}

void StationMapView::showResult(RunResultPtr result)
{
    m_result = isStations(result.get()) ? std::move(result) : nullptr;
    m_current = -1;
    draw();
    retranslate();
}

void StationMapView::draw()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_drawn.clear();
    m_edges = 0;
    if (!m_result) {
        m_plot->replot();
        return;
    }
    const auto& d = m_result->data;
    double span = 0.1;  // the scale is symmetric about 0, so white is always "as good as persistence"
    for (const auto& n : m_result->perNode)
        if (std::isfinite(n.skill))
            span = std::max(span, std::abs(n.skill));
    const QCPRange skills(-span, span);
    m_scale->setDataRange(skills);
    QCPColorGradient gradient = skillGradient();
    drawEdges();
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const auto& info = d.nodeInfo[i];
        if (!hasPosition(info))
            continue;
        const double skill = i < m_result->perNode.size() ? m_result->perNode[i].skill : std::nan("");
        const QColor fill = std::isfinite(skill) ? QColor(gradient.color(skill, skills)) : QColor(Qt::lightGray);
        auto* graph = m_plot->addGraph();
        graph->setObjectName(QStringLiteral("station"));
        graph->setProperty("node", int(i));
        graph->setLineStyle(QCPGraph::lsNone);
        const bool current = int(i) == m_current;
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, current ? 3.0 : 1.0), fill,
                                               current ? 18 : 14));
        graph->setData({info.longitude}, {info.latitude});
        auto* label = new QCPItemText(m_plot);
        label->position->setCoords(info.longitude, info.latitude);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(10, 0, 0, 8));
        label->setText(QString::fromStdString(d.nodes[i]));
        QFont f = m_plot->font();
        f.setBold(current);
        label->setFont(f);
        m_drawn.push_back(int(i));
    }
    m_plot->rescaleAxes();
    // Room around the outer stations for their markers and labels.
    for (auto* axis : {m_plot->xAxis, m_plot->yAxis}) {
        const QCPRange r = axis->range();
        const double pad = std::max(r.size() * 0.15, 0.01);
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    m_plot->replot();
}

void StationMapView::drawEdges()
{
    const auto& d = m_result->data;
    const auto& p = m_result->config.params;
    if (m_result->config.model != "gnn")
        return;  // only the GNN has a graph; other models treat the stations as a set
    std::vector<mc::GeoPoint> points;
    for (const auto& n : d.nodeInfo)
        points.push_back({n.latitude, n.longitude});
    mc::StationGraphOptions options;
    if (p.has("neighbours"))
        options.neighbours = int(p.getInt("neighbours"));
    if (p.has("radius-km"))
        options.radiusKm = p.getDouble("radius-km");
    const auto built = mc::buildStationGraph(points, options);
    if (!built.ok())
        return;
    for (const auto& arc : built.graph.arcs) {
        if (arc.from > arc.to)
            continue;  // each undirected edge once
        const auto& a = d.nodeInfo[std::size_t(arc.from)];
        const auto& b = d.nodeInfo[std::size_t(arc.to)];
        auto* line = new QCPItemLine(m_plot);
        line->setPen(QPen(QColor(0x70, 0x70, 0x70), 1.4));
        line->start->setCoords(a.longitude, a.latitude);
        line->end->setCoords(b.longitude, b.latitude);
        line->setLayer(QStringLiteral("background"));
        ++m_edges;
    }
}

void StationMapView::setCurrentNode(int node)
{
    if (node == m_current)
        return;
    m_current = node;
    if (m_result) {
        // Keep the analyst's zoom: redraw, then put the ranges back.
        const QCPRange x = m_plot->xAxis->range(), y = m_plot->yAxis->range();
        draw();
        m_plot->xAxis->setRange(x);
        m_plot->yAxis->setRange(y);
        m_plot->replot();
    }
}

QPointF StationMapView::stationPixel(int node) const
{
    if (!m_result || std::find(m_drawn.begin(), m_drawn.end(), node) == m_drawn.end())
        return {-1, -1};
    const auto& info = m_result->data.nodeInfo[std::size_t(node)];
    return {m_plot->xAxis->coordToPixel(info.longitude), m_plot->yAxis->coordToPixel(info.latitude)};
}

void StationMapView::press(QMouseEvent* event)
{
    int best = -1;
    double bestDistance = kClickRadius;
    for (int node : m_drawn) {
        const QPointF at = stationPixel(node);
        const double distance = std::hypot(at.x() - event->position().x(), at.y() - event->position().y());
        if (distance <= bestDistance) {
            best = node;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return;
    setCurrentNode(best);
    Q_EMIT nodeClicked(best);
}

void StationMapView::retranslate()
{
    m_title->setText(tr("Stations by skill vs persistence"));
    m_plot->xAxis->setLabel(tr("Longitude (° E)"));
    m_plot->yAxis->setLabel(tr("Latitude (° N)"));
    //: Colour bar: skill score vs persistence, 1 − RMSE_model / RMSE_persistence (技巧评分).
    m_scale->axis()->setLabel(tr("Skill vs persistence"));
    QString caption;
    if (m_result && m_result->config.model == "gnn")
        //: Station map caption; %1 is the number of edges of the GNN's station graph (边).
        caption = tr("Lines: the GNN's station graph, %1 edges. Click a station to chart it.").arg(m_edges);
    else if (m_result)
        caption = tr("Click a station to chart it.");
    m_caption->setText(caption);
    m_plot->replot();
}

void StationMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
