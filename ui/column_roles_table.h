// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "import_settings.h"

#include <QStringList>
#include <QTableWidget>

namespace mcui {

/// The import dialog's column table: per source column its role (automatic, time, date, time of
/// day, station, variable, flag, ignore), the catalogue variable it means and its unit. Settings
/// of columns that the current file lacks are kept, so settings made for one file of a layout
/// still hold for the next.
class ColumnRolesTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, VariableColumn, UnitColumn };

    explicit ColumnRolesTable(QWidget* parent = nullptr);

    /// Shows one row per source column name, with the settings known for it.
    void setColumns(const QStringList& names);
    [[nodiscard]] QStringList columns() const { return m_names; }

    /// Takes roles, variable map and units from @p settings (for every column, shown or not).
    void setFromSettings(const mc::ImportSettings& settings);
    /// Writes roles, variable map and units into @p settings.
    void applyTo(mc::ImportSettings& settings) const;

    /// Sets row @p row's role / catalogue id ("" = none, "auto" = automatic) / unit, as the user would.
    void setRole(int row, mc::ColumnRole role);
    void setVariable(int row, const QString& catalogueId);
    void setUnit(int row, const QString& unit);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildRows();
    void retranslate();
    void fillVariableCombo(int row);
    void updateRow(int row);

    QStringList m_names;
    std::map<std::string, mc::ColumnRole> m_roles;
    std::map<std::string, std::string> m_variableMap;
    std::map<std::string, std::string> m_units;
    bool m_updating = false;
};

}  // namespace mcui
