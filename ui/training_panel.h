// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only; feed it from TrainingJob's signals, which arrive there.
#pragma once

#include "run_record.h"

#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QLogValueAxis;
class QPlainTextEdit;
class QScatterSeries;
class QSplitter;
class QValueAxis;

namespace mc {
struct RunConfig;
}

namespace mcui {

struct EpochInfo;
class TrainingStatusWidget;

/// The "Training" tab: progress with elapsed time and ETA, the live loss chart (train and
/// validation loss per epoch, log scale) and a timestamped log of the run.
class TrainingPanel final : public QWidget {
    Q_OBJECT
public:
    /// Epochs may arrive much faster than a chart can usefully repaint; this caps the redraws.
    static constexpr int kRedrawIntervalMs = 50;

    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    /// Clears the chart for a new run of @p epochs epochs and logs its start.
    void runStarted(const QString& runName, int epochs);
    /// Logs the settings that tell runs apart (model, station, target, sizes, device).
    void logSettings(const mc::RunConfig& config);
    void addEpoch(const mcui::EpochInfo& info);
    /// Draws what is pending at once and logs the outcome, the test score and the run's warnings.
    void runFinished(const mcui::RunResultPtr& result);
    void runFailed(const QString& message);
    /// Appends @p text to the log with the current time.
    void appendLog(const QString& text);

    [[nodiscard]] TrainingStatusWidget* progress() const { return m_progress; }
    [[nodiscard]] QLineSeries* trainSeries() const { return m_trainSeries; }
    [[nodiscard]] QLineSeries* validationSeries() const { return m_valSeries; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void scheduleRedraw();
    void redraw();
    void updateAxes();

    TrainingStatusWidget* m_progress = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QLineSeries* m_trainSeries = nullptr;
    QLineSeries* m_valSeries = nullptr;
    QScatterSeries* m_bestSeries = nullptr;
    QValueAxis* m_epochAxis = nullptr;
    QLogValueAxis* m_lossAxis = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer m_redrawTimer;

    QString m_runName;
    int m_epochs = 0;
    // The whole history stays here; the series get it in one replace() per redraw.
    QList<QPointF> m_trainPoints;
    QList<QPointF> m_valPoints;
    QList<QPointF> m_bestPoint;
};

}  // namespace mcui
