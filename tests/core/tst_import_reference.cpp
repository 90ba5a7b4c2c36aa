// SPDX-License-Identifier: GPL-3.0-or-later
// The raw NERRS 15-minute files of 2019, imported with the default flag rule and resampled to
// daily means, against an independent pandas computation on the same files
// (tests/data_reference/gtm2019_daily_means.py and its committed output), to 1e-9.
#include "csv_import.h"
#include "time_format.h"

#include <QFile>
#include <QObject>
#include <QString>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>

namespace {

QString dataDir()
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    return root.isEmpty() ? QString() : root + QStringLiteral("/nerrs-swmp-gtm-raw15min-2019/extracted");
}

using Key = std::tuple<std::string, std::string, mc::TimePoint>;  // station, variable, day

}  // namespace

class TestImportReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dailyMeansMatchPandas();
};

void TestImportReference::dailyMeansMatchPandas()
{
    const QString dir = dataDir();
    if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/gtmpiwq2019.csv")))
        QSKIP("MARINECAST_DATA_DIR with nerrs-swmp-gtm-raw15min-2019 is not available");
    QFile reference(QStringLiteral(MARINECAST_SOURCE_DIR "/tests/data_reference/gtm2019_daily_means.csv"));
    QVERIFY(reference.open(QIODevice::ReadOnly | QIODevice::Text));
    std::map<Key, double> expected;
    std::set<std::string> variables;
    reference.readLine();  // header
    while (!reference.atEnd()) {
        const QList<QByteArray> f = reference.readLine().trimmed().split(',');
        QCOMPARE(f.size(), 5);
        const auto day = mc::parseIsoTime(f[1].toStdString());
        QVERIFY(day);
        expected[{f[0].toStdString(), f[2].toStdString(), *day}] = f[3].toDouble();
        variables.insert(f[2].toStdString());
    }
    QCOMPARE(int(expected.size()), 14148);

    mc::ImportOptions options;  // default flag rule: only <0> accepted
    // The reference applies the flag rule alone; range checks would be a second, separate rule.
    options.settings.rangeChecks = false;
    options.settings.resample.interval = mc::ResampleInterval::Daily;
    std::vector<std::string> files;
    for (const char* name : {"gtmfmwq2019.csv", "gtmpiwq2019.csv", "gtmpcwq2019.csv", "gtmsswq2019.csv", "gtmpcmet2019.csv"})
        files.push_back(QString(dir + QLatin1Char('/') + QLatin1String(name)).toStdString());
    const auto result = mc::importCsv(files, options);
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    QCOMPARE(int(result.dataset.stations.size()), 5);
    QVERIFY(result.dataset.dateOnly);

    std::size_t matched = 0;
    double worst = 0.0;
    for (const auto& station : result.dataset.stations)
        for (const auto& [name, values] : station.variables) {
            if (!variables.count(name))
                continue;
            for (std::size_t i = 0; i < values.size(); ++i) {
                const auto it = expected.find({station.id, name, station.times[i]});
                if (std::isnan(values[i])) {
                    QVERIFY2(it == expected.end(), qPrintable(QStringLiteral("%1 %2 %3: missing here, %4 in pandas")
                                                                  .arg(QString::fromStdString(station.id), QString::fromStdString(name),
                                                                       QString::fromStdString(mc::formatTime(station.times[i], true)))
                                                                  .arg(it == expected.end() ? 0.0 : it->second)));
                    continue;
                }
                QVERIFY2(it != expected.end(), qPrintable(QStringLiteral("%1 %2 %3: a value here, none in pandas")
                                                              .arg(QString::fromStdString(station.id), QString::fromStdString(name),
                                                                   QString::fromStdString(mc::formatTime(station.times[i], true)))));
                const double diff = std::abs(values[i] - it->second) / std::max(1.0, std::abs(it->second));
                worst = std::max(worst, diff);
                QVERIFY2(diff <= 1e-9, qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(QString::fromStdString(name))
                                                      .arg(values[i], 0, 'g', 17).arg(it->second, 0, 'g', 17)));
                ++matched;
            }
        }
    QCOMPARE(matched, expected.size());
    qInfo("%zu daily means match pandas; largest relative difference %.3g", matched, worst);
}

QTEST_GUILESS_MAIN(TestImportReference)
#include "tst_import_reference.moc"
