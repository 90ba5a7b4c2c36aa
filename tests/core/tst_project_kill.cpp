// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process (this test binary, re-invoked with a hidden argument) saves a
// large project or trains and saves, and the parent SIGKILLs it at seeded random moments. After
// every kill the project on disk must load and be one complete version.
#include "atomic_file.h"
#include "experiment.h"
#include "project_fixture.h"
#include "toy_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <map>
#include <cstring>
#include <filesystem>
#include <sys/types.h>

namespace {

std::string str(const QString& s) { return QFile::encodeName(s).toStdString(); }

// Child: writes generation @p generation over @p path once, then exits. Says "saving" first, so
// the parent can aim its kill at the save rather than at start-up: at all of saveProject, or
// (@p writeOnly) at its file part alone, which is short and otherwise rarely hit.
int childSave(const std::string& path, int generation, bool writeOnly)
{
    const auto project = project_fixture::project(generation);
    std::string text;
    if (writeOnly)  // what saveProject does, split so that the text is ready before "saving"
        text = mc::projectToJson(project, std::filesystem::absolute(path).parent_path().string());
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const bool ok = writeOnly ? mc::writeFileAtomically(path, text).empty() : mc::saveProject(project, path).ok();
    // How long the save itself took, in microseconds (process exit takes longer and is no target).
    std::printf("%lld\n", timer.nsecsElapsed() / 1000);
    return ok ? 0 : 2;
}

mc::RunConfig tinyConfig(int seed)
{
    mc::RunConfig c;
    c.station = "toy";
    c.target = "v";
    c.params.set("lookback", std::int64_t{7});
    c.params.set("epochs", std::int64_t{2});
    c.params.set("hidden", std::int64_t{8});
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.set("seed", std::int64_t{seed});
    return c;
}

// Child: trains tiny runs for ever, adding each to the project and saving it, as the GUI's
// autosave does, until it is killed.
int childTrain(const std::string& path)
{
    auto load = mc::loadProject(path);
    if (!load.ok())
        return 3;
    mc::Project project = std::move(load.project);
    const auto data = toy::sineDataset();
    for (;;) {
        const int id = project.runs.empty() ? 1 : project.runs.back().id + 1;
        mc::StopToken stop;
        const auto r = mc::runExperiment(tinyConfig(id), stop, {}, &data);
        if (!r.ok())
            return 4;
        mc::ProjectRun run;
        run.id = id;
        run.name = "run " + std::to_string(id);
        run.config = r.config;
        run.metricsJson = mc::metricsJson(r);
        run.resultJson = mc::runSnapshotJson(r);
        project.runs.push_back(std::move(run));
        if (!mc::saveProject(project, path).ok())
            return 5;
    }
}

}  // namespace

class TestProjectKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringSave();
    void killDuringTraining();

private:
    QProcess* start(const QStringList& args);
    /// Starts a saving child and returns once it is about to save.
    QProcess* startSaving(const QString& path, int generation, bool writeOnly);
};

QProcess* TestProjectKill::start(const QStringList& args)
{
    auto* p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QCoreApplication::applicationFilePath(), args);
    return p;
}

QProcess* TestProjectKill::startSaving(const QString& path, int generation, bool writeOnly)
{
    auto* child = start({QStringLiteral("--child-save"), path, QString::number(generation),
                         writeOnly ? QStringLiteral("write") : QStringLiteral("all")});
    while (!child->canReadLine() && child->waitForReadyRead(30000)) {
    }
    if (child->readLine().trimmed() != "saving")
        qWarning("the saving child did not report");
    return child;
}

void TestProjectKill::killDuringSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.mcproj"));
    QVERIFY(mc::saveProject(project_fixture::project(0), str(path)).ok());
    std::map<int, std::string> texts;  // generation → its complete text, made once
    const auto expected = [&](int generation) -> const std::string& {
        auto it = texts.find(generation);
        if (it == texts.end())
            it = texts.emplace(generation, mc::projectToJson(project_fixture::project(generation), str(dir.path()))).first;
        return it->second;
    };

    // A save left to finish tells how long it takes; kills then land anywhere in it.
    qint64 lifetime[2] = {};
    for (int writeOnly = 0; writeOnly < 2; ++writeOnly) {
        auto* first = startSaving(path, 1, writeOnly);
        QVERIFY(first->waitForFinished(30000));
        QCOMPARE(first->exitCode(), 0);
        lifetime[writeOnly] = std::max<qint64>(first->readLine().trimmed().toLongLong(), 100);
        delete first;
    }
    int previous = 1;
    qInfo("project %lld bytes; saving takes %lld µs, of which writing the file %lld µs", qint64(QFileInfo(path).size()),
          lifetime[0], lifetime[1]);

    QRandomGenerator random(20261128);
    int keptOld = 0, gotNew = 0, tempLeft = 0;
    for (int i = 0; i < 24; ++i) {
        const int next = previous + 1;
        const bool writeOnly = i % 2 == 1;
        auto* child = startSaving(path, next, writeOnly);
        QThread::usleep(random.bounded(quint32(lifetime[writeOnly] * 12 / 10)));
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(10000));

        const auto load = mc::loadProject(str(path));
        QVERIFY2(load.ok(), mc::describe(load.error).c_str());
        const int found = project_fixture::generationOf(load.project);
        QVERIFY2(found == previous || found == next, qPrintable(QStringLiteral("generation %1 after %2").arg(found).arg(previous)));
        // Complete: exactly that version, every run and number of it.
        QVERIFY(mc::projectToJson(load.project, str(dir.path())) == expected(found));
        (found == previous ? keptOld : gotNew)++;
        previous = found;
        // A kill before the rename leaves the child's temporary file; it must not matter.
        for (const auto& f : QDir(dir.path()).entryList({QStringLiteral("big.mcproj.tmp-*")}, QDir::Files)) {
            ++tempLeft;
            QFile::remove(dir.filePath(f));
        }
        delete child;
    }
    qInfo("24 kills: %d kept the previous version, %d found the new one, %d left a half-written temporary file",
          keptOld, gotNew, tempLeft);
    QVERIFY(keptOld > 0);  // the kills did land inside saves, not only after them
    QVERIFY(tempLeft > 0);  // some in the middle of writing
}

void TestProjectKill::killDuringTraining()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("train.mcproj"));
    QVERIFY(mc::saveProject(mc::Project{}, str(path)).ok());
    QRandomGenerator random(7);
    std::size_t runs = 0;
    for (int i = 0; i < 3; ++i) {
        auto* child = start({QStringLiteral("--child-train"), path});
        QVERIFY(child->waitForStarted());
        QThread::msleep(1500 + random.bounded(2500));
        QVERIFY2(child->state() == QProcess::Running, "the training child ended by itself");
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(10000));
        delete child;

        const auto load = mc::loadProject(str(path));
        QVERIFY2(load.ok(), mc::describe(load.error).c_str());
        QVERIFY(load.project.runs.size() >= runs);  // nothing saved before is lost
        runs = load.project.runs.size();
        for (const auto& run : load.project.runs) {
            std::string why;
            const auto result = mc::runFromSnapshot(run.resultJson, why);
            QVERIFY2(result, why.c_str());
            QVERIFY(std::isfinite(result->model.pooled.rmse));
        }
    }
    qInfo("%zu runs saved across 3 killed training sessions", runs);
    QVERIFY(runs > 0);
}

int main(int argc, char** argv)
{
    if (argc == 5 && std::strcmp(argv[1], "--child-save") == 0)
        return childSave(argv[2], std::atoi(argv[3]), std::strcmp(argv[4], "write") == 0);
    if (argc == 3 && std::strcmp(argv[1], "--child-train") == 0)
        return childTrain(argv[2]);
    QCoreApplication app(argc, argv);
    TestProjectKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_project_kill.moc"
