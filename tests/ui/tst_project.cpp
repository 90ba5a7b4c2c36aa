// SPDX-License-Identifier: GPL-3.0-or-later
// Projects in the real window: train a tiny run, save, reopen in a new window and find the run
// with the same metrics and its chart; Re-run reproduces the metrics; autosave, the close
// prompt, and a project whose data file moved.
#include "experiment.h"
#include "main_window.h"
#include "model_panel.h"
#include "project_controller.h"
#include "qcustomplot_include.h"
#include "run_list_model.h"
#include "sample_run.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Every metric of the model and both baselines, pooled and per step, bit for bit.
void compareMetrics(const mc::ExperimentResult& a, const mc::ExperimentResult& b)
{
    const auto same = [](const mc::HorizonMetrics& x, const mc::HorizonMetrics& y) {
        QCOMPARE(x.pooled.rmse, y.pooled.rmse);
        QCOMPARE(x.pooled.mae, y.pooled.mae);
        QCOMPARE(x.pooled.nse, y.pooled.nse);
        QCOMPARE(x.pooled.bias, y.pooled.bias);
        QCOMPARE(x.perHorizon.size(), y.perHorizon.size());
        for (std::size_t k = 0; k < x.perHorizon.size(); ++k)
            QCOMPARE(x.perHorizon[k].rmse, y.perHorizon[k].rmse);
    };
    same(a.model, b.model);
    same(a.persistenceScore, b.persistenceScore);
    same(a.climatologyScore, b.climatologyScore);
    QCOMPARE(a.skill, b.skill);
}

int predictedPoints(const mcui::MainWindow& w)
{
    auto* plot = w.findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    if (!plot)
        return -1;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->objectName() == QLatin1String("predicted"))
            return plot->graph(i)->data()->size();
    return -1;
}

}  // namespace

class TestProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainSaveReopenRerun();
    void movedDataAsksAndStillOpens();
    void newerProjectIsRefused();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_data;
};

void TestProject::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_project"));
    // A copy of the sample beside the project, so the test can move it away later.
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    m_data = m_dir.filePath(QStringLiteral("data/sample.csv"));
    QVERIFY(QFile::copy(mcui::MainWindow::samplePath(), m_data));
    m_project = m_dir.filePath(QStringLiteral("study.mcproj"));
}

void TestProject::trainSaveReopenRerun()
{
    mcui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openData({m_data}));
    w.modelPanel()->setConfig(sample_run::smallConfig());
    QSignalSpy added(&w, &mcui::MainWindow::runAdded);
    QVERIFY(w.startTraining());
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 120000);
    const mcui::RunRecord first = *w.runs()->run(0);

    // Untitled: the finished run was autosaved to the recovery file.
    QVERIFY(w.project()->path().isEmpty());
    QVERIFY(QFileInfo::exists(mcui::ProjectController::recoveryPath()));
    QVERIFY(mc::loadProject(QFile::encodeName(mcui::ProjectController::recoveryPath()).toStdString()).project.runs.size() == 1);
    QVERIFY(w.isWindowModified());
    QVERIFY(w.windowTitle().contains(QStringLiteral("Untitled")));

    QVERIFY(w.project()->saveAs(m_project));
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("study")));
    QVERIFY(!QFileInfo::exists(mcui::ProjectController::recoveryPath()));
    const QString runDir = m_project + QStringLiteral(".runs/run-%1").arg(first.id);
    for (const char* name : {"model.mcmodel", "forecast.csv", "metrics.json", "loss.csv", "run.json"})
        QVERIFY2(QFileInfo::exists(runDir + QLatin1Char('/') + QLatin1String(name)), name);

    // Run → Re-run: the same configuration and seed give the same metrics, as a new run.
    QVERIFY(w.findChild<QAction*>(QStringLiteral("rerunAction"))->isEnabled());
    QVERIFY(w.rerun(first.id));
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, 120000);
    QCOMPARE(w.runs()->rowCount(), 2);
    const mcui::RunRecord again = *w.runs()->run(1);
    QVERIFY(again.id != first.id);
    QVERIFY(again.name.contains(first.name));
    compareMetrics(*first.result, *again.result);
    QCOMPARE(again.result->predicted, first.result->predicted);
    // With a project file, autosave writes it: nothing is left unsaved.
    QVERIFY(!w.isWindowModified());
    QCOMPARE(mc::loadProject(QFile::encodeName(m_project).toStdString()).project.runs.size(), std::size_t{2});

    mcui::MainWindow reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QVERIFY(reopened.project()->open(m_project));
    QVERIFY(!reopened.isWindowModified());
    QCOMPARE(reopened.runs()->rowCount(), 2);
    QVERIFY(reopened.dataset());
    QCOMPARE(reopened.dataPaths(), QStringList{QFileInfo(m_data).absoluteFilePath()});
    for (int row = 0; row < 2; ++row) {
        const auto* before = w.runs()->run(row);
        const auto* after = reopened.runs()->run(row);
        QCOMPARE(after->id, before->id);
        QCOMPARE(after->name, before->name);
        QCOMPARE(after->finished.toSecsSinceEpoch(), before->finished.toSecsSinceEpoch());
        compareMetrics(*before->result, *after->result);
        QCOMPARE(after->result->training.history.size(), before->result->training.history.size());
        QCOMPARE(after->result->config.params.getInt("seed"), std::int64_t{7});
    }
    // The last run is shown, its chart drawn with one point per test window.
    QCOMPARE(predictedPoints(reopened), sample_run::expectedPoints(*reopened.runs()->run(1)->result, 1));
    QVERIFY(predictedPoints(reopened) > 100);

    // A reopened run re-runs too (its configuration came from the file) and still matches.
    QSignalSpy addedAgain(&reopened, &mcui::MainWindow::runAdded);
    QVERIFY(reopened.rerun(reopened.runs()->run(0)->id));
    QTRY_COMPARE_WITH_TIMEOUT(addedAgain.count(), 1, 120000);
    compareMetrics(*first.result, *reopened.runs()->run(2)->result);

    // Close prompt: Cancel keeps the window, Discard closes it.
    reopened.runs()->renameRun(0, QStringLiteral("renamed"));
    QVERIFY(reopened.isWindowModified());
    int asked = 0;
    reopened.project()->setAskSaveHandler([&asked] {
        ++asked;
        return int(asked == 1 ? QMessageBox::Cancel : QMessageBox::Discard);
    });
    QVERIFY(!reopened.close());
    QVERIFY(reopened.isVisible());
    QVERIFY(reopened.close());
    QCOMPARE(asked, 2);
    // Discarded: the file keeps the autosaved three runs under their old names.
    const auto onDisk = mc::loadProject(QFile::encodeName(m_project).toStdString());
    QCOMPARE(onDisk.project.runs.size(), std::size_t{3});
    QCOMPARE(QString::fromStdString(onDisk.project.runs[0].name), first.name);
}

void TestProject::movedDataAsksAndStillOpens()
{
    QVERIFY(QFileInfo::exists(m_project));
    QDir(m_dir.path()).mkpath(QStringLiteral("moved"));
    const QString moved = m_dir.filePath(QStringLiteral("moved/sample.csv"));
    QVERIFY(QFile::rename(m_data, moved));

    // Cancelled: the project opens, the source is marked missing, the runs stay viewable.
    {
        mcui::MainWindow w;
        QStringList asked;
        w.project()->setLocateHandler([&asked](const QString& missing) {
            asked << missing;
            return QString();
        });
        QVERIFY(w.project()->open(m_project));
        QCOMPARE(asked, QStringList{QFileInfo(m_data).absoluteFilePath()});
        QCOMPARE(w.project()->missingDataFiles(), asked);
        QVERIFY(!w.dataset());
        QCOMPARE(w.runs()->rowCount(), 3);
        QVERIFY(predictedPoints(w) > 100);
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("startAction"))->isEnabled());
        // Re-run needs the data: refused with a message, no crash.
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!w.rerun(w.runs()->run(0)->id));
        // Saved as it is, the missing reference stays in the project.
        QVERIFY(w.project()->saveAs(m_dir.filePath(QStringLiteral("still.mcproj"))));
        const auto kept = mc::loadProject(QFile::encodeName(m_dir.filePath(QStringLiteral("still.mcproj"))).toStdString());
        QCOMPARE(kept.project.sources.size(), std::size_t{1});
        QVERIFY(kept.project.sources[0].missing);
        w.project()->setAskSaveHandler([] { return int(QMessageBox::Discard); });
    }
    // Located: the reference is fixed, the data loads, and the change is unsaved until saved.
    {
        mcui::MainWindow w;
        w.project()->setLocateHandler([moved](const QString&) { return moved; });
        QVERIFY(w.project()->open(m_project));
        QVERIFY(w.dataset());
        QCOMPARE(w.dataPaths(), QStringList{moved});
        QVERIFY(w.project()->missingDataFiles().isEmpty());
        QVERIFY(w.isWindowModified());
        QCOMPARE(QString::fromStdString(w.runs()->run(0)->result->config.dataPaths.at(0)), moved);
        QVERIFY(w.project()->save());
        const auto fixed = mc::loadProject(QFile::encodeName(m_project).toStdString());
        QCOMPARE(QString::fromStdString(fixed.project.sources.at(0).paths.at(0)), moved);
        QVERIFY(!fixed.project.sources[0].missing);
    }
}

void TestProject::newerProjectIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("future.mcproj"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "marinecast-project", "version": 99, "sources": [], "runs": []})");
    f.close();
    mcui::MainWindow w;
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!w.project()->open(path));
    QVERIFY2(shown.contains(QStringLiteral("newer version of MarineCast")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("99")));
    QVERIFY(w.project()->path().isEmpty());
}

QTEST_MAIN(TestProject)
#include "tst_project.moc"
