// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7 item 2 (GUI) and issue 10 item 4: Run → Forecast with saved model, the forecast ahead in
// the results chart, and the attention view of one prediction.
#include "attention_view.h"
#include "bundle_forecast.h"
#include "bundle_forecast_job.h"
#include "bundle_forecast_text.h"
#include "forecaster.h"
#include "model_registry.h"
#include "qcustomplot_include.h"
#include "results_panel.h"
#include "run_list_model.h"
#include "sample_run.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

QString writeBundle(const QTemporaryDir& dir, const mc::ExperimentResult& r, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(r.modelFile.data(), qint64(r.modelFile.size())) != qint64(r.modelFile.size()))
        return {};
    return path;
}

// The sample CSV without its salinity column.
QString writeWithoutSalinity(const QTemporaryDir& dir)
{
    QFile in(mcui::MainWindow::samplePath());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir.filePath(QStringLiteral("no_salinity.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.startsWith('#')) {
            out.write(line);
            continue;
        }
        QList<QByteArray> cells = line.trimmed().split(',');
        if (cells.size() > 4)
            cells.removeAt(4);  // station,date,air_temp,water_temp,salinity,…
        out.write(cells.join(',') + '\n');
    }
    return path;
}

QCPGraph* graphNamed(QCustomPlot* plot, const QString& name)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    return nullptr;
}

}  // namespace

class TestSavedModelGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void forecastAddsARun();
    void missingVariableIsExplained();
    void unreadableModelIsExplained();
    void aheadToggleExtendsTheChart();
    void attentionViewShowsTheChosenPrediction();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void TestSavedModelGui::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_saved_model_gui"));
}

void TestSavedModelGui::forecastAddsARun()
{
    const auto trained = sample_run::run(sample_run::smallConfig());
    const QString bundlePath = writeBundle(m_dir, *trained, QStringLiteral("model.mcmodel"));
    QVERIFY(!bundlePath.isEmpty());

    mcui::MainWindow w;
    QVERIFY(!w.forecastWithBundle(bundlePath));  // no data yet
    QVERIFY(w.openData({mcui::MainWindow::samplePath()}));
    QSignalSpy added(&w, &mcui::MainWindow::runAdded);
    QSignalSpy running(w.forecastJob(), &mcui::BundleForecastJob::runningChanged);
    QVERIFY(w.forecastWithBundle(bundlePath));
    QVERIFY(w.forecastJob()->isRunning());  // off the GUI thread: the call returned at once
    QVERIFY(!w.forecastWithBundle(bundlePath));  // one at a time
    QVERIFY(added.wait(30000));
    QVERIFY(!w.forecastJob()->isRunning());
    QCOMPARE(running.count(), 2);

    QCOMPARE(w.runs()->rowCount(), 1);
    const auto* run = w.runs()->run(0);
    QCOMPARE(run->name, QStringLiteral("Forecast: model.mcmodel"));
    QCOMPARE(w.resultsPanel()->runId(), run->id);

    const auto expected = mc::forecastWithBundle(mc::readBundle(trained->modelFile).bundle, *w.dataset());
    QVERIFY(expected.ok());
    QCOMPARE(run->result->predicted.size(), expected.run.predicted.size());
    QVERIFY(run->result->predicted.size() > 100);
    // Equal up to float summation order (the worker thread may split the network's sums otherwise).
    const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
    for (std::size_t i = 0; i < expected.run.predicted.size(); ++i)
        QVERIFY2(same(run->result->predicted[i], expected.run.predicted[i]), qPrintable(QString::number(i)));
    QCOMPARE(run->result->ahead.predicted.size(), expected.run.ahead.predicted.size());
    for (std::size_t k = 0; k < expected.run.ahead.predicted.size(); ++k)
        QVERIFY(same(run->result->ahead.predicted[k], expected.run.ahead.predicted[k]));
    QCOMPARE(run->result->ahead.validTime.size(), std::size_t(run->result->data.test.horizon));
}

void TestSavedModelGui::missingVariableIsExplained()
{
    auto config = sample_run::smallConfig();
    config.inputs = {mc::parseInputRef("salinity")};
    const auto trained = sample_run::run(config);
    const QString bundlePath = writeBundle(m_dir, *trained, QStringLiteral("with_salinity.mcmodel"));
    const QString data = writeWithoutSalinity(m_dir);
    QVERIFY(!bundlePath.isEmpty() && !data.isEmpty());

    mcui::MainWindow w;
    QSignalSpy failed(&w, &mcui::MainWindow::forecastFailed);
    QSignalSpy added(&w, &mcui::MainWindow::runAdded);
    QVERIFY(w.forecastWithBundle(bundlePath, {data}));
    QVERIFY(failed.wait(30000));
    const QString message = failed.first().first().toString();
    mc::BundleDataIssue issue;
    issue.code = mc::BundleDataIssueCode::MissingVariable;
    issue.station = "station1";
    issue.variable = "salinity";
    const QString lead = mcui::bundleDataIssueText(issue);
    QVERIFY2(message.contains(lead), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("“salinity”")));
    QVERIFY(message.contains(QStringLiteral("water_temp")));  // what the data has instead
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("forecastFailedBox"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), message);
    box->close();
    QCOMPARE(added.count(), 0);
    QCOMPARE(w.runs()->rowCount(), 0);
}

void TestSavedModelGui::unreadableModelIsExplained()
{
    const QString path = m_dir.filePath(QStringLiteral("not_a_model.mcmodel"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("station,date\n");
    f.close();
    mcui::MainWindow w;
    QVERIFY(w.openData({mcui::MainWindow::samplePath()}));
    QSignalSpy failed(&w, &mcui::MainWindow::forecastFailed);
    QVERIFY(w.forecastWithBundle(path));
    QVERIFY(failed.wait(30000));
    mc::BundleError error;
    error.code = mc::BundleErrorCode::NotABundle;
    QVERIFY2(failed.first().first().toString().contains(mcui::bundleErrorText(error)), qPrintable(failed.first().first().toString()));
    QCOMPARE(w.runs()->rowCount(), 0);
}

void TestSavedModelGui::aheadToggleExtendsTheChart()
{
    const auto result = sample_run::run(sample_run::smallConfig());
    QVERIFY(result->ahead.available());
    const int h = result->data.test.horizon;
    mcui::ResultsPanel panel;
    panel.resize(1100, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const mcui::RunRecord record{1, QStringLiteral("run A"), QDateTime::currentDateTime(), result};
    panel.showRun(&record);
    auto* plot = panel.findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    auto* check = panel.findChild<QCheckBox*>(QStringLiteral("aheadCheck"));
    QVERIFY(plot && check && check->isEnabled());
    QVERIFY(!graphNamed(plot, QStringLiteral("ahead")));
    const double upperBefore = plot->xAxis->range().upper;
    QVERIFY(upperBefore < double(result->ahead.validTime.front()));

    check->click();
    QVERIFY(panel.showsAhead());
    auto* ahead = graphNamed(plot, QStringLiteral("ahead"));
    QVERIFY(ahead);
    QCOMPARE(ahead->name(), QStringLiteral("Forecast ahead"));
    QCOMPARE(ahead->pen().style(), Qt::DashLine);
    const double last = double(result->ahead.origin);
    int after = 0;
    for (auto it = ahead->data()->constBegin(); it != ahead->data()->constEnd(); ++it)
        if (it->key > last) {
            QCOMPARE(it->value, result->ahead.predicted[std::size_t(after)]);
            ++after;
        }
    QCOMPARE(after, h);
    QVERIFY(plot->xAxis->range().upper >= double(result->ahead.validTime.back()));

    // Off again: the graph goes and the range ends with the observations.
    check->click();
    QVERIFY(!graphNamed(plot, QStringLiteral("ahead")));
    QVERIFY(plot->xAxis->range().upper < double(result->ahead.validTime.front()));
    if (qEnvironmentVariableIsSet("MARINECAST_SCREENSHOT_DIR")) {
        check->click();
        // The last two months, so the few steps ahead are readable; the view refits its value axis.
        const double upper = plot->xAxis->range().upper;
        plot->xAxis->setRange(upper - 60.0 * mc::kSecondsPerDay, upper);
        QTest::qWait(200);  // queued replots
        panel.grab().save(qEnvironmentVariable("MARINECAST_SCREENSHOT_DIR") + QStringLiteral("/forecast_ahead.png"));
    }
}

void TestSavedModelGui::attentionViewShowsTheChosenPrediction()
{
    auto config = sample_run::smallConfig();
    config.model = "attention";
    config.params.erase("hidden");
    config.params.set("epochs", std::int64_t{1});
    config.params.set("embedding-dim", std::int64_t{8});
    config.params.set("heads", std::int64_t{2});
    config.params.set("attention-layers", std::int64_t{2});
    config.params.set("attention-window", std::int64_t{3});
    config.params.fillDefaults(mc::optionsFor("attention"));
    auto trained = sample_run::run(config);
    // As the GUI keeps runs: without the live network, only its saved bytes.
    auto copy = std::make_shared<mc::ExperimentResult>(*trained);
    copy->training.model.reset();
    const mcui::RunResultPtr result = copy;
    QVERIFY(mcui::AttentionView::applies(*result));
    QVERIFY(!mcui::AttentionView::applies(*sample_run::run(sample_run::smallConfig())));

    mcui::ResultsPanel panel;
    panel.resize(1100, 800);
    panel.show();
    const mcui::RunRecord record{1, QStringLiteral("attention run"), QDateTime::currentDateTime(), result};
    panel.showRun(&record);
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("attentionButton"));
    QVERIFY(button && button->isVisible());

    mc::BundleError error;
    const auto model = mc::Forecaster::fromBundle(mc::readBundle(result->modelFile).bundle, error);
    QVERIFY(model);
    auto* view = panel.showAttention(12);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    auto* combo = view->findChild<QComboBox*>(QStringLiteral("dateCombo"));
    auto* plot = view->findChild<QCustomPlot*>(QStringLiteral("attentionPlot"));
    QVERIFY(combo && plot);
    QCOMPARE(combo->count(), int(result->data.test.count));
    for (const int window : {12, 200}) {
        if (window != 12)
            combo->setCurrentIndex(window);
        QCOMPARE(view->windowIndex(), window);
        QCOMPARE(combo->currentText(), QString::fromStdString(mc::formatTime(result->data.test.validTime[std::size_t(window) * std::size_t(result->data.test.horizon)], true)));
        std::string why;
        const auto expected = model->attentionWeights(result->data.test.inputOf(std::size_t(window)), why);
        QVERIFY2(expected, why.c_str());
        QCOMPARE(plot->plottableCount(), expected->blocks * expected->heads);
        for (int b = 0; b < expected->blocks; ++b)
            for (int hd = 0; hd < expected->heads; ++hd) {
                const QString name = QStringLiteral("attention_b%1_h%2").arg(b + 1).arg(hd + 1);
                QCPColorMap* map = nullptr;
                for (int i = 0; i < plot->plottableCount(); ++i)
                    if (plot->plottable(i)->objectName() == name)
                        map = qobject_cast<QCPColorMap*>(plot->plottable(i));
                QVERIFY2(map, qPrintable(name));
                QCOMPARE(map->data()->keySize(), expected->positions);
                for (int p = 0; p < expected->positions; ++p)
                    for (int j = 0; j < expected->window; ++j) {
                        const int s = p + expected->offsets[std::size_t(j)];
                        if (s >= 0 && s < expected->positions)
                            QCOMPARE(float(map->data()->cell(s, p)), expected->at(b, hd, p, j));
                    }
                QVERIFY(std::isnan(map->data()->cell(0, expected->positions - 1)));  // outside the local window
            }
    }
    if (qEnvironmentVariableIsSet("MARINECAST_SCREENSHOT_DIR"))
        view->grab().save(qEnvironmentVariable("MARINECAST_SCREENSHOT_DIR") + QStringLiteral("/attention_view.png"));
}

QTEST_MAIN(TestSavedModelGui)
#include "tst_saved_model_gui.moc"
