// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: create, start and connect on the GUI thread; signals arrive there (queued from a worker thread). requestStop() and isRunning() are thread-safe.
#pragma once

#include "run_config.h"
#include "run_record.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <limits>
#include <memory>

namespace mc {
struct Dataset;
struct EpochProgress;
class StopToken;
}  // namespace mc

namespace mcui {

/// One finished epoch as the GUI sees it (mirrors mc::EpochProgress, which stays Qt-free).
struct EpochInfo {
    int epoch = 0;                 ///< 1-based
    int epochs = 0;                ///< planned
    double trainLoss = 0;          ///< mean over the epoch, scaled units
    double valLoss = std::numeric_limits<double>::quiet_NaN();  ///< NaN without validation windows
    double elapsedSeconds = 0;     ///< training time since the first epoch began
    bool best = false;             ///< this epoch's weights are now the kept model

    [[nodiscard]] static EpochInfo from(const mc::EpochProgress& progress);
};

/// Runs mc::runExperiment on a worker thread, one run at a time.
///
/// The worker thread lives as long as the job, so starting a run costs no thread creation.
/// Stopping keeps the best model so far: a stopped run still ends with finished().
class TrainingJob final : public QObject {
    Q_OBJECT
public:
    /// The stage reported by failed() when an exception escaped core (a bug, not a data problem).
    static constexpr int kUnexpectedStage = -1;

    explicit TrainingJob(QObject* parent = nullptr);
    /// Requests a stop and waits for the worker thread: at most the rest of one batch.
    ~TrainingJob() override;

    /// Starts a run of @p config on @p dataset (or on config.dataPaths when @p dataset is null).
    /// Returns false, and changes nothing, while a run is in progress.
    bool start(const mc::RunConfig& config, std::shared_ptr<const mc::Dataset> dataset);

    /// Thread-safe and deliberately not a slot: a queued slot could not run while the worker is
    /// busy in the loop it should stop. Training ends after the current batch.
    void requestStop();

    /// Thread-safe. True from start() until finished() or failed() has been emitted.
    [[nodiscard]] bool isRunning() const;

    /// Translated message for a failed @p result; @p failedEpoch names the epoch a diverging
    /// loss was seen in (0 when unknown).
    [[nodiscard]] static QString failureMessage(const mc::ExperimentResult& result, int failedEpoch = 0);

Q_SIGNALS:
    void started(int epochs);
    void epochFinished(const mcui::EpochInfo& info);
    /// Finished, early-stopped or stopped (result->training.status tells which). The result
    /// carries no live network (training.model is reset); result->modelFile holds the model.
    void finished(mcui::RunResultPtr result);
    /// @p stage is an mc::ExperimentStage value, or kUnexpectedStage.
    void failed(const QString& message, int stage);
    void runningChanged(bool running);

    /// Internal: hands a run to the worker thread.
    void runRequested(const mc::RunConfig& config, std::shared_ptr<const mc::Dataset> dataset, QPrivateSignal);

private:
    void onEpoch(const mcui::EpochInfo& info);
    void onResult(const mcui::RunResultPtr& result);
    void onCrash(const QString& detail);
    void setRunning(bool running);

    QThread m_thread;
    std::shared_ptr<mc::StopToken> m_stop;
    std::atomic<bool> m_running{false};
    int m_lastEpoch = 0;
};

}  // namespace mcui

Q_DECLARE_METATYPE(mcui::EpochInfo)
Q_DECLARE_METATYPE(mc::RunConfig)
Q_DECLARE_METATYPE(std::shared_ptr<const mc::Dataset>)
