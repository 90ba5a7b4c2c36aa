// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_options.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using mc::cli::TrainCommand;

namespace {

bool parse(std::vector<std::string> args, TrainCommand& cmd, std::string& error)
{
    return mc::cli::parseTrainArgs(args, cmd, error);
}

}  // namespace

class TestCliOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void flagsAndCovariates();
    void usageErrors_data();
    void usageErrors();
    void configThenFlagsOverride();
    void optimizerFlags();
    void helpListsRegistryOptions();
    void residualOption_data();
    void residualOption();
};

void TestCliOptions::defaults()
{
    TrainCommand cmd;
    std::string error;
    QVERIFY2(parse({"--data", "a.csv", "b.csv", "--target", "temp_mean", "--out", "o"}, cmd, error), error.c_str());
    const auto& c = cmd.config;
    QCOMPARE(c.dataPaths.size(), std::size_t(2));
    QCOMPARE(c.params.getInt("hidden"), 32);
    QCOMPARE(c.params.getInt("batch"), 128);
    QCOMPARE(c.params.getInt("epochs"), 300);
    QCOMPARE(c.params.getInt("lookback"), 30);
    QCOMPARE(c.params.getInt("horizon"), 3);
    QCOMPARE(mc::resolvedOutputActivation(c.params), std::string("relu"));
    QCOMPARE(mc::formatTimeRange(c.trainRange, true), std::string("2013-01-01/2017-12-31"));
    QCOMPARE(mc::formatTimeRange(c.testRange, true), std::string("2018-01-01/2018-12-31"));
    QCOMPARE(c.valFraction, 0.1);
}

void TestCliOptions::flagsAndCovariates()
{
    TrainCommand cmd;
    std::string error;
    QVERIFY2(parse({"--data", "d", "--target", "t", "--out", "o", "--inputs", "gtmpcmet:atemp_mean,sal_mean",
                    "--predict-change", "--hidden=8", "--train-range", "2014-01-01:2016-12-31", "--lr", "5e-4",
                    "--preset", "current"},
                   cmd, error),
             error.c_str());
    const auto& c = cmd.config;
    QCOMPARE(c.inputs.size(), std::size_t(2));
    QCOMPARE(c.inputs[0].station, std::string("gtmpcmet"));
    QCOMPARE(c.inputs[0].variable, std::string("atemp_mean"));
    QCOMPARE(c.inputs[1].station, std::string());
    QVERIFY(c.params.getBool("predict-change"));
    QCOMPARE(mc::resolvedOutputActivation(c.params), std::string("none"));
    QCOMPARE(c.params.getInt("hidden"), 8);  // an explicit flag beats the preset
    QCOMPARE(c.params.getDouble("lr"), 5e-4);
    QCOMPARE(mc::formatTimeRange(c.trainRange, true), std::string("2014-01-01/2016-12-31"));
}

void TestCliOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QStringList base = {QStringLiteral("--data"), QStringLiteral("d"), QStringLiteral("--target"),
                              QStringLiteral("t"), QStringLiteral("--out"), QStringLiteral("o")};
    QTest::newRow("unknown flag") << (base + QStringList{QStringLiteral("--hiden"), QStringLiteral("3")}) << QStringLiteral("--hiden");
    QTest::newRow("not a number") << (base + QStringList{QStringLiteral("--hidden"), QStringLiteral("abc")}) << QStringLiteral("integer");
    QTest::newRow("out of range") << (base + QStringList{QStringLiteral("--batch"), QStringLiteral("0")}) << QStringLiteral("between");
    QTest::newRow("bad choice") << (base + QStringList{QStringLiteral("--loss"), QStringLiteral("l3")}) << QStringLiteral("mse");
    QTest::newRow("relu with change") << (base + QStringList{QStringLiteral("--predict-change"), QStringLiteral("--output-activation"), QStringLiteral("relu")}) << QStringLiteral("relu");
    QTest::newRow("relu with zscore") << (base + QStringList{QStringLiteral("--scaling"), QStringLiteral("zscore"), QStringLiteral("--output-activation"), QStringLiteral("relu")}) << QStringLiteral("z-score");
    QTest::newRow("bad range") << (base + QStringList{QStringLiteral("--test-range"), QStringLiteral("2018")}) << QStringLiteral("ISO 8601");
    QTest::newRow("no target") << QStringList{QStringLiteral("--data"), QStringLiteral("d"), QStringLiteral("--out"), QStringLiteral("o")} << QStringLiteral("--target");
    QTest::newRow("no data") << QStringList{QStringLiteral("--target"), QStringLiteral("t"), QStringLiteral("--out"), QStringLiteral("o")} << QStringLiteral("--data");
    QTest::newRow("unknown preset") << (base + QStringList{QStringLiteral("--preset"), QStringLiteral("bogus")}) << QStringLiteral("current");
    QTest::newRow("unknown optimizer") << (base + QStringList{QStringLiteral("--optimizer"), QStringLiteral("adagrad")}) << QStringLiteral("nadam");
    QTest::newRow("beta1 of 1") << (base + QStringList{QStringLiteral("--beta1"), QStringLiteral("1")}) << QStringLiteral("beta1 must be below 1");
    QTest::newRow("beta2 above 1") << (base + QStringList{QStringLiteral("--beta2"), QStringLiteral("1.5")}) << QStringLiteral("between");
    QTest::newRow("momentum of 1") << (base + QStringList{QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--momentum"), QStringLiteral("1")}) << QStringLiteral("momentum must be below 1");
    QTest::newRow("negative weight decay") << (base + QStringList{QStringLiteral("--weight-decay"), QStringLiteral("-0.1")}) << QStringLiteral("between");
    const QStringList convlstm = base + QStringList{QStringLiteral("--model"), QStringLiteral("convlstm")};
    QTest::newRow("convlstm channels per layer") << (convlstm + QStringList{QStringLiteral("--conv-layers"), QStringLiteral("3"), QStringLiteral("--hidden-channels"), QStringLiteral("8,8")}) << QStringLiteral("2 values for 3 layers");
    QTest::newRow("convlstm even kernel") << (convlstm + QStringList{QStringLiteral("--kernel"), QStringLiteral("4")}) << QStringLiteral("odd");
    QTest::newRow("lstm has no kernel") << (base + QStringList{QStringLiteral("--kernel"), QStringLiteral("3")}) << QStringLiteral("kernel");
    QTest::newRow("unknown model") << (base + QStringList{QStringLiteral("--model"), QStringLiteral("gru")}) << QStringLiteral("convlstm");
    QTest::newRow("bad device") << (base + QStringList{QStringLiteral("--device"), QStringLiteral("tpu")}) << QStringLiteral("cuda:N");
}

void TestCliOptions::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    std::vector<std::string> a;
    for (const auto& s : args)
        a.push_back(s.toStdString());
    TrainCommand cmd;
    std::string error;
    QVERIFY(!parse(a, cmd, error));
    QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
}

void TestCliOptions::configThenFlagsOverride()
{
    QTemporaryDir dir;
    mc::RunConfig saved;
    saved.dataPaths = {"x.csv"};
    saved.target = "temp_mean";
    saved.params.set("hidden", std::int64_t{5});
    saved.params.set("epochs", std::int64_t{7});
    saved.valRange = mc::parseTimeRange("2017-01-01/2017-12-31");
    const auto path = dir.filePath(QStringLiteral("run.json")).toStdString();
    std::ofstream(path) << "{\"config\": " << mc::configToJson(saved) << "}";
    TrainCommand cmd;
    std::string error;
    QVERIFY2(parse({"--config", path, "--epochs", "2", "--out", "o"}, cmd, error), error.c_str());
    QCOMPARE(cmd.config.params.getInt("hidden"), 5);
    QCOMPARE(cmd.config.params.getInt("epochs"), 2);
    QCOMPARE(cmd.config.target, std::string("temp_mean"));
    QVERIFY(cmd.config.valRange.has_value());
    QVERIFY(!parse({"--config", dir.filePath(QStringLiteral("none.json")).toStdString(), "--out", "o"}, cmd, error));
}

void TestCliOptions::optimizerFlags()
{
    TrainCommand cmd;
    std::string error;
    QVERIFY2(parse({"--data", "d", "--target", "t", "--out", "o", "--optimizer", "nadam", "--beta1", "0.95",
                    "--beta2=0.9999", "--eps", "1e-7", "--weight-decay", "1e-4", "--momentum-decay", "0.005",
                    "--momentum", "0.5"},
                   cmd, error),
             error.c_str());
    const auto& p = cmd.config.params;
    QCOMPARE(p.getString("optimizer"), std::string("nadam"));
    QCOMPARE(p.getDouble("beta1"), 0.95);
    QCOMPARE(p.getDouble("beta2"), 0.9999);
    QCOMPARE(p.getDouble("eps"), 1e-7);
    QCOMPARE(p.getDouble("weight-decay"), 1e-4);
    QCOMPARE(p.getDouble("momentum-decay"), 0.005);
    QCOMPARE(p.getDouble("momentum"), 0.5);  // ignored by Nadam, accepted all the same
    // Unset, they read as the registry's defaults (PyTorch's, apart from the shared lr).
    TrainCommand plain;
    QVERIFY2(parse({"--data", "d", "--target", "t", "--out", "o"}, plain, error), error.c_str());
    QCOMPARE(plain.config.params.getString("optimizer"), std::string("adam"));
    QCOMPARE(plain.config.params.getDouble("beta1"), 0.9);
    QCOMPARE(plain.config.params.getDouble("beta2"), 0.999);
    QCOMPARE(plain.config.params.getDouble("eps"), 1e-8);
    QCOMPARE(plain.config.params.getDouble("weight-decay"), 0.0);
    QCOMPARE(plain.config.params.getDouble("momentum-decay"), 0.004);
    QCOMPARE(plain.config.params.getDouble("momentum"), 0.0);
    const auto help = mc::cli::trainHelp();
    QVERIFY(help.find("adam|nadam|adamw|sgd|rmsprop") != std::string::npos);
}

void TestCliOptions::helpListsRegistryOptions()
{
    const auto help = mc::cli::trainHelp();
    for (const auto& m : mc::modelKinds())
        for (const auto& o : mc::optionsFor(m.kind))
            QVERIFY2(help.find("--" + o.key) != std::string::npos, o.key.c_str());
    // List options of the ConvLSTM parse as typed.
    TrainCommand cmd;
    std::string error;
    QVERIFY2(parse({"--data", "d", "--target", "t", "--out", "o", "--model", "convlstm", "--conv-layers", "3",
                    "--hidden-channels", "8,16,8", "--kernel", "5"},
                   cmd, error),
             error.c_str());
    QCOMPARE(cmd.config.params.getString("hidden-channels"), std::string("8,16,8"));
    QCOMPARE(cmd.config.params.getString("kernel"), std::string("5"));
}

void TestCliOptions::residualOption_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("convlstm") << QStringLiteral("convlstm");
    QTest::newRow("gnn") << QStringLiteral("gnn");
    QTest::newRow("attention") << QStringLiteral("attention");
}

// --residual on|off: on by default for the families that forecast several nodes, and then no ReLU on the output.
void TestCliOptions::residualOption()
{
    QFETCH(QString, model);
    const std::string kind = model.toStdString();
    const auto options = mc::optionsFor(kind);
    const auto* desc = mc::findOption(options, "residual");
    QVERIFY(desc);
    QCOMPARE(desc->choices, (std::vector<std::string>{"on", "off"}));
    TrainCommand cmd;
    std::string error;
    QVERIFY2(parse({"--data", "d", "--target", "t", "--out", "o", "--model", kind}, cmd, error), error.c_str());
    QCOMPARE(cmd.config.params.getString("residual"), std::string("on"));
    QCOMPARE(mc::resolvedOutputActivation(cmd.config.params), std::string("none"));
    TrainCommand off;
    QVERIFY2(parse({"--data", "d", "--target", "t", "--out", "o", "--model", kind, "--residual", "off"}, off, error),
             error.c_str());
    QCOMPARE(off.config.params.getString("residual"), std::string("off"));
    QCOMPARE(mc::resolvedOutputActivation(off.config.params), std::string("relu"));
    TrainCommand bad;
    QVERIFY(!parse({"--data", "d", "--target", "t", "--out", "o", "--model", kind, "--residual", "maybe"}, bad, error));
    QVERIFY2(error.find("residual") != std::string::npos, error.c_str());
    // The LSTM has no such option.
    TrainCommand lstm;
    QVERIFY(!parse({"--data", "d", "--target", "t", "--out", "o", "--residual", "on"}, lstm, error));
    QVERIFY2(error.find("--residual") != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
