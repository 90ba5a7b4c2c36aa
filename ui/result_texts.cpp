// SPDX-License-Identifier: GPL-3.0-or-later
#include "result_texts.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "run_list_model.h"
#include "step_texts.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace mcui {
namespace {

// Gives free functions a translation context lupdate recognises.
struct ResultTexts {
    Q_DECLARE_TR_FUNCTIONS(ResultTexts)
};

QString percentText(double fraction)
{
    const double pct = std::abs(fraction) * 100;
    return QLocale().toString(pct, 'f', pct < 10 ? 1 : 0);
}

}  // namespace

QString formatSkill(double skill)
{
    return QLocale().toString(skill, 'f', std::abs(skill) < 0.01 ? 3 : 2);
}

QString skillVerdict(const mc::ExperimentResult& r)
{
    // skill = 1 - RMSE_model / RMSE_persistence, so the model's RMSE is |skill| lower or higher.
    if (!std::isfinite(r.skill))
        return ResultTexts::tr("Skill against persistence cannot be computed: persistence makes no error on these windows.");
    if (r.skill > 0)
        //: skill: the skill score 1 − RMSE_model / RMSE_persistence (技巧评分), %1; %2 a percentage. persistence: the baseline forecast repeating the last observed value.
        return ResultTexts::tr("The model beats persistence: skill %1 (RMSE %2 % lower).")
            .arg(formatSkill(r.skill), percentText(r.skill));
    return ResultTexts::tr("The model does not beat persistence: skill %1 (RMSE %2 % higher).")
        .arg(formatSkill(r.skill), percentText(r.skill));
}

QString stepSkillSentence(const mc::ExperimentResult& r, int horizon)
{
    const int k = horizon - 1;
    if (r.data.test.horizon <= 1 || k < 0 || k >= int(r.skillPerHorizon.size()) || !std::isfinite(r.skillPerHorizon[k]))
        return {};
    if (stepUnit(r.data) != StepUnit::Step)
        //: %1: lead time ("3 months ahead", "1 day ahead"); %2: skill score against persistence (技巧评分).
        return ResultTexts::tr("%1: skill %2.").arg(stepAheadText(r.data, horizon), formatSkill(r.skillPerHorizon[k]));
    //: %1: forecast step (lead time, 预测步); %2: skill score against persistence (技巧评分).
    return ResultTexts::tr("At step %1: skill %2.").arg(horizon).arg(formatSkill(r.skillPerHorizon[k]));
}

QStringList warningTexts(const mc::ExperimentResult& r)
{
    QStringList out;
    if (r.training.status == mc::TrainStatus::Stopped)
        out << ResultTexts::tr("Training was stopped on request; these are the forecasts of the best model up to then.");
    for (const auto& w : r.warnings) {
        if (w.code == "constant_prediction")
            out << ResultTexts::tr("A forecast step predicts the same value for every test window, usually a dead ReLU "
                                   "output. Try the output activation “none” or predicting the change. (%1)")
                       .arg(QString::fromStdString(w.detail));
        else if (w.code != "worse_than_persistence")  // skillVerdict says it already
            out << QString::fromStdString(w.detail);
    }
    return out;
}

QString runSummary(const RunRecord& run)
{
    const auto* r = run.result.get();
    if (!r)
        return {};
    const QLocale locale;
    const double seconds = r->training.trainSeconds;
    return ResultTexts::tr("%1 · %2 · %3, epochs: %4, training: %5 s on %6, test windows: %7")
        .arg(modelDisplayName(*r), keySettingsText(*r), RunListModel::statusText(run), locale.toString(r->training.epochsRun),
             locale.toString(seconds, 'f', seconds < 10 ? 2 : 0), QString::fromStdString(r->training.device),
             locale.toString(qulonglong(r->data.test.count)));
}

}  // namespace mcui
