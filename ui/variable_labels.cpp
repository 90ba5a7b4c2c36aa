// SPDX-License-Identifier: GPL-3.0-or-later
#include "variable_labels.h"

#include "dataset.h"
#include "language_manager.h"
#include "variable_catalogue.h"

namespace mcui {

bool chineseInterface() { return LanguageManager::instance().currentLanguage().startsWith(QLatin1String("zh")); }

QString catalogueLabel(const mc::CatalogueVariable& variable)
{
    return QString::fromStdString(chineseInterface() ? variable.labelZh : variable.labelEn);
}

namespace {

const mc::CatalogueVariable* catalogueEntry(const mc::Dataset& dataset, const std::string& variable)
{
    const auto it = dataset.canonical.find(variable);
    return it == dataset.canonical.end() ? nullptr : mc::findCatalogueVariable(it->second);
}

}  // namespace

QString variableUnit(const mc::Dataset& dataset, const std::string& variable)
{
    if (const auto it = dataset.units.find(variable); it != dataset.units.end() && !it->second.empty())
        return QString::fromStdString(it->second);
    const auto* entry = catalogueEntry(dataset, variable);
    return entry ? QString::fromStdString(entry->unit) : QString();
}

QString variableAxisLabel(const mc::Dataset& dataset, const std::string& variable)
{
    const auto* entry = catalogueEntry(dataset, variable);
    const QString name = entry ? catalogueLabel(*entry) : QString::fromStdString(variable);
    const QString unit = variableUnit(dataset, variable);
    return unit.isEmpty() ? name : name + QStringLiteral(" (") + unit + QLatin1Char(')');
}

}  // namespace mcui
