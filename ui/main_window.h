// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QTreeWidget;

namespace mc {
struct Dataset;
}

namespace mcui {

/// The application window. It assembles panels; the panels hold the logic.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths and shows them in the data tree. Returns false and shows a message
    /// naming file, line and column on failure; the previously loaded data stays.
    bool openData(const QStringList& paths);

    /// Path of the bundled synthetic sample CSV, or empty when it cannot be found.
    [[nodiscard]] static QString samplePath();

    [[nodiscard]] const mc::Dataset* dataset() const { return m_dataset.get(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void showDataset();
    void openFileDialog();
    void openSample();

    std::unique_ptr<mc::Dataset> m_dataset;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QDockWidget* m_dataDock = nullptr;
};

}  // namespace mcui
