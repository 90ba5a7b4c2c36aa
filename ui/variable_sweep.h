// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only; it drives a ComparisonJob, whose worker thread does the training.
#pragma once

#include "comparison.h"
#include "variable_summary_table.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <memory>

namespace mcui {

class ComparisonJob;

/// "All variables of the station": the same configurations compared for every variable of one
/// station, one variable after the other on a ComparisonJob. A variable that cannot be compared
/// (too sparse for the windows) is kept with its reason and the sweep goes on; a stop ends the
/// variable in training and leaves the rest not run.
class VariableSweep final : public QObject {
    Q_OBJECT
public:
    /// @p job is not owned; the sweep reacts to its results only while active.
    explicit VariableSweep(ComparisonJob* job, QObject* parent = nullptr);

    /// Starts with the first variable of @p station (those with at least one value). Returns a
    /// translated reason when it cannot start, empty when it started.
    [[nodiscard]] QString start(std::vector<mc::NamedConfig> configs, const std::string& station,
                                std::shared_ptr<const mc::Dataset> dataset);
    /// The variable in training stops after its current batch; the next are not begun.
    void stop();

    [[nodiscard]] bool isActive() const { return m_current >= 0; }
    /// The variable in training (row of outcomes()); -1 when not active.
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] bool wasStopped() const { return m_stopped; }
    [[nodiscard]] const QVector<VariableOutcome>& outcomes() const { return m_outcomes; }
    [[nodiscard]] const QStringList& names() const { return m_names; }
    /// Forgets the outcomes (a single comparison replaced them).
    void clear();

Q_SIGNALS:
    /// outcomes()[row] is complete (compared, skipped, failed or stopped).
    void variableFinished(int row);
    /// Every variable was handled, or the sweep was stopped or ended by an unexpected error.
    void finished();

private:
    void startCurrent();
    void onResults(const QStringList& names, const QVector<mcui::RunResultPtr>& results);
    void finish();

    ComparisonJob* m_job;
    std::shared_ptr<const mc::Dataset> m_dataset;
    std::vector<mc::NamedConfig> m_configs;
    QVector<VariableOutcome> m_outcomes;
    QStringList m_names;
    int m_current = -1;
    bool m_stopped = false;
};

}  // namespace mcui
