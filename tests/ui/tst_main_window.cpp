// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window through the analyst's journey: open the sample, pick a series, set the
// deck's hidden 32 / batch 128, train, read the chart, export, stop a run, start another.
#include "chart_export.h"
#include "data_tree_panel.h"
#include "dataset.h"
#include "experiment.h"
#include "main_window.h"
#include "model_panel.h"
#include "qcustomplot_include.h"
#include "run_list_model.h"
#include "training_job.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

void setSpin(mcui::MainWindow& w, const char* name, int value)
{
    auto* spin = w.modelPanel()->findChild<QSpinBox*>(QLatin1String(name));
    QVERIFY2(spin, name);
    spin->setValue(value);
}

// Test windows plus one NaN point per gap, as the chart breaks lines at gaps.
int expectedPoints(const mc::ExperimentResult& r)
{
    const auto& w = r.data.test;
    int n = int(w.count);
    for (std::size_t i = 1; i < w.count; ++i)
        if (double(w.validTime[i * std::size_t(w.horizon)] - w.validTime[(i - 1) * std::size_t(w.horizon)]) > 1.5 * double(r.data.step))
            ++n;
    return n;
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainExportStopAndRestart();
    void invalidSettingsDisableStart();
    void badFileKeepsLoadedData();

private:
    QTemporaryDir m_config;
};

void TestMainWindow::initTestCase()
{
    // Settings of earlier runs (window layout, hyperparameters) must not leak into the test.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
}

void TestMainWindow::trainExportStopAndRestart()
{
    mcui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openData({mcui::MainWindow::samplePath()}));
    QVERIFY(w.dataset()->synthetic);
    w.dataTreePanel()->selectVariable(QStringLiteral("station1"), QStringLiteral("water_temp"));
    setSpin(w, "opt_hidden", 32);
    setSpin(w, "opt_batch", 128);
    setSpin(w, "opt_epochs", 2);
    setSpin(w, "opt_threads", 1);
    const auto config = w.modelPanel()->config();
    QCOMPARE(config.station, std::string("station1"));
    QCOMPARE(config.target, std::string("water_temp"));
    QCOMPARE(config.params.getInt("hidden"), 32);
    QCOMPARE(config.params.getInt("batch"), 128);

    QSignalSpy added(&w, &mcui::MainWindow::runAdded);
    QVERIFY(w.startTraining());
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 120000);
    QCOMPARE(w.runs()->rowCount(), 1);
    const mcui::RunRecord run = *w.runs()->run(0);
    QCOMPARE(run.result->training.epochsRun, 2);

    auto* plot = w.findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    QVERIFY(plot);
    QVERIFY(plot->graphCount() >= 2);
    const int points = expectedPoints(*run.result);
    QCOMPARE(plot->graph(0)->data()->size(), points);
    QCOMPARE(plot->graph(1)->data()->size(), points);
    QCOMPARE(plot->graph(0)->pen().color(), QColor(0x1f, 0x77, 0xb4));  // observed blue
    QCOMPARE(plot->graph(1)->pen().color(), QColor(0xff, 0x7f, 0x0e));  // predicted orange

    QTemporaryDir out;
    mcui::ChartExportSettings settings;
    settings.size = QSize(1000, 560);
    settings.dpi = 150;
    settings.format = mcui::ChartFormat::Png;
    const QString png = out.filePath(QStringLiteral("c.png"));
    QCOMPARE(mcui::exportForecastChart(run, png, settings), QString());
    QCOMPARE(QImage(png).size(), QSize(1000, 560));
    settings.format = mcui::ChartFormat::Svg;
    const QString svg = out.filePath(QStringLiteral("c.svg"));
    QCOMPARE(mcui::exportForecastChart(run, svg, settings), QString());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().size(), QSize(1000, 560));
    settings.format = mcui::ChartFormat::Pdf;
    const QString pdf = out.filePath(QStringLiteral("c.pdf"));
    QCOMPARE(mcui::exportForecastChart(run, pdf, settings), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.contains("/MediaBox"));

    // A long run, stopped after its first epoch: it must end within 2 s and keep its best model.
    setSpin(w, "opt_epochs", 300);
    QSignalSpy epochs(w.job(), &mcui::TrainingJob::epochFinished);
    QVERIFY(w.startTraining());
    QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 1, 60000);
    QElapsedTimer clock;
    clock.start();
    w.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, 2000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(w.runs()->run(1)->result->training.status, mc::TrainStatus::Stopped);
    QVERIFY(w.runs()->run(1)->result->training.epochsRun < 300);

    setSpin(w, "opt_epochs", 1);
    QVERIFY(w.startTraining());
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 3, 60000);
}

void TestMainWindow::invalidSettingsDisableStart()
{
    mcui::MainWindow w;
    QVERIFY(w.openData({mcui::MainWindow::samplePath()}));
    w.dataTreePanel()->selectVariable(QStringLiteral("station1"), QStringLiteral("water_temp"));
    auto* start = w.findChild<QAction*>(QStringLiteral("startAction"));
    QVERIFY(start);
    QVERIFY(start->isEnabled());
    auto config = w.modelPanel()->config();
    config.params.set("predict-change", true);
    config.params.set("output-activation", std::string("relu"));
    w.modelPanel()->setConfig(config);
    QVERIFY(!start->isEnabled());
    QVERIFY(start->toolTip().contains(QStringLiteral("relu"), Qt::CaseInsensitive));
}

void TestMainWindow::badFileKeepsLoadedData()
{
    mcui::MainWindow w;
    QVERIFY(w.openData({mcui::MainWindow::samplePath()}));
    const auto before = w.dataset();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("station,date,temp\ns1,2018-01-01,1\ns1,2018-13-45,2\n");
    f.close();
    QString message;
    QTimer::singleShot(0, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            message = box->text();
            box->close();
        }
    });
    QVERIFY(!w.openData({bad}));
    QVERIFY2(message.contains(QStringLiteral("bad.csv")) && message.contains(QStringLiteral(":3")), qPrintable(message));
    QCOMPARE(w.dataset(), before);  // the user's data stays
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
