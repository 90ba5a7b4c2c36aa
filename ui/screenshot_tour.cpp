// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot_tour.h"

#include "data_tree_panel.h"
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
    if (sample.isEmpty() || !m_window.openData({sample}))
        return fail(QStringLiteral("cannot open the sample data"));
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
        connect(&m_window, &MainWindow::runAdded, this, [this] {
            QTimer::singleShot(600, this, [this] {
                shoot(QStringLiteral("03-results.png"));
                Q_EMIT finished(true, QStringLiteral("screenshots written to %1").arg(m_folder));
            });
        });
        connect(&m_window, &MainWindow::runFailed, this, [this](const QString& message) { fail(message); });
        if (!m_window.startTraining())
            fail(QStringLiteral("training did not start: %1").arg(m_window.modelPanel()->validationError()));
    });
}

void ScreenshotTour::shoot(const QString& name)
{
    // A palette image keeps the committed PNGs small; these are flat UI colours.
    const QImage image = m_window.grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    image.save(QDir(m_folder).filePath(name));
}

void ScreenshotTour::fail(const QString& message) { Q_EMIT finished(false, message); }

}  // namespace mcui
