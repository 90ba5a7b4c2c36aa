// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-node runs and saved multi-node models: a forecast ahead for every node, kept by the run
// snapshot; a bundle reproduces its training run's forecasts on every node; missing nodes are named.
#include "bundle_forecast.h"
#include "run_snapshot.h"
#include "time_format.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <tuple>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

mc::TimePoint day(int i) { return (*mc::daysFromCivil(2013, 1, 1) + i) * mc::kSecondsPerDay; }

// Nodes sharing a wave, each with its own level and gap; the last node misses the last 3 days, so
// its forecast ahead starts without a last value at the origin.
mc::Dataset nodesDataset(int count, int days = 3 * 365)
{
    mc::Dataset ds;
    for (int k = 0; k < count; ++k) {
        mc::StationData s;
        s.id = "s" + std::to_string(k);
        s.latitude = 30.5 - 0.3 * k;
        s.longitude = -81.0 + 0.2 * k;
        for (int i = 0; i < days; ++i) {
            s.times.push_back(day(i));
            const bool gap = (i >= 100 + 200 * k && i < 120 + 200 * k) || (k == count - 1 && i >= days - 3);
            s.variables["v"].push_back(gap ? kNaN : 10 + 2 * k + 3 * std::sin(2 * M_PI * i / 365.0) + std::sin(i / 4.0));
        }
        ds.stations.push_back(s);
    }
    return ds;
}

// A 2 x 2 grid whose last cell is land: no station at all.
mc::Dataset gridDataset()
{
    mc::Dataset ds = nodesDataset(3);
    ds.grid.latitudes = {30.0, 30.25};
    ds.grid.longitudes = {-81.0, -80.75};
    ds.grid.cellStations = {"s0", "s1", "s2", "land"};
    return ds;
}

mc::RunConfig config(const std::string& model)
{
    mc::RunConfig c;
    c.model = model;
    c.target = "v";
    c.trainRange = *mc::parseTimeRange("2013-01-01/2014-12-31");
    c.testRange = *mc::parseTimeRange("2015-01-01/2015-12-31");
    c.params.set("lookback", std::int64_t{5});
    c.params.set("horizon", std::int64_t{2});
    c.params.set("batch", std::int64_t{16});
    c.params.set("epochs", std::int64_t{1});
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    if (model == "convlstm") {
        c.params.set("conv-layers", std::int64_t{1});
        c.params.set("hidden-channels", std::string("3"));
    } else if (model == "gnn") {
        c.params.set("state-size", std::int64_t{2});
        c.params.set("gnn-hidden", std::int64_t{4});
        c.params.set("neighbours", std::int64_t{1});
    }
    return c;
}

bool close(double a, double b, double rel = 1e-6) { return std::abs(a - b) <= rel * std::max(1.0, std::abs(b)); }

using Key = std::tuple<mc::TimePoint, std::string, int>;

std::map<Key, double> byNode(const mc::ExperimentResult& r)
{
    std::map<Key, double> out;
    const auto& w = r.data.test;
    for (std::size_t i = 0; i < w.count; ++i)
        for (int k = 0; k < w.horizon; ++k)
            out[{w.originTime[i], r.data.nodes[std::size_t(w.node[i])], k}] = r.predicted[i * std::size_t(w.horizon) + std::size_t(k)];
    return out;
}

mc::ExperimentResult trained(const std::string& model, const mc::Dataset& ds)
{
    mc::StopToken stop;
    torch::manual_seed(1);
    return mc::runExperiment(config(model), stop, {}, &ds);
}

std::string readText(const QString& path)
{
    std::ifstream in(path.toStdString());
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

class TestMultiNodeForecast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }
    void aheadForEveryNode_data();
    void aheadForEveryNode();
    void bundleRepeatsTraining_data();
    void bundleRepeatsTraining();
    void missingNodeNamed();
    void gridMustMatch();
};

void TestMultiNodeForecast::aheadForEveryNode_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("grid");
    QTest::newRow("gnn stations") << QStringLiteral("gnn") << false;
    QTest::newRow("convlstm grid") << QStringLiteral("convlstm") << true;
}

void TestMultiNodeForecast::aheadForEveryNode()
{
    QFETCH(QString, model);
    QFETCH(bool, grid);
    const auto ds = grid ? gridDataset() : nodesDataset(3);
    const auto r = trained(model.toStdString(), ds);
    QVERIFY2(r.ok(), r.error.c_str());
    QVERIFY(r.data.multiNode());
    QVERIFY(!r.ahead.available());
    const std::size_t nodes = grid ? 4 : 3;
    QCOMPARE(r.aheadPerNode.size(), nodes);
    QVERIFY(mc::hasAhead(r));
    const mc::TimePoint last = ds.stations[0].times.back();  // the last step any node observed
    for (std::size_t k = 0; k < nodes; ++k) {
        const auto& a = r.aheadPerNode[k];
        QCOMPARE(a.node, r.data.nodes[k]);
        QCOMPARE(a.origin, last);
        QCOMPARE(a.validTime.size(), std::size_t(2));
        QCOMPARE(a.validTime[0], last + mc::kSecondsPerDay);
        QCOMPARE(a.predicted.size(), std::size_t(2));
        QVERIFY(std::isfinite(a.predicted[0]) && std::isfinite(a.predicted[1]));
        QCOMPARE(a.persistence.size(), std::size_t(2));
        QCOMPARE(a.climatology.size(), std::size_t(2));
    }
    // The node that misses the last days persists its last value within the lookback; the land cell
    // (never observed) has none.
    const auto at = [&](const std::string& id) {
        for (const auto& a : r.aheadPerNode)
            if (a.node == id)
                return a;
        return mc::AheadForecast{};
    };
    QCOMPARE(at("s2").lastObserved, ds.stations[2].variables.at("v")[ds.stations[2].times.size() - 4]);
    QCOMPARE(at("s2").persistence[1], at("s2").lastObserved);
    QCOMPARE(at("s0").lastObserved, ds.stations[0].variables.at("v").back());
    if (grid)
        QVERIFY(std::isnan(at("land").lastObserved) && std::isnan(at("land").persistence[0]));

    // Each node's recent history: its own target over the lookback (5 days) up to the origin, from
    // the dataset; s2's missing last days and the land cell are NaN.
    for (std::size_t k = 0; k < nodes; ++k) {
        const auto& a = r.aheadPerNode[k];
        QCOMPARE(a.recentTime.size(), std::size_t(5));
        QCOMPARE(a.recentObserved.size(), std::size_t(5));
        QCOMPARE(a.recentTime.back(), last);
        const mc::StationData* st = ds.station(a.node);
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(a.recentTime[i], last - mc::TimePoint(4 - i) * mc::kSecondsPerDay);
            if (!st) {
                QVERIFY(std::isnan(a.recentObserved[i]));
                continue;
            }
            const double want = st->variables.at("v")[st->times.size() - 5 + i];
            QVERIFY2(std::isnan(want) ? std::isnan(a.recentObserved[i]) : a.recentObserved[i] == want,
                     qPrintable(QStringLiteral("%1 step %2: %3 vs %4").arg(QString::fromStdString(a.node)).arg(i)
                                    .arg(a.recentObserved[i]).arg(want)));
        }
    }
    QVERIFY(std::isnan(at("s2").recentObserved.back()) && std::isfinite(at("s2").recentObserved[1]));
    QCOMPARE(at("s2").recentObserved[1], at("s2").lastObserved);

    // forecast_ahead.csv: forecast.csv's columns, station = the node.
    const auto csv = QString::fromStdString(mc::aheadCsv(r)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), int(1 + 2 * nodes));
    QCOMPARE(csv[0], QStringLiteral("time,station,variable,horizon,observed,predicted,persistence,climatology"));
    QVERIFY(csv[1].startsWith(QString::fromStdString(mc::formatTime(last + mc::kSecondsPerDay, true) + ",")
                              + QString::fromStdString(r.data.nodes[0]) + QStringLiteral(",v,1,,")));
    QTemporaryDir dir;
    QVERIFY(mc::writeRunOutputs(r, dir.path().toStdString()).empty());
    QCOMPARE(readText(dir.filePath(QStringLiteral("forecast_ahead.csv"))), mc::aheadCsv(r));

    // Reopened projects keep it.
    std::string error;
    const auto back = mc::runFromSnapshot(mc::runSnapshotJson(r), error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(back->aheadPerNode.size(), nodes);
    QCOMPARE(mc::aheadCsv(*back), mc::aheadCsv(r));
    for (std::size_t k = 0; k < nodes; ++k) {
        QCOMPARE(back->aheadPerNode[k].recentTime, r.aheadPerNode[k].recentTime);
        const auto& got = back->aheadPerNode[k].recentObserved;
        const auto& want = r.aheadPerNode[k].recentObserved;
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
            QVERIFY(std::isnan(want[i]) ? std::isnan(got[i]) : got[i] == want[i]);
    }
    // A snapshot written before per-node forecasts ahead still loads, without them.
    auto old = nlohmann::json::parse(mc::runSnapshotJson(r));
    old.erase("ahead_per_node");
    const auto oldBack = mc::runFromSnapshot(old.dump(), error);
    QVERIFY2(oldBack, error.c_str());
    QVERIFY(oldBack->aheadPerNode.empty());
}

void TestMultiNodeForecast::bundleRepeatsTraining_data() { aheadForEveryNode_data(); }

void TestMultiNodeForecast::bundleRepeatsTraining()
{
    QFETCH(QString, model);
    QFETCH(bool, grid);
    const auto ds = grid ? gridDataset() : nodesDataset(3);
    const auto r = trained(model.toStdString(), ds);
    QVERIFY2(r.ok(), r.error.c_str());
    const auto bundle = mc::readBundle(r.modelFile);
    QVERIFY2(bundle.ok(), bundle.error.detail.c_str());
    QCOMPARE(bundle.bundle.nodeClimatology.size(), r.data.nodes.size());
    const auto f = mc::forecastWithBundle(bundle.bundle, ds);
    QVERIFY2(f.ok(), f.error.c_str());
    QCOMPARE(f.run.data.nodes, r.data.nodes);
    QVERIFY(f.run.data.test.count > r.data.test.count);  // every complete origin, not only the test range
    QCOMPARE(f.run.data.test.count % r.data.nodes.size(), std::size_t(0));
    const auto all = byNode(f.run);
    std::size_t compared = 0;
    for (const auto& [key, value] : byNode(r)) {
        const auto it = all.find(key);
        QVERIFY(it != all.end());
        QVERIFY2(close(it->second, value), qPrintable(QStringLiteral("%1 vs %2").arg(it->second, 0, 'g', 17).arg(value, 0, 'g', 17)));
        ++compared;
    }
    QVERIFY(compared >= 300 * r.data.nodes.size());
    QCOMPARE(f.run.perNode.size(), r.data.nodes.size());
    QCOMPARE(f.run.aheadPerNode.size(), r.aheadPerNode.size());
    for (std::size_t k = 0; k < r.aheadPerNode.size(); ++k) {
        QCOMPARE(f.run.aheadPerNode[k].validTime, r.aheadPerNode[k].validTime);
        for (std::size_t h = 0; h < r.aheadPerNode[k].predicted.size(); ++h) {
            QVERIFY(close(f.run.aheadPerNode[k].predicted[h], r.aheadPerNode[k].predicted[h]));
            const double want = r.aheadPerNode[k].climatology[h], got = f.run.aheadPerNode[k].climatology[h];
            QVERIFY(std::isnan(want) ? std::isnan(got) : close(got, want));  // the land cell has none
        }
    }

    QTemporaryDir dir;
    QVERIFY(mc::writeForecastOutputs(f, bundle.bundle, dir.path().toStdString()).empty());
    const auto ahead = readText(dir.filePath(QStringLiteral("forecast_ahead.csv")));
    QVERIFY(ahead.find("," + r.data.nodes.back() + ",v,2,,") != std::string::npos);
    const auto metrics = nlohmann::json::parse(readText(dir.filePath(QStringLiteral("metrics.json"))));
    QCOMPARE(metrics.at("per_station").size(), r.data.nodes.size());
    const auto doc = nlohmann::json::parse(readText(dir.filePath(QStringLiteral("forecast.json"))));
    QCOMPARE(doc.at("nodes").get<std::vector<std::string>>(), r.data.nodes);
    QCOMPARE(doc.at("ahead").at("nodes").get<std::size_t>(), r.data.nodes.size());
}

void TestMultiNodeForecast::missingNodeNamed()
{
    const auto ds = nodesDataset(3);
    const auto r = trained("gnn", ds);
    QVERIFY2(r.ok(), r.error.c_str());
    const auto bundle = mc::readBundle(r.modelFile).bundle;
    auto fewer = ds;
    fewer.stations.erase(fewer.stations.begin() + 1);
    const auto f = mc::forecastWithBundle(bundle, fewer);
    QCOMPARE(f.failedStage, mc::ForecastStage::Data);
    QVERIFY2(f.error.find("lacks 1 of the model's 3 stations (s1)") != std::string::npos, f.error.c_str());
    QCOMPARE(f.issues.front().code, mc::BundleDataIssueCode::MissingStation);
    QCOMPARE(f.issues.front().station, std::string("s1"));
    // One station alone is not an input the network knows.
    mc::ForecastOptions one;
    one.station = "s0";
    QCOMPARE(mc::forecastWithBundle(bundle, ds, one).failedStage, mc::ForecastStage::Data);
}

void TestMultiNodeForecast::gridMustMatch()
{
    const auto ds = gridDataset();
    const auto r = trained("convlstm", ds);
    QVERIFY2(r.ok(), r.error.c_str());
    const auto bundle = mc::readBundle(r.modelFile).bundle;
    auto narrower = ds;
    narrower.grid.longitudes.pop_back();
    narrower.grid.cellStations = {"s0", "s2"};
    auto f = mc::forecastWithBundle(bundle, narrower);
    QCOMPARE(f.failedStage, mc::ForecastStage::Data);
    QVERIFY2(f.error.find("2 x 1 cells") != std::string::npos && f.error.find("2 x 2") != std::string::npos, f.error.c_str());
    auto renamed = ds;
    renamed.grid.cellStations[1] = "other";
    f = mc::forecastWithBundle(bundle, renamed);
    QCOMPARE(f.failedStage, mc::ForecastStage::Data);
    QVERIFY2(f.error.find("grid cells (s1)") != std::string::npos, f.error.c_str());
    auto noGrid = ds;
    noGrid.grid = {};
    QCOMPARE(mc::forecastWithBundle(bundle, noGrid).failedStage, mc::ForecastStage::Data);
}

QTEST_GUILESS_MAIN(TestMultiNodeForecast)
#include "tst_multinode_forecast.moc"
