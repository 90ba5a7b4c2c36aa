// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_panel.h"

#include "comparison_controls.h"
#include "comparison_export.h"
#include "comparison_job.h"
#include "comparison_view.h"
#include "config_list.h"
#include "dataset.h"
#include "experiment.h"
#include "variable_summary_table.h"
#include "variable_sweep.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mcui {
namespace {

const QString kErrorStyle = QStringLiteral(
    "QLabel { color: #a4262c; background: #fde7e9; border: 1px solid #f1bbbc; border-radius: 3px; padding: 5px 8px; }");
const QString kNoteStyle = QStringLiteral(
    "QLabel { color: #5c3c00; background: #fff4ce; border: 1px solid #f3d58a; border-radius: 3px; padding: 5px 8px; }");

}  // namespace

ComparisonPanel::ComparisonPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonPanel"));
    m_job = new ComparisonJob(this);
    m_sweep = new VariableSweep(m_job, this);
    m_controls = new ComparisonControls;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("comparisonMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("comparisonHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_summary = new VariableSummaryTable;
    auto* legend = new QLabel;
    legend->setObjectName(QStringLiteral("summaryLegend"));
    legend->setWordWrap(true);
    connect(m_summary, &VariableSummaryTable::legendChanged, legend, &QLabel::setText);
    auto* summary = new QWidget;
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 4);
    summaryLayout->addWidget(legend);
    summaryLayout->addWidget(m_summary, 1);
    m_view = new ComparisonView;
    m_results = new QSplitter(Qt::Vertical);
    m_results->setChildrenCollapsible(false);
    m_results->addWidget(summary);
    m_results->addWidget(m_view);
    m_results->setStretchFactor(0, 0);
    m_results->setStretchFactor(1, 1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 6);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_emptyHint, 1);
    rightLayout->addWidget(m_results, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_controls);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_controls, &ComparisonControls::selectionChanged, this, &ComparisonPanel::updateActions);
    connect(m_controls, &ComparisonControls::runRequested, this, [this] { runComparison(); });
    connect(m_controls, &ComparisonControls::allVariablesRequested, this, [this] { runAllVariables(); });
    connect(m_controls, &ComparisonControls::stopRequested, this, &ComparisonPanel::stop);
    connect(m_controls, &ComparisonControls::exportTableRequested, m_view, &ComparisonView::saveTableAs);
    connect(m_controls, &ComparisonControls::exportChartRequested, m_view, &ComparisonView::saveChartAs);
    connect(m_controls, &ComparisonControls::exportAllChartsRequested, this, &ComparisonPanel::exportAllCharts);
    connect(m_summary, &QTableWidget::currentCellChanged, this, [this](int row) { showVariable(row); });
    connect(m_job, &ComparisonJob::started, this, [this](int n) { m_configCount = n; });
    connect(m_job, &ComparisonJob::progress, this, &ComparisonPanel::onProgress);
    connect(m_job, &ComparisonJob::finished, this, &ComparisonPanel::onFinished);
    connect(m_job, &ComparisonJob::failed, this, &ComparisonPanel::onFailed);
    connect(m_job, &ComparisonJob::runningChanged, this, &ComparisonPanel::updateActions);
    connect(m_sweep, &VariableSweep::variableFinished, this, &ComparisonPanel::onVariableFinished);
    connect(m_sweep, &VariableSweep::finished, this, &ComparisonPanel::onSweepFinished);
    retranslate();
    updateActions();
}

ComparisonPanel::~ComparisonPanel() = default;

void ComparisonPanel::setDataset(std::shared_ptr<const mc::Dataset> dataset)
{
    m_dataset = std::move(dataset);
    updateActions();
}

void ComparisonPanel::setRuns(RunListModel* runs) { configList()->setRuns(runs); }

void ComparisonPanel::setConfigSource(std::function<mc::RunConfig()> source) { configList()->setConfigSource(std::move(source)); }

ConfigList* ComparisonPanel::configList() const { return m_controls->configList(); }

bool ComparisonPanel::isRunning() const { return m_job->isRunning() || m_sweep->isActive(); }

QString ComparisonPanel::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

bool ComparisonPanel::prepare(std::vector<mc::NamedConfig>& configs, int minimum)
{
    if (isRunning())
        return false;
    QString problem;
    if (!m_dataset)
        problem = tr("Open a data file or the sample data first.");
    else if (int(configs.size()) < minimum)
        problem = minimum > 1 ? tr("Tick two or more configurations to compare.") : tr("Tick at least one configuration.");
    else if (minimum > 1 && configs.front().config.target.empty())
        problem = tr("Choose the variable to forecast: click it in the data tree.");
    if (problem.isEmpty()) {
        mc::alignForComparison(configs);
        for (const auto& c : configs)
            if (const std::string why = mc::validateConfig(c.config); !why.empty()) {
                problem = tr("“%1” cannot be trained: %2.").arg(QString::fromStdString(c.name), QString::fromStdString(why));
                break;
            }
    }
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    showMessage({}, false);
    m_stopRequested = false;
    m_controls->showProgress(0, tr("Starting…"));
    return true;
}

bool ComparisonPanel::runComparison() { return runComparison(configList()->checkedConfigs()); }

bool ComparisonPanel::runComparison(std::vector<mc::NamedConfig> configs)
{
    if (!prepare(configs, 2) || !m_job->start(std::move(configs), m_dataset))
        return false;
    m_single = true;
    updateActions();
    return true;
}

bool ComparisonPanel::runAllVariables()
{
    auto configs = configList()->checkedConfigs();
    if (!prepare(configs, 1))
        return false;
    std::string station = configs.front().config.station;
    if (station.empty() && m_dataset->stations.size() == 1)
        station = m_dataset->stations.front().id;
    if (const QString error = m_sweep->start(std::move(configs), station, m_dataset); !error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    {
        const QSignalBlocker block(m_summary);  // no row to show until the first variable is done
        m_summary->setOutcomes(m_sweep->outcomes(), m_sweep->names());
        m_summary->setCurrentCell(-1, -1);
    }
    updateActions();
    return true;
}

void ComparisonPanel::onVariableFinished(int row)
{
    const bool show = m_summary->currentRow() < 0 && m_sweep->outcomes().value(row).hasResults();
    m_summary->setOutcomes(m_sweep->outcomes(), m_sweep->names());
    if (show)
        m_summary->setCurrentCell(row, 0);  // the first variable with results opens at once
}

void ComparisonPanel::onSweepFinished()
{
    const auto& outcomes = m_sweep->outcomes();
    m_summary->setOutcomes(outcomes, m_sweep->names());
    int compared = 0;
    for (const auto& o : outcomes)
        compared += o.status() == VariableOutcome::Status::Ok ? 1 : 0;
    if (compared < outcomes.size() && m_message->isHidden())
        showMessage(tr("%1 of %2 variables compared; the summary says why the others were not.").arg(compared).arg(outcomes.size()),
                    false);
    m_controls->showStatus(m_sweep->wasStopped() ? tr("Stopped.") : tr("Finished: %n variable(s).", nullptr, int(outcomes.size())));
    updateActions();
    Q_EMIT allVariablesFinished();
}

void ComparisonPanel::stop()
{
    if (!isRunning())
        return;
    m_stopRequested = true;
    m_sweep->stop();
    m_job->requestStop();
    m_controls->showStatus(tr("Stopping after the current batch…"));
}

void ComparisonPanel::onProgress(int index, const QString& name, const EpochInfo& info)
{
    const int v = m_sweep->current();
    const auto& outcomes = m_sweep->outcomes();
    if (!m_stopRequested)  // "stopping…" stays until the stop is done
        m_controls->showEpoch({index, m_configCount, name, v, int(outcomes.size()), v >= 0 ? outcomes[v].variable : QString()}, info);
}

void ComparisonPanel::onFinished(const QStringList& names, const QVector<RunResultPtr>& results)
{
    if (!m_single)
        return;  // a variable of a sweep: VariableSweep handles it
    m_single = false;
    QStringList problems;
    int ok = 0;
    for (int i = 0; i < results.size(); ++i) {
        if (results[i]->ok())
            ++ok;
        else
            problems << tr("“%1”: %2").arg(names.value(i), TrainingJob::failureMessage(*results[i]));
    }
    if (ok == 0) {
        // Nothing new to show: keep the comparison shown before, and say why.
        showMessage(tr("No configuration could be trained; the results shown before are kept.") + QLatin1Char('\n')
                        + problems.join(QLatin1Char('\n')),
                    true);
    } else {
        m_sweep->clear();
        m_summary->setOutcomes({}, {});
        m_view->showComparison(names, results);
        if (!problems.isEmpty())
            showMessage(tr("Some configurations could not be trained:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')), true);
        else if (m_stopRequested)
            showMessage(tr("Stopped on request after %1 of %2 configurations; a stopped configuration shows its best model up to then.")
                            .arg(results.size())
                            .arg(names.size()),
                        false);
    }
    m_controls->showStatus(m_stopRequested ? tr("Stopped.") : tr("Finished."));
    updateActions();
    Q_EMIT comparisonFinished();
}

void ComparisonPanel::onFailed(const QString& message)
{
    showMessage(message, true);  // a sweep ends too, and says so itself
    m_controls->showStatus(tr("Failed."));
    if (!std::exchange(m_single, false))
        return;
    updateActions();
    Q_EMIT comparisonFinished();
}

void ComparisonPanel::showVariable(int row)
{
    const auto& outcomes = m_sweep->outcomes();
    if (row < 0 || row >= outcomes.size() || !outcomes[row].hasResults())
        return;
    m_view->showComparison(outcomes[row].names, outcomes[row].results);
    updateActions();
}

void ComparisonPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? kErrorStyle : kNoteStyle);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ComparisonPanel::updateActions()
{
    const bool running = isRunning();
    const bool shown = !m_view->isEmpty();
    m_controls->setState(running, m_dataset != nullptr, shown);
    const bool sweep = !m_sweep->outcomes().isEmpty();
    m_summary->parentWidget()->setVisible(sweep);
    m_results->setVisible(shown || sweep);
    m_emptyHint->setVisible(!shown && !sweep);
    if (running != m_wasRunning) {
        m_wasRunning = running;
        retranslate();  // the hint says what is happening
        Q_EMIT runningChanged(running);
    }
}

void ComparisonPanel::exportAllCharts()
{
    // Every variable of the last sweep, else the comparison on screen.
    QVector<VariableOutcome> comparisons = m_sweep->outcomes();
    if (comparisons.isEmpty())
        comparisons.append({QString(), m_view->names(), m_view->results(), true});
    const auto files = exportComparisonChartsAs(this, comparisons, m_view->chartStep());
    if (!files.isEmpty())
        showMessage(tr("%n chart(s) exported.", nullptr, int(files.size())), false);
}

void ComparisonPanel::retranslate()
{
    m_emptyHint->setText(isRunning() ? tr("Training the configurations; the comparison appears here when they are done.")
                                     : tr("No comparison yet.\nTick two or more configurations on the left and press Run "
                                          "comparison, or train the ticked ones for every variable of the station."));
}

void ComparisonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
