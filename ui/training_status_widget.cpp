// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_status_widget.h"

#include "experiment.h"
#include "training_job.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace mcui {

namespace {
constexpr int kTickMs = 1000;
}

TrainingStatusWidget::TrainingStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingStatus"));
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("trainingProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setMaximumHeight(14);
    m_bar->setMinimumWidth(160);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("trainingStatusLabel"));
    m_label->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);

    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &TrainingStatusWidget::refresh);
    reserveWidth();
    refresh();
}

void TrainingStatusWidget::runStarted(int epochs)
{
    m_state = State::Preparing;
    m_epochs = std::max(epochs, 0);
    m_epoch = 0;
    m_bestEpoch = 0;
    m_secondsPerEpoch = 0;
    m_wallAtLastEpoch = 0;
    m_clock.start();
    m_label->setToolTip(QString());
    m_bar->setRange(0, std::max(m_epochs, 1));
    m_bar->setValue(0);
    m_tick.start();
    refresh();
}

void TrainingStatusWidget::addEpoch(const EpochInfo& info)
{
    if (!isRunning())
        return;
    m_state = State::Training;
    m_epoch = info.epoch;
    if (info.epochs > 0 && info.epochs != m_epochs) {
        m_epochs = info.epochs;
        m_bar->setMaximum(m_epochs);
    }
    if (info.best)
        m_bestEpoch = info.epoch;
    m_secondsPerEpoch = info.epoch > 0 ? info.elapsedSeconds / info.epoch : 0;
    m_wallAtLastEpoch = elapsedSeconds();
    m_bar->setValue(std::min(m_epoch, m_bar->maximum()));
    refresh();
}

void TrainingStatusWidget::runFinished(const RunResultPtr& result)
{
    m_finalSeconds = elapsedSeconds();
    m_tick.stop();
    m_state = State::Finished;
    if (result) {
        const auto& t = result->training;
        m_epoch = t.epochsRun;
        m_bestEpoch = t.bestEpoch;
        if (t.status == mc::TrainStatus::EarlyStopped)
            m_state = State::EarlyStopped;
        else if (t.status == mc::TrainStatus::Stopped)
            m_state = State::Stopped;
    }
    if (m_state == State::Finished)
        m_bar->setValue(m_bar->maximum());
    refresh();
}

void TrainingStatusWidget::runFailed(const QString& message)
{
    m_finalSeconds = elapsedSeconds();
    m_tick.stop();
    m_state = State::Failed;
    m_label->setToolTip(message);
    refresh();
}

QString TrainingStatusWidget::text() const { return m_label->text(); }

double TrainingStatusWidget::elapsedSeconds() const
{
    if (!isRunning())
        return m_finalSeconds;
    return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
}

double TrainingStatusWidget::remainingSeconds() const
{
    if (m_epoch <= 0 || m_secondsPerEpoch <= 0)
        return -1;
    const double sinceEpoch = elapsedSeconds() - m_wallAtLastEpoch;
    return std::max(0.0, m_secondsPerEpoch * double(m_epochs - m_epoch) - sinceEpoch);
}

QString TrainingStatusWidget::formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("--:--");
    const auto total = static_cast<long long>(std::llround(seconds));
    const auto pad = [](long long v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (total >= 3600)
        return QString::number(total / 3600) + QLatin1Char(':') + pad(total / 60 % 60) + QLatin1Char(':') + pad(total % 60);
    return pad(total / 60) + QLatin1Char(':') + pad(total % 60);
}

void TrainingStatusWidget::refresh()
{
    const QString elapsed = formatDuration(elapsedSeconds());
    QString text;
    switch (m_state) {
    case State::Idle:
        text = tr("No training running");
        break;
    case State::Preparing:
        text = tr("preparing data · %1 elapsed").arg(elapsed);
        break;
    case State::Training:
        //: Status bar while training. epoch: one pass over the training data (轮); %1 current epoch, %2 planned epochs, %3 elapsed and %4 remaining time (mm:ss).
        text = tr("epoch %1/%2 · %3 elapsed, ~%4 left")
                   .arg(m_epoch)
                   .arg(m_epochs)
                   .arg(elapsed, formatDuration(remainingSeconds()));
        break;
    case State::Finished:
        text = tr("finished: epoch %1/%2 in %3").arg(m_epoch).arg(m_epochs).arg(elapsed);
        break;
    case State::EarlyStopped:
        text = tr("stopped early after epoch %1/%2 in %3, best epoch %4").arg(m_epoch).arg(m_epochs).arg(elapsed).arg(m_bestEpoch);
        break;
    case State::Stopped:
        text = tr("stopped after epoch %1/%2 in %3, best epoch %4 kept").arg(m_epoch).arg(m_epochs).arg(elapsed).arg(m_bestEpoch);
        break;
    case State::Failed:
        text = tr("failed after %1").arg(elapsed);
        break;
    }
    m_label->setText(text);
}

void TrainingStatusWidget::reserveWidth()
{
    // The digits change every second: a width for the longest running text keeps the status bar
    // from reflowing with each tick.
    const QString widest = tr("epoch %1/%2 · %3 elapsed, ~%4 left")
                               .arg(QStringLiteral("0000"), QStringLiteral("0000"), QStringLiteral("00:00"), QStringLiteral("00:00"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(widest));
}

void TrainingStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        reserveWidth();
        refresh();
    } else if (event->type() == QEvent::FontChange) {
        reserveWidth();
    }
    QWidget::changeEvent(event);
}

}  // namespace mcui
