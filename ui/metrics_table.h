// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QTableWidget>

namespace mcui {

/// Error measures of the model and both baselines, for one forecast step and pooled over all
/// steps: a section row, then Model / Persistence / Climatology, twice. Cells hold the raw
/// value under Qt::UserRole (NaN where undefined); the best value of each column and section is bold.
class MetricsTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { ForecastColumn, RmseColumn, MaeColumn, MapeColumn, R2Column, NseColumn, BiasColumn, SkillColumn, ColumnCount };
    static constexpr int kStepHeaderRow = 0;    ///< "Step h ahead"; rows 1–3 follow
    static constexpr int kPooledHeaderRow = 4;  ///< "All steps pooled"; rows 5–7 follow
    static constexpr int kRowCount = 8;

    explicit MetricsTable(QWidget* parent = nullptr);

    /// Fills the table for horizon step @p horizon (1-based); nullptr empties it.
    void showMetrics(RunResultPtr result, int horizon);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    RunResultPtr m_result;
    int m_horizon = 1;
};

}  // namespace mcui
