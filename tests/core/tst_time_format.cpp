// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_format.h"

#include <QObject>
#include <QString>
#include <QtTest>

#include <cstdint>
#include <string>

namespace {

constexpr mc::TimePoint kHour = 3600;

mc::TimePoint day(int year, int month, int dayOfMonth)
{
    return *mc::daysFromCivil(year, month, dayOfMonth) * mc::kSecondsPerDay;
}

QString text(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestTimeFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void daysFromCivilKnownDates_data();
    void daysFromCivilKnownDates();
    void daysFromCivilRejectsInvalid();
    void civilRoundTrip();
    void parseIsoTimeValid_data();
    void parseIsoTimeValid();
    void parseIsoTimeInvalid_data();
    void parseIsoTimeInvalid();
    void formatTimeRoundTrip();
    void dayOfYear_data();
    void dayOfYear();
    void parseTimeRangeValid_data();
    void parseTimeRangeValid();
    void parseTimeRangeInvalid_data();
    void parseTimeRangeInvalid();
    void formatTimeRange();
};

void TestTimeFormat::daysFromCivilKnownDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("dayOfMonth");
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << 1970 << 1 << 1 << qint64(0);
    QTest::newRow("day before epoch") << 1969 << 12 << 31 << qint64(-1);
    QTest::newRow("leap day 2000") << 2000 << 2 << 29 << qint64(11016);
    QTest::newRow("after leap day") << 2000 << 3 << 1 << qint64(11017);
    QTest::newRow("gtm first day") << 2002 << 1 << 1 << qint64(11688);
    QTest::newRow("year 1600") << 1600 << 1 << 1 << qint64(-135140);
}

void TestTimeFormat::daysFromCivilKnownDates()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, dayOfMonth);
    QFETCH(qint64, days);
    const auto got = mc::daysFromCivil(year, month, dayOfMonth);
    QVERIFY(got.has_value());
    QCOMPARE(qint64(*got), days);
}

void TestTimeFormat::daysFromCivilRejectsInvalid()
{
    QVERIFY(!mc::daysFromCivil(2001, 2, 29));  // not a leap year
    QVERIFY(!mc::daysFromCivil(1900, 2, 29));  // century, not a leap year
    QVERIFY(mc::daysFromCivil(2000, 2, 29));   // 400-year rule
    QVERIFY(!mc::daysFromCivil(2020, 13, 1));
    QVERIFY(!mc::daysFromCivil(2020, 0, 1));
    QVERIFY(!mc::daysFromCivil(2020, 4, 31));
    QVERIFY(!mc::daysFromCivil(2020, 1, 0));
}

void TestTimeFormat::civilRoundTrip()
{
    // About 4400 years either side of the epoch, in an odd step so every month and day shows up.
    for (std::int64_t days = -1600000; days <= 1600000; days += 367) {
        int y = 0, m = 0, d = 0;
        mc::civilFromDays(days, y, m, d);
        const auto back = mc::daysFromCivil(y, m, d);
        QVERIFY2(back && *back == days, qPrintable(QStringLiteral("day %1").arg(days)));
    }
    for (std::int64_t days = -800; days <= 800; ++days) {
        int y = 0, m = 0, d = 0;
        mc::civilFromDays(days, y, m, d);
        QCOMPARE(qint64(*mc::daysFromCivil(y, m, d)), qint64(days));
    }
}

void TestTimeFormat::parseIsoTimeValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("date") << QStringLiteral("2002-01-01") << qint64(day(2002, 1, 1));
    QTest::newRow("T minutes") << QStringLiteral("2013-06-15T08:30") << qint64(day(2013, 6, 15) + 8 * kHour + 1800);
    QTest::newRow("T seconds") << QStringLiteral("2013-06-15T08:30:15") << qint64(day(2013, 6, 15) + 8 * kHour + 1815);
    QTest::newRow("space") << QStringLiteral("2013-06-15 23:59:59") << qint64(day(2013, 6, 16) - 1);
    QTest::newRow("Z") << QStringLiteral("2013-06-15T00:00:00Z") << qint64(day(2013, 6, 15));
    QTest::newRow("fraction") << QStringLiteral("2013-06-15T00:00:01.250") << qint64(day(2013, 6, 15) + 1);
    QTest::newRow("blanks") << QStringLiteral(" 2013-06-15 ") << qint64(day(2013, 6, 15));
    QTest::newRow("before epoch") << QStringLiteral("1969-12-31T12:00") << qint64(-12 * kHour);
}

void TestTimeFormat::parseIsoTimeValid()
{
    QFETCH(QString, input);
    QFETCH(qint64, expected);
    const auto got = mc::parseIsoTime(input.toStdString());
    QVERIFY(got.has_value());
    QCOMPARE(qint64(*got), expected);
}

void TestTimeFormat::parseIsoTimeInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("month 13") << QStringLiteral("2002-13-01");
    QTest::newRow("feb 30") << QStringLiteral("2002-02-30");
    QTest::newRow("short year") << QStringLiteral("02-01-01");
    QTest::newRow("unpadded") << QStringLiteral("2002-1-1");
    QTest::newRow("us date") << QStringLiteral("01/31/2002");
    QTest::newRow("slashes") << QStringLiteral("2002/01/31");
    QTest::newRow("hour 25") << QStringLiteral("2002-01-01T25:00");
    QTest::newRow("minute 60") << QStringLiteral("2002-01-01T10:60");
    QTest::newRow("no minutes") << QStringLiteral("2002-01-01T10");
    QTest::newRow("trailing text") << QStringLiteral("2002-01-01x");
    QTest::newRow("NA") << QStringLiteral("NA");
}

void TestTimeFormat::parseIsoTimeInvalid()
{
    QFETCH(QString, input);
    QVERIFY(!mc::parseIsoTime(input.toStdString()).has_value());
}

void TestTimeFormat::formatTimeRoundTrip()
{
    QCOMPARE(text(mc::formatTime(day(2002, 1, 1), true)), QStringLiteral("2002-01-01"));
    QCOMPARE(text(mc::formatTime(day(2002, 1, 1) + 5 * kHour + 7, false)), QStringLiteral("2002-01-01T05:00:07"));
    QCOMPARE(text(mc::formatTime(-1, false)), QStringLiteral("1969-12-31T23:59:59"));
    QCOMPARE(text(mc::formatTime(-1, true)), QStringLiteral("1969-12-31"));
    for (mc::TimePoint t = -400LL * mc::kSecondsPerDay; t < 400LL * mc::kSecondsPerDay; t += 7919) {
        const auto back = mc::parseIsoTime(mc::formatTime(t, false));
        QVERIFY2(back && *back == t, qPrintable(QStringLiteral("t = %1").arg(t)));
    }
}

void TestTimeFormat::dayOfYear_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("expected");
    QTest::newRow("jan 1") << qint64(day(2019, 1, 1)) << 1;
    QTest::newRow("jan 1 late") << qint64(day(2019, 1, 1) + 23 * kHour) << 1;
    QTest::newRow("mar 1 leap") << qint64(day(2020, 3, 1)) << 61;
    QTest::newRow("mar 1 common") << qint64(day(2019, 3, 1)) << 60;
    QTest::newRow("dec 31 leap") << qint64(day(2020, 12, 31)) << 366;
    QTest::newRow("dec 31 common") << qint64(day(2019, 12, 31)) << 365;
    QTest::newRow("before epoch") << qint64(-12 * kHour) << 365;
}

void TestTimeFormat::dayOfYear()
{
    QFETCH(qint64, time);
    QFETCH(int, expected);
    QCOMPARE(mc::dayOfYear(time), expected);
}

void TestTimeFormat::parseTimeRangeValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    const qint64 endOf2017 = day(2018, 1, 1) - 1;
    QTest::newRow("slash dates") << QStringLiteral("2013-01-01/2017-12-31") << qint64(day(2013, 1, 1)) << endOf2017;
    QTest::newRow("colon dates") << QStringLiteral("2013-01-01:2017-12-31") << qint64(day(2013, 1, 1)) << endOf2017;
    QTest::newRow("one day") << QStringLiteral("2018-01-01/2018-01-01") << qint64(day(2018, 1, 1))
                             << qint64(day(2018, 1, 2) - 1);
    QTest::newRow("date-times") << QStringLiteral("2013-01-01T06:00/2013-01-02T06:00")
                                << qint64(day(2013, 1, 1) + 6 * kHour) << qint64(day(2013, 1, 2) + 6 * kHour);
    QTest::newRow("date to date-time") << QStringLiteral("2013-01-01/2013-01-01T12:00:00")
                                       << qint64(day(2013, 1, 1)) << qint64(day(2013, 1, 1) + 12 * kHour);
}

void TestTimeFormat::parseTimeRangeValid()
{
    QFETCH(QString, input);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const auto range = mc::parseTimeRange(input.toStdString());
    QVERIFY(range.has_value());
    QCOMPARE(qint64(range->first), first);
    QCOMPARE(qint64(range->last), last);
    QVERIFY(range->contains(first));
    QVERIFY(range->contains(last));
    QVERIFY(!range->contains(last + 1));
    QVERIFY(!range->contains(first - 1));
}

void TestTimeFormat::parseTimeRangeInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("single date") << QStringLiteral("2013-01-01");
    QTest::newRow("reversed") << QStringLiteral("2013-01-02/2013-01-01");
    QTest::newRow("reversed colon") << QStringLiteral("2013-01-02:2013-01-01");
    QTest::newRow("open end") << QStringLiteral("2013-01-01/");
    QTest::newRow("open start colon") << QStringLiteral(":2013-01-01");
    QTest::newRow("colon with times") << QStringLiteral("2013-01-01T00:00:2013-01-02");
    QTest::newRow("bad month") << QStringLiteral("2013-13-01/2013-12-31");
    QTest::newRow("words") << QStringLiteral("yesterday/today");
    QTest::newRow("unpadded") << QStringLiteral("2013-1-1/2013-2-1");
}

void TestTimeFormat::parseTimeRangeInvalid()
{
    QFETCH(QString, input);
    QVERIFY(!mc::parseTimeRange(input.toStdString()).has_value());
}

void TestTimeFormat::formatTimeRange()
{
    const auto dates = mc::parseTimeRange("2013-01-01:2017-12-31");
    QVERIFY(dates.has_value());
    QCOMPARE(text(mc::formatTimeRange(*dates, true)), QStringLiteral("2013-01-01/2017-12-31"));
    const auto back = mc::parseTimeRange(mc::formatTimeRange(*dates, true));
    QVERIFY(back.has_value());
    QCOMPARE(qint64(back->first), qint64(dates->first));
    QCOMPARE(qint64(back->last), qint64(dates->last));

    const auto times = mc::parseTimeRange("2013-01-01T06:00/2013-01-02T06:00");
    QVERIFY(times.has_value());
    QCOMPARE(text(mc::formatTimeRange(*times, true)), QStringLiteral("2013-01-01T06:00:00/2013-01-02T06:00:00"));
    QCOMPARE(text(mc::formatTimeRange(*times, false)), QStringLiteral("2013-01-01T06:00:00/2013-01-02T06:00:00"));
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_time_format.moc"
