// SPDX-License-Identifier: GPL-3.0-or-later
// Issue "analyst's desktop workflow", item 6: the run list.
#include "run_list_model.h"
#include "run_list_panel.h"
#include "sample_run.h"

#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using mcui::RunListModel;

Q_DECLARE_METATYPE(const mcui::RunRecord*)

class TestRunListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addShowsTheColumns();
    void renameOnlyTheName();
    void removeRowsInAnyOrder();
    void statusNamesHowTrainingEnded();
    void panelReportsCurrentRunAndExportRows();

private:
    mcui::RunResultPtr m_result;
};

void TestRunListModel::initTestCase()
{
    m_result = sample_run::run(sample_run::smallConfig());
}

void TestRunListModel::addShowsTheColumns()
{
    RunListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int a = model.addRun(m_result, QStringLiteral("first"));
    const int b = model.addRun(m_result, QString());
    QCOMPARE(inserted.count(), 2);
    QVERIFY(a != b);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(RunListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(RunListModel::SkillColumn, Qt::Horizontal).toString(), QStringLiteral("Skill vs persistence"));
    const auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    QCOMPARE(text(0, RunListModel::NameColumn), QStringLiteral("first"));
    QCOMPARE(text(1, RunListModel::NameColumn), QStringLiteral("Run %1").arg(b));  // a blank name gets one
    QCOMPARE(text(0, RunListModel::ModelColumn), QStringLiteral("LSTM"));
    QCOMPARE(text(0, RunListModel::SettingsColumn), QStringLiteral("hidden 8 · batch 128 · lookback 7 · adam"));
    QCOMPARE(text(0, RunListModel::RmseColumn), QLocale().toString(m_result->model.pooled.rmse, 'g', 3) + QStringLiteral(" °C"));
    QCOMPARE(text(0, RunListModel::SkillColumn), QLocale().toString(m_result->skill, 'f', 3));
    QCOMPARE(text(0, RunListModel::StatusColumn), QStringLiteral("finished"));
    QCOMPARE(model.data(model.index(1, RunListModel::StatusColumn), RunListModel::RunIdRole).toInt(), b);
    QCOMPARE(model.run(1)->id, b);
    QCOMPARE(model.run(0)->result, m_result);
    QVERIFY(model.run(0)->finished.isValid());
    QVERIFY(!model.run(2));
    QCOMPARE(model.rowOfId(b), 1);
    QCOMPARE(model.rowOfId(12345), -1);
}

void TestRunListModel::renameOnlyTheName()
{
    RunListModel model;
    model.addRun(m_result, QStringLiteral("old"));
    QVERIFY(model.flags(model.index(0, RunListModel::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, RunListModel::RmseColumn)) & Qt::ItemIsEditable));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, RunListModel::NameColumn), QStringLiteral("  new name ")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.run(0)->name, QStringLiteral("new name"));
    QVERIFY(!model.setData(model.index(0, RunListModel::NameColumn), QStringLiteral("   ")));
    QVERIFY(!model.setData(model.index(0, RunListModel::RmseColumn), QStringLiteral("1")));
    QVERIFY(model.renameRun(0, QStringLiteral("third")));
    QVERIFY(!model.renameRun(3, QStringLiteral("nobody")));
    QCOMPARE(model.run(0)->name, QStringLiteral("third"));
}

void TestRunListModel::removeRowsInAnyOrder()
{
    RunListModel model;
    QList<int> ids;
    for (int i = 0; i < 5; ++i)
        ids << model.addRun(m_result, QStringLiteral("r%1").arg(i));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeRuns({3, 0, 3, 17, -1});
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.run(0)->name, QStringLiteral("r1"));
    QCOMPARE(model.run(2)->name, QStringLiteral("r4"));
    QCOMPARE(model.rowOfId(ids[0]), -1);
    QCOMPARE(model.rowOfId(ids[4]), 2);
    // Ids are never reused, so a panel holding one cannot pick up another run.
    QVERIFY(!ids.contains(model.addRun(m_result, QStringLiteral("later"))));
}

void TestRunListModel::statusNamesHowTrainingEnded()
{
    RunListModel model;
    auto stopped = std::make_shared<mc::ExperimentResult>(*m_result);
    stopped->training.status = mc::TrainStatus::Stopped;
    auto early = std::make_shared<mc::ExperimentResult>(*m_result);
    early->training.status = mc::TrainStatus::EarlyStopped;
    auto failed = std::make_shared<mc::ExperimentResult>();
    failed->failedStage = mc::ExperimentStage::Train;
    failed->error = "diverged";
    model.addRun(stopped, QStringLiteral("s"));
    model.addRun(early, QStringLiteral("e"));
    model.addRun(failed, QStringLiteral("f"));
    const auto status = [&](int row) { return model.data(model.index(row, RunListModel::StatusColumn)).toString(); };
    QCOMPARE(status(0), QStringLiteral("stopped"));
    QCOMPARE(status(1), QStringLiteral("early-stopped"));
    QCOMPARE(status(2), QStringLiteral("failed"));
    QVERIFY(model.data(model.index(2, RunListModel::RmseColumn)).toString().isEmpty());
    QCOMPARE(model.data(model.index(2, RunListModel::NameColumn), Qt::ToolTipRole).toString(), QStringLiteral("diverged"));
}

void TestRunListModel::panelReportsCurrentRunAndExportRows()
{
    qRegisterMetaType<const mcui::RunRecord*>();
    RunListModel model;
    mcui::RunListPanel panel(&model);
    panel.resize(900, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    int currentId = -2;
    connect(&panel, &mcui::RunListPanel::currentRunChanged, this,
            [&](const mcui::RunRecord* run) { currentId = run ? run->id : -1; });
    QSignalSpy exports(&panel, &mcui::RunListPanel::exportChartsRequested);
    const int a = model.addRun(m_result, QStringLiteral("a"));
    const int b = model.addRun(m_result, QStringLiteral("b"));
    model.addRun(m_result, QStringLiteral("c"));
    panel.selectRow(1);
    QCOMPARE(currentId, b);
    panel.exportSelected();
    QCOMPARE(exports.count(), 1);
    QCOMPARE(exports.takeFirst().at(0).value<QList<int>>(), QList<int>{1});

    // Extended selection: several rows go to the batch export at once.
    auto* view = panel.findChild<QTableView*>(QStringLiteral("runTable"));
    QVERIFY(view);
    view->selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(panel.selectedRows(), (QList<int>{1, 2}));
    panel.exportSelected();
    QCOMPARE(exports.takeFirst().at(0).value<QList<int>>(), (QList<int>{1, 2}));

    // Removing the current run moves the tabs to another run or to none.
    model.removeRuns({1});
    QVERIFY(currentId != b);
    panel.selectRow(model.rowOfId(a));
    QCOMPARE(currentId, a);
    model.removeRuns({0, 1});
    QCOMPARE(currentId, -1);
    if (const QString shots = qEnvironmentVariable("MARINECAST_SCREENSHOTS"); !shots.isEmpty()) {
        model.addRun(m_result, QStringLiteral("Current model, water"));
        model.addRun(std::make_shared<mc::ExperimentResult>(*m_result), QStringLiteral("second try"));
        panel.selectRow(0);
        QTest::qWait(50);
        // Columns fit their contents, so names are not cut short.
        QVERIFY(view->columnWidth(RunListModel::NameColumn) > view->fontMetrics().horizontalAdvance(QStringLiteral("Current model, water")));
        QVERIFY(panel.grab().save(shots + QStringLiteral("/run_list.png")));
    }
}

QTEST_MAIN(TestRunListModel)
#include "tst_run_list_model.moc"
