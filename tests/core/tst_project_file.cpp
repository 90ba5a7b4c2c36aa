// SPDX-License-Identifier: GPL-3.0-or-later
// The .mcproj format: round trip, run snapshots, version refusal, relative paths, moved data.
#include "project_file.h"
#include "run_snapshot.h"
#include "time_format.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::string str(const QString& s) { return s.toStdString(); }

void writeText(const std::string& path, const std::string& text)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A finished run made by hand: 3 test windows of horizon 2 with a gap (NaN) in the forecasts.
mc::ExperimentResult fakeResult(const std::string& dataPath)
{
    mc::ExperimentResult r;
    r.config.dataPaths = {dataPath};
    r.config.station = "station1";
    r.config.target = "water_temp";
    r.config.params.set("seed", std::int64_t{42});
    r.config.params.set("epochs", std::int64_t{3});
    r.sources = {{dataPath, "abc123"}};
    r.units = {{"water_temp", "°C"}};
    auto& d = r.data;
    d.station = "station1";
    d.target = "water_temp";
    d.featureNames = {"water_temp"};
    d.scalers = {{1.0 / 3.0, 0.1 + 0.2}};
    d.climatology.fill(std::nan(""));
    d.climatology[5] = 12.345678901234567;
    d.train.count = 100;
    d.val.count = 10;
    d.skipped = {1, 2, 3};
    auto& w = d.test;
    w.count = 3;
    w.lookback = 7;
    w.features = 1;
    w.horizon = 2;
    w.originTime = {86400, 172800, 259200};
    w.lastObserved = {1.5, std::nan(""), 2.5};
    w.observed = {1, 2, 3, std::nan(""), 5, 6};
    w.validTime = {172800, 259200, 259200, 345600, 345600, 432000};
    r.predicted = {1.1, 2.2, 2.9999999999999996, 4.4, std::nan(""), 6.6};
    r.persistence = {1, 1, 2, 2, 3, 3};
    r.climatology = {7, 7, 7, 7, 7, 7};
    r.model.pooled = {0.123456789012345678, 0.1, 1.5, 0.99, 0.98, -0.01, 5};
    r.model.perHorizon = {{0.1, 0.1, 1, 1, 1, 0, 3}, {0.2, 0.2, 2, 0.9, 0.9, 0.1, 2}};
    r.persistenceScore.pooled = {0.5, 0.4, 3, 0.5, 0.4, 0, 6};
    r.skill = 1 - r.model.pooled.rmse / 0.5;
    r.skillPerHorizon = {0.3, std::nan("")};
    r.training.status = mc::TrainStatus::EarlyStopped;
    r.training.epochsRun = 3;
    r.training.bestEpoch = 2;
    r.training.history = {{1, 3, 0.5, 0.6, 0.1, true}, {2, 3, 0.25, 0.3, 0.2, true}, {3, 3, 0.2, std::nan(""), 0.3, false}};
    r.training.device = "cpu";
    r.training.threads = 1;
    r.warnings = {{"constant_prediction", "flat"}};
    return r;
}

// Doubles compared bit for bit, NaN equal to NaN: a restored run must show the same numbers.
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }
bool same(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i]))
            return false;
    return true;
}

}  // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotRoundTrip();
    void snapshotRefusesMismatchedArrays();
    void snapshotKeepsCalendarAxis();
    void projectRoundTrip();
    void relativePaths_data();
    void relativePaths();
    void projectFolderMovesWhole();
    void refusesNewerVersion();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void movedDataIsMarkedAndRelinked();
    void saveReplacesAtomically();
};

void TestProjectFile::snapshotRoundTrip()
{
    const auto original = fakeResult("/data/a.csv");
    std::string error;
    const auto back = mc::runFromSnapshot(mc::runSnapshotJson(original), error);
    QVERIFY2(back, error.c_str());
    QVERIFY(back->ok());
    QCOMPARE(back->config.station, original.config.station);
    QCOMPARE(back->config.params.getInt("seed"), 42);
    QCOMPARE(back->units.at("water_temp"), std::string("°C"));
    QVERIFY(same(back->predicted, original.predicted));
    QVERIFY(same(back->persistence, original.persistence));
    QVERIFY(same(back->data.test.observed, original.data.test.observed));
    QVERIFY(same(back->data.test.lastObserved, original.data.test.lastObserved));
    QCOMPARE(back->data.test.validTime, original.data.test.validTime);
    QCOMPARE(back->data.test.originTime, original.data.test.originTime);
    QCOMPARE(back->data.test.horizon, 2);
    QCOMPARE(back->data.train.count, std::size_t{100});
    QCOMPARE(back->data.skipped[2], std::size_t{3});
    QVERIFY(same(back->data.climatology[5], original.data.climatology[5]));
    QVERIFY(std::isnan(back->data.climatology[6]));
    QVERIFY(same(back->data.scalers[0].offset, original.data.scalers[0].offset));
    QVERIFY(same(back->model.pooled.rmse, original.model.pooled.rmse));
    QCOMPARE(back->model.perHorizon.size(), std::size_t{2});
    QVERIFY(same(back->model.perHorizon[1].bias, 0.1));
    QCOMPARE(back->model.pooled.count, std::size_t{5});
    QVERIFY(same(back->skill, original.skill));
    QVERIFY(same(back->skillPerHorizon, original.skillPerHorizon));
    QCOMPARE(back->training.status, mc::TrainStatus::EarlyStopped);
    QCOMPARE(back->training.history.size(), std::size_t{3});
    QVERIFY(std::isnan(back->training.history[2].valLoss));
    QCOMPARE(back->training.history[1].trainLoss, 0.25);
    QCOMPARE(back->warnings.size(), std::size_t{1});
    QCOMPARE(back->warnings[0].code, std::string("constant_prediction"));
    // Written again, it is the same text: nothing is lost or rounded on the way.
    QCOMPARE(mc::runSnapshotJson(*back), mc::runSnapshotJson(original));
}

void TestProjectFile::snapshotKeepsCalendarAxis()
{
    auto original = fakeResult("/data/a.csv");
    // A daily run's snapshot has no axis entry (unchanged from before calendar axes).
    QVERIFY(mc::runSnapshotJson(original).find("\"axis\"") == std::string::npos);
    original.data.axis = mc::TimeAxis{mc::TimeUnit::Months, 1, *mc::parseIsoTime("2015-01-01")};
    original.data.step = original.data.axis.nominalSeconds();
    std::string error;
    const auto back = mc::runFromSnapshot(mc::runSnapshotJson(original), error);
    QVERIFY2(back, error.c_str());
    QVERIFY(back->data.axis == original.data.axis);
    QCOMPARE(back->data.step, original.data.step);
    QCOMPARE(mc::runSnapshotJson(*back), mc::runSnapshotJson(original));
}

void TestProjectFile::snapshotRefusesMismatchedArrays()
{
    auto r = fakeResult("/data/a.csv");
    r.predicted.pop_back();
    std::string error;
    QVERIFY(!mc::runFromSnapshot(mc::runSnapshotJson(r), error));
    QVERIFY(error.find("test windows") != std::string::npos);
    QVERIFY(!mc::runFromSnapshot("{\"config\": {}}", error));
    QVERIFY(!error.empty());
}

void TestProjectFile::projectRoundTrip()
{
    QTemporaryDir dir;
    const std::string base = str(dir.path());
    const std::string data = base + "/data/gtm.csv";
    writeText(data, "time,x\n");
    mc::Project p;
    p.language = "zh_CN";
    p.sources.push_back({{data}, R"({"delimiter":";"})", false});
    p.currentConfig = fakeResult(data).config;
    mc::Preset preset{"mine", "my preset", {}};
    preset.values["hidden"] = std::int64_t{16};
    preset.values["lr"] = 0.005;
    p.presets.push_back(preset);
    p.comparisons.push_back({{"current", "run:1"}});
    const auto result = fakeResult(data);
    mc::ProjectRun run;
    run.id = 4;
    run.name = "Run 1: station1 water_temp";
    run.finished = "2026-11-28T21:30:00Z";
    run.config = result.config;
    run.metricsJson = "{\"model\": {\"rmse\": 0.1}}";
    run.outputDir = mc::projectRunDir(base + "/p.mcproj", 4);
    run.resultJson = mc::runSnapshotJson(result);
    p.runs.push_back(run);

    const std::string path = base + "/p.mcproj";
    QVERIFY(mc::saveProject(p, path).ok());
    const auto loaded = mc::loadProject(path);
    QVERIFY2(loaded.ok(), mc::describe(loaded.error).c_str());
    const auto& q = loaded.project;
    QCOMPARE(q.language, std::string("zh_CN"));
    QCOMPARE(q.sources.size(), std::size_t{1});
    QCOMPARE(q.sources[0].paths, std::vector<std::string>{data});
    QVERIFY(!q.sources[0].missing);
    std::string why;
    QCOMPARE(mc::importSettingsFromJson(q.sources[0].importSettingsJson, why)->delimiter, ';');
    QVERIFY(q.currentConfig);
    QCOMPARE(q.currentConfig->dataPaths, std::vector<std::string>{data});
    QCOMPARE(q.presets.size(), std::size_t{1});
    QCOMPARE(q.presets[0].values.at("hidden"), mc::ParamValue{std::int64_t{16}});
    QCOMPARE(std::get<double>(q.presets[0].values.at("lr")), 0.005);
    QCOMPARE(q.comparisons.at(0).checkedKeys, (std::vector<std::string>{"current", "run:1"}));
    QCOMPARE(q.runs.size(), std::size_t{1});
    QCOMPARE(q.runs[0].id, 4);
    QCOMPARE(q.runs[0].name, run.name);
    QCOMPARE(q.runs[0].finished, run.finished);
    QCOMPARE(q.runs[0].outputDir, run.outputDir);
    QCOMPARE(q.runs[0].config.params.getInt("seed"), 42);
    QCOMPARE(mc::configToJson(q.runs[0].config), mc::configToJson(run.config));
    QVERIFY(q.runs[0].metricsJson.find("0.1") != std::string::npos);
    const auto back = mc::runFromSnapshot(q.runs[0].resultJson, why);
    QVERIFY2(back, why.c_str());
    QVERIFY(same(back->predicted, result.predicted));
    QCOMPARE(back->config.dataPaths, std::vector<std::string>{data});
    // Saved again, the project is the same text.
    QCOMPARE(mc::projectToJson(q, base), mc::projectToJson(p, base));
}

void TestProjectFile::relativePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("stored");
    QTest::newRow("below") << "/home/a/proj/data/x.csv" << "/home/a/proj" << "data/x.csv";
    QTest::newRow("beside") << "/home/a/data/x.csv" << "/home/a/proj" << "../data/x.csv";
    QTest::newRow("two up") << "/home/b/data/x.csv" << "/home/a/proj" << "../../b/data/x.csv";
    QTest::newRow("far") << "/mnt/share/x.csv" << "/home/a/proj/sub" << "/mnt/share/x.csv";
    QTest::newRow("dots") << "/home/a/proj/./data/../x.csv" << "/home/a/proj/" << "x.csv";
}

void TestProjectFile::relativePaths()
{
    QFETCH(QString, path);
    QFETCH(QString, base);
    QFETCH(QString, stored);
    QCOMPARE(QString::fromStdString(mc::relativeToProject(str(path), str(base))), stored);
    QCOMPARE(QString::fromStdString(mc::resolveFromProject(str(stored), str(base))), QDir::cleanPath(path));
}

void TestProjectFile::projectFolderMovesWhole()
{
    QTemporaryDir dir;
    const std::string a = str(dir.path()) + "/a", b = str(dir.path()) + "/b";
    writeText(a + "/data/x.csv", "t\n");
    mc::Project p;
    p.sources.push_back({{a + "/data/x.csv"}, {}, false});
    QVERIFY(mc::saveProject(p, a + "/p.mcproj").ok());
    QVERIFY(readText(a + "/p.mcproj").find("\"data/x.csv\"") != std::string::npos);
    std::filesystem::rename(a, b);
    const auto loaded = mc::loadProject(b + "/p.mcproj");
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.project.sources[0].paths[0], b + "/data/x.csv");
    QVERIFY(!loaded.project.sources[0].missing);
}

void TestProjectFile::refusesNewerVersion()
{
    QTemporaryDir dir;
    const std::string path = str(dir.path()) + "/new.mcproj";
    writeText(path, R"({"format": "marinecast-project", "version": 7, "sources": [], "runs": [], "future": 1})");
    const auto loaded = mc::loadProject(path);
    QCOMPARE(loaded.error.code, mc::ProjectErrorCode::NewerFormat);
    QCOMPARE(loaded.error.foundVersion, 7);
    const auto text = mc::describe(loaded.error);
    QVERIFY2(text.find("newer MarineCast") != std::string::npos, text.c_str());
    QVERIFY2(text.find("format 7") != std::string::npos, text.c_str());
    // The current version and an older-looking one (none exists yet) are not refused as newer.
    writeText(path, R"({"format": "marinecast-project", "version": 1, "sources": [], "runs": []})");
    QVERIFY(mc::loadProject(path).ok());
}

void TestProjectFile::refusesDamagedFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << "" << int(mc::ProjectErrorCode::NotJson) << 1;
    QTest::newRow("cut") << "{\n \"format\": \"marinecast-project\",\n \"vers" << int(mc::ProjectErrorCode::NotJson) << 3;
    QTest::newRow("other json") << R"({"presets": []})" << int(mc::ProjectErrorCode::NotAProject) << 0;
    QTest::newRow("no runs") << R"({"format": "marinecast-project", "version": 1, "sources": []})"
                             << int(mc::ProjectErrorCode::BadContent) << 0;
    QTest::newRow("bad config")
        << R"({"format": "marinecast-project", "version": 1, "sources": [], "runs": [{"id": 1, "name": "a", "config": {"params": {"nonsense": 1}}}]})"
        << int(mc::ProjectErrorCode::BadContent) << 0;
    QTest::newRow("duplicate ids")
        << R"({"format": "marinecast-project", "version": 1, "sources": [], "runs": [{"id": 1, "name": "a", "config": {}}, {"id": 1, "name": "b", "config": {}}]})"
        << int(mc::ProjectErrorCode::BadContent) << 0;
}

void TestProjectFile::refusesDamagedFiles()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(int, line);
    const auto loaded = mc::projectFromJson(str(text), "/tmp");
    QCOMPARE(int(loaded.error.code), code);
    QCOMPARE(loaded.error.line, line);
    QVERIFY(!mc::describe(loaded.error).empty());
}

void TestProjectFile::movedDataIsMarkedAndRelinked()
{
    QTemporaryDir dir;
    const std::string base = str(dir.path());
    const std::string old = base + "/data/x.csv", moved = base + "/elsewhere/x.csv";
    writeText(old, "t\n");
    mc::Project p;
    p.sources.push_back({{old}, {}, false});
    mc::ProjectRun run;
    run.id = 1;
    run.name = "r";
    run.config.dataPaths = {old};
    p.runs.push_back(run);
    QVERIFY(mc::saveProject(p, base + "/p.mcproj").ok());
    std::filesystem::create_directories(base + "/elsewhere");
    std::filesystem::rename(old, moved);

    auto loaded = mc::loadProject(base + "/p.mcproj");
    QVERIFY(loaded.ok());  // a missing data file never stops the project from opening
    QVERIFY(loaded.project.sources[0].missing);
    QCOMPARE(mc::missingFiles(loaded.project), std::vector<std::string>{old});
    QCOMPARE(mc::relinkDataFile(loaded.project, old, moved), 2);
    QVERIFY(!loaded.project.sources[0].missing);
    QVERIFY(mc::missingFiles(loaded.project).empty());
    QCOMPARE(loaded.project.runs[0].config.dataPaths[0], moved);
    QVERIFY(mc::saveProject(loaded.project, base + "/p.mcproj").ok());
    const auto again = mc::loadProject(base + "/p.mcproj");
    QCOMPARE(again.project.sources[0].paths[0], moved);
    QVERIFY(!again.project.sources[0].missing);
}

void TestProjectFile::saveReplacesAtomically()
{
    QTemporaryDir dir;
    const std::string path = str(dir.path()) + "/p.mcproj";
    mc::Project p;
    p.language = "en";
    QVERIFY(mc::saveProject(p, path).ok());
    p.language = "zh_CN";
    QVERIFY(mc::saveProject(p, path).ok());
    QCOMPARE(mc::loadProject(path).project.language, std::string("zh_CN"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    const auto bad = mc::saveProject(p, str(dir.path()) + "/no/such/folder/p.mcproj");
    QCOMPARE(bad.code, mc::ProjectErrorCode::CannotWrite);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
