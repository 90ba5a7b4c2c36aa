// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_list_panel.h"

#include "run_list_model.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mcui {

RunListPanel::RunListPanel(RunListModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    Q_ASSERT(model);
    setObjectName(QStringLiteral("runListPanel"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("runTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RunListModel::SettingsColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("runListHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_renameAction = new QAction(this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_exportAction = new QAction(this);
    for (auto* a : {m_renameAction, m_deleteAction, m_exportAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    connect(m_renameAction, &QAction::triggered, this, &RunListPanel::renameCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &RunListPanel::deleteSelected);
    connect(m_exportAction, &QAction::triggered, this, &RunListPanel::exportSelected);

    m_renameButton = new QPushButton;
    m_renameButton->setObjectName(QStringLiteral("renameRunButton"));
    m_deleteButton = new QPushButton;
    m_deleteButton->setObjectName(QStringLiteral("deleteRunButton"));
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(QStringLiteral("exportChartsButton"));
    connect(m_renameButton, &QPushButton::clicked, this, &RunListPanel::renameCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &RunListPanel::deleteSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &RunListPanel::exportSelected);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    auto* list = new QVBoxLayout;
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(m_view);
    list->addWidget(m_emptyHint);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(list, 1);
    layout->addLayout(buttons);

    connect(m_view, &QWidget::customContextMenuRequested, this, &RunListPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunListPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunListPanel::emitCurrent);
    // Removal moves the current index without always reporting a new current row.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunListPanel::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunListPanel::emitCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunListPanel::updateActions);
    // Interactive columns the analyst may widen, fitted whenever the runs change; ResizeToContents
    // would both forbid resizing and (on Qt 6.4) not refit when rows arrive.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &RunListPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunListPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunListPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const int row = m_view->currentIndex().row();
        if (row >= first.row() && row <= last.row() && m_model->run(row))
            Q_EMIT currentRunChanged(m_model->run(row));  // e.g. renamed: the tabs show the new name
    });
    retranslate();
    updateActions();
}

QList<int> RunListPanel::selectedRows() const
{
    QList<int> rows;
    for (const auto& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RunListPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, RunListModel::NameColumn),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, RunListModel::NameColumn));
}

void RunListPanel::renameCurrent()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex index = m_model->index(rows.front(), RunListModel::NameColumn);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void RunListPanel::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString question = rows.size() == 1
        ? tr("Delete the run “%1”? Its results are lost unless you exported them.").arg(m_model->run(rows.front())->name)
        : tr("Delete %n runs? Their results are lost unless you exported them.", nullptr, int(rows.size()));
    if (QMessageBox::question(this, tr("Delete runs"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_model->removeRuns(rows);
}

void RunListPanel::exportSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        Q_EMIT exportChartsRequested(rows);
}

void RunListPanel::updateActions()
{
    const int selected = int(selectedRows().size());
    const bool any = m_model->rowCount() > 0;
    m_renameAction->setEnabled(selected >= 1);
    m_deleteAction->setEnabled(selected >= 1);
    m_exportAction->setEnabled(selected >= 1);
    m_renameButton->setEnabled(selected >= 1);
    m_deleteButton->setEnabled(selected >= 1);
    m_exportButton->setEnabled(selected >= 1);
    m_emptyHint->setVisible(!any);
}

void RunListPanel::fitColumns()
{
    for (int column = 0; column < RunListModel::ColumnCount; ++column)
        if (column != RunListModel::SettingsColumn)
            m_view->resizeColumnToContents(column);
}

void RunListPanel::emitCurrent()
{
    updateActions();
    const RunRecord* run = m_model->run(m_view->currentIndex().row());
    const int id = run ? run->id : -1;
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentRunChanged(run);
}

void RunListPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_renameAction);
    menu.addAction(m_exportAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void RunListPanel::retranslate()
{
    m_renameAction->setText(tr("&Rename"));
    m_deleteAction->setText(tr("&Delete…"));
    m_exportAction->setText(tr("&Export charts…"));
    m_renameButton->setText(tr("Rename"));
    m_renameButton->setToolTip(tr("Rename the run (F2)"));
    m_deleteButton->setText(tr("Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected runs (Del)"));
    m_exportButton->setText(tr("Export charts…"));
    m_exportButton->setToolTip(tr("Export one forecast chart per selected run into a folder"));
    m_emptyHint->setText(tr("No runs yet. Finished trainings appear here; select several to export their charts at once."));
    m_model->retranslate();
    fitColumns();
}

void RunListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
