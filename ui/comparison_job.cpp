// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_job.h"

#include "experiment.h"
#include "trainer.h"

#include <exception>

namespace mcui {
namespace {

/// Lives on the job's worker thread; runs one comparison per comparisonRequested.
class ComparisonWorker final : public QObject {
    Q_OBJECT
public:
    explicit ComparisonWorker(std::shared_ptr<const mc::StopToken> stop) : m_stop(std::move(stop)) {}

    void run(const std::vector<mc::NamedConfig>& configs, std::shared_ptr<const mc::Dataset> dataset)
    {
        // The one boundary nothing may cross: an exception leaving this slot would end the
        // whole application, since the event loop cannot handle it.
        try {
            auto results = mc::runComparison(configs, *dataset, *m_stop, [this](std::size_t i, const mc::EpochProgress& p) {
                Q_EMIT progressReady(int(i), EpochInfo::from(p));
            });
            QVector<RunResultPtr> out;
            out.reserve(int(results.size()));
            // runComparison already dropped each live network; what crosses is plain values.
            for (auto& r : results)
                out.append(std::make_shared<const mc::ExperimentResult>(std::move(r)));
            Q_EMIT resultsReady(out);
        } catch (const std::exception& e) {
            Q_EMIT crashed(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            Q_EMIT crashed(QStringLiteral("unknown exception"));
        }
    }

Q_SIGNALS:
    void progressReady(int index, const mcui::EpochInfo& info);
    void resultsReady(const QVector<mcui::RunResultPtr>& results);
    void crashed(const QString& detail);

private:
    std::shared_ptr<const mc::StopToken> m_stop;
};

}  // namespace

ComparisonJob::ComparisonJob(QObject* parent) : QObject(parent), m_stop(std::make_shared<mc::StopToken>())
{
    qRegisterMetaType<mcui::EpochInfo>();
    qRegisterMetaType<mcui::RunResultPtr>();
    qRegisterMetaType<QVector<mcui::RunResultPtr>>();
    qRegisterMetaType<std::vector<mc::NamedConfig>>();
    qRegisterMetaType<std::shared_ptr<const mc::Dataset>>();

    m_thread.setObjectName(QStringLiteral("ComparisonJob"));
    auto* worker = new ComparisonWorker(m_stop);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &ComparisonJob::comparisonRequested, worker, &ComparisonWorker::run, Qt::QueuedConnection);
    connect(worker, &ComparisonWorker::progressReady, this, &ComparisonJob::onProgress, Qt::QueuedConnection);
    connect(worker, &ComparisonWorker::resultsReady, this, &ComparisonJob::onResults, Qt::QueuedConnection);
    connect(worker, &ComparisonWorker::crashed, this, &ComparisonJob::onCrash, Qt::QueuedConnection);
    m_thread.start();
}

ComparisonJob::~ComparisonJob()
{
    requestStop();
    m_thread.quit();
    m_thread.wait();
}

bool ComparisonJob::start(std::vector<mc::NamedConfig> configs, std::shared_ptr<const mc::Dataset> dataset)
{
    if (configs.empty() || !dataset)
        return false;
    bool idle = false;
    if (!m_running.compare_exchange_strong(idle, true))
        return false;
    m_stop->reset();
    m_names.clear();
    for (const auto& c : configs)
        m_names << QString::fromStdString(c.name);
    Q_EMIT runningChanged(true);
    Q_EMIT started(int(configs.size()));
    Q_EMIT comparisonRequested(configs, std::move(dataset), QPrivateSignal());
    return true;
}

void ComparisonJob::requestStop() { m_stop->requestStop(); }

bool ComparisonJob::isRunning() const { return m_running.load(); }

void ComparisonJob::onProgress(int index, const EpochInfo& info) { Q_EMIT progress(index, m_names.value(index), info); }

void ComparisonJob::setRunning(bool running)
{
    m_running.store(running);
    Q_EMIT runningChanged(running);
}

void ComparisonJob::onResults(const QVector<RunResultPtr>& results)
{
    // Not running before anyone hears the outcome, so a receiver may start the next comparison
    // (the next variable) at once.
    setRunning(false);
    Q_EMIT finished(m_names, results);
}

void ComparisonJob::onCrash(const QString& detail)
{
    setRunning(false);
    Q_EMIT failed(tr("The comparison stopped on an unexpected error. Please report it with the log.") + QLatin1Char('\n')
                  + tr("Details: %1").arg(detail));
}

}  // namespace mcui

#include "comparison_job.moc"
