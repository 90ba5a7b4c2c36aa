// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: create, start and connect on the GUI thread; signals arrive there (queued from a worker thread). requestStop() and isRunning() are thread-safe.
#pragma once

#include "comparison.h"
#include "run_record.h"
#include "training_job.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVector>

#include <atomic>
#include <memory>
#include <vector>

namespace mcui {

/// Runs mc::runComparison (each configuration trained in turn on the same data, split, test
/// windows and seed) on a worker thread, one comparison at a time.
///
/// A configuration that cannot be prepared or trained does not end the comparison: its result
/// comes back failed (result->ok() false; TrainingJob::failureMessage() explains it) next to the
/// others, so the analyst keeps what did work. failed() is only for what escaped core.
class ComparisonJob final : public QObject {
    Q_OBJECT
public:
    explicit ComparisonJob(QObject* parent = nullptr);
    /// Requests a stop and waits for the worker thread: at most the rest of one batch.
    ~ComparisonJob() override;

    /// Starts training @p configs on @p dataset. The configurations are used as given: align them
    /// first (mc::alignForComparison). Returns false, and changes nothing, while a comparison is
    /// in progress or when @p configs is empty or @p dataset null.
    bool start(std::vector<mc::NamedConfig> configs, std::shared_ptr<const mc::Dataset> dataset);

    /// Thread-safe and deliberately not a slot: a queued slot could not run while the worker is
    /// busy in the loop it should stop. The configuration in training ends after the current
    /// batch (keeping its best model); the ones after it are not started.
    void requestStop();

    /// Thread-safe. True from start() until finished() or failed() has been emitted.
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void started(int configurations);
    /// Configuration @p index (0-based) named @p name finished an epoch.
    void progress(int index, const QString& name, const mcui::EpochInfo& info);
    /// One result per configuration trained, in order; fewer than @p names when stopped. Results
    /// carry no live network (training.model is reset). A result may have failed on its own.
    void finished(QStringList names, QVector<mcui::RunResultPtr> results);
    /// An unexpected error ended the comparison; translated message with details.
    void failed(QString message);
    void runningChanged(bool running);

    /// Internal: hands a comparison to the worker thread.
    void comparisonRequested(const std::vector<mc::NamedConfig>& configs, std::shared_ptr<const mc::Dataset> dataset,
                             QPrivateSignal);

private:
    void onProgress(int index, const mcui::EpochInfo& info);
    void onResults(const QVector<mcui::RunResultPtr>& results);
    void onCrash(const QString& detail);
    void setRunning(bool running);

    QThread m_thread;
    std::shared_ptr<mc::StopToken> m_stop;
    std::atomic<bool> m_running{false};
    QStringList m_names;
};

}  // namespace mcui

Q_DECLARE_METATYPE(std::vector<mc::NamedConfig>)
Q_DECLARE_METATYPE(QVector<mcui::RunResultPtr>)
