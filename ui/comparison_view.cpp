// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_view.h"

#include "comparison_export.h"
#include "comparison_table_widget.h"
#include "experiment.h"
#include "node_selector.h"
#include "node_texts.h"
#include "overlay_view.h"
#include "step_texts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace mcui {
namespace {

const mc::ExperimentResult* firstOk(const QVector<RunResultPtr>& results)
{
    for (const auto& r : results)
        if (r && r->ok())
            return r.get();
    return nullptr;
}

}  // namespace

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("comparisonHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_scoresLabel = new QLabel;
    m_tableHorizon = new QComboBox;
    m_tableHorizon->setObjectName(QStringLiteral("tableHorizonCombo"));
    m_tableHorizon->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scoresLabel->setBuddy(m_tableHorizon);
    m_table = new ComparisonTableWidget;
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stepLabel = new QLabel;
    m_chartStep = new QSpinBox;
    m_chartStep->setObjectName(QStringLiteral("chartStepSpin"));
    m_chartStep->setRange(1, 1);
    m_stepLabel->setBuddy(m_chartStep);
    m_resetZoom = new QPushButton;
    m_resetZoom->setObjectName(QStringLiteral("overlayResetZoomButton"));
    m_overlay = new OverlayView;
    m_nodeSelector = new NodeSelector;
    m_overlayProblemLabel = new QLabel;
    m_overlayProblemLabel->setObjectName(QStringLiteral("overlayProblemLabel"));
    m_overlayProblemLabel->setWordWrap(true);
    m_overlayProblemLabel->setVisible(false);

    // What was compared and how the scores are pooled share one line: the table needs the height.
    auto* tableControls = new QHBoxLayout;
    tableControls->addWidget(m_header, 1);
    tableControls->addSpacing(12);
    tableControls->addWidget(m_scoresLabel);
    tableControls->addWidget(m_tableHorizon);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(tableControls);
    topLayout->addWidget(m_table, 1);
    auto* chartControls = new QHBoxLayout;
    chartControls->addWidget(m_nodeSelector);
    chartControls->addSpacing(12);
    chartControls->addWidget(m_stepLabel);
    chartControls->addWidget(m_chartStep);
    chartControls->addStretch();
    chartControls->addWidget(m_resetZoom);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(chartControls);
    bottomLayout->addWidget(m_overlayProblemLabel);
    bottomLayout->addWidget(m_overlay, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);

    connect(m_tableHorizon, &QComboBox::currentIndexChanged, this, &ComparisonView::updateTable);
    connect(m_chartStep, &QSpinBox::valueChanged, this, [this] { updateChart(true); });
    connect(m_nodeSelector, &NodeSelector::nodeChanged, this, [this] {
        updateTable();
        updateChart(false);
    });
    connect(m_resetZoom, &QPushButton::clicked, m_overlay, &OverlayView::resetZoom);
    connect(m_overlay, &OverlayView::contextMenuRequested, this, &ComparisonView::showContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& p) { showContextMenu(m_table->viewport()->mapToGlobal(p)); });
    retranslate();
}

void ComparisonView::showComparison(const QStringList& names, const QVector<RunResultPtr>& results)
{
    m_results = results;
    m_names = names.mid(0, int(results.size()));
    refillHorizons();
    updateNodes();
    updateHeader();
    updateTable();
    updateChart(false);
}

void ComparisonView::clear() { showComparison({}, {}); }

int ComparisonView::tableHorizon() const { return std::max(0, m_tableHorizon->currentData().toInt()); }

void ComparisonView::setTableHorizon(int horizon)
{
    const int index = m_tableHorizon->findData(horizon);
    if (index >= 0)
        m_tableHorizon->setCurrentIndex(index);
}

int ComparisonView::chartStep() const { return m_chartStep->value(); }

void ComparisonView::setChartStep(int step) { m_chartStep->setValue(step); }

int ComparisonView::maxHorizon() const
{
    int h = 1;
    for (const auto& r : m_results)
        if (r && r->ok())
            h = std::max(h, r->data.test.horizon);
    return h;
}

std::vector<const mc::ExperimentResult*> ComparisonView::pointers() const
{
    std::vector<const mc::ExperimentResult*> out;
    for (const auto& r : m_results)
        out.push_back(r.get());
    return out;
}

mc::ComparisonTable ComparisonView::table() const { return m_table->table(); }

OverlayChartData ComparisonView::chartData() const
{
    return isEmpty() ? OverlayChartData{} : overlayChartData(m_names, pointers(), chartStep(), chartNodes());
}

const mc::ExperimentResult* ComparisonView::nodeReference() const
{
    for (const auto& r : m_results)
        if (r && r->ok() && r->data.multiNode() && !r->data.nodes.empty())
            return r.get();
    return nullptr;
}

int ComparisonView::chartNode() const { return nodeReference() ? m_nodeSelector->currentNode() : -1; }

void ComparisonView::setChartNode(int node)
{
    if (!m_nodeFixed)
        m_nodeSelector->setCurrentNode(node);
}

std::vector<int> ComparisonView::chartNodes() const
{
    std::vector<int> out(std::size_t(m_results.size()), -1);
    const auto* ref = nodeReference();
    if (!ref)
        return out;
    const std::string& id = ref->data.nodes[std::size_t(chartNode())];
    for (int i = 0; i < m_results.size(); ++i) {
        const auto& r = m_results[i];
        if (!r || !r->ok() || !r->data.multiNode())
            continue;
        // Compared runs share their nodes; look the id up all the same, the lists may differ.
        const auto& nodes = r->data.nodes;
        const auto it = std::find(nodes.begin(), nodes.end(), id);
        out[std::size_t(i)] = it == nodes.end() ? 0 : int(it - nodes.begin());
    }
    return out;
}

QString ComparisonView::placeLabel() const
{
    if (const auto* ref = nodeReference())
        return allNodesLabel(ref->data);
    const auto* r = firstOk(m_results);
    return r ? QString::fromStdString(r->data.station) : QString();
}

void ComparisonView::updateNodes()
{
    const auto* ref = nodeReference();
    const QString keep = ref && !m_nodeSelector->isHidden() ? m_nodeSelector->property("nodeId").toString() : QString();
    m_overlayProblem.clear();
    m_nodeFixed = false;
    m_nodeSelector->setEnabled(true);
    m_nodeSelector->setToolTip({});
    if (!ref) {
        m_nodeSelector->showResult(nullptr);
        m_overlayProblemLabel->setVisible(false);
        return;
    }
    RunResultPtr refPtr;
    for (const auto& r : m_results)
        if (r.get() == ref)
            refPtr = r;
    m_nodeSelector->showResult(refPtr);
    const auto& nodes = ref->data.nodes;
    const auto indexOf = [&](const std::string& id) {
        const auto it = std::find(nodes.begin(), nodes.end(), id);
        return it == nodes.end() ? -1 : int(it - nodes.begin());
    };
    if (const int k = indexOf(keep.toStdString()); k >= 0)
        m_nodeSelector->setCurrentNode(k);
    // A one-station run can share the chart only at its own station.
    for (int i = 0; i < m_results.size(); ++i) {
        const auto& r = m_results[i];
        if (!r || !r->ok() || r->data.multiNode())
            continue;
        const QString station = QString::fromStdString(r->data.station);
        const int k = indexOf(r->data.station);
        if (k < 0 || (m_nodeFixed && k != m_nodeSelector->currentNode())) {
            //: %1: a one-station configuration's name; %2 its station; %3 what the multi-node runs
            //: forecast ("All stations (4)").
            m_overlayProblem = tr("These forecasts cannot be drawn on one chart: “%1” forecasts station %2 only, "
                                  "which is not one of the nodes of the other runs (%3). Compare it with runs at %2, "
                                  "or compare the multi-node runs on their own.")
                                   .arg(m_names.value(i), station, allNodesLabel(ref->data));
            break;
        }
        m_nodeSelector->setCurrentNode(k);
        m_nodeFixed = true;
        //: %1: a one-station configuration's name; %2 its station.
        m_nodeSelector->setToolTip(tr("Fixed to %2: “%1” forecasts only that station.").arg(m_names.value(i), station));
    }
    m_nodeSelector->setEnabled(!m_nodeFixed);
    m_overlayProblemLabel->setText(m_overlayProblem);
    m_overlayProblemLabel->setVisible(!m_overlayProblem.isEmpty());
    m_nodeSelector->setProperty("nodeId", QString::fromStdString(nodes[std::size_t(m_nodeSelector->currentNode())]));
}

void ComparisonView::refillHorizons()
{
    // The chosen steps stay when the next comparison has them: comparing step 3 again is common.
    const int keep = tableHorizon();
    const auto* r = firstOk(m_results);
    const QSignalBlocker a(m_tableHorizon), b(m_chartStep);
    m_tableHorizon->clear();
    m_tableHorizon->addItem(tr("All steps pooled"), 0);
    for (int h = 1; h <= maxHorizon(); ++h)
        m_tableHorizon->addItem(r ? stepAheadText(r->data, h) : stepAheadText(StepUnit::Step, h), h);
    m_tableHorizon->setCurrentIndex(std::max(0, m_tableHorizon->findData(keep)));
    m_chartStep->setRange(1, maxHorizon());
    m_chartStep->setSuffix(tr(" of %1").arg(maxHorizon()));
}

void ComparisonView::updateTable()
{
    if (isEmpty()) {
        m_table->clearTable();
        return;
    }
    std::vector<std::string> names;
    for (const auto& n : m_names)
        names.push_back(n.toStdString());
    const auto* r = firstOk(m_results);
    m_table->setTable(mc::comparisonTable(names, pointers(), tableHorizon()),
                      r ? QString::fromStdString(r->unit()) : QString(), tableHorizon(),
                      r ? stepUnit(r->data) : StepUnit::Step);
    const auto* ref = nodeReference();
    if (!ref) {
        m_table->setNodeScores({}, {});
        return;
    }
    // The chosen node's scores: each multi-node run's own for that node, a one-station run's as they are.
    const auto nodes = chartNodes();
    std::vector<mc::ExperimentResult> views(std::size_t(m_results.size()));
    std::vector<const mc::ExperimentResult*> ptrs;
    for (int i = 0; i < m_results.size(); ++i) {
        const auto* res = m_results[i].get();
        const int k = nodes[std::size_t(i)];
        if (k < 0 || std::size_t(k) >= res->perNode.size()) {
            ptrs.push_back(res);
            continue;
        }
        auto& v = views[std::size_t(i)];
        v.failedStage = res->failedStage;
        v.config = res->config;
        v.model = res->perNode[std::size_t(k)].model;
        v.persistenceScore = res->perNode[std::size_t(k)].persistence;
        v.climatologyScore = res->perNode[std::size_t(k)].climatology;
        ptrs.push_back(&v);
    }
    m_table->setNodeScores(m_overlayProblem.isEmpty() ? mc::comparisonTable(names, ptrs, tableHorizon()) : mc::ComparisonTable{},
                           m_overlayProblem.isEmpty() ? nodeName(ref->data, chartNode()) : QString());
}

void ComparisonView::updateChart(bool keepZoom)
{
    if (const auto* ref = nodeReference())
        m_nodeSelector->setProperty("nodeId", QString::fromStdString(ref->data.nodes[std::size_t(chartNode())]));
    if (isEmpty() || !firstOk(m_results) || !m_overlayProblem.isEmpty())
        m_overlay->clear();
    else
        m_overlay->setChart(chartData(), keepZoom);
}

void ComparisonView::updateHeader()
{
    const auto* r = firstOk(m_results);
    if (!r) {
        m_header->clear();
        return;
    }
    const QLocale locale;
    const bool dateOnly = r->data.dateOnly;
    // "2013-01-01 – 2017-12-31" rather than the ISO interval run.json uses: this is for reading.
    const auto range = [&](const mc::TimeRange& t) {
        return QString::fromStdString(mc::formatTimeRange(t, dateOnly)).replace(QLatin1Char('/'), QStringLiteral(" – "));
    };
    m_header->setText(tr("<b>%1</b> at <b>%2</b> &nbsp;·&nbsp; tested on %3 (%4 windows)")
                          .arg(QString::fromStdString(r->data.target).toHtmlEscaped(),
                               placeLabel().toHtmlEscaped(), range(r->config.testRange),
                               locale.toString(qulonglong(r->data.test.count))));
    m_header->setToolTip(tr("Every configuration was trained on %1 and tested on these same windows, with seed %2.")
                             .arg(range(r->config.trainRange))
                             .arg(r->config.params.getInt("seed")));
}

void ComparisonView::saveTableAs() { saveComparisonTableAs(this, m_names, m_results, tableHorizon()); }

void ComparisonView::saveChartAs()
{
    if (m_overlayProblem.isEmpty())
        saveOverlayChartAs(this, m_names, m_results, chartStep(), chartNodes());
}

void ComparisonView::showContextMenu(const QPoint& globalPos)
{
    if (isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Export table…"), this, &ComparisonView::saveTableAs);
    menu.addAction(tr("Export chart…"), this, &ComparisonView::saveChartAs)->setEnabled(m_overlayProblem.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Reset zoom"), m_overlay, &OverlayView::resetZoom);
    menu.exec(globalPos);
}

void ComparisonView::retranslate()
{
    m_scoresLabel->setText(tr("Sc&ores:"));
    m_tableHorizon->setToolTip(tr("Scores pooled over every forecast step, or of one step"));
    m_stepLabel->setText(tr("Chart &step:"));
    m_chartStep->setToolTip(tr("Which step ahead the chart shows"));
    m_resetZoom->setText(tr("Reset &zoom"));
    m_resetZoom->setToolTip(tr("Show the whole test range (or double-click the chart). Wheel zooms, dragging pans."));
    if (!isEmpty())
        showComparison(m_names, m_results);
    else
        refillHorizons();
}

void ComparisonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
