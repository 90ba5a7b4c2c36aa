// SPDX-License-Identifier: GPL-3.0-or-later
#include "station_table.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <string>

using mc::StationTableError;
Q_DECLARE_METATYPE(mc::StationTableError)

namespace {

const double kNaN = qQNaN();

QString text(const std::string& s) { return QString::fromStdString(s); }

// A real data file under MARINECAST_DATA_DIR, or empty when it is not available.
QString dataFile(const char* relative)
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    if (root.isEmpty())
        return {};
    const QString path = root + QLatin1Char('/') + QLatin1String(relative);
    return QFileInfo::exists(path) ? path : QString();
}

// NaN-aware equality to 1e-9 degrees, printing both values on failure.
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) < 1e-9; }

QString render(const mc::StationInfo& s)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(text(s.code), text(s.name))
        .arg(s.latitude, 0, 'g', 10)
        .arg(s.longitude, 0, 'g', 10)
        .arg(s.depth, 0, 'g', 10);
}

mc::StationData stationAt(const char* id, double latitude = kNaN, double longitude = kNaN)
{
    mc::StationData s;
    s.id = id;
    s.latitude = latitude;
    s.longitude = longitude;
    return s;
}

}  // namespace

class TestStationTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void errors_data();
    void errors();
    void missingFile();
    void layouts_data();
    void layouts();
    void warnings();
    void findStation();
    void join();
    void cdmoTables_data();
    void cdmoTables();
    void hongKongTable();

private:
    std::string write(const QByteArray& content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

std::string TestStationTable::write(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("stations%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path.toStdString();
}

void TestStationTable::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<StationTableError>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << StationTableError::NoCodeOrNameColumn << 1 << 0;
    QTest::newRow("no code or name") << QByteArray("lat,lon\n1,2\n") << StationTableError::NoCodeOrNameColumn << 1 << 0;
    QTest::newRow("no longitude after comments")
        << QByteArray("# stations of 2019\n\ncode,latitude,depth\nA,1,2\n") << StationTableError::NoCoordinates << 3 << 0;
    QTest::newRow("no latitude") << QByteArray("name;lon\nA;1\n") << StationTableError::NoCoordinates << 1 << 0;
    QTest::newRow("text latitude") << QByteArray("code,lat,lon\nA,1,2\nB,abc,3\n") << StationTableError::BadNumber << 3 << 2;
    QTest::newRow("latitude 95") << QByteArray("code,lat,lon\r\nA,95,2\r\n") << StationTableError::BadNumber << 2 << 2;
    QTest::newRow("longitude -200") << QByteArray("code,lat,lon\nA,5,-200\n") << StationTableError::BadNumber << 2 << 3;
    QTest::newRow("longitude 361") << QByteArray("code,lat,lon\nA,5,361\n") << StationTableError::BadNumber << 2 << 3;
    QTest::newRow("number then text") << QByteArray("code,lat,lon\nA,5,12abc\n") << StationTableError::BadNumber << 2 << 3;
    QTest::newRow("W on a latitude") << QByteArray("code,lat,lon\nA,30 W,2\n") << StationTableError::BadNumber << 2 << 2;
    QTest::newRow("text depth") << QByteArray("code,lat,lon,depth\nA,1,2,3\nB,1,2,deep\n") << StationTableError::BadNumber << 3 << 4;
    QTest::newRow("tab separated") << QByteArray("Station\tLatitude\tLongitude\nA\t1\t2\nB\t1\tx\n")
                                   << StationTableError::BadNumber << 3 << 3;
    // Station tables are plain numbers: `22,5` is no decimal comma, even with ';'.
    QTest::newRow("decimal comma") << QByteArray("name;latitude;longitude\nDM1;22,5;114\n")
                                   << StationTableError::BadNumber << 2 << 2;
    QTest::newRow("open quote") << QByteArray("code,lat,lon\nA,1,2\n\"B,1,2\n") << StationTableError::Malformed << 3 << 1;
}

void TestStationTable::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(StationTableError, error);
    QFETCH(int, line);
    QFETCH(int, column);
    const std::string path = write(content);
    const mc::StationTableResult result = mc::readStationTable(path);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error), int(error));
    QCOMPARE(text(result.file), text(path));
    QCOMPARE(int(result.line), line);
    QCOMPARE(int(result.column), column);
    QVERIFY(!result.detail.empty());
    QVERIFY(result.stations.empty());
    const QString described = text(mc::describe(result));
    QVERIFY2(described.startsWith(text(path) + QLatin1Char(':') + QString::number(line)), qPrintable(described));
    QVERIFY(described.endsWith(text(result.detail)));
}

void TestStationTable::missingFile()
{
    const std::string path = m_dir.filePath(QStringLiteral("absent.csv")).toStdString();
    const mc::StationTableResult result = mc::readStationTable(path);
    QCOMPARE(int(result.error), int(StationTableError::FileNotFound));
    QCOMPARE(text(result.file), text(path));
    QCOMPARE(int(result.line), 0);
}

void TestStationTable::layouts_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("first");   // code|name|lat|lon|depth
    QTest::addColumn<QString>("second");
    QTest::newRow("plain") << QByteArray("code,lat,lon\nA,1.5,-2.25\nB,-3,4\n") << "A||1.5|-2.25|nan" << "B||-3|4|nan";
    QTest::newRow("padded headers, units, depth")
        << QByteArray(" Station Code ,Station Name , Latitude (deg) ,Longitude (°E), Depth (m)\n"
                      "  A1  ,  Bay  , 22.5 , 114.1 , 7\n B2 ,Reef,22.1,113.9,NA\n")
        << "A1|Bay|22.5|114.1|7" << "B2|Reef|22.1|113.9|nan";
    QTest::newRow("hemisphere in the cell")
        << QByteArray("station,latitude,longitude\nA,30.05 N,81.37 W\nB,12.5\xC2\xB0S,81.37\xC2\xB0W\n")
        << "A||30.05|-81.37|nan" << "B||-12.5|-81.37|nan";
    QTest::newRow("west longitude header") << QByteArray("id,lat,Longitude (W)\nA,30,81\nB,30,-81\n")
                                           << "A||30|-81|nan" << "B||30|-81|nan";
    QTest::newRow("longitude_w header") << QByteArray("id,lat,longitude_w\nA,30,81\nB,30,81.5 W\n")
                                        << "A||30|-81|nan" << "B||30|-81.5|nan";
    // The CDMO layout: Latin-1 degree signs in a text column that names the hemispheres.
    QTest::newRow("CDMO lat long text")
        << QByteArray("Row,NERR Site ID ,Station Code,Station Name,Lat Long,Latitude , Longitude, Status\r\n"
                      "1,gtm   ,gtmpiwq  ,Pine Island   ,30\xB0 3' 2.88 N - 81\xB0 22' 3.00 W,30.050857,81.367465,Active\r\n"
                      "2,xyz   ,xyzeast  ,Far East   ,10\xB0 0' 0 S - 120\xB0 0' 0 E,10.5,120.25,Active\r\n")
        << "gtmpiwq|Pine Island|30.050857|-81.367465|nan" << "xyzeast|Far East|-10.5|120.25|nan";
    QTest::newRow("0-360 longitude") << QByteArray("code,lat,lon\nA,0,240\nB,0,180\n") << "A||0|-120|nan"
                                     << "B||0|180|nan";
    QTest::newRow("name only, semicolons, BOM")
        << QByteArray("\xEF\xBB\xBFname;latitude;longitude\nDM1;22.5;114\nDM2;;\n") << "|DM1|22.5|114|nan"
        << "|DM2|nan|nan|nan";
    QTest::newRow("chinese headers")
        << QByteArray("站号,站名,纬度,经度,水深\nS1,大鹏湾,22.5,114.4,12\nS2,后海湾,22.48,113.95,3\n")
        << QString::fromUtf8("S1|大鹏湾|22.5|114.4|12") << QString::fromUtf8("S2|后海湾|22.48|113.95|3");
}

void TestStationTable::layouts()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const mc::StationTableResult result = mc::parseStationTable(content.toStdString(), "inline.csv");
    QVERIFY2(result.ok(), mc::describe(result).c_str());
    QCOMPARE(result.stations.size(), std::size_t(2));
    QCOMPARE(render(result.stations[0]), first);
    QCOMPARE(render(result.stations[1]), second);
}

void TestStationTable::warnings()
{
    const QByteArray content("code,name,lat,lon,Lat Long\n"
                             "A,Alpha,1,2,\n"
                             ",,,,\n"
                             ",,5,6,\n"
                             "a,Again,7,8,\n"
                             "E,East,1,-2,1 N - 2 E\n");
    const mc::StationTableResult result = mc::parseStationTable(content.toStdString(), "w.csv");
    QVERIFY2(result.ok(), mc::describe(result).c_str());
    QCOMPARE(result.stations.size(), std::size_t(2));
    QCOMPARE(render(result.stations[0]), QStringLiteral("A|Alpha|1|2|nan"));
    QCOMPARE(render(result.stations[1]), QStringLiteral("E|East|1|-2|nan"));  // the number wins, with a warning
    QCOMPARE(result.warnings.size(), std::size_t(3));  // the blank row is no warning
    QVERIFY(text(result.warnings[0]).startsWith(QStringLiteral("line 4:")));
    QVERIFY(text(result.warnings[1]).startsWith(QStringLiteral("line 5:")));
    QVERIFY(text(result.warnings[1]).contains(QStringLiteral("repeats")));
    QVERIFY(text(result.warnings[2]).startsWith(QStringLiteral("line 6:")));
}

void TestStationTable::findStation()
{
    const std::vector<mc::StationInfo> table = {{"gtmpcwq", "Pellicer Creek", 29.667071, -81.257403, kNaN},
                                                {"gtmpcmet", "Pellicer Creek", 29.657702, -81.232743, kNaN},
                                                {"1", "DM1", 22.49, 114.0, kNaN},
                                                {"DM1x", "Other", 1, 2, kNaN}};
    QCOMPARE(mc::findStation(table, "gtmpcwq"), &table[0]);
    QCOMPARE(mc::findStation(table, "  GTMPCMET "), &table[1]);
    QCOMPARE(mc::findStation(table, "dm1"), &table[2]);  // by name
    QCOMPARE(mc::findStation(table, "1"), &table[2]);    // by code
    QCOMPARE(mc::findStation(table, "Pellicer Creek"), nullptr);  // two stations share that name
    QCOMPARE(mc::findStation(table, "gtmpc"), nullptr);
    QCOMPARE(mc::findStation(table, ""), nullptr);
    QCOMPARE(mc::findStation({}, "x"), nullptr);
}

void TestStationTable::join()
{
    const std::vector<mc::StationInfo> table = {{"gtmpiwq", "Pine Island", 30.05, -81.36, kNaN},
                                                {"7", "DM1", 22.49, 114.0, 12.0},
                                                {"gtmfmwq", "Fort Matanzas", kNaN, kNaN, 3.0},
                                                {"gtmsswq", "", 29.8, -81.3, kNaN}};
    mc::Dataset dataset;
    dataset.stations = {stationAt("gtmpiwq"),  stationAt("DM1"),          stationAt("gtmpinut"),
                        stationAt("SS"),       stationAt("gtmfmwq", 1, 2), stationAt("nowhere"),
                        stationAt("elsewhere", 5, 6)};
    dataset.stations[3].name = "kept";
    const std::map<std::string, std::string> aliases = {{"gtmpinut", "gtmpiwq"}, {"gtmsswq", "SS"}};
    const std::vector<std::string> missing = mc::joinStationTable(dataset, table, aliases);
    QCOMPARE(missing, (std::vector<std::string>{"nowhere"}));

    const auto& s = dataset.stations;
    QCOMPARE(render({s[0].id, s[0].name, s[0].latitude, s[0].longitude, s[0].depth}),
             QStringLiteral("gtmpiwq|Pine Island|30.05|-81.36|nan"));  // by code
    QCOMPARE(render({s[1].id, s[1].name, s[1].latitude, s[1].longitude, s[1].depth}),
             QStringLiteral("DM1|DM1|22.49|114|12"));  // by name
    QCOMPARE(render({s[2].id, s[2].name, s[2].latitude, s[2].longitude, s[2].depth}),
             QStringLiteral("gtmpinut|Pine Island|30.05|-81.36|nan"));  // alias → table code
    QCOMPARE(render({s[3].id, s[3].name, s[3].latitude, s[3].longitude, s[3].depth}),
             QStringLiteral("SS|kept|29.8|-81.3|nan"));  // table code is the alias; empty name erases nothing
    QCOMPARE(render({s[4].id, s[4].name, s[4].latitude, s[4].longitude, s[4].depth}),
             QStringLiteral("gtmfmwq|Fort Matanzas|1|2|3"));  // NaN in the table erases nothing
    QVERIFY(std::isnan(s[5].latitude));
    QCOMPARE(s[6].latitude, 5.0);  // not in the table, but has coordinates of its own
    QVERIFY(same(s[6].longitude, 6.0));
}

void TestStationTable::cdmoTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("stations");
    QTest::newRow("daily") << QStringLiteral("nerrs-swmp-gtm-daily/sampling_stations.csv") << 367;
    QTest::newRow("raw15min") << QStringLiteral("nerrs-swmp-gtm-raw15min-2019/extracted/sampling_stations.csv") << 349;
}

void TestStationTable::cdmoTables()
{
    QFETCH(QString, file);
    QFETCH(int, stations);
    const QString path = dataFile(file.toLatin1().constData());
    if (path.isEmpty())
        QSKIP("the CDMO station table is not in MARINECAST_DATA_DIR");
    const mc::StationTableResult result = mc::readStationTable(path.toStdString());
    QVERIFY2(result.ok(), mc::describe(result).c_str());
    QCOMPARE(int(result.stations.size()), stations);
    QVERIFY(result.warnings.empty());
    // Every NERRS site is in the western hemisphere: all longitudes negated from the file's.
    for (const mc::StationInfo& s : result.stations) {
        QVERIFY2(s.longitude < 0 && s.longitude > -180, qPrintable(render(s)));
        QVERIFY2(s.latitude > 13 && s.latitude < 62, qPrintable(render(s)));
    }
    // As listed in nerrs-swmp-gtm-daily/SOURCE.md.
    const std::pair<const char*, const char*> expected[] = {
        {"gtmpiwq", "gtmpiwq|Pine Island|30.050857|-81.367465|nan"},
        {"gtmsswq", "gtmsswq|San Sebastian|29.868851|-81.307428|nan"},
        {"gtmfmwq", "gtmfmwq|Fort Matanzas|29.737041|-81.245953|nan"},
        {"gtmpcwq", "gtmpcwq|Pellicer Creek|29.667071|-81.257403|nan"},
        {"gtmpcmet", "gtmpcmet|Pellicer Creek|29.657702|-81.232743|nan"},
        {"GTMPINUT ", "gtmpinut|Pine Island|30.050857|-81.367465|nan"}};
    for (const auto& [code, line] : expected) {
        const mc::StationInfo* s = mc::findStation(result.stations, code);
        QVERIFY2(s, code);
        QCOMPARE(render(*s), QLatin1String(line));
    }
}

void TestStationTable::hongKongTable()
{
    const QString path = dataFile("hk-epd-marine-wq-2015-2020/MonitoringStation_Location.csv");
    if (path.isEmpty())
        QSKIP("the Hong Kong EPD station table is not in MARINECAST_DATA_DIR");
    const mc::StationTableResult result = mc::readStationTable(path.toStdString());
    QVERIFY2(result.ok(), mc::describe(result).c_str());
    QCOMPARE(result.stations.size(), std::size_t(94));
    QVERIFY(result.warnings.empty());
    for (const mc::StationInfo& s : result.stations) {
        QVERIFY2(s.longitude >= 113.87 && s.longitude <= 114.44, qPrintable(render(s)));
        QVERIFY2(s.latitude >= 22.15 && s.latitude <= 22.56, qPrintable(render(s)));
        QVERIFY(std::isnan(s.depth));
    }
    // The data file names stations like `DM1`: that is the table's Name, its Id is a row number.
    mc::Dataset dataset;
    dataset.stations = {stationAt("DM1"), stationAt("VM5"), stationAt("XX9")};
    const std::vector<std::string> missing = mc::joinStationTable(dataset, result.stations);
    QCOMPARE(missing, (std::vector<std::string>{"XX9"}));
    QCOMPARE(render({"", dataset.stations[0].name, dataset.stations[0].latitude, dataset.stations[0].longitude, kNaN}),
             QStringLiteral("|DM1|22.49556271|114.0082734|nan"));
    QCOMPARE(mc::findStation(result.stations, "1")->name, std::string("DM1"));
    QVERIFY(dataset.stations[1].latitude > 22.0);
}

QTEST_GUILESS_MAIN(TestStationTable)
#include "tst_station_table.moc"
