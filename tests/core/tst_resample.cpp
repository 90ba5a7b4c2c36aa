// SPDX-License-Identifier: GPL-3.0-or-later
#include "resample.h"
#include "time_format.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

Q_DECLARE_METATYPE(mc::ResampleInterval)
Q_DECLARE_METATYPE(mc::Aggregation)

namespace {

using Values = std::vector<double>;
const double kNaN = qQNaN();
constexpr std::int64_t kQuarterHour = 900;
constexpr std::int64_t kHalfHour = 1800;
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = mc::kSecondsPerDay;

mc::TimePoint at(const char* iso) { return *mc::parseIsoTime(iso); }

// A station with one variable "v" on a regular axis from @p start.
mc::StationData regular(const char* start, std::int64_t step, const Values& values)
{
    mc::StationData s;
    s.id = "test";
    for (std::size_t i = 0; i < values.size(); ++i)
        s.times.push_back(at(start) + static_cast<std::int64_t>(i) * step);
    s.variables["v"] = values;
    return s;
}

// Values as text, so that NaN equals NaN and a failure prints both series.
QString render(const Values& values)
{
    QStringList parts;
    for (double v : values)
        parts << (std::isnan(v) ? QStringLiteral("NaN") : QString::number(v, 'g', 17));
    return parts.join(QStringLiteral(", "));
}

QString renderTimes(const std::vector<mc::TimePoint>& times)
{
    QStringList parts;
    for (auto t : times)
        parts << QString::fromStdString(mc::formatTime(t, false));
    return parts.join(QStringLiteral(", "));
}

QString renderOrigins(const mc::StationData& s, const std::string& name)
{
    QString out;
    for (std::size_t i = 0; i < s.times.size(); ++i)
        out += QString::number(int(s.origin(name, i)));
    return out;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Brute-force reference: bins keyed by the leading characters of the formatted time (13 = hour,
// 10 = day, 7 = month), so it shares no bin arithmetic with the code under test.
std::map<std::string, double> reference(const mc::StationData& s, int keyLength, std::int64_t sourceStep,
                                        mc::Aggregation aggregation)
{
    std::map<std::string, Values> groups;
    for (std::size_t i = 0; i < s.times.size(); ++i) {
        const std::string key = mc::formatTime(s.times[i], false).substr(0, std::size_t(keyLength));
        auto& group = groups[key];
        if (!std::isnan(s.variables.at("v")[i]))
            group.push_back(s.variables.at("v")[i]);
    }
    std::map<std::string, double> out;
    for (auto& [key, group] : groups) {
        std::int64_t binSeconds = keyLength == 13 ? kHour : kDay;
        if (keyLength == 7) {
            const int year = std::stoi(key.substr(0, 4)), month = std::stoi(key.substr(5, 2));
            const int days[] = {31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            binSeconds = days[month - 1] * kDay;
        }
        const std::size_t needed = sourceStep >= binSeconds
            ? 1
            : std::size_t((binSeconds / sourceStep + 1) / 2);  // half, rounded up
        if (group.empty() || group.size() < needed)
            continue;
        std::sort(group.begin(), group.end());
        double sum = 0.0;
        for (double v : group)
            sum += v;
        const std::size_t n = group.size();
        switch (aggregation) {
        case mc::Aggregation::Mean: out[key] = sum / double(n); break;
        case mc::Aggregation::Min: out[key] = group.front(); break;
        case mc::Aggregation::Max: out[key] = group.back(); break;
        case mc::Aggregation::Median:
            out[key] = n % 2 ? group[n / 2] : (group[n / 2 - 1] + group[n / 2]) / 2.0;
            break;
        }
    }
    return out;
}

mc::ResampleSettings settingsFor(mc::ResampleInterval interval, mc::Aggregation aggregation = mc::Aggregation::Mean)
{
    mc::ResampleSettings settings;
    settings.interval = interval;
    settings.aggregation = aggregation;
    return settings;
}

}  // namespace

class TestResample : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detectInterval_data();
    void detectInterval();
    void smallBinsByHand_data();
    void smallBinsByHand();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void minimumCount_data();
    void minimumCount();
    void monthLengths_data();
    void monthLengths();
    void irregularGrabSamples();
    void mixedIntervalAxis();
    void gapFill_data();
    void gapFill();
    void originsMarked();
    void filledInputIsNotAggregated();
    void rejectedPointsUntouched();
    void contiguousAxisBefore1970();
    void noneIntervalFillsOnlyWithoutHoles();
    void emptyStation();
    void misalignedVariableThrows();
    void yearOfQuarterHoursIsFast();
};

void TestResample::detectInterval_data()
{
    QTest::addColumn<QList<qint64>>("spacings");
    QTest::addColumn<qint64>("expected");
    const auto repeat = [](qint64 step, int n) { return QList<qint64>(n, step); };
    QTest::newRow("15 min") << repeat(kQuarterHour, 200) << qint64(kQuarterHour);
    QTest::newRow("30 min") << repeat(kHalfHour, 200) << qint64(kHalfHour);
    QTest::newRow("hourly") << repeat(kHour, 200) << qint64(kHour);
    QTest::newRow("daily") << repeat(kDay, 200) << qint64(kDay);
    QTest::newRow("single spacing") << repeat(kDay, 1) << qint64(kDay);
    QTest::newRow("no spacing") << QList<qint64>{} << qint64(0);
    QTest::newRow("15 min, 9% holes") << repeat(kQuarterHour, 91) + repeat(kHour, 9) << qint64(kQuarterHour);
    QTest::newRow("15 min, 11% holes") << repeat(kQuarterHour, 89) + repeat(kHour, 11) << qint64(0);
    QTest::newRow("30 then 15 min") << repeat(kHalfHour, 100) + repeat(kQuarterHour, 100) << qint64(0);
    QTest::newRow("grab samples") << QList<qint64>{29 * kDay + 3600, 31 * kDay - 7200, 27 * kDay, 35 * kDay + 60}
                                  << qint64(0);
}

void TestResample::detectInterval()
{
    QFETCH(QList<qint64>, spacings);
    QFETCH(qint64, expected);
    std::vector<mc::TimePoint> times{at("2019-01-01")};
    for (qint64 step : spacings)
        times.push_back(times.back() + step);
    QCOMPARE(mc::detectInterval(times), std::int64_t(expected));
}

void TestResample::smallBinsByHand_data()
{
    QTest::addColumn<mc::Aggregation>("aggregation");
    QTest::addColumn<QList<double>>("expected");
    // Two hours of 15-min readings: {1, 5, 3, 2} and {4, NaN, 8, 6}; a third hour has one reading only.
    QTest::newRow("mean") << mc::Aggregation::Mean << QList<double>{2.75, 6.0, kNaN};
    QTest::newRow("median") << mc::Aggregation::Median << QList<double>{2.5, 6.0, kNaN};
    QTest::newRow("min") << mc::Aggregation::Min << QList<double>{1.0, 4.0, kNaN};
    QTest::newRow("max") << mc::Aggregation::Max << QList<double>{5.0, 8.0, kNaN};
}

void TestResample::smallBinsByHand()
{
    QFETCH(mc::Aggregation, aggregation);
    QFETCH(QList<double>, expected);
    auto s = regular("2019-03-10T00:00", kQuarterHour, {1, 5, 3, 2, 4, kNaN, 8, 6, 7, kNaN, kNaN, kNaN});
    const auto report = mc::resampleStation(s, settingsFor(mc::ResampleInterval::Hourly, aggregation));
    QCOMPARE(report.sourceIntervalSeconds, kQuarterHour);
    QCOMPARE(renderTimes(s.times), QStringLiteral("2019-03-10T00:00:00, 2019-03-10T01:00:00, 2019-03-10T02:00:00"));
    QCOMPARE(render(s.variables.at("v")), render(Values(expected.begin(), expected.end())));
    QCOMPARE(report.variables.size(), std::size_t(1));
    QCOMPARE(report.variables[0].bins, std::size_t(3));
    QCOMPARE(report.variables[0].binsWithValue, std::size_t(2));
    QCOMPARE(report.variables[0].binsTooFew, std::size_t(1));  // 1 of 4 < 2
}

void TestResample::matchesBruteForce_data()
{
    QTest::addColumn<qint64>("step");
    QTest::addColumn<mc::ResampleInterval>("interval");
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<mc::Aggregation>("aggregation");
    const struct {
        const char* name;
        qint64 step;
    } sources[] = {{"15min", kQuarterHour}, {"30min", kHalfHour}, {"hourly", kHour}, {"daily", kDay}};
    const struct {
        const char* name;
        mc::ResampleInterval interval;
        int keyLength;
    } targets[] = {{"hourly", mc::ResampleInterval::Hourly, 13},
                   {"daily", mc::ResampleInterval::Daily, 10},
                   {"monthly", mc::ResampleInterval::Monthly, 7}};
    const struct {
        const char* name;
        mc::Aggregation aggregation;
    } aggregations[] = {{"mean", mc::Aggregation::Mean},
                        {"median", mc::Aggregation::Median},
                        {"min", mc::Aggregation::Min},
                        {"max", mc::Aggregation::Max}};
    for (const auto& source : sources)
        for (const auto& target : targets)
            for (const auto& aggregation : aggregations)
                QTest::addRow("%s to %s %s", source.name, target.name, aggregation.name)
                    << source.step << target.interval << target.keyLength << aggregation.aggregation;
}

void TestResample::matchesBruteForce()
{
    QFETCH(qint64, step);
    QFETCH(mc::ResampleInterval, interval);
    QFETCH(int, keyLength);
    QFETCH(mc::Aggregation, aggregation);
    // 100 days across a leap February; each day drops readings with its own probability, so that
    // some bins fall just short of half and others just pass.
    std::mt19937 rng(12345);
    std::uniform_real_distribution<double> value(-5.0, 30.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double dropByDay[] = {0.02, 0.45, 0.5, 0.55, 0.9, 0.2, 0.5};
    Values values;
    const mc::TimePoint start = at("2020-01-20");
    for (mc::TimePoint t = start; t < start + 100 * kDay; t += step) {
        const double drop = dropByDay[((t - start) / kDay) % 7];
        values.push_back(unit(rng) < drop ? kNaN : value(rng));
    }
    auto s = regular("2020-01-20", step, values);
    const auto expected = reference(s, keyLength, step, aggregation);
    QVERIFY(!expected.empty());

    const auto report = mc::resampleStation(s, settingsFor(interval, aggregation));
    QCOMPARE(report.sourceIntervalSeconds, std::int64_t(step));
    const auto& out = s.variables.at("v");
    QCOMPARE(out.size(), s.times.size());
    std::size_t withValue = 0;
    for (std::size_t b = 0; b < s.times.size(); ++b) {
        const std::string key = mc::formatTime(s.times[b], false).substr(0, std::size_t(keyLength));
        if (b > 0)  // contiguous: each bin starts where a new key starts
            QVERIFY2(key != mc::formatTime(s.times[b - 1], false).substr(0, std::size_t(keyLength)), key.c_str());
        const auto it = expected.find(key);
        if (it == expected.end()) {
            QVERIFY2(std::isnan(out[b]), key.c_str());
            QCOMPARE(s.origin("v", b), mc::PointOrigin::Observed);
            continue;
        }
        ++withValue;
        QVERIFY2(std::abs(out[b] - it->second) <= 1e-12 * std::max(1.0, std::abs(it->second)),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(QString::fromStdString(key))
                                .arg(out[b], 0, 'g', 17).arg(it->second, 0, 'g', 17)));
        QCOMPARE(s.origin("v", b), mc::PointOrigin::Aggregated);
    }
    QCOMPARE(withValue, expected.size());
    QCOMPARE(report.variables[0].binsWithValue, expected.size());
}

void TestResample::minimumCount_data()
{
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("valid");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("hasValue");
    QTest::newRow("48 of 96") << qint64(kQuarterHour) << 48 << 0.5 << true;
    QTest::newRow("47 of 96") << qint64(kQuarterHour) << 47 << 0.5 << false;
    QTest::newRow("24 of 48") << qint64(kHalfHour) << 24 << 0.5 << true;
    QTest::newRow("23 of 48") << qint64(kHalfHour) << 23 << 0.5 << false;
    QTest::newRow("12 of 24") << qint64(kHour) << 12 << 0.5 << true;
    QTest::newRow("11 of 24") << qint64(kHour) << 11 << 0.5 << false;
    QTest::newRow("72 of 96 at 0.75") << qint64(kQuarterHour) << 72 << 0.75 << true;
    QTest::newRow("71 of 96 at 0.75") << qint64(kQuarterHour) << 71 << 0.75 << false;
    QTest::newRow("29 of 96 at 0.3") << qint64(kQuarterHour) << 29 << 0.3 << true;  // ceil(28.8)
    QTest::newRow("28 of 96 at 0.3") << qint64(kQuarterHour) << 28 << 0.3 << false;
    QTest::newRow("1 of 96 at 0") << qint64(kQuarterHour) << 1 << 0.0 << true;  // never fewer than one
    QTest::newRow("96 of 96 at 1") << qint64(kQuarterHour) << 96 << 1.0 << true;
    QTest::newRow("95 of 96 at 1") << qint64(kQuarterHour) << 95 << 1.0 << false;
}

void TestResample::minimumCount()
{
    QFETCH(qint64, step);
    QFETCH(int, valid);
    QFETCH(double, fraction);
    QFETCH(bool, hasValue);
    const auto perDay = std::size_t(kDay / step);
    // Day 1 complete, day 2 with `valid` readings spread over the day, day 3 complete.
    Values values(3 * perDay, 2.0);
    for (std::size_t i = 0; i < perDay; ++i)
        values[perDay + i] = (i * std::size_t(valid)) / perDay != ((i + 1) * std::size_t(valid)) / perDay ? 4.0 : kNaN;
    QCOMPARE(std::size_t(std::count(values.begin(), values.end(), 4.0)), std::size_t(valid));
    auto s = regular("2019-06-01", step, values);
    auto settings = settingsFor(mc::ResampleInterval::Daily);
    settings.minValidFraction = fraction;
    const auto report = mc::resampleStation(s, settings);
    QCOMPARE(render(s.variables.at("v")), render({2.0, hasValue ? 4.0 : kNaN, 2.0}));
    QCOMPARE(report.variables[0].binsTooFew, std::size_t(hasValue ? 0 : 1));
    QCOMPARE(renderOrigins(s, "v"), hasValue ? QStringLiteral("111") : QStringLiteral("101"));
}

void TestResample::monthLengths_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("validDays");
    QTest::addColumn<bool>("hasValue");
    // Half of a month, rounded up: 29 days → 15 days, 28 → 14, 31 → 16, 30 → 15.
    QTest::newRow("Feb 2020 (leap) 15 days") << QStringLiteral("2020-02") << qint64(kDay) << 15 << true;
    QTest::newRow("Feb 2020 (leap) 14 days") << QStringLiteral("2020-02") << qint64(kDay) << 14 << false;
    QTest::newRow("Feb 2019 14 days") << QStringLiteral("2019-02") << qint64(kDay) << 14 << true;
    QTest::newRow("Feb 2019 13 days") << QStringLiteral("2019-02") << qint64(kDay) << 13 << false;
    QTest::newRow("Jan 2019 16 days") << QStringLiteral("2019-01") << qint64(kDay) << 16 << true;
    QTest::newRow("Jan 2019 15 days") << QStringLiteral("2019-01") << qint64(kDay) << 15 << false;
    QTest::newRow("Apr 2019 15 days") << QStringLiteral("2019-04") << qint64(kDay) << 15 << true;
    QTest::newRow("Apr 2019 14 days") << QStringLiteral("2019-04") << qint64(kDay) << 14 << false;
    // 15-min: 29 × 96 / 2 = 1392 readings; 14.5 whole days is exactly that.
    QTest::newRow("Feb 2020 15-min 14.5 days") << QStringLiteral("2020-02") << qint64(kQuarterHour) << 29 << true;
    QTest::newRow("Feb 2020 15-min 14 days") << QStringLiteral("2020-02") << qint64(kQuarterHour) << 28 << false;
}

void TestResample::monthLengths()
{
    QFETCH(QString, month);
    QFETCH(qint64, step);
    QFETCH(int, validDays);  // for 15-min rows: half days
    QFETCH(bool, hasValue);
    // From the 1st of the month before to the last reading of the month after, the tested month
    // valid on its first validDays (half) days only.
    const int year = month.left(4).toInt(), m = month.mid(5).toInt();
    const mc::TimePoint first = *mc::daysFromCivil(m == 1 ? year - 1 : year, m == 1 ? 12 : m - 1, 1) * kDay;
    const mc::TimePoint monthBegin = *mc::daysFromCivil(year, m, 1) * kDay;
    const mc::TimePoint monthEnd = *mc::daysFromCivil(m == 12 ? year + 1 : year, m == 12 ? 1 : m + 1, 1) * kDay;
    const mc::TimePoint last = monthEnd + 27 * kDay;
    const std::int64_t validUntil = monthBegin + validDays * (step == kDay ? kDay : kDay / 2);
    mc::StationData s;
    Values values;
    for (mc::TimePoint t = first; t <= last; t += step) {
        s.times.push_back(t);
        values.push_back(t >= monthBegin && t < monthEnd && t >= validUntil ? kNaN : 1.5);
    }
    s.variables["v"] = values;
    const auto report = mc::resampleStation(s, settingsFor(mc::ResampleInterval::Monthly));
    QCOMPARE(s.times.size(), std::size_t(3));
    QCOMPARE(s.times[0], first);
    QCOMPARE(s.times[1], monthBegin);
    QCOMPARE(s.times[2], monthEnd);
    QCOMPARE(render(s.variables.at("v")), render({1.5, hasValue ? 1.5 : kNaN, 1.5}));
    QCOMPARE(report.variables[0].binsTooFew, std::size_t(hasValue ? 0 : 1));
}

void TestResample::irregularGrabSamples()
{
    // Monthly grab samples at odd days and hours; none in March 2019, two in May.
    mc::StationData s;
    s.times = {at("2019-01-14T10:20"), at("2019-02-03T09:05"), at("2019-04-29T13:40"), at("2019-05-02T08:00"),
               at("2019-05-30T11:15"), at("2019-06-18T10:00"), at("2020-02-29T12:00")};
    s.variables["v"] = {1.0, 2.0, 4.0, 5.0, 6.0, kNaN, 8.0};
    auto copy = s;
    auto settings = settingsFor(mc::ResampleInterval::Monthly);
    const auto report = mc::resampleStation(s, settings);
    QCOMPARE(report.sourceIntervalSeconds, std::int64_t(0));
    QCOMPARE(s.times.size(), std::size_t(14));  // Jan 2019 … Feb 2020, contiguous
    QCOMPARE(s.times[2], at("2019-03-01"));
    QCOMPARE(s.times[13], at("2020-02-01"));
    const Values expected{1.0, 2.0, kNaN, 4.0, 5.5, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, 8.0};
    QCOMPARE(render(s.variables.at("v")), render(expected));
    QCOMPARE(report.variables[0].binsWithValue, std::size_t(5));

    settings.minValidCount = 2;
    mc::resampleStation(copy, settings);
    Values onlyMay(14, kNaN);
    onlyMay[4] = 5.5;
    QCOMPARE(render(copy.variables.at("v")), render(onlyMay));
}

void TestResample::mixedIntervalAxis()
{
    // Ten days of 30-min readings, then ten days of 15-min readings (the NERRS 2005/2006 change):
    // no interval holds 90 % of the spacings, so the minimum count for irregular sources applies.
    mc::StationData s;
    Values values;
    const mc::TimePoint start = at("2005-12-22");
    for (mc::TimePoint t = start; t < start + 10 * kDay; t += kHalfHour)
        s.times.push_back(t);
    for (mc::TimePoint t = start + 10 * kDay; t < start + 20 * kDay; t += kQuarterHour)
        s.times.push_back(t);
    for (auto t : s.times)
        values.push_back(t < start + kDay ? 1.0 : (t - start) / kDay == 15 && t % kDay != 0 ? kNaN : 3.0);
    s.variables["v"] = values;
    auto settings = settingsFor(mc::ResampleInterval::Daily);
    settings.minValidCount = 2;
    const auto report = mc::resampleStation(s, settings);
    QCOMPARE(report.sourceIntervalSeconds, std::int64_t(0));
    QCOMPARE(s.times.size(), std::size_t(20));
    QCOMPARE(s.times[10], at("2006-01-01"));
    const auto& out = s.variables.at("v");
    QCOMPARE(out[0], 1.0);
    QVERIFY(std::isnan(out[15]));  // a single reading that day, fewer than minValidCount
    QCOMPARE(report.variables[0].binsWithValue, std::size_t(19));
    QCOMPARE(report.variables[0].binsTooFew, std::size_t(1));
}

void TestResample::gapFill_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<QList<double>>("daily");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<QString>("origins");
    const double n = kNaN;
    QTest::newRow("gap of N=2") << 2 << QList<double>{1, n, n, 4, 5} << QList<double>{1, 2, 3, 4, 5}
                                << QStringLiteral("12211");
    QTest::newRow("gap of N+1=3") << 2 << QList<double>{1, n, n, n, 5} << QList<double>{1, n, n, n, 5}
                                  << QStringLiteral("10001");
    QTest::newRow("gap of 1 at N=1") << 1 << QList<double>{2, n, 6, n, n, 0} << QList<double>{2, 4, 6, n, n, 0}
                                     << QStringLiteral("121001");
    QTest::newRow("edges stay missing") << 3 << QList<double>{n, n, 1, n, 3, n} << QList<double>{n, n, 1, 2, 3, n}
                                        << QStringLiteral("001210");
    QTest::newRow("no filling by default") << 0 << QList<double>{1, n, 3} << QList<double>{1, n, 3}
                                           << QStringLiteral("101");
}

void TestResample::gapFill()
{
    QFETCH(int, steps);
    QFETCH(QList<double>, daily);
    QFETCH(QList<double>, expected);
    QFETCH(QString, origins);
    // Hourly readings, each day constant at its value (all missing for a NaN day).
    Values hourly;
    for (double v : daily)
        hourly.insert(hourly.end(), 24, v);
    auto s = regular("2019-07-01", kHour, hourly);
    auto settings = settingsFor(mc::ResampleInterval::Daily);
    settings.fillGapSteps = steps;
    const auto report = mc::resampleStation(s, settings);
    QCOMPARE(render(s.variables.at("v")), render(Values(expected.begin(), expected.end())));
    QCOMPARE(renderOrigins(s, "v"), origins);
    QCOMPARE(report.variables[0].filled, std::size_t(origins.count(QLatin1Char('2'))));
}

void TestResample::originsMarked()
{
    // Two variables on one axis: each gets its own origins, sized to the new axis.
    auto s = regular("2019-01-01", kHour, Values(72, 1.0));
    Values other(72, 2.0);
    std::fill(other.begin() + 24, other.begin() + 48, kNaN);
    s.variables["w"] = other;
    s.origins["v"] = std::vector<std::uint8_t>(72, 0);
    auto settings = settingsFor(mc::ResampleInterval::Daily);
    settings.fillGapSteps = 1;
    const auto report = mc::resampleStation(s, settings);
    QCOMPARE(report.variables.size(), std::size_t(2));
    QCOMPARE(report.variables[1].variable, std::string("w"));
    QCOMPARE(renderOrigins(s, "v"), QStringLiteral("111"));
    QCOMPARE(renderOrigins(s, "w"), QStringLiteral("121"));
    QCOMPARE(s.origins.at("w").size(), std::size_t(3));
    QCOMPARE(render(s.variables.at("w")), render({2.0, 2.0, 2.0}));
}

void TestResample::filledInputIsNotAggregated()
{
    // Interpolated points are not readings: a bin of 3 filled and 1 observed value has 1 valid reading.
    auto s = regular("2019-01-01", kQuarterHour, {10, 20, 30, 40, 1, 1, 1, 1});
    s.origins["v"] = {2, 2, 2, 0, 0, 0, 0, 0};
    const auto report = mc::resampleStation(s, settingsFor(mc::ResampleInterval::Hourly));
    QCOMPARE(render(s.variables.at("v")), render({kNaN, 1.0}));
    QCOMPARE(report.variables[0].binsTooFew, std::size_t(1));
}

void TestResample::rejectedPointsUntouched()
{
    auto s = regular("2019-01-01", kQuarterHour, Values(200, 3.0));
    const mc::RejectedPoint point{at("2019-01-01T05:15"), 99.0, mc::RejectReason::Flag, -3};
    s.rejected["v"] = {point};
    mc::resampleStation(s, settingsFor(mc::ResampleInterval::Daily));
    QCOMPARE(s.times.size(), std::size_t(3));
    QCOMPARE(s.rejected.at("v").size(), std::size_t(1));
    QCOMPARE(s.rejected.at("v")[0].time, point.time);
    QCOMPARE(s.rejected.at("v")[0].value, 99.0);
    QCOMPARE(s.rejected.at("v")[0].flagCode, -3);
}

void TestResample::contiguousAxisBefore1970()
{
    // Days without any reading become NaN rows; times before 1970 fall in their own (negative) day.
    mc::StationData s;
    s.times = {at("1969-12-30T23:00"), at("1969-12-30T23:30"), at("1970-01-02T00:30")};
    s.variables["v"] = {1.0, 3.0, 5.0};
    auto settings = settingsFor(mc::ResampleInterval::Daily);
    settings.minValidCount = 1;
    mc::resampleStation(s, settings);
    QCOMPARE(renderTimes(s.times), QStringLiteral("1969-12-30T00:00:00, 1969-12-31T00:00:00, "
                                                  "1970-01-01T00:00:00, 1970-01-02T00:00:00"));
    // Irregular source: minValidCount, so single readings count.
    QCOMPARE(render(s.variables.at("v")), render({2.0, kNaN, kNaN, 5.0}));
}

void TestResample::noneIntervalFillsOnlyWithoutHoles()
{
    // A regular hourly axis with a 2-step NaN gap and, later, a hole in the axis itself.
    mc::StationData s;
    for (int h = 0; h < 30; ++h)
        if (h != 20 && h != 21)
            s.times.push_back(at("2019-01-01") + h * kHour);
    Values values(s.times.size(), 1.0);
    values[5] = values[6] = kNaN;  // fillable
    values[10] = values[11] = values[12] = kNaN;  // too long for 2
    values[19] = kNaN;  // next to the hole: its neighbours are 4 hours apart
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            values[i] = double(i);
    s.variables["v"] = values;
    const auto axis = s.times;
    auto settings = settingsFor(mc::ResampleInterval::None);
    settings.fillGapSteps = 2;
    const auto report = mc::resampleStation(s, settings);
    QCOMPARE(report.sourceIntervalSeconds, kHour);
    QCOMPARE(s.times, axis);
    const auto& out = s.variables.at("v");
    QCOMPARE(out[5], 5.0);
    QCOMPARE(out[6], 6.0);
    QVERIFY(std::isnan(out[11]));
    QVERIFY(std::isnan(out[19]));
    QCOMPARE(s.origin("v", 5), mc::PointOrigin::Filled);
    QCOMPARE(s.origin("v", 4), mc::PointOrigin::Observed);
    QCOMPARE(report.variables[0].filled, std::size_t(2));

    // Without filling, None changes nothing at all.
    mc::StationData untouched = regular("2019-01-01", kHour, {1, kNaN, 3});
    mc::resampleStation(untouched, settingsFor(mc::ResampleInterval::None));
    QCOMPARE(render(untouched.variables.at("v")), render({1, kNaN, 3}));
    QVERIFY(untouched.origins.empty());
}

void TestResample::emptyStation()
{
    mc::StationData s;
    s.variables["v"] = {};
    const auto report = mc::resampleStation(s, settingsFor(mc::ResampleInterval::Daily));
    QVERIFY(s.times.empty());
    QCOMPARE(report.variables.size(), std::size_t(1));
    QCOMPARE(report.variables[0].bins, std::size_t(0));
}

void TestResample::misalignedVariableThrows()
{
    auto s = regular("2019-01-01", kHour, {1, 2, 3});
    s.variables["w"] = {1.0};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mc::resampleStation(s, settingsFor(mc::ResampleInterval::Daily)));
}

void TestResample::yearOfQuarterHoursIsFast()
{
    // A year of 15-min readings in 12 variables (the size of one NERRS WQ file). The limit is loose:
    // it catches quadratic behaviour, not a slow machine.
    mc::StationData s;
    const std::size_t n = 365 * 96;
    for (std::size_t i = 0; i < n; ++i)
        s.times.push_back(at("2019-01-01") + std::int64_t(i) * kQuarterHour);
    for (int k = 0; k < 12; ++k) {
        Values values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = i % 97 == 0 ? kNaN : std::sin(double(i + k));
        s.variables["v" + std::to_string(k)] = std::move(values);
    }
    auto medianCopy = s;
    QElapsedTimer timer;
    timer.start();
    mc::resampleStation(s, settingsFor(mc::ResampleInterval::Daily));
    mc::resampleStation(medianCopy, settingsFor(mc::ResampleInterval::Hourly, mc::Aggregation::Median));
    const qint64 ms = timer.elapsed();
    QCOMPARE(s.times.size(), std::size_t(365));
    QCOMPARE(medianCopy.times.size(), std::size_t(365 * 24));
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(TestResample)
#include "tst_resample.moc"
