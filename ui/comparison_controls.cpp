// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_controls.h"

#include "config_list.h"
#include "training_job.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mcui {

ComparisonControls::ComparisonControls(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonControls"));
    m_configs = new ConfigList;
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_configs);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    const auto button = [this](const char* name, void (ComparisonControls::*signal)()) {
        auto* b = new QPushButton;
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    m_run = button("runComparisonButton", &ComparisonControls::runRequested);
    m_all = button("allVariablesButton", &ComparisonControls::allVariablesRequested);
    m_stop = button("stopComparisonButton", &ComparisonControls::stopRequested);
    m_table = button("exportTableButton", &ComparisonControls::exportTableRequested);
    m_chart = button("exportOverlayButton", &ComparisonControls::exportChartRequested);
    m_allCharts = button("exportAllChartsButton", &ComparisonControls::exportAllChartsRequested);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_progressLabel = new QLabel;
    m_progressLabel->setObjectName(QStringLiteral("comparisonProgressLabel"));
    m_progressLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_configs, 1);
    layout->addWidget(m_hint);
    for (auto* b : {m_run, m_all, m_stop})
        layout->addWidget(b);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addSpacing(12);
    for (auto* b : {m_table, m_chart, m_allCharts})
        layout->addWidget(b);
    connect(m_configs, &ConfigList::checkedChanged, this, &ComparisonControls::selectionChanged);
    retranslate();
}

void ComparisonControls::setState(bool running, bool haveData, bool haveResult)
{
    const auto ticked = m_configs->checkedKeys().size();
    m_run->setEnabled(!running && haveData && ticked >= 2);
    m_all->setEnabled(!running && haveData && ticked >= 1);
    m_stop->setEnabled(running);
    m_configs->setEnabled(!running);
    m_progress->setVisible(running);
    m_table->setEnabled(haveResult);
    m_chart->setEnabled(haveResult);
    m_allCharts->setEnabled(haveResult && !running);
}

void ComparisonControls::showProgress(double fraction, const QString& text)
{
    m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    m_progressLabel->setText(text);
}

void ComparisonControls::showEpoch(const Position& at, const EpochInfo& info)
{
    const int configs = std::max(1, at.configurations);
    double fraction = (at.configuration + double(info.epoch) / std::max(1, info.epochs)) / configs;
    QString text = tr("Configuration %1 of %2, %3: epoch %4 of %5")
                       .arg(at.configuration + 1)
                       .arg(configs)
                       .arg(at.name)
                       .arg(info.epoch)
                       .arg(info.epochs);
    if (at.variable >= 0 && at.variables > 0) {
        fraction = (at.variable + fraction) / at.variables;
        text = tr("Variable %1 of %2 (%3)").arg(at.variable + 1).arg(at.variables).arg(at.variableName) + QStringLiteral(" · ") + text;
    }
    showProgress(fraction, text);
}

void ComparisonControls::showStatus(const QString& text) { m_progressLabel->setText(text); }

QString ComparisonControls::statusText() const { return m_progressLabel->text(); }

void ComparisonControls::retranslate()
{
    m_title->setText(tr("Configurations to compare"));
    m_hint->setText(tr("Each is trained on the loaded data with the first one's station, variable, date ranges and "
                       "seed, so all forecast the same test windows."));
    m_run->setText(tr("&Run comparison"));
    m_run->setToolTip(tr("Train every ticked configuration and compare them"));
    m_all->setText(tr("&All variables of the station"));
    m_all->setToolTip(tr("Train the ticked configurations for every variable of the station, one after the other"));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Stop after the current batch; what finished is kept"));
    m_table->setText(tr("Export ta&ble…"));
    m_table->setToolTip(tr("The comparison table as CSV (or JSON)"));
    m_chart->setText(tr("Export &chart…"));
    m_chart->setToolTip(tr("The chart on screen as PNG, SVG or PDF"));
    m_allCharts->setText(tr("Export all c&harts…"));
    m_allCharts->setToolTip(tr("Into a folder: for every variable compared, the overlay chart and each configuration's chart"));
}

void ComparisonControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
