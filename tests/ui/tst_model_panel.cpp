// SPDX-License-Identifier: GPL-3.0-or-later
// The model panel (issue "analyst's desktop workflow", item 3).
#include "csv_import.h"
#include "dataset.h"
#include "main_window.h"
#include "sample_run.h"
#include "model_panel.h"
#include "option_form.h"
#include "trainer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

namespace {

std::shared_ptr<const mc::Dataset> sample() { return sample_run::sharedSampleDataset(); }

template <typename T>
T* field(const QWidget& panel, const char* key)
{
    auto* w = panel.findChild<T*>(QStringLiteral("opt_") + QLatin1String(key));
    if (!w)
        qFatal("no field opt_%s of the expected type", key);
    return w;
}

void selectData(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

}  // namespace

class TestModelPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void formGeneratedFromRegistry();
    void defaults();
    void editingShowsInConfig();
    void presetApplies();
    void userPresets();
    void reluWithPredictChangeIsRefused();
    void targetAndRangesChecked();
    void severalStationModelsOfferAllStations();
    void malformedLearningRateIsRefused();
    void optimizerOptionsKeepTheirDigits();
    void inputsListOtherStations();
    void configRoundTrip();
    void settingsRoundTrip();
    void cudaEntriesDisabledWithoutCuda();
    void languageChangeKeepsLabels();
};

void TestModelPanel::init()
{
    // Every registry label and help text must be in the lupdate table of option_form.cpp.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("translation table")));
}

void TestModelPanel::formGeneratedFromRegistry()
{
    mcui::ModelPanel panel;
    QCOMPARE(panel.objectName(), QStringLiteral("modelPanel"));
    for (const auto& o : mc::optionsFor("lstm")) {
        auto* w = panel.findChild<QWidget*>(QStringLiteral("opt_") + QString::fromStdString(o.key));
        QVERIFY2(w, o.key.c_str());
        QVERIFY2(!w->toolTip().isEmpty(), o.key.c_str());
        switch (o.type) {
        case mc::OptionType::Bool:
            QVERIFY(qobject_cast<QCheckBox*>(w));
            break;
        case mc::OptionType::Int:
            QVERIFY(qobject_cast<QSpinBox*>(w));
            QCOMPARE(qobject_cast<QSpinBox*>(w)->maximum(), int(std::min<double>(o.maxValue, INT_MAX)));
            break;
        case mc::OptionType::Double:
            QVERIFY(qobject_cast<QDoubleSpinBox*>(w) || qobject_cast<QLineEdit*>(w));
            break;
        case mc::OptionType::Choice:
            QCOMPARE(qobject_cast<QComboBox*>(w)->count(), int(o.choices.size()));
            break;
        case mc::OptionType::Text:
            QVERIFY(qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w));
            break;
        }
    }
    // The learning rate spans decades: it is typed, and takes scientific notation.
    auto* lr = field<QLineEdit>(panel, "lr");
    lr->setText(QStringLiteral("3e-4"));
    QCOMPARE(panel.config().params.getDouble("lr"), 3e-4);
    auto* kinds = panel.findChild<QComboBox*>(QStringLiteral("modelKind"));
    QCOMPARE(kinds->count(), int(mc::modelKinds().size()));
    QCOMPARE(kinds->currentData().toString(), QStringLiteral("lstm"));
}

void TestModelPanel::defaults()
{
    mcui::ModelPanel panel;
    QCOMPARE(field<QSpinBox>(panel, "hidden")->value(), 32);
    QCOMPARE(field<QSpinBox>(panel, "batch")->value(), 128);
    QCOMPARE(field<QSpinBox>(panel, "threads")->value(), std::max(1, QThread::idealThreadCount() - 1));
    const auto c = panel.config();
    QCOMPARE(c.params.getInt("hidden"), 32);
    QCOMPARE(c.params.getInt("batch"), 128);
    QCOMPARE(c.params.getString("optimizer"), std::string("adam"));
    QCOMPARE(c.params.getString("device"), std::string("auto"));
    // The registry's defaults are not a preset: "current" sets the deck's lr 1e-5 and 300 epochs.
    QCOMPARE(c.preset, std::string());
    QVERIFY(c.dataPaths.empty());
    QCOMPARE(mc::formatTimeRange(c.trainRange, true), std::string("2013-01-01/2017-12-31"));
    QCOMPARE(mc::formatTimeRange(c.testRange, true), std::string("2018-01-01/2018-12-31"));
    // No target yet: not startable, and the panel says why.
    QVERIFY(!panel.isValid());
    QVERIFY(!panel.validationError().isEmpty());
}

void TestModelPanel::editingShowsInConfig()
{
    mcui::ModelPanel panel;
    QSignalSpy changed(&panel, &mcui::ModelPanel::configChanged);
    field<QSpinBox>(panel, "hidden")->setValue(64);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.config().params.getInt("hidden"), 64);
    // No longer the preset's values, so no longer named after it.
    QCOMPARE(panel.config().preset, std::string());
    QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("modelPreset"))->currentIndex(), 0);
    field<QDoubleSpinBox>(panel, "dropout")->setValue(0.25);
    QCOMPARE(panel.config().params.getDouble("dropout"), 0.25);
    field<QSpinBox>(panel, "layers")->setValue(2);
    selectData(field<QComboBox>(panel, "loss"), QStringLiteral("huber"));
    QCOMPARE(panel.config().params.getString("loss"), std::string("huber"));
    QCOMPARE(panel.config().params.getInt("layers"), 2);
}

void TestModelPanel::presetApplies()
{
    mcui::ModelPanel panel;
    field<QSpinBox>(panel, "hidden")->setValue(64);
    field<QSpinBox>(panel, "batch")->setValue(256);
    field<QSpinBox>(panel, "epochs")->setValue(7);
    auto* preset = panel.findChild<QComboBox*>(QStringLiteral("modelPreset"));
    QCOMPARE(preset->currentIndex(), 0);
    // As a user does it: the keyboard on the closed list picks the next entry, "Current".
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_Down);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("current"));
    const auto c = panel.config();
    QCOMPARE(c.params.getInt("hidden"), 32);
    QCOMPARE(c.params.getInt("batch"), 128);
    QCOMPARE(c.params.getInt("epochs"), 300);
    QCOMPARE(c.params.getDouble("lr"), 1e-5);  // the deck's code
    QCOMPARE(c.preset, std::string("current"));
    QVERIFY(!panel.applyPreset(QStringLiteral("no-such-preset")));

    // The original Keras model: hidden 5, Nadam, batch 100, stateful, Keras initialisation.
    QVERIFY(panel.applyPreset(QStringLiteral("original")));
    const auto o = panel.config();
    QCOMPARE(o.params.getInt("hidden"), 5);
    QCOMPARE(o.params.getString("optimizer"), std::string("nadam"));
    QCOMPARE(o.params.getInt("batch"), 100);
    QVERIFY(o.params.getBool("stateful"));
    QCOMPARE(o.params.getString("init"), std::string("keras"));
    QCOMPARE(o.params.getDouble("eps"), 1e-7);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("original"));
}

void TestModelPanel::userPresets()
{
    QTemporaryDir dir;
    qputenv("MARINECAST_PRESETS", QFile::encodeName(dir.filePath(QStringLiteral("presets.json"))));
    {
        mcui::ModelPanel panel;
        field<QSpinBox>(panel, "hidden")->setValue(11);
        QCOMPARE(panel.savePreset(QStringLiteral("eleven")), QString());
        QVERIFY(!panel.savePreset(QStringLiteral("current")).isEmpty());  // a built-in's name
        auto* preset = panel.findChild<QComboBox*>(QStringLiteral("modelPreset"));
        QCOMPARE(preset->currentData().toString(), QStringLiteral("eleven"));
        QVERIFY(preset->findText(QStringLiteral("eleven")) > 0);
    }
    {
        // A new panel (tomorrow's session) offers it, and applying it restores the value.
        mcui::ModelPanel panel;
        field<QSpinBox>(panel, "hidden")->setValue(40);
        QVERIFY(panel.applyPreset(QStringLiteral("eleven")));
        QCOMPARE(panel.config().params.getInt("hidden"), 11);
        QCOMPARE(panel.renamePreset(QStringLiteral("eleven"), QStringLiteral("mine")), QString());
        QVERIFY(panel.presetStore().find("mine"));
        QVERIFY(!panel.renamePreset(QStringLiteral("current"), QStringLiteral("x")).isEmpty());
        QCOMPARE(panel.deletePreset(QStringLiteral("mine")), QString());
        QVERIFY(!panel.presetStore().find("mine"));
        auto* preset = panel.findChild<QComboBox*>(QStringLiteral("modelPreset"));
        QCOMPARE(preset->findData(QStringLiteral("mine")), -1);
    }
    qunsetenv("MARINECAST_PRESETS");
}

void TestModelPanel::reluWithPredictChangeIsRefused()
{
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    panel.setSelection(QStringLiteral("station1"), QStringLiteral("water_temp"));
    QVERIFY2(panel.isValid(), qPrintable(panel.validationError()));
    auto* label = panel.findChild<QLabel*>(QStringLiteral("validationLabel"));
    QVERIFY(label->isHidden());

    QSignalSpy validity(&panel, &mcui::ModelPanel::validityChanged);
    selectData(field<QComboBox>(panel, "output-activation"), QStringLiteral("relu"));
    QCOMPARE(validity.count(), 0);  // ReLU on min-max levels is fine
    field<QCheckBox>(panel, "predict-change")->setChecked(true);
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), false);
    const QString reason = validity.at(0).at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("relu"), Qt::CaseInsensitive), qPrintable(reason));
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), reason);
    QCOMPARE(panel.validationError(), reason);

    selectData(field<QComboBox>(panel, "output-activation"), QStringLiteral("none"));
    QCOMPARE(validity.count(), 2);
    QCOMPARE(validity.at(1).at(0).toBool(), true);
    QVERIFY(validity.at(1).at(1).toString().isEmpty());
    QVERIFY(label->isHidden());
}

void TestModelPanel::severalStationModelsOfferAllStations()
{
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    panel.setSelection(QStringLiteral("station2"), QStringLiteral("water_temp"));
    auto* kind = panel.findChild<QComboBox*>(QStringLiteral("modelKind"));
    auto* station = panel.findChild<QComboBox*>(QStringLiteral("station"));
    QVERIFY(kind && station);
    // The LSTM takes one station: no empty entry.
    QCOMPARE(station->findData(QString()), -1);
    // ConvLSTM takes one or several: "All stations" is offered, the chosen station kept.
    selectData(kind, QStringLiteral("convlstm"));
    QCOMPARE(station->findData(QString()), 0);
    QCOMPARE(panel.config().station, std::string("station2"));
    station->setCurrentIndex(0);
    QCOMPARE(panel.config().station, std::string());
    QCOMPARE(panel.config().target, std::string("water_temp"));
    // The GNN needs several: "All stations" is chosen for it.
    selectData(kind, QStringLiteral("lstm"));
    QCOMPARE(station->findData(QString()), -1);
    selectData(kind, QStringLiteral("gnn"));
    QCOMPARE(station->currentIndex(), 0);
    QVERIFY(panel.config().station.empty());
    QCOMPARE(panel.config().model, std::string("gnn"));
}

void TestModelPanel::targetAndRangesChecked()
{
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    QVERIFY(panel.validationError().contains(QStringLiteral("data tree")));
    panel.setSelection(QStringLiteral("station2"), QStringLiteral("salinity"));
    QVERIFY(panel.isValid());
    QCOMPARE(panel.config().station, std::string("station2"));
    QCOMPARE(panel.config().target, std::string("salinity"));

    QSignalSpy validity(&panel, &mcui::ModelPanel::validityChanged);
    auto* trainTo = panel.findChild<QDateEdit*>(QStringLiteral("trainTo"));
    trainTo->setDate(QDate(2018, 6, 30));
    QCOMPARE(validity.count(), 1);
    QVERIFY(validity.at(0).at(1).toString().contains(QStringLiteral("before the test range")));
    trainTo->setDate(QDate(2017, 12, 31));
    QVERIFY(panel.isValid());

    auto* mode = panel.findChild<QComboBox*>(QStringLiteral("valMode"));
    mode->setCurrentIndex(1);
    panel.findChild<QDateEdit*>(QStringLiteral("valFrom"))->setDate(QDate(2012, 1, 1));
    QVERIFY(panel.validationError().contains(QStringLiteral("inside the training range")));
    panel.findChild<QDateEdit*>(QStringLiteral("valFrom"))->setDate(QDate(2017, 7, 1));
    QVERIFY(panel.isValid());
    QCOMPARE(mc::formatTimeRange(*panel.config().valRange, true), std::string("2017-07-01/2017-12-31"));

    // Outside the data's years there is nothing to test on.
    panel.findChild<QDateEdit*>(QStringLiteral("testFrom"))->setDate(QDate(2020, 1, 1));
    panel.findChild<QDateEdit*>(QStringLiteral("testTo"))->setDate(QDate(2020, 12, 31));
    QVERIFY(panel.validationError().contains(QStringLiteral("no values in the test range")));
}

void TestModelPanel::malformedLearningRateIsRefused()
{
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    panel.setSelection(QStringLiteral("station1"), QStringLiteral("water_temp"));
    auto* lr = field<QLineEdit>(panel, "lr");
    lr->setText(QStringLiteral("fast"));
    QVERIFY(!panel.isValid());
    QVERIFY(panel.validationError().contains(QStringLiteral("Learning rate")));
    lr->setText(QStringLiteral("50"));  // above the registry's maximum
    QVERIFY(!panel.isValid());
    lr->setText(QStringLiteral("0.002"));
    QVERIFY(panel.isValid());
}

void TestModelPanel::optimizerOptionsKeepTheirDigits()
{
    // A spin box stepping by 0.1 would show beta 2 = 0.999 as 1.0 (which validateConfig refuses)
    // and momentum decay 0.004 as 0: the registry marks such options typed.
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    panel.setSelection(QStringLiteral("station1"), QStringLiteral("water_temp"));
    QVERIFY2(panel.isValid(), qPrintable(panel.validationError()));
    const auto p = panel.config().params;
    QCOMPARE(p.getDouble("beta1"), 0.9);
    QCOMPARE(p.getDouble("beta2"), 0.999);
    QCOMPARE(p.getDouble("eps"), 1e-8);
    QCOMPARE(p.getDouble("weight-decay"), 0.0);
    QCOMPARE(p.getDouble("momentum-decay"), 0.004);
    QCOMPARE(p.getDouble("momentum"), 0.0);
    selectData(field<QComboBox>(panel, "optimizer"), QStringLiteral("nadam"));
    field<QLineEdit>(panel, "weight-decay")->setText(QStringLiteral("1e-4"));
    field<QLineEdit>(panel, "beta2")->setText(QStringLiteral("0.9995"));
    QCOMPARE(panel.config().params.getString("optimizer"), std::string("nadam"));
    QCOMPARE(panel.config().params.getDouble("weight-decay"), 1e-4);
    QCOMPARE(panel.config().params.getDouble("beta2"), 0.9995);
    QVERIFY(panel.isValid());
    field<QLineEdit>(panel, "beta1")->setText(QStringLiteral("1"));
    QVERIFY(!panel.isValid());
    QVERIFY2(panel.validationError().contains(QStringLiteral("Beta 1")), qPrintable(panel.validationError()));
}

void TestModelPanel::inputsListOtherStations()
{
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    panel.setSelection(QStringLiteral("station1"), QStringLiteral("water_temp"));
    auto* inputs = panel.findChild<QListWidget*>(QStringLiteral("inputs"));
    QCOMPARE(inputs->count(), 4 + 2 * 5);  // own variables but the target, then all of the others
    QStringList texts;
    for (int i = 0; i < inputs->count(); ++i)
        texts << inputs->item(i)->text();
    QVERIFY(texts.contains(QStringLiteral("air_temp")));
    QVERIFY(!texts.contains(QStringLiteral("water_temp")));
    QVERIFY(texts.contains(QStringLiteral("station2:water_temp")));
    inputs->item(int(texts.indexOf(QStringLiteral("air_temp"))))->setCheckState(Qt::Checked);
    inputs->item(int(texts.indexOf(QStringLiteral("station3:air_temp"))))->setCheckState(Qt::Checked);
    auto c = panel.config();
    QCOMPARE(c.inputs.size(), std::size_t(2));
    QCOMPARE(c.inputs[0].text(), std::string("air_temp"));
    QCOMPARE(c.inputs[1].text(), std::string("station3:air_temp"));
    QVERIFY(panel.isValid());

    // Switching station keeps the same series checked, named from the new station's side.
    panel.setSelection(QStringLiteral("station3"), QStringLiteral("water_temp"));
    c = panel.config();
    QCOMPARE(c.inputs.size(), std::size_t(2));
    QCOMPARE(c.inputs[0].text(), std::string("air_temp"));
    QCOMPARE(c.inputs[1].text(), std::string("station1:air_temp"));
}

void TestModelPanel::configRoundTrip()
{
    mcui::ModelPanel a;
    a.setDataset(sample());
    a.setSelection(QStringLiteral("station2"), QStringLiteral("dissolved_oxygen"));
    field<QSpinBox>(a, "hidden")->setValue(48);
    field<QSpinBox>(a, "layers")->setValue(2);
    field<QDoubleSpinBox>(a, "dropout")->setValue(0.2);
    field<QLineEdit>(a, "lr")->setText(QStringLiteral("0.005"));
    field<QCheckBox>(a, "predict-change")->setChecked(true);
    selectData(field<QComboBox>(a, "scaling"), QStringLiteral("zscore"));
    selectData(field<QComboBox>(a, "device"), QStringLiteral("cpu"));
    field<QSpinBox>(a, "threads")->setValue(1);
    auto* inputs = a.findChild<QListWidget*>(QStringLiteral("inputs"));
    inputs->item(0)->setCheckState(Qt::Checked);
    inputs->item(inputs->count() - 1)->setCheckState(Qt::Checked);
    a.findChild<QComboBox*>(QStringLiteral("valMode"))->setCurrentIndex(1);
    a.findChild<QDateEdit*>(QStringLiteral("valFrom"))->setDate(QDate(2017, 3, 1));
    QVERIFY2(a.isValid(), qPrintable(a.validationError()));
    const mc::RunConfig c = a.config();
    QCOMPARE(c.inputs.size(), std::size_t(2));
    QVERIFY(c.valRange.has_value());

    mcui::ModelPanel b;
    b.setDataset(sample());
    b.setConfig(c);
    QCOMPARE(mc::configToJson(b.config()), mc::configToJson(c));
    QVERIFY(b.isValid());

    // Without data (a project opened before its files): the choices still come back as they were.
    mcui::ModelPanel empty;
    empty.setConfig(c);
    QCOMPARE(mc::configToJson(empty.config()), mc::configToJson(c));

    // And through run.json's text.
    std::string error;
    const auto parsed = mc::configFromJson(mc::configToJson(c), error);
    QVERIFY2(parsed, error.c_str());
    mcui::ModelPanel fromJson;
    fromJson.setConfig(*parsed);
    QCOMPARE(mc::configToJson(fromJson.config()), mc::configToJson(c));
}

void TestModelPanel::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    mc::ParamSet saved;
    {
        mcui::ModelPanel panel;
        field<QSpinBox>(panel, "hidden")->setValue(80);
        field<QLineEdit>(panel, "lr")->setText(QStringLiteral("0.0003"));
        field<QCheckBox>(panel, "predict-change")->setChecked(true);
        selectData(field<QComboBox>(panel, "output-activation"), QStringLiteral("none"));
        saved = panel.config().params;
        QSettings settings(path, QSettings::IniFormat);
        panel.saveSettings(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    mcui::ModelPanel restored;
    restored.restoreSettings(settings);
    const auto p = restored.config().params;
    QCOMPARE(p.values().size(), saved.values().size());
    for (const auto& [key, value] : saved.values())
        QVERIFY2(p.values().at(key) == value, key.c_str());
    QCOMPARE(field<QSpinBox>(restored, "hidden")->value(), 80);
}

void TestModelPanel::cudaEntriesDisabledWithoutCuda()
{
    if (mc::cudaAvailable())
        QSKIP("this build sees a CUDA device");
    mcui::ModelPanel panel;
    panel.setDataset(sample());
    panel.setSelection(QStringLiteral("station1"), QStringLiteral("water_temp"));
    auto* device = field<QComboBox>(panel, "device");
    QCOMPARE(device->itemData(0).toString(), QStringLiteral("auto"));
    QCOMPARE(device->itemData(1).toString(), QStringLiteral("cpu"));
    const int cuda = device->findData(QStringLiteral("cuda:0"));
    QVERIFY(cuda >= 2);
    auto* model = qobject_cast<QStandardItemModel*>(device->model());
    QVERIFY(model);
    QVERIFY(!model->item(cuda)->isEnabled());
    QVERIFY(model->item(1)->isEnabled());
    QVERIFY(!device->itemData(cuda, Qt::ToolTipRole).toString().isEmpty());

    // A config from a GPU server shows its device, and the panel says it cannot run here.
    auto c = panel.config();
    c.params.set("device", std::string("cuda:1"));
    panel.setConfig(c);
    QCOMPARE(device->currentData().toString(), QStringLiteral("cuda:1"));
    QVERIFY(!panel.isValid());
    QVERIFY(panel.validationError().contains(QStringLiteral("cuda:1")));
}

void TestModelPanel::languageChangeKeepsLabels()
{
    mcui::ModelPanel panel;
    auto* hidden = field<QSpinBox>(panel, "hidden");
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&panel, &change);
    const auto labels = panel.findChildren<QLabel*>();
    bool found = false;
    for (auto* l : labels)
        found = found || (l->buddy() == hidden && l->text() == QStringLiteral("Hidden size"));
    QVERIFY(found);
    QCOMPARE(mcui::OptionForm::translatedText("Hidden size"), QStringLiteral("Hidden size"));
}

QTEST_MAIN(TestModelPanel)
#include "tst_model_panel.moc"
