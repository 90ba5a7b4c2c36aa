// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_table_widget.h"

#include "model_registry.h"
#include "option_form.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidgetItemIterator>

#include <cmath>
#include <limits>

namespace mcui {
namespace {

const QColor kBetterColor(0x1a, 0x7f, 0x37);
const QColor kWorseColor(0xb0, 0x2a, 0x1e);
const QColor kBaselineColor(0x5f, 0x5f, 0x5f);

using Kind = ComparisonTableWidget::RowKind;

const mc::OptionDesc* findOptionAnywhere(const std::string& key)
{
    if (const auto* o = mc::findOption(mc::trainingOptions(), key))
        return o;
    for (const auto& m : mc::modelKinds())
        if (const auto* o = mc::findOption(m.options, key))
            return o;
    return nullptr;
}

double parsed(const std::string& text)
{
    bool ok = false;
    const double v = QString::fromStdString(text).toDouble(&ok);  // core writes C-locale numbers
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

// +1 where larger is better, -1 where smaller is, 0 where no value is "best".
int direction(const std::string& key)
{
    if (key == "rmse" || key == "mae")
        return -1;
    if (key == "r2" || key == "nse" || key == "skill_vs_persistence")
        return 1;
    return 0;
}

QString formatScore(const std::string& key, double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const QLocale locale;
    if (key == "epochs_run")
        return locale.toString(qlonglong(std::llround(v)));
    if (key == "train_seconds")
        return locale.toString(v, 'f', v < 10 ? 2 : 1);
    // Three decimals as in the Results tab's table, unless they would hide a tiny value.
    return v != 0 && std::abs(v) < 0.001 ? locale.toString(v, 'g', 3) : locale.toString(v, 'f', 3);
}

// A long configuration name on two lines, broken at the space nearest its middle, so that run
// names like "Run 3: station1 water_temp" do not push the baselines out of a narrow tab.
QString headerText(const QString& name)
{
    if (name.size() <= 14)
        return name;
    int best = -1;
    for (int i = 0; i < name.size(); ++i)
        if (name[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    return best < 0 ? name : name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

}  // namespace

ComparisonTableWidget::ComparisonTableWidget(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("comparisonTable"));
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->setDefaultAlignment(Qt::AlignCenter);
    setColumnCount(1);
}

QColor ComparisonTableWidget::highlightColor() { return QColor(0xff, 0xf1, 0xc2); }

QString ComparisonTableWidget::itemLabel(const std::string& key, const QString& unit)
{
    const auto withUnit = [&](const QString& name) {
        return unit.isEmpty() ? name : name + QStringLiteral(" (") + unit + QLatin1Char(')');
    };
    if (key == "model") return tr("Model");
    if (key == "inputs") return tr("Inputs (covariates)");
    if (key == "rmse") return withUnit(tr("RMSE"));
    if (key == "mae") return withUnit(tr("MAE"));
    if (key == "r2") return tr("R²");
    if (key == "nse") return tr("NSE");
    if (key == "skill_vs_persistence") return tr("Skill vs persistence");
    if (key == "train_seconds") return tr("Training time (s)");
    if (key == "epochs_run") return tr("Epochs run");
    // The option labels the Model panel shows, so the table speaks the form's words.
    if (const auto* o = findOptionAnywhere(key))
        return OptionForm::translatedText(o->label);
    return QString::fromStdString(key);
}

void ComparisonTableWidget::setTable(const mc::ComparisonTable& table, const QString& unit, int horizon, StepUnit stepUnit)
{
    m_stepUnit = stepUnit;
    m_table = table;
    m_unit = unit;
    m_horizon = horizon;
    fill();
}

void ComparisonTableWidget::setNodeScores(const mc::ComparisonTable& table, const QString& nodeName)
{
    m_nodeTable = table;
    m_nodeName = nodeName;
    fill();
}

void ComparisonTableWidget::clearTable()
{
    m_table = {};
    m_nodeTable = {};
    m_nodeName.clear();
    fill();
}

void ComparisonTableWidget::fill()
{
    // Keep the analyst's choice of which groups are open across horizon switches.
    QHash<QString, bool> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i)
        expanded.insert(topLevelItem(i)->data(0, KeyRole).toString(), topLevelItem(i)->isExpanded());
    clear();
    const int configs = int(m_table.names.size());
    const int persistenceColumn = kFirstConfigColumn + configs;
    setColumnCount(configs == 0 ? 1 : persistenceColumn + 2);
    QStringList headers{tr("Setting or score")};
    for (const auto& n : m_table.names)
        headers << headerText(QString::fromStdString(n));
    if (configs > 0)
        headers << tr("Persistence") << tr("Climatology");
    setHeaderLabels(headers);
    if (configs == 0)
        return;
    for (int c = 0; c < configs; ++c)
        headerItem()->setToolTip(kFirstConfigColumn + c, QString::fromStdString(m_table.names[std::size_t(c)]));
    headerItem()->setToolTip(persistenceColumn, tr("Tomorrow equals today: the last observed value, carried forward"));
    headerItem()->setToolTip(persistenceColumn + 1, tr("The training years' mean for that day of year"));

    QFont bold = font();
    bold.setBold(true);
    const auto group = [&](const QString& key, const QString& text, bool open) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, text);
        item->setFont(0, bold);
        item->setData(0, KeyRole, key);
        item->setData(0, KindRole, int(Kind::Group));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(expanded.value(key, open));
        return item;
    };
    int differing = 0, shared = 0;
    for (const auto& row : m_table.rows)
        if (!row.isMetric)
            (row.differs ? differing : shared) += 1;
    QTreeWidgetItem* differs = differing ? group(QStringLiteral("differing"), tr("Settings that differ (%1)").arg(differing), true) : nullptr;
    QTreeWidgetItem* same = shared ? group(QStringLiteral("shared"), tr("Settings all share (%1)").arg(shared), false) : nullptr;
    const bool stepsInTime = m_horizon > 0 && m_stepUnit != StepUnit::Step;
    //: Group of the comparison table: %1 the lead time, e.g. "3 months ahead".
    QTreeWidgetItem* scores = group(QStringLiteral("scores"), stepsInTime ? tr("Scores, %1").arg(stepAheadText(m_stepUnit, m_horizon))
                                                              : m_horizon > 0 ? tr("Scores at step %1 ahead").arg(m_horizon)
                                                                              : tr("Scores, all steps pooled"), true);
    const auto fillScores = [&](QTreeWidgetItem* item, const mc::ComparisonTable::Row& row) {
        const int dir = direction(row.item);
        double best = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> values;
        for (const auto& v : row.values) {
            values.push_back(parsed(v));
            if (dir != 0 && std::isfinite(values.back()) && (std::isnan(best) || (values.back() - best) * dir > 0))
                best = values.back();
        }
        for (int c = 0; c < configs; ++c) {
            const double v = values[std::size_t(c)];
            const int col = kFirstConfigColumn + c;
            item->setText(col, formatScore(row.item, v));
            item->setData(col, ValueRole, v);
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
            if (configs > 1 && std::isfinite(v) && v == best)
                item->setFont(col, bold);
            if (row.item == "skill_vs_persistence" && std::isfinite(v))
                item->setForeground(col, v > 0 ? kBetterColor : kWorseColor);
        }
        const std::string baselines[] = {row.persistence, row.climatology};
        for (int b = 0; b < 2; ++b) {
            const int col = persistenceColumn + b;
            const double v = parsed(baselines[b]);
            item->setText(col, baselines[b].empty() ? QString() : formatScore(row.item, v));
            item->setData(col, ValueRole, v);
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
            item->setForeground(col, kBaselineColor);
        }
        if (row.item == "skill_vs_persistence")
            item->setToolTip(0, tr("Skill = 1 − RMSE / RMSE of persistence; above 0 beats persistence."));
        if (dir != 0)
            item->setToolTip(kFirstConfigColumn, tr("Bold: the best configuration for this score."));
    };
    for (const auto& row : m_table.rows) {
        QTreeWidgetItem* parent = row.isMetric ? scores : row.differs ? differs : same;
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, itemLabel(row.item, m_unit));
        item->setData(0, KeyRole, QString::fromStdString(row.item));
        item->setData(0, KindRole, int(row.isMetric ? Kind::Metric : row.differs ? Kind::DifferingSetting : Kind::SharedSetting));
        if (!row.isMetric) {
            for (int c = 0; c < configs; ++c) {
                QString text = QString::fromStdString(row.values[std::size_t(c)]);
                if (row.item == "model")
                    if (const auto* m = mc::findModel(row.values[std::size_t(c)]))
                        text = OptionForm::translatedText(m->displayName);
                item->setText(kFirstConfigColumn + c, text == QLatin1String("-") ? QStringLiteral("—") : text);
                item->setTextAlignment(kFirstConfigColumn + c, Qt::AlignCenter);
            }
            if (row.differs) {
                for (int c = 0; c < persistenceColumn; ++c)
                    item->setBackground(c, highlightColor());
                item->setToolTip(0, tr("This setting differs between the configurations."));
            }
            continue;
        }
        fillScores(item, row);
    }
    if (m_nodeTable.names.size() != m_table.names.size() || m_nodeName.isEmpty())
        return;
    // One node's scores under the pooled ones; training time and epochs belong to the whole run.
    const QString scope = m_horizon <= 0 ? tr("all steps pooled")
                          //: Lead time in time steps of the data (预测步), inside a group title.
                          : m_stepUnit == StepUnit::Step ? tr("step %1 ahead").arg(m_horizon)
                                                         : stepAheadText(m_stepUnit, m_horizon);
    //: Group of the comparison table: one node's scores; %1 the station or grid cell, %2 the lead
    //: time ("3 months ahead") or "all steps pooled".
    const QString nodeTitle = tr("Scores at %1, %2").arg(m_nodeName, scope);
    QTreeWidgetItem* nodeScores = group(QStringLiteral("nodeScores"), nodeTitle, true);
    for (const auto& row : m_nodeTable.rows) {
        if (!row.isMetric || row.item == "train_seconds" || row.item == "epochs_run")
            continue;
        auto* item = new QTreeWidgetItem(nodeScores);
        item->setText(0, itemLabel(row.item, m_unit));
        item->setData(0, KeyRole, QString(QStringLiteral("node:") + QString::fromStdString(row.item)));
        item->setData(0, KindRole, int(Kind::Metric));
        fillScores(item, row);
    }
}

QTreeWidgetItem* ComparisonTableWidget::rowForKey(const QString& key) const
{
    for (QTreeWidgetItemIterator it(const_cast<ComparisonTableWidget*>(this)); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() != int(Kind::Group) && (*it)->data(0, KeyRole).toString() == key)
            return *it;
    return nullptr;
}

QStringList ComparisonTableWidget::keys(RowKind kind) const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(const_cast<ComparisonTableWidget*>(this)); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() == int(kind))
            out << (*it)->data(0, KeyRole).toString();
    return out;
}

void ComparisonTableWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTreeWidget::changeEvent(event);
}

}  // namespace mcui
