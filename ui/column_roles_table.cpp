// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_roles_table.h"

#include "variable_catalogue.h"
#include "variable_labels.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>

namespace mcui {
namespace {

const QString kAuto = QStringLiteral("auto");
constexpr mc::ColumnRole kRoles[] = {mc::ColumnRole::Auto,    mc::ColumnRole::Time,      mc::ColumnRole::Date,
                                     mc::ColumnRole::TimeOfDay, mc::ColumnRole::Station, mc::ColumnRole::Variable,
                                     mc::ColumnRole::Flag,    mc::ColumnRole::Ignore};

}  // namespace

ColumnRolesTable::ColumnRolesTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("columnRolesTable"));
    setColumnCount(4);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(VariableColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Interactive);
    setSelectionMode(QAbstractItemView::NoSelection);
    retranslate();
}

void ColumnRolesTable::setColumns(const QStringList& names)
{
    if (names == m_names)
        return;
    m_names = names;
    rebuildRows();
}

void ColumnRolesTable::setFromSettings(const mc::ImportSettings& settings)
{
    m_roles = settings.roles;
    m_variableMap = settings.variableMap;
    m_units = settings.units;
    rebuildRows();
}

void ColumnRolesTable::applyTo(mc::ImportSettings& settings) const
{
    settings.roles = m_roles;
    settings.variableMap = m_variableMap;
    settings.units = m_units;
}

void ColumnRolesTable::rebuildRows()
{
    m_updating = true;
    setRowCount(int(m_names.size()));
    for (int row = 0; row < m_names.size(); ++row) {
        const std::string name = m_names.at(row).toStdString();
        auto* item = new QTableWidgetItem(m_names.at(row));
        item->setFlags(Qt::ItemIsEnabled);
        setItem(row, NameColumn, item);

        auto* role = new QComboBox;
        for (auto r : kRoles)
            role->addItem(QString(), int(r));
        const auto known = m_roles.find(name);
        role->setCurrentIndex(role->findData(int(known == m_roles.end() ? mc::ColumnRole::Auto : known->second)));
        connect(role, &QComboBox::currentIndexChanged, this, [this, row, role] {
            if (m_updating)
                return;
            const auto r = mc::ColumnRole(role->currentData().toInt());
            const std::string n = m_names.at(row).toStdString();
            if (r == mc::ColumnRole::Auto)
                m_roles.erase(n);
            else
                m_roles[n] = r;
            updateRow(row);
            Q_EMIT changed();
        });
        setCellWidget(row, RoleColumn, role);

        auto* variable = new QComboBox;
        connect(variable, &QComboBox::currentIndexChanged, this, [this, row, variable] {
            if (m_updating)
                return;
            const QString id = variable->currentData().toString();
            const std::string n = m_names.at(row).toStdString();
            if (id == kAuto)
                m_variableMap.erase(n);
            else
                m_variableMap[n] = id.toStdString();
            updateRow(row);
            Q_EMIT changed();
        });
        setCellWidget(row, VariableColumn, variable);

        auto* unit = new QLineEdit;
        const auto u = m_units.find(name);
        unit->setText(u == m_units.end() ? QString() : QString::fromStdString(u->second));
        connect(unit, &QLineEdit::editingFinished, this, [this, row, unit] {
            const std::string n = m_names.at(row).toStdString();
            const std::string text = unit->text().trimmed().toStdString();
            const auto it = m_units.find(n);
            if ((it == m_units.end() ? std::string() : it->second) == text)
                return;
            if (text.empty())
                m_units.erase(n);
            else
                m_units[n] = text;
            Q_EMIT changed();
        });
        setCellWidget(row, UnitColumn, unit);
        fillVariableCombo(row);
        updateRow(row);
    }
    m_updating = false;
    retranslate();
}

void ColumnRolesTable::fillVariableCombo(int row)
{
    auto* box = qobject_cast<QComboBox*>(cellWidget(row, VariableColumn));
    const std::string name = m_names.at(row).toStdString();
    const bool was = m_updating;
    m_updating = true;
    box->clear();
    const auto* automatic = mc::findCatalogueVariable(mc::matchCatalogueVariable(name));
    box->addItem(automatic ? tr("Automatic (%1)").arg(catalogueLabel(*automatic)) : tr("Automatic (not recognised)"), kAuto);
    box->addItem(tr("Not a catalogue variable"), QString(QLatin1String("")));
    for (const auto& v : mc::catalogueVariables())
        box->addItem(catalogueLabel(v), QString::fromStdString(v.id));
    const auto mapped = m_variableMap.find(name);
    box->setCurrentIndex(mapped == m_variableMap.end() ? 0 : std::max(0, box->findData(QString::fromStdString(mapped->second))));
    m_updating = was;
}

void ColumnRolesTable::updateRow(int row)
{
    const std::string name = m_names.at(row).toStdString();
    const auto role = m_roles.count(name) ? m_roles.at(name) : mc::ColumnRole::Auto;
    const bool valueColumn = role == mc::ColumnRole::Auto || role == mc::ColumnRole::Variable;
    auto* variable = cellWidget(row, VariableColumn);
    auto* unit = qobject_cast<QLineEdit*>(cellWidget(row, UnitColumn));
    variable->setEnabled(valueColumn);
    unit->setEnabled(valueColumn);
    const auto mapped = m_variableMap.find(name);
    const std::string id = mapped != m_variableMap.end() ? mapped->second : mc::matchCatalogueVariable(name);
    const auto* entry = mc::findCatalogueVariable(id);
    unit->setPlaceholderText(entry ? QString::fromStdString(entry->unit) : QString());
}

void ColumnRolesTable::setRole(int row, mc::ColumnRole role)
{
    auto* box = qobject_cast<QComboBox*>(cellWidget(row, RoleColumn));
    box->setCurrentIndex(box->findData(int(role)));
}

void ColumnRolesTable::setVariable(int row, const QString& catalogueId)
{
    auto* box = qobject_cast<QComboBox*>(cellWidget(row, VariableColumn));
    box->setCurrentIndex(std::max(0, box->findData(catalogueId)));
}

void ColumnRolesTable::setUnit(int row, const QString& unit)
{
    auto* edit = qobject_cast<QLineEdit*>(cellWidget(row, UnitColumn));
    edit->setText(unit);
    Q_EMIT edit->editingFinished();
}

void ColumnRolesTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Column"), tr("Role"), tr("Variable"), tr("Unit")});
    const QStringList roles = {tr("Automatic"), tr("Time"), tr("Date"), tr("Time of day"), tr("Station"),
                               tr("Variable"), tr("Quality flag"), tr("Ignore")};
    for (int row = 0; row < rowCount(); ++row) {
        if (auto* box = qobject_cast<QComboBox*>(cellWidget(row, RoleColumn)))
            for (int i = 0; i < box->count(); ++i)
                box->setItemText(i, roles.value(i));
        fillVariableCombo(row);
    }
}

void ColumnRolesTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

}  // namespace mcui
