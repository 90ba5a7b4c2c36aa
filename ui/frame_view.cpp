// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_view.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "qcustomplot_include.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isGrid(const mc::ExperimentResult* r)
{
    return r && r->ok() && r->data.layout == mc::NodeLayout::Grid && r->data.gridRows > 0 && r->data.gridCols > 0 &&
           r->data.nodes.size() == std::size_t(r->data.gridRows) * std::size_t(r->data.gridCols) &&
           r->data.test.count > 0 && r->predicted.size() == r->data.test.observed.size();
}

// QCPColorMapData's range spans the centres of the outer cells; one cell still needs a width.
QCPRange cellRange(const std::vector<double>& centres)
{
    const auto [lo, hi] = std::minmax_element(centres.begin(), centres.end());
    return *hi > *lo ? QCPRange(*lo, *hi) : QCPRange(*lo - 0.5, *lo + 0.5);
}

// The axis range that shows every cell whole: half a cell beyond the outer centres.
QCPRange axisRange(const QCPRange& centres, int cells)
{
    const double half = cells > 1 ? centres.size() / (cells - 1) / 2 : centres.size() / 2;
    return {centres.lower - half, centres.upper + half};
}

QString timeText(mc::TimePoint t, bool dateOnly)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    return dt.toString(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

FrameView::FrameView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("frameView"));
    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("framePlot"));
    auto* layout = m_plot->plotLayout();
    layout->clear();  // two axis rects and a colour scale replace the default rect
    const QFont titleFont = scaledFont(m_plot->font(), 1.15, true);
    m_observedTitle = new QCPTextElement(m_plot, QString(), titleFont);
    m_predictedTitle = new QCPTextElement(m_plot, QString(), titleFont);
    auto* observedRect = new QCPAxisRect(m_plot);
    auto* predictedRect = new QCPAxisRect(m_plot);
    m_scale = new QCPColorScale(m_plot);
    layout->addElement(0, 0, m_observedTitle);
    layout->addElement(0, 1, m_predictedTitle);
    layout->addElement(1, 0, observedRect);
    layout->addElement(1, 1, predictedRect);
    layout->addElement(1, 2, m_scale);
    layout->setRowStretchFactor(0, 0.001);
    layout->setColumnStretchFactors({1, 1, 0.001});
    auto* margins = new QCPMarginGroup(m_plot);
    for (QCPLayoutElement* e : {static_cast<QCPLayoutElement*>(observedRect), static_cast<QCPLayoutElement*>(predictedRect),
                                static_cast<QCPLayoutElement*>(m_scale)})
        e->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    QCPColorGradient gradient(QCPColorGradient::gpJet);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);  // a missing cell stays blank
    m_scale->setGradient(gradient);
    const auto makeMap = [&](QCPAxisRect* rect, const QString& name) {
        auto* map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        map->setObjectName(name);
        map->setColorScale(m_scale);
        map->setGradient(gradient);
        map->setInterpolate(false);
        return map;
    };
    m_observed = makeMap(observedRect, QStringLiteral("observedFrame"));
    m_predicted = makeMap(predictedRect, QStringLiteral("predictedFrame"));

    m_timeLabel = new QLabel;
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("frameSlider"));
    m_slider->setRange(0, 0);
    m_timeLabel->setBuddy(m_slider);
    m_dateLabel = new QLabel;
    m_dateLabel->setObjectName(QStringLiteral("frameDateLabel"));
    m_dateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_timeLabel);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_dateLabel);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(controls);
    box->addWidget(m_plot, 1);
    connect(m_slider, &QSlider::valueChanged, this, [this] { fillFrames(); });
    retranslate();
}

void FrameView::showResult(RunResultPtr result)
{
    m_result = isGrid(result.get()) ? std::move(result) : nullptr;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, originCount() - 1));
    m_slider->setValue(0);
    setupGeometry();
    retranslate();
}

void FrameView::setHorizon(int step)
{
    m_horizon = step;
    fillFrames();
}

int FrameView::originCount() const
{
    return m_result ? int(m_result->data.test.count / m_result->data.nodes.size()) : 0;
}

int FrameView::origin() const { return m_slider->value(); }

void FrameView::setOrigin(int origin) { m_slider->setValue(origin); }

QString FrameView::dateText() const { return m_dateLabel->text(); }

// Cell (column, row) of the grid is longitude column, latitude row, placed by its coordinates so a
// grid stored north-to-south still shows north up.
void FrameView::setupGeometry()
{
    for (auto* map : {m_observed, m_predicted})
        map->data()->clear();
    if (!m_result)
        return;
    const auto& d = m_result->data;
    std::vector<double> lats, lons;
    for (int row = 0; row < d.gridRows; ++row)
        lats.push_back(d.nodeInfo.size() == d.nodes.size() ? d.nodeInfo[std::size_t(row * d.gridCols)].latitude : kNaN);
    for (int col = 0; col < d.gridCols; ++col)
        lons.push_back(d.nodeInfo.size() == d.nodes.size() ? d.nodeInfo[std::size_t(col)].longitude : kNaN);
    const auto finite = [](const std::vector<double>& v) { return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); }); };
    if (!finite(lats) || !finite(lons)) {
        for (int i = 0; i < d.gridRows; ++i)
            lats[std::size_t(i)] = i;
        for (int i = 0; i < d.gridCols; ++i)
            lons[std::size_t(i)] = i;
    }
    const QCPRange keys = cellRange(lons), values = cellRange(lats);
    for (auto* map : {m_observed, m_predicted}) {
        map->data()->setSize(d.gridCols, d.gridRows);
        map->data()->setRange(keys, values);
        map->keyAxis()->setRange(axisRange(keys, d.gridCols));
        map->valueAxis()->setRange(axisRange(values, d.gridRows));
    }
    m_lats = std::move(lats);
    m_lons = std::move(lons);
    // One colour scale for the whole test range and both fields, so frames compare by colour.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto* series : {&d.test.observed, &m_result->predicted})
        for (double v : *series)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (lo <= hi)
        m_scale->setDataRange(QCPRange(lo, hi > lo ? hi : lo + 1));
}

void FrameView::fillFrames()
{
    if (!m_result) {
        m_dateLabel->clear();
        m_plot->replot();
        return;
    }
    const auto& d = m_result->data;
    const auto& w = d.test;
    const std::size_t n = d.nodes.size();
    const auto h = std::size_t(std::max(1, w.horizon));
    const auto k = std::size_t(std::clamp(m_horizon, 1, int(h)) - 1);
    const auto g = std::size_t(std::clamp(m_slider->value(), 0, std::max(0, originCount() - 1)));
    for (std::size_t node = 0; node < n; ++node) {
        const std::size_t j = (g * n + node) * h + k;
        const int row = int(node) / d.gridCols, col = int(node) % d.gridCols;
        int key = 0, value = 0;
        m_observed->data()->coordToCell(m_lons[std::size_t(col)], m_lats[std::size_t(row)], &key, &value);
        m_observed->data()->setCell(key, value, w.observed[j]);
        m_predicted->data()->setCell(key, value, std::isfinite(m_result->predicted[j]) ? m_result->predicted[j] : kNaN);
    }
    const std::size_t first = g * n * h;
    //: Frame view: %1 the time the frames are valid at, %2 the forecast origin, %3 the forecast step.
    m_dateLabel->setText(tr("%1 (forecast from %2, step %3)")
                             .arg(timeText(w.validTime[first + k], d.dateOnly), timeText(w.originTime[g * n], d.dateOnly))
                             .arg(k + 1));
    m_plot->replot();
}

void FrameView::retranslate()
{
    m_observedTitle->setText(tr("Observed"));
    const QString model = m_result ? modelDisplayName(*m_result) : QString();
    m_predictedTitle->setText(model.isEmpty() ? tr("Predicted") : tr("Predicted (%1)").arg(model));
    for (auto* map : {m_observed, m_predicted}) {
        map->keyAxis()->setLabel(tr("Longitude (° E)"));
        map->valueAxis()->setLabel(tr("Latitude (° N)"));
    }
    const QString unit = m_result ? QString::fromStdString(m_result->unit()) : QString();
    const QString target = m_result ? QString::fromStdString(m_result->data.target) : QString();
    m_scale->axis()->setLabel(unit.isEmpty() ? target : target + QStringLiteral(" (") + unit + QLatin1Char(')'));
    //: Frame view: the slider that picks the test time shown.
    m_timeLabel->setText(tr("&Time:"));
    fillFrames();
}

void FrameView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
