// SPDX-License-Identifier: GPL-3.0-or-later
// Quality control and robustness of the import: flags, ranges, aliases, station tables, settings,
// broken files, cancel, pipes and files that change while read.
#include "csv_import.h"
#include "import_settings.h"
#include "time_format.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <string>
#include <thread>

namespace {

using mc::ImportErrorCode;

QString text(const std::string& s) { return QString::fromStdString(s); }

// A NERRS-like raw export: quoted padded station codes, M/D/Y times, flag columns, trailing commas.
const QByteArray kFlagged =
    "\"StationCode\",\"isSWMP\",\"DateTimeStamp\",\"Historical\",\"F_Record\",\"Temp\",\"F_Temp\",\"Sal\",\"F_Sal\",\r\n"
    "\"gtmxxwq  \",\"P\",2019-01-01 00:00,0,\"\",12.5,\"<0> \",30.1,\"<0> \",\r\n"
    "\"gtmxxwq  \",\"P\",2019-01-01 00:15,0,\"\",12.6,\"<1> (CSM)\",30.2,\"<0> \",\r\n"
    "\"gtmxxwq  \",\"P\",2019-01-01 00:30,0,\"\",55.0,\"<0> \",30.3,\"<-3> [SSM]\",\r\n"
    "\"gtmxxwq  \",\"P\",2019-01-01 00:45,0,\"\",\"\",\"<-2> [GIM]\",30.4,\"<0> \",\r\n";

}  // namespace

class TestImportQuality : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void flagsAndRanges_data();
    void flagsAndRanges();
    void metadataColumnsIgnored();
    void aliasesMergeStations();
    void stationTableJoin();
    void settingsJsonRoundTrip();
    void settingsJsonRejectsBadValues();
    void brokenFiles_data();
    void brokenFiles();
    void truncatedLastLineIsSkipped();
    void wrongDelimiterIsNamed();
    void cancelStopsTheImport();
    void readsFromAPipe();
    void changedFileIsRefused();
    void blocksKeepRecordsWhole();
    void strayQuoteInAFieldStaysLinear();
    void rowLimitReadsTheHeadOnly();
    void previewTextSplitsLikeTheImporter();

private:
    std::string write(const QString& name, const QByteArray& content)
    {
        const QString dir = m_dir.filePath(QStringLiteral("c%1").arg(++m_cases));
        QDir().mkpath(dir);
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write");
        return f.fileName().toStdString();
    }
    QTemporaryDir m_dir;
    int m_cases = 0;
};

void TestImportQuality::flagsAndRanges_data()
{
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<bool>("rangeChecks");
    QTest::addColumn<QString>("temp");
    QTest::addColumn<int>("flagRejects");
    QTest::addColumn<int>("rangeRejects");
    QTest::newRow("default: flag 0 and ranges") << "0" << true << "12.5 nan nan nan" << 1 << 1;
    QTest::newRow("accept suspect") << "0,1" << true << "12.5 12.6 nan nan" << 0 << 1;
    QTest::newRow("no range checks") << "0" << false << "12.5 nan 55 nan" << 1 << 0;
}

void TestImportQuality::flagsAndRanges()
{
    QFETCH(QString, accepted);
    QFETCH(bool, rangeChecks);
    QFETCH(QString, temp);
    QFETCH(int, flagRejects);
    QFETCH(int, rangeRejects);
    mc::ImportOptions options;
    options.settings.acceptedFlags.clear();
    for (const auto& code : accepted.split(QLatin1Char(',')))
        options.settings.acceptedFlags.insert(code.toInt());
    options.settings.rangeChecks = rangeChecks;
    const auto result = mc::importCsv({write(QStringLiteral("gtmxxwq2019.csv"), kFlagged)}, options);
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    const auto* station = result.dataset.station("gtmxxwq");
    QVERIFY(station);
    QStringList values;
    for (double v : station->variables.at("Temp"))
        values << (std::isnan(v) ? QStringLiteral("nan") : QString::number(v));
    QCOMPARE(values.join(QLatin1Char(' ')), temp);

    const auto& file = result.report.files.front();
    const auto stats = std::find_if(file.variables.begin(), file.variables.end(),
                                    [](const mc::VariableImportStats& v) { return v.name == "Temp"; });
    QVERIFY(stats != file.variables.end());
    QCOMPARE(int(stats->rejectedFlag()), flagRejects);
    QCOMPARE(int(stats->rejectedRange), rangeRejects);
    QCOMPARE(int(stats->missing), 1);
    QCOMPARE(stats->canonical, std::string("water_temperature"));
    if (flagRejects > 0) {
        QCOMPARE(int(stats->rejectedByFlag.at(1)), 1);
        QCOMPARE(stats->firstRejectedLines.front(), std::size_t(3));
    }
    // Rejected values stay visible for the charts, with their reason and code.
    const auto& rejected = station->rejected.at("Temp");
    QCOMPARE(int(rejected.size()), flagRejects + rangeRejects);
    if (rangeRejects > 0) {
        const auto range = std::find_if(rejected.begin(), rejected.end(),
                                        [](const mc::RejectedPoint& p) { return p.reason == mc::RejectReason::Range; });
        QVERIFY(range != rejected.end());
        QCOMPARE(range->value, 55.0);
    }
    // Salinity's flag -3 is rejected in every case (never accepted here).
    QVERIFY(std::isnan(station->variables.at("Sal")[2]));
    QCOMPARE(station->rejected.at("Sal").front().flagCode, -3);
}

void TestImportQuality::metadataColumnsIgnored()
{
    const auto result = mc::importCsv({write(QStringLiteral("gtmxxwq2019.csv"), kFlagged)});
    QVERIFY(result.ok());
    const auto* station = result.dataset.station("gtmxxwq");
    QVERIFY(station);
    QCOMPARE(int(station->variables.size()), 2);  // Temp and Sal; not Historical, flags or the empty column
    const auto& ignored = result.report.files.front().ignoredColumns;
    QVERIFY(std::find(ignored.begin(), ignored.end(), "Historical") != ignored.end());
    QVERIFY(std::find(ignored.begin(), ignored.end(), "F_Temp") != ignored.end());
    QCOMPARE(result.dataset.units.at("Temp"), std::string("°C"));
}

void TestImportQuality::aliasesMergeStations()
{
    const auto sonde = write(QStringLiteral("a.csv"), "station,date,temp\nsiteA,2020-01-01,10\nsiteA,2020-01-02,11\n");
    const auto grab = write(QStringLiteral("b.csv"), "station,date,chla\nsiteA_nut,2020-01-02,3.5\n");
    mc::ImportOptions options;
    options.settings.stationAliases["siteA_nut"] = "siteA";
    const auto result = mc::importCsv({sonde, grab}, options);
    QVERIFY(result.ok());
    QCOMPARE(int(result.dataset.stations.size()), 1);
    const auto& st = result.dataset.stations.front();
    QCOMPARE(st.id, std::string("siteA"));
    QCOMPARE(st.variables.at("chla")[1], 3.5);
    QVERIFY(std::isnan(st.variables.at("chla")[0]));
}

void TestImportQuality::stationTableJoin()
{
    const auto data = write(QStringLiteral("d.csv"), "station,date,temp\nS1,2020-01-01,10\nS2,2020-01-01,11\n");
    const auto table = write(QStringLiteral("stations.csv"), "code,name,latitude,longitude,depth\nS1,North,22.5,114.1,3\n");
    mc::ImportOptions options;
    options.settings.stationsFile = table;
    const auto result = mc::importCsv({data}, options);
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    const auto* s1 = result.dataset.station("S1");
    QCOMPARE(s1->name, std::string("North"));
    QCOMPARE(s1->latitude, 22.5);
    QCOMPARE(s1->depth, 3.0);
    QVERIFY(std::isnan(result.dataset.station("S2")->latitude));
    QCOMPARE(int(result.report.warnings.size()), 1);
    QVERIFY(text(result.report.warnings.front()).contains(QStringLiteral("S2")));

    options.settings.stationsFile = m_dir.filePath(QStringLiteral("none.csv")).toStdString();
    const auto missing = mc::importCsv({data}, options);
    QCOMPARE(int(missing.error.code), int(ImportErrorCode::StationTable));
    QVERIFY(missing.dataset.stations.empty());
}

void TestImportQuality::settingsJsonRoundTrip()
{
    mc::ImportSettings s;
    s.encoding = mc::TextEncoding::Gb18030;
    s.delimiter = '\t';
    s.decimalSeparator = ',';
    s.headerLine = 3;
    s.timeFormat = mc::TimeFormat::MonthDayYear;
    s.utcOffsetMinutes = -300;
    s.missingMarkers = {"-99", "NA"};
    s.acceptedFlags = {0, 1, 3};
    s.rangeChecks = false;
    s.rangeOverrides["Sal"] = {0.0, 40.0};
    s.roles["F_Temp"] = mc::ColumnRole::Flag;
    s.variableMap["T"] = "water_temperature";
    s.units["T"] = "°C";
    s.stationsFile = "/data/stations.csv";
    s.stationAliases["gtmpinut"] = "gtmpiwq";
    s.resample.interval = mc::ResampleInterval::Daily;
    s.resample.aggregation = mc::Aggregation::Median;
    s.resample.minValidFraction = 0.75;
    s.resample.minValidCount = 2;
    s.resample.fillGapSteps = 3;
    const std::string json = mc::importSettingsToJson(s);
    std::string error;
    const auto back = mc::importSettingsFromJson(json, error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(mc::importSettingsToJson(*back), json);
    QCOMPARE(back->delimiter, '\t');
    QCOMPARE(back->utcOffsetMinutes, -300);
    QCOMPARE(int(back->resample.aggregation), int(mc::Aggregation::Median));
}

void TestImportQuality::settingsJsonRejectsBadValues()
{
    std::string error;
    QVERIFY(!mc::importSettingsFromJson("{\"encoding\": \"ebcdic\"}", error));
    QVERIFY(QString::fromStdString(error).contains(QStringLiteral("encoding")));
    QVERIFY(!mc::importSettingsFromJson("{\"resample\": {\"min_valid_fraction\": 2}}", error));
    QVERIFY(!mc::importSettingsFromJson("{\"roles\": {\"x\": \"boss\"}}", error));
    QVERIFY(!mc::importSettingsFromJson("[1,2]", error));
    QVERIFY(mc::importSettingsFromJson("{}", error));
}

void TestImportQuality::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << int(ImportErrorCode::EmptyFile) << 0 << 0;
    QTest::newRow("binary") << QByteArray("date,temp\n2020-01-01,1\n\x01\x02\x00\x05", 27)
                            << int(ImportErrorCode::BinaryFile) << 3 << 3;
    QTest::newRow("zip header") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << int(ImportErrorCode::BinaryFile) << 1 << 6;
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe" "d\0a\0t\0e\0", 10) << int(ImportErrorCode::BinaryFile) << 1 << 4;
}

void TestImportQuality::brokenFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto path = write(QStringLiteral("broken.csv"), content);
    const auto result = mc::importCsv({path});
    QCOMPARE(int(result.error.code), code);
    QCOMPARE(int(result.error.line), line);
    QCOMPARE(int(result.error.column), column);
    QVERIFY(result.dataset.stations.empty());
    QVERIFY(text(mc::describe(result.error)).startsWith(text(path)));
}

void TestImportQuality::truncatedLastLineIsSkipped()
{
    const auto path = write(QStringLiteral("t.csv"), "date,a,b,c\n2020-01-01,1,2,3\n2020-01-02,4,5,6\n2020-01-03,7");
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(int(result.dataset.stations.front().times.size()), 2);
    const auto& file = result.report.files.front();
    QCOMPARE(int(file.skippedRows), 1);
    QCOMPARE(int(file.warnings.size()), 1);
    QVERIFY2(text(file.warnings.front()).contains(QStringLiteral(":4: column 3")), file.warnings.front().c_str());
}

void TestImportQuality::wrongDelimiterIsNamed()
{
    const auto path = write(QStringLiteral("w.csv"), "date,temp\n2020-01-01,1\n");
    mc::ImportOptions options;
    options.settings.delimiter = ';';
    const auto result = mc::importCsv({path}, options);
    QCOMPARE(int(result.error.code), int(ImportErrorCode::WrongDelimiter));
    QCOMPARE(int(result.error.line), 1);
    QVERIFY2(text(result.error.detail).contains(QStringLiteral("','")), result.error.detail.c_str());
}

void TestImportQuality::cancelStopsTheImport()
{
    QByteArray big = "date,v\n";
    const mc::TimePoint start = *mc::parseIsoTime("1900-01-01");
    for (int i = 0; i < 400000; ++i)
        big += QByteArray::fromStdString(mc::formatTime(start + i * 60, false)) + ",1.25\n";
    const auto path = write(QStringLiteral("big.csv"), big);
    mc::ImportOptions options;
    int calls = 0;
    std::uint64_t lastBytes = 0;
    options.progress = [&](const mc::ImportProgress& p) {
        ++calls;
        lastBytes = p.bytesRead;
        return calls < 2;
    };
    const auto result = mc::importCsv({path}, options);
    QCOMPARE(int(result.error.code), int(ImportErrorCode::Cancelled));
    QVERIFY(result.dataset.stations.empty());
    QCOMPARE(calls, 2);
    QVERIFY(lastBytes < std::uint64_t(big.size()));

    options.progress = [&](const mc::ImportProgress& p) {
        lastBytes = p.bytesRead;
        return p.bytesTotal == std::uint64_t(big.size());
    };
    const auto full = mc::importCsv({path}, options);
    QVERIFY(full.ok());
    QCOMPARE(lastBytes, std::uint64_t(big.size()));
    QCOMPARE(int(full.dataset.stations.front().times.size()), 400000);
}

void TestImportQuality::readsFromAPipe()
{
    const std::string fifo = m_dir.filePath(QStringLiteral("pipe.csv")).toStdString();
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    std::thread writer([&] {
        QFile out(QString::fromStdString(fifo));
        if (!out.open(QIODevice::WriteOnly))
            return;
        out.write("station,date,v\n");
        for (int i = 0; i < 20000; ++i)
            out.write(QByteArray("p,") + QByteArray::fromStdString(mc::formatTime(i * mc::kSecondsPerDay, true)) + ",2\n");
    });
    const auto result = mc::importCsv({fifo});
    writer.join();
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(int(result.dataset.station("p")->times.size()), 20000);
    QCOMPARE(result.dataset.sources.front().sha256.size(), std::size_t(64));
}

void TestImportQuality::changedFileIsRefused()
{
    // A file that grows between open and the end of reading (a logger appending).
    QByteArray content = "date,v\n";
    for (int i = 0; i < 300000; ++i)
        content += QByteArray::fromStdString(mc::formatTime(i * 60, false)) + ",1\n";
    const auto path = write(QStringLiteral("growing.csv"), content);
    mc::ImportOptions options;
    bool appended = false;
    options.progress = [&](const mc::ImportProgress&) {
        if (!appended) {
            QFile f(QString::fromStdString(path));
            if (f.open(QIODevice::Append))
                f.write("2099-01-01T00:00:00,5\n");
            appended = true;
        }
        return true;
    };
    const auto result = mc::importCsv({path}, options);
    QVERIFY(appended);
    QCOMPARE(int(result.error.code), int(ImportErrorCode::FileChanged));
    QVERIFY(result.dataset.stations.empty());
}

void TestImportQuality::blocksKeepRecordsWhole()
{
    // Quoted fields with line breaks across block boundaries (blocks are a few MB).
    QByteArray content = "date,note,v\n";
    for (int i = 0; i < 120000; ++i)
        content += QByteArray::fromStdString(mc::formatTime(i * 60, false)) + ",\"a\nb,\"\"c\"\"\"," + QByteArray::number(i) + "\n";
    const auto path = write(QStringLiteral("q.csv"), content);
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    const auto& v = result.dataset.stations.front().variables.at("v");
    QCOMPARE(int(v.size()), 120000);
    for (int i = 0; i < 120000; i += 997)
        QCOMPARE(v[std::size_t(i)], double(i));
}

void TestImportQuality::strayQuoteInAFieldStaysLinear()
{
    // `12" rain` quotes nothing for the reader (the field does not start with a quote), but a
    // block cutter counting quotes sees an open quote to the end: it must not rescan per line.
    QByteArray content = "date,note,v\n2000-01-01T00:00:00,12\" rain,0\n";
    for (int i = 1; i < 400000; ++i)
        content += QByteArray::fromStdString(mc::formatTime(946684800 + i * 60, false)) + ",ok," + QByteArray::number(i) + "\n";
    const auto path = write(QStringLiteral("stray.csv"), content);
    QElapsedTimer timer;
    timer.start();
    const auto result = mc::importCsv({path});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(int(result.dataset.stations.front().times.size()), 400000);
    // Generous: a linear pass takes well under a second; a per-line rescan takes minutes.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestImportQuality::rowLimitReadsTheHeadOnly()
{
    QByteArray content = "date,v\n";
    for (int i = 0; i < 300000; ++i)
        content += QByteArray::fromStdString(mc::formatTime(i * 60, false)) + ",1\n";
    const auto path = write(QStringLiteral("head.csv"), content);
    mc::ImportOptions options;
    options.rowLimit = 50;
    const auto result = mc::importCsv({path}, options);
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(int(result.report.files.front().rows), 50);
    QCOMPARE(int(result.dataset.stations.front().times.size()), 50);
    QVERIFY(result.report.files.front().bytes < std::uint64_t(content.size()));
    QVERIFY(result.dataset.sources.front().sha256.empty());  // a part of a file has no digest
}

void TestImportQuality::previewTextSplitsLikeTheImporter()
{
    // Latin-1, a comment and a title line before the header, semicolons.
    const auto path = write(QStringLiteral("p.csv"), "# exported\nStation report\ndate;T \xb0" "C;note\n"
                                                     "2020-01-01;1,5;a\n2020-01-02;2,5;\"b;c\"\n");
    const auto preview = mc::previewText(path, {}, 10);
    QCOMPARE(int(preview.error.code), int(ImportErrorCode::None));
    QCOMPARE(preview.delimiter, ';');
    QCOMPARE(int(preview.headerLine), 3);
    QCOMPARE(int(preview.encoding), int(mc::TextEncoding::Latin1));
    QCOMPARE(preview.header.at(1), std::string("T \xc2\xb0" "C"));
    QCOMPARE(int(preview.rows.size()), 2);
    QCOMPARE(preview.rows[1][2], std::string("b;c"));

    // With a wrong delimiter the header and rows are still there, split as chosen, with the error.
    mc::ImportSettings comma;
    comma.delimiter = ',';
    const auto wrong = mc::previewText(path, comma, 10);
    QCOMPARE(int(wrong.error.code), int(ImportErrorCode::WrongDelimiter));
    QCOMPARE(int(wrong.header.size()), 1);
    QCOMPARE(int(wrong.rows.size()), 2);
}

QTEST_GUILESS_MAIN(TestImportQuality)
#include "tst_import_quality.moc"
