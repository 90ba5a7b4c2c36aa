// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_import.h"
#include "experiment.h"
#include "main_window.h"
#include "trainer.h"
#include "training_job.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <memory>

using mcui::EpochInfo;
using mcui::RunResultPtr;
using mcui::TrainingJob;

class TestTrainingJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainsTwoEpochs();
    void stopKeepsBestAndAllowsNextRun();
    void failureIsReported_data();
    void failureIsReported();
    void startWhileRunningIsRefused();
    void destroyingARunningJobStopsIt();
    void divergedMessageNamesEpoch();

private:
    [[nodiscard]] mc::RunConfig config(int epochs) const;
    std::shared_ptr<const mc::Dataset> m_data;
};

void TestTrainingJob::initTestCase()
{
    const QString path = mcui::MainWindow::samplePath();
    QVERIFY2(!path.isEmpty(), "bundled sample data not found");
    auto imported = mc::importCsv({QFile::encodeName(path).toStdString()});
    QVERIFY2(imported.ok(), imported.error.detail.c_str());
    m_data = std::make_shared<const mc::Dataset>(std::move(imported.dataset));
}

mc::RunConfig TestTrainingJob::config(int epochs) const
{
    mc::RunConfig c;
    c.station = "station1";
    c.target = "water_temp";
    c.params.set("lookback", std::int64_t{7});
    c.params.set("epochs", std::int64_t{epochs});
    c.params.set("hidden", std::int64_t{8});
    c.params.set("threads", std::int64_t{1});
    c.params.set("device", std::string("cpu"));
    c.params.set("seed", std::int64_t{7});
    return c;
}

void TestTrainingJob::trainsTwoEpochs()
{
    TrainingJob job;
    QSignalSpy started(&job, &TrainingJob::started);
    QSignalSpy epochs(&job, &TrainingJob::epochFinished);
    QSignalSpy finished(&job, &TrainingJob::finished);
    QSignalSpy failed(&job, &TrainingJob::failed);
    QSignalSpy running(&job, &TrainingJob::runningChanged);
    // Receivers on the GUI thread must be called there, never from the worker.
    bool allOnGuiThread = true;
    connect(&job, &TrainingJob::epochFinished, this,
            [&] { allOnGuiThread = allOnGuiThread && QThread::currentThread() == thread(); });

    QVERIFY(job.start(config(2), m_data));
    QVERIFY(job.isRunning());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!job.isRunning());
    QVERIFY(allOnGuiThread);

    QCOMPARE(epochs.count(), 2);
    const auto e1 = epochs.at(0).at(0).value<EpochInfo>();
    const auto e2 = epochs.at(1).at(0).value<EpochInfo>();
    QCOMPARE(e1.epoch, 1);
    QCOMPARE(e2.epoch, 2);
    QCOMPARE(e2.epochs, 2);
    QVERIFY(e2.elapsedSeconds >= e1.elapsedSeconds);
    QVERIFY(std::isfinite(e1.trainLoss) && e1.trainLoss > 0);
    QVERIFY(std::isfinite(e1.valLoss));

    const auto result = finished.at(0).at(0).value<RunResultPtr>();
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->training.status, mc::TrainStatus::Finished);
    QCOMPARE(result->training.epochsRun, 2);
    QVERIFY2(!result->training.model, "the network must not leave the worker thread");
    QVERIFY(!result->modelFile.empty());
    const auto& test = result->data.test;
    QVERIFY(test.count > 0);
    QCOMPARE(result->predicted.size(), test.count * std::size_t(test.horizon));
    for (double v : result->predicted)
        QVERIFY(std::isfinite(v));

    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);
}

void TestTrainingJob::stopKeepsBestAndAllowsNextRun()
{
    TrainingJob job;
    QSignalSpy finished(&job, &TrainingJob::finished);
    QSignalSpy failed(&job, &TrainingJob::failed);
    QElapsedTimer sinceStop;
    connect(&job, &TrainingJob::epochFinished, this, [&](const EpochInfo&) {
        if (!sinceStop.isValid()) {
            sinceStop.start();
            job.requestStop();
        }
    });
    QVERIFY(job.start(config(300), m_data));
    QTRY_VERIFY_WITH_TIMEOUT(sinceStop.isValid(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 2000);
    QVERIFY(sinceStop.elapsed() < 2000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!job.isRunning());

    const auto stopped = finished.at(0).at(0).value<RunResultPtr>();
    QCOMPARE(stopped->training.status, mc::TrainStatus::Stopped);
    QVERIFY(stopped->training.epochsRun >= 1);
    QVERIFY(stopped->training.epochsRun < 300);
    QVERIFY(stopped->training.bestEpoch >= 1);
    QVERIFY(!stopped->modelFile.empty());
    QVERIFY(!stopped->predicted.empty());

    // The stop request belongs to the run it was made for, not to the next one.
    disconnect(&job, &TrainingJob::epochFinished, this, nullptr);
    QVERIFY(job.start(config(2), m_data));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 30000);
    const auto next = finished.at(1).at(0).value<RunResultPtr>();
    QCOMPARE(next->training.status, mc::TrainStatus::Finished);
    QCOMPARE(next->training.epochsRun, 2);
}

void TestTrainingJob::failureIsReported_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown target") << QStringLiteral("no_such_variable") << QStringLiteral("cpu")
                                    << int(mc::ExperimentStage::Prepare) << QStringLiteral("no_such_variable");
    QTest::newRow("cuda without a GPU") << QStringLiteral("water_temp") << QStringLiteral("cuda")
                                        << int(mc::ExperimentStage::Train) << QStringLiteral("GPU");
}

void TestTrainingJob::failureIsReported()
{
    QFETCH(QString, target);
    QFETCH(QString, device);
    QFETCH(int, stage);
    QFETCH(QString, mentions);
    if (device == QLatin1String("cuda") && mc::cudaAvailable())
        QSKIP("this machine has a CUDA device");

    TrainingJob job;
    QSignalSpy finished(&job, &TrainingJob::finished);
    QSignalSpy failed(&job, &TrainingJob::failed);
    QSignalSpy running(&job, &TrainingJob::runningChanged);
    auto c = config(2);
    c.target = target.toStdString();
    c.params.set("device", device.toStdString());
    QVERIFY(job.start(c, m_data));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!job.isRunning());
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(failed.at(0).at(1).toInt(), stage);
}

void TestTrainingJob::startWhileRunningIsRefused()
{
    TrainingJob job;
    QSignalSpy started(&job, &TrainingJob::started);
    QSignalSpy finished(&job, &TrainingJob::finished);
    QVERIFY(job.start(config(300), m_data));
    QVERIFY(!job.start(config(2), m_data));
    QCOMPARE(started.count(), 1);
    QVERIFY(job.isRunning());
    job.requestStop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestTrainingJob::destroyingARunningJobStopsIt()
{
    auto job = std::make_unique<TrainingJob>();
    QSignalSpy epochs(job.get(), &TrainingJob::epochFinished);
    QVERIFY(job->start(config(300), m_data));
    QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 1, 30000);
    QElapsedTimer t;
    t.start();
    job.reset();
    QVERIFY2(t.elapsed() < 2000, "the destructor must stop the run, not wait for 300 epochs");
}

void TestTrainingJob::divergedMessageNamesEpoch()
{
    mc::ExperimentResult r;
    r.failedStage = mc::ExperimentStage::Train;
    r.training.error = mc::TrainErrorCode::NonFiniteLoss;
    r.training.detail = "training loss became NaN in epoch 3 (try a lower learning rate, or check the input data)";
    r.error = r.training.detail;
    const QString message = TrainingJob::failureMessage(r, 3);
    QVERIFY2(message.startsWith(QStringLiteral("Training diverged: the loss became NaN in epoch 3. Try a lower learning rate.")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("check the input data")));
}

QTEST_MAIN(TestTrainingJob)
#include "tst_training_job.moc"
