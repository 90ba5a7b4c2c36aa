// SPDX-License-Identifier: GPL-3.0-or-later
#include "node_metrics_table.h"

#include "experiment.h"
#include "node_texts.h"
#include "result_texts.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

#include <cmath>

namespace mcui {
namespace {

QTableWidgetItem* numberItem(double v, bool skill)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!std::isfinite(v))
        item->setText(QStringLiteral("–"));
    else if (skill) {
        item->setText(formatSkill(v));
        item->setForeground(v > 0 ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x2a, 0x1e));
    } else
        item->setText(QLocale().toString(v, 'g', 4));
    return item;
}

}  // namespace

NodeMetricsTable::NodeMetricsTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("nodeMetricsTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row > kPooledRow)
            Q_EMIT nodeActivated(row - 1);
    });
    retranslate();
}

void NodeMetricsTable::showResult(RunResultPtr result)
{
    m_result = std::move(result);
    fill();
}

void NodeMetricsTable::setCurrentNode(int node)
{
    const QSignalBlocker block(this);
    if (node >= 0 && node + 1 < rowCount())
        setCurrentCell(node + 1, NodeColumn);
}

void NodeMetricsTable::fill()
{
    const QSignalBlocker block(this);
    const mc::ExperimentResult* r = m_result.get();
    if (!r || !r->ok() || r->perNode.empty()) {
        setRowCount(0);
        return;
    }
    setRowCount(int(r->perNode.size()) + 1);
    const auto row = [this](int at, const QString& name, double model, double pers, double clim, double skill) {
        auto* nameItem = new QTableWidgetItem(name);
        setItem(at, NodeColumn, nameItem);
        setItem(at, ModelColumn, numberItem(model, false));
        setItem(at, PersistenceColumn, numberItem(pers, false));
        setItem(at, ClimatologyColumn, numberItem(clim, false));
        setItem(at, SkillColumn, numberItem(skill, true));
    };
    row(kPooledRow, allNodesText(r->data), r->model.pooled.rmse, r->persistenceScore.pooled.rmse,
        r->climatologyScore.pooled.rmse, r->skill);
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < ColumnCount; ++c)
        item(kPooledRow, c)->setFont(bold);
    for (std::size_t i = 0; i < r->perNode.size(); ++i) {
        const auto& n = r->perNode[i];
        row(int(i) + 1, nodeName(r->data, int(i)), n.model.pooled.rmse, n.persistence.pooled.rmse,
            n.climatology.pooled.rmse, n.skill);
    }
    retranslate();
}

void NodeMetricsTable::retranslate()
{
    const mc::ExperimentResult* r = m_result.get();
    const QString unit = r ? QString::fromStdString(r->unit()) : QString();
    const QString suffix = unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + QLatin1Char(')');
    setHorizontalHeaderLabels({r ? nodeKindText(r->data) : tr("Node"),
                               //: Column: root-mean-square error of the model, over all forecast steps.
                               tr("RMSE model") + suffix,
                               //: Column: RMSE of the persistence baseline (持续性预报).
                               tr("RMSE persistence") + suffix,
                               //: Column: RMSE of the climatology baseline (气候态).
                               tr("RMSE climatology") + suffix,
                               //: Column: skill score vs persistence, 1 − RMSE_model / RMSE_persistence (技巧评分).
                               tr("Skill")});
    if (r && rowCount() > 0)
        item(kPooledRow, NodeColumn)->setText(allNodesText(r->data));
    if (r)
        for (int i = 1; i < rowCount(); ++i)
            item(i, NodeColumn)->setText(nodeName(r->data, i - 1));
}

void NodeMetricsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

}  // namespace mcui
