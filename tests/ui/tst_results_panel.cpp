// SPDX-License-Identifier: GPL-3.0-or-later
// Issue "analyst's desktop workflow", item 5: reading a run's result.
#include "metrics_table.h"
#include "qcustomplot_include.h"
#include "results_panel.h"
#include "sample_run.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QtTest>

#include <cmath>

using mcui::MetricsTable;

class TestResultsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsObservedAndPredictedOverTheTestRange();
    void horizonSwitchChangesTheData();
    void baselineTogglesAddAndRemoveGraphs();
    void gapsBreakTheLines();
    void residualPlotFollowsTheZoom();
    void doubleClickResetsTheZoom();
    void metricsTableMatchesTheResult();
    void skillIsStatedInWords();
    void hoverReadsOutTheNearestDay();
    void sameRunKeepsTheViewAndNullClears();
    void languageChangeKeepsTheView();
    void screenshot();

private:
    void show(mcui::RunResultPtr result, int id = 1, const QString& name = QStringLiteral("run A"));
    [[nodiscard]] QCPGraph* graph(const QString& name) const;

    mcui::RunResultPtr m_result;
    std::unique_ptr<mcui::ResultsPanel> m_panel;
    QCustomPlot* m_plot = nullptr;
    QCustomPlot* m_residual = nullptr;
};

void TestResultsPanel::initTestCase()
{
    m_result = sample_run::run(sample_run::smallConfig());
    QCOMPARE(m_result->data.test.horizon, 3);
    QVERIFY(m_result->data.test.count > 300);
    m_panel = std::make_unique<mcui::ResultsPanel>();
    m_panel->resize(1100, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_plot = m_panel->findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    m_residual = m_panel->findChild<QCustomPlot*>(QStringLiteral("residualPlot"));
    QVERIFY(m_plot && m_residual);
    QVERIFY(m_panel->findChild<QSpinBox*>(QStringLiteral("horizonSpin")));
    QVERIFY(m_panel->findChild<MetricsTable*>(QStringLiteral("metricsTable")));
}

void TestResultsPanel::show(mcui::RunResultPtr result, int id, const QString& name)
{
    mcui::RunRecord run{id, name, QDateTime::currentDateTime(), std::move(result)};
    m_panel->showRun(&run);
    QCoreApplication::processEvents();
}

QCPGraph* TestResultsPanel::graph(const QString& name) const
{
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->graph(i)->objectName() == name)
            return m_plot->graph(i);
    return nullptr;
}

void TestResultsPanel::showsObservedAndPredictedOverTheTestRange()
{
    m_panel->setBaselines({});
    m_panel->setHorizon(1);
    show(m_result);
    QCOMPARE(m_plot->graphCount(), 2);
    auto* observed = graph(QStringLiteral("observed"));
    auto* predicted = graph(QStringLiteral("predicted"));
    QVERIFY(observed && predicted);
    const auto& w = m_result->data.test;
    QCOMPARE(observed->dataCount(), sample_run::expectedPoints(*m_result, 1));
    QCOMPARE(predicted->dataCount(), observed->dataCount());
    // Blue and orange, as in the reference slides.
    QCOMPARE(observed->pen().color(), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(predicted->pen().color(), QColor(0xff, 0x7f, 0x0e));
    QCOMPARE(observed->data()->at(0)->key, double(w.validTime[0]));
    QCOMPARE(observed->data()->at(0)->value, w.observed[0]);
    QCOMPARE(predicted->data()->at(0)->value, m_result->predicted[0]);
    const auto last = observed->dataCount() - 1;
    QCOMPARE(observed->data()->at(last)->key, double(w.validTime[(w.count - 1) * 3]));
    QCOMPARE(m_residual->graphCount(), 1);
    QCOMPARE(m_residual->graph(0)->dataCount(), observed->dataCount());
    QCOMPARE(m_residual->graph(0)->data()->at(0)->value, m_result->predicted[0] - w.observed[0]);
}

void TestResultsPanel::horizonSwitchChangesTheData()
{
    show(m_result);
    m_panel->setHorizon(1);
    auto* spin = m_panel->findChild<QSpinBox*>(QStringLiteral("horizonSpin"));
    QCOMPARE(spin->maximum(), 3);
    spin->setValue(3);
    QCOMPARE(m_panel->horizon(), 3);
    const auto& w = m_result->data.test;
    auto* predicted = graph(QStringLiteral("predicted"));
    QVERIFY(predicted);
    QCOMPARE(predicted->dataCount(), sample_run::expectedPoints(*m_result, 3));
    // Step 3 of the first window is valid two days after step 1, and is its own forecast.
    QCOMPARE(predicted->data()->at(0)->key, double(w.validTime[2]));
    QCOMPARE(predicted->data()->at(0)->value, m_result->predicted[2]);
    QCOMPARE(graph(QStringLiteral("observed"))->data()->at(0)->value, w.observed[2]);
    spin->setValue(1);
    QCOMPARE(graph(QStringLiteral("predicted"))->data()->at(0)->value, m_result->predicted[0]);
}

void TestResultsPanel::baselineTogglesAddAndRemoveGraphs()
{
    show(m_result);
    m_panel->setHorizon(2);
    auto* persistence = m_panel->findChild<QCheckBox*>(QStringLiteral("persistenceCheck"));
    auto* climatology = m_panel->findChild<QCheckBox*>(QStringLiteral("climatologyCheck"));
    QVERIFY(persistence && climatology);
    persistence->setChecked(false);
    climatology->setChecked(false);
    QCOMPARE(m_plot->graphCount(), 2);
    persistence->setChecked(true);
    QCOMPARE(m_plot->graphCount(), 3);
    auto* p = graph(QStringLiteral("persistence"));
    QVERIFY(p);
    QCOMPARE(p->data()->at(0)->value, m_result->persistence[1]);
    QCOMPARE(p->pen().style(), Qt::DashLine);
    climatology->setChecked(true);
    QCOMPARE(m_plot->graphCount(), 4);
    QCOMPARE(graph(QStringLiteral("climatology"))->data()->at(0)->value, m_result->climatology[1]);
    persistence->setChecked(false);
    QCOMPARE(m_plot->graphCount(), 3);
    QVERIFY(!graph(QStringLiteral("persistence")));
    QVERIFY(graph(QStringLiteral("climatology")));
    climatology->setChecked(false);
    QCOMPARE(m_plot->graphCount(), 2);
    m_panel->setHorizon(1);
}

void TestResultsPanel::gapsBreakTheLines()
{
    // Six missing days in June 2018 drop every test window that touches them.
    const auto gappy = sample_run::withGap("station1", "water_temp", 2018, 6, 1, 6);
    const auto result = sample_run::run(sample_run::smallConfig(), gappy);
    QVERIFY(result->data.skipped[2] > 0);
    show(result, 2, QStringLiteral("gappy"));
    auto* observed = graph(QStringLiteral("observed"));
    const int expected = sample_run::expectedPoints(*result, 1);
    // One more break than the sample data has of its own.
    QCOMPARE(expected - int(result->data.test.count), sample_run::expectedPoints(*m_result, 1) - int(m_result->data.test.count) + 1);
    QCOMPARE(observed->dataCount(), expected);
    int nanPoints = 0;
    bool breakInJune = false;
    const double june1 = double(*mc::daysFromCivil(2018, 6, 1) * mc::kSecondsPerDay);
    for (auto it = observed->data()->constBegin(); it != observed->data()->constEnd(); ++it)
        if (std::isnan(it->value)) {
            ++nanPoints;
            breakInJune = breakInJune || (it->key > june1 && it->key < june1 + 12 * mc::kSecondsPerDay);
        }
    QCOMPARE(nanPoints, expected - int(result->data.test.count));
    QVERIFY(breakInJune);
    // The other series break at the same place.
    auto* predicted = graph(QStringLiteral("predicted"));
    for (int i = 0; i < observed->dataCount(); ++i)
        QCOMPARE(std::isnan(predicted->data()->at(i)->value), std::isnan(observed->data()->at(i)->value));
    show(m_result);
}

void TestResultsPanel::residualPlotFollowsTheZoom()
{
    show(m_result);
    const double t0 = double(m_result->data.test.validTime[30]);
    const double t1 = t0 + 20 * mc::kSecondsPerDay;
    m_plot->xAxis->setRange(t0, t1);
    QCOMPARE(m_residual->xAxis->range().lower, t0);
    QCOMPARE(m_residual->xAxis->range().upper, t1);
    // Both ways: panning the error plot moves the forecast plot.
    m_residual->xAxis->moveRange(5 * mc::kSecondsPerDay);
    QCOMPARE(m_plot->xAxis->range().lower, t0 + 5 * mc::kSecondsPerDay);

    // The mouse wheel zooms time only, and the error plot follows.
    const QCPRange before = m_plot->xAxis->range();
    const QCPRange valuesBefore = m_plot->yAxis->range();
    const QPointF centre = m_plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, m_plot->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_plot, &wheel);
    QVERIFY(m_plot->xAxis->range().size() < before.size());
    QCOMPARE(m_residual->xAxis->range().lower, m_plot->xAxis->range().lower);
    QCOMPARE(m_residual->xAxis->range().upper, m_plot->xAxis->range().upper);
    // The value axis is refitted to what is visible, not zoomed by the wheel.
    QVERIFY(m_plot->yAxis->range().size() <= valuesBefore.size() * 1.0001);
}

void TestResultsPanel::doubleClickResetsTheZoom()
{
    show(m_result);
    const auto& w = m_result->data.test;
    const QCPRange full(double(w.validTime[0]), double(w.validTime[(w.count - 1) * 3]));
    m_plot->xAxis->setRange(full.lower + full.size() / 3, full.upper - full.size() / 3);
    QTest::mouseDClick(m_plot, Qt::LeftButton, {}, m_plot->axisRect()->rect().center());
    QCOMPARE(m_plot->xAxis->range().lower, full.lower);
    QCOMPARE(m_plot->xAxis->range().upper, full.upper);
    QCOMPARE(m_residual->xAxis->range().upper, full.upper);
}

void TestResultsPanel::metricsTableMatchesTheResult()
{
    show(m_result);
    m_panel->setHorizon(2);
    auto* table = m_panel->findChild<MetricsTable*>(QStringLiteral("metricsTable"));
    const auto value = [&](int row, int column) { return table->item(row, column)->data(Qt::UserRole).toDouble(); };
    const int pooled = MetricsTable::kPooledHeaderRow;
    QCOMPARE(table->item(pooled + 1, MetricsTable::ForecastColumn)->text(), QStringLiteral("Model"));
    QCOMPARE(value(pooled + 1, MetricsTable::RmseColumn), m_result->model.pooled.rmse);
    QCOMPARE(value(pooled + 1, MetricsTable::MaeColumn), m_result->model.pooled.mae);
    QCOMPARE(value(pooled + 1, MetricsTable::NseColumn), m_result->model.pooled.nse);
    QCOMPARE(value(pooled + 1, MetricsTable::SkillColumn), m_result->skill);
    QCOMPARE(value(pooled + 2, MetricsTable::RmseColumn), m_result->persistenceScore.pooled.rmse);
    QCOMPARE(value(pooled + 3, MetricsTable::BiasColumn), m_result->climatologyScore.pooled.bias);
    // The step section follows the selected step.
    const int step = MetricsTable::kStepHeaderRow;
    QVERIFY(table->item(step, 0)->text().contains(QLatin1Char('2')));
    QCOMPARE(value(step + 1, MetricsTable::RmseColumn), m_result->model.perHorizon[1].rmse);
    QCOMPARE(value(step + 1, MetricsTable::R2Column), m_result->model.perHorizon[1].r2);
    QCOMPARE(value(step + 2, MetricsTable::MapeColumn), m_result->persistenceScore.perHorizon[1].mape);
    QCOMPARE(value(step + 1, MetricsTable::SkillColumn), m_result->skillPerHorizon[1]);
    m_panel->setHorizon(3);
    QCOMPARE(value(step + 1, MetricsTable::RmseColumn), m_result->model.perHorizon[2].rmse);
    QVERIFY(table->horizontalHeaderItem(MetricsTable::RmseColumn)->text().contains(QStringLiteral("°C")));
    m_panel->setHorizon(1);
}

void TestResultsPanel::skillIsStatedInWords()
{
    show(m_result);
    auto* label = m_panel->findChild<QLabel*>(QStringLiteral("skillLabel"));
    const QString text = label->text();
    if (m_result->skill > 0)
        QVERIFY2(text.contains(QStringLiteral("The model beats persistence")), qPrintable(text));
    else
        QVERIFY2(text.contains(QStringLiteral("does not beat persistence")), qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(m_result->skill, 'f', std::abs(m_result->skill) < 0.01 ? 3 : 2)));

    // The opposite case, from the same run with its model's RMSE made larger than persistence's.
    auto worse = std::make_shared<mc::ExperimentResult>(*m_result);
    worse->skill = -0.25;
    show(worse, 3, QStringLiteral("worse"));
    QVERIFY(label->text().contains(QStringLiteral("does not beat persistence: skill -0.25 (RMSE 25 % higher)")));
    worse->skill = 0.12;
    show(std::make_shared<mc::ExperimentResult>(*worse), 4, QStringLiteral("better"));
    QVERIFY(label->text().contains(QStringLiteral("The model beats persistence: skill 0.12 (RMSE 12 % lower)")));
    show(m_result);
}

void TestResultsPanel::hoverReadsOutTheNearestDay()
{
    show(m_result);
    m_panel->resetZoom();
    QCoreApplication::processEvents();
    const auto& w = m_result->data.test;
    const std::size_t i = 100;
    const double key = double(w.validTime[i * 3]);
    const QPointF pos(m_plot->xAxis->coordToPixel(key) + 0.3, m_plot->axisRect()->rect().center().y());
    QMouseEvent move(QEvent::MouseMove, pos, m_plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_plot, &move);
    const QString text = m_panel->readoutText();
    QVERIFY2(text.contains(QString::fromStdString(mc::formatTime(w.validTime[i * 3], true))), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(w.observed[i * 3], 'f', 2)), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(m_result->predicted[i * 3], 'f', 2)), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(m_result->predicted[i * 3] - w.observed[i * 3], 'f', 2)), qPrintable(text));
    // Leaving the plot hides it.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_plot, &leave);
    QVERIFY(m_panel->readoutText().isEmpty());
}

void TestResultsPanel::sameRunKeepsTheViewAndNullClears()
{
    show(m_result);
    const QCPRange full = m_plot->xAxis->range();
    m_plot->xAxis->setRange(full.lower, full.lower + full.size() / 4);
    const QCPRange zoomed = m_plot->xAxis->range();
    show(m_result, 1, QStringLiteral("renamed"));
    QCOMPARE(m_plot->xAxis->range().upper, zoomed.upper);
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("resultsHeader"))->text().contains(QStringLiteral("renamed")));
    m_panel->showRun(nullptr);
    QCOMPARE(m_plot->graphCount(), 0);
    QCOMPARE(m_panel->runId(), -1);
    auto* table = m_panel->findChild<MetricsTable*>(QStringLiteral("metricsTable"));
    QVERIFY(std::isnan(table->item(MetricsTable::kPooledHeaderRow + 1, MetricsTable::RmseColumn)->data(Qt::UserRole).toDouble()));
    show(m_result);
    QCOMPARE(m_plot->graphCount(), 2);
}

void TestResultsPanel::languageChangeKeepsTheView()
{
    show(m_result);
    m_panel->setBaselines({false, true});
    const QCPRange full = m_plot->xAxis->range();
    m_plot->xAxis->setRange(full.lower, full.center());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_panel.get(), &change);
    QCOMPARE(m_plot->graphCount(), 3);
    QCOMPARE(m_plot->xAxis->range().upper, full.center());
    QVERIFY(!m_panel->findChild<QLabel*>(QStringLiteral("skillLabel"))->text().isEmpty());
    QCOMPARE(m_panel->findChild<QCheckBox*>(QStringLiteral("climatologyCheck"))->text(), QStringLiteral("&Climatology"));
    m_panel->setBaselines({});
    m_panel->resetZoom();
}

void TestResultsPanel::screenshot()
{
    // For looking at the panel: MARINECAST_SCREENSHOTS=<folder> saves it there.
    const QString dir = qEnvironmentVariable("MARINECAST_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MARINECAST_SCREENSHOTS not set");
    // A model trained long enough to follow the data, for a realistic picture.
    auto config = sample_run::smallConfig();
    config.params.set("epochs", std::int64_t{40});
    config.params.set("hidden", std::int64_t{16});
    config.params.set("predict-change", true);
    config.params.set("output-activation", std::string("none"));
    show(sample_run::run(config), 99, QStringLiteral("Current model, 40 epochs"));
    m_panel->setBaselines({true, false});
    m_panel->setHorizon(1);
    QCoreApplication::processEvents();
    const double key = double(m_result->data.test.validTime[150 * 3]);
    const QPointF pos(m_plot->xAxis->coordToPixel(key), m_plot->axisRect()->rect().center().y());
    QMouseEvent move(QEvent::MouseMove, pos, m_plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_plot, &move);
    QTest::qWait(50);
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/results_panel.png")));
    m_plot->xAxis->setRange(key - 20 * mc::kSecondsPerDay, key + 20 * mc::kSecondsPerDay);
    QTest::qWait(50);
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/results_panel_zoomed.png")));
    m_panel->setBaselines({});
    show(m_result);
}

QTEST_MAIN(TestResultsPanel)
#include "tst_results_panel.moc"
