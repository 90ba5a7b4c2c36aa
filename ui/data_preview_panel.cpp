// SPDX-License-Identifier: GPL-3.0-or-later
#include "data_preview_panel.h"

#include "forecast_chart.h"

#include "dataset.h"
#include "qcustomplot_include.h"

#include <QEvent>
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

// Beyond this many shaded spans per series, nearby spans are merged: at full zoom-out more
// rectangles than pixels only cost drawing time, and zooming in still shows the line breaks.
constexpr std::size_t kMaxSpansPerSeries = 150;

const QString kMissingLayer = QStringLiteral("missing");

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Span {
    double from;
    double to;
};

struct SeriesData {
    QVector<double> keys;
    QVector<double> values;
    std::vector<Span> missing;
};

// The usual sampling interval: the median of (at most ~10,000 sampled) steps, so a few gaps or
// an irregular start do not decide what counts as a hole.
double typicalStep(const std::vector<mc::TimePoint>& t)
{
    if (t.size() < 2)
        return double(mc::kSecondsPerDay);
    const std::size_t n = t.size() - 1;
    const std::size_t stride = std::max<std::size_t>(1, n / 10000);
    std::vector<double> steps;
    for (std::size_t i = 0; i < n; i += stride)
        steps.push_back(double(t[i + 1] - t[i]));
    auto mid = steps.begin() + std::ptrdiff_t(steps.size() / 2);
    std::nth_element(steps.begin(), mid, steps.end());
    return std::max(1.0, *mid);
}

// Merges the spans separated by the smallest gaps until exactly @p maxCount remain (ties broken
// by position, so evenly spaced outages do not all merge into one).
void capSpans(std::vector<Span>& spans, std::size_t maxCount)
{
    if (spans.size() <= maxCount || maxCount == 0)
        return;
    std::vector<std::size_t> order(spans.size() - 1);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto gap = [&](std::size_t i) { return spans[i + 1].from - spans[i].to; };
    const auto toMerge = order.begin() + std::ptrdiff_t(spans.size() - maxCount);
    std::nth_element(order.begin(), toMerge, order.end(),
                     [&](std::size_t a, std::size_t b) { return gap(a) < gap(b) || (gap(a) == gap(b) && a < b); });
    std::vector<bool> mergeAfter(spans.size(), false);
    for (auto it = order.begin(); it != toMerge; ++it)
        mergeAfter[*it] = true;
    std::vector<Span> merged{spans.front()};
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (mergeAfter[i - 1])
            merged.back().to = spans[i].to;
        else
            merged.push_back(spans[i]);
    }
    spans = std::move(merged);
}

SeriesData seriesData(const mc::StationData& st, const std::vector<double>& v, bool standardise)
{
    SeriesData out;
    const auto& t = st.times;
    const double step = typicalStep(t);
    const double half = step / 2;
    double mean = 0, scale = 1;
    if (standardise) {
        double sum = 0, sumSq = 0;
        std::size_t n = 0;
        for (double x : v)
            if (std::isfinite(x)) {
                sum += x;
                sumSq += x * x;
                ++n;
            }
        mean = n ? sum / double(n) : 0.0;
        const double var = n > 1 ? (sumSq - double(n) * mean * mean) / double(n - 1) : 0.0;
        scale = var > 0 ? std::sqrt(var) : 1.0;
    }
    const auto addSpan = [&](double from, double to) {
        if (!out.missing.empty() && from <= out.missing.back().to + step * 1e-6)
            out.missing.back().to = std::max(out.missing.back().to, to);
        else
            out.missing.push_back({from, to});
    };
    out.keys.reserve(qsizetype(t.size()));
    out.values.reserve(qsizetype(t.size()));
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && double(t[i] - t[i - 1]) > 1.5 * step) {
            // Rows absent from the time axis are missing too: a NaN point breaks the line there.
            out.keys.append(0.5 * double(t[i - 1] + t[i]));
            out.values.append(kNaN);
            addSpan(double(t[i - 1]) + half, double(t[i]) - half);
        }
        out.keys.append(double(t[i]));
        out.values.append(std::isnan(v[i]) ? kNaN : (v[i] - mean) / scale);
        if (std::isnan(v[i]))
            addSpan(double(t[i]) - half, double(t[i]) + half);
    }
    capSpans(out.missing, kMaxSpansPerSeries);
    return out;
}

}  // namespace

DataPreviewPanel::DataPreviewPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dataPreviewPanel"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("previewPlot"));
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    rebuild();
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
            const auto unit = m_dataset->units.find(it->first);
            chosen.push_back({st, &it->second, unit != m_dataset->units.end() ? QString::fromStdString(unit->second) : QString()});
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
            return unit.isEmpty() ? m_series.front().second : m_series.front().second + QStringLiteral(" (") + unit + QLatin1Char(')');
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
