// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_format.h"
#include "time_parse.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QtTest>

#include <string>
#include <string_view>
#include <vector>

namespace {

using mc::TimeFormat;

std::string_view view(const QByteArray& bytes) { return {bytes.constData(), static_cast<std::size_t>(bytes.size())}; }

// Results as ISO text, so that a failure prints both times readably.
QString iso(const std::optional<mc::TimePoint>& t)
{
    return t ? QString::fromStdString(mc::formatTime(*t, false)) : QStringLiteral("(none)");
}

}  // namespace

Q_DECLARE_METATYPE(mc::TimeFormat)

class TestTimeParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryFormat_data();
    void parsesEveryFormat();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void combinesTimeOfDayCell_data();
    void combinesTimeOfDayCell();
    void timeOfDay_data();
    void timeOfDay();
    void detect_data();
    void detect();
    void autoTriesEveryFormat();
    void parsingIsFast();
};

void TestTimeParse::parsesEveryFormat_data()
{
    QTest::addColumn<TimeFormat>("format");
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, TimeFormat f, const char* cell, const char* expected) {
        QTest::newRow(name) << f << QByteArray(cell) << QString::fromLatin1(expected);
    };
    row("iso date", TimeFormat::Iso, "2019-01-05", "2019-01-05T00:00:00");
    row("iso T minutes", TimeFormat::Iso, "2019-01-05T08:30", "2019-01-05T08:30:00");
    row("iso space seconds", TimeFormat::Iso, "2019-01-05 08:30:15", "2019-01-05T08:30:15");
    row("iso fraction rounds up, Z", TimeFormat::Iso, "2019-01-05T08:30:15.7Z", "2019-01-05T08:30:16");
    row("iso fraction rounds down", TimeFormat::Iso, "2019-01-05T08:30:15.49", "2019-01-05T08:30:15");
    row("iso unpadded hour", TimeFormat::Iso, "2019-01-05 8:30", "2019-01-05T08:30:00");
    row("iso 24:00 is next midnight", TimeFormat::Iso, "2019-12-31T24:00", "2020-01-01T00:00:00");
    row("iso leap day", TimeFormat::Iso, "2020-02-29", "2020-02-29T00:00:00");
    row("iso blanks and CR", TimeFormat::Iso, " 2019-01-05\r", "2019-01-05T00:00:00");
    row("mdy nerrs", TimeFormat::MonthDayYear, "01/01/2019 0:15", "2019-01-01T00:15:00");
    row("mdy unpadded, seconds", TimeFormat::MonthDayYear, "1/2/2019 9:05:30", "2019-01-02T09:05:30");
    row("mdy date only", TimeFormat::MonthDayYear, "12/31/2019", "2019-12-31T00:00:00");
    row("mdy leap day", TimeFormat::MonthDayYear, "2/29/2020 23:45", "2020-02-29T23:45:00");
    row("mdy 24:00", TimeFormat::MonthDayYear, "12/31/2019 24:00", "2020-01-01T00:00:00");
    row("mdy pm", TimeFormat::MonthDayYear, "3/4/2019 1:30 PM", "2019-03-04T13:30:00");
    row("mdy 12 am", TimeFormat::MonthDayYear, "3/4/2019 12:05:00 am", "2019-03-04T00:05:00");
    row("mdy dashes", TimeFormat::MonthDayYear, "03-04-2019", "2019-03-04T00:00:00");
    row("dmy slash", TimeFormat::DayMonthYear, "31/12/2019 23:59", "2019-12-31T23:59:00");
    row("dmy dots", TimeFormat::DayMonthYear, "19.01.2015", "2015-01-19T00:00:00");
    row("dmy dashes", TimeFormat::DayMonthYear, "05-02-2019 7:00:01", "2019-02-05T07:00:01");
    row("dmy leap day 2000", TimeFormat::DayMonthYear, "29.02.2000", "2000-02-29T00:00:00");
    row("ymd slash", TimeFormat::YearMonthDay, "2019/1/5 8:30", "2019-01-05T08:30:00");
    row("ymd dots, seconds", TimeFormat::YearMonthDay, "2019.12.5 08:30:01", "2019-12-05T08:30:01");
    row("ymd unpadded dashes", TimeFormat::YearMonthDay, "2019-1-5", "2019-01-05T00:00:00");
    row("chinese date", TimeFormat::Chinese, "2019年1月5日", "2019-01-05T00:00:00");
    row("chinese clock", TimeFormat::Chinese, "2019年1月5日 8:30", "2019-01-05T08:30:00");
    row("chinese hour minute", TimeFormat::Chinese, "2019年1月5日8时30分", "2019-01-05T08:30:00");
    row("chinese seconds", TimeFormat::Chinese, "2019年12月31日 23时59分59秒", "2019-12-31T23:59:59");
    row("chinese traditional hour", TimeFormat::Chinese, "2020年2月29日 7時05分", "2020-02-29T07:05:00");
    row("excel 2019-01-01", TimeFormat::ExcelSerial, "43466", "2019-01-01T00:00:00");
    row("excel noon", TimeFormat::ExcelSerial, "43466.5", "2019-01-01T12:00:00");
    row("excel quarter hour", TimeFormat::ExcelSerial, "43466.0104166667", "2019-01-01T00:15:00");
    row("excel epoch", TimeFormat::ExcelSerial, "25569", "1970-01-01T00:00:00");
    row("excel day 0", TimeFormat::ExcelSerial, "0", "1899-12-30T00:00:00");
}

void TestTimeParse::parsesEveryFormat()
{
    QFETCH(TimeFormat, format);
    QFETCH(QByteArray, cell);
    QFETCH(QString, expected);
    const mc::TimeParser parser(format);
    QCOMPARE(int(parser.format()), int(format));
    QCOMPARE(iso(parser.parse(view(cell))), expected);
}

void TestTimeParse::rejectsInvalid_data()
{
    QTest::addColumn<TimeFormat>("format");
    QTest::addColumn<QByteArray>("cell");
    const auto row = [](const char* name, TimeFormat f, const char* cell) { QTest::newRow(name) << f << QByteArray(cell); };
    row("empty", TimeFormat::Iso, "");
    row("iso not a leap year", TimeFormat::Iso, "2019-02-29");
    row("iso century not leap", TimeFormat::Iso, "1900-02-29");
    row("iso month 13", TimeFormat::Iso, "2019-13-01");
    row("iso day 32", TimeFormat::Iso, "2019-01-32");
    row("iso unpadded month", TimeFormat::Iso, "2019-1-05");
    row("iso hour 25", TimeFormat::Iso, "2019-01-05T25:00");
    row("iso 24:01", TimeFormat::Iso, "2019-01-05T24:01");
    row("iso minute 60", TimeFormat::Iso, "2019-01-05T08:60");
    row("iso second 60", TimeFormat::Iso, "2019-01-05T08:30:60");
    row("iso dangling T", TimeFormat::Iso, "2019-01-05T");
    row("iso offset", TimeFormat::Iso, "2019-01-05T08:00+08:00");
    row("iso two-digit year", TimeFormat::Iso, "19-01-05");
    row("iso trailing text", TimeFormat::Iso, "2019-01-05 x");
    row("mdy month 13", TimeFormat::MonthDayYear, "13/01/2019");
    row("mdy not a leap year", TimeFormat::MonthDayYear, "2/29/2019 0:00");
    row("mdy two-digit year", TimeFormat::MonthDayYear, "1/1/19");
    row("mdy one-digit minutes", TimeFormat::MonthDayYear, "01/01/2019 0:5");
    row("mdy dots", TimeFormat::MonthDayYear, "01.01.2019");
    row("mdy mixed separators", TimeFormat::MonthDayYear, "1/1-2019");
    row("mdy 13 pm", TimeFormat::MonthDayYear, "1/1/2019 13:00 PM");
    row("mdy three-digit day", TimeFormat::MonthDayYear, "1/001/2019");
    row("mdy time without blank", TimeFormat::MonthDayYear, "1/1/20190:15");
    row("dmy april 31", TimeFormat::DayMonthYear, "31/04/2019");
    row("dmy 1900 not leap", TimeFormat::DayMonthYear, "29.02.1900");
    row("ymd month 13", TimeFormat::YearMonthDay, "2019/13/1");
    row("ymd february 30", TimeFormat::YearMonthDay, "2019/2/30");
    row("chinese month 13", TimeFormat::Chinese, "2019年13月1日");
    row("chinese not a leap year", TimeFormat::Chinese, "2019年2月29日");
    row("chinese hour alone", TimeFormat::Chinese, "2019年1月5日 8时");
    row("chinese no day mark", TimeFormat::Chinese, "2019年1月5");
    row("chinese minute 60", TimeFormat::Chinese, "2019年1月5日 8时60分");
    row("excel negative", TimeFormat::ExcelSerial, "-1");
    row("excel decimal comma", TimeFormat::ExcelSerial, "43466,5");
    row("excel exponent", TimeFormat::ExcelSerial, "1e4");
    row("excel dangling point", TimeFormat::ExcelSerial, "43466.");
    row("excel past 9999", TimeFormat::ExcelSerial, "2958466");
    row("excel text", TimeFormat::ExcelSerial, "abc");
    row("excel date text", TimeFormat::ExcelSerial, "2019-01-05");
}

void TestTimeParse::rejectsInvalid()
{
    QFETCH(TimeFormat, format);
    QFETCH(QByteArray, cell);
    QCOMPARE(iso(mc::TimeParser(format).parse(view(cell))), QStringLiteral("(none)"));
}

void TestTimeParse::combinesTimeOfDayCell_data()
{
    QTest::addColumn<TimeFormat>("format");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("clock");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, TimeFormat f, const char* d, const char* c, const char* expected) {
        QTest::newRow(name) << f << QByteArray(d) << QByteArray(c) << QString::fromLatin1(expected);
    };
    row("iso date + clock", TimeFormat::Iso, "2019-01-05", "8:30", "2019-01-05T08:30:00");
    row("mdy date + seconds", TimeFormat::MonthDayYear, "1/5/2019", "13:45:10", "2019-01-05T13:45:10");
    row("midnight in the date cell", TimeFormat::Iso, "2019-01-05 00:00:00", "8:30", "2019-01-05T08:30:00");
    row("empty clock is midnight", TimeFormat::Iso, "2019-01-05", " ", "2019-01-05T00:00:00");
    row("clock 24:00", TimeFormat::DayMonthYear, "31.12.2019", "24:00", "2020-01-01T00:00:00");
    row("excel day + clock", TimeFormat::ExcelSerial, "43466", "12:00", "2019-01-01T12:00:00");
    row("chinese clock cell", TimeFormat::Chinese, "2019年1月5日", "8时30分", "2019-01-05T08:30:00");
    row("two times conflict", TimeFormat::Iso, "2019-01-05 01:00", "8:30", "(none)");
    row("excel fraction conflicts", TimeFormat::ExcelSerial, "43466.5", "8:30", "(none)");
    row("bad clock", TimeFormat::Iso, "2019-01-05", "8:61", "(none)");
    row("bad date", TimeFormat::Iso, "2019-02-30", "8:30", "(none)");
}

void TestTimeParse::combinesTimeOfDayCell()
{
    QFETCH(TimeFormat, format);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, clock);
    QFETCH(QString, expected);
    QCOMPARE(iso(mc::TimeParser(format).parse(view(date), view(clock))), expected);
}

void TestTimeParse::timeOfDay_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<int>("seconds");  // -1: rejected
    QTest::newRow("midnight") << QByteArray("0:00") << 0;
    QTest::newRow("unpadded hour") << QByteArray("8:30") << 30600;
    QTest::newRow("seconds") << QByteArray("08:30:15") << 30615;
    QTest::newRow("last second") << QByteArray(" 23:59:59\r") << 86399;
    QTest::newRow("24:00") << QByteArray("24:00") << 86400;
    QTest::newRow("24:00:00") << QByteArray("24:00:00") << 86400;
    QTest::newRow("noon pm") << QByteArray("12:00 PM") << 43200;
    QTest::newRow("midnight am") << QByteArray("12:00 AM") << 0;
    QTest::newRow("chinese") << QByteArray("8时30分") << 30600;
    QTest::newRow("chinese seconds") << QByteArray("8时30分5秒") << 30605;
    QTest::newRow("24:01") << QByteArray("24:01") << -1;
    QTest::newRow("25:00") << QByteArray("25:00") << -1;
    QTest::newRow("one-digit minutes") << QByteArray("8:5") << -1;
    QTest::newRow("hour only") << QByteArray("8") << -1;
    QTest::newRow("second 60") << QByteArray("8:30:60") << -1;
    QTest::newRow("empty") << QByteArray("") << -1;
    QTest::newRow("negative") << QByteArray("-1:00") << -1;
    QTest::newRow("0 pm") << QByteArray("0:30 PM") << -1;
}

void TestTimeParse::timeOfDay()
{
    QFETCH(QByteArray, cell);
    QFETCH(int, seconds);
    const auto got = mc::parseTimeOfDay(view(cell));
    QCOMPARE(got ? *got : -1, seconds);
}

void TestTimeParse::detect_data()
{
    QTest::addColumn<QList<QByteArray>>("samples");
    QTest::addColumn<int>("format");  // -1: none
    QTest::addColumn<bool>("ambiguous");
    using L = QList<QByteArray>;
    const auto f = [](TimeFormat t) { return static_cast<int>(t); };
    QTest::newRow("iso") << L{"2019-01-05T08:30", "2019-01-05 09:00:00"} << f(TimeFormat::Iso) << false;
    QTest::newRow("nerrs") << L{"01/01/2019 0:00", "01/01/2019 0:15", "01/13/2019 0:30"} << f(TimeFormat::MonthDayYear)
                           << false;
    QTest::newRow("days all <= 12") << L{"01/02/2019", "03/04/2019"} << f(TimeFormat::MonthDayYear) << true;
    QTest::newRow("dmy") << L{"31/12/2019", "01/01/2020"} << f(TimeFormat::DayMonthYear) << false;
    QTest::newRow("dmy dots") << L{"19.01.2015", "02.02.2015"} << f(TimeFormat::DayMonthYear) << false;
    QTest::newRow("ymd") << L{"2019/1/5 8:30", "2019/12/25"} << f(TimeFormat::YearMonthDay) << false;
    QTest::newRow("chinese") << L{"2019年1月5日", "2019年1月6日 8时30分"} << f(TimeFormat::Chinese) << false;
    QTest::newRow("excel") << L{"43466", "43466.5"} << f(TimeFormat::ExcelSerial) << false;
    QTest::newRow("small numbers are not dates") << L{"1", "2", "3"} << -1 << false;
    QTest::newRow("empty cells skipped") << L{"", "2019-01-05", " "} << f(TimeFormat::Iso) << false;
    QTest::newRow("all empty") << L{"", " "} << -1 << false;
    QTest::newRow("no samples") << L{} << -1 << false;
    QTest::newRow("mixed formats") << L{"2019-01-05", "01/05/2019"} << -1 << false;
    QTest::newRow("one bad cell") << L{"2019-01-05", "2019-02-30"} << -1 << false;
}

void TestTimeParse::detect()
{
    QFETCH(QList<QByteArray>, samples);
    QFETCH(int, format);
    QFETCH(bool, ambiguous);
    std::vector<std::string_view> views;
    for (const QByteArray& s : samples)
        views.push_back(view(s));
    bool gotAmbiguous = !ambiguous;
    const auto got = mc::TimeParser::detect(views, &gotAmbiguous);
    QCOMPARE(got ? static_cast<int>(*got) : -1, format);
    QCOMPARE(gotAmbiguous, ambiguous);
}

void TestTimeParse::autoTriesEveryFormat()
{
    const mc::TimeParser parser(TimeFormat::Auto);
    QCOMPARE(iso(parser.parse("2019-01-05T08:30")), QStringLiteral("2019-01-05T08:30:00"));
    QCOMPARE(iso(parser.parse("01/02/2019 0:15")), QStringLiteral("2019-01-02T00:15:00"));   // MDY first
    QCOMPARE(iso(parser.parse("13/02/2019 0:15")), QStringLiteral("2019-02-13T00:15:00"));  // only DMY reads it
    QCOMPARE(iso(parser.parse("43466.5")), QStringLiteral("2019-01-01T12:00:00"));
    QCOMPARE(iso(parser.parse("hello")), QStringLiteral("(none)"));
}

void TestTimeParse::parsingIsFast()
{
    // A year of NERRS 15-minute stamps, the largest layout the importer meets per file.
    std::vector<std::string> cells;
    for (int day = 1; day <= 28; ++day)
        for (int minute = 0; minute < 24 * 60; minute += 15)
            cells.push_back(QStringLiteral("03/%1/2019 %2:%3")
                                .arg(day, 2, 10, QLatin1Char('0'))
                                .arg(minute / 60)
                                .arg(minute % 60, 2, 10, QLatin1Char('0'))
                                .toStdString());
    const mc::TimeParser parser(TimeFormat::MonthDayYear);
    QElapsedTimer timer;
    timer.start();
    mc::TimePoint sum = 0;
    constexpr int kRounds = 300;  // about 800 000 cells
    for (int round = 0; round < kRounds; ++round)
        for (const std::string& c : cells)
            sum += *parser.parse(c);
    const double ns = double(timer.nsecsElapsed()) / double(kRounds * cells.size());
    qInfo("%.1f ns per NERRS time cell", ns);
    QVERIFY(sum != 0);
    // Generous for sanitizer builds; a release build takes some tens of nanoseconds.
    QVERIFY2(ns < 2000, qPrintable(QStringLiteral("%1 ns per cell").arg(ns)));
}

QTEST_GUILESS_MAIN(TestTimeParse)
#include "tst_time_parse.moc"
