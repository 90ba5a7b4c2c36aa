// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment.h"
#include "training_job.h"
#include "training_panel.h"
#include "training_status_widget.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <limits>

using mcui::EpochInfo;
using mcui::TrainingPanel;
using mcui::TrainingStatusWidget;

namespace {

EpochInfo epoch(int i, int of, double valLoss)
{
    EpochInfo e;
    e.epoch = i;
    e.epochs = of;
    e.trainLoss = 1.0 / i;
    e.valLoss = valLoss;
    e.elapsedSeconds = 0.5 * i;
    e.best = true;
    return e;
}

/// Marks every text of the training widgets, to see that a language change reaches them.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QByteArray(context).startsWith("mcui::Training"))
            return QStringLiteral("XX ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

}  // namespace

class TestTrainingPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seriesHoldOnePointPerEpoch();
    void redrawsAreCoalesced();
    void missingValidationLossIsSkipped();
    void statusLineShowsEpochAndTimes();
    void formatsDurations();
    void logsOutcomeAndWarnings();
    void logsFailure();
    void followsLanguageChange();
};

void TestTrainingPanel::seriesHoldOnePointPerEpoch()
{
    TrainingPanel panel;
    panel.show();
    panel.runStarted(QStringLiteral("run 1"), 10);
    constexpr int kEpochs = 7;
    for (int i = 1; i <= kEpochs; ++i)
        panel.addEpoch(epoch(i, 10, 2.0 / i));
    // Nothing is drawn per epoch: the series wait for the throttle timer.
    QCOMPARE(panel.trainSeries()->count(), 0);
    QTRY_COMPARE(panel.trainSeries()->count(), kEpochs);
    QCOMPARE(panel.validationSeries()->count(), kEpochs);
    QCOMPARE(panel.trainSeries()->at(kEpochs - 1), QPointF(kEpochs, 1.0 / kEpochs));
    QCOMPARE(panel.validationSeries()->at(0), QPointF(1, 2.0));

    const auto axes = panel.trainSeries()->attachedAxes();
    QLogValueAxis* lossAxis = nullptr;
    for (auto* a : axes)
        if (auto* log = qobject_cast<QLogValueAxis*>(a))
            lossAxis = log;
    QVERIFY2(lossAxis, "the loss axis must be logarithmic");
    QVERIFY(lossAxis->min() <= 1.0 / kEpochs);
    QVERIFY(lossAxis->max() >= 2.0);
}

void TestTrainingPanel::redrawsAreCoalesced()
{
    TrainingPanel panel;
    panel.runStarted(QStringLiteral("burst"), 300);
    QSignalSpy replaced(panel.trainSeries(), &QXYSeries::pointsReplaced);
    for (int i = 1; i <= 200; ++i)
        panel.addEpoch(epoch(i, 300, 1.0));
    QTRY_COMPARE(panel.trainSeries()->count(), 200);
    QTest::qWait(2 * TrainingPanel::kRedrawIntervalMs);
    QCOMPARE(replaced.count(), 1);
}

void TestTrainingPanel::missingValidationLossIsSkipped()
{
    TrainingPanel panel;
    panel.runStarted(QStringLiteral("no validation"), 5);
    for (int i = 1; i <= 3; ++i)
        panel.addEpoch(epoch(i, 5, std::numeric_limits<double>::quiet_NaN()));
    QTRY_COMPARE(panel.trainSeries()->count(), 3);
    QCOMPARE(panel.validationSeries()->count(), 0);

    // A new run starts from an empty chart.
    panel.runStarted(QStringLiteral("next"), 5);
    QCOMPARE(panel.trainSeries()->count(), 0);
}

void TestTrainingPanel::statusLineShowsEpochAndTimes()
{
    TrainingStatusWidget status;
    QVERIFY(!status.isRunning());
    status.runStarted(10);
    QVERIFY(status.isRunning());
    QVERIFY2(status.text().contains(QStringLiteral("elapsed")), qPrintable(status.text()));
    status.addEpoch(epoch(3, 10, 1.0));
    // 0.5 s per epoch, 7 epochs to go: about 3.5 s left.
    QVERIFY2(status.text().startsWith(QStringLiteral("epoch 3/10 · 00:")), qPrintable(status.text()));
    QVERIFY2(status.text().endsWith(QStringLiteral("~00:03 left")) || status.text().endsWith(QStringLiteral("~00:04 left")),
             qPrintable(status.text()));
}

void TestTrainingPanel::formatsDurations()
{
    QCOMPARE(TrainingStatusWidget::formatDuration(0), QStringLiteral("00:00"));
    QCOMPARE(TrainingStatusWidget::formatDuration(61.4), QStringLiteral("01:01"));
    QCOMPARE(TrainingStatusWidget::formatDuration(3599), QStringLiteral("59:59"));
    QCOMPARE(TrainingStatusWidget::formatDuration(3725), QStringLiteral("1:02:05"));
    QCOMPARE(TrainingStatusWidget::formatDuration(-1), QStringLiteral("--:--"));
    QCOMPARE(TrainingStatusWidget::formatDuration(std::nan("")), QStringLiteral("--:--"));
}

void TestTrainingPanel::logsOutcomeAndWarnings()
{
    TrainingPanel panel;
    panel.runStarted(QStringLiteral("stopped run"), 300);
    panel.addEpoch(epoch(1, 300, 0.5));
    panel.addEpoch(epoch(2, 300, 0.4));
    auto result = std::make_shared<mc::ExperimentResult>();
    result->training.status = mc::TrainStatus::Stopped;
    result->training.epochsRun = 2;
    result->training.bestEpoch = 2;
    result->training.device = "cpu";
    result->skill = -0.2;
    result->warnings.push_back({"worse_than_persistence", "skill -0.2"});
    panel.runFinished(result);
    // Finishing draws at once rather than after the throttle delay.
    QCOMPARE(panel.trainSeries()->count(), 2);

    const QString log = panel.findChild<QPlainTextEdit*>(QStringLiteral("trainingLog"))->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Run “stopped run” started, epochs planned: 300.")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Stopped after epoch 2 on request")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("does not beat persistence")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Warning: the model is less accurate")), qPrintable(log));
    QVERIFY(log.startsWith(QLatin1Char('[')));
    QVERIFY(panel.progress()->text().startsWith(QStringLiteral("stopped after epoch 2/300")));
    QVERIFY(!panel.progress()->isRunning());
}

void TestTrainingPanel::logsFailure()
{
    TrainingPanel panel;
    panel.runStarted(QStringLiteral("bad"), 3);
    panel.runFailed(QStringLiteral("Training diverged"));
    const QString log = panel.findChild<QPlainTextEdit*>(QStringLiteral("trainingLog"))->toPlainText();
    QVERIFY(log.contains(QStringLiteral("Failed: Training diverged")));
    QVERIFY(panel.progress()->text().startsWith(QStringLiteral("failed after")));
}

void TestTrainingPanel::followsLanguageChange()
{
    TrainingPanel panel;
    panel.runStarted(QStringLiteral("r"), 4);
    QCOMPARE(panel.trainSeries()->name(), QStringLiteral("Training loss"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(panel.trainSeries()->name(), QStringLiteral("XX Training loss"));
    QVERIFY2(panel.progress()->text().startsWith(QStringLiteral("XX ")), qPrintable(panel.progress()->text()));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(panel.trainSeries()->name(), QStringLiteral("Training loss"));
}

QTEST_MAIN(TestTrainingPanel)
#include "tst_training_panel.moc"
