// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_import.h"
#include "sha256.h"
#include "time_format.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace {

using mc::ImportErrorCode;

// Folder of the real NERRS daily files, or empty when the data are not available.
QString gtmDailyDir()
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    return root.isEmpty() ? QString() : root + QStringLiteral("/nerrs-swmp-gtm-daily/daily");
}

QString text(const std::string& s) { return QString::fromStdString(s); }

mc::TimePoint date(const char* iso) { return *mc::parseIsoTime(iso); }

// Non-missing values of @p variable within [from, to] (whole days).
int countPresent(const mc::StationData& station, const std::string& variable, const char* from, const char* to)
{
    const auto& values = station.variables.at(variable);
    int n = 0;
    for (std::size_t i = 0; i < station.times.size(); ++i)
        if (station.times[i] >= date(from) && station.times[i] <= date(to) && !std::isnan(values[i]))
            ++n;
    return n;
}

// Values as text, so that NaN equals NaN and a failure prints both series.
template <typename Container>
QString render(const Container& values)
{
    QStringList parts;
    for (double v : values)
        parts << (std::isnan(v) ? QStringLiteral("NaN") : QString::number(v, 'g', 17));
    return parts.join(QStringLiteral(", "));
}

using Values = std::vector<double>;
const double kNaN = qQNaN();

}  // namespace

class TestCsvImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realGtmFile();
    void realGtmFolder_data();
    void realGtmFolder();
    void layouts_data();
    void layouts();
    void missingMarkers_data();
    void missingMarkers();
    void nonNumericCells();
    void shortRowsAreMissing();
    void unsortedAndDuplicateRows();
    void mergesFilesOnTime();
    void folderSkipsNonData();
    void commentPreamble();
    void dateTimes();
    void malformed_data();
    void malformed();
    void missingPath();
    void folderWithoutData();
    void describeNamesFileLineColumn();
    void largeFileIsFast();

private:
    // A fresh sub-folder per test case, so data rows cannot see each other's files.
    QString newCaseDir();
    std::string write(const QString& dir, const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    int m_cases = 0;
    // The whole real folder, read once for all rows of realGtmFolder.
    std::optional<mc::ImportResult> m_gtmFolder;
};

QString TestCsvImport::newCaseDir()
{
    const QString path = m_dir.filePath(QStringLiteral("case%1").arg(++m_cases));
    QDir().mkpath(path);
    return path;
}

std::string TestCsvImport::write(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path.toStdString();
}

void TestCsvImport::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestCsvImport::realGtmFile()
{
    const QString dir = gtmDailyDir();
    if (dir.isEmpty())
        QSKIP("MARINECAST_DATA_DIR is not set");
    const QString path = dir + QStringLiteral("/gtmpiwq_daily.csv");
    if (!QFileInfo::exists(path))
        QSKIP("gtmpiwq_daily.csv is not in MARINECAST_DATA_DIR");

    const auto result = mc::importCsv({path.toStdString()});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(result.report.files.size(), std::size_t(1));
    const auto& report = result.report.files.front();
    QCOMPARE(report.rows, std::size_t(7670));
    QCOMPARE(report.nonNumericCells, std::size_t(0));
    QCOMPARE(report.duplicateTimes, std::size_t(0));
    QCOMPARE(report.delimiter, ',');
    QVERIFY(report.missingCells > 0);  // the file writes NA

    QCOMPARE(result.dataset.stations.size(), std::size_t(1));
    const mc::StationData* station = result.dataset.station("gtmpiwq");
    QVERIFY(station);
    QCOMPARE(station->times.size(), std::size_t(7670));
    QCOMPARE(text(mc::formatTime(station->times.front(), true)), QStringLiteral("2002-01-01"));
    QCOMPARE(text(mc::formatTime(station->times.back(), true)), QStringLiteral("2022-12-31"));
    QCOMPARE(station->variables.size(), std::size_t(67));  // 69 columns less station and date
    QVERIFY(station->hasVariable("temp_mean"));
    QVERIFY(!station->hasVariable("station"));
    QVERIFY(!station->hasVariable("date"));
    QCOMPARE(countPresent(*station, "temp_mean", "2013-01-01", "2018-12-31"), 2157);
    QCOMPARE(station->variables.at("temp_mean").front(), 13.8604166666667);
    QVERIFY(std::isnan(station->variables.at("cdepth_mean").front()));  // NA on the first day

    QVERIFY(result.dataset.dateOnly);
    QVERIFY(!result.dataset.synthetic);
    QCOMPARE(result.dataset.sources.size(), std::size_t(1));
    QCOMPARE(text(result.dataset.sources.front().sha256),
             QStringLiteral("0dec90af6fcf192d909f7815485544b1e7ac2d995a1c9dfa8bf297ba8ca9169c"));
}

void TestCsvImport::realGtmFolder_data()
{
    // Row counts, first dates and 2013–2018 completeness as listed in the data's SOURCE.md.
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<int>("present2013to2018");
    QTest::newRow("gtmfmwq") << QStringLiteral("gtmfmwq") << 7670 << QStringLiteral("2002-01-01")
                             << QStringLiteral("sal_mean") << 1946;
    QTest::newRow("gtmpiwq") << QStringLiteral("gtmpiwq") << 7670 << QStringLiteral("2002-01-01")
                             << QStringLiteral("do_mgl_mean") << 1998;
    QTest::newRow("gtmpcwq") << QStringLiteral("gtmpcwq") << 7622 << QStringLiteral("2002-02-18")
                             << QStringLiteral("temp_mean") << 2077;
    QTest::newRow("gtmsswq") << QStringLiteral("gtmsswq") << 7622 << QStringLiteral("2002-02-18")
                             << QStringLiteral("depth_mean") << 1436;
    QTest::newRow("gtmpcmet") << QStringLiteral("gtmpcmet") << 7427 << QStringLiteral("2002-09-01")
                              << QStringLiteral("atemp_mean") << 2157;
}

void TestCsvImport::realGtmFolder()
{
    QFETCH(QString, station);
    QFETCH(int, rows);
    QFETCH(QString, firstDate);
    QFETCH(QString, variable);
    QFETCH(int, present2013to2018);
    const QString dir = gtmDailyDir();
    if (dir.isEmpty())
        QSKIP("MARINECAST_DATA_DIR is not set");
    if (!QFileInfo(dir).isDir())
        QSKIP("nerrs-swmp-gtm-daily/daily is not in MARINECAST_DATA_DIR");

    if (!m_gtmFolder)
        m_gtmFolder = mc::importCsv({dir.toStdString()});
    const mc::ImportResult& result = *m_gtmFolder;
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(result.dataset.stations.size(), std::size_t(5));
    QCOMPARE(result.dataset.sources.size(), std::size_t(5));
    QVERIFY(result.report.skippedFiles.empty());
    const mc::StationData* data = result.dataset.station(station.toStdString());
    QVERIFY(data);
    QCOMPARE(int(data->times.size()), rows);
    QCOMPARE(text(mc::formatTime(data->times.front(), true)), firstDate);
    QCOMPARE(countPresent(*data, variable.toStdString(), "2013-01-01", "2018-12-31"), present2013to2018);
    for (const auto& file : result.report.files)
        QCOMPARE(file.nonNumericCells, std::size_t(0));
    if (station == QStringLiteral("gtmpcwq")) {
        // The one value the source writes in scientific notation.
        const long i = data->indexOf(date("2022-06-09"));
        QVERIFY(i >= 0);
        QCOMPARE(data->variables.at("level_mean")[std::size_t(i)], -2.98155597433514e-19);
    }
}

void TestCsvImport::layouts_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("station");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("stationCount");
    QTest::addColumn<char>("delimiter");
    const QList<double> v = {1.5, 2.25};
    QTest::newRow("long") << QStringLiteral("long.csv")
                          << QByteArray("station,date,temp\nA,2020-01-01,1.5\nB,2020-01-01,7\n"
                                        "A,2020-01-02,2.25\nB,2020-01-02,8\n")
                          << QStringLiteral("A") << QStringLiteral("temp") << v << 2 << ',';
    QTest::newRow("wide, station from file name")
        << QStringLiteral("site42_2020.csv") << QByteArray("date,temp,sal\n2020-01-01,1.5,30\n2020-01-02,2.25,31\n")
        << QStringLiteral("site42") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("station_id column")
        << QStringLiteral("export.csv") << QByteArray("Station_ID,Date,temp\nbuoy7,2020-01-01,1.5\nbuoy7,2020-01-02,2.25\n")
        << QStringLiteral("buoy7") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("site column, timestamp")
        << QStringLiteral("export.csv") << QByteArray("timestamp,site,temp\n2020-01-01,p1,1.5\n2020-01-02,p1,2.25\n")
        << QStringLiteral("p1") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("semicolon, decimal comma")
        << QStringLiteral("semi.csv") << QByteArray("date;temp;sal\n2020-01-01;1.5;30\n2020-01-02;2,25;31\n")
        << QStringLiteral("semi") << QStringLiteral("temp") << v << 1 << ';';
    QTest::newRow("tab") << QStringLiteral("tabbed.tsv") << QByteArray("date\ttemp\n2020-01-01\t1.5\n2020-01-02\t 2.25 \n")
                         << QStringLiteral("tabbed") << QStringLiteral("temp") << v << 1 << '\t';
    QTest::newRow("quoted, embedded delimiter and quote")
        << QStringLiteral("quoted.csv")
        << QByteArray("\"date\",\"temp\",\"note\"\n\"2020-01-01\",\"1.5\",\"calm, clear\"\n"
                      "\"2020-01-02\",\"2.25\",\"said \"\"hi\"\", left\"\n")
        << QStringLiteral("quoted") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("quoted newline")
        << QStringLiteral("multi.csv") << QByteArray("date,note,temp\n2020-01-01,\"line one\nline two\",1.5\n2020-01-02,\"\",2.25\n")
        << QStringLiteral("multi") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("semicolon header with quoted commas")
        << QStringLiteral("q.csv") << QByteArray("\"date, local\";\"date\";\"t\"\nx;2020-01-01;1.5\nx;2020-01-02;2.25\n")
        << QStringLiteral("q") << QStringLiteral("t") << v << 1 << ';';
    QTest::newRow("CRLF, BOM, upper case")
        << QStringLiteral("win.csv") << QByteArray("\xEF\xBB\xBF" "DATE,Temp\r\n2020-01-01,1.5\r\n2020-01-02,2.25\r\n")
        << QStringLiteral("win") << QStringLiteral("Temp") << v << 1 << ',';
    QTest::newRow("scientific notation")
        << QStringLiteral("sci.csv") << QByteArray("date,temp\n2020-01-01,1.5e0\n2020-01-02,+225E-2\n")
        << QStringLiteral("sci") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("blank lines, no final newline")
        << QStringLiteral("blank.csv") << QByteArray("date,temp\n\n2020-01-01,1.5\n,\n2020-01-02,2.25")
        << QStringLiteral("blank") << QStringLiteral("temp") << v << 1 << ',';
    QTest::newRow("GTM style quoting")
        << QStringLiteral("gtm_daily.csv")
        << QByteArray("\"station\",\"date\",\"temp_mean\"\n\"gtmx\",2020-01-01,1.5\n\"gtmx\",2020-01-02,2.25\n")
        << QStringLiteral("gtmx") << QStringLiteral("temp_mean") << v << 1 << ',';
}

void TestCsvImport::layouts()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, station);
    QFETCH(QString, variable);
    QFETCH(QList<double>, values);
    QFETCH(int, stationCount);
    QFETCH(char, delimiter);
    const auto path = write(newCaseDir(), fileName, content);
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(int(result.dataset.stations.size()), stationCount);
    QCOMPARE(result.report.files.front().delimiter, delimiter);
    QCOMPARE(result.report.files.front().nonNumericCells, std::size_t(0));
    const mc::StationData* data = result.dataset.station(station.toStdString());
    QVERIFY(data);
    QCOMPARE(data->times, (std::vector<mc::TimePoint>{date("2020-01-01"), date("2020-01-02")}));
    QVERIFY(data->hasVariable(variable.toStdString()));
    QCOMPARE(render(data->variables.at(variable.toStdString())), render(values));
    QVERIFY(result.dataset.dateOnly);
}

void TestCsvImport::missingMarkers_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("extraMarker");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("NA") << QByteArray("NA") << QString();
    QTest::newRow("na") << QByteArray("na") << QString();
    QTest::newRow("N/A") << QByteArray("N/A") << QString();
    QTest::newRow("n/a") << QByteArray("n/a") << QString();
    QTest::newRow("NaN") << QByteArray("NaN") << QString();
    QTest::newRow("nan") << QByteArray("nan") << QString();
    QTest::newRow("padded NA") << QByteArray("  NA ") << QString();
    QTest::newRow("quoted empty") << QByteArray("\"\"") << QString();
    QTest::newRow("extra -999") << QByteArray("-999") << QStringLiteral("-999");
    QTest::newRow("extra n.d. any case") << QByteArray("n.d.") << QStringLiteral("N.D.");
}

void TestCsvImport::missingMarkers()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, extraMarker);
    const auto path = write(newCaseDir(), QStringLiteral("m.csv"), "date,temp\n2020-01-01,1\n2020-01-02," + cell + "\n");
    mc::ImportOptions options;
    if (!extraMarker.isEmpty())
        options.settings.missingMarkers.push_back(extraMarker.toStdString());
    const auto result = mc::importCsv({path}, options);
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(render(result.dataset.station("m")->variables.at("temp")), render(Values{1.0, kNaN}));
    QCOMPARE(result.report.files.front().missingCells, std::size_t(1));
    QCOMPARE(result.report.files.front().nonNumericCells, std::size_t(0));

    // Without the marker a numeric sentinel is a value: an ordinary one without range checks,
    // a rejected one with them (temp maps to water temperature, −2…40 °C).
    if (extraMarker == QStringLiteral("-999")) {
        mc::ImportOptions unchecked;
        unchecked.settings.rangeChecks = false;
        const auto plain = mc::importCsv({path}, unchecked);
        QCOMPARE(plain.dataset.station("m")->variables.at("temp")[1], -999.0);
    }
}

void TestCsvImport::nonNumericCells()
{
    const auto path = write(newCaseDir(), QStringLiteral("t.csv"),
                            "date,temp,note,blank\n2020-01-01,1.5,calm,\n2020-01-02,bad,windy,NA\n"
                            "2020-01-03,<0.1,,\n2020-01-04,inf,x,\n");
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    const mc::StationData* data = result.dataset.station("t");
    QVERIFY(data);
    // Text-only and empty-only columns are not variables.
    QCOMPARE(data->variables.size(), std::size_t(1));
    QCOMPARE(render(data->variables.at("temp")), render(Values{1.5, kNaN, kNaN, kNaN}));
    QCOMPARE(result.report.files.front().nonNumericCells, std::size_t(3));
    QCOMPARE(result.report.files.front().missingCells, std::size_t(0));
}

void TestCsvImport::shortRowsAreMissing()
{
    const auto path = write(newCaseDir(), QStringLiteral("s.csv"), "date,temp,sal\n2020-01-01,1.5\n2020-01-02,2,30\n");
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(render(result.dataset.station("s")->variables.at("sal")), render(Values{kNaN, 30.0}));
    QCOMPARE(result.report.files.front().missingCells, std::size_t(1));
}

void TestCsvImport::unsortedAndDuplicateRows()
{
    const auto path = write(newCaseDir(), QStringLiteral("u.csv"),
                            "station,date,temp\nA,2020-01-03,3\nA,2020-01-01,1\nB,2020-01-01,5\n"
                            "A,2020-01-03,33\nA,2020-01-02,2\n");
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    const mc::StationData* a = result.dataset.station("A");
    QVERIFY(a);
    QCOMPARE(a->times, (std::vector<mc::TimePoint>{date("2020-01-01"), date("2020-01-02"), date("2020-01-03")}));
    QCOMPARE(render(a->variables.at("temp")), render(Values{1.0, 2.0, 33.0}));  // last row wins
    QCOMPARE(result.report.files.front().duplicateTimes, std::size_t(1));
    QCOMPARE(result.report.files.front().rows, std::size_t(5));
}

void TestCsvImport::mergesFilesOnTime()
{
    const QString dir = newCaseDir();
    const auto a = write(dir, QStringLiteral("buoy_a.csv"), "date,temp\n2020-01-01,1\n2020-01-02,2\n");
    const auto b = write(dir, QStringLiteral("buoy_b.csv"), "date,sal\n2020-01-02,30\n2020-01-03,31\n");
    // A later file overrides a value but its missing cells do not erase earlier ones.
    const auto c = write(dir, QStringLiteral("buoy_c.csv"), "date,temp\n2020-01-01,NA\n2020-01-02,20\n");
    const auto other = write(dir, QStringLiteral("other.csv"), "date,temp\n2020-01-05,9\n");
    for (const auto& paths : {std::vector<std::string>{dir.toStdString()}, std::vector<std::string>{a, b, c, other}}) {
        const auto result = mc::importCsv(paths);
        QVERIFY2(result.ok(), mc::describe(result.error).c_str());
        QCOMPARE(result.dataset.stations.size(), std::size_t(2));
        const mc::StationData* buoy = result.dataset.station("buoy");
        QVERIFY(buoy);
        QCOMPARE(buoy->times, (std::vector<mc::TimePoint>{date("2020-01-01"), date("2020-01-02"), date("2020-01-03")}));
        QCOMPARE(render(buoy->variables.at("temp")), render(Values{1.0, 20.0, kNaN}));
        QCOMPARE(render(buoy->variables.at("sal")), render(Values{kNaN, 30.0, 31.0}));
        QCOMPARE(result.dataset.sources.size(), std::size_t(4));
        for (const auto& source : result.dataset.sources)
            QCOMPARE(text(source.sha256), text(mc::sha256File(source.path).value_or("unreadable")));
        QCOMPARE(result.report.files.size(), std::size_t(4));
    }
}

void TestCsvImport::folderSkipsNonData()
{
    const QString dir = newCaseDir();
    write(dir, QStringLiteral("b.TXT"), "date,temp\n2020-01-02,2\n");
    write(dir, QStringLiteral("a.csv"), "date,temp\n2020-01-01,1\n");
    write(dir, QStringLiteral("notes.docx"), "PK\x03\x04 not a table");
    write(dir, QStringLiteral("sub/c.csv"), "date,temp\n2020-01-03,3\n");
    const auto result = mc::importCsv({dir.toStdString()});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(result.report.files.size(), std::size_t(2));
    QVERIFY(text(result.report.files[0].path).endsWith(QStringLiteral("a.csv")));  // name order
    QCOMPARE(result.report.skippedFiles.size(), std::size_t(2));
    QVERIFY(text(result.report.skippedFiles[0]).endsWith(QStringLiteral("notes.docx")));
    QVERIFY(text(result.report.skippedFiles[1]).endsWith(QStringLiteral("sub")));
}

void TestCsvImport::commentPreamble()
{
    const QString dir = newCaseDir();
    const auto path = write(dir, QStringLiteral("sample.csv"),
                            "# MarineCast sample data \xE2\x80\x94 SYNTHETIC, not real observations\n"
                            "# units: water_temp=\xC2\xB0" "C;salinity=PSU\n"
                            "# stations: s1=29.5,-81.25;s2=\n"
                            "station,date,water_temp,salinity\ns1,2020-01-01,20.5,30\ns2,2020-01-01,21,\n");
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QVERIFY(result.dataset.synthetic);
    QCOMPARE(result.dataset.units.size(), std::size_t(2));
    QCOMPARE(text(result.dataset.units.at("water_temp")), QStringLiteral("\u00B0C"));
    QCOMPARE(text(result.dataset.units.at("salinity")), QStringLiteral("PSU"));
    QCOMPARE(result.dataset.station("s1")->latitude, 29.5);
    QCOMPARE(result.dataset.station("s1")->longitude, -81.25);
    QVERIFY(std::isnan(result.dataset.station("s2")->latitude));

    const auto off = write(dir, QStringLiteral("real.csv"), "# synthetic=0\ndate,temp\n2020-01-01,1\n");
    QVERIFY(!mc::importCsv({off}).dataset.synthetic);
}

void TestCsvImport::dateTimes()
{
    const QString dir = newCaseDir();
    const auto path = write(dir, QStringLiteral("dt.csv"), "datetime,temp\n2020-01-01T00:30:00,1\n2020-01-01 01:30,2\n");
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QVERIFY(!result.dataset.dateOnly);
    QCOMPARE(result.dataset.station("dt")->times,
             (std::vector<mc::TimePoint>{date("2020-01-01") + 1800, date("2020-01-01") + 5400}));

    const auto midnights = write(dir, QStringLiteral("mid.csv"), "date_time,temp\n2020-01-01T00:00,1\n2020-01-02 00:00:00Z,2\n");
    QVERIFY(mc::importCsv({midnights}).dataset.dateOnly);
}

void TestCsvImport::malformed_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    const QString csv = QStringLiteral("bad.csv");
    QTest::newRow("bad month") << csv << QByteArray("date,temp\n2020-01-01,1\n2002-13-01,2\n")
                               << int(ImportErrorCode::BadTime) << 3 << 1 << QStringLiteral("date");
    QTest::newRow("GTM layout bad date") << csv
                                         << QByteArray("\"station\",\"date\",\"temp\"\n\"x\",2002-01-01,1\n\"x\",2002-13-01,2\n")
                                         << int(ImportErrorCode::BadTime) << 3 << 2 << QStringLiteral("date");
    QTest::newRow("lines after comments and quoted newline")
        << csv << QByteArray("# comment\n\ndate,note\n2020-01-01,\"a\nb\"\nnot-a-date,x\n")
        << int(ImportErrorCode::BadTime) << 6 << 1 << QStringLiteral("date");
    QTest::newRow("CRLF line count") << csv << QByteArray("date,temp\r\n2020-01-01,1\r\n\r\n2020-99-01,2\r\n")
                                     << int(ImportErrorCode::BadTime) << 4 << 1 << QStringLiteral("date");
    QTest::newRow("empty time") << csv << QByteArray("date,temp\n,1\n") << int(ImportErrorCode::BadTime) << 2 << 1
                                << QStringLiteral("date");
    QTest::newRow("time beyond short row") << csv << QByteArray("station,temp,date\nA,1\n")
                                           << int(ImportErrorCode::BadTime) << 2 << 3 << QStringLiteral("date");
    QTest::newRow("ragged row") << csv << QByteArray("date,temp\n2020-01-01,1\n2020-01-02,2,3\n")
                                << int(ImportErrorCode::RaggedRow) << 3 << 3 << QString();
    QTest::newRow("unterminated quote") << csv << QByteArray("date,temp\n2020-01-01,1\n2020-01-02,\"2\n2020-01-03,3\n")
                                        << int(ImportErrorCode::UnterminatedQuote) << 3 << 2 << QStringLiteral("temp");
    QTest::newRow("unterminated quote in header") << csv << QByteArray("\"date,temp\n2020-01-01,1\n")
                                                  << int(ImportErrorCode::UnterminatedQuote) << 1 << 1 << QString();
    QTest::newRow("empty file") << csv << QByteArray() << int(ImportErrorCode::EmptyFile) << 0 << 0 << QString();
    QTest::newRow("comments only") << csv << QByteArray("# units: a=b\n\n  \n") << int(ImportErrorCode::EmptyFile) << 0
                                   << 0 << QString();
    QTest::newRow("no time column") << csv << QByteArray("station,temp\nA,1\n") << int(ImportErrorCode::NoTimeColumn)
                                    << 1 << 0 << QString();
    QTest::newRow("no station") << QStringLiteral("_anon.csv") << QByteArray("date,temp\n2020-01-01,1\n")
                                << int(ImportErrorCode::NoStation) << 1 << 0 << QString();
}

void TestCsvImport::malformed()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    const auto path = write(newCaseDir(), fileName, content);
    const auto result = mc::importCsv({path});
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error.code), code);
    QCOMPARE(text(result.error.file), text(path));
    QCOMPARE(int(result.error.line), line);
    QCOMPARE(int(result.error.column), column);
    QCOMPARE(text(result.error.columnName), columnName);
    QVERIFY(result.dataset.stations.empty());
    const QString message = text(mc::describe(result.error));
    QVERIFY2(message.startsWith(text(path)), qPrintable(message));
    if (line > 0)
        QVERIFY2(message.contains(QStringLiteral(":%1: ").arg(line)), qPrintable(message));
    if (column > 0)
        QVERIFY2(message.contains(QStringLiteral("column %1").arg(column)), qPrintable(message));
}

void TestCsvImport::missingPath()
{
    const std::string path = m_dir.filePath(QStringLiteral("absent/none.csv")).toStdString();
    const auto result = mc::importCsv({path});
    QCOMPARE(int(result.error.code), int(ImportErrorCode::FileNotFound));
    QCOMPARE(text(result.error.file), text(path));
}

void TestCsvImport::folderWithoutData()
{
    const QString dir = newCaseDir();
    write(dir, QStringLiteral("report.docx"), "PK\x03\x04");
    const auto result = mc::importCsv({dir.toStdString()});
    QCOMPARE(int(result.error.code), int(ImportErrorCode::NoDataFiles));
    QCOMPARE(text(result.error.file), dir);
    QCOMPARE(result.report.skippedFiles.size(), std::size_t(1));
}

void TestCsvImport::describeNamesFileLineColumn()
{
    mc::ImportError error;
    error.code = ImportErrorCode::BadTime;
    error.file = "gtmpiwq_daily.csv";
    error.line = 12;
    error.column = 2;
    error.columnName = "date";
    error.detail = "not an ISO date or date-time: '2002-13-01'";
    QCOMPARE(text(mc::describe(error)),
             QStringLiteral("gtmpiwq_daily.csv:12: column 2 (date): not an ISO date or date-time: '2002-13-01'"));

    mc::ImportError notFound;
    notFound.code = ImportErrorCode::FileNotFound;
    notFound.file = "x.csv";
    QCOMPARE(text(mc::describe(notFound)), QStringLiteral("x.csv: no such file or folder"));

    const auto path = write(newCaseDir(), QStringLiteral("gtmpiwq_daily.csv"),
                            "\"station\",\"date\",\"t\"\n\"gtmpiwq\",2002-01-01,1\n\"gtmpiwq\",2002-13-01,2\n");
    QCOMPARE(text(mc::describe(mc::importCsv({path}).error)),
             text(path) + QStringLiteral(":3: column 2 (date): not an ISO date or date-time: '2002-13-01'"));
}

void TestCsvImport::largeFileIsFast()
{
    // About 2 MB of wide data. The limit is loose on purpose: it catches quadratic behaviour,
    // not a slow machine (a release build needs a few tens of milliseconds).
    QByteArray content = "date,a,b,c,d,e,f,g,h\n";
    const mc::TimePoint start = date("1950-01-01");
    for (int i = 0; i < 25000; ++i)
        content += QByteArray::fromStdString(mc::formatTime(start + i * mc::kSecondsPerDay, true))
            + ",12.345678,-0.5,3e-4,NA,100,7.25,0.001,42\n";
    const auto path = write(newCaseDir(), QStringLiteral("big.csv"), content);
    QElapsedTimer timer;
    timer.start();
    const auto result = mc::importCsv({path});
    const qint64 ms = timer.elapsed();
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(result.dataset.station("big")->times.size(), std::size_t(25000));
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("import of %1 bytes took %2 ms").arg(content.size()).arg(ms)));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"
