// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 (interface language), acceptance: the real main window, with data and a finished run,
// switches to Chinese and back without a restart, and no text it shows stays in English; a chart
// exported in Chinese carries Chinese text in a font that has the glyphs.
#include "chart_export.h"
#include "data_tree_panel.h"
#include "export_dialog.h"
#include "forecast_chart.h"
#include "language_manager.h"
#include "main_window.h"
#include "model_panel.h"
#include "run_list_model.h"
#include "sample_run.h"
#include "user_guide_dialog.h"
#include "visible_texts.h"

#include <QActionGroup>
#include <QFontDatabase>
#include <QImage>
#include <QPushButton>
#include <QRawFont>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using mcui::LanguageManager;

namespace {

bool isHan(QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }

bool hasHan(const QString& s) { return std::any_of(s.begin(), s.end(), isHan); }

// Posted LanguageChange events reach the windows on the next turn of the event loop.
void switchTo(const QString& code)
{
    QVERIFY(LanguageManager::instance().setLanguage(code));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// MARINECAST_TEST_OUTPUT names a folder that keeps the test's pictures for a look by eye.
QString outputFolder() { return qEnvironmentVariable("MARINECAST_TEST_OUTPUT"); }

void keepPicture(QWidget* widget, const QString& name)
{
    if (!outputFolder().isEmpty() && QDir().mkpath(outputFolder()))
        widget->grab().save(QDir(outputFolder()).filePath(name));
}

}  // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unknownLanguageIsRefused();
    void everyTextSwitchesToChineseAndBack();
    void chartExportedInChineseHasChineseGlyphs();
    void menuChoicePersists();

private:
    /// Fails listing every text of @p root that is still an English source string.
    void verifyNoEnglish(QWidget* root);

    QTemporaryDir m_config;
    std::unique_ptr<visible_texts::Sources> m_sources;
    std::unique_ptr<mcui::MainWindow> m_window;
};

void TestLanguageSwitch::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("MarineCastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));

    m_sources = std::make_unique<visible_texts::Sources>(QStringLiteral(MARINECAST_SOURCE_DIR "/translations/marinecast_zh_CN.ts"));
    QVERIFY(m_sources->count() > 300);
    // Names, units and code tokens that read the same in every language; Qt's own button texts
    // are not allowed, so a missing qtbase translation shows too.
    m_sources->allow({QStringLiteral("MarineCast"), QStringLiteral("LSTM"), QStringLiteral("ConvLSTM"), QStringLiteral("RMSE"), QStringLiteral("MAE"),
                      QStringLiteral("MAPE %"), QStringLiteral("R²"), QStringLiteral("NSE"), QStringLiteral("CPU"),
                      QStringLiteral("DPI"), QStringLiteral("CUDA 0"), QStringLiteral("CSV"), QStringLiteral("PNG"),
                      QStringLiteral("SVG"), QStringLiteral("PDF"), QStringLiteral("adam"), QStringLiteral("°C"),
                      QStringLiteral("English")});

    // The journey's state: sample data, a series chosen, a tiny run finished through the real job.
    m_window = std::make_unique<mcui::MainWindow>();
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openData({mcui::MainWindow::samplePath()}));
    m_window->dataTreePanel()->selectVariable(QStringLiteral("station1"), QStringLiteral("water_temp"));
    mc::RunConfig config = m_window->modelPanel()->config();
    const mc::RunConfig small = sample_run::smallConfig();
    for (const char* key : {"epochs", "lookback", "hidden", "threads", "seed", "device"})
        config.params.set(key, small.params.values().at(key));
    m_window->modelPanel()->setConfig(config);
    QSignalSpy added(m_window.get(), &mcui::MainWindow::runAdded);
    QVERIFY(m_window->startTraining());
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 120000);
    m_window->statusBar()->showMessage(QStringLiteral("Data loaded"));  // as openData leaves it, whatever the timing
}

void TestLanguageSwitch::cleanupTestCase()
{
    m_window.reset();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestLanguageSwitch::verifyNoEnglish(QWidget* root)
{
    // A run's name is the analyst's data, fixed when it starts: not a text to translate.
    QStringList data;
    for (const auto& run : m_window->runs()->runs())
        data << run.name << run.name.toHtmlEscaped();
    QStringList english;
    for (const auto& [where, text] : visible_texts::collect(root)) {
        QString shown = text;
        for (const auto& d : data)
            shown.remove(d);
        if (const QString source = m_sources->englishSourceIn(shown); !source.isEmpty())
            english << QStringLiteral("%1: \"%2\" (source \"%3\")").arg(where, text, source);
    }
    english.removeDuplicates();
    // MC_DUMP_TEXTS=1 lists everything the walk saw, to check what it covers.
    if (qEnvironmentVariableIsSet("MC_DUMP_TEXTS"))
        for (const auto& [where, text] : visible_texts::collect(root))
            qDebug().noquote() << where << "=" << text;
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("still English after switching to Chinese:\n  ") + english.join(QStringLiteral("\n  "))));
}

void TestLanguageSwitch::unknownLanguageIsRefused()
{
    QVERIFY(!LanguageManager::instance().setLanguage(QStringLiteral("fr")));
    QCOMPARE(LanguageManager::instance().currentLanguage(), QStringLiteral("en"));
    QCOMPARE(LanguageManager::languages(), QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QVERIFY(LanguageManager::languages().contains(LanguageManager::systemDefault()));
}

void TestLanguageSwitch::everyTextSwitchesToChineseAndBack()
{
    auto& w = *m_window;
    // Open before the switch: open dialogs must re-text too, not only new ones.
    w.findChild<QAction*>(QStringLiteral("userGuideAction"))->trigger();
    auto* guide = w.findChild<mcui::UserGuideDialog*>();
    QVERIFY(guide && guide->isVisible());
    QCOMPARE(guide->browser()->source(), mcui::UserGuideDialog::guideUrl(QStringLiteral("en")));
    auto* openExport = new mcui::ExportDialog(mcui::ExportDialog::Target::File, 3, &w);
    openExport->show();

    switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::instance().currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    for (auto tab : {mcui::MainWindow::Tab::Data, mcui::MainWindow::Tab::Training, mcui::MainWindow::Tab::Results})
        w.showTab(tab);
    verifyNoEnglish(&w);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QVERIFY(w.statusBar()->currentMessage().isEmpty());  // a message in the old language is dropped

    // Charts: titles, legends and axis labels are rebuilt in Chinese.
    auto* plot = w.findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    QVERIFY(plot && plot->graphCount() >= 2);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("观测值"));
    auto* lossChart = w.findChild<QChartView*>(QStringLiteral("lossChart"));
    QVERIFY(lossChart && lossChart->chart()->title().startsWith(QStringLiteral("每轮损失")));
    QVERIFY(w.runs()->headerData(mcui::RunListModel::SettingsColumn, Qt::Horizontal).toString() == QStringLiteral("主要设置"));
    QVERIFY2(w.runs()->index(0, mcui::RunListModel::SettingsColumn).data().toString().contains(QStringLiteral("隐层单元数")),
             qPrintable(w.runs()->index(0, mcui::RunListModel::SettingsColumn).data().toString()));

    // The guide follows the language; a dialog opened now starts in Chinese.
    QCOMPARE(guide->browser()->source(), mcui::UserGuideDialog::guideUrl(QStringLiteral("zh_CN")));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("技巧评分")));
    QCOMPARE(guide->windowTitle(), QStringLiteral("MarineCast 用户指南"));
    mcui::ExportDialog fresh(mcui::ExportDialog::Target::Folder, 3, &w);
    fresh.show();
    QCOMPARE(fresh.windowTitle(), QStringLiteral("批量导出图表"));
    // Our own labels on buttons of a QDialogButtonBox survive its own re-translation.
    QCOMPARE(openExport->findChild<QPushButton*>(QStringLiteral("exportButton"))->text(), QStringLiteral("导出"));
    keepPicture(guide, QStringLiteral("guide_zh_CN.png"));
    keepPicture(openExport, QStringLiteral("export_dialog_zh_CN.png"));
    verifyNoEnglish(&w);  // with both export dialogs and the guide open

    switchTo(QStringLiteral("en"));
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("Observed"));
    QVERIFY(lossChart->chart()->title().startsWith(QStringLiteral("Loss per epoch")));
    QCOMPARE(w.runs()->headerData(mcui::RunListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(openExport->windowTitle(), QStringLiteral("Export chart"));
    QCOMPARE(fresh.windowTitle(), QStringLiteral("Export charts"));
    QCOMPARE(openExport->findChild<QPushButton*>(QStringLiteral("exportButton"))->text(), QStringLiteral("Export"));
    QCOMPARE(guide->browser()->source(), mcui::UserGuideDialog::guideUrl(QStringLiteral("en")));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("skill score")));
    delete openExport;
    guide->close();
}

void TestLanguageSwitch::chartExportedInChineseHasChineseGlyphs()
{
    switchTo(QStringLiteral("zh_CN"));
    const mcui::RunRecord run = *m_window->runs()->run(0);
    const mcui::ForecastChartData data = mcui::forecastChartData(*run.result, 1);
    QVERIFY2(hasHan(data.title), qPrintable(data.title));
    QVERIFY2(hasHan(data.caption), qPrintable(data.caption));

    // packaging/common.sh installs fonts-noto-cjk; without a CJK font the chart shows boxes.
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(), "no font for Simplified Chinese");
    const QRawFont raw = QRawFont::fromFont(QFont(), QFontDatabase::SimplifiedChinese);
    QVERIFY(raw.isValid());
    for (QChar c : data.title)
        if (isHan(c))
            QVERIFY2(raw.supportsCharacter(c), qPrintable(QStringLiteral("no glyph for %1 in %2").arg(c).arg(raw.familyName())));

    QTemporaryDir temp;
    const QString folder = outputFolder().isEmpty() ? temp.path() : outputFolder();
    QVERIFY(QDir().mkpath(folder));
    const QString png = QDir(folder).filePath(QStringLiteral("chart_zh_CN.png"));
    mcui::ChartExportSettings settings;
    settings.size = QSize(1600, 900);
    settings.dpi = 150;
    settings.baselines = {true, true};
    QCOMPARE(mcui::exportForecastChart(run, png, settings), QString());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 900));
    switchTo(QStringLiteral("en"));
}

void TestLanguageSwitch::menuChoicePersists()
{
    QSettings().remove(QLatin1String(LanguageManager::kSettingsKey));
    QCOMPARE(LanguageManager::startupLanguage(), LanguageManager::systemDefault());
    auto* chinese = m_window->findChild<QAction*>(QStringLiteral("language_zh_CN"));
    auto* english = m_window->findChild<QAction*>(QStringLiteral("language_en"));
    QVERIFY(chinese && english && english->isChecked() && chinese->actionGroup()->isExclusive());
    QCOMPARE(chinese->text(), QStringLiteral("中文"));
    chinese->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(LanguageManager::instance().currentLanguage(), QStringLiteral("zh_CN"));
    QVERIFY(chinese->isChecked() && !english->isChecked());
    QCOMPARE(QSettings().value(QLatin1String(LanguageManager::kSettingsKey)).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::startupLanguage(), QStringLiteral("zh_CN"));
    // A switch made elsewhere (the command line) moves the check mark but is not saved.
    switchTo(QStringLiteral("en"));
    QVERIFY(english->isChecked() && !chinese->isChecked());
    QCOMPARE(LanguageManager::startupLanguage(), QStringLiteral("zh_CN"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
