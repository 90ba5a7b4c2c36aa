// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_job.h"

#include "import_error_text.h"

#include "experiment.h"
#include "trainer.h"

#include <exception>

namespace mcui {

EpochInfo EpochInfo::from(const mc::EpochProgress& progress)
{
    EpochInfo info;
    info.epoch = progress.epoch;
    info.epochs = progress.epochs;
    info.trainLoss = progress.trainLoss;
    info.valLoss = progress.valLoss;
    info.elapsedSeconds = progress.elapsedSeconds;
    info.best = progress.best;
    return info;
}

namespace {

/// Lives on the job's worker thread; runs one experiment per runRequested.
class TrainingWorker final : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(std::shared_ptr<const mc::StopToken> stop) : m_stop(std::move(stop)) {}

    void run(const mc::RunConfig& config, std::shared_ptr<const mc::Dataset> dataset)
    {
        // The one boundary nothing may cross: an exception leaving this slot would end the
        // whole application, since the event loop cannot handle it.
        try {
            const mc::ProgressFn onProgress = [this](const mc::EpochProgress& p) { Q_EMIT epochReady(EpochInfo::from(p)); };
            auto result = std::make_shared<mc::ExperimentResult>(
                mc::runExperiment(config, *m_stop, onProgress, dataset.get()));
            // The network's tensors belong to this thread's LibTorch state; the bytes in
            // modelFile are what the GUI may keep.
            result->training.model.reset();
            Q_EMIT resultReady(RunResultPtr(std::move(result)));
        } catch (const std::exception& e) {
            Q_EMIT crashed(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            Q_EMIT crashed(QStringLiteral("unknown exception"));
        }
    }

Q_SIGNALS:
    void epochReady(const mcui::EpochInfo& info);
    void resultReady(const mcui::RunResultPtr& result);
    void crashed(const QString& detail);

private:
    std::shared_ptr<const mc::StopToken> m_stop;
};

int plannedEpochs(const mc::RunConfig& config)
{
    // A malformed value must not throw here on the GUI thread; validateConfig reports it properly
    // from the worker.
    try {
        return static_cast<int>(config.params.getInt("epochs"));
    } catch (const std::exception&) {
        return 0;
    }
}

QString withDetail(const QString& lead, const std::string& detail)
{
    if (detail.empty())
        return lead;
    return lead + QLatin1Char('\n') + TrainingJob::tr("Details: %1").arg(QString::fromStdString(detail));
}

}  // namespace

TrainingJob::TrainingJob(QObject* parent) : QObject(parent), m_stop(std::make_shared<mc::StopToken>())
{
    qRegisterMetaType<mcui::EpochInfo>();
    qRegisterMetaType<mcui::RunResultPtr>();
    qRegisterMetaType<mc::RunConfig>();
    qRegisterMetaType<std::shared_ptr<const mc::Dataset>>();

    m_thread.setObjectName(QStringLiteral("TrainingJob"));
    auto* worker = new TrainingWorker(m_stop);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &TrainingJob::runRequested, worker, &TrainingWorker::run, Qt::QueuedConnection);
    connect(worker, &TrainingWorker::epochReady, this, &TrainingJob::onEpoch, Qt::QueuedConnection);
    connect(worker, &TrainingWorker::resultReady, this, &TrainingJob::onResult, Qt::QueuedConnection);
    connect(worker, &TrainingWorker::crashed, this, &TrainingJob::onCrash, Qt::QueuedConnection);
    m_thread.start();
}

TrainingJob::~TrainingJob()
{
    requestStop();
    m_thread.quit();
    m_thread.wait();
}

bool TrainingJob::start(const mc::RunConfig& config, std::shared_ptr<const mc::Dataset> dataset)
{
    bool idle = false;
    if (!m_running.compare_exchange_strong(idle, true))
        return false;
    m_stop->reset();
    m_lastEpoch = 0;
    Q_EMIT runningChanged(true);
    Q_EMIT started(plannedEpochs(config));
    Q_EMIT runRequested(config, std::move(dataset), QPrivateSignal());
    return true;
}

void TrainingJob::requestStop() { m_stop->requestStop(); }

bool TrainingJob::isRunning() const { return m_running.load(); }

void TrainingJob::onEpoch(const EpochInfo& info)
{
    m_lastEpoch = info.epoch;
    Q_EMIT epochFinished(info);
}

void TrainingJob::setRunning(bool running)
{
    m_running.store(running);
    Q_EMIT runningChanged(running);
}

void TrainingJob::onResult(const RunResultPtr& result)
{
    // Not running before anyone hears the outcome, so a receiver may start the next run at once.
    setRunning(false);
    if (result->ok())
        Q_EMIT finished(result);
    else
        Q_EMIT failed(failureMessage(*result, m_lastEpoch + 1), static_cast<int>(result->failedStage));
}

void TrainingJob::onCrash(const QString& detail)
{
    setRunning(false);
    Q_EMIT failed(tr("The run stopped on an unexpected error. Please report it with the log.") + QLatin1Char('\n')
                      + tr("Details: %1").arg(detail),
                  kUnexpectedStage);
}

QString TrainingJob::failureMessage(const mc::ExperimentResult& r, int failedEpoch)
{
    const QString target = QString::fromStdString(r.config.target);
    const QString station = QString::fromStdString(r.config.station);
    switch (r.failedStage) {
    case mc::ExperimentStage::Ok:
        return {};
    case mc::ExperimentStage::Config:
        return withDetail(tr("The run settings are not valid."), r.error);
    case mc::ExperimentStage::Import:
        return withDetail(importErrorLead(r.importError.code), r.error);
    case mc::ExperimentStage::Prepare: {
        QString lead;
        switch (r.prepError.code) {
        case mc::PrepErrorCode::NoStationWithTarget: lead = tr("No station has the variable “%1”.").arg(target); break;
        case mc::PrepErrorCode::StationRequired: {
            QStringList names;
            for (const auto& c : r.prepError.candidates)
                names << QString::fromStdString(c);
            lead = tr("Several stations have “%1”: choose one of %2.").arg(target, names.join(QStringLiteral(", ")));
            break;
        }
        case mc::PrepErrorCode::UnknownStation: lead = tr("The station “%1” is not in the data.").arg(station); break;
        case mc::PrepErrorCode::UnknownVariable:
            lead = tr("The station “%1” lacks the target or an input variable.").arg(station);
            break;
        case mc::PrepErrorCode::EmptyRange:
            lead = tr("The training or test range holds no complete window. Widen the range or shorten the lookback.");
            break;
        case mc::PrepErrorCode::LayoutNotSupported:
            lead = tr("The model cannot forecast this data as it is laid out (one station, several stations or a grid).");
            break;
        case mc::PrepErrorCode::StationsWithoutCoordinates: {
            QStringList names;
            for (const auto& c : r.prepError.candidates)
                names << QString::fromStdString(c);
            //: %1: station ids. The graph model links stations by distance; the station table is set in the import settings.
            lead = tr("The model links stations by distance, but these stations have no latitude and longitude: %1. "
                      "Choose a station table with their coordinates in the import settings.")
                       .arg(names.join(QStringLiteral(", ")));
            break;
        }
        case mc::PrepErrorCode::None: lead = tr("The data could not be prepared for training."); break;
        }
        return withDetail(lead, r.error);
    }
    case mc::ExperimentStage::Train:
        switch (r.training.error) {
        case mc::TrainErrorCode::NonFiniteLoss: {
            const bool nan = r.training.detail.find("NaN") != std::string::npos;
            QString lead;
            if (failedEpoch > 0)
                lead = nan ? tr("Training diverged: the loss became NaN in epoch %1. Try a lower learning rate.").arg(failedEpoch)
                           : tr("Training diverged: the loss became infinite in epoch %1. Try a lower learning rate.")
                                 .arg(failedEpoch);
            else
                lead = tr("Training diverged: the loss is no longer a finite number. Try a lower learning rate.");
            return withDetail(lead, r.training.detail);
        }
        case mc::TrainErrorCode::DeviceUnavailable:
            return withDetail(tr("The requested GPU is not available. Choose the device Auto or CPU."),
                              r.training.detail);
        case mc::TrainErrorCode::OutOfMemory:
            return withDetail(tr("Training ran out of memory. Try a smaller batch size or model."), r.training.detail);
        case mc::TrainErrorCode::InvalidConfig:
            return withDetail(tr("The run settings are not valid."), r.training.detail);
        case mc::TrainErrorCode::Internal:
        case mc::TrainErrorCode::None:
            break;
        }
        return withDetail(tr("Training failed inside LibTorch."), r.error);
    }
    return withDetail(tr("The run failed."), r.error);
}

}  // namespace mcui

#include "training_job.moc"
