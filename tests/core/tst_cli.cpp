// SPDX-License-Identifier: GPL-3.0-or-later
// marinecast-cli end to end: real processes, real files, exit codes.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(qEnvironmentVariable("MARINECAST_CLI"), args);
    p.waitForFinished(540000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString sample() { return qEnvironmentVariable("MARINECAST_SOURCE_DIR") + QStringLiteral("/resources/sample/marinecast_sample_synthetic.csv"); }

QString gtm(const QString& file)
{
    return qEnvironmentVariable("MARINECAST_DATA_DIR") + QStringLiteral("/nerrs-swmp-gtm-daily/daily/") + file;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help();
    void exitCodes_data();
    void exitCodes();
    void sampleRunWritesEverything();
    void realStationReferenceCase();
    void covariateFromWeatherStation();
    void attentionModelOnRealStation_data();
    void attentionModelOnRealStation();
    void multiNodeModelsOnRealData_data();
    void multiNodeModelsOnRealData();
    void compareTwoConfigurations();
    void forecastWithSavedModel();
    void forecastRefusesBadInput();
    void compareAllVariablesReportsSparse();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("MARINECAST_CLI")), "MARINECAST_CLI must name the built marinecast-cli");
}

void TestCli::help()
{
    const auto top = cli({QStringLiteral("--help")});
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains(QStringLiteral("train")));
    const auto train = cli({QStringLiteral("train"), QStringLiteral("--help")});
    QCOMPARE(train.code, 0);
    for (const char* flag : {"--hidden", "--batch", "--predict-change", "--early-stop", "--device", "--inputs", "--config"})
        QVERIFY2(train.out.contains(QLatin1String(flag)), flag);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("--out=%1").arg(QDir::tempPath() + QStringLiteral("/mc-cli-never-written"));
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << 2 << QStringLiteral("fly");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--target"), QStringLiteral("water_temp"), out, QStringLiteral("--bogus")} << 2 << QStringLiteral("--bogus");
    QTest::newRow("missing file") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("/nonexistent/x.csv"), QStringLiteral("--target"), QStringLiteral("t"), out} << 3 << QStringLiteral("/nonexistent/x.csv");
    QTest::newRow("station required") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--target"), QStringLiteral("water_temp"), out} << 3 << QStringLiteral("station1, station2, station3");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--station"), QStringLiteral("station1"), QStringLiteral("--target"), QStringLiteral("nitrate"), out} << 3 << QStringLiteral("nitrate");
    if (cli({QStringLiteral("--version")}).out.contains(QStringLiteral("CUDA: none")))
        QTest::newRow("training failure: no CUDA") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--station"), QStringLiteral("station1"), QStringLiteral("--target"), QStringLiteral("water_temp"), QStringLiteral("--device"), QStringLiteral("cuda"), QStringLiteral("--epochs"), QStringLiteral("1"), out} << 4 << QStringLiteral("CUDA");
    QTest::newRow("empty range") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--station"), QStringLiteral("station1"), QStringLiteral("--target"), QStringLiteral("water_temp"), QStringLiteral("--test-range"), QStringLiteral("2030-01-01/2030-12-31"), out} << 3 << QStringLiteral("test range");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const auto r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);  // one line on stderr
}

void TestCli::sampleRunWritesEverything()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("run"));
    const auto r = cli({QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--station"),
                        QStringLiteral("station1"), QStringLiteral("--target"), QStringLiteral("water_temp"),
                        QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
                        QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("epoch 2/2")));
    const auto metrics = readJson(out + QStringLiteral("/metrics.json"));
    QCOMPARE(metrics[QStringLiteral("epochs_run")].toInt(), 2);
    QVERIFY(metrics[QStringLiteral("n_test_windows")].toInt() > 250);
    for (const char* key : {"rmse", "mae", "mape", "r2", "nse", "bias", "per_horizon"})
        QVERIFY2(metrics[QStringLiteral("model")].toObject().contains(QLatin1String(key)), key);
    QCOMPARE(metrics[QStringLiteral("model")].toObject()[QStringLiteral("per_horizon")].toArray().size(), 3);
    QVERIFY(metrics[QStringLiteral("baselines")].toObject().contains(QStringLiteral("climatology")));
    QCOMPARE(metrics[QStringLiteral("skill_per_horizon")].toArray().size(), 3);
    QCOMPARE(metrics[QStringLiteral("device")].toString(), QStringLiteral("cpu"));
    QVERIFY(metrics[QStringLiteral("per_station")].toObject().contains(QStringLiteral("station1")));

    const auto forecast = readLines(out + QStringLiteral("/forecast.csv"));
    QCOMPARE(forecast.first(), QStringLiteral("time,station,variable,horizon,observed,predicted,persistence,climatology"));
    QCOMPARE(forecast.size() - 1, metrics[QStringLiteral("n_test_windows")].toInt() * 3);
    QVERIFY(forecast[1].startsWith(QStringLiteral("2018-01-01,station1,water_temp,1,")));
    const auto loss = readLines(out + QStringLiteral("/loss.csv"));
    QCOMPARE(loss.size(), 3);
    QCOMPARE(loss.first(), QStringLiteral("epoch,train_loss,val_loss"));

    const auto run = readJson(out + QStringLiteral("/run.json"));
    const auto files = run[QStringLiteral("data_files")].toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].toObject()[QStringLiteral("sha256")].toString().size(), 64);
    QVERIFY(!run[QStringLiteral("versions")].toObject()[QStringLiteral("libtorch")].toString().isEmpty());
    QVERIFY(QFile::exists(out + QStringLiteral("/model.mcmodel")));

    const QImage chart(out + QStringLiteral("/chart.png"));
    QVERIFY(!chart.isNull());
    QCOMPARE(chart.size(), QSize(1200, 600));
    QVERIFY(!QDir(out + QStringLiteral("/charts")).exists());  // per-node charts are for multi-node runs

    // The real forecast: the horizon steps after the last observation, observed empty.
    const auto ahead = readLines(out + QStringLiteral("/forecast_ahead.csv"));
    QCOMPARE(ahead.size(), 4);
    QCOMPARE(ahead.first(), forecast.first());
    QVERIFY2(ahead[1].startsWith(QStringLiteral("2019-01-01,station1,water_temp,1,,")), qPrintable(ahead[1]));

    // run.json repeats the run exactly: the same forecasts and the same metrics.
    const QString again = dir.filePath(QStringLiteral("again"));
    const auto r2 = cli({QStringLiteral("train"), QStringLiteral("--config"), out + QStringLiteral("/run.json"),
                         QStringLiteral("--out"), again});
    QVERIFY2(r2.code == 0, qPrintable(r2.err));
    QCOMPARE(readLines(again + QStringLiteral("/forecast.csv")), forecast);
    QCOMPARE(readLines(again + QStringLiteral("/forecast_ahead.csv")), ahead);
    auto repeated = readJson(again + QStringLiteral("/metrics.json"));
    auto original = metrics;
    for (const char* timing : {"train_seconds", "seconds_per_epoch"}) {
        repeated.remove(QLatin1String(timing));
        original.remove(QLatin1String(timing));
    }
    QCOMPARE(repeated, original);
}

void TestCli::realStationReferenceCase()
{
    if (!QFile::exists(gtm(QStringLiteral("gtmpiwq_daily.csv"))))
        QSKIP("real data not present (MARINECAST_DATA_DIR)");
    QTemporaryDir dir;
    const auto r = cli({QStringLiteral("train"), QStringLiteral("--data"), gtm(QStringLiteral("gtmpiwq_daily.csv")),
                        QStringLiteral("--target"), QStringLiteral("temp_mean"), QStringLiteral("--epochs"),
                        QStringLiteral("3"), QStringLiteral("--out"), dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto m = readJson(dir.filePath(QStringLiteral("metrics.json")));
    const int test = m[QStringLiteral("n_test_windows")].toInt();
    QVERIFY2(test > 280 && test < 365, qPrintable(QString::number(test)));
    const double persistence = m[QStringLiteral("baselines")].toObject()[QStringLiteral("persistence")].toObject()[QStringLiteral("rmse")].toDouble();
    QVERIFY2(persistence > 0.9 && persistence < 1.3, qPrintable(QString::number(persistence)));
}

void TestCli::covariateFromWeatherStation()
{
    if (!QFile::exists(gtm(QStringLiteral("gtmpcmet_daily.csv"))))
        QSKIP("real data not present (MARINECAST_DATA_DIR)");
    QTemporaryDir dir;
    const auto r = cli({QStringLiteral("train"), QStringLiteral("--data"), gtm(QStringLiteral("gtmpcwq_daily.csv")),
                        gtm(QStringLiteral("gtmpcmet_daily.csv")), QStringLiteral("--station"), QStringLiteral("gtmpcwq"),
                        QStringLiteral("--target"), QStringLiteral("temp_mean"), QStringLiteral("--inputs"),
                        QStringLiteral("gtmpcmet:atemp_mean"), QStringLiteral("--epochs"), QStringLiteral("2"),
                        QStringLiteral("--out"), dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto run = readJson(dir.filePath(QStringLiteral("run.json")));
    QCOMPARE(run[QStringLiteral("config")].toObject()[QStringLiteral("inputs")].toArray().first().toString(),
             QStringLiteral("gtmpcmet:atemp_mean"));
    QCOMPARE(run[QStringLiteral("data_files")].toArray().size(), 2);
}

void TestCli::attentionModelOnRealStation_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("sasa") << QStringLiteral("sasa");
    QTest::newRow("local relation") << QStringLiteral("local-relation");
}

void TestCli::attentionModelOnRealStation()
{
    QFETCH(QString, variant);
    if (!QFile::exists(gtm(QStringLiteral("gtmpiwq_daily.csv"))))
        QSKIP("real data not present (MARINECAST_DATA_DIR)");
    QTemporaryDir dir;
    // The whole daily folder, the station picked by id.
    const auto r = cli({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("attention"),
                        QStringLiteral("--data"), gtm(QString()), QStringLiteral("--station"), QStringLiteral("gtmpiwq"),
                        QStringLiteral("--target"), QStringLiteral("temp_mean"), QStringLiteral("--attention-variant"),
                        variant, QStringLiteral("--attention-window"), QStringLiteral("5"), QStringLiteral("--heads"),
                        QStringLiteral("2"), QStringLiteral("--attention-layers"), QStringLiteral("2"),
                        QStringLiteral("--embedding-dim"), QStringLiteral("16"), QStringLiteral("--epochs"),
                        QStringLiteral("3"), QStringLiteral("--out"), dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto config = readJson(dir.filePath(QStringLiteral("run.json")))[QStringLiteral("config")].toObject();
    QCOMPARE(config[QStringLiteral("model")].toString(), QStringLiteral("attention"));
    const auto params = config[QStringLiteral("params")].toObject();
    QCOMPARE(params[QStringLiteral("attention-variant")].toString(), variant);
    QCOMPARE(params[QStringLiteral("embedding-dim")].toInt(), 16);
    const auto m = readJson(dir.filePath(QStringLiteral("metrics.json")));
    const int test = m[QStringLiteral("n_test_windows")].toInt();
    QVERIFY2(test > 280 && test < 365, qPrintable(QString::number(test)));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("forecast.csv"))));

    // heads must divide embedding-dim: refused before training, with the reason.
    QTemporaryDir bad;
    const auto r2 = cli({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("attention"),
                         QStringLiteral("--data"), gtm(QStringLiteral("gtmpiwq_daily.csv")), QStringLiteral("--target"),
                         QStringLiteral("temp_mean"), QStringLiteral("--heads"), QStringLiteral("3"),
                         QStringLiteral("--out"), bad.path()});
    QVERIFY(r2.code != 0);
    QVERIFY2(r2.err.contains(QStringLiteral("embedding-dim")), qPrintable(r2.err));
}

void TestCli::multiNodeModelsOnRealData_data()
{
    const QString data = qEnvironmentVariable("MARINECAST_DATA_DIR");
    const QString oisst = data + QStringLiteral("/noaa-oisst-wa-2x2-daily/oisst_short.nc");
    const QString stations = data + QStringLiteral("/nerrs-swmp-gtm-daily/sampling_stations.csv");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("testWindows");
    QTest::addColumn<QString>("warning");
    const QStringList oisstRun{QStringLiteral("--data"), oisst, QStringLiteral("--target"), QStringLiteral("oisst_short"),
                               QStringLiteral("--train-range"), QStringLiteral("2015-01-01:2019-12-31"),
                               QStringLiteral("--test-range"), QStringLiteral("2020-01-01:2020-12-31")};
    // The issue's acceptance commands: 2020 is a leap year, so 366 origins less the horizon's tail per cell.
    QTest::newRow("convlstm on the OISST grid")
        << (QStringList{QStringLiteral("--model"), QStringLiteral("convlstm")} + oisstRun) << QStringLiteral("grid") << 4
        << 4 * 366 << QString();
    QTest::newRow("attention on the OISST grid")
        << (QStringList{QStringLiteral("--model"), QStringLiteral("attention"), QStringLiteral("--embedding-dim"),
                        QStringLiteral("8"), QStringLiteral("--heads"), QStringLiteral("2")} + oisstRun)
        << QStringLiteral("grid") << 4 << 4 * 366 << QString();
    QTest::newRow("convlstm on GTM station frames")
        << QStringList{QStringLiteral("--model"), QStringLiteral("convlstm"), QStringLiteral("--data"), gtm(QString()),
                       QStringLiteral("--target"), QStringLiteral("temp_mean")}
        << QStringLiteral("stations") << 4 << -1 << QStringLiteral("gtmpcmet");
    QTest::newRow("gnn on the GTM stations")
        << QStringList{QStringLiteral("--model"), QStringLiteral("gnn"), QStringLiteral("--data"), gtm(QString()),
                       QStringLiteral("--stations"), stations, QStringLiteral("--target"), QStringLiteral("temp_mean")}
        << QStringLiteral("stations") << 4 << -1 << QStringLiteral("gtmpcmet");
}

void TestCli::multiNodeModelsOnRealData()
{
    QFETCH(QStringList, args);
    QFETCH(QString, layout);
    QFETCH(int, nodes);
    QFETCH(int, testWindows);
    QFETCH(QString, warning);
    if (!QFile::exists(gtm(QStringLiteral("gtmpiwq_daily.csv"))))
        QSKIP("real data not present (MARINECAST_DATA_DIR)");
    QTemporaryDir dir;
    const auto r = cli(QStringList{QStringLiteral("train")} + args
                       + QStringList{QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--out"), dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    if (!warning.isEmpty())
        QVERIFY2(QString(r.out + r.err).contains(warning), qPrintable(QString(r.out + r.err)));
    // The same output files as a one-station LSTM run.
    for (const char* f : {"metrics.json", "forecast.csv", "forecast_ahead.csv", "loss.csv", "run.json", "model.mcmodel", "chart.png"})
        QVERIFY2(QFile::exists(dir.filePath(QLatin1String(f))), f);
    const auto m = readJson(dir.filePath(QStringLiteral("metrics.json")));
    QCOMPARE(m[QStringLiteral("layout")].toString(), layout);
    QCOMPARE(m[QStringLiteral("nodes")].toArray().size(), nodes);
    QCOMPARE(m[QStringLiteral("per_station")].toObject().size(), nodes);
    if (testWindows > 0)
        QCOMPARE(m[QStringLiteral("n_test_windows")].toInt(), testWindows);
    // Every node appears in forecast.csv's station column.
    QFile csv(dir.filePath(QStringLiteral("forecast.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    csv.readLine();
    QSet<QString> seen;
    while (!csv.atEnd())
        seen.insert(QString::fromUtf8(csv.readLine()).section(QLatin1Char(','), 1, 1));
    QCOMPARE(int(seen.size()), nodes);
    // chart.png shows one node; charts/ holds one chart per node, named after its id.
    const QDir charts(dir.filePath(QStringLiteral("charts")));
    const QStringList pngs = charts.entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(int(pngs.size()), nodes);
    for (const auto& node : m[QStringLiteral("nodes")].toArray()) {
        const QString id = node.toString();
        if (id.contains(QRegularExpression(QStringLiteral("[<>:\"/\\\\|?* ]"))))
            continue;  // made file-name safe: the count above covers it
        QVERIFY2(pngs.contains(id + QStringLiteral(".png")), qPrintable(id + QStringLiteral(" in ") + pngs.join(u' ')));
    }
    for (const auto& png : pngs)
        QVERIFY2(QImage(charts.filePath(png)).width() > 100, qPrintable(png));
    // The forecast ahead: the horizon (3 steps by default) for every node, station = the node.
    const auto ahead = readLines(dir.filePath(QStringLiteral("forecast_ahead.csv")));
    QCOMPARE(ahead.first(), QStringLiteral("time,station,variable,horizon,observed,predicted,persistence,climatology"));
    QCOMPARE(ahead.size() - 1, 3 * nodes);
    QSet<QString> aheadNodes;
    for (int i = 1; i < ahead.size(); ++i)
        aheadNodes.insert(ahead[i].section(QLatin1Char(','), 1, 1));
    QCOMPARE(aheadNodes, seen);
    if (layout != QStringLiteral("grid") || !args.contains(QStringLiteral("convlstm")))
        return;
    // The saved grid model forecasts the same file again, every cell, ahead as well.
    const QString again = dir.filePath(QStringLiteral("again"));
    const auto f = cli({QStringLiteral("forecast"), QStringLiteral("--bundle"), dir.filePath(QStringLiteral("model.mcmodel")),
                        QStringLiteral("--data"), args[args.indexOf(QStringLiteral("--data")) + 1], QStringLiteral("--out"), again});
    QVERIFY2(f.code == 0, qPrintable(f.err));
    QCOMPARE(readLines(again + QStringLiteral("/forecast_ahead.csv")), ahead);
    QCOMPARE(readJson(again + QStringLiteral("/metrics.json"))[QStringLiteral("per_station")].toObject().size(), nodes);
    QVERIFY(QFile::exists(again + QStringLiteral("/forecast.json")));
}

void TestCli::compareTwoConfigurations()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("small.json"));
    QFile f(original);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"model": "lstm", "params": {"hidden": 5, "batch": 100, "stateful": true, "output-activation": "none"}})");
    f.close();
    const QString out = dir.filePath(QStringLiteral("cmp"));
    const auto r = cli({QStringLiteral("compare"), QStringLiteral("--data"), sample(), QStringLiteral("--station"),
                        QStringLiteral("station2"), QStringLiteral("--target"), QStringLiteral("salinity"),
                        QStringLiteral("--preset"), QStringLiteral("current"), QStringLiteral("--config"), original,
                        QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
                        QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto csv = readLines(out + QStringLiteral("/comparison.csv"));
    QCOMPARE(csv.first(), QStringLiteral("item,current,small,persistence,climatology"));
    QVERIFY(csv.contains(QStringLiteral("hidden,32,5,,")));
    QVERIFY(csv.contains(QStringLiteral("batch,128,100,,")));
    QVERIFY(csv.contains(QStringLiteral("stateful,false,true,,")));
    QVERIFY(!csv.filter(QRegularExpression(QStringLiteral("^rmse,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+$"))).isEmpty());
    const auto json = readJson(out + QStringLiteral("/comparison.json"));
    const auto configs = json[QStringLiteral("configurations")].toArray();
    QCOMPARE(configs.size(), 2);
    QCOMPARE(configs[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("small"));
    // Identical test windows: the same count in both metrics.
    QCOMPARE(configs[0].toObject()[QStringLiteral("metrics")].toObject()[QStringLiteral("n_test_windows")].toInt(),
             configs[1].toObject()[QStringLiteral("metrics")].toObject()[QStringLiteral("n_test_windows")].toInt());
    QVERIFY(!QImage(out + QStringLiteral("/overlay.png")).isNull());
    QVERIFY(QFile::exists(out + QStringLiteral("/current/forecast.csv")));
    QVERIFY(QFile::exists(out + QStringLiteral("/small/model.mcmodel")));

    const auto one = cli({QStringLiteral("compare"), QStringLiteral("--data"), sample(), QStringLiteral("--target"),
                          QStringLiteral("salinity"), QStringLiteral("--preset"), QStringLiteral("current"), QStringLiteral("--out"), out});
    QCOMPARE(one.code, 2);
}

void TestCli::compareAllVariablesReportsSparse()
{
    // Daily temperature, and chlorophyll sampled once a month as NERRS grab samples are.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("site.csv"));
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("station,date,temp,chl\n");
    QDate d(2013, 1, 1);
    for (int i = 0; d <= QDate(2018, 12, 31); ++i, d = d.addDays(1)) {
        const double temp = 20 + 5 * std::sin(i * 2 * M_PI / 365.0);
        const QString chl = d.day() == 15 ? QString::number(3 + std::sin(i / 30.0)) : QString();
        f.write(QStringLiteral("s1,%1,%2,%3\n").arg(d.toString(Qt::ISODate)).arg(temp).arg(chl).toUtf8());
    }
    f.close();
    const QString out = dir.filePath(QStringLiteral("all"));
    const auto r = cli({QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--all-variables"),
                        QStringLiteral("--preset"), QStringLiteral("current"), QStringLiteral("--config"),
                        QStringLiteral("%1/current/run.json").arg(out), QStringLiteral("--epochs"), QStringLiteral("1"),
                        QStringLiteral("--out"), out});
    // The --config file does not exist yet: a usage error, named.
    QCOMPARE(r.code, 2);
    const QString small = dir.filePath(QStringLiteral("small.json"));
    QFile c(small);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(R"({"params": {"hidden": 4}})");
    c.close();
    const auto ok = cli({QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--all-variables"),
                         QStringLiteral("--preset"), QStringLiteral("current"), QStringLiteral("--config"), small,
                         QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    const auto summary = readLines(out + QStringLiteral("/summary.csv"));
    QCOMPARE(summary.size(), 3);
    QVERIFY2(summary[1].startsWith(QStringLiteral("chl,skipped,")) && summary[1].contains(QStringLiteral("monthly")),
             qPrintable(summary[1]));
    QVERIFY(summary[2].startsWith(QStringLiteral("temp,ok,")));
    QVERIFY(QFile::exists(out + QStringLiteral("/temp/overlay.png")));
}

void TestCli::forecastWithSavedModel()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("A"));
    const QString b = dir.filePath(QStringLiteral("B"));
    const auto trained = cli({QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--station"),
                              QStringLiteral("station2"), QStringLiteral("--target"), QStringLiteral("water_temp"),
                              QStringLiteral("--inputs"), QStringLiteral("air_temp"), QStringLiteral("--predict-change"),
                              QStringLiteral("--output-activation"), QStringLiteral("none"), QStringLiteral("--hidden"),
                              QStringLiteral("8"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"),
                              QStringLiteral("1"), QStringLiteral("--out"), a});
    QVERIFY2(trained.code == 0, qPrintable(trained.err));
    const auto r = cli({QStringLiteral("forecast"), QStringLiteral("--bundle"), a + QStringLiteral("/model.mcmodel"),
                        QStringLiteral("--data"), sample(), QStringLiteral("--out"), b});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Acceptance: the same predictions for the same windows, within 1e-6 relative.
    const auto rows = [](const QStringList& lines) {
        QMap<QString, double> out;  // "time,station,variable,horizon" -> predicted
        for (const auto& line : lines.mid(1)) {
            const auto c = line.split(QLatin1Char(','));
            out.insert(QStringList(c.mid(0, 4)).join(QLatin1Char(',')), c[5].toDouble());
        }
        return out;
    };
    const auto trainLines = readLines(a + QStringLiteral("/forecast.csv"));
    const auto forecastLines = readLines(b + QStringLiteral("/forecast.csv"));
    QCOMPARE(forecastLines.first(), trainLines.first());
    const auto want = rows(trainLines);
    const auto got = rows(forecastLines);
    QVERIFY(got.size() > want.size() * 4);  // every complete window of 2013-2018, not only the test year
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
        const double g = got.value(it.key());
        QVERIFY2(std::abs(g - it.value()) <= 1e-6 * std::max(1.0, std::abs(it.value())),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(g, 0, 'g', 17).arg(it.value(), 0, 'g', 17)));
    }
    const auto aheadA = rows(readLines(a + QStringLiteral("/forecast_ahead.csv")));
    const auto aheadB = rows(readLines(b + QStringLiteral("/forecast_ahead.csv")));
    QCOMPARE(aheadB.keys(), aheadA.keys());
    for (auto it = aheadA.cbegin(); it != aheadA.cend(); ++it)
        QVERIFY(std::abs(aheadB.value(it.key()) - it.value()) <= 1e-6 * std::max(1.0, std::abs(it.value())));

    const auto metrics = readJson(b + QStringLiteral("/metrics.json"));
    QVERIFY(metrics[QStringLiteral("model")].toObject()[QStringLiteral("rmse")].toDouble() > 0);
    QVERIFY(!metrics.contains(QStringLiteral("epochs_run")));
    const auto provenance = readJson(b + QStringLiteral("/forecast.json"));
    QCOMPARE(provenance[QStringLiteral("bundle")].toObject()[QStringLiteral("format_version")].toInt(), 1);
    QCOMPARE(provenance[QStringLiteral("station")].toString(), QStringLiteral("station2"));
    const QImage chart(b + QStringLiteral("/chart.png"));
    QVERIFY(!chart.isNull());

    // --from keeps the windows from that date on.
    const QString c = dir.filePath(QStringLiteral("C"));
    const auto from = cli({QStringLiteral("forecast"), QStringLiteral("--bundle"), a + QStringLiteral("/model.mcmodel"),
                           QStringLiteral("--data"), sample(), QStringLiteral("--from"), QStringLiteral("2018-12-01"),
                           QStringLiteral("--out"), c});
    QVERIFY2(from.code == 0, qPrintable(from.err));
    const auto late = readLines(c + QStringLiteral("/forecast.csv"));
    QVERIFY(late.size() > 1 && late.size() < 100);
    for (const auto& line : late.mid(1))
        QVERIFY2(line.left(10) >= QStringLiteral("2018-12-01"), qPrintable(line));  // ISO dates sort as text
}

void TestCli::forecastRefusesBadInput()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("A"));
    const auto trained = cli({QStringLiteral("train"), QStringLiteral("--data"), sample(), QStringLiteral("--station"),
                              QStringLiteral("station1"), QStringLiteral("--target"), QStringLiteral("water_temp"),
                              QStringLiteral("--hidden"), QStringLiteral("4"), QStringLiteral("--epochs"), QStringLiteral("1"),
                              QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), a});
    QVERIFY2(trained.code == 0, qPrintable(trained.err));
    const QString bundle = a + QStringLiteral("/model.mcmodel");
    const QString out = dir.filePath(QStringLiteral("never"));

    // Data without the target: the message says which variable is missing.
    const QString other = dir.filePath(QStringLiteral("other.csv"));
    QFile f(other);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("date,station,salinity\n");
    for (int d = 1; d <= 28; ++d)
        f.write(QStringLiteral("2020-02-%1,station1,30\n").arg(d, 2, 10, QLatin1Char('0')).toUtf8());
    f.close();
    auto r = cli({QStringLiteral("forecast"), QStringLiteral("--bundle"), bundle, QStringLiteral("--data"), other,
                  QStringLiteral("--out"), out});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("lacks the variable 'water_temp'")), qPrintable(r.err));

    // A damaged file is refused with a reason, never half-loaded.
    QFile in(bundle);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes[bytes.indexOf("\"target\"") + 2] = 'X';
    const QString damaged = dir.filePath(QStringLiteral("damaged.mcmodel"));
    QFile outFile(damaged);
    QVERIFY(outFile.open(QIODevice::WriteOnly));
    outFile.write(bytes);
    outFile.close();
    r = cli({QStringLiteral("forecast"), QStringLiteral("--bundle"), damaged, QStringLiteral("--data"), sample(),
             QStringLiteral("--out"), out});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("CRC")), qPrintable(r.err));

    r = cli({QStringLiteral("forecast"), QStringLiteral("--data"), sample(), QStringLiteral("--out"), out});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--bundle")));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
