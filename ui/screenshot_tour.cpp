// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot_tour.h"

#include "comparison_panel.h"
#include "config_list.h"
#include "data_tree_panel.h"
#include "import_dialog.h"
#include "main_window.h"
#include "model_panel.h"
#include "training_job.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTimer>

namespace mcui {

ScreenshotTour::ScreenshotTour(MainWindow& window, QString folder, int epochs, QObject* parent)
    : QObject(parent), m_window(window), m_folder(std::move(folder)), m_epochs(epochs)
{
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_folder))
        return fail(QStringLiteral("cannot create %1").arg(m_folder));
    const QString sample = MainWindow::samplePath();
    if (sample.isEmpty())
        return fail(QStringLiteral("cannot find the sample data"));
    // The sample comes in through the import dialog, as File → Open data… brings any file.
    auto* dialog = m_window.openImportDialog({sample});
    connect(dialog, &ImportDialog::previewUpdated, this, [this, dialog] {
        QTimer::singleShot(300, this, [this, dialog] {
            shoot(QStringLiteral("00-import-dialog.png"), dialog);
            dialog->startImport();
        });
    }, Qt::SingleShotConnection);
    connect(dialog, &ImportDialog::importFailed, this, [this](const QString& message) { fail(message); });
    connect(dialog, &ImportDialog::imported, this, [this, dialog] {
        QTimer::singleShot(300, this, [this, dialog] {
            shoot(QStringLiteral("00-import-report.png"), dialog);
            dialog->accept();
            journey();
        });
    });
}

void ScreenshotTour::journey()
{
    const QString station = QStringLiteral("station1");
    const QString variable = QStringLiteral("water_temp");
    m_window.dataTreePanel()->setCheckedVariables({{station, QStringLiteral("air_temp")}, {station, variable}});
    m_window.dataTreePanel()->selectVariable(station, variable);

    // The deck's "current model": hidden 32, Adam, batch 128.
    mc::RunConfig config = m_window.modelPanel()->config();
    config.params.set("epochs", std::int64_t{m_epochs});
    config.params.set("predict-change", true);
    config.params.set("output-activation", std::string("none"));
    m_window.modelPanel()->setConfig(config);

    QTimer::singleShot(800, this, [this] {
        shoot(QStringLiteral("01-data.png"));
        connect(m_window.job(), &TrainingJob::epochFinished, this, [this](const EpochInfo& e) {
            if (!m_trainingShot && e.epoch >= e.epochs * 2 / 3) {
                m_trainingShot = true;
                // Past the 50 ms redraw throttle, so the chart shows this epoch.
                QTimer::singleShot(120, this, [this] { shoot(QStringLiteral("02-training.png")); });
            }
        });
        connect(&m_window, &MainWindow::runAdded, this, [this](int runId) {
            QTimer::singleShot(600, this, [this, runId] {
                shoot(QStringLiteral("03-results.png"));
                compare(runId);
            });
        });
        connect(&m_window, &MainWindow::runFailed, this, [this](const QString& message) { fail(message); });
        if (!m_window.startTraining())
            fail(QStringLiteral("training did not start: %1").arg(m_window.modelPanel()->validationError()));
    });
}

void ScreenshotTour::compare(int runId)
{
    // The deck's kind of question: does the run's change (predicting the change) beat the plain
    // "current model" settings? The Model panel goes back to them; the run keeps its own.
    auto* panel = m_window.comparisonPanel();
    mc::RunConfig plain = m_window.modelPanel()->config();
    plain.params.set("predict-change", false);
    plain.params.set("output-activation", std::string("auto"));
    m_window.modelPanel()->setConfig(plain);
    panel->configList()->setCheckedKeys({QStringLiteral("current"), QStringLiteral("run:%1").arg(runId)});
    m_window.showTab(MainWindow::Tab::Compare);
    connect(panel, &ComparisonPanel::comparisonFinished, this, [this, panel] {
        QTimer::singleShot(600, this, [this, panel] {
            shoot(QStringLiteral("04-compare.png"));
            // Then the same pair for every variable of the station, as the deck's summary slide.
            if (!panel->runAllVariables())
                fail(QStringLiteral("all-variables run did not start: %1").arg(panel->message()));
        });
    });
    connect(panel, &ComparisonPanel::allVariablesFinished, this, [this] {
        QTimer::singleShot(600, this, [this] {
            shoot(QStringLiteral("05-all-variables.png"));
            Q_EMIT finished(true, QStringLiteral("screenshots written to %1").arg(m_folder));
        });
    });
    if (!panel->runComparison())
        fail(QStringLiteral("comparison did not start: %1").arg(panel->message()));
}

void ScreenshotTour::shoot(const QString& name, QWidget* widget)
{
    // A palette image keeps the committed PNGs small; these are flat UI colours.
    const QImage image = (widget ? widget : &m_window)->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    image.save(QDir(m_folder).filePath(name));
}

void ScreenshotTour::fail(const QString& message) { Q_EMIT finished(false, message); }

}  // namespace mcui
