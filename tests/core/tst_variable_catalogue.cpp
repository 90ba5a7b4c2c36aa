// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_import.h"
#include "sample_generator.h"
#include "variable_catalogue.h"

#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QString>
#include <QtTest>

#include <cmath>
#include <string>

namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

// Folder under MARINECAST_DATA_DIR, or empty when the data are not available.
QString dataDir(const char* sub)
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    return root.isEmpty() ? QString() : root + QLatin1Char('/') + QLatin1String(sub);
}

}  // namespace

class TestVariableCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void entriesComplete();
    void issueRanges_data();
    void issueRanges();
    void sampleColumnsMap();
    void rangesKeepAcceptedNerrsData();
};

void TestVariableCatalogue::match_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* column, const char* expected) {
        QTest::newRow(column) << QString::fromUtf8(column) << QString::fromUtf8(expected);
    };
    // NERRS daily statistics: only the ones that describe the variable itself.
    row("temp_mean", "water_temperature");
    row("temp_min", "water_temperature");
    row("temp_max", "water_temperature");
    row("temp_median", "water_temperature");
    row("temp_nValid", "");
    row("temp_sd", "");
    row("temp_iqr", "");
    row("doLessThan2_total", "");
    row("totprcp_total", "precipitation");
    row("totpar_total", "par");
    // Water temperature in other spellings.
    row("Temp", "water_temperature");
    row("Temperature (°C)", "water_temperature");
    row("Temperature C", "water_temperature");
    row("  Temperature   (°C)  ", "water_temperature");
    row("水温", "water_temperature");
    row("水温（℃）", "water_temperature");
    row("water_temp", "water_temperature");
    row("sst", "sea_surface_temperature");
    // Air temperature.
    row("atemp_mean", "air_temperature");
    row("ATemp", "air_temperature");
    row("气温", "air_temperature");
    row("air_temp", "air_temperature");
    // Salinity.
    row("sal_mean", "salinity");
    row("Sal", "salinity");
    row("Salinity psu", "salinity");
    row("盐度", "salinity");
    // Chlorophyll.
    row("CHLA_N", "chlorophyll_a");
    row("ChlFluor", "chlorophyll_a");
    row("Chlorophyll-a ug_L", "chlorophyll_a");
    row("chl", "chlorophyll_a");
    row("叶绿素", "chlorophyll_a");
    row("叶绿素a (µg/L)", "chlorophyll_a");
    // Dissolved oxygen: concentration or saturation, from the name or from its unit.
    row("DO_mgl", "dissolved_oxygen_mgl");
    row("do_mgl_mean", "dissolved_oxygen_mgl");
    row("Dissolved Oxygen mg_L", "dissolved_oxygen_mgl");
    row("DO_Pct", "dissolved_oxygen_pct");
    row("do_pct_median", "dissolved_oxygen_pct");
    row("Dissolved Oxygen per_saturation", "dissolved_oxygen_pct");
    row("DO (%)", "dissolved_oxygen_pct");
    row("溶解氧", "dissolved_oxygen_mgl");
    row("溶解氧饱和度", "dissolved_oxygen_pct");
    row("5-day Biochemical Oxygen Demand mg_L", "");
    // The rest of the NERRS and EPD columns.
    row("pH", "ph");
    row("ph_mean", "ph");
    row("Turb", "turbidity");
    row("Turbidity NTU", "turbidity");
    row("Depth", "depth");
    row("cDepth", "depth");
    row("cdepth_mean", "depth");
    row("Level", "water_level");
    row("SpCond", "specific_conductance");
    row("RH", "relative_humidity");
    row("BP", "air_pressure");
    row("WSpd", "wind_speed");
    row("MaxWSpd", "max_wind_speed");
    row("MaxWSpdT", "");
    row("Wdir", "wind_direction");
    row("SDWDir", "");
    row("TotPrcp", "precipitation");
    row("CumPrcp", "");
    row("TotPAR", "par");
    row("NO3F", "nitrate");
    row("NO2F", "nitrite");
    row("NO23F", "nitrite_nitrate");
    row("NH4F", "ammonium");
    row("PO4F", "phosphate");
    row("Nitrate Nitrogen mg_L", "nitrate");
    row("Nitrite Nitrogen mg_L", "nitrite");
    row("Ammonia Nitrogen mg_L", "ammonium");
    row("Unionised Ammonia mg_L", "");
    row("Orthophosphate Phosphorus mg_L", "phosphate");
    row("Silica mg_L", "silicate");
    row("Total Nitrogen mg_L", "total_nitrogen");
    row("Total Inorganic Nitrogen mg_L", "");
    row("Total Kjeldahl Nitrogen mg_L", "");
    row("Total Phosphorus mg_L", "total_phosphorus");
    row("Secchi Disc Depth M", "secchi_depth");
    row("Suspended Solids mg_L", "suspended_solids");
    row("Volatile Suspended Solids mg_L", "");
    row("Phaeo-pigments ug_L", "");
    // Not variables at all.
    row("F_Temp", "");
    row("F_CHLA_N", "");
    row("StationCode", "");
    row("isSWMP", "");
    row("Historical", "");
    row("DateTimeStamp", "");
    row("E. coli", "");
    row("E. coli cfu_100mL", "");
    row("Faecal Coliforms cfu_100mL", "");
    row("", "");
    row("   ", "");
    row("(°C)", "");
    row("mg_L", "");
}

void TestVariableCatalogue::match()
{
    QFETCH(QString, column);
    QFETCH(QString, expected);
    const std::string id = mc::matchCatalogueVariable(column.toStdString());
    QCOMPARE(text(id), expected);
    if (!id.empty())
        QVERIFY2(mc::findCatalogueVariable(id), "a match must name a catalogue variable");
}

void TestVariableCatalogue::entriesComplete()
{
    const auto& variables = mc::catalogueVariables();
    QVERIFY(variables.size() >= 23);
    QSet<QString> ids;
    for (const mc::CatalogueVariable& v : variables) {
        const QString id = text(v.id);
        QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" twice")));
        ids.insert(id);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")).match(id).hasMatch(), qPrintable(id));
        QVERIFY2(v.minValue < v.maxValue, qPrintable(id));
        QVERIFY2(std::isfinite(v.minValue) && std::isfinite(v.maxValue), qPrintable(id));
        QVERIFY2(!v.labelEn.empty() && !v.labelZh.empty(), qPrintable(id));
        QVERIFY2(v.unit.empty() == (v.id == "ph"), qPrintable(id));  // only pH is dimensionless
        // Labels are names only: the unit is shown apart and must not be repeated in them.
        const QString zh = text(v.labelZh);
        QVERIFY2(!zh.contains(QLatin1Char('(')) && !zh.contains(QChar(0xFF08)), qPrintable(id));
        bool chinese = false;
        for (QChar c : zh)
            chinese = chinese || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
        QVERIFY2(chinese || v.id == "ph", qPrintable(id + QStringLiteral(": Chinese label expected")));
        QCOMPARE(mc::findCatalogueVariable(v.id), &v);
        // A table written with ids or either language's labels reads back to the same variables.
        QCOMPARE(text(mc::matchCatalogueVariable(v.id)), id);
        QCOMPARE(text(mc::matchCatalogueVariable(v.labelEn)), id);
        QCOMPARE(text(mc::matchCatalogueVariable(v.labelZh)), id);
    }
    for (const char* id : {"air_temperature", "water_temperature", "salinity", "chlorophyll_a", "dissolved_oxygen_mgl",
                           "dissolved_oxygen_pct", "ph", "turbidity", "depth", "specific_conductance",
                           "sea_surface_temperature", "relative_humidity", "air_pressure", "wind_speed",
                           "wind_direction", "precipitation", "par", "nitrate", "nitrite", "ammonium", "phosphate",
                           "secchi_depth", "suspended_solids"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(!mc::findCatalogueVariable("temp"));
    QVERIFY(!mc::findCatalogueVariable(""));
}

void TestVariableCatalogue::issueRanges_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("labelZh");
    QTest::newRow("salinity") << "salinity" << 0.0 << 42.0 << "PSU" << QStringLiteral("盐度");
    QTest::newRow("water") << "water_temperature" << -2.0 << 40.0 << QStringLiteral("°C") << QStringLiteral("水温");
    QTest::newRow("do") << "dissolved_oxygen_mgl" << 0.0 << 20.0 << "mg/L" << QStringLiteral("溶解氧");
    QTest::newRow("do%") << "dissolved_oxygen_pct" << 0.0 << 500.0 << "%" << QStringLiteral("溶解氧饱和度");
    QTest::newRow("chl") << "chlorophyll_a" << 0.0 << 500.0 << QStringLiteral("µg/L") << QStringLiteral("叶绿素a");
    QTest::newRow("air") << "air_temperature" << -40.0 << 50.0 << QStringLiteral("°C") << QStringLiteral("气温");
    QTest::newRow("ph") << "ph" << 0.0 << 14.0 << "" << "pH";
    QTest::newRow("turbidity") << "turbidity" << -20.0 << 4000.0 << "NTU" << QStringLiteral("浊度");
    QTest::newRow("rh") << "relative_humidity" << 0.0 << 110.0 << "%" << QStringLiteral("相对湿度");
    QTest::newRow("depth") << "depth" << -10.0 << 11000.0 << "m" << QStringLiteral("水深");
}

void TestVariableCatalogue::issueRanges()
{
    QFETCH(QString, id);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(QString, unit);
    QFETCH(QString, labelZh);
    const mc::CatalogueVariable* v = mc::findCatalogueVariable(id.toStdString());
    QVERIFY(v);
    QCOMPARE(v->minValue, min);
    QCOMPARE(v->maxValue, max);
    QCOMPARE(text(v->unit), unit);
    QCOMPARE(text(v->labelZh), labelZh);
}

void TestVariableCatalogue::sampleColumnsMap()
{
    // The generated sample data must import with catalogue ids and agree with the catalogue's units.
    const mc::Dataset sample = mc::generateSampleDataset();
    QVERIFY(!sample.stations.empty());
    QSet<QString> ids;
    for (const auto& [name, values] : sample.stations.front().variables) {
        const std::string id = mc::matchCatalogueVariable(name);
        QVERIFY2(!id.empty(), name.c_str());
        ids.insert(text(id));
        QCOMPARE(text(mc::findCatalogueVariable(id)->unit), text(sample.units.at(name)));
    }
    QCOMPARE(ids.size(), int(sample.stations.front().variables.size()));  // no two columns on one id
}

void TestVariableCatalogue::rangesKeepAcceptedNerrsData()
{
    // NERRS accepted these daily values after its own QA/QC; the range check must not reject any.
    const QString dir = dataDir("nerrs-swmp-gtm-daily/daily");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        QSKIP("nerrs-swmp-gtm-daily is not in MARINECAST_DATA_DIR");
    const mc::ImportResult result = mc::importCsv({dir.toStdString()});
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    int mapped = 0;
    for (const mc::StationData& station : result.dataset.stations) {
        for (const auto& [name, values] : station.variables) {
            const std::string id = mc::matchCatalogueVariable(name);
            if (id.empty())
                continue;
            ++mapped;
            const mc::CatalogueVariable* v = mc::findCatalogueVariable(id);
            for (double x : values)
                QVERIFY2(std::isnan(x) || (x >= v->minValue && x <= v->maxValue),
                         qPrintable(QStringLiteral("%1 %2 = %3 outside %4").arg(text(station.id), text(name)).arg(x).arg(text(id))));
        }
    }
    // 4 WQ stations × 9 parameters × 4 statistics (+ level/clevel at gtmpcwq) and 7 MET parameters.
    QCOMPARE(mapped, 4 * 9 * 4 + 2 * 4 + 6 * 4 + 2);
}

QTEST_GUILESS_MAIN(TestVariableCatalogue)
#include "tst_variable_catalogue.moc"
