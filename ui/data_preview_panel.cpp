// SPDX-License-Identifier: GPL-3.0-or-later
#include "data_preview_panel.h"

#include "forecast_chart.h"
#include "import_report_view.h"
#include "preview_series.h"
#include "variable_labels.h"

#include "csv_import.h"
#include "dataset.h"
#include "qcustomplot_include.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace mcui {
namespace {

// Tableau colours without orange, which the forecast charts reserve for predictions; the first
// is the observed blue, since a preview shows observations.
const QColor kSeriesColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
const QColor kMissingColor(150, 150, 150, 55);

const QString kMissingLayer = QStringLiteral("missing");

// Markers over a series. Range rejects are left out of the value-axis fit, so a reading far
// outside the physical range does not flatten the series it was rejected from.
QCPGraph* addMarkers(QCustomPlot* plot, QCPAxis* valueAxis, const PreviewPoints& points, const QCPScatterStyle& style,
                     const QString& name, bool fit = true)
{
    if (points.keys.isEmpty())
        return nullptr;
    auto* graph = plot->addGraph(plot->xAxis, valueAxis);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    graph->setPen(style.pen());
    graph->setName(name);
    graph->setData(points.keys, points.values, true);
    graph->setProperty(kExcludeFromFit, !fit);
    return graph;
}

}  // namespace

DataPreviewPanel::DataPreviewPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dataPreviewPanel"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("previewPlot"));
    // Lines wider than a pixel, stroked segment by segment: as one polyline Qt's stroker needed
    // seconds per redraw for a noisy series (see useFastLines in forecast_chart.cpp).
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // Panning a million points stays fluid without antialiasing; the still image keeps it.
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->addLayer(kMissingLayer, m_plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);  // times are the source's own clock, shown as they are
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis2->setTickLabels(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 215));
    m_plot->legend->setBorderPen(QPen(QColor(190, 190, 190)));
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_plot->legend->setFont(legendFont);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { fitValueAxes(); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetView(); });

    m_reportButton = new QPushButton;
    m_reportButton->setObjectName(QStringLiteral("importReportButton"));
    m_reportButton->setFlat(true);
    connect(m_reportButton, &QPushButton::clicked, this, &DataPreviewPanel::showImportReport);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    bar->addStretch(1);
    bar->addWidget(m_reportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    setImportReport(nullptr);
    rebuild();
}

void DataPreviewPanel::setImportReport(std::shared_ptr<const mc::ImportReport> report)
{
    m_report = std::move(report);
    m_reportButton->setText(tr("Import report…"));
    m_reportButton->setVisible(m_report != nullptr);
    if (m_reportDialog)
        m_reportDialog->view()->setReport(m_report);
}

void DataPreviewPanel::showImportReport()
{
    if (!m_report)
        return;
    if (!m_reportDialog)
        m_reportDialog = new ImportReportDialog(m_report, this);
    m_reportDialog->view()->setReport(m_report);
    m_reportDialog->show();
    m_reportDialog->raise();
}

DataPreviewPanel::~DataPreviewPanel() = default;

void DataPreviewPanel::setDataset(std::shared_ptr<const mc::Dataset> dataset)
{
    m_dataset = std::move(dataset);
    rebuild();
}

void DataPreviewPanel::showSeries(const QList<QPair<QString, QString>>& stationVariables)
{
    m_series = stationVariables;
    rebuild();
}

void DataPreviewPanel::rebuild()
{
    m_plot->clearGraphs();
    m_plot->clearItems();

    struct Chosen {
        const mc::StationData* station;
        const std::vector<double>* values;
        QString unit;
    };
    std::vector<Chosen> chosen;
    QList<QPair<QString, QString>> shown;
    QStringList units;
    if (m_dataset) {
        for (const auto& [stationId, variable] : m_series) {
            const auto* st = m_dataset->station(stationId.toStdString());
            if (!st || !st->hasVariable(variable.toStdString()))
                continue;
            const auto it = st->variables.find(variable.toStdString());
            chosen.push_back({st, &it->second, variableUnit(*m_dataset, it->first)});
            shown.append({stationId, variable});
            if (!units.contains(chosen.back().unit))
                units.append(chosen.back().unit);
        }
    }
    m_series = shown;
    if (chosen.empty()) {
        showPlaceholder();
        return;
    }

    const bool standardise = units.size() > 2;
    const bool twoAxes = units.size() == 2;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const auto& c = chosen[i];
        const bool right = twoAxes && c.unit == units.at(1);
        auto* graph = m_plot->addGraph(m_plot->xAxis, right ? m_plot->yAxis2 : m_plot->yAxis);
        const QColor color = kSeriesColors[i % std::size(kSeriesColors)];
        graph->setPen(QPen(color, 1.3));
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setScatterStyle(QCPScatterStyle::ssNone);  // symbols would defeat adaptive sampling
        QString name = QString::fromStdString(c.station->id) + QStringLiteral(" · ") + m_series.at(int(i)).second;
        if (!c.unit.isEmpty())
            name += right ? tr(" (%1, right axis)").arg(c.unit) : QStringLiteral(" (") + c.unit + QLatin1Char(')');
        graph->setName(name);

        SeriesData data = seriesData(*c.station, *c.values, standardise);
        graph->setData(data.keys, data.values, true);
        const auto markers = previewMarkers(*c.station, m_series.at(int(i)).second.toStdString(), data);
        // With several series each marker set names its series; with one the legend says it.
        const QString prefix = chosen.size() > 1 ? QString::fromStdString(c.station->id) + QStringLiteral(" · ")
                                                       + m_series.at(int(i)).second + QStringLiteral(": ")
                                                 : QString();
        addMarkers(m_plot, graph->valueAxis(), markers.flag,
                   QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(0xd6, 0x27, 0x28), 1.6), Qt::NoBrush, 7),
                   prefix + tr("Rejected by QC flag (%1)").arg(markers.flag.keys.size()));
        addMarkers(m_plot, graph->valueAxis(), markers.range,
                   QCPScatterStyle(QCPScatterStyle::ssTriangle, QPen(QColor(0x7b, 0x1f, 0xa2), 1.4), Qt::NoBrush, 8),
                   prefix + tr("Outside physical range (%1)").arg(markers.range.keys.size()), false);
        addMarkers(m_plot, graph->valueAxis(), markers.filled,
                   QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0x80, 0x80, 0x80), 1.2), Qt::NoBrush, 6),
                   prefix + tr("Filled by interpolation (%1)").arg(markers.filled.keys.size()));
        for (const auto& span : data.missing) {
            auto* rect = new QCPItemRect(m_plot);
            rect->setLayer(kMissingLayer);
            rect->setSelectable(false);
            rect->setPen(Qt::NoPen);
            rect->setBrush(kMissingColor);
            rect->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
            rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            rect->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
            rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            rect->topLeft->setCoords(span.from, 0);
            rect->bottomRight->setCoords(span.to, 1);
        }
    }

    const bool dateOnly = m_dataset->dateOnly;
    if (auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
        ticker->setDateTimeFormat(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd\nHH:mm"));
    m_plot->xAxis->setLabel(dateOnly ? tr("Date") : tr("Time"));
    const auto unitLabel = [&](const QString& unit) {
        if (chosen.size() == 1)
            return variableAxisLabel(*m_dataset, m_series.front().second.toStdString());
        return unit.isEmpty() ? tr("Value") : unit;
    };
    m_plot->yAxis->setLabel(standardise ? tr("Standardised value (z-score)") : unitLabel(units.front()));
    m_plot->yAxis2->setVisible(twoAxes);
    m_plot->yAxis2->setLabel(twoAxes ? unitLabel(units.at(1)) : QString());
    m_plot->legend->setVisible(true);
    resetView();
}

void DataPreviewPanel::showPlaceholder()
{
    m_plot->legend->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    m_plot->xAxis->setLabel(QString());
    m_plot->yAxis->setLabel(QString());
    auto* text = new QCPItemText(m_plot);
    text->setObjectName(QStringLiteral("previewPlaceholder"));
    text->setClipToAxisRect(false);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setPositionAlignment(Qt::AlignCenter);
    text->setColor(QColor(120, 120, 120));
    text->setText(m_dataset ? tr("Select a variable in the data tree, or check several to compare them.")
                            : tr("Open data to preview its series here."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DataPreviewPanel::resetView()
{
    bool found = false;
    QCPRange keys;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        bool ok = false;
        const QCPRange r = m_plot->graph(i)->getKeyRange(ok);
        if (!ok)
            continue;
        keys = found ? QCPRange(std::min(keys.lower, r.lower), std::max(keys.upper, r.upper)) : r;
        found = true;
    }
    if (found) {
        const double pad = std::max(1.0, keys.size() * 0.01);
        m_plot->xAxis->setRange(keys.lower - pad, keys.upper + pad);
    }
    fitValueAxes();  // also when the time range did not change and so emitted nothing
}

void DataPreviewPanel::fitValueAxes()
{
    if (m_fitting)
        return;
    m_fitting = true;
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2})
        fitValueAxisToVisible(axis, 0.06);
    m_fitting = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DataPreviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_reportButton->setText(tr("Import report…"));
        // Only the texts change: the analyst's zoom stays.
        const QCPRange view = m_plot->xAxis->range();
        const bool hadSeries = m_plot->graphCount() > 0;
        rebuild();
        if (hadSeries && m_plot->graphCount() > 0)
            m_plot->xAxis->setRange(view);
    }
    QWidget::changeEvent(event);
}

}  // namespace mcui
