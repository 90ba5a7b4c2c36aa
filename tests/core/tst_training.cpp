// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment.h"
#include "forecaster.h"
#include "time_format.h"
#include "toy_data.h"
#include "trainer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

mc::RunConfig smallConfig()
{
    mc::RunConfig c;
    c.target = "v";
    c.params.set("lookback", std::int64_t{12});
    c.params.set("hidden", std::int64_t{16});
    c.params.set("batch", std::int64_t{64});
    c.params.set("epochs", std::int64_t{12});
    c.params.set("lr", 1e-2);
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.fillDefaults(mc::optionsFor("lstm"));
    return c;
}

mc::PreparedData prepared(const mc::RunConfig& c)
{
    const auto r = mc::prepareWindows(toy::sineDataset(), c);
    if (!r.ok())
        qFatal("prepareWindows failed: %s", r.error.detail.c_str());
    return r.data;
}

}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outputShapes_data();
    void outputShapes();
    void lossDecreasesOnSine();
    void eachOptimizerTrains_data();
    void eachOptimizerTrains();
    void optimizerOptionsReachTheOptimizer();
    void seededRunsRepeat();
    void nonFiniteLossIsATypedFailure();
    void stopKeepsBestModel();
    void saveAndLoadRoundTrip();
    void cudaRequestedWithoutCuda();
    void trainsOnCuda();
    void constantPredictionWarned();
};

void TestTraining::outputShapes_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("activation");
    QTest::newRow("reference") << 3 << 1 << QStringLiteral("relu");
    QTest::newRow("one step, two layers") << 1 << 2 << QStringLiteral("none");
    QTest::newRow("week ahead") << 7 << 1 << QStringLiteral("auto");
}

void TestTraining::outputShapes()
{
    QFETCH(int, horizon);
    QFETCH(int, layers);
    QFETCH(QString, activation);
    auto c = smallConfig();
    c.params.set("horizon", std::int64_t{horizon});
    c.params.set("layers", std::int64_t{layers});
    c.params.set("output-activation", activation.toStdString());
    c.params.set("epochs", std::int64_t{1});
    const auto data = prepared(c);
    mc::StopToken stop;
    const auto result = mc::fit(c, data, stop);
    QVERIFY2(result.ok(), result.detail.c_str());
    const auto out = result.model->predictScaled(data.test);
    QCOMPARE(out.size(), data.test.count * std::size_t(horizon));
    if (activation != QStringLiteral("none"))
        for (float v : out)
            QVERIFY(v >= 0);  // ReLU output
    // hidden 16, input 1: LSTM 4*16*(1+16) + 2*4*16 biases, then the head.
    const std::int64_t lstm1 = 4 * 16 * (1 + 16) + 2 * 4 * 16;
    const std::int64_t lstm2 = layers > 1 ? 4 * 16 * (16 + 16) + 2 * 4 * 16 : 0;
    QCOMPARE(result.model->parameterCount(), lstm1 + lstm2 + 16 * horizon + horizon);
}

void TestTraining::lossDecreasesOnSine()
{
    const auto c = smallConfig();
    const auto data = prepared(c);
    mc::StopToken stop;
    int calls = 0;
    const auto result = mc::fit(c, data, stop, [&](const mc::EpochProgress& e) {
        ++calls;
        QCOMPARE(e.epochs, 12);
    });
    QVERIFY2(result.ok(), result.detail.c_str());
    QCOMPARE(result.status, mc::TrainStatus::Finished);
    QCOMPARE(calls, 12);
    QCOMPARE(result.history.size(), std::size_t(12));
    QVERIFY2(result.history.back().trainLoss < 0.2 * result.history.front().trainLoss,
             qPrintable(QStringLiteral("first %1 last %2").arg(result.history.front().trainLoss).arg(result.history.back().trainLoss)));
    QVERIFY(std::isfinite(result.history.back().valLoss));
}

void TestTraining::eachOptimizerTrains_data()
{
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<double>("momentum");
    QTest::addColumn<double>("weightDecay");
    QTest::newRow("adam") << QStringLiteral("adam") << 1e-2 << 0.0 << 0.0;
    QTest::newRow("nadam") << QStringLiteral("nadam") << 1e-2 << 0.0 << 0.0;
    QTest::newRow("adamw") << QStringLiteral("adamw") << 1e-2 << 0.0 << 1e-2;
    QTest::newRow("sgd") << QStringLiteral("sgd") << 0.1 << 0.9 << 0.0;
    QTest::newRow("rmsprop") << QStringLiteral("rmsprop") << 1e-3 << 0.0 << 0.0;
}

void TestTraining::eachOptimizerTrains()
{
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(double, momentum);
    QFETCH(double, weightDecay);
    auto c = smallConfig();
    c.params.set("optimizer", optimizer.toStdString());
    c.params.set("lr", lr);
    c.params.set("momentum", momentum);
    c.params.set("weight-decay", weightDecay);
    c.params.set("epochs", std::int64_t{5});
    mc::StopToken stop;
    const auto result = mc::fit(c, prepared(c), stop);
    QVERIFY2(result.ok(), result.detail.c_str());
    QCOMPARE(result.history.size(), std::size_t(5));
    const double first = result.history.front().trainLoss;
    const double last = result.history.back().trainLoss;
    qInfo("%s: train loss %.4g after epoch 1, %.4g after epoch 5", qPrintable(optimizer), first, last);
    QVERIFY2(std::isfinite(last) && last < 0.7 * first,
             qPrintable(QStringLiteral("%1: first %2 last %3").arg(optimizer).arg(first).arg(last)));
}

void TestTraining::optimizerOptionsReachTheOptimizer()
{
    // Same seed and data: only the optimizer settings differ, so differing losses show each
    // setting arrives where it should.
    auto c = smallConfig();
    c.params.set("epochs", std::int64_t{1});
    const auto data = prepared(c);
    mc::StopToken stop;
    const auto lossWith = [&](const std::string& key, mc::ParamValue value) {
        auto changed = c;
        changed.params.set(key, std::move(value));
        const auto r = mc::fit(changed, data, stop);
        if (!r.ok())
            qFatal("fit failed: %s", r.detail.c_str());
        return r.history.back().trainLoss;
    };
    const double adam = lossWith("optimizer", std::string("adam"));
    QCOMPARE(lossWith("momentum", 0.5), adam);          // Adam has no momentum option: ignored
    QCOMPARE(lossWith("momentum-decay", 0.01), adam);   // Nadam's only
    QVERIFY(lossWith("optimizer", std::string("nadam")) != adam);
    QVERIFY(lossWith("beta1", 0.5) != adam);
    QVERIFY(lossWith("beta2", 0.9) != adam);
    QVERIFY(lossWith("eps", 1e-2) != adam);
    QVERIFY(lossWith("weight-decay", 0.1) != adam);

    c.params.set("optimizer", std::string("nadam"));
    const double nadam = lossWith("optimizer", std::string("nadam"));
    QVERIFY(lossWith("momentum-decay", 0.04) != nadam);
    c.params.set("optimizer", std::string("sgd"));
    QVERIFY(lossWith("momentum", 0.9) != lossWith("momentum", 0.0));

    // Refused before any training, with the reason.
    auto bad = smallConfig();
    bad.params.set("beta2", 1.0);
    const auto r = mc::fit(bad, data, stop);
    QCOMPARE(r.error, mc::TrainErrorCode::InvalidConfig);
    QVERIFY2(r.detail.find("beta2 must be below 1") != std::string::npos, r.detail.c_str());
}

void TestTraining::seededRunsRepeat()
{
    auto c = smallConfig();
    c.params.set("epochs", std::int64_t{2});
    const auto data = prepared(c);
    mc::StopToken stop;
    const auto a = mc::fit(c, data, stop);
    const auto b = mc::fit(c, data, stop);
    QCOMPARE(a.history.back().trainLoss, b.history.back().trainLoss);
    c.params.set("seed", std::int64_t{7});
    const auto other = mc::fit(c, data, stop);
    QVERIFY(other.history.back().trainLoss != a.history.back().trainLoss);
}

void TestTraining::nonFiniteLossIsATypedFailure()
{
    const auto c = smallConfig();
    auto data = prepared(c);
    data.train.y[5] = std::numeric_limits<float>::infinity();
    mc::StopToken stop;
    const auto result = mc::fit(c, data, stop);
    QCOMPARE(result.status, mc::TrainStatus::Failed);
    QCOMPARE(result.error, mc::TrainErrorCode::NonFiniteLoss);
    QVERIFY(result.detail.find("epoch 1") != std::string::npos);
    QVERIFY(!result.model);
}

void TestTraining::stopKeepsBestModel()
{
    const auto c = smallConfig();
    const auto data = prepared(c);
    mc::StopToken stop;
    const auto result = mc::fit(c, data, stop, [&](const mc::EpochProgress& e) {
        if (e.epoch == 3)
            stop.requestStop();
    });
    QCOMPARE(result.status, mc::TrainStatus::Stopped);
    QCOMPARE(result.epochsRun, 3);
    QVERIFY(result.bestEpoch >= 1 && result.bestEpoch <= 3);
    QVERIFY(result.model);
    // The kept weights are the best epoch's: their validation loss matches that epoch's record.
    mc::ExperimentResult r;
    r.config = c;
    r.data = data;
    const auto pred = result.model->predictScaled(data.val);
    double sse = 0;
    for (std::size_t i = 0; i < pred.size(); ++i)
        sse += double(pred[i] - data.val.y[i]) * double(pred[i] - data.val.y[i]);
    const double valLoss = sse / double(pred.size());
    QVERIFY(std::abs(valLoss - result.history[std::size_t(result.bestEpoch - 1)].valLoss) < 1e-5);

    mc::StopToken early;
    early.requestStop();
    const auto none = mc::fit(c, data, early);
    QCOMPARE(none.status, mc::TrainStatus::Stopped);
    QCOMPARE(none.epochsRun, 0);
}

void TestTraining::saveAndLoadRoundTrip()
{
    auto c = smallConfig();
    c.params.set("epochs", std::int64_t{2});
    const auto data = prepared(c);
    mc::StopToken stop;
    const auto result = mc::fit(c, data, stop);
    QVERIFY(result.ok());
    mc::ExperimentResult r;
    r.config = c;
    r.data = data;
    mc::evaluate(r, *result.model);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("m.mcmodel")).toStdString();
    QCOMPARE(mc::saveBundle(mc::modelBundle(r, *result.model), path), std::string());
    const auto loaded = mc::loadBundle(path);
    QVERIFY2(loaded.ok(), loaded.error.detail.c_str());
    QCOMPARE(loaded.bundle.stations, std::vector<std::string>{"toy"});
    mc::BundleError error;
    const auto model = mc::Forecaster::fromBundle(loaded.bundle, error);
    QVERIFY2(model, error.detail.c_str());
    QCOMPARE(model->predictScaled(data.test), result.model->predictScaled(data.test));
    const auto missing = mc::loadBundle(dir.filePath(QStringLiteral("missing")).toStdString());
    QCOMPARE(missing.error.code, mc::BundleErrorCode::CannotOpen);
    QVERIFY(missing.error.detail.find("cannot open") != std::string::npos);
}

void TestTraining::cudaRequestedWithoutCuda()
{
    if (mc::cudaAvailable())
        QSKIP("CUDA is present here");
    auto c = smallConfig();
    c.params.set("device", std::string("cuda"));
    mc::StopToken stop;
    const auto result = mc::fit(c, prepared(c), stop);
    QCOMPARE(result.error, mc::TrainErrorCode::DeviceUnavailable);
}

void TestTraining::trainsOnCuda()
{
    if (!mc::cudaAvailable())
        QSKIP("no CUDA device");
    auto c = smallConfig();
    c.params.set("device", std::string("cuda"));
    mc::StopToken stop;
    const auto result = mc::fit(c, prepared(c), stop);
    QVERIFY2(result.ok(), result.detail.c_str());
    QCOMPARE(result.device, std::string("cuda:0"));
    QVERIFY(result.history.back().trainLoss < result.history.front().trainLoss);
}

void TestTraining::constantPredictionWarned()
{
    // A learning rate this high drives the ReLU output dead on this data: every forecast equals
    // the scaler's minimum. The run must still finish, with a warning rather than silence.
    auto c = smallConfig();
    c.params.set("epochs", std::int64_t{1});
    const auto data = prepared(c);
    mc::StopToken stop;
    auto result = mc::fit(c, data, stop);
    QVERIFY(result.ok());
    mc::ExperimentResult r;
    r.config = c;
    r.data = data;
    mc::evaluate(r, *result.model);
    QCOMPARE(r.predicted.size(), data.test.count * 3);
    // Whatever the model did, the warning fires exactly when a step is constant.
    bool constant = false;
    for (int k = 0; k < 3; ++k) {
        double lo = 1e300, hi = -1e300;
        for (std::size_t i = 0; i < data.test.count; ++i) {
            lo = std::min(lo, r.predicted[i * 3 + std::size_t(k)]);
            hi = std::max(hi, r.predicted[i * 3 + std::size_t(k)]);
        }
        constant = constant || hi - lo < 1e-9 * std::max(1.0, std::abs(hi));
    }
    bool warned = false;
    for (const auto& w : r.warnings)
        warned = warned || w.code == "constant_prediction";
    QCOMPARE(warned, constant);
}

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
