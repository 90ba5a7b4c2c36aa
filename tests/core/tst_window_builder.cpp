// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_format.h"
#include "window_builder.h"

#include <QtTest>

#include <cmath>

namespace {

mc::TimePoint day(int y, int m, int d) { return *mc::daysFromCivil(y, m, d) * mc::kSecondsPerDay; }

// Daily 2013-01-01 … 2018-12-31; the value is the day index, so windows can be checked exactly.
mc::StationData rampStation(const std::string& id, double offset = 0)
{
    mc::StationData s;
    s.id = id;
    for (mc::TimePoint t = day(2013, 1, 1); t <= day(2018, 12, 31); t += mc::kSecondsPerDay) {
        s.times.push_back(t);
        s.variables["temp"].push_back(double(s.times.size() - 1) + offset);
        s.variables["air"].push_back(100.0 + double(s.times.size() - 1));
    }
    return s;
}

mc::RunConfig baseConfig()
{
    mc::RunConfig c;
    c.target = "temp";
    c.params.fillDefaults(mc::optionsFor("lstm"));
    return c;
}

long indexOf(const mc::StationData& s, mc::TimePoint t) { return s.indexOf(t); }

}  // namespace

class TestWindowBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsAndRangeMembership();
    void gapSkipsEveryTouchingWindow();
    void filledTargetsNeverScore();
    void scalerSeesOnlyTrainingPart();
    void predictChangeTargets();
    void stationSelection();
    void covariateFromAnotherStation();
    void emptyTestRange();
};

void TestWindowBuilder::countsAndRangeMembership()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("s1"));
    auto c = baseConfig();
    const auto r = mc::prepareWindows(ds, c);
    QVERIFY2(r.ok(), r.error.detail.c_str());
    const auto& d = r.data;
    QCOMPARE(d.station, std::string("s1"));  // the only station with the target
    // First target times 2018-01-01 … 2018-12-29: the last window needs two more days.
    QCOMPARE(d.test.count, std::size_t(363));
    QCOMPARE(d.test.validTime.front(), day(2018, 1, 1));
    // A test window's lookback reaches back into 2017.
    QCOMPARE(d.test.originTime.front(), day(2017, 12, 31));
    QCOMPARE(d.test.lastObserved.front(), double(indexOf(ds.stations[0], day(2017, 12, 31))));
    QCOMPARE(d.test.observed[0], d.test.lastObserved[0] + 1);
    // Validation is the last 10 % of 2013–2017 by time; together they cover every first target
    // time from lookback onwards.
    const std::size_t trainDays = std::size_t((day(2017, 12, 31) - day(2013, 1, 1)) / mc::kSecondsPerDay + 1);
    QCOMPARE(d.train.count + d.val.count, trainDays - 30);
    QVERIFY(std::abs(double(d.val.count) - 0.1 * double(trainDays)) <= 2.0);
    QVERIFY(d.val.validTime.front() > d.train.validTime[(d.train.count - 1) * 3]);
    QCOMPARE(d.train.x.size(), d.train.count * 30);
    QCOMPARE(d.train.y.size(), d.train.count * 3);
}

void TestWindowBuilder::gapSkipsEveryTouchingWindow()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("s1"));
    const long k = indexOf(ds.stations[0], day(2015, 6, 15));
    ds.stations[0].variables["temp"][std::size_t(k)] = std::nan("");
    const auto r = mc::prepareWindows(ds, baseConfig());
    QVERIFY(r.ok());
    // Origins k-3 … k+29 touch day k (lookback 30, horizon 3): 33 windows, never zero-filled.
    QCOMPARE(r.data.skipped[0], std::size_t(33));
    QCOMPARE(r.data.skipped[2], std::size_t(0));
    for (float v : r.data.train.x)
        QVERIFY(std::isfinite(v));
}

void TestWindowBuilder::filledTargetsNeverScore()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("s1"));
    auto& st = ds.stations[0];
    auto& origin = st.origins["temp"];
    origin.assign(st.times.size(), std::uint8_t(mc::PointOrigin::Observed));
    // One gap-filled day in the test year and one in the training years.
    origin[std::size_t(indexOf(st, day(2018, 3, 10)))] = std::uint8_t(mc::PointOrigin::Filled);
    origin[std::size_t(indexOf(st, day(2014, 3, 10)))] = std::uint8_t(mc::PointOrigin::Filled);
    const auto r = mc::prepareWindows(ds, baseConfig());
    QVERIFY(r.ok());
    // The three test windows whose targets include 2018-03-10 are left out; training keeps its own.
    QCOMPARE(r.data.test.count, std::size_t(363 - 3));
    QCOMPARE(r.data.skipped[2], std::size_t(3));
    QCOMPARE(r.data.skipped[0], std::size_t(0));
    for (mc::TimePoint t : r.data.test.validTime)
        QVERIFY(t != day(2018, 3, 10));
}

void TestWindowBuilder::scalerSeesOnlyTrainingPart()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("s1"));
    auto c = baseConfig();
    const auto before = mc::prepareWindows(ds, c);
    // Blow up the validation and test ranges: a leak-free scaler does not move.
    auto& temp = ds.stations[0].variables["temp"];
    const long valStart = indexOf(ds.stations[0], before.data.val.validTime.front());
    for (std::size_t i = std::size_t(valStart); i < temp.size(); ++i)
        temp[i] *= 1000;
    const auto after = mc::prepareWindows(ds, c);
    QCOMPARE(after.data.scalers[0].offset, before.data.scalers[0].offset);
    QCOMPARE(after.data.scalers[0].scale, before.data.scalers[0].scale);
    QCOMPARE(before.data.scalers[0].offset, 0.0);
    QCOMPARE(before.data.scalers[0].scale, double(valStart - 1));
}

void TestWindowBuilder::predictChangeTargets()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("s1"));
    auto c = baseConfig();
    c.params.set("predict-change", true);
    const auto r = mc::prepareWindows(ds, c);
    QVERIFY(r.ok());
    const double step = 1.0 / r.data.scalers[0].scale;
    for (int h = 0; h < 3; ++h)
        QVERIFY(std::abs(double(r.data.train.y[std::size_t(h)]) - (h + 1) * step) < 1e-6);
}

void TestWindowBuilder::stationSelection()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("a"));
    ds.stations.push_back(rampStation("b", 5));
    auto c = baseConfig();
    auto r = mc::prepareWindows(ds, c);
    QCOMPARE(r.error.code, mc::PrepErrorCode::StationRequired);
    QCOMPARE(r.error.candidates, (std::vector<std::string>{"a", "b"}));
    QVERIFY(mc::describe(r.error).find("a, b") != std::string::npos);
    c.station = "zz";
    QCOMPARE(mc::prepareWindows(ds, c).error.code, mc::PrepErrorCode::UnknownStation);
    c.station = "b";
    c.target = "nope";
    QCOMPARE(mc::prepareWindows(ds, c).error.code, mc::PrepErrorCode::UnknownVariable);
}

void TestWindowBuilder::covariateFromAnotherStation()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("wq"));
    mc::StationData met = rampStation("met");
    // The weather station starts later: its first 100 days are absent and must skip windows.
    met.times.erase(met.times.begin(), met.times.begin() + 100);
    met.variables["air"].erase(met.variables["air"].begin(), met.variables["air"].begin() + 100);
    met.variables.erase("temp");
    ds.stations.push_back(met);
    auto c = baseConfig();
    c.inputs.push_back(mc::parseInputRef("met:air"));
    const auto r = mc::prepareWindows(ds, c);
    QVERIFY2(r.ok(), r.error.detail.c_str());
    QCOMPARE(r.data.train.features, 2);
    QCOMPARE(r.data.featureNames[1], std::string("met:air"));
    QVERIFY(r.data.skipped[0] >= 70);
    // Joined on time: the covariate of the first window's last step is that day's air value.
    const auto& w = r.data.train;
    const double air = r.data.scalers[1].invert(w.x[std::size_t((w.lookback - 1) * 2 + 1)]);
    QVERIFY(std::abs(air - (100.0 + double(indexOf(ds.stations[0], w.originTime[0])))) < 1e-3);
}

void TestWindowBuilder::emptyTestRange()
{
    mc::Dataset ds;
    ds.stations.push_back(rampStation("s1"));
    auto c = baseConfig();
    c.testRange = *mc::parseTimeRange("2020-01-01/2020-12-31");
    QCOMPARE(mc::prepareWindows(ds, c).error.code, mc::PrepErrorCode::EmptyRange);
}

QTEST_GUILESS_MAIN(TestWindowBuilder)
#include "tst_window_builder.moc"
