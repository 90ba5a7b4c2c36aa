// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast_chart.h"

#include "experiment.h"
#include "model_registry.h"
#include "node_texts.h"
#include "qcustomplot_include.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {
namespace {

// The reference deck's colours: observed blue, predicted orange (matplotlib's defaults).
const QColor kObservedColor(0x1f, 0x77, 0xb4);
const QColor kPredictedColor(0xff, 0x7f, 0x0e);
const QColor kPersistenceColor(0x7f, 0x7f, 0x7f);
const QColor kClimatologyColor(0xa8, 0xa8, 0xa8);
const QString kTitleName = QStringLiteral("chartTitle");
const QString kCaptionName = QStringLiteral("chartCaption");
const QString kBaselineLayer = QStringLiteral("baselines");

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

// The settings a run summary names ("hidden 32 · batch 128 · lookback 30 · adam"). The English text
// is the option's key, the word the CLI and run.json use; other languages get their own word.
// Keys not listed here (a model added later) show as they are.
const char* const kSettingNames[] = {
    //: Run summary, before a number: LSTM hidden size, units per layer (隐层单元数).
    QT_TRANSLATE_NOOP("KeySettings", "hidden"),
    //: Run summary, before a number: stacked LSTM layers.
    QT_TRANSLATE_NOOP("KeySettings", "layers"),
    //: Run summary, before a number: dropout rate between LSTM layers.
    QT_TRANSLATE_NOOP("KeySettings", "dropout"),
    //: Run summary, before a number: batch size, windows per gradient step (批大小).
    QT_TRANSLATE_NOOP("KeySettings", "batch"),
    //: Run summary, before a number: past time steps the model sees (回看步数).
    QT_TRANSLATE_NOOP("KeySettings", "lookback"),
    //: Run summary: the model predicts the change from the last observed value, not the level.
    QT_TRANSLATE_NOOP("KeySettings", "predict-change"),
};

QString settingName(const std::string& key)
{
    for (const char* name : kSettingNames)
        if (key == name)
            return QCoreApplication::translate("KeySettings", name);
    return fromStd(key);
}

QCPTextElement* findText(const QCustomPlot& plot, const QString& name)
{
    auto* layout = plot.plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i)
        if (auto* t = qobject_cast<QCPTextElement*>(layout->elementAt(i)); t && t->objectName() == name)
            return t;
    return nullptr;
}

// On screen, each line segment is stroked on its own. Qt strokes a polyline drawn with a pen wider
// than one pixel as one outline and fills it with the winding rule; for a noisy series (thousands of
// self-crossing segments even after adaptive sampling) that took 1-3 s per redraw. Segment by segment,
// only the joins differ (invisible at these widths). Exports (pixmap, PDF, SVG) keep the polyline:
// QCustomPlot ignores the hint when it paints without caching or vectorised.
void useFastLines(QCustomPlot& plot) { plot.setPlottingHint(QCP::phFastPolylines, true); }

// Title, legend, axis rect and caption stacked, made once per plot. The legend sits in its own row
// rather than inside the axis rect, so it never hides a peak of the data; empty cells on both sides
// keep it compact and centred instead of spreading its entries across the width.
void ensureFrame(QCustomPlot& plot)
{
    if (findText(plot, kTitleName))
        return;
    useFastLines(plot);
    auto* layout = plot.plotLayout();
    auto* rect = plot.axisRect();
    layout->take(rect);
    layout->simplify();
    auto* title = new QCPTextElement(&plot, QString(), scaledFont(plot.font(), 1.3, true));
    title->setObjectName(kTitleName);
    title->setMargins(QMargins(8, 6, 8, 0));
    layout->addElement(0, 0, title);
    rect->insetLayout()->take(plot.legend);
    auto* legendRow = new QCPLayoutGrid;
    layout->addElement(1, 0, legendRow);
    legendRow->addElement(0, 0, new QCPLayoutElement(&plot));
    legendRow->addElement(0, 1, plot.legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(&plot));
    legendRow->setColumnStretchFactors({1, 0.001, 1});
    layout->addElement(2, 0, rect);
    layout->setRowStretchFactor(0, 0.001);
    layout->setRowStretchFactor(1, 0.001);
    layout->setRowSpacing(2);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setBrush(Qt::NoBrush);
    plot.legend->setColumnSpacing(24);
    plot.legend->setIconTextPadding(9);
    plot.legend->setMargins(QMargins(4, 0, 4, 0));
    plot.legend->setVisible(true);
    // A closed frame, as in the reference slides; the top and right axes only carry ticks.
    rect->setupFullAxesBox(true);
    if (!plot.layer(kBaselineLayer))
        plot.addLayer(kBaselineLayer, plot.layer(QStringLiteral("main")), QCustomPlot::limBelow);
}

// An empty caption takes no room (on screen the panel states the settings itself).
void setCaption(QCustomPlot& plot, const QString& text)
{
    auto* layout = plot.plotLayout();
    auto* caption = findText(plot, kCaptionName);
    if (text.isEmpty()) {
        if (caption) {
            layout->remove(caption);
            layout->simplify();
        }
        return;
    }
    if (!caption) {
        caption = new QCPTextElement(&plot, QString(), scaledFont(plot.font(), 0.9));
        caption->setObjectName(kCaptionName);
        caption->setTextColor(QColor(0x44, 0x44, 0x44));
        caption->setMargins(QMargins(8, 2, 8, 6));
        const int row = layout->rowCount();
        layout->addElement(row, 0, caption);
        layout->setRowStretchFactor(row, 0.001);
    }
    caption->setText(text);
}

void setDateAxis(QCustomPlot& plot, bool dateOnly)
{
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);  // times are the source's own clock, shown as they are
    ticker->setDateTimeFormat(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd\nHH:mm"));
    ticker->setTickCount(6);
    plot.xAxis->setTicker(ticker);
    plot.xAxis2->setTicker(ticker);
}

QCPGraph* addSeries(QCustomPlot& plot, const QString& id, const QString& name, const QPen& pen,
                    const QVector<double>& time, const QVector<double>& values)
{
    auto* graph = plot.addGraph();
    graph->setObjectName(id);
    graph->setName(name);
    graph->setPen(pen);
    graph->setData(time, values, true);
    return graph;
}

}  // namespace

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont f = base;
    if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * factor)));
    else
        f.setPointSizeF(base.pointSizeF() * factor);
    if (bold)
        f.setBold(true);
    return f;
}

void setupChartFrame(QCustomPlot& plot, const QString& title, const QString& caption)
{
    ensureFrame(plot);
    findText(plot, kTitleName)->setText(title);
    setCaption(plot, caption);
}

void setupDateAxis(QCustomPlot& plot, bool dateOnly) { setDateAxis(plot, dateOnly); }

QString modelDisplayName(const mc::ExperimentResult& r)
{
    const auto* desc = mc::findModel(r.config.model);
    return desc ? fromStd(desc->displayName) : fromStd(r.config.model).toUpper();
}

QString keySettingsText(const mc::ExperimentResult& r)
{
    const auto& p = r.config.params;
    QStringList parts;
    if (const auto* desc = mc::findModel(r.config.model)) {
        // The family's first option (the size) always; the rest only where they differ from the default.
        for (std::size_t i = 0; i < desc->options.size(); ++i) {
            const auto& o = desc->options[i];
            if (!p.has(o.key) || (i > 0 && p.values().at(o.key) == o.defaultValue))
                continue;
            parts << settingName(o.key) + QLatin1Char(' ') + fromStd(mc::formatParam(p.values().at(o.key)));
        }
    }
    parts << settingName("batch") + QLatin1Char(' ') + QString::number(p.getInt("batch"))
          << settingName("lookback") + QLatin1Char(' ') + QString::number(p.getInt("lookback"))
          << fromStd(p.getString("optimizer"));
    if (p.getBool("predict-change"))
        parts << settingName("predict-change");
    return parts.join(QStringLiteral(" · "));
}

ForecastChartData forecastChartData(const mc::ExperimentResult& r, int horizon, int node)
{
    ForecastChartData d;
    const auto& w = r.data.test;
    const int step = std::clamp(horizon, 1, std::max(1, w.horizon));
    const auto h = static_cast<std::size_t>(std::max(1, w.horizon));
    const auto k = static_cast<std::size_t>(step - 1);
    d.horizon = step;
    d.unit = fromStd(r.unit());
    d.modelName = modelDisplayName(r);
    d.dateOnly = r.data.dateOnly;
    const QString target = fromStd(r.data.target);
    d.valueLabel = d.unit.isEmpty() ? target : target + QStringLiteral(" (") + d.unit + QLatin1Char(')');
    const bool monthly = r.data.axis.unit == mc::TimeUnit::Months && r.data.axis.step == 1;
    d.title = (monthly
                   //: Chart title: %1 variable (unit), %2 station, %3 the forecast lead time in calendar months (预测步).
                   ? QCoreApplication::translate("ForecastChart", "%1 at %2: observed vs predicted, %3 mo ahead")
               : r.data.step == mc::kSecondsPerDay
                   //: Chart title: %1 variable (unit), %2 station, %3 the forecast lead time in days (预测步).
                   ? QCoreApplication::translate("ForecastChart", "%1 at %2: observed vs predicted, %3 d ahead")
                   //: Chart title: %1 variable (unit), %2 station, %3 the forecast step, in time steps ahead (预测步).
                   : QCoreApplication::translate("ForecastChart", "%1 at %2: observed vs predicted, step %3 ahead"))
                  .arg(d.valueLabel, r.data.multiNode() ? nodeName(r.data, node) : nodePlaceText(r.data))
                  .arg(step);
    // A multi-node chart shows one node: its caption gives that node's scores, not the pooled ones.
    const bool perNode = r.data.multiNode() && node >= 0 && node < int(r.perNode.size());
    const mc::HorizonMetrics& scores = perNode ? r.perNode[std::size_t(node)].model : r.model;
    const auto& m = step <= int(scores.perHorizon.size()) ? scores.perHorizon[k] : scores.pooled;
    double skill = step <= int(r.skillPerHorizon.size()) ? r.skillPerHorizon[k] : r.skill;
    if (perNode) {
        const auto& pers = r.perNode[std::size_t(node)].persistence;
        skill = step <= int(pers.perHorizon.size()) ? mc::skillScore(m.rmse, pers.perHorizon[k].rmse)
                                                    : r.perNode[std::size_t(node)].skill;
    }
    //: Chart caption: %1 model, %2 key settings, %3 training epochs run (轮), %4 RMSE and %5 its unit,
    //: %6 the skill score against persistence, 1 − RMSE_model / RMSE_persistence (技巧评分).
    d.caption = QCoreApplication::translate("ForecastChart", "%1 · %2 · epochs %3  —  RMSE %4 %5, skill vs persistence %6")
                    .arg(d.modelName, keySettingsText(r))
                    .arg(r.training.epochsRun)
                    .arg(m.rmse, 0, 'g', 3)
                    .arg(d.unit)
                    .arg(skill, 0, 'f', std::abs(skill) < 0.01 ? 3 : 2);  // never a bare "-0.00"
    const bool haveBaselines = r.persistence.size() == w.count * h && r.climatology.size() == w.count * h;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto append = [&](double t, double obs, double pred, double pers, double clim) {
        d.time.append(t);
        d.observed.append(obs);
        d.predicted.append(pred);
        d.persistence.append(pers);
        d.climatology.append(clim);
    };
    double prev = nan;
    // Windows of a multi-node run interleave the nodes (origin * N + node): keep the chosen node's.
    const bool filter = r.data.multiNode() && w.node.size() == w.count;
    for (std::size_t i = 0; i < w.count; ++i) {
        if (filter && w.node[i] != node)
            continue;
        const std::size_t j = i * h + k;
        const double t = static_cast<double>(w.validTime[j]);
        // Consecutive windows are one step apart; a larger jump is a gap the line must not bridge.
        if (!std::isnan(prev) && t - prev > static_cast<double>(r.data.step) * 1.5)
            append((prev + t) / 2, nan, nan, nan, nan);
        append(t, w.observed[j], r.predicted[j], haveBaselines ? r.persistence[j] : nan,
               haveBaselines ? r.climatology[j] : nan);
        prev = t;
    }
    return d;
}

const mc::AheadForecast* aheadForecastOf(const mc::ExperimentResult& r, int node)
{
    if (!r.data.multiNode())
        return r.ahead.available() ? &r.ahead : nullptr;
    if (node < 0 || std::size_t(node) >= r.data.nodes.size())
        return nullptr;
    for (const auto& a : r.aheadPerNode)
        if (a.node == r.data.nodes[std::size_t(node)])
            return a.available() ? &a : nullptr;
    return nullptr;
}

void addAheadForecast(ForecastChartData& d, const mc::ExperimentResult& r, int recentSteps, int node)
{
    d.aheadTime.clear();
    d.aheadPredicted.clear();
    d.recentTime.clear();
    d.recentObserved.clear();
    const mc::AheadForecast* found = aheadForecastOf(r, node);
    if (!found)
        return;
    const auto& a = *found;
    if (recentSteps > 0) {
        const double first = static_cast<double>(a.origin - mc::TimePoint(recentSteps) * r.data.step);
        int keep = 0;
        while (keep < d.time.size() && d.time[keep] < first)
            ++keep;
        for (auto* series : {&d.time, &d.observed, &d.predicted, &d.persistence, &d.climatology})
            series->remove(0, std::min(keep, int(series->size())));
    }
    // The dashed line starts at the last observation; a node whose last value is missing has none.
    if (std::isfinite(a.lastObserved)) {
        d.aheadTime.append(static_cast<double>(a.origin));
        d.aheadPredicted.append(a.lastObserved);
    }
    for (std::size_t k = 0; k < a.validTime.size(); ++k) {
        d.aheadTime.append(static_cast<double>(a.validTime[k]));
        d.aheadPredicted.append(a.predicted[k]);
    }
    for (std::size_t k = 0; k < a.recentTime.size() && k < a.recentObserved.size(); ++k) {
        d.recentTime.append(static_cast<double>(a.recentTime[k]));
        d.recentObserved.append(a.recentObserved[k]);
    }
}

std::optional<std::pair<double, double>> aheadFocusRange(const ForecastChartData& d)
{
    if (d.aheadTime.isEmpty())
        return std::nullopt;
    const double first = d.recentTime.isEmpty() ? d.aheadTime.first() : std::min(d.recentTime.first(), d.aheadTime.first());
    const double last = d.aheadTime.last();
    // Half a step of margin, so the first and last points are not cut by the frame.
    const QVector<double>& t = d.aheadTime.size() >= 2 ? d.aheadTime : d.recentTime;
    const double step = t.size() >= 2 ? t.last() - t[t.size() - 2] : 0.0;
    return std::make_pair(first - 0.5 * step, last + 0.5 * step);
}

void setupForecastPlot(QCustomPlot& plot, const ForecastChartData& data, BaselineToggles baselines)
{
    plot.clearGraphs();
    plot.clearItems();
    ensureFrame(plot);
    const auto baseline = [&](const QString& id, const QString& name, const QColor& color, Qt::PenStyle style,
                              const QVector<double>& values) {
        QPen pen(color, 1.3, style);
        addSeries(plot, id, name, pen, data.time, values)->setLayer(kBaselineLayer);
    };
    addSeries(plot, QStringLiteral("observed"), QCoreApplication::translate("ForecastChart", "Observed"), QPen(kObservedColor, 1.6), data.time, data.observed);
    addSeries(plot, QStringLiteral("predicted"),
              QCoreApplication::translate("ForecastChart", "Predicted (%1)").arg(data.modelName),
              QPen(kPredictedColor, 1.6), data.time, data.predicted);
    if (baselines.persistence)
        baseline(QStringLiteral("persistence"), QCoreApplication::translate("ForecastChart", "Persistence"), kPersistenceColor, Qt::DashLine, data.persistence);
    if (baselines.climatology)
        baseline(QStringLiteral("climatology"), QCoreApplication::translate("ForecastChart", "Climatology"), kClimatologyColor, Qt::DashDotLine,
                 data.climatology);
    if (!data.recentTime.isEmpty())
        //: Legend: the observations the forecast ahead was made from, just before it (近期观测).
        addSeries(plot, QStringLiteral("recent"), QCoreApplication::translate("ForecastChart", "Recent observations"),
                  QPen(kObservedColor, 1.6), data.recentTime, data.recentObserved);
    if (!data.aheadTime.isEmpty()) {
        //: Legend: the model's forecast for the steps after the last observation (未来预测).
        auto* ahead = addSeries(plot, QStringLiteral("ahead"), QCoreApplication::translate("ForecastChart", "Forecast ahead"),
                                QPen(kPredictedColor, 2.0, Qt::DashLine), data.aheadTime, data.aheadPredicted);
        ahead->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    }

    setDateAxis(plot, data.dateOnly);
    plot.xAxis->setLabel(QCoreApplication::translate("ForecastChart", "Date"));
    plot.yAxis->setLabel(data.valueLabel);
    findText(plot, kTitleName)->setText(data.title);
    setCaption(plot, data.caption);
    plot.rescaleAxes();
    plot.yAxis->scaleRange(1.08, plot.yAxis->range().center());
}

void setupResidualPlot(QCustomPlot& plot, const ForecastChartData& data)
{
    plot.clearGraphs();
    plot.clearItems();
    useFastLines(plot);
    if (!plot.xAxis2->visible())
        plot.axisRect()->setupFullAxesBox(true);
    QVector<double> error(data.time.size());
    for (int i = 0; i < data.time.size(); ++i)
        error[i] = data.predicted[i] - data.observed[i];  // NaN at gaps stays NaN
    auto* graph = addSeries(plot, QStringLiteral("residual"), QCoreApplication::translate("ForecastChart", "Predicted − observed"),
                            QPen(kPredictedColor, 1.0), data.time, error);
    graph->setLineStyle(QCPGraph::lsImpulse);
    setDateAxis(plot, data.dateOnly);
    plot.xAxis->setLabel(QCoreApplication::translate("ForecastChart", "Date"));
    plot.yAxis->setLabel(data.unit.isEmpty() ? QCoreApplication::translate("ForecastChart", "Error")
                                             : QCoreApplication::translate("ForecastChart", "Error (%1)").arg(data.unit));
    plot.yAxis->grid()->setZeroLinePen(QPen(QColor(0x30, 0x30, 0x30), 1.0));
    plot.rescaleAxes();
    // Symmetric about zero, so over- and under-prediction read at a glance.
    const QCPRange r = plot.yAxis->range();
    const double span = std::max({std::abs(r.lower), std::abs(r.upper), 1e-9}) * 1.1;
    plot.yAxis->setRange(-span, span);
}

QString renderForecastPng(const ForecastChartData& data, const QString& path, QSize size)
{
    QCustomPlot plot;
    plot.resize(size);
    setupForecastPlot(plot, data);
    if (const auto& t = data.aheadTime; t.size() >= 2)  // the last step ahead off the frame's edge
        plot.xAxis->setRangeUpper(plot.xAxis->range().upper + 0.5 * (t.last() - t[t.size() - 2]));
    // Save beside the target and rename, so a reader never sees half a PNG.
    const QString tmp = path + QStringLiteral(".tmp.png");
    if (!plot.savePng(tmp, size.width(), size.height()))
        return QCoreApplication::translate("ForecastChart", "Cannot write the chart to %1").arg(path);
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return QCoreApplication::translate("ForecastChart", "Cannot write the chart to %1").arg(path);
    return {};
}

bool fitValueAxisToVisible(QCPAxis* valueAxis, double padFraction)
{
    QCustomPlot* plot = valueAxis->parentPlot();
    bool any = false;
    QCPRange values;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* graph = plot->graph(i);
        if (graph->valueAxis() != valueAxis || graph->property(kExcludeFromFit).toBool())
            continue;
        bool found = false;
        const QCPRange r = graph->getValueRange(found, QCP::sdBoth, graph->keyAxis()->range());
        if (!found)
            continue;
        values = any ? QCPRange(std::min(values.lower, r.lower), std::max(values.upper, r.upper)) : r;
        any = true;
    }
    if (!any)
        return false;
    // A flat series still gets a visible band around it.
    const double pad = values.size() > 0 ? values.size() * padFraction : std::max(1.0, std::abs(values.lower) * 0.1);
    valueAxis->setRange(values.lower - pad, values.upper + pad);
    return true;
}

}  // namespace mcui
