// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_options.h"
#include "preset_store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

class TestPresetStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saveLoadRoundTrip();
    void builtInsAreProtected();
    void renameAndRemove();
    void damagedFileNamesItself();
    void cliLoadsUserPreset();
};

void TestPresetStore::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("sub/presets.json")).toStdString();
    mc::PresetStore store(path);
    QCOMPARE(store.load(), std::string());  // a missing file is an empty list
    mc::Preset p;
    p.name = "my small";
    p.description = "tiny and quick";
    p.values = {{"hidden", std::int64_t{7}}, {"lr", 0.01}, {"stateful", true}, {"optimizer", std::string("adam")}};
    QCOMPARE(store.put(p), std::string());
    QCOMPARE(store.save(), std::string());
    mc::PresetStore again(path);
    QCOMPARE(again.load(), std::string());
    QCOMPARE(again.userPresets().size(), std::size_t(1));
    const auto* loaded = again.find("my small");
    QVERIFY(loaded);
    QCOMPARE(loaded->description, std::string("tiny and quick"));
    QVERIFY(std::holds_alternative<std::int64_t>(loaded->values.at("hidden")));  // types survive
    QCOMPARE(std::get<std::int64_t>(loaded->values.at("hidden")), std::int64_t{7});
    QCOMPARE(std::get<double>(loaded->values.at("lr")), 0.01);
    QCOMPARE(std::get<bool>(loaded->values.at("stateful")), true);
    QCOMPARE(again.all().size(), mc::presets().size() + 1);
}

void TestPresetStore::builtInsAreProtected()
{
    QTemporaryDir dir;
    mc::PresetStore store(dir.filePath(QStringLiteral("p.json")).toStdString());
    mc::Preset p;
    p.name = "current";
    QVERIFY(!store.put(p).empty());
    QVERIFY(!store.remove("current").empty());
    QVERIFY(!store.rename("current", "x").empty());
    p.name.clear();
    QVERIFY(!store.put(p).empty());
}

void TestPresetStore::renameAndRemove()
{
    QTemporaryDir dir;
    mc::PresetStore store(dir.filePath(QStringLiteral("p.json")).toStdString());
    mc::Preset a;
    a.name = "a";
    mc::Preset b;
    b.name = "b";
    QCOMPARE(store.put(a), std::string());
    QCOMPARE(store.put(b), std::string());
    QVERIFY(!store.rename("a", "b").empty());       // taken
    QVERIFY(!store.rename("a", "current").empty()); // a built-in's name
    QCOMPARE(store.rename("a", "c"), std::string());
    QVERIFY(store.find("c") && !store.find("a"));
    QCOMPARE(store.remove("c"), std::string());
    QVERIFY(!store.find("c"));
    QVERIFY(!store.remove("c").empty());
}

void TestPresetStore::damagedFileNamesItself()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("p.json")).toStdString();
    std::ofstream(path) << "{ not json";
    mc::PresetStore store(path);
    const auto error = store.load();
    QVERIFY(error.find(path) != std::string::npos);
    QVERIFY(store.userPresets().empty());
}

void TestPresetStore::cliLoadsUserPreset()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("p.json")).toStdString();
    mc::PresetStore store(path);
    mc::Preset p;
    p.name = "mine";
    p.values = {{"hidden", std::int64_t{9}}, {"batch", std::int64_t{64}}};
    QCOMPARE(store.put(p), std::string());
    QCOMPARE(store.save(), std::string());
    qputenv("MARINECAST_PRESETS", QByteArray::fromStdString(path));
    mc::cli::TrainCommand cmd;
    std::string error;
    QVERIFY2(mc::cli::parseTrainArgs({"--data", "d", "--target", "t", "--out", "o", "--preset", "mine", "--batch", "32"}, cmd, error),
             error.c_str());
    QCOMPARE(cmd.config.params.getInt("hidden"), 9);
    QCOMPARE(cmd.config.params.getInt("batch"), 32);  // later flags override the preset
    QCOMPARE(cmd.config.preset, std::string("mine"));
    qunsetenv("MARINECAST_PRESETS");
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_preset_store.moc"
