// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_config.h"

#include <QObject>
#include <QString>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace mc {
struct Dataset;
}

namespace mcui {

/// The date-range rows of the model panel: training, validation (the end part of training, or
/// its own dates) and test, as calendar date pickers. Ranges cover whole days. Like OptionForm it
/// adds rows to a form layout it does not own, so labels line up with the panel's other rows.
class PeriodForm final : public QObject {
    Q_OBJECT
public:
    PeriodForm(QFormLayout* layout, QWidget* editorParent);
    ~PeriodForm() override;

    /// Writes the ranges, validation range and validation fraction into @p config.
    void apply(mc::RunConfig& config) const;
    /// Shows @p config's ranges.
    void load(const mc::RunConfig& config);
    [[nodiscard]] mc::TimeRange trainRange() const;
    [[nodiscard]] mc::TimeRange testRange() const;
    [[nodiscard]] double valFraction() const;
    void setValFraction(double fraction);

    /// When the ranges miss @p dataset altogether, proposes its last year (or fifth) as the test
    /// and the rest as training; ranges that meet the data stay as the analyst set them.
    void fitToData(const mc::Dataset& dataset);

    /// Why the ranges are unusable, in the current language; empty when they are fine.
    [[nodiscard]] QString error() const;
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    QWidget* rangeRow(QDateEdit*& from, QDateEdit*& to, const char* fromName, const char* toName);

    QFormLayout* m_layout;
    QWidget* m_parent;
    QLabel* m_header = nullptr;
    QWidget* m_trainRow = nullptr;
    QWidget* m_testRow = nullptr;
    QWidget* m_valRangeRow = nullptr;
    QDateEdit* m_trainFrom = nullptr;
    QDateEdit* m_trainTo = nullptr;
    QComboBox* m_valMode = nullptr;
    QDoubleSpinBox* m_valFraction = nullptr;
    QDateEdit* m_valFrom = nullptr;
    QDateEdit* m_valTo = nullptr;
    QDateEdit* m_testFrom = nullptr;
    QDateEdit* m_testTo = nullptr;
};

}  // namespace mcui
