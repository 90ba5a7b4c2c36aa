// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mc {
struct Dataset;
}

namespace mcui {

/// The "Data" dock: stations and their variables with unit, coverage and missing share, and a
/// footer with the dataset's overall coverage. Variables are checkable so several series can be
/// previewed at once; the current item picks the station and target for the model panel.
class DataTreePanel final : public QWidget {
    Q_OBJECT
public:
    /// Item data roles, so callers and tests read values rather than parse display text.
    enum Role {
        StationRole = Qt::UserRole,      ///< QString station id (station and variable items)
        VariableRole,                    ///< QString variable name (variable items only)
        MissingFractionRole,             ///< double in [0, 1], of the station's time axis
    };

    explicit DataTreePanel(QWidget* parent = nullptr);
    ~DataTreePanel() override;

    /// Shows @p dataset (nullptr clears). Check marks of variables that still exist are kept.
    void setDataset(std::shared_ptr<const mc::Dataset> dataset);

    /// Checked variables as (station, variable), in tree order.
    [[nodiscard]] QList<QPair<QString, QString>> checkedVariables() const;
    /// Checks exactly @p stationVariables (unknown pairs are ignored); emits variablesChecked once.
    void setCheckedVariables(const QList<QPair<QString, QString>>& stationVariables);
    /// Makes (station, variable) the current item; emits variableSelected when it changes.
    void selectVariable(const QString& station, const QString& variable);

Q_SIGNALS:
    void variableSelected(const QString& station, const QString& variable);
    void variablesChecked(const QList<QPair<QString, QString>>& stationVariables);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void populate();
    void updateFooter();
    void onCurrentItemChanged(QTreeWidgetItem* current);
    void onItemChanged(QTreeWidgetItem* item, int column);
    [[nodiscard]] QTreeWidgetItem* findVariableItem(const QString& station, const QString& variable) const;

    std::shared_ptr<const mc::Dataset> m_dataset;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_footer = nullptr;
    QLabel* m_syntheticBadge = nullptr;
    bool m_populating = false;
};

}  // namespace mcui
