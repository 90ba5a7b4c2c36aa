// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics_table.h"

#include "experiment.h"
#include "step_texts.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double valueOf(const mc::ErrorMetrics& m, int column, double skill)
{
    switch (column) {
    case MetricsTable::RmseColumn: return m.rmse;
    case MetricsTable::MaeColumn: return m.mae;
    case MetricsTable::MapeColumn: return m.mape;
    case MetricsTable::R2Column: return m.r2;
    case MetricsTable::NseColumn: return m.nse;
    case MetricsTable::BiasColumn: return m.bias;
    case MetricsTable::SkillColumn: return skill;
    default: return kNaN;
    }
}

// How "good" a value is, larger better, so one rule finds the best per column.
double goodness(int column, double v)
{
    switch (column) {
    case MetricsTable::R2Column:
    case MetricsTable::NseColumn:
    case MetricsTable::SkillColumn: return v;
    case MetricsTable::BiasColumn: return -std::abs(v);
    default: return -v;
    }
}

}  // namespace

MetricsTable::MetricsTable(QWidget* parent) : QTableWidget(kRowCount, ColumnCount, parent)
{
    setObjectName(QStringLiteral("metricsTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    // Exactly as large as its cells: no empty band under the last row, no wide first column.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    for (int section : {kStepHeaderRow, kPooledHeaderRow})
        setSpan(section, 0, 1, ColumnCount);
    retranslate();
}

void MetricsTable::showMetrics(RunResultPtr result, int horizon)
{
    m_result = std::move(result);
    m_horizon = horizon;
    fill();
}

void MetricsTable::fill()
{
    const QLocale locale;
    const mc::ExperimentResult* r = m_result.get();
    const int h = r ? int(r->model.perHorizon.size()) : 0;
    const int k = std::clamp(m_horizon, 1, std::max(1, h)) - 1;
    const QString unit = r ? QString::fromStdString(r->unit()) : QString();

    const auto section = [&](int row, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        QFont f = font();
        f.setBold(true);
        item->setFont(f);
        item->setBackground(palette().alternateBase());
        setItem(row, 0, item);
    };
    section(kStepHeaderRow, r ? stepAheadText(r->data, k + 1) : QString());
    section(kPooledHeaderRow, tr("All steps pooled"));

    //: Row names: the trained model, then the two baseline forecasts (持续性预报, 气候态).
    const QString names[] = {tr("Model"), tr("Persistence"), tr("Climatology")};
    for (int block = 0; block < 2; ++block) {
        const bool pooled = block == 1;
        const int first = (pooled ? kPooledHeaderRow : kStepHeaderRow) + 1;
        double best[ColumnCount];
        std::fill(std::begin(best), std::end(best), -std::numeric_limits<double>::infinity());
        double values[3][ColumnCount];
        for (int f = 0; f < 3; ++f) {
            const mc::HorizonMetrics* hm = nullptr;
            if (r)
                hm = f == 0 ? &r->model : f == 1 ? &r->persistenceScore : &r->climatologyScore;
            const bool have = hm && (pooled || k < int(hm->perHorizon.size()));
            const mc::ErrorMetrics m = have ? (pooled ? hm->pooled : hm->perHorizon[k]) : mc::ErrorMetrics{};
            const double persistenceRmse = !r ? kNaN
                : pooled ? r->persistenceScore.pooled.rmse
                : k < int(r->persistenceScore.perHorizon.size()) ? r->persistenceScore.perHorizon[k].rmse : kNaN;
            const double skill = have ? mc::skillScore(m.rmse, persistenceRmse) : kNaN;
            for (int c = RmseColumn; c < ColumnCount; ++c) {
                values[f][c] = have ? valueOf(m, c, skill) : kNaN;
                if (std::isfinite(values[f][c]))
                    best[c] = std::max(best[c], goodness(c, values[f][c]));
            }
        }
        for (int f = 0; f < 3; ++f) {
            setItem(first + f, ForecastColumn, new QTableWidgetItem(names[f]));
            for (int c = RmseColumn; c < ColumnCount; ++c) {
                const double v = values[f][c];
                const int decimals = c == MapeColumn ? 2 : 3;
                auto* item = new QTableWidgetItem(std::isfinite(v) ? locale.toString(v, 'f', decimals) : QStringLiteral("—"));
                item->setData(Qt::UserRole, v);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (std::isfinite(v) && goodness(c, v) == best[c]) {
                    QFont bold = font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                setItem(first + f, c, item);
            }
        }
    }
    const auto withUnit = [&](const QString& name) {
        return unit.isEmpty() ? name : name + QStringLiteral(" (") + unit + QLatin1Char(')');
    };
    //: Column header over the row names (model, persistence, climatology): which forecast a row scores.
    setHorizontalHeaderLabels({tr("Forecast"), withUnit(tr("RMSE")), withUnit(tr("MAE")), tr("MAPE %"), tr("R²"), tr("NSE"),
                               //: Column header: the mean error, predicted − observed.
                               withUnit(tr("Bias")),
                               //: Column header: skill score 1 − RMSE of the model / RMSE of persistence (技巧评分);
                               //: above 0 the model beats persistence.
                               tr("Skill vs persistence")});
}

void MetricsTable::retranslate()
{
    setToolTip(tr("Bold: the best value of each column. Skill = 1 − RMSE / RMSE of persistence; above 0 beats persistence."));
    fill();
}

void MetricsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

}  // namespace mcui
