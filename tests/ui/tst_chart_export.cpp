// SPDX-License-Identifier: GPL-3.0-or-later
// Issue "analyst's desktop workflow", item 6: exporting charts and tables.
#include "chart_export.h"
#include "export_dialog.h"
#include "sample_run.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QRegularExpression>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pixels close to @p colour: a chart whose series were not drawn has none.
int pixelsNear(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 40;
        }
    return n;
}

}  // namespace

class TestChartExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pngHasSizeAndDpi();
    void svgHasViewBox();
    void pdfHasAPage();
    void csvExportsHaveHeaders();
    void batchWritesOneFilePerRun();
    void unwritablePathIsAnError();
    void runWithoutForecastIsAnError();
    void sanitizedFileNames_data();
    void sanitizedFileNames();
    void dialogRemembersChoices();
    void dialogTypedSuffixWins();
    void batchExportThroughTheDialog();

private:
    mcui::RunRecord m_run;
    mcui::RunRecord m_other;
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chart_export"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_run = {1, QStringLiteral("Current model"), QDateTime::currentDateTime(), sample_run::run(sample_run::smallConfig())};
    m_other = {2, QStringLiteral("salinity: test/1"), QDateTime::currentDateTime(),
               sample_run::run(sample_run::smallConfig("station2", "salinity"))};
}

void TestChartExport::pngHasSizeAndDpi()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    mcui::ChartExportSettings s;
    s.format = mcui::ChartFormat::Png;
    s.size = {1600, 900};
    s.dpi = 300;
    s.baselines.persistence = true;
    QCOMPARE(mcui::exportForecastChart(m_run, path, s), QString());
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(std::abs(image.dotsPerMeterX() - 300 / 0.0254) < 1.0);
    QVERIFY(std::abs(image.dotsPerMeterY() - 300 / 0.0254) < 1.0);
    QVERIFY(image.text(QStringLiteral("Title")).contains(QStringLiteral("station1")));
    QVERIFY(image.text(QStringLiteral("Description")).contains(QStringLiteral("hidden 8")));
    // Both series were drawn, in their colours.
    QVERIFY(pixelsNear(image, QColor(0x1f, 0x77, 0xb4)) > 200);
    QVERIFY(pixelsNear(image, QColor(0xff, 0x7f, 0x0e)) > 200);
    // Written atomically: nothing but the chart is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("chart*")}, QDir::Files), QStringList{QStringLiteral("chart.png")});
    if (const QString shots = qEnvironmentVariable("MARINECAST_SCREENSHOTS"); !shots.isEmpty()) {
        QFile::remove(shots + QStringLiteral("/export_1600x900_300dpi.png"));
        QFile::copy(path, shots + QStringLiteral("/export_1600x900_300dpi.png"));
        s.size = {1200, 600};
        s.dpi = 96;
        s.baselines = {true, true};
        s.horizon = 3;
        QCOMPARE(mcui::exportForecastChart(m_other, shots + QStringLiteral("/export_1200x600_96dpi.png"), s), QString());
    }
}

void TestChartExport::svgHasViewBox()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    mcui::ChartExportSettings s;
    s.format = mcui::ChartFormat::Svg;
    s.size = {1600, 900};
    s.dpi = 300;
    QCOMPARE(mcui::exportForecastChart(m_run, path, s), QString());
    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 1600, 900));
    const QByteArray text = readAll(path);
    QVERIFY(text.contains("viewBox=\"0 0 1600 900\""));
    QVERIFY(text.contains("<title>"));
    QVERIFY(text.contains("station1"));
    // The physical size follows the DPI: 1600 px at 300 DPI is 135.47 mm.
    QVERIFY2(text.contains("width=\"135.4"), text.left(600).constData());
}

void TestChartExport::pdfHasAPage()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    mcui::ChartExportSettings s;
    s.format = mcui::ChartFormat::Pdf;
    s.size = {1600, 900};
    s.dpi = 300;
    QCOMPARE(mcui::exportForecastChart(m_run, path, s), QString());
    const QByteArray pdf = readAll(path);
    if (const QString shots = qEnvironmentVariable("MARINECAST_SCREENSHOTS"); !shots.isEmpty()) {
        QFile::remove(shots + QStringLiteral("/export.pdf"));
        QFile::copy(path, shots + QStringLiteral("/export.pdf"));
        QFile::remove(shots + QStringLiteral("/export.svg"));
        s.format = mcui::ChartFormat::Svg;
        QCOMPARE(mcui::exportForecastChart(m_run, shots + QStringLiteral("/export.svg"), s), QString());
    }
    QVERIFY(pdf.startsWith("%PDF"));
    const QString text = QString::fromLatin1(pdf);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))), 1);
    // A landscape page of 1600 × 900 px at 300 DPI: 384 × 216 points.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 384(\\.0+)? 216(\\.0+)?\\]"))));
    QVERIFY(pdf.size() > 5000);
}

void TestChartExport::csvExportsHaveHeaders()
{
    const QString forecast = m_dir.filePath(QStringLiteral("forecast.csv"));
    const QString metrics = m_dir.filePath(QStringLiteral("metrics.csv"));
    QCOMPARE(mcui::exportForecastCsv(m_run, forecast), QString());
    QCOMPARE(mcui::exportMetricsCsv(m_run, metrics), QString());
    const QList<QByteArray> rows = readAll(forecast).trimmed().split('\n');
    QCOMPARE(rows.first(), QByteArray("time,station,variable,horizon,observed,predicted,persistence,climatology"));
    QCOMPARE(rows.size(), qsizetype(m_run.result->data.test.count * 3 + 1));
    QVERIFY(rows.at(1).startsWith("2018-01-"));
    const QList<QByteArray> m = readAll(metrics).trimmed().split('\n');
    QCOMPARE(m.first(), QByteArray("forecaster,horizon,rmse,mae,mape,r2,nse,bias,skill_vs_persistence"));
    QCOMPARE(m.size(), qsizetype(1 + 3 * 4));
    QVERIFY(m.at(1).startsWith("model,all,"));
}

void TestChartExport::batchWritesOneFilePerRun()
{
    const QString folder = m_dir.filePath(QStringLiteral("batch/charts"));
    mcui::ChartExportSettings s;
    s.size = {800, 450};
    s.dpi = 150;
    s.horizon = 2;
    QStringList written;
    QCOMPARE(mcui::exportChartsToFolder({m_run, m_other}, folder, s, &written), QString());
    QCOMPARE(written.size(), 2);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    QCOMPARE(QFileInfo(written[0]).fileName(), QStringLiteral("Current_model_station1_water_temp_h2.png"));
    QCOMPARE(QFileInfo(written[1]).fileName(), QStringLiteral("salinity_test_1_station2_salinity_h2.png"));
    for (const auto& path : written)
        QCOMPARE(QImage(path).size(), QSize(800, 450));

    // Runs that would get the same name are numbered, not overwritten.
    const QString twins = m_dir.filePath(QStringLiteral("twins"));
    written.clear();
    s.format = mcui::ChartFormat::Svg;
    QCOMPARE(mcui::exportChartsToFolder({m_run, m_run}, twins, s, &written), QString());
    QCOMPARE(written.size(), 2);
    QVERIFY(written[0] != written[1]);
    QCOMPARE(QDir(twins).entryList(QDir::Files).size(), 2);
    QVERIFY(written[1].endsWith(QStringLiteral("_h2_2.svg")));
}

void TestChartExport::unwritablePathIsAnError()
{
    // Below a regular file: no user, root included, can create that.
    const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString path = file + QStringLiteral("/chart.png");
    const QString error = mcui::exportForecastChart(m_run, path, {});
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("chart.png")), qPrintable(error));
    QVERIFY(!mcui::exportForecastCsv(m_run, path).isEmpty());
    QVERIFY(!mcui::exportMetricsCsv(m_run, path).isEmpty());
    QVERIFY(!mcui::exportChartsToFolder({m_run}, file + QStringLiteral("/sub"), {}).isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestChartExport::runWithoutForecastIsAnError()
{
    mcui::RunRecord empty{9, QStringLiteral("empty"), {}, nullptr};
    QVERIFY(!mcui::exportForecastChart(empty, m_dir.filePath(QStringLiteral("x.png")), {}).isEmpty());
    auto failed = std::make_shared<mc::ExperimentResult>();
    failed->failedStage = mc::ExperimentStage::Train;
    mcui::RunRecord failedRun{10, QStringLiteral("failed"), {}, failed};
    QVERIFY(!mcui::exportForecastCsv(failedRun, m_dir.filePath(QStringLiteral("x.csv"))).isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.png"))));
    mcui::ChartExportSettings tooBig;
    tooBig.size = {100000, 10};
    QVERIFY(!mcui::exportForecastChart(m_run, m_dir.filePath(QStringLiteral("big.png")), tooBig).isEmpty());
}

void TestChartExport::sanitizedFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("run1") << QStringLiteral("run1");
    QTest::newRow("spaces") << QStringLiteral("Current model  2") << QStringLiteral("Current_model_2");
    QTest::newRow("reserved") << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("a_b_c_d_e_f_g_h_i_j");
    QTest::newRow("dots") << QStringLiteral("../secret.") << QStringLiteral("secret");
    QTest::newRow("chinese") << QStringLiteral("水温 模型") << QStringLiteral("水温_模型");
    QTest::newRow("empty") << QStringLiteral(" / ") << QStringLiteral("run");
}

void TestChartExport::sanitizedFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(mcui::sanitizedFileName(name), expected);
}

void TestChartExport::dialogRemembersChoices()
{
    const QString folder = m_dir.filePath(QStringLiteral("dialog"));
    QVERIFY(QDir().mkpath(folder));
    {
        mcui::ExportDialog dialog(mcui::ExportDialog::Target::File, 3);
        dialog.setView(2, {true, false});
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(mcui::ChartFormat::Svg)));
        dialog.findChild<QSpinBox*>(QStringLiteral("widthSpin"))->setValue(1000);
        dialog.findChild<QSpinBox*>(QStringLiteral("heightSpin"))->setValue(500);
        dialog.findChild<QSpinBox*>(QStringLiteral("dpiSpin"))->setValue(200);
        dialog.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(folder + QStringLiteral("/mine.png"));
        format->setCurrentIndex(format->findData(int(mcui::ChartFormat::Pdf)));
        QCOMPARE(dialog.path(), QDir::toNativeSeparators(folder + QStringLiteral("/mine.pdf")));
        const auto s = dialog.settings();
        QCOMPARE(s.format, mcui::ChartFormat::Pdf);
        QCOMPARE(s.size, QSize(1000, 500));
        QCOMPARE(s.dpi, 200);
        QCOMPARE(s.horizon, 2);
        QVERIFY(s.baselines.persistence && !s.baselines.climatology);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("export/dpi")).toInt(), 200);
    mcui::ExportDialog again(mcui::ExportDialog::Target::Folder, 3);
    const auto s = again.settings();
    QCOMPARE(s.format, mcui::ChartFormat::Pdf);
    QCOMPARE(s.size, QSize(1000, 500));
    QCOMPARE(s.dpi, 200);
    QCOMPARE(QDir::fromNativeSeparators(again.path()), folder);
    if (const QString shots = qEnvironmentVariable("MARINECAST_SCREENSHOTS"); !shots.isEmpty()) {
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.grab().save(shots + QStringLiteral("/export_dialog.png")));
    }
}

void TestChartExport::dialogTypedSuffixWins()
{
    mcui::ExportDialog dialog(mcui::ExportDialog::Target::File, 1);
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findData(int(mcui::ChartFormat::Pdf)));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("pathEdit"));
    path->setText(m_dir.filePath(QStringLiteral("typed.svg")));
    dialog.accept();
    QCOMPARE(dialog.settings().format, mcui::ChartFormat::Svg);
    QVERIFY(dialog.path().endsWith(QStringLiteral("typed.svg")));

    mcui::ExportDialog noSuffix(mcui::ExportDialog::Target::File, 1);
    auto* format2 = noSuffix.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    format2->setCurrentIndex(format2->findData(int(mcui::ChartFormat::Png)));
    noSuffix.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(m_dir.filePath(QStringLiteral("bare")));
    noSuffix.accept();
    QVERIFY(noSuffix.path().endsWith(QStringLiteral("bare.png")));
}

void TestChartExport::batchExportThroughTheDialog()
{
    const QString folder = m_dir.filePath(QStringLiteral("through-dialog"));
    int shownHorizon = 0;
    bool shownClimatology = false;
    // The dialog is modal: fill it in once it is up (and never leave it open, whatever is found).
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<mcui::ExportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownHorizon = dialog->findChild<QSpinBox*>(QStringLiteral("exportHorizonSpin"))->value();
        shownClimatology = dialog->findChild<QCheckBox*>(QStringLiteral("exportClimatologyCheck"))->isChecked();
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(mcui::ChartFormat::Png)));
        dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(folder);
        dialog->accept();
    });
    const QStringList written = mcui::ExportDialog::exportCharts({m_run, m_other}, 3, {false, true}, nullptr);
    QCOMPARE(shownHorizon, 3);
    QVERIFY(shownClimatology);
    QCOMPARE(written.size(), 2);
    for (const auto& path : written) {
        QVERIFY(path.startsWith(folder));
        QVERIFY(path.endsWith(QStringLiteral("_h3.png")));
        QVERIFY(QFileInfo::exists(path));
    }
}

QTEST_MAIN(TestChartExport)
#include "tst_chart_export.moc"
