// SPDX-License-Identifier: GPL-3.0-or-later
// Every dataset in ../shared/data imports without editing, with the counts its SOURCE.md gives.
#include "csv_import.h"
#include "time_format.h"

#include <QDir>
#include <QObject>
#include <QString>
#include <QtTest>

#include <cmath>
#include <string>

namespace {

QString dataRoot() { return qEnvironmentVariable("MARINECAST_DATA_DIR"); }

std::string path(const char* relative) { return QString(dataRoot() + QLatin1Char('/') + QLatin1String(relative)).toStdString(); }

std::size_t rowsOf(const mc::ImportResult& r, const std::string& fileName)
{
    for (const auto& f : r.report.files)
        if (f.path.size() >= fileName.size() && f.path.compare(f.path.size() - fileName.size(), fileName.size(), fileName) == 0)
            return f.rows;
    return 0;
}

}  // namespace

class TestImportDatasets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (dataRoot().isEmpty() || !QDir(dataRoot()).exists())
            QSKIP("MARINECAST_DATA_DIR is not set or absent");
    }
    void gtmDaily();
    void gtmRaw15MinWithFlagsAndStations();
    void gtmNutrientsWithAlias();
    void hongKongMonthly();
    void oisstGrid();
};

void TestImportDatasets::gtmDaily()
{
    const auto r = mc::importCsv({path("nerrs-swmp-gtm-daily/daily")});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(int(r.dataset.stations.size()), 5);
    QCOMPARE(int(rowsOf(r, "gtmfmwq_daily.csv")), 7670);
    QCOMPARE(int(rowsOf(r, "gtmpcmet_daily.csv")), 7427);
    QCOMPARE(r.dataset.canonical.at("temp_mean"), std::string("water_temperature"));
    QCOMPARE(r.dataset.canonical.at("atemp_mean"), std::string("air_temperature"));
}

void TestImportDatasets::gtmRaw15MinWithFlagsAndStations()
{
    mc::ImportOptions options;
    options.settings.utcOffsetMinutes = -300;
    const auto r = mc::importCsv({path("nerrs-swmp-gtm-raw15min-2019/extracted")}, options);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(int(rowsOf(r, "gtmfmwq2019.csv")), 33744);
    QCOMPARE(int(rowsOf(r, "gtmpiwq2019.csv")), 33836);
    QCOMPARE(int(rowsOf(r, "gtmpcwq2019.csv")), 32560);
    QCOMPARE(int(rowsOf(r, "gtmsswq2019.csv")), 33750);
    QCOMPARE(int(rowsOf(r, "gtmpcmet2019.csv")), 35040);
    QCOMPARE(r.dataset.utcOffsetMinutes, -300);
    // sampling_stations.csv in the same folder is recognised and joined.
    const auto* pi = r.dataset.station("gtmpiwq");
    QVERIFY(pi);
    QCOMPARE(pi->latitude, 30.050857);
    QCOMPARE(pi->longitude, -81.367465);
    QCOMPARE(pi->times.front(), *mc::parseIsoTime("2019-01-01T00:00:00"));
    QCOMPARE(pi->times.back(), *mc::parseIsoTime("2019-12-19T10:45:00"));
    // ChlFluor of gtmpcwq: 16,817 values in the file; rejected ones are kept aside, not lost.
    const auto& file = r.report.files[2];
    const auto chl = std::find_if(file.variables.begin(), file.variables.end(),
                                  [](const mc::VariableImportStats& v) { return v.name == "ChlFluor"; });
    QVERIFY(chl != file.variables.end());
    QCOMPARE(int(chl->valid + chl->rejectedFlag() + chl->rejectedRange), 16817);
    // The MET file's time column is DatetimeStamp (lower-case t) and still found.
    QVERIFY(r.dataset.station("gtmpcmet")->hasVariable("ATemp"));
}

void TestImportDatasets::gtmNutrientsWithAlias()
{
    mc::ImportOptions options;
    options.settings.stationAliases["gtmpinut"] = "gtmpiwq";
    const auto r = mc::importCsv({path("nerrs-swmp-gtm-daily/nut_raw"), path("nerrs-swmp-gtm-daily/daily/gtmpiwq_daily.csv")},
                                 options);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    std::size_t rows = 0;
    std::size_t chlaNumbers = 0;
    for (const auto& f : r.report.files) {
        if (f.path.find("nut_raw") == std::string::npos)
            continue;
        rows += f.rows;
        for (const auto& v : f.variables)
            if (v.name == "CHLA_N")
                chlaNumbers += v.valid + v.rejectedFlag() + v.rejectedRange;
    }
    QCOMPARE(int(rows), 5138);
    QCOMPARE(int(chlaNumbers), 5063);
    // The Pine Island grab samples and the sonde's daily data are one station.
    QVERIFY(!r.dataset.station("gtmpinut"));
    const auto* pi = r.dataset.station("gtmpiwq");
    QVERIFY(pi && pi->hasVariable("CHLA_N") && pi->hasVariable("temp_mean"));
}

void TestImportDatasets::hongKongMonthly()
{
    mc::ImportOptions options;
    options.settings.stationsFile = path("hk-epd-marine-wq-2015-2020/MonitoringStation_Location.csv");
    options.settings.resample.interval = mc::ResampleInterval::Monthly;
    const auto r = mc::importCsv({path("hk-epd-marine-wq-2015-2020/MarineQuality_2015-2020.csv")}, options);
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(int(r.report.files.front().rows), 5862);
    QCOMPARE(int(r.dataset.stations.size()), 94);
    for (const auto& s : r.dataset.stations) {
        QVERIFY2(std::isfinite(s.latitude) && std::isfinite(s.longitude), s.id.c_str());
        QVERIFY(s.latitude > 22.1 && s.latitude < 22.6 && s.longitude > 113.8 && s.longitude < 114.5);
        // One value per station-month: consecutive bins are calendar months.
        for (std::size_t i = 1; i < s.times.size(); ++i) {
            int y0, m0, d0, y1, m1, d1;
            mc::civilFromDays(s.times[i - 1] / mc::kSecondsPerDay, y0, m0, d0);
            mc::civilFromDays(s.times[i] / mc::kSecondsPerDay, y1, m1, d1);
            QCOMPARE(d1, 1);
            QCOMPARE((y1 * 12 + m1) - (y0 * 12 + m0), 1);
        }
    }
    // N/A in Faecal Coliforms: the only missing cells (11).
    QCOMPARE(int(r.report.files.front().missingCells), 11);
    std::size_t samples = 0;
    for (const auto& s : r.report.series)
        if (s.variable == "Temperature C")
            samples += s.valid;
    QVERIFY(samples > 5000 && samples <= 5862);  // several samples in one month become one value
}

void TestImportDatasets::oisstGrid()
{
    const auto r = mc::importCsv({path("noaa-oisst-wa-2x2-daily/oisst_short.nc")});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(int(r.dataset.stations.size()), 4);
    QCOMPARE(int(r.dataset.grid.cellStations.size()), 4);
    for (const auto& s : r.dataset.stations) {
        QCOMPARE(int(s.times.size()), 14975);
        QCOMPARE(s.times.front(), *mc::parseIsoTime("1982-01-01"));
        QCOMPARE(s.times.back(), *mc::parseIsoTime("2022-12-31"));
    }
}

QTEST_GUILESS_MAIN(TestImportDatasets)
#include "tst_import_datasets.moc"
