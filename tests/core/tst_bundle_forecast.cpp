// SPDX-License-Identifier: GPL-3.0-or-later
// Saved models forecast again: the committed format-1 fixture keeps predicting the same values,
// a bundle reproduces its training run's forecasts, tensors must fit the network, and the same
// configuration and seed give the same metrics.
#include "bundle_forecast.h"
#include "csv_import.h"
#include "forecaster.h"
#include "run_snapshot.h"
#include "time_format.h"
#include "toy_data.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QFile>
#include <QtTest>

#include <cmath>
#include <map>

namespace {

mc::RunConfig toyConfig()
{
    mc::RunConfig c;
    c.target = "v";
    c.params.set("lookback", std::int64_t{10});
    c.params.set("hidden", std::int64_t{6});
    c.params.set("batch", std::int64_t{64});
    c.params.set("epochs", std::int64_t{2});
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.set("output-activation", std::string("none"));
    return c;
}

bool close(double a, double b, double rel = 1e-6) { return std::abs(a - b) <= rel * std::max(1.0, std::abs(b)); }

QString source(const char* relative) { return QStringLiteral(MARINECAST_SOURCE_DIR "/") + QLatin1String(relative); }

// Forecasts by (origin, step) of a result's test windows.
std::map<std::pair<mc::TimePoint, int>, double> byOrigin(const mc::ExperimentResult& r)
{
    std::map<std::pair<mc::TimePoint, int>, double> out;
    const auto& w = r.data.test;
    for (std::size_t i = 0; i < w.count; ++i)
        for (int k = 0; k < w.horizon; ++k)
            out[{w.originTime[i], k}] = r.predicted[i * std::size_t(w.horizon) + std::size_t(k)];
    return out;
}

}  // namespace

class TestBundleForecast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatOneFixtureStillPredicts();
    void forecastRepeatsTraining_data();
    void forecastRepeatsTraining();
    void scalersAreNotRefitted();
    void fromLimitsWindows();
    void tensorsMustFit_data();
    void tensorsMustFit();
    void dataLacksVariable();
    void sameSeedSameMetrics();
    void aheadKeepsRecentHistory();
};

void TestBundleForecast::initTestCase() { torch::set_num_threads(1); }

void TestBundleForecast::formatOneFixtureStillPredicts()
{
    const auto loaded = mc::loadBundle(source("tests/data/bundle_v1.mcmodel").toStdString());
    QVERIFY2(loaded.ok(), loaded.error.detail.c_str());
    QCOMPARE(loaded.bundle.formatVersion, 1);
    mc::ImportOptions options;
    options.settings = loaded.bundle.config.import;
    const auto imported = mc::importCsv({source("resources/sample/marinecast_sample_synthetic.csv").toStdString()}, options);
    QVERIFY2(imported.ok(), imported.error.detail.c_str());
    const auto f = mc::forecastWithBundle(loaded.bundle, imported.dataset);
    QVERIFY2(f.ok(), f.error.c_str());
    QVERIFY(f.run.ahead.available());

    // Expected rows: time,horizon,observed,predicted; an empty observed marks the forecast ahead.
    QFile expected(source("tests/data/bundle_v1_expected.csv"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    std::map<std::pair<mc::TimePoint, int>, double> windows;
    const auto& w = f.run.data.test;
    for (std::size_t i = 0; i < w.count; ++i)
        for (int k = 0; k < w.horizon; ++k)
            windows[{w.validTime[i * std::size_t(w.horizon) + std::size_t(k)], k + 1}] = f.run.predicted[i * std::size_t(w.horizon) + std::size_t(k)];
    int checked = 0, ahead = 0;
    expected.readLine();
    while (!expected.atEnd()) {
        const auto cells = QString::fromUtf8(expected.readLine()).trimmed().split(QLatin1Char(','));
        QCOMPARE(cells.size(), 4);
        const auto t = *mc::parseIsoTime(cells[0].toStdString());
        const int h = cells[1].toInt();
        const double want = cells[3].toDouble();
        if (cells[2].isEmpty()) {
            QCOMPARE(f.run.ahead.validTime[std::size_t(h - 1)], t);
            QVERIFY2(close(f.run.ahead.predicted[std::size_t(h - 1)], want), qPrintable(cells.join(QLatin1Char(','))));
            ++ahead;
        } else {
            const auto it = windows.find({t, h});
            QVERIFY2(it != windows.end(), qPrintable(cells[0]));
            QVERIFY2(close(it->second, want), qPrintable(QStringLiteral("%1 vs %2").arg(it->second, 0, 'g', 17).arg(want, 0, 'g', 17)));
            ++checked;
        }
    }
    QVERIFY(checked >= 9);
    QCOMPARE(ahead, loaded.bundle.horizon);
}

void TestBundleForecast::forecastRepeatsTraining_data()
{
    QTest::addColumn<bool>("change");
    QTest::addColumn<bool>("stateful");
    QTest::newRow("levels") << false << false;
    QTest::newRow("changes") << true << false;
    QTest::newRow("stateful") << false << true;
}

void TestBundleForecast::forecastRepeatsTraining()
{
    QFETCH(bool, change);
    QFETCH(bool, stateful);
    const auto ds = toy::sineDataset(400, 5);
    auto c = toyConfig();
    c.params.set("predict-change", change);
    if (stateful) {
        c.params.set("stateful", true);
        c.params.set("batch", std::int64_t{20});
    }
    mc::StopToken stop;
    const auto r = mc::runExperiment(c, stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    QVERIFY(r.ahead.available());
    const auto bundle = mc::readBundle(r.modelFile);
    QVERIFY2(bundle.ok(), bundle.error.detail.c_str());
    const auto f = mc::forecastWithBundle(bundle.bundle, ds);
    QVERIFY2(f.ok(), f.error.c_str());
    QVERIFY(f.run.data.test.count > r.data.test.count);  // every complete window, not only the test range
    const auto all = byOrigin(f.run);
    for (const auto& [key, value] : byOrigin(r)) {
        const auto it = all.find(key);
        QVERIFY(it != all.end());
        QVERIFY2(close(it->second, value), qPrintable(QStringLiteral("%1 vs %2").arg(it->second).arg(value)));
    }
    QCOMPARE(f.run.ahead.validTime, r.ahead.validTime);
    for (std::size_t k = 0; k < r.ahead.predicted.size(); ++k)
        QVERIFY(close(f.run.ahead.predicted[k], r.ahead.predicted[k]));
    QCOMPARE(f.run.ahead.validTime.front(), ds.stations[0].times.back() + mc::kSecondsPerDay);
}

void TestBundleForecast::scalersAreNotRefitted()
{
    const auto ds = toy::sineDataset();
    mc::StopToken stop;
    const auto r = mc::runExperiment(toyConfig(), stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    const auto bundle = mc::readBundle(r.modelFile).bundle;
    // The last 60 days alone: refitted scalers would see another range and change every input.
    auto tail = ds;
    auto& s = tail.stations[0];
    s.times.erase(s.times.begin(), s.times.end() - 60);
    s.variables["v"].erase(s.variables["v"].begin(), s.variables["v"].end() - 60);
    const auto f = mc::forecastWithBundle(bundle, tail);
    QVERIFY2(f.ok(), f.error.c_str());
    QVERIFY(f.run.data.test.count > 40);
    const auto full = byOrigin(r);
    int compared = 0;
    for (const auto& [key, value] : byOrigin(f.run))
        if (const auto it = full.find(key); it != full.end()) {
            QVERIFY(close(value, it->second));
            ++compared;
        }
    QVERIFY(compared > 0);
}

void TestBundleForecast::fromLimitsWindows()
{
    const auto ds = toy::sineDataset();
    mc::StopToken stop;
    const auto r = mc::runExperiment(toyConfig(), stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    mc::ForecastOptions options;
    options.from = *mc::parseIsoTime("2018-06-01");
    const auto f = mc::forecastWithBundle(mc::readBundle(r.modelFile).bundle, ds, options);
    QVERIFY2(f.ok(), f.error.c_str());
    QVERIFY(f.run.data.test.count > 150 && f.run.data.test.count < 215);
    QCOMPARE(f.run.data.test.validTime.front(), *options.from);
    QVERIFY(f.scored());
    QVERIFY(std::isfinite(f.run.model.pooled.rmse));
}

void TestBundleForecast::tensorsMustFit_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("code");
    QTest::newRow("missing tensor") << 0 << int(mc::BundleErrorCode::MissingTensor);
    QTest::newRow("extra tensor") << 1 << int(mc::BundleErrorCode::ExtraTensor);
    QTest::newRow("wrong shape") << 2 << int(mc::BundleErrorCode::ShapeMismatch);
    QTest::newRow("hidden size disagrees") << 3 << int(mc::BundleErrorCode::ShapeMismatch);
}

void TestBundleForecast::tensorsMustFit()
{
    QFETCH(int, edit);
    QFETCH(int, code);
    const auto ds = toy::sineDataset();
    auto c = toyConfig();
    c.params.set("epochs", std::int64_t{1});
    mc::StopToken stop;
    const auto r = mc::runExperiment(c, stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    // Through the file each time, so readBundle's own checks pass and the network's catch it.
    auto b = mc::readBundle(r.modelFile).bundle;
    switch (edit) {
    case 0: b.tensors.erase(b.tensors.begin() + 1); break;
    case 1: b.tensors.push_back({"extra.weight", {2}, {1, 2}}); break;
    case 2:
        b.tensors[0].shape = {b.tensors[0].shape[0] / 2, b.tensors[0].shape[1] * 2};
        break;
    case 3: b.config.params.set("hidden", std::int64_t{7}); break;
    }
    const auto read = mc::readBundle(mc::bundleBytes(b));
    QVERIFY2(read.ok(), read.error.detail.c_str());
    mc::BundleError error;
    QVERIFY(!mc::Forecaster::fromBundle(read.bundle, error));
    QCOMPARE(int(error.code), code);
    QVERIFY(!error.entry.empty());
    QVERIFY(error.detail.find(error.entry) != std::string::npos);
    const auto f = mc::forecastWithBundle(read.bundle, ds);
    QCOMPARE(f.failedStage, mc::ForecastStage::Model);
}

void TestBundleForecast::dataLacksVariable()
{
    const auto ds = toy::sineDataset();
    auto c = toyConfig();
    c.params.set("epochs", std::int64_t{1});
    mc::StopToken stop;
    const auto r = mc::runExperiment(c, stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    auto renamed = ds;
    auto& vars = renamed.stations[0].variables;
    vars["w"] = vars["v"];
    vars.erase("v");
    const auto f = mc::forecastWithBundle(mc::readBundle(r.modelFile).bundle, renamed);
    QCOMPARE(f.failedStage, mc::ForecastStage::Data);
    QCOMPARE(f.issues.size(), std::size_t(1));
    QCOMPARE(f.issues[0].code, mc::BundleDataIssueCode::MissingVariable);
    QVERIFY2(f.error.find("lacks the variable 'v'") != std::string::npos, f.error.c_str());
    QVERIFY(f.error.find("w") != std::string::npos);  // names what the data has
}

void TestBundleForecast::sameSeedSameMetrics()
{
    const auto ds = toy::sineDataset(700, 3);
    auto c = toyConfig();
    c.params.set("epochs", std::int64_t{3});
    mc::StopToken stop;
    const auto a = mc::runExperiment(c, stop, {}, &ds);
    const auto b = mc::runExperiment(c, stop, {}, &ds);
    QVERIFY2(a.ok() && b.ok(), (a.error + b.error).c_str());
    QCOMPARE(a.predicted, b.predicted);
    QCOMPARE(a.model.pooled.rmse, b.model.pooled.rmse);
    QCOMPARE(a.model.pooled.mae, b.model.pooled.mae);
    QCOMPARE(a.skill, b.skill);
    for (std::size_t e = 0; e < a.training.history.size(); ++e)
        QCOMPARE(a.training.history[e].valLoss, b.training.history[e].valLoss);
    QCOMPARE(mc::metricsCsv(a), mc::metricsCsv(b));
    // Another seed really trains another model (the test above could not fail otherwise).
    c.params.set("seed", std::int64_t{7});
    const auto other = mc::runExperiment(c, stop, {}, &ds);
    QVERIFY(other.model.pooled.rmse != a.model.pooled.rmse);
}

// The forecast ahead carries the target values it was made from (the last lookback steps of the
// data, original units), from training and from a saved model, and through a snapshot.
void TestBundleForecast::aheadKeepsRecentHistory()
{
    const auto ds = toy::sineDataset(400, 5);
    mc::StopToken stop;
    torch::manual_seed(1);
    const auto r = mc::runExperiment(toyConfig(), stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    QVERIFY(r.ahead.available());
    const auto& st = ds.stations[0];
    const auto& v = st.variables.at("v");
    QCOMPARE(r.ahead.recentTime.size(), std::size_t(10));
    QCOMPARE(r.ahead.recentObserved.size(), std::size_t(10));
    for (std::size_t k = 0; k < 10; ++k) {
        const std::size_t i = st.times.size() - 10 + k;
        QCOMPARE(r.ahead.recentTime[k], st.times[i]);
        QCOMPARE(r.ahead.recentObserved[k], v[i]);  // bit for bit: read from the dataset, not unscaled
    }
    QCOMPARE(r.ahead.recentTime.back(), r.ahead.origin);
    QCOMPARE(r.ahead.recentObserved.back(), r.ahead.lastObserved);

    const auto bundle = mc::readBundle(r.modelFile);
    QVERIFY2(bundle.ok(), bundle.error.detail.c_str());
    const auto f = mc::forecastWithBundle(bundle.bundle, ds);
    QVERIFY2(f.ok(), f.error.c_str());
    QCOMPARE(f.run.ahead.recentTime, r.ahead.recentTime);
    QCOMPARE(f.run.ahead.recentObserved, r.ahead.recentObserved);

    std::string error;
    const auto back = mc::runFromSnapshot(mc::runSnapshotJson(r), error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(back->ahead.recentTime, r.ahead.recentTime);
    QCOMPARE(back->ahead.recentObserved, r.ahead.recentObserved);
    // Snapshots written before the recent history was kept still load, without it.
    auto old = nlohmann::json::parse(mc::runSnapshotJson(r));
    QVERIFY(old.at("ahead").contains("recent_time"));
    old["ahead"].erase("recent_time");
    old["ahead"].erase("recent_observed");
    const auto oldBack = mc::runFromSnapshot(old.dump(), error);
    QVERIFY2(oldBack, error.c_str());
    QVERIFY(oldBack->ahead.available());
    QVERIFY(oldBack->ahead.recentTime.empty() && oldBack->ahead.recentObserved.empty());
    // A recent history whose lengths disagree is refused, not half read.
    auto bad = nlohmann::json::parse(mc::runSnapshotJson(r));
    bad["ahead"]["recent_observed"].erase(0);
    QVERIFY(!mc::runFromSnapshot(bad.dump(), error));
}

QTEST_GUILESS_MAIN(TestBundleForecast)
#include "tst_bundle_forecast.moc"
