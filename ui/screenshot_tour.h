// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace mcui {

class MainWindow;

/// Drives the main window through the reference journey on the sample data — import (the dialog
/// and its report), preview,
/// train, read the results, compare with the preset — and saves a screenshot of each view into a folder. Used by
/// packaging/screenshots.sh so the README's pictures come from the real application.
class ScreenshotTour final : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow& window, QString folder, int epochs, QObject* parent = nullptr);

    /// Starts the tour; finished() follows once every picture is written or something failed.
    void start();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void journey();
    void compare(int runId);
    /// Saves @p widget (the main window when null) as @p name.
    void shoot(const QString& name, QWidget* widget = nullptr);
    void fail(const QString& message);

    MainWindow& m_window;
    QString m_folder;
    int m_epochs;
    bool m_trainingShot = false;
};

}  // namespace mcui
