// SPDX-License-Identifier: GPL-3.0-or-later
#include "period_form.h"

#include "dataset.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <limits>

namespace mcui {
namespace {

const QDate kEpoch(1970, 1, 1);

enum ValMode { FractionMode, RangeMode };

QDate toDate(mc::TimePoint t)
{
    // Floor division, so times before 1970 still land on their own day.
    const auto days = t >= 0 ? t / mc::kSecondsPerDay : -((-t + mc::kSecondsPerDay - 1) / mc::kSecondsPerDay);
    return kEpoch.addDays(days);
}

// A date range covers whole days, as parseTimeRange reads `A/B` written with dates.
mc::TimeRange toRange(const QDateEdit* from, const QDateEdit* to)
{
    return {kEpoch.daysTo(from->date()) * mc::kSecondsPerDay,
            kEpoch.daysTo(to->date()) * mc::kSecondsPerDay + mc::kSecondsPerDay - 1};
}

void showRange(const mc::TimeRange& r, QDateEdit* from, QDateEdit* to)
{
    from->setDate(toDate(r.first));
    to->setDate(toDate(r.last));
}

QLabel* formLabel(QFormLayout* form, QWidget* field) { return qobject_cast<QLabel*>(form->labelForField(field)); }

}  // namespace

PeriodForm::PeriodForm(QFormLayout* layout, QWidget* editorParent)
    : QObject(editorParent), m_layout(layout), m_parent(editorParent)
{
    m_header = new QLabel(m_parent);
    m_header->setObjectName(QStringLiteral("section_periods"));
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_header->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(m_header);

    m_trainRow = rangeRow(m_trainFrom, m_trainTo, "trainFrom", "trainTo");
    m_layout->addRow(new QLabel(m_parent), m_trainRow);
    m_valMode = new QComboBox(m_parent);
    m_valMode->setObjectName(QStringLiteral("valMode"));
    m_valMode->addItem(QString());
    m_valMode->addItem(QString());
    m_layout->addRow(new QLabel(m_parent), m_valMode);
    m_valFraction = new QDoubleSpinBox(m_parent);
    m_valFraction->setObjectName(QStringLiteral("valFraction"));
    m_valFraction->setRange(0, 90);
    m_valFraction->setDecimals(1);
    m_valFraction->setSingleStep(5);
    connect(m_valFraction, &QDoubleSpinBox::valueChanged, this, &PeriodForm::changed);
    m_layout->addRow(QString(), m_valFraction);
    m_valRangeRow = rangeRow(m_valFrom, m_valTo, "valFrom", "valTo");
    m_layout->addRow(QString(), m_valRangeRow);
    m_testRow = rangeRow(m_testFrom, m_testTo, "testFrom", "testTo");
    m_layout->addRow(new QLabel(m_parent), m_testRow);
    connect(m_valMode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_layout->setRowVisible(m_valFraction, mode == FractionMode);
        m_layout->setRowVisible(m_valRangeRow, mode == RangeMode);
        Q_EMIT changed();
    });
    m_layout->setRowVisible(m_valRangeRow, false);

    const mc::RunConfig defaults;
    load(defaults);
    // A date range picked later starts from the last year of training, a common choice.
    const auto last = defaults.trainRange.last;
    showRange({last - 365 * mc::kSecondsPerDay + 1, last}, m_valFrom, m_valTo);
}

PeriodForm::~PeriodForm() = default;

QWidget* PeriodForm::rangeRow(QDateEdit*& from, QDateEdit*& to, const char* fromName, const char* toName)
{
    auto* row = new QWidget(m_parent);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(3);
    for (auto [edit, name] : {std::pair{&from, fromName}, std::pair{&to, toName}}) {
        *edit = new QDateEdit(row);
        (*edit)->setObjectName(QLatin1String(name));
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(*edit, &QDateEdit::dateChanged, this, &PeriodForm::changed);
    }
    h->addWidget(from, 1);
    h->addWidget(new QLabel(QStringLiteral("–"), row));
    h->addWidget(to, 1);
    return row;
}

void PeriodForm::retranslate()
{
    m_header->setText(tr("Periods"));
    formLabel(m_layout, m_trainRow)->setText(tr("Training"));
    formLabel(m_layout, m_valMode)->setText(tr("Validation"));
    //: The test period: data held out from training, on which the forecasts are scored.
    formLabel(m_layout, m_testRow)->setText(tr("Test"));
    m_valMode->setItemText(FractionMode, tr("End of training"));
    m_valMode->setItemText(RangeMode, tr("Date range"));
    m_valMode->setToolTip(tr("Validation windows choose the kept epoch and drive early stopping."));
    m_valFraction->setSuffix(tr(" % of training"));
    m_testRow->setToolTip(tr("Forecasts on this range are scored against persistence and climatology."));
}

mc::TimeRange PeriodForm::trainRange() const { return toRange(m_trainFrom, m_trainTo); }

mc::TimeRange PeriodForm::testRange() const { return toRange(m_testFrom, m_testTo); }

double PeriodForm::valFraction() const { return m_valFraction->value() / 100.0; }

void PeriodForm::setValFraction(double fraction) { m_valFraction->setValue(std::clamp(fraction, 0.0, 0.9) * 100.0); }

void PeriodForm::apply(mc::RunConfig& config) const
{
    config.trainRange = trainRange();
    config.testRange = testRange();
    config.valFraction = valFraction();
    config.valRange.reset();
    if (m_valMode->currentIndex() == RangeMode)
        config.valRange = toRange(m_valFrom, m_valTo);
}

void PeriodForm::load(const mc::RunConfig& config)
{
    showRange(config.trainRange, m_trainFrom, m_trainTo);
    showRange(config.testRange, m_testFrom, m_testTo);
    setValFraction(config.valFraction);
    if (config.valRange)
        showRange(*config.valRange, m_valFrom, m_valTo);
    m_valMode->setCurrentIndex(config.valRange ? RangeMode : FractionMode);
}

void PeriodForm::fitToData(const mc::Dataset& dataset)
{
    mc::TimePoint first = std::numeric_limits<mc::TimePoint>::max();
    mc::TimePoint last = std::numeric_limits<mc::TimePoint>::min();
    for (const auto& st : dataset.stations)
        if (!st.times.empty()) {
            first = std::min(first, st.times.front());
            last = std::max(last, st.times.back());
        }
    if (first > last)
        return;
    const auto train = trainRange();
    const auto test = testRange();
    if (train.last >= first && train.first <= last && test.first <= last && test.last >= first)
        return;
    const QDate a = toDate(first), b = toDate(last);
    const qint64 days = a.daysTo(b) + 1;
    const qint64 testDays = days >= 730 ? 365 : std::max<qint64>(1, days / 5);
    const QDate testStart = b.addDays(1 - testDays);
    m_trainFrom->setDate(a);
    m_trainTo->setDate(testStart.addDays(-1));
    m_testFrom->setDate(testStart);
    m_testTo->setDate(b);
    m_valFrom->setDate(testStart.addDays(-std::max<qint64>(1, a.daysTo(testStart) / 10)));
    m_valTo->setDate(testStart.addDays(-1));
}

QString PeriodForm::error() const
{
    if (m_trainFrom->date() > m_trainTo->date())
        return tr("The training range ends before it starts.");
    if (m_testFrom->date() > m_testTo->date())
        return tr("The test range ends before it starts.");
    if (m_trainTo->date() >= m_testFrom->date())
        return tr("The training range must end before the test range starts.");
    if (m_valMode->currentIndex() == RangeMode) {
        if (m_valFrom->date() > m_valTo->date())
            return tr("The validation range ends before it starts.");
        if (m_valFrom->date() < m_trainFrom->date() || m_valTo->date() > m_trainTo->date())
            return tr("The validation range must lie inside the training range.");
    }
    return {};
}

}  // namespace mcui
