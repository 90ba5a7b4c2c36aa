// SPDX-License-Identifier: GPL-3.0-or-later
#include "results_panel.h"

#include "attention_view.h"
#include "chart_export.h"
#include "experiment.h"
#include "forecast_view.h"
#include "frame_view.h"
#include "metrics_table.h"
#include "node_metrics_table.h"
#include "node_selector.h"
#include "node_texts.h"
#include "result_texts.h"
#include "station_map_view.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>

#include <algorithm>

namespace mcui {
ResultsPanel::ResultsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsPanel"));
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("resultsHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_nodes = new NodeSelector;
    m_horizonLabel = new QLabel;
    m_horizonSpin = new QSpinBox;
    m_horizonSpin->setObjectName(QStringLiteral("horizonSpin"));
    m_horizonSpin->setRange(1, 1);
    m_horizonLabel->setBuddy(m_horizonSpin);
    m_persistenceCheck = new QCheckBox;
    m_persistenceCheck->setObjectName(QStringLiteral("persistenceCheck"));
    m_climatologyCheck = new QCheckBox;
    m_climatologyCheck->setObjectName(QStringLiteral("climatologyCheck"));
    m_aheadCheck = new QCheckBox;
    m_aheadCheck->setObjectName(QStringLiteral("aheadCheck"));
    m_attentionButton = new QPushButton;
    m_attentionButton->setObjectName(QStringLiteral("attentionButton"));
    m_resetButton = new QPushButton;
    m_resetButton->setObjectName(QStringLiteral("resetZoomButton"));
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));

    m_view = new ForecastView;

    m_skillLabel = new QLabel;
    m_skillLabel->setObjectName(QStringLiteral("skillLabel"));
    m_skillLabel->setTextFormat(Qt::RichText);
    m_skillLabel->setWordWrap(true);
    m_metrics = new MetricsTable;
    m_nodeMetrics = new NodeMetricsTable;
    // Owned by the panel while they are not a page (a one-station run shows neither).
    m_frames = new FrameView(this);
    m_frames->hide();
    m_map = new StationMapView(this);
    m_map->hide();
    m_warningsLabel = new QLabel;
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningsLabel->setTextFormat(Qt::RichText);
    m_warningsLabel->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_nodes);
    controls->addSpacing(16);
    controls->addWidget(m_horizonLabel);
    controls->addWidget(m_horizonSpin);
    controls->addSpacing(16);
    controls->addWidget(m_persistenceCheck);
    controls->addWidget(m_climatologyCheck);
    controls->addWidget(m_aheadCheck);
    controls->addStretch();
    controls->addWidget(m_attentionButton);
    controls->addWidget(m_resetButton);
    controls->addWidget(m_exportButton);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    bottomLayout->addWidget(m_skillLabel);
    auto* table = new QHBoxLayout;
    table->addWidget(m_metrics);
    table->addSpacing(12);
    table->addWidget(m_nodeMetrics);
    table->addStretch();
    bottomLayout->addLayout(table);
    bottomLayout->addWidget(m_warningsLabel);
    bottomLayout->addStretch();
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    // One page for a one-station run, so the tab bar hides and the panel looks as it always did.
    m_chartPage = splitter;
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("resultsPages"));
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(m_chartPage, QString());
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_header);
    contentLayout->addLayout(controls);
    contentLayout->addWidget(m_pages, 1);

    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("resultsHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(content);

    connect(m_horizonSpin, &QSpinBox::valueChanged, this, [this] {
        m_frames->setHorizon(horizon());
        rebuild(true);
    });
    connect(m_nodes, &NodeSelector::nodeChanged, this, [this] {
        m_nodeMetrics->setCurrentNode(currentNode());
        m_map->setCurrentNode(currentNode());
        rebuild(false);
    });
    connect(m_nodeMetrics, &NodeMetricsTable::nodeActivated, this, &ResultsPanel::setCurrentNode);
    connect(m_map, &StationMapView::nodeClicked, this, &ResultsPanel::setCurrentNode);
    connect(m_attentionButton, &QPushButton::clicked, this, [this] { showAttention(); });
    for (auto* check : {m_persistenceCheck, m_climatologyCheck})
        connect(check, &QCheckBox::toggled, this, [this] { rebuild(true); });
    // A fresh view: on the recent observations and the steps ahead when checked, all of it when not.
    connect(m_aheadCheck, &QCheckBox::toggled, this, [this] { rebuild(false); });
    connect(m_resetButton, &QPushButton::clicked, this, &ResultsPanel::resetZoom);
    connect(m_exportButton, &QPushButton::clicked, this, &ResultsPanel::saveChartAs);
    connect(m_view, &ForecastView::contextMenuRequested, this, &ResultsPanel::showContextMenu);
    retranslate();
}

ResultsPanel::~ResultsPanel() = default;

void ResultsPanel::showRun(const RunRecord* run)
{
    if (!run || !run->result || !run->result->ok() || run->result->data.test.count == 0) {
        m_run = run ? std::optional<RunRecord>(*run) : std::nullopt;
        m_view->clear();
        m_metrics->showMetrics(nullptr, 1);
        m_stack->setCurrentIndex(0);
        showNodes();
        updateTexts();
        return;
    }
    const bool same = m_run && m_run->id == run->id && m_run->result == run->result;
    m_run = *run;
    if (same) {
        updateTexts();
        return;
    }
    {
        // The analyst's step and baselines stay when switching runs: comparing runs at step 3 is common.
        const QSignalBlocker block(m_horizonSpin);
        m_horizonSpin->setRange(1, std::max(1, run->result->data.test.horizon));
    }
    m_stack->setCurrentIndex(1);
    showNodes();
    rebuild(false);
}

int ResultsPanel::runId() const { return m_run ? m_run->id : -1; }

int ResultsPanel::horizon() const { return m_horizonSpin->value(); }

void ResultsPanel::setHorizon(int step) { m_horizonSpin->setValue(step); }

int ResultsPanel::currentNode() const { return m_nodes->currentNode(); }

void ResultsPanel::setCurrentNode(int node) { m_nodes->setCurrentNode(node); }

// The selector, the per-node table and the layout's own page follow the run shown.
void ResultsPanel::showNodes()
{
    const mc::ExperimentResult* r = m_run && m_run->result && m_run->result->ok() ? m_run->result.get() : nullptr;
    const bool multi = r && r->data.multiNode();
    m_nodes->showResult(multi ? m_run->result : nullptr);
    m_nodeMetrics->setVisible(multi);
    m_nodeMetrics->showResult(multi ? m_run->result : nullptr);
    m_nodeMetrics->setCurrentNode(0);
    while (m_pages->count() > 1)
        m_pages->removeTab(1);
    m_pages->setCurrentIndex(0);
    m_frames->showResult(multi && r->data.layout == mc::NodeLayout::Grid ? m_run->result : nullptr);
    m_frames->setHorizon(horizon());
    m_map->showResult(multi && r->data.layout == mc::NodeLayout::Stations ? m_run->result : nullptr);
    m_map->setCurrentNode(multi ? 0 : -1);
    if (multi && r->data.layout == mc::NodeLayout::Grid)
        m_pages->addTab(m_frames, QString());
    else if (multi)
        m_pages->addTab(m_map, QString());
    retranslatePages();
}

BaselineToggles ResultsPanel::baselines() const { return {m_persistenceCheck->isChecked(), m_climatologyCheck->isChecked()}; }

void ResultsPanel::setBaselines(BaselineToggles baselines)
{
    {
        const QSignalBlocker a(m_persistenceCheck), b(m_climatologyCheck);
        m_persistenceCheck->setChecked(baselines.persistence);
        m_climatologyCheck->setChecked(baselines.climatology);
    }
    rebuild(true);
}

bool ResultsPanel::showsAhead() const { return m_aheadCheck->isChecked(); }

void ResultsPanel::setShowAhead(bool on) { m_aheadCheck->setChecked(on); }

AttentionView* ResultsPanel::showAttention(int window)
{
    if (!m_run || !m_run->result || !AttentionView::applies(*m_run->result))
        return nullptr;
    auto* view = new AttentionView(m_run->result, m_run->name, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->selectWindow(window < 0 ? int(m_run->result->data.test.count) - 1 : window);
    view->show();
    return view;
}

void ResultsPanel::resetZoom() { m_view->resetZoom(); }

QString ResultsPanel::readoutText() const { return m_view->readoutText(); }

void ResultsPanel::rebuild(bool keepZoom)
{
    if (!m_run || !m_run->result || m_stack->currentIndex() != 1)
        return;
    auto data = forecastChartData(*m_run->result, horizon(), currentNode());
    if (m_aheadCheck->isChecked())
        addAheadForecast(data, *m_run->result, 0, currentNode());
    m_view->setChart(data, baselines(), keepZoom);
    m_metrics->showMetrics(m_run->result, horizon());
    updateTexts();
}

void ResultsPanel::updateTexts()
{
    m_header->clear();
    m_skillLabel->clear();
    m_warningsLabel->clear();
    // Also while hidden behind a run: it shows again, in the current language, when the run goes.
    m_emptyHint->setText(tr("No run selected.\nTrain a model, or pick a run in the run list, to see its forecasts here."));
    if (!m_run)
        return;
    const auto* r = m_run->result.get();
    if (!r || !r->ok() || r->data.test.count == 0) {
        const QString why = r && !r->error.empty() ? QString::fromStdString(r->error) : tr("no test windows");
        m_emptyHint->setText(tr("The run “%1” has no forecast to show: %2").arg(m_run->name, why));
        return;
    }
    m_horizonSpin->setSuffix(tr(" of %1").arg(m_horizonSpin->maximum()));
    // Multi-node runs forecast ahead per node: the check box follows the node on the chart.
    const mc::AheadForecast* ahead = aheadForecastOf(*r, currentNode());
    m_aheadCheck->setEnabled(ahead != nullptr);
    if (ahead)
        m_aheadCheck->setToolTip(tr("Extend the chart past the last observation with the model's forecast of the next %n step(s)", nullptr,
                                    int(ahead->validTime.size())));
    else if (r->data.multiNode())
        m_aheadCheck->setToolTip(tr("No forecast ahead for this node"));
    else
        m_aheadCheck->setToolTip(tr("No forecast ahead: %1").arg(QString::fromStdString(r->ahead.unavailable)));
    m_attentionButton->setVisible(AttentionView::applies(*r));
    QString summary = runSummary(*m_run);
    if (r->data.multiNode())
        summary = nodePlaceText(r->data) + QStringLiteral(" · ") + summary;
    m_header->setText(QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2").arg(m_run->name.toHtmlEscaped(), summary.toHtmlEscaped()));
    const QString colour = r->skill > 0 ? QStringLiteral("#1a7f37") : QStringLiteral("#b02a1e");
    QString skill = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(colour, skillVerdict(*r).toHtmlEscaped());
    // The verdict and the metrics table pool every node; the per-node table sits beside them.
    if (r->data.multiNode())
        skill = QStringLiteral("<b>%1:</b> ").arg(allNodesText(r->data).toHtmlEscaped()) + skill;
    if (const QString step = stepSkillSentence(*r, horizon()); !step.isEmpty())
        skill += QLatin1Char(' ') + step.toHtmlEscaped();
    m_skillLabel->setText(skill);
    QStringList warnings = warningTexts(*r);
    for (auto& w : warnings)
        w = w.toHtmlEscaped();
    m_warningsLabel->setVisible(!warnings.isEmpty());
    m_warningsLabel->setText(QStringLiteral("<span style=\"color:#8a5a00\">⚠ %1</span>").arg(warnings.join(QStringLiteral("<br>⚠ "))));
}

void ResultsPanel::retranslate()
{
    //: Which lead time the chart shows: step k is the forecast made k time steps ahead (预测步).
    m_horizonLabel->setText(tr("Forecast &step:"));
    m_horizonSpin->setToolTip(tr("Which step ahead the chart and the first metrics section show"));
    //: Baseline forecast that repeats the last observed value (持续性预报).
    m_persistenceCheck->setText(tr("&Persistence"));
    m_persistenceCheck->setToolTip(tr("Show the persistence baseline: the last observed value, carried forward"));
    //: Baseline forecast: the training years' mean for that day of the year (气候态).
    m_climatologyCheck->setText(tr("&Climatology"));
    m_climatologyCheck->setToolTip(tr("Show the climatology baseline: the training years' mean for that day of year"));
    //: Check box: extend the chart with the forecast for the days after the last observation (未来预测).
    m_aheadCheck->setText(tr("Show forecast &ahead"));
    //: Opens the attention weights of one prediction of an attention model (注意力).
    m_attentionButton->setText(tr("A&ttention…"));
    m_attentionButton->setToolTip(tr("Show which past days the attention model looked at for one prediction"));
    m_resetButton->setText(tr("&Reset zoom"));
    m_resetButton->setToolTip(tr("Show the whole test range (or double-click a chart). Wheel zooms, dragging pans."));
    m_exportButton->setText(tr("&Export chart…"));
    retranslatePages();
    rebuild(true);
    updateTexts();
}

void ResultsPanel::retranslatePages()
{
    //: Results page: the true-vs-predicted chart and the metrics.
    m_pages->setTabText(0, tr("Chart"));
    if (m_pages->count() > 1)
        //: Results page: observed and predicted fields side by side (帧视图) / stations on a map (站点地图).
        m_pages->setTabText(1, m_pages->widget(1) == m_frames ? tr("Frames") : tr("Station map"));
}

void ResultsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
