// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace mcui {

class RunListModel;

/// The "Runs" list: one row per run, rename, delete, and batch export of the selected runs' charts.
class RunListPanel final : public QWidget {
    Q_OBJECT
public:
    /// @p model is not owned: other panels (comparison, results) read the same runs.
    explicit RunListPanel(RunListModel* model, QWidget* parent = nullptr);

    [[nodiscard]] RunListModel* model() const { return m_model; }
    /// Selected rows, ascending; the current row when nothing is selected.
    [[nodiscard]] QList<int> selectedRows() const;
    /// Makes @p row current and selected (e.g. the run that just finished).
    void selectRow(int row);

    /// Starts editing the current run's name in place.
    void renameCurrent();
    /// Asks for confirmation, then removes the selected runs.
    void deleteSelected();
    /// Emits exportChartsRequested for the selected runs.
    void exportSelected();

Q_SIGNALS:
    /// The run shown by the centre tabs changed; nullptr when none is current. The pointer is
    /// valid only during the emission: copy what you keep.
    void currentRunChanged(const mcui::RunRecord* run);
    /// The analyst asked to export the charts of these rows.
    void exportChartsRequested(QList<int> rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void emitCurrent();
    void fitColumns();
    void showContextMenu(const QPoint& pos);

    RunListModel* m_model;
    QTableView* m_view = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_exportAction = nullptr;
    int m_currentId = -1;
};

}  // namespace mcui
