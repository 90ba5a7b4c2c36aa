// SPDX-License-Identifier: GPL-3.0-or-later
// Issue "Original vs current model", items 4 and 5 (GUI): the Compare tab runs a paired
// comparison on the sample data, shows the slides' table and the overlay chart, exports them,
// repeats the comparison for every variable of a station, and stops on request.
#include "comparison_export.h"
#include "comparison_job.h"
#include "comparison_panel.h"
#include "comparison_table_widget.h"
#include "comparison_view.h"
#include "config_list.h"
#include "main_window.h"
#include "model_panel.h"
#include "qcustomplot_include.h"
#include "run_list_model.h"
#include "sample_run.h"
#include "variable_summary_table.h"
#include "variable_sweep.h"

#include <QAction>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <set>

using mcui::ComparisonTableWidget;
using Kind = ComparisonTableWidget::RowKind;

namespace {

bool near(double a, double b, double relative = 1e-3)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b)) + 1e-6;
}

// What the Model panel gives: every option set, here to the small sample run's values.
mc::RunConfig configA()
{
    mc::RunConfig c = sample_run::smallConfig();
    c.params.fillDefaults(mc::optionsFor(c.model));
    return c;
}

mc::RunConfig configB()
{
    mc::RunConfig c = configA();
    c.params.set("hidden", std::int64_t{4});
    c.params.set("batch", std::int64_t{64});
    return c;
}

}  // namespace

class TestComparisonPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void comparesTwoConfigurations();
    void allVariablesOfTheStation();
    void sparseVariableIsSkippedWithReason();
    void jobStopsDuringFirstConfiguration();
    void mainWindowHasTheCompareTab();

private:
    /// A panel offering "Current settings" (configA) and a past run with configB's settings.
    void setUp(mcui::ComparisonPanel& panel, mcui::RunListModel& runs, std::shared_ptr<const mc::Dataset> data = {});

    QTemporaryDir m_config;
    std::shared_ptr<const mc::Dataset> m_data;
};

void TestComparisonPanel::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparison_panel"));
    m_data = std::make_shared<const mc::Dataset>(sample_run::sampleDataset());
}

void TestComparisonPanel::setUp(mcui::ComparisonPanel& panel, mcui::RunListModel& runs, std::shared_ptr<const mc::Dataset> data)
{
    panel.setDataset(data ? data : m_data);
    panel.setRuns(&runs);
    panel.setConfigSource([] { return configA(); });
    // Only its settings matter: the comparison trains it again on the shared split.
    auto past = std::make_shared<mc::ExperimentResult>();
    past->config = configB();
    const int id = runs.addRun(past, QStringLiteral("Small batch"));
    panel.configList()->setCheckedKeys({QStringLiteral("current"), QStringLiteral("run:%1").arg(id)});
}

void TestComparisonPanel::comparesTwoConfigurations()
{
    mcui::ComparisonPanel panel;
    mcui::RunListModel runs;
    setUp(panel, runs);
    panel.resize(1100, 800);
    QSignalSpy finished(&panel, &mcui::ComparisonPanel::comparisonFinished);
    QVERIFY(panel.runComparison());
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));

    const auto results = panel.view()->results();
    const QStringList names{QStringLiteral("Current settings"), QStringLiteral("Small batch")};
    QCOMPARE(panel.view()->names(), names);
    QCOMPARE(results.size(), 2);
    for (const auto& r : results) {
        QVERIFY(r->ok());
        QVERIFY(!r->training.model);
        QCOMPARE(r->data.test.count, results[0]->data.test.count);  // the same test windows
    }
    QCOMPARE(results[0]->config.params.getInt("hidden"), 8);
    QCOMPARE(results[1]->config.params.getInt("hidden"), 4);

    // One column per configuration and per baseline, after the item column.
    auto* table = panel.findChild<ComparisonTableWidget*>(QStringLiteral("comparisonTable"));
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 1 + 2 + 2);
    QCOMPARE(table->headerItem()->text(1).replace(QLatin1Char('\n'), QLatin1Char(' ')), names[0]);  // long names wrap
    QCOMPARE(table->headerItem()->text(2).replace(QLatin1Char('\n'), QLatin1Char(' ')), names[1]);
    QCOMPARE(table->headerItem()->text(3), QStringLiteral("Persistence"));
    QCOMPARE(table->headerItem()->text(4), QStringLiteral("Climatology"));

    // Exactly the settings that differ, highlighted; the shared ones folded away.
    const QStringList differing = table->keys(Kind::DifferingSetting);
    QCOMPARE(std::set<QString>(differing.begin(), differing.end()), (std::set<QString>{QStringLiteral("hidden"), QStringLiteral("batch")}));
    for (const auto& key : differing)
        QCOMPARE(table->rowForKey(key)->background(1).color(), ComparisonTableWidget::highlightColor());
    QCOMPARE(table->rowForKey(QStringLiteral("hidden"))->text(0), QStringLiteral("Hidden size"));
    QCOMPARE(table->rowForKey(QStringLiteral("hidden"))->text(1), QStringLiteral("8"));
    QCOMPARE(table->rowForKey(QStringLiteral("hidden"))->text(2), QStringLiteral("4"));
    QVERIFY(table->keys(Kind::SharedSetting).contains(QStringLiteral("lookback")));
    QTreeWidgetItem* shared = nullptr;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        if (table->topLevelItem(i)->data(0, ComparisonTableWidget::KeyRole).toString() == QLatin1String("shared"))
            shared = table->topLevelItem(i);
    QVERIFY(shared && !shared->isExpanded());

    // The scores are the results' own.
    const QStringList metrics = table->keys(Kind::Metric);
    QCOMPARE(metrics, (QStringList{QStringLiteral("rmse"), QStringLiteral("mae"), QStringLiteral("r2"), QStringLiteral("nse"),
                                   QStringLiteral("skill_vs_persistence"), QStringLiteral("train_seconds"), QStringLiteral("epochs_run")}));
    const auto value = [&](const char* key, int column) {
        return table->rowForKey(QLatin1String(key))->data(column, ComparisonTableWidget::ValueRole).toDouble();
    };
    for (int c = 0; c < 2; ++c) {
        const auto& m = results[c]->model.pooled;
        QVERIFY2(near(value("rmse", 1 + c), m.rmse), qPrintable(QString::number(value("rmse", 1 + c))));
        QVERIFY(near(value("mae", 1 + c), m.mae));
        QVERIFY(near(value("r2", 1 + c), m.r2));
        QVERIFY(near(value("nse", 1 + c), m.nse));
        QVERIFY(near(value("skill_vs_persistence", 1 + c), results[c]->skill));
        QVERIFY(near(value("train_seconds", 1 + c), results[c]->training.trainSeconds, 6e-3));  // three digits
        QCOMPARE(int(value("epochs_run", 1 + c)), results[c]->training.epochsRun);
    }
    QVERIFY(near(value("rmse", 3), results[0]->persistenceScore.pooled.rmse));
    QVERIFY(near(value("rmse", 4), results[0]->climatologyScore.pooled.rmse));
    panel.view()->setTableHorizon(2);
    QVERIFY(near(value("rmse", 1), results[0]->model.perHorizon[1].rmse));
    panel.view()->setTableHorizon(0);

    // Observed plus one forecast per configuration, a point per test window (and per gap).
    auto* plot = panel.findChild<QCustomPlot*>(QStringLiteral("overlayPlot"));
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), 1 + 2);
    const int points = sample_run::expectedPoints(*results[0], 1);
    for (int g = 0; g < 3; ++g)
        QCOMPARE(plot->graph(g)->data()->size(), points);
    QCOMPARE(plot->graph(0)->pen().color(), QColor(0x1f, 0x77, 0xb4));
    const auto& w = results[0]->data.test;
    const auto h = std::size_t(w.horizon);
    QCOMPARE(plot->graph(1)->data()->at(0)->key, double(w.validTime[0]));
    QCOMPARE(plot->graph(1)->data()->at(0)->value, results[0]->predicted[0]);
    panel.view()->setChartStep(2);
    QCOMPARE(plot->graph(1)->data()->size(), sample_run::expectedPoints(*results[0], 2));
    QCOMPARE(plot->graph(1)->data()->at(0)->key, double(w.validTime[1]));
    QCOMPARE(plot->graph(1)->data()->at(0)->value, results[0]->predicted[1]);
    QCOMPARE(plot->graph(2)->data()->at(0)->value, results[1]->predicted[1]);
    QVERIFY(h >= 2);

    // Exports: the table as the slides' CSV, the chart as PNG and SVG.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("comparison.csv"));
    QCOMPARE(mcui::exportComparisonTable(panel.view()->names(), results, panel.view()->tableHorizon(), csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("item,Current settings,Small batch,persistence,climatology"));
    QVERIFY(lines.contains(QStringLiteral("hidden,8,4,,")));
    QVERIFY(lines.contains(QStringLiteral("batch,128,64,,")));
    mcui::ChartExportSettings settings;
    settings.size = QSize(900, 500);
    settings.dpi = 120;
    const QString png = out.filePath(QStringLiteral("overlay.png"));
    QCOMPARE(mcui::exportOverlayChart(panel.view()->chartData(), png, settings), QString());
    QCOMPARE(QImage(png).size(), QSize(900, 500));
    settings.format = mcui::ChartFormat::Svg;
    const QString svg = out.filePath(QStringLiteral("overlay.svg"));
    QCOMPARE(mcui::exportOverlayChart(panel.view()->chartData(), svg, settings), QString());
    QVERIFY(QSvgRenderer(svg).isValid());

    // A comparison that cannot train says why and keeps what is shown.
    auto bad = configA();
    bad.target = "no_such_variable";
    QVERIFY(panel.runComparison({{"bad one", bad}, {"bad two", bad}}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY2(panel.message().contains(QStringLiteral("no_such_variable")) || panel.message().contains(QStringLiteral("lacks")),
             qPrintable(panel.message()));
    QCOMPARE(panel.view()->results(), results);
}

void TestComparisonPanel::allVariablesOfTheStation()
{
    mcui::ComparisonPanel panel;
    mcui::RunListModel runs;
    setUp(panel, runs);
    QSignalSpy done(&panel, &mcui::ComparisonPanel::allVariablesFinished);
    QVERIFY(panel.runAllVariables());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 240000);
    QVERIFY(!panel.isRunning());

    auto* summary = panel.summaryTable();
    QVERIFY(summary->isVisibleTo(&panel));
    QCOMPARE(summary->rowCount(), 5);
    QCOMPARE(summary->columnCount(), 1 + 2 * 2 + 2);
    std::set<QString> variables;
    for (int row = 0; row < summary->rowCount(); ++row) {
        variables.insert(summary->item(row, 0)->text());
        QCOMPARE(summary->item(row, 0)->data(mcui::VariableSummaryTable::StatusRole).toString(), QStringLiteral("ok"));
        QVERIFY(!summary->item(row, 1)->text().isEmpty());  // RMSE of the first configuration
    }
    QCOMPARE(variables, (std::set<QString>{QStringLiteral("air_temp"), QStringLiteral("chlorophyll_a"),
                                          QStringLiteral("dissolved_oxygen"), QStringLiteral("salinity"), QStringLiteral("water_temp")}));
    // A row opens its variable's comparison.
    summary->setCurrentCell(3, 0);
    QCOMPARE(QString::fromStdString(panel.view()->results().front()->data.target), summary->item(3, 0)->text());

    QTemporaryDir out;
    mcui::ChartExportSettings settings;
    settings.size = QSize(800, 450);
    settings.dpi = 96;
    QStringList written;
    QCOMPARE(mcui::exportComparisonCharts(panel.sweep()->outcomes(), out.path(), settings, &written), QString());
    QCOMPARE(written.size(), 5 * (1 + 2));  // per variable: the overlay and each configuration's chart
    for (const auto& path : written)
        QVERIFY2(!QImage(path).isNull(), qPrintable(path));
}

void TestComparisonPanel::sparseVariableIsSkippedWithReason()
{
    // No salinity at all in the test year: no test window, so that variable cannot be compared.
    auto data = std::make_shared<const mc::Dataset>(sample_run::withGap("station1", "salinity", 2018, 1, 1, 365));
    mcui::ComparisonPanel panel;
    mcui::RunListModel runs;
    setUp(panel, runs, data);
    panel.configList()->setCheckedKeys({QStringLiteral("current")});
    QSignalSpy done(&panel, &mcui::ComparisonPanel::allVariablesFinished);
    QVERIFY(panel.runAllVariables());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 240000);
    auto* summary = panel.summaryTable();
    QCOMPARE(summary->rowCount(), 5);
    int skipped = 0;
    for (int row = 0; row < summary->rowCount(); ++row) {
        const QString status = summary->item(row, 0)->data(mcui::VariableSummaryTable::StatusRole).toString();
        if (summary->item(row, 0)->text() == QLatin1String("salinity")) {
            QCOMPARE(status, QStringLiteral("skipped"));
            const QString reason = summary->item(row, summary->columnCount() - 1)->text();
            QVERIFY2(reason.contains(QStringLiteral("shorter lookback")), qPrintable(reason));
            ++skipped;
        } else {
            QCOMPARE(status, QStringLiteral("ok"));
        }
    }
    QCOMPARE(skipped, 1);
    QVERIFY(panel.message().contains(QStringLiteral("4 of 5")));
}

void TestComparisonPanel::jobStopsDuringFirstConfiguration()
{
    mcui::ComparisonJob job;
    QSignalSpy progress(&job, &mcui::ComparisonJob::progress);
    QSignalSpy finished(&job, &mcui::ComparisonJob::finished);
    QSignalSpy failed(&job, &mcui::ComparisonJob::failed);
    auto a = configA(), b = configB();
    a.params.set("epochs", std::int64_t{300});
    b.params.set("epochs", std::int64_t{300});
    std::vector<mc::NamedConfig> configs{{"a", a}, {"b", b}};
    mc::alignForComparison(configs);
    QVERIFY(job.start(configs, m_data));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(configs, m_data));  // one comparison at a time
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 60000);
    QCOMPARE(progress.at(0).at(0).toInt(), 0);
    QCOMPARE(progress.at(0).at(1).toString(), QStringLiteral("a"));
    QElapsedTimer clock;
    clock.start();
    job.requestStop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!job.isRunning());
    QCOMPARE(failed.count(), 0);
    const auto results = finished.at(0).at(1).value<QVector<mcui::RunResultPtr>>();
    QCOMPARE(results.size(), 1);  // the second configuration was never begun
    QCOMPARE(results[0]->training.status, mc::TrainStatus::Stopped);
    QVERIFY(results[0]->training.epochsRun < 300);
}

void TestComparisonPanel::mainWindowHasTheCompareTab()
{
    mcui::MainWindow w;
    QVERIFY(w.openData({mcui::MainWindow::samplePath()}));
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("centreTabs"));
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->widget(int(mcui::MainWindow::Tab::Compare)), static_cast<QWidget*>(w.comparisonPanel()));
    auto* compare = w.findChild<QAction*>(QStringLiteral("compareAction"));
    QVERIFY(compare && w.findChild<QAction*>(QStringLiteral("allVariablesAction")));
    compare->trigger();
    QCOMPARE(tabs->currentIndex(), int(mcui::MainWindow::Tab::Compare));
    // "Current settings" is the Model panel's, data files included.
    const auto configs = w.comparisonPanel()->configList()->checkedConfigs();
    QVERIFY(!configs.empty());
    QCOMPARE(configs.front().config.target, w.modelPanel()->config().target);
    QVERIFY(!configs.front().config.dataPaths.empty());
}

QTEST_MAIN(TestComparisonPanel)
#include "tst_comparison_panel.moc"
