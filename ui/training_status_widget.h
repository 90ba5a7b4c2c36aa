// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace mcui {

struct EpochInfo;

/// A compact progress bar and one line "epoch 57/300 · 00:41 elapsed, ~02:53 left", for the
/// main window's status bar; the training panel shows the same widget above its chart.
class TrainingStatusWidget final : public QWidget {
    Q_OBJECT
public:
    explicit TrainingStatusWidget(QWidget* parent = nullptr);

    void runStarted(int epochs);
    void addEpoch(const mcui::EpochInfo& info);
    void runFinished(const mcui::RunResultPtr& result);
    void runFailed(const QString& message);

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isRunning() const { return m_state == State::Preparing || m_state == State::Training; }

    /// `mm:ss`, or `h:mm:ss` from one hour on; `--:--` when unknown.
    [[nodiscard]] static QString formatDuration(double seconds);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Idle, Preparing, Training, Finished, EarlyStopped, Stopped, Failed };

    void refresh();
    void reserveWidth();
    [[nodiscard]] double elapsedSeconds() const;
    [[nodiscard]] double remainingSeconds() const;

    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QTimer m_tick;               // keeps the elapsed time moving between epochs
    QElapsedTimer m_clock;
    State m_state = State::Idle;
    int m_epoch = 0;
    int m_epochs = 0;
    int m_bestEpoch = 0;
    double m_secondsPerEpoch = 0;
    double m_wallAtLastEpoch = 0;
    double m_finalSeconds = 0;
};

}  // namespace mcui
