// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar time axes: monthly data on month starts is not evenly spaced in seconds, yet its
// windows must step month by month (single station, several stations, bundles, forecast ahead).
#include "bundle_windows.h"
#include "csv_import.h"
#include "model_bundle.h"
#include "time_axis.h"
#include "time_format.h"
#include "window_builder.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

mc::TimePoint date(const char* iso) { return *mc::parseIsoTime(iso); }
mc::TimePoint month(int year, int m) { return *mc::daysFromCivil(year, m, 1) * mc::kSecondsPerDay; }

// Month starts 2015-01 … 2020-12; value = 10 + month of year (so the climatology is exact) + a
// small trend; months in [gapFrom, gapTo] (running indices from 2015-01) have no row at all.
mc::StationData monthly(const std::string& id, double lat, double lon, int gapFrom = -1, int gapTo = -1)
{
    mc::StationData s;
    s.id = id;
    s.latitude = lat;
    s.longitude = lon;
    for (int i = 0; i < 72; ++i) {
        if (i >= gapFrom && i <= gapTo)
            continue;
        s.times.push_back(month(2015 + i / 12, i % 12 + 1));
        s.variables["v"].push_back(10 + i % 12 + 0.01 * i);
    }
    return s;
}

mc::RunConfig config(const std::string& model, int lookback, int horizon)
{
    mc::RunConfig c;
    c.model = model;
    c.target = "v";
    c.trainRange = *mc::parseTimeRange("2015-01-01:2019-12-31");
    c.testRange = *mc::parseTimeRange("2020-01-01:2020-12-31");
    c.valFraction = 0;
    c.params.set("lookback", std::int64_t{lookback});
    c.params.set("horizon", std::int64_t{horizon});
    c.params.fillDefaults(mc::optionsFor(model));
    return c;
}

QString iso(mc::TimePoint t) { return QString::fromStdString(mc::formatTime(t, true)); }

QString dataFile(const char* relative)
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    return root.isEmpty() ? QString() : root + QStringLiteral("/hk-epd-marine-wq-2015-2020/") + QLatin1String(relative);
}

}  // namespace

class TestMonthlyWindows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inferAxis_data();
    void inferAxis();
    void monthArithmetic();
    void singleStationMonths();
    void valFractionStartsOnAMonth();
    void monthlyClimatology();
    void multiNodeMonths();
    void gnnNeedsCoordinates();
    void forecastAheadIsTheNextMonths();
    void bundleKeepsTheCalendarStep();
    void dailyAxisUnchanged();
    void hkEpdMonthly_data();
    void hkEpdMonthly();
};

void TestMonthlyWindows::inferAxis_data()
{
    QTest::addColumn<QStringList>("times");  // space-separated ISO times
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("step");
    const auto seconds = int(mc::TimeUnit::Seconds), months = int(mc::TimeUnit::Months);
    QTest::newRow("monthly") << QStringLiteral("2019-11-01 2019-12-01 2020-01-01 2020-02-01 2020-03-01").split(QLatin1Char(' ')) << months << qint64(1);
    QTest::newRow("monthly with a gap") << QStringLiteral("2020-01-01 2020-02-01 2020-05-01 2020-06-01").split(QLatin1Char(' ')) << months << qint64(1);
    QTest::newRow("every two months") << QStringLiteral("2020-01-01 2020-03-01 2020-05-01 2020-06-01").split(QLatin1Char(' ')) << months << qint64(2);
    QTest::newRow("yearly") << QStringLiteral("2016-01-01 2017-01-01 2018-01-01").split(QLatin1Char(' ')) << months << qint64(12);
    QTest::newRow("daily") << QStringLiteral("2020-01-30 2020-01-31 2020-02-01 2020-02-02").split(QLatin1Char(' ')) << seconds << qint64(mc::kSecondsPerDay);
    QTest::newRow("month starts at noon")
        << QStringLiteral("2020-01-01T12:00:00 2020-02-01T12:00:00 2020-03-01T12:00:00 2020-04-01T12:00:00").split(QLatin1Char(' '))
        << seconds << qint64(31 * mc::kSecondsPerDay);
    QTest::newRow("single month start") << QStringLiteral("2020-01-01").split(QLatin1Char(' ')) << seconds << qint64(mc::kSecondsPerDay);
}

void TestMonthlyWindows::inferAxis()
{
    QFETCH(QStringList, times);
    QFETCH(int, unit);
    QFETCH(qint64, step);
    std::vector<mc::TimePoint> t;
    for (const auto& s : times)
        t.push_back(date(s.toLatin1().constData()));
    const auto axis = mc::inferTimeAxis({&t});
    QCOMPARE(int(axis.unit), unit);
    QCOMPARE(qint64(axis.step), step);
    QCOMPARE(axis.start, t.front());
}

void TestMonthlyWindows::monthArithmetic()
{
    const mc::TimeAxis axis{mc::TimeUnit::Months, 1, month(2019, 11)};
    QCOMPARE(iso(axis.at(0)), QStringLiteral("2019-11-01"));
    QCOMPARE(iso(axis.at(3)), QStringLiteral("2020-02-01"));
    QCOMPARE(iso(axis.at(4)), QStringLiteral("2020-03-01"));  // after a 29-day February
    QCOMPARE(iso(axis.at(-11)), QStringLiteral("2018-12-01"));
    QCOMPARE(axis.index(month(2020, 3)), 4L);
    QCOMPARE(axis.index(month(2020, 3) + mc::kSecondsPerDay), -1L);  // between points
    QCOMPARE(axis.index(month(2019, 10)), -1L);                      // before the start
    QCOMPARE(axis.countThrough(date("2020-03-31")), std::size_t(5));
    QCOMPARE(axis.countThrough(date("2019-10-31")), std::size_t(0));
    QCOMPARE(iso(axis.align(date("2020-02-17"))), QStringLiteral("2020-02-01"));
    QCOMPARE(axis.stepText(), std::string("1 month"));

    const mc::TimeAxis quarters{mc::TimeUnit::Months, 3, month(2020, 1)};
    QCOMPARE(quarters.index(month(2020, 4)), 1L);
    QCOMPARE(quarters.index(month(2020, 5)), -1L);
    QCOMPARE(iso(quarters.at(4)), QStringLiteral("2021-01-01"));
    QCOMPARE(mc::timeUnitFromName(mc::timeUnitName(mc::TimeUnit::Months)), std::optional(mc::TimeUnit::Months));
}

void TestMonthlyWindows::singleStationMonths()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("s", 22.3, 114.2, 28, 29));  // May and June 2017 missing
    const auto r = mc::prepareWindows(ds, config("lstm", 6, 1));
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto& d = r.data;
    QCOMPARE(int(d.axis.unit), int(mc::TimeUnit::Months));
    QCOMPARE(d.axis.step, mc::TimePoint(1));
    QCOMPARE(d.gridCount, std::size_t(72));
    // Test: the targets of 2020's twelve months, each from the six months before it.
    QCOMPARE(d.test.count, std::size_t(12));
    for (std::size_t i = 0; i < 12; ++i) {
        QCOMPARE(iso(d.test.validTime[i]), iso(month(2020, int(i) + 1)));
        QCOMPARE(iso(d.test.originTime[i]), iso(i == 0 ? month(2019, 12) : month(2020, int(i))));
        QCOMPARE(d.test.observed[i], 10.0 + double(i) + 0.01 * double(60 + i));
    }
    // Train: targets Jul 2015 … Dec 2019 (54), less the windows touching the two missing months:
    // targets May 2017 … Dec 2017 (the gap as target, then six months with it in the lookback).
    QCOMPARE(d.train.count, std::size_t(54 - 8));
    QCOMPARE(d.skipped[0], std::size_t(8));
    for (std::size_t i = 0; i < d.train.count; ++i) {
        const auto t = d.train.validTime[i];
        QVERIFY2(t < month(2017, 5) || t >= month(2018, 1), qPrintable(iso(t)));
    }
    // Window x holds the scaled values of consecutive months.
    const auto& s = d.scalers[0];
    QCOMPARE(d.test.x[0], float(s.apply(10 + 6 + 0.01 * 54)));  // July 2019
    QCOMPARE(d.test.x[5], float(s.apply(10 + 11 + 0.01 * 59)));  // December 2019
    QCOMPARE(d.gridIndex(month(2020, 3)), 62L);
    QCOMPARE(d.gridIndex(month(2020, 3) + 1), -1L);
    QVERIFY(std::abs(double(d.step) / mc::kSecondsPerDay - 30.44) < 0.01);
}

void TestMonthlyWindows::valFractionStartsOnAMonth()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("s", 22.3, 114.2));
    auto c = config("lstm", 3, 1);
    // The cut falls on 2018-12-31 19:12 (0.8 of 1826 days): validation starts on that month's first.
    c.valFraction = 0.2;
    const auto r = mc::prepareWindows(ds, c);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(r.data.val.count, std::size_t(13));
    QCOMPARE(iso(r.data.val.validTime.front()), QStringLiteral("2018-12-01"));
    QCOMPARE(iso(r.data.train.validTime.back()), QStringLiteral("2018-11-01"));
}

void TestMonthlyWindows::monthlyClimatology()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("s", 22.3, 114.2));
    const auto r = mc::prepareWindows(ds, config("lstm", 3, 1));
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    // Training years 2015–2019: month m's values are 10 + (m-1) + 0.01 * (12 y + m - 1), mean y = 2.
    for (int m = 1; m <= 12; ++m) {
        const double expected = 10 + (m - 1) + 0.01 * (24 + m - 1);
        QVERIFY(std::abs(r.data.climatologyAt(month(2020, m)) - expected) < 1e-9);  // a leap year
        QVERIFY(std::abs(r.data.climatologyAt(month(2021, m)) - expected) < 1e-9);
    }
}

void TestMonthlyWindows::multiNodeMonths()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("south", 22.2, 114.1, 40, 40));
    ds.stations.push_back(monthly("north", 22.5, 114.3));
    // A station sampled from a later month on: the shared axis still starts at the earliest month.
    mc::StationData late = monthly("late", 22.4, 114.0);
    late.times.erase(late.times.begin(), late.times.begin() + 3);
    late.variables["v"].erase(late.variables["v"].begin(), late.variables["v"].begin() + 3);
    ds.stations.push_back(late);
    const auto r = mc::prepareWindows(ds, config("gnn", 6, 1));
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto& d = r.data;
    QCOMPARE(int(d.layout), int(mc::NodeLayout::Stations));
    QCOMPARE(d.nodes, (std::vector<std::string>{"north", "late", "south"}));
    QCOMPARE(int(d.axis.unit), int(mc::TimeUnit::Months));
    QCOMPARE(d.test.count, std::size_t(12 * 3));
    for (std::size_t g = 0; g < 12; ++g)
        for (std::size_t k = 0; k < 3; ++k)
            QCOMPARE(iso(d.test.validTime[g * 3 + k]), iso(month(2020, int(g) + 1)));
    // South misses May 2018: that origin group keeps a NaN target for it, the others observed.
    bool sawGap = false;
    for (std::size_t i = 0; i < d.train.count; ++i)
        if (d.train.validTime[i] == month(2018, 5)) {
            QCOMPARE(std::isnan(d.train.y[i]), d.nodes[std::size_t(d.train.node[i])] == "south");
            sawGap = sawGap || std::isnan(d.train.y[i]);
        }
    QVERIFY(sawGap);
}

void TestMonthlyWindows::gnnNeedsCoordinates()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("a", 22.2, 114.1));
    ds.stations.push_back(monthly("b", kNaN, kNaN));
    ds.stations.push_back(monthly("c", kNaN, 114.0));
    const auto r = mc::prepareWindows(ds, config("gnn", 6, 1));
    QCOMPARE(int(r.error.code), int(mc::PrepErrorCode::StationsWithoutCoordinates));
    QCOMPARE(r.error.candidates, (std::vector<std::string>{"b", "c"}));
    const std::string text = mc::describe(r.error);
    QVERIFY2(text.find("--stations") != std::string::npos, text.c_str());
    QVERIFY2(text.find("2 of 3 stations that have no latitude and longitude (b, c)") != std::string::npos, text.c_str());

    // A model that does not build a graph from positions takes the same stations.
    const auto conv = mc::prepareWindows(ds, config("convlstm", 6, 1), mc::NodeLayout::Stations);
    QVERIFY2(conv.ok(), mc::describe(conv.error).c_str());
}

void TestMonthlyWindows::forecastAheadIsTheNextMonths()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("s", 22.3, 114.2, 70, 71));  // the data ends in October 2020
    auto c = config("lstm", 4, 3);
    c.testRange = *mc::parseTimeRange("2020-01-01:2020-10-31");
    const auto r = mc::prepareWindows(ds, c);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    std::string why;
    const auto w = mc::aheadWindow(ds, r.data, why);
    QVERIFY2(w.count == 1, why.c_str());
    QCOMPARE(iso(w.originTime[0]), QStringLiteral("2020-10-01"));
    QCOMPARE(w.validTime.size(), std::size_t(3));
    QCOMPARE(iso(w.validTime[0]), QStringLiteral("2020-11-01"));
    QCOMPARE(iso(w.validTime[1]), QStringLiteral("2020-12-01"));
    QCOMPARE(iso(w.validTime[2]), QStringLiteral("2021-01-01"));
    QCOMPARE(w.lastObserved[0], 10 + 9 + 0.01 * 69);
}

void TestMonthlyWindows::bundleKeepsTheCalendarStep()
{
    mc::Dataset ds;
    ds.stations.push_back(monthly("s", 22.3, 114.2));
    const auto r = mc::prepareWindows(ds, config("lstm", 6, 1));
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());

    mc::ModelBundle b;
    b.config = config("lstm", 6, 1);
    b.stations = {"s"};
    b.target = "v";
    b.featureNames = r.data.featureNames;
    b.scalers = r.data.scalers;
    b.lookback = 6;
    b.horizon = 1;
    b.outputActivation = "none";
    b.step = r.data.axis.step;
    b.stepUnit = r.data.axis.unit;
    b.climatology = r.data.climatology;
    const auto read = mc::readBundle(mc::bundleBytes(b));
    QVERIFY2(read.ok(), read.error.detail.c_str());
    QCOMPARE(read.bundle.formatVersion, 2);
    QCOMPARE(int(read.bundle.stepUnit), int(mc::TimeUnit::Months));
    QCOMPARE(read.bundle.step, mc::TimePoint(1));
    QVERIFY(mc::bundleFitsData(mc::checkBundleData(read.bundle, ds)));

    // The bundle's windows over the same data are the test windows, month by month.
    const auto f = mc::prepareForecastWindows(ds, read.bundle, {}, month(2020, 1));
    QVERIFY2(f.ok(), mc::describe(f.error).c_str());
    QCOMPARE(f.data.test.count, r.data.test.count);
    QCOMPARE(f.data.test.validTime, r.data.test.validTime);
    QCOMPARE(f.data.test.x, r.data.test.x);

    // Daily data does not fit a monthly model; a daily bundle is still format 1.
    mc::Dataset daily;
    mc::StationData s;
    s.id = "s";
    for (int i = 0; i < 60; ++i) {
        s.times.push_back(month(2020, 1) + i * mc::kSecondsPerDay);
        s.variables["v"].push_back(i);
    }
    daily.stations.push_back(s);
    const auto issues = mc::checkBundleData(read.bundle, daily);
    QVERIFY(!mc::bundleFitsData(issues));
    QCOMPARE(int(issues.front().code), int(mc::BundleDataIssueCode::StepDiffers));
    QCOMPARE(issues.front().detail, std::string("the data's time step is 1 day; the model was trained on steps of 1 month"
                                                " (resample the data with --resample)"));
    b.stepUnit = mc::TimeUnit::Seconds;
    b.step = mc::kSecondsPerDay;
    QCOMPARE(mc::readBundle(mc::bundleBytes(b)).bundle.formatVersion, 1);
    QVERIFY(mc::bundleDescriptionJson(b).find("step_unit") == std::string::npos);
}

void TestMonthlyWindows::dailyAxisUnchanged()
{
    // Daily data whose first day is a month start stays on a seconds axis, one day per step.
    mc::Dataset ds;
    mc::StationData s;
    s.id = "s";
    for (int i = 0; i < 3 * 365; ++i) {
        s.times.push_back(month(2018, 1) + i * mc::kSecondsPerDay);
        s.variables["v"].push_back(std::sin(i * 0.1));
    }
    ds.stations.push_back(s);
    auto c = config("lstm", 5, 2);
    c.trainRange = *mc::parseTimeRange("2018-01-01:2019-12-31");
    const auto r = mc::prepareWindows(ds, c);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(int(r.data.axis.unit), int(mc::TimeUnit::Seconds));
    QCOMPARE(r.data.step, mc::kSecondsPerDay);
    QCOMPARE(r.data.test.validTime[1] - r.data.test.validTime[0], mc::kSecondsPerDay);
}

void TestMonthlyWindows::hkEpdMonthly_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("testMonths");
    // DM1 was sampled in 2020 in January, April–July and September–November: only January has the
    // six months before it complete. The gnn takes every origin where some station has its target.
    QTest::newRow("lstm DM1") << QStringLiteral("lstm") << QStringLiteral("DM1") << 1 << 1;
    QTest::newRow("gnn every station") << QStringLiteral("gnn") << QString() << 94 << 12;
}

// The README's command: HK EPD marine water quality, resampled monthly, lookback 6, horizon 1,
// train 2015–2019, test 2020.
void TestMonthlyWindows::hkEpdMonthly()
{
    QFETCH(QString, model);
    QFETCH(QString, station);
    QFETCH(int, nodes);
    QFETCH(int, testMonths);
    const QString data = dataFile("MarineQuality_2015-2020.csv");
    if (data.isEmpty() || !QFileInfo::exists(data))
        QSKIP("MARINECAST_DATA_DIR does not hold hk-epd-marine-wq-2015-2020");
    static mc::ImportResult imported;  // imported once for both rows
    if (imported.dataset.stations.empty()) {
        mc::ImportOptions options;
        options.settings.stationsFile = dataFile("MonitoringStation_Location.csv").toStdString();
        options.settings.resample.interval = mc::ResampleInterval::Monthly;
        imported = mc::importCsv({data.toStdString()}, options);
        QVERIFY2(imported.ok(), mc::describe(imported.error).c_str());
    }
    auto c = config(model.toStdString(), 6, 1);
    c.target = "Temperature C";
    c.station = station.toStdString();
    c.valFraction = 0.1;
    const auto r = mc::prepareWindows(imported.dataset, c);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto& d = r.data;
    QCOMPARE(int(d.axis.unit), int(mc::TimeUnit::Months));
    QCOMPARE(d.axis.step, mc::TimePoint(1));
    QCOMPARE(int(d.nodes.size()), nodes);
    for (const auto& info : d.nodeInfo)
        QVERIFY(std::isfinite(info.latitude) && std::isfinite(info.longitude));
    QVERIFY(d.train.count > 0);
    QVERIFY(d.test.count > 0);
    // Every test window forecasts a month of 2020 from the month before.
    std::vector<bool> months(12, false);
    for (std::size_t i = 0; i < d.test.count; ++i) {
        const auto t = d.test.validTime[i];
        QVERIFY2(mc::isMonthStart(t) && t >= month(2020, 1) && t <= month(2020, 12), qPrintable(iso(t)));
        months[std::size_t(mc::monthNumber(t) % 12)] = true;
        const mc::TimeAxis monthBefore{mc::TimeUnit::Months, 1, t};
        QCOMPARE(d.test.originTime[i], monthBefore.at(-1));
    }
    qInfo("%s: %zu nodes, %zu train, %zu val, %zu test windows, %d months of 2020", qPrintable(model), d.nodes.size(),
          d.train.count, d.val.count, d.test.count, int(std::count(months.begin(), months.end(), true)));
    QCOMPARE(int(std::count(months.begin(), months.end(), true)), testMonths);
    QCOMPARE(d.test.count, std::size_t(testMonths * nodes));
}

QTEST_GUILESS_MAIN(TestMonthlyWindows)
#include "tst_monthly_windows.moc"
