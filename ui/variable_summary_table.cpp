// SPDX-License-Identifier: GPL-3.0-or-later
#include "variable_summary_table.h"

#include "comparison.h"
#include "experiment.h"
#include "training_job.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

#include <cmath>

namespace mcui {
namespace {

// The sentences of mc::skipSuggestion, so lupdate extracts them; the CLI prints the English.
const char* const kSuggestions[] = {
    QT_TRANSLATE_NOOP("SkipSuggestions",
                      "too few complete windows (each needs lookback + horizon consecutive observations); "
                      "the series may be sampled less often than the grid: try a coarser (e.g. monthly) resolution "
                      "or a shorter lookback"),
    QT_TRANSLATE_NOOP("SkipSuggestions", "check the variable and the ranges"),
};

const QColor kBetterColor(0x1a, 0x7f, 0x37);
const QColor kWorseColor(0xb0, 0x2a, 0x1e);
const QColor kSkippedColor(0x8a, 0x5a, 0x00);

using Status = VariableOutcome::Status;

}  // namespace

QString VariableSummaryTable::translatedSuggestion(const std::string& english)
{
    for (const char* s : kSuggestions)
        if (english == s)
            return QCoreApplication::translate("SkipSuggestions", s);
    return QString::fromStdString(english);
}

int VariableOutcome::firstFailure() const
{
    for (int i = 0; i < results.size(); ++i)
        if (!results[i] || !results[i]->ok())
            return i;
    return -1;
}

VariableOutcome::Status VariableOutcome::status() const
{
    if (!run)
        return Status::NotRun;
    if (const int f = firstFailure(); f >= 0)
        // A series too sparse for the windows is expected with real data: skipped, with what to try.
        return results[f] && results[f]->failedStage == mc::ExperimentStage::Prepare ? Status::Skipped : Status::Failed;
    if (results.size() < names.size())
        return Status::Stopped;
    for (const auto& r : results)
        if (r->training.status == mc::TrainStatus::Stopped)
            return Status::Stopped;
    return Status::Ok;
}

QString VariableOutcome::reason() const
{
    const Status s = status();
    if (s == Status::Stopped)
        return VariableSummaryTable::tr("Stopped on request; the scores are those of the best model up to then.");
    if (s == Status::NotRun)
        return VariableSummaryTable::tr("Not trained: the run was stopped before this variable.");
    if (s == Status::Ok)
        return {};
    const int f = firstFailure();
    if (!results[f])
        return VariableSummaryTable::tr("The comparison failed.");
    const auto& r = *results[f];
    QString text = TrainingJob::failureMessage(r).section(QLatin1Char('\n'), 0, 0);
    if (names.size() > 1)
        text = VariableSummaryTable::tr("%1: %2").arg(names.value(f), text);
    if (s == Status::Skipped)  // as the CLI writes it: the reason, a dash, what to try
        text += QStringLiteral(" — ") + VariableSummaryTable::translatedSuggestion(mc::skipSuggestion(r));
    return text;
}

QString VariableOutcome::details() const
{
    const int f = firstFailure();
    if (f < 0 || !results[f])
        return reason();
    // failureMessage is the lead reason() starts with, then the core's details.
    const QString more = TrainingJob::failureMessage(*results[f]).section(QLatin1Char('\n'), 1);
    return more.isEmpty() ? reason() : reason() + QLatin1Char('\n') + more;
}

QString VariableOutcome::statusKey() const
{
    switch (status()) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Skipped: return QStringLiteral("skipped");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Stopped: return QStringLiteral("stopped");
    case Status::NotRun: break;
    }
    return QStringLiteral("not-run");
}

bool VariableOutcome::hasResults() const
{
    for (const auto& r : results)
        if (r && r->ok())
            return true;
    return false;
}

VariableSummaryTable::VariableSummaryTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("variableSummaryTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void VariableSummaryTable::setOutcomes(const QVector<VariableOutcome>& outcomes, const QStringList& names)
{
    m_outcomes = outcomes;
    m_names = names;
    fill();
}

void VariableSummaryTable::fill()
{
    const int current = currentRow();
    const int configs = int(m_names.size());
    setColumnCount(1 + 2 * configs + 2);
    for (int c = 0; c < columnCount(); ++c)
        setColumnHidden(c, false);
    setRowCount(int(m_outcomes.size()));
    QStringList headers{tr("Variable")};
    // Configuration names are often long ("Run 3: station1 water_temp"): a letter in the header
    // (legend() names them), so status and reasons stay in sight in a narrow tab.
    for (int c = 0; c < configs; ++c)
        headers << tr("RMSE of %1").arg(configLetter(c)) << tr("Skill of %1").arg(configLetter(c));
    headers << tr("Status") << tr("Reason and what to try");
    setHorizontalHeaderLabels(headers);
    horizontalHeaderItem(columnCount() - 1)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < configs; ++c)
        for (int k = 1; k <= 2; ++k)
            horizontalHeaderItem(2 * c + k)->setToolTip(m_names[c]);
    Q_EMIT legendChanged(legend());
    const QLocale locale;
    for (int row = 0; row < m_outcomes.size(); ++row) {
        const auto& o = m_outcomes[row];
        auto* name = new QTableWidgetItem(o.variable);
        name->setData(StatusRole, o.statusKey());
        setItem(row, 0, name);
        for (int c = 0; c < configs; ++c) {
            const auto* r = c < o.results.size() && o.results[c] && o.results[c]->ok() ? o.results[c].get() : nullptr;
            QString rmse, skill;
            if (r && std::isfinite(r->model.pooled.rmse)) {
                const QString unit = QString::fromStdString(r->unit());
                rmse = locale.toString(r->model.pooled.rmse, 'f', 3) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
            }
            if (r && std::isfinite(r->skill))
                skill = locale.toString(r->skill, 'f', 3);
            auto* rmseItem = new QTableWidgetItem(rmse);
            rmseItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, 1 + 2 * c, rmseItem);
            auto* skillItem = new QTableWidgetItem(skill);
            skillItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r && std::isfinite(r->skill))
                skillItem->setForeground(r->skill > 0 ? kBetterColor : kWorseColor);
            setItem(row, 2 + 2 * c, skillItem);
        }
        QString status;
        const Status st = o.status();
        switch (st) {
        case Status::Ok: status = tr("compared"); break;
        case Status::Skipped: status = tr("skipped"); break;
        case Status::Failed: status = tr("failed"); break;
        case Status::Stopped: status = tr("stopped"); break;
        case Status::NotRun: status = tr("not run"); break;
        }
        auto* statusItem = new QTableWidgetItem(status);
        if (st != Status::Ok)
            statusItem->setForeground(st == Status::Failed ? kWorseColor : kSkippedColor);
        setItem(row, 1 + 2 * configs, statusItem);
        auto* reason = new QTableWidgetItem(o.reason());
        reason->setToolTip(o.details());
        setItem(row, 2 + 2 * configs, reason);
    }
    if (current >= 0 && current < rowCount())
        setCurrentCell(current, 0);
    // Tall enough for a station's usual handful of variables without scrolling.
    const int rows = std::min(rowCount(), 6);
    setFixedHeight(horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth()
                   + horizontalScrollBar()->sizeHint().height());
    // The reasons only matter when a variable was not compared.
    bool anyReason = false;
    for (const auto& o : m_outcomes)
        anyReason = anyReason || o.status() != Status::Ok;
    setColumnHidden(columnCount() - 1, !anyReason);
}

QString VariableSummaryTable::configLetter(int index)
{
    return index < 26 ? QString(QChar(u'A' + index)) : QString::number(index + 1);
}

QString VariableSummaryTable::legend() const
{
    QStringList parts;
    for (int c = 0; c < m_names.size(); ++c)
        parts << tr("%1: %2").arg(configLetter(c), m_names[c]);
    return parts.join(QStringLiteral("   ·   "));
}

void VariableSummaryTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTableWidget::changeEvent(event);
}

}  // namespace mcui
