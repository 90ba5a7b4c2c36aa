// SPDX-License-Identifier: GPL-3.0-or-later
#include "step_texts.h"

#include "window_builder.h"

#include <QCoreApplication>

namespace mcui {

StepUnit stepUnit(const mc::PreparedData& d)
{
    if (d.axis.unit == mc::TimeUnit::Months)
        return d.axis.step == 1 ? StepUnit::Month : StepUnit::Step;
    return d.axis.step == mc::kSecondsPerDay ? StepUnit::Day : StepUnit::Step;
}

QString stepAheadText(const mc::PreparedData& d, int step) { return stepAheadText(stepUnit(d), step); }

QString stepAheadText(StepUnit unit, int step)
{
    // Spelled out rather than "%n month(s)", which English shows as it is (there is no English .qm).
    switch (unit) {
    case StepUnit::Month:
        //: Lead time of a monthly forecast: one month ahead.
        return step == 1 ? QCoreApplication::translate("StepTexts", "1 month ahead")
                         //: Lead time of a monthly forecast: %1 months ahead.
                         : QCoreApplication::translate("StepTexts", "%1 months ahead").arg(step);
    case StepUnit::Day:
        //: Lead time of a daily forecast: one day ahead.
        return step == 1 ? QCoreApplication::translate("StepTexts", "1 day ahead")
                         //: Lead time of a daily forecast: %1 days ahead.
                         : QCoreApplication::translate("StepTexts", "%1 days ahead").arg(step);
    case StepUnit::Step: break;
    }
    //: Lead time in time steps of the data (预测步): forecasts made %1 steps ahead.
    return QCoreApplication::translate("StepTexts", "Step %1 ahead").arg(step);
}

}  // namespace mcui
