// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog (issue "import settings and report"): settings set through the widgets,
// column roles, settings files, an import with a flag column and its report, cancel on a large
// file, and the message for a bad file.
#include "column_roles_table.h"
#include "csv_import.h"
#include "data_preview_panel.h"
#include "import_dialog.h"
#include "import_preview_model.h"
#include "import_report_view.h"
#include "import_settings_form.h"
#include "language_manager.h"
#include "main_window.h"
#include "visible_texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using mcui::ImportDialog;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Line 1 header; flag 4 on line 3, flag −3 on line 5, text on line 6, 80 °C (out of range) on line 8.
const QByteArray kFlagged = "date,station,temp,F_temp,notes\n"
                            "2024-01-01,s1,10.5,<0>,a\n"
                            "2024-01-02,s1,11.0,<4>,b\n"
                            "2024-01-03,s1,,<0>,c\n"
                            "2024-01-04,s1,99.0,<-3>,d\n"
                            "2024-01-05,s1,abc,<0>,e\n"
                            "2024-01-06,s1,12.0,<0>,f\n"
                            "2024-01-07,s1,80,<0>,g\n";

template <typename T>
T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

bool waitPreview(ImportDialog& d)
{
    QElapsedTimer timer;
    timer.start();
    while (d.isPreviewing() && timer.elapsed() < 10000)
        QTest::qWait(10);
    return !d.isPreviewing();
}

QTreeWidgetItem* variableRow(mcui::ImportReportView* view, const QString& name)
{
    auto* files = view->filesTree();
    for (int i = 0; i < files->topLevelItemCount(); ++i)
        for (int j = 0; j < files->topLevelItem(i)->childCount(); ++j)
            if (files->topLevelItem(i)->child(j)->text(0).startsWith(name))
                return files->topLevelItem(i)->child(j);
    return nullptr;
}

}  // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settingsFromWidgets();
    void columnRolesRoundTrip();
    void settingsFileRoundTrip();
    void useCurrentDatasetSettings();
    void previewShowsParsedRowsAndRejects();
    void importReportCounts();
    void cancelLargeFileKeepsPreviousData();
    void badFileNamesLineAndColumn();
    void chineseShowsNoEnglish();

private:
    QTemporaryDir m_dir;
    QString m_flagged;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_flagged = writeFile(m_dir, QStringLiteral("flagged.csv"), kFlagged);
}

void TestImportDialog::settingsFromWidgets()
{
    ImportDialog d({m_flagged}, QString());
    auto* form = d.settingsForm();
    const auto pick = [&](const char* name, int data) {
        auto* box = child<QComboBox>(form, name);
        box->setCurrentIndex(box->findData(data));
    };
    pick("encodingCombo", int(mc::TextEncoding::Gb18030));
    pick("delimiterCombo", ';');
    pick("decimalCombo", ',');
    pick("timeFormatCombo", int(mc::TimeFormat::MonthDayYear));
    pick("intervalCombo", int(mc::ResampleInterval::Daily));
    pick("aggregationCombo", int(mc::Aggregation::Median));
    child<QSpinBox>(form, "headerLineSpin")->setValue(3);
    child<QDoubleSpinBox>(form, "utcOffsetSpin")->setValue(-5);
    child<QLineEdit>(form, "missingEdit")->setText(QStringLiteral("NA, -999 ,,  missing"));
    form->flagBox(0)->setChecked(false);
    form->flagBox(1)->setChecked(true);
    form->flagBox(-5)->setChecked(true);
    child<QCheckBox>(form, "rangeChecksBox")->setChecked(false);
    child<QLineEdit>(form, "stationsFileEdit")->setText(QStringLiteral("/data/stations.csv"));
    child<QPlainTextEdit>(form, "aliasesEdit")->setPlainText(QStringLiteral("gtmpinut = gtmpiwq\nbroken line\n  a=b  "));
    child<QDoubleSpinBox>(form, "minFractionSpin")->setValue(0.75);
    child<QSpinBox>(form, "minCountSpin")->setValue(3);
    child<QSpinBox>(form, "fillGapsSpin")->setValue(2);

    const mc::ImportSettings s = d.settings();
    QCOMPARE(s.encoding, mc::TextEncoding::Gb18030);
    QCOMPARE(s.delimiter, ';');
    QCOMPARE(s.decimalSeparator, ',');
    QCOMPARE(s.headerLine, 3);
    QCOMPARE(s.timeFormat, mc::TimeFormat::MonthDayYear);
    QCOMPARE(s.utcOffsetMinutes, -300);
    QCOMPARE(s.missingMarkers, (std::vector<std::string>{"NA", "-999", "missing"}));
    QCOMPARE(s.acceptedFlags, (std::set<int>{-5, 1}));
    QVERIFY(!s.rangeChecks);
    QCOMPARE(s.stationsFile, std::string("/data/stations.csv"));
    QCOMPARE(s.stationAliases, (std::map<std::string, std::string>{{"gtmpinut", "gtmpiwq"}, {"a", "b"}}));
    QCOMPARE(s.resample.interval, mc::ResampleInterval::Daily);
    QCOMPARE(s.resample.aggregation, mc::Aggregation::Median);
    QCOMPARE(s.resample.minValidFraction, 0.75);
    QCOMPARE(s.resample.minValidCount, 3);
    QCOMPARE(s.resample.fillGapSteps, 2);

    // And back: a fresh dialog shown these settings produces them again.
    ImportDialog again({m_flagged}, QString());
    again.setSettings(s);
    QCOMPARE(mc::importSettingsToJson(again.settings()), mc::importSettingsToJson(s));
    QCOMPARE(child<QComboBox>(again.settingsForm(), "delimiterCombo")->currentData().toInt(), int(';'));
    QVERIFY(again.settingsForm()->flagBox(-5)->isChecked() && !again.settingsForm()->flagBox(0)->isChecked());
}

void TestImportDialog::columnRolesRoundTrip()
{
    ImportDialog d({m_flagged}, QString());
    QVERIFY(waitPreview(d));
    auto* table = d.columnsTable();
    QCOMPARE(table->columns(), QString(QStringLiteral("date,station,temp,F_temp,notes")).split(QLatin1Char(',')));
    // "temp" is a catalogue spelling: the automatic choice names the variable and its unit.
    auto* variable = qobject_cast<QComboBox*>(table->cellWidget(2, mcui::ColumnRolesTable::VariableColumn));
    QVERIFY2(variable->itemText(0).contains(QStringLiteral("Water temperature")), qPrintable(variable->itemText(0)));
    QCOMPARE(qobject_cast<QLineEdit*>(table->cellWidget(2, mcui::ColumnRolesTable::UnitColumn))->placeholderText(), QStringLiteral("°C"));

    table->setRole(4, mc::ColumnRole::Ignore);
    table->setRole(0, mc::ColumnRole::Date);
    table->setVariable(2, QStringLiteral("salinity"));
    table->setUnit(2, QStringLiteral("PSU"));
    QVERIFY(!table->cellWidget(4, mcui::ColumnRolesTable::VariableColumn)->isEnabled());
    mc::ImportSettings s = d.settings();
    QCOMPARE(s.roles, (std::map<std::string, mc::ColumnRole>{{"notes", mc::ColumnRole::Ignore}, {"date", mc::ColumnRole::Date}}));
    QCOMPARE(s.variableMap, (std::map<std::string, std::string>{{"temp", "salinity"}}));
    QCOMPARE(s.units, (std::map<std::string, std::string>{{"temp", "PSU"}}));

    // Back to automatic removes the entry; a column of another file's layout is kept.
    table->setRole(0, mc::ColumnRole::Auto);
    s = d.settings();
    s.roles["elsewhere"] = mc::ColumnRole::Station;
    ImportDialog again({m_flagged}, QString());
    again.setSettings(s);
    QVERIFY(waitPreview(again));
    const auto* role = qobject_cast<QComboBox*>(again.columnsTable()->cellWidget(4, mcui::ColumnRolesTable::RoleColumn));
    QCOMPARE(role->currentData().toInt(), int(mc::ColumnRole::Ignore));
    QCOMPARE(qobject_cast<QComboBox*>(again.columnsTable()->cellWidget(2, mcui::ColumnRolesTable::VariableColumn))->currentData().toString(),
             QStringLiteral("salinity"));
    QCOMPARE(again.settings().roles, s.roles);
}

void TestImportDialog::settingsFileRoundTrip()
{
    ImportDialog d({m_flagged}, QString());
    mc::ImportSettings s;
    s.delimiter = '\t';
    s.acceptedFlags = {0, 1, 3};
    s.utcOffsetMinutes = 480;
    s.units["temp"] = "degC";
    s.resample.interval = mc::ResampleInterval::Hourly;
    d.setSettings(s);
    const QString path = m_dir.filePath(QStringLiteral("settings.json"));
    QCOMPARE(d.saveSettingsFile(path), QString());

    ImportDialog other({m_flagged}, QString());
    QCOMPARE(other.loadSettingsFile(path), QString());
    QCOMPARE(mc::importSettingsToJson(other.settings()), mc::importSettingsToJson(s));
    QCOMPARE(other.settingsForm()->flagBox(3)->isChecked(), true);

    const QString bad = writeFile(m_dir, QStringLiteral("bad.json"), "{\"encoding\": \"klingon\"}");
    const QString before = QString::fromStdString(mc::importSettingsToJson(other.settings()));
    QVERIFY(!other.loadSettingsFile(bad).isEmpty());
    QCOMPARE(QString::fromStdString(mc::importSettingsToJson(other.settings())), before);  // unchanged
    QVERIFY(!other.loadSettingsFile(m_dir.filePath(QStringLiteral("absent.json"))).isEmpty());
}

void TestImportDialog::useCurrentDatasetSettings()
{
    ImportDialog none({m_flagged}, QString());
    QVERIFY(!child<QPushButton>(&none, "useCurrentSettingsButton")->isEnabled());
    QVERIFY(!none.useCurrentDatasetSettings());

    mc::ImportSettings s;
    s.acceptedFlags = {0, 4};
    s.missingMarkers = {"-99"};
    ImportDialog d({m_flagged}, QString::fromStdString(mc::importSettingsToJson(s)));
    auto* button = child<QPushButton>(&d, "useCurrentSettingsButton");
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(d.settings().acceptedFlags, s.acceptedFlags);
    QCOMPARE(d.settings().missingMarkers, s.missingMarkers);
}

void TestImportDialog::previewShowsParsedRowsAndRejects()
{
    ImportDialog d({m_flagged}, QString());
    QVERIFY(waitPreview(d));
    auto* model = d.previewModel();
    QVERIFY(model->parsed());
    QCOMPARE(model->rowCount(), 7);
    // Date, station, then the variable with its unit.
    QCOMPARE(model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("temp (°C)"));
    const auto state = [&](int row) {
        return mcui::ImportPreviewModel::CellState(model->index(row, 2).data(mcui::ImportPreviewModel::CellStateRole).toInt());
    };
    QCOMPARE(state(0), mcui::ImportPreviewModel::CellState::Value);
    QCOMPARE(state(1), mcui::ImportPreviewModel::CellState::RejectedFlag);
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("11"));
    QVERIFY(model->index(1, 2).data(Qt::ToolTipRole).toString().contains(QLatin1Char('4')));
    QCOMPARE(state(2), mcui::ImportPreviewModel::CellState::Missing);
    QCOMPARE(state(6), mcui::ImportPreviewModel::CellState::RejectedRange);

    // Accepting flag 4 re-parses the preview: line 3's value is now accepted.
    d.settingsForm()->flagBox(4)->setChecked(true);
    QVERIFY(d.isPreviewing());
    QVERIFY(waitPreview(d));
    QCOMPARE(state(1), mcui::ImportPreviewModel::CellState::Value);

    // A wrong delimiter leaves the rows as text, with the reason above them.
    auto* delimiter = child<QComboBox>(d.settingsForm(), "delimiterCombo");
    delimiter->setCurrentIndex(delimiter->findData(';'));
    QVERIFY(waitPreview(d));
    QVERIFY(!model->parsed());
    QCOMPARE(model->columnCount(), 1);
    QVERIFY(!child<QLabel>(&d, "previewStatus")->text().isEmpty());
}

void TestImportDialog::importReportCounts()
{
    mcui::MainWindow w;
    auto* d = w.openImportDialog({m_flagged});
    QVERIFY(waitPreview(*d));
    QVERIFY(d->startImport());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isImporting(), 20000);
    QVERIFY2(d->errorText().isEmpty(), qPrintable(d->errorText()));
    QVERIFY(w.dataset());
    const auto* st = w.dataset()->station("s1");
    QVERIFY(st);
    QCOMPARE(st->rejected.at("temp").size(), std::size_t(3));
    QCOMPARE(w.dataset()->canonical.at("temp"), std::string("water_temperature"));

    auto* view = d->reportView();
    QVERIFY(view->isVisible() || view->report());
    auto* row = variableRow(view, QStringLiteral("temp"));
    QVERIFY(row);
    using V = mcui::ImportReportView;
    QCOMPARE(row->text(V::ValidColumn), QStringLiteral("2"));
    QCOMPARE(row->text(V::MissingColumn), QStringLiteral("1"));
    QCOMPARE(row->text(V::NonNumericColumn), QStringLiteral("1"));
    QCOMPARE(row->text(V::RangeColumn), QStringLiteral("1"));
    QVERIFY2(row->text(V::FlagColumn).contains(QStringLiteral("-3: 1")) && row->text(V::FlagColumn).contains(QStringLiteral("4: 1")),
             qPrintable(row->text(V::FlagColumn)));
    QCOMPARE(row->text(V::LinesColumn), QStringLiteral("3, 5, 8"));
    QVERIFY2(view->filesTree()->topLevelItem(0)->text(0).contains(QStringLiteral("7 row(s)")), qPrintable(view->filesTree()->topLevelItem(0)->text(0)));
    QVERIFY2(view->summary().contains(QStringLiteral("3 value(s) rejected")), qPrintable(view->summary()));
    QCOMPARE(view->seriesTree()->topLevelItemCount(), 1);

    // The Data tab keeps the report.
    auto* button = child<QPushButton>(w.dataPreviewPanel(), "importReportButton");
    QVERIFY(!button->isHidden());
    button->click();
    auto* again = w.dataPreviewPanel()->findChild<mcui::ImportReportDialog*>();
    QVERIFY(again && again->isVisible());
    QCOMPARE(again->view()->report(), view->report());
}

void TestImportDialog::cancelLargeFileKeepsPreviousData()
{
    // About 50 MB of hourly rows.
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block = "time,station,temp,salinity\n";
        for (int i = 0; f.size() + block.size() < 50'000'000; ++i) {
            const QDateTime t = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * i);
            block += t.toString(QStringLiteral("yyyy-MM-ddTHH:mm")).toLatin1() + ",big," + QByteArray::number(10 + i % 7) + ".25,"
                     + QByteArray::number(30 + i % 3) + ".5\n";
            if (block.size() > (1 << 20)) {
                f.write(block);
                block.clear();
            }
        }
        f.write(block);
    }
    QVERIFY(QFileInfo(path).size() > 45'000'000);

    mcui::MainWindow w;
    QVERIFY(w.openData({m_flagged}));
    const auto before = w.dataset();
    auto* d = w.openImportDialog({path});
    QVERIFY(waitPreview(*d));
    QVERIFY(d->previewModel()->parsed());
    QSignalSpy failed(d, &ImportDialog::importFailed);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    QVERIFY(d->startImport());
    QVERIFY(d->progressBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(d->progressBar()->value() > 0, 30000);
    const int progressAt = d->progressBar()->value();
    QVERIFY(progressAt < 1000);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    child<QPushButton>(d, "cancelImportButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    qInfo("cancelled at %.1f %% of %lld bytes; stopped %lld ms after the click; %d timer ticks meanwhile", progressAt / 10.0,
          QFileInfo(path).size(), sinceCancel.elapsed(), ticks);
    QVERIFY(!d->isImporting());
    QVERIFY2(d->errorText().contains(QStringLiteral("cancelled")), qPrintable(d->errorText()));
    QCOMPARE(w.dataset(), before);  // the same object: nothing replaced it
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));  // the event loop ran during the import
    QVERIFY(!d->progressBar()->isVisible());
}

void TestImportDialog::badFileNamesLineAndColumn()
{
    const QString bad = writeFile(m_dir, QStringLiteral("bad_time.csv"), "date,temp\n2024-01-01,1\n2024-01-02,2\nnot-a-date,3\n");
    mcui::MainWindow w;
    QVERIFY(w.openData({m_flagged}));
    const auto before = w.dataset();
    auto* d = w.openImportDialog({bad});
    QVERIFY(waitPreview(*d));
    QVERIFY(!d->previewModel()->parsed());
    QSignalSpy failed(d, &ImportDialog::importFailed);
    QVERIFY(d->startImport());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString message = d->errorText();
    QVERIFY2(message.contains(QStringLiteral("bad_time.csv:4")) && message.contains(QStringLiteral("column 1")), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("A time value could not be read")), qPrintable(message));  // the translated lead
    QCOMPARE(w.dataset(), before);
}

void TestImportDialog::chineseShowsNoEnglish()
{
    visible_texts::Sources sources(QStringLiteral(MARINECAST_SOURCE_DIR "/translations/marinecast_zh_CN.ts"));
    sources.allow({QStringLiteral("MarineCast"), QStringLiteral("°C"), QStringLiteral("UTC ")});
    const auto english = [&](QWidget* root) {
        QStringList found;
        for (const auto& [where, text] : visible_texts::collect(root))
            if (const QString source = sources.englishSourceIn(text); !source.isEmpty())
                found << QStringLiteral("%1: \"%2\"").arg(where, text);
        found.removeDuplicates();
        return found.join(QStringLiteral("\n  "));
    };
    const auto switchTo = [](const QString& code) {
        QVERIFY(mcui::LanguageManager::instance().setLanguage(code));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    };
    // Opened in English and switched while open, so the re-texting is covered too.
    switchTo(QStringLiteral("en"));
    ImportDialog d({m_flagged}, QString());
    d.show();
    QVERIFY(waitPreview(d));
    QVERIFY(d.startImport());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isImporting(), 20000);
    switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(d.windowTitle(), QStringLiteral("导入数据"));
    const QString left = english(&d);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n  ") + left));
    QVERIFY2(d.reportView()->summary().contains(QStringLiteral("剔除")), qPrintable(d.reportView()->summary()));
    auto* variable = qobject_cast<QComboBox*>(d.columnsTable()->cellWidget(2, mcui::ColumnRolesTable::VariableColumn));
    QVERIFY2(variable->itemText(0).contains(QStringLiteral("水温")), qPrintable(variable->itemText(0)));
    if (const QString out = qEnvironmentVariable("MARINECAST_TEST_OUTPUT"); !out.isEmpty() && QDir().mkpath(out)) {
        d.grab().save(QDir(out).filePath(QStringLiteral("import_report_zh_CN.png")));
        d.findChild<QTabWidget*>()->setCurrentIndex(0);
        d.grab().save(QDir(out).filePath(QStringLiteral("import_dialog_zh_CN.png")));
    }
    switchTo(QStringLiteral("en"));
    QCOMPARE(d.windowTitle(), QStringLiteral("Import data"));
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
