// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-node windows (several stations, grid cells): node order, origin-major groups, observed
// indicators, NaN targets, scalers from the training part of every node.
#include "csv_import.h"
#include "time_format.h"
#include "window_builder.h"

#include <QDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString dataRoot() { return qEnvironmentVariable("MARINECAST_DATA_DIR"); }
std::string dataPath(const char* relative) { return QString(dataRoot() + QLatin1Char('/') + QLatin1String(relative)).toStdString(); }

mc::TimePoint day(int i) { return (*mc::daysFromCivil(2013, 1, 1) + i) * mc::kSecondsPerDay; }

// Daily 2013–2017; level `offset` + an annual wave; days in [gapFrom, gapTo) missing.
mc::StationData station(const std::string& id, double lat, double lon, double offset, int gapFrom = -1, int gapTo = -1)
{
    mc::StationData s;
    s.id = id;
    s.latitude = lat;
    s.longitude = lon;
    for (int i = 0; i < 5 * 365; ++i) {
        s.times.push_back(day(i));
        const bool gap = (i >= gapFrom && i < gapTo) || (i >= 600 && i < 620);  // 600–619: every station
        // The test year (from day 1461) runs hot: a scaler fitted on it would differ.
        const double v = offset + 3 * std::sin(2 * M_PI * i / 365.0) + (i >= 1461 ? 50 : 0);
        s.variables["v"].push_back(gap ? kNaN : v);
    }
    return s;
}

mc::Dataset stationsDataset()
{
    mc::Dataset ds;
    ds.stations.push_back(station("d", kNaN, kNaN, 40));
    ds.stations.push_back(station("east", 30, -81.2, 20, 100, 110));
    ds.stations.push_back(station("c", kNaN, kNaN, 30));
    ds.stations.push_back(station("north", 31, -81.9, 10));
    ds.stations.push_back(station("west", 30, -81.5, 0));
    mc::StationData met;
    met.id = "met";
    met.times = {day(0), day(1)};
    met.variables["atemp"] = {1, 2};
    ds.stations.push_back(met);
    return ds;
}

mc::RunConfig config(int lookback = 5, int horizon = 2)
{
    mc::RunConfig c;
    c.target = "v";
    c.trainRange = *mc::parseTimeRange("2013-01-01/2016-12-31");
    c.testRange = *mc::parseTimeRange("2017-01-01/2017-12-31");
    c.valFraction = 0;
    c.params.set("lookback", std::int64_t{lookback});
    c.params.set("horizon", std::int64_t{horizon});
    c.params.fillDefaults(mc::optionsFor("lstm"));
    return c;
}

// x of window w at step t, feature f.
float xAt(const mc::WindowSet& w, std::size_t window, int t, int f)
{
    return w.x[(window * static_cast<std::size_t>(w.lookback) + static_cast<std::size_t>(t)) * static_cast<std::size_t>(w.features)
               + static_cast<std::size_t>(f)];
}

}  // namespace

class TestSpatialWindows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stationOrderNorthToSouth();
    void originMajorGroups();
    void indicatorsAndNaNTargets();
    void originsWithoutAnyTargetSkipped();
    void scalersFromTrainingOfAllNodes();
    void climatologyPerNode();
    void singleLayoutUnchanged();
    void layoutChoice();
    void gridLayout();
    void gtmDailyStations();
    void oisstGrid();
};

void TestSpatialWindows::stationOrderNorthToSouth()
{
    const auto r = mc::prepareWindows(stationsDataset(), config(), mc::NodeLayout::Stations);
    QVERIFY2(r.ok(), r.error.detail.c_str());
    QCOMPARE(r.data.layout, mc::NodeLayout::Stations);
    QCOMPARE(r.data.nodes, (std::vector<std::string>{"north", "west", "east", "c", "d"}));
    QCOMPARE(r.data.leftOut, std::vector<std::string>{"met"});
    QCOMPARE(r.data.nodeInfo.size(), std::size_t{5});
    QCOMPARE(r.data.nodeInfo[0].latitude, 31.0);
    QCOMPARE(r.data.nodeInfo[2].longitude, -81.2);
    QVERIFY(std::isnan(r.data.nodeInfo[3].latitude));
    QVERIFY(r.data.station.empty());
}

void TestSpatialWindows::originMajorGroups()
{
    const auto r = mc::prepareWindows(stationsDataset(), config(), mc::NodeLayout::Stations);
    QVERIFY(r.ok());
    for (const auto* w : {&r.data.train, &r.data.test}) {
        QCOMPARE(w->features, 2);  // value + observed indicator
        QVERIFY(w->count > 0);
        QCOMPARE(w->count % 5, std::size_t{0});
        QCOMPARE(w->node.size(), w->count);
        QCOMPARE(w->x.size(), w->count * 5 * 2);
        QCOMPARE(w->y.size(), w->count * 2);
        for (std::size_t i = 0; i < w->count; ++i) {
            QCOMPARE(w->node[i], int(i % 5));
            QCOMPARE(w->originTime[i], w->originTime[i - i % 5]);
        }
    }
    // Consecutive origins, one group per day.
    QCOMPARE(r.data.train.originTime[5] - r.data.train.originTime[0], mc::kSecondsPerDay);
}

void TestSpatialWindows::indicatorsAndNaNTargets()
{
    const auto r = mc::prepareWindows(stationsDataset(), config(), mc::NodeLayout::Stations);
    QVERIFY(r.ok());
    const auto& w = r.data.train;
    // The window of node "east" (index 2) whose origin is day 104: every input step is in its gap.
    const auto origin = std::find(w.originTime.begin(), w.originTime.end(), day(104)) - w.originTime.begin();
    const auto east = static_cast<std::size_t>(origin) + 2;
    QCOMPARE(w.node[east], 2);
    for (int t = 0; t < 5; ++t) {
        QCOMPARE(xAt(w, east, t, 0), 0.0f);
        QCOMPARE(xAt(w, east, t, 1), 0.0f);
    }
    QVERIFY(std::isnan(w.lastObserved[east]));
    QVERIFY(std::isnan(w.y[east * 2]));       // day 105: missing
    QVERIFY(std::isnan(w.observed[east * 2]));
    // Neighbour "north" is observed: indicator 1 and finite targets.
    const auto north = static_cast<std::size_t>(origin);
    QCOMPARE(xAt(w, north, 4, 1), 1.0f);
    QVERIFY(std::isfinite(w.y[north * 2]) && std::isfinite(w.y[north * 2 + 1]));
    QVERIFY(std::isfinite(w.lastObserved[north]));
    // Origin day 110: lookback 106–110, of which only day 110 is observed at "east".
    const auto after = static_cast<std::size_t>(std::find(w.originTime.begin(), w.originTime.end(), day(110)) - w.originTime.begin());
    QCOMPARE(w.lastObserved[after + 2], stationsDataset().stations[1].variables.at("v")[110]);
    QCOMPARE(xAt(w, after + 2, 3, 1), 0.0f);  // day 109: still in the gap
    QCOMPARE(xAt(w, after + 2, 4, 1), 1.0f);
}

void TestSpatialWindows::originsWithoutAnyTargetSkipped()
{
    const auto r = mc::prepareWindows(stationsDataset(), config(), mc::NodeLayout::Stations);
    QVERIFY(r.ok());
    // Days 600–619 are missing everywhere: origins 598 … 618 have no node with both targets
    // (598's second target, day 600, is missing), so they are skipped; partial origins elsewhere stay.
    QCOMPARE(r.data.skipped[0], std::size_t{21});
    const auto& t = r.data.train.originTime;
    QVERIFY(std::find(t.begin(), t.end(), day(597)) != t.end());
    QVERIFY(std::find(t.begin(), t.end(), day(598)) == t.end());
    QVERIFY(std::find(t.begin(), t.end(), day(618)) == t.end());
    QVERIFY(std::find(t.begin(), t.end(), day(619)) != t.end());
}

void TestSpatialWindows::scalersFromTrainingOfAllNodes()
{
    const auto r = mc::prepareWindows(stationsDataset(), config(), mc::NodeLayout::Stations);
    QVERIFY(r.ok());
    QCOMPARE(r.data.scalers.size(), std::size_t{2});
    QCOMPARE(r.data.featureNames, (std::vector<std::string>{"v", "v observed"}));
    // Training values span node "west" (0 − 3) to node "d" (40 + 3); the hot test year is unseen.
    QVERIFY(std::abs(r.data.scalers[0].offset - (0 - 3)) < 0.01);
    QVERIFY(std::abs(r.data.scalers[0].scale - 46) < 0.02);
    QCOMPARE(r.data.scalers[1].offset, 0.0);
    QCOMPARE(r.data.scalers[1].scale, 1.0);
}

void TestSpatialWindows::climatologyPerNode()
{
    const auto r = mc::prepareWindows(stationsDataset(), config(), mc::NodeLayout::Stations);
    QVERIFY(r.ok());
    QCOMPARE(r.data.nodeClimatology.size(), std::size_t{5});
    const mc::TimePoint t = *mc::parseIsoTime("2017-03-01");
    // Node order north(10), west(0), east(20), c(30), d(40): ten apart, as the levels.
    QVERIFY(std::abs(r.data.climatologyAt(t, 3) - r.data.climatologyAt(t, 0) - 20) < 1e-9);
    QVERIFY(std::abs(r.data.climatologyAt(t, 1) - r.data.climatologyAt(t, 0) + 10) < 1e-9);
    QVERIFY(std::abs(r.data.climatologyAt(t) - (r.data.climatologyAt(t, 0) + 10)) < 1e-9);  // pooled mean
}

void TestSpatialWindows::singleLayoutUnchanged()
{
    auto c = config();
    c.station = "east";
    const auto r = mc::prepareWindows(stationsDataset(), c);
    QVERIFY(r.ok());
    QCOMPARE(r.data.layout, mc::NodeLayout::Single);
    QCOMPARE(r.data.station, std::string("east"));
    QCOMPARE(r.data.nodes, std::vector<std::string>{"east"});
    QCOMPARE(r.data.train.features, 1);
    QCOMPARE(r.data.train.node, std::vector<int>(r.data.train.count, 0));
    QVERIFY(r.data.nodeClimatology.empty());
    for (float y : r.data.train.y)
        QVERIFY(std::isfinite(y));
}

void TestSpatialWindows::layoutChoice()
{
    const auto ds = stationsDataset();
    auto c = config();
    QCOMPARE(mc::chooseLayout(ds, c), mc::NodeLayout::Single);  // lstm takes one station
    QCOMPARE(mc::prepareWindows(ds, c).error.code, mc::PrepErrorCode::StationRequired);
    QVERIFY(mc::findModel("lstm")->supports(mc::NodeLayout::Single));
    QVERIFY(!mc::findModel("lstm")->supports(mc::NodeLayout::Stations));
    QVERIFY(!mc::findModel("lstm")->supports(mc::NodeLayout::Grid));
    QCOMPARE(mc::prepareWindows(ds, c, mc::NodeLayout::Grid).error.code, mc::PrepErrorCode::LayoutNotSupported);
    c.target = "nothing";
    QCOMPARE(mc::prepareWindows(ds, c, mc::NodeLayout::Stations).error.code, mc::PrepErrorCode::NoStationWithTarget);
    c.target = "v";
    c.inputs = {mc::parseInputRef("salinity")};
    QCOMPARE(mc::prepareWindows(ds, c, mc::NodeLayout::Stations).error.code, mc::PrepErrorCode::UnknownVariable);
    c.inputs = {mc::parseInputRef("met:atemp")};
    const auto r = mc::prepareWindows(ds, c, mc::NodeLayout::Stations);
    QVERIFY(r.ok());
    QCOMPARE(r.data.train.features, 4);
    QCOMPARE(r.data.featureNames, (std::vector<std::string>{"v", "met:atemp", "v observed", "met:atemp observed"}));
}

void TestSpatialWindows::gridLayout()
{
    // 2 × 3 grid; cell r1c1 is land (no station), cell r0c2 lacks the target.
    mc::Dataset ds;
    ds.grid.latitudes = {-29.125, -29.375};
    ds.grid.longitudes = {112.625, 112.875, 113.125};
    for (int r = 0; r < 2; ++r)
        for (int col = 0; col < 3; ++col) {
            const std::string id = "r" + std::to_string(r) + "c" + std::to_string(col);
            ds.grid.cellStations.push_back(id);
            if (id == "r1c1")
                continue;
            auto s = station(id, kNaN, kNaN, 10 * r + col);
            if (id == "r0c2")
                s.variables = {{"other", s.variables.at("v")}};
            ds.stations.push_back(s);
        }
    const auto res = mc::prepareWindows(ds, config(), mc::NodeLayout::Grid);
    QVERIFY2(res.ok(), res.error.detail.c_str());
    const auto& d = res.data;
    QCOMPARE(d.layout, mc::NodeLayout::Grid);
    QCOMPARE(d.gridRows, 2);
    QCOMPARE(d.gridCols, 3);
    QCOMPARE(d.nodes, (std::vector<std::string>{"r0c0", "r0c1", "r0c2", "r1c0", "r1c1", "r1c2"}));
    QCOMPARE(d.nodeInfo[4].latitude, -29.375);
    QCOMPARE(d.nodeInfo[4].longitude, 112.875);
    QCOMPARE(d.train.count % 6, std::size_t{0});
    std::size_t observedSteps = 0;
    for (std::size_t i = 0; i < d.train.count; ++i) {
        const bool empty = d.train.node[i] == 4 || d.train.node[i] == 2;
        for (int t = 0; t < d.train.lookback; ++t) {
            if (empty)
                QCOMPARE(xAt(d.train, i, t, 1), 0.0f);
            observedSteps += xAt(d.train, i, t, 1) == 1.0f;
        }
        QCOMPARE(std::isnan(d.train.y[i * 2]), empty);
    }
    // Four cells observed on every day of 2013 … 2016 but the common gap (lookback 5).
    QVERIFY(observedSteps > 4 * 5 * std::size_t(1400));
}

void TestSpatialWindows::gtmDailyStations()
{
    if (dataRoot().isEmpty() || !QDir(dataRoot()).exists())
        QSKIP("MARINECAST_DATA_DIR is not set or absent");
    const auto imported = mc::importCsv({dataPath("nerrs-swmp-gtm-daily/daily")});
    QVERIFY2(imported.ok(), mc::describe(imported.error).c_str());
    auto c = config(30, 3);
    c.target = "temp_mean";
    c.trainRange = *mc::parseTimeRange("2015-01-01/2018-12-31");
    c.testRange = *mc::parseTimeRange("2019-01-01/2019-12-31");
    const auto r = mc::prepareWindows(imported.dataset, c, mc::NodeLayout::Stations);
    QVERIFY2(r.ok(), r.error.detail.c_str());
    QCOMPARE(r.data.nodes.size(), std::size_t{4});
    QCOMPARE(r.data.leftOut, std::vector<std::string>{"gtmpcmet"});
    for (const auto& id : {"gtmfmwq", "gtmpcwq", "gtmpiwq", "gtmsswq"})
        QVERIFY(std::find(r.data.nodes.begin(), r.data.nodes.end(), id) != r.data.nodes.end());
    QCOMPARE(r.data.test.count % 4, std::size_t{0});
    QVERIFY(r.data.test.count / 4 >= 300);
    QCOMPARE(r.data.step, mc::kSecondsPerDay);
}

void TestSpatialWindows::oisstGrid()
{
    if (dataRoot().isEmpty() || !QDir(dataRoot()).exists())
        QSKIP("MARINECAST_DATA_DIR is not set or absent");
    const auto imported = mc::importCsv({dataPath("noaa-oisst-wa-2x2-daily/oisst_short.nc")});
    QVERIFY2(imported.ok(), mc::describe(imported.error).c_str());
    auto c = config(10, 2);
    c.target = "oisst_short";
    c.trainRange = *mc::parseTimeRange("2015-01-01/2019-12-31");
    c.testRange = *mc::parseTimeRange("2020-01-01/2020-12-31");
    const auto r = mc::prepareWindows(imported.dataset, c, mc::NodeLayout::Grid);
    QVERIFY2(r.ok(), r.error.detail.c_str());
    QCOMPARE(r.data.nodes.size(), std::size_t{4});
    QCOMPARE(r.data.gridRows, 2);
    QCOMPARE(r.data.gridCols, 2);
    QCOMPARE(r.data.nodes, imported.dataset.grid.cellStations);
    QCOMPARE(r.data.nodeInfo[0].latitude, imported.dataset.grid.latitudes[0]);
    QCOMPARE(r.data.nodeInfo[3].longitude, imported.dataset.grid.longitudes[1]);
    QCOMPARE(r.data.test.count, std::size_t{366 * 4});  // 2020, no gaps
    for (float y : r.data.test.y)
        QVERIFY(std::isfinite(y));
}

QTEST_GUILESS_MAIN(TestSpatialWindows)
#include "tst_spatial_windows.moc"
