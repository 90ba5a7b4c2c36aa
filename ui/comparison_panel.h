// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only. Training runs on ComparisonJob's worker thread; this panel
// only starts it, asks it to stop, and receives its queued results.
#pragma once

#include "comparison.h"
#include "run_record.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QSplitter;

namespace mc {
struct Dataset;
}

namespace mcui {

class ComparisonControls;
class ComparisonJob;
class ComparisonView;
class ConfigList;
class RunListModel;
class VariableSummaryTable;
class VariableSweep;
struct EpochInfo;

/// The "Compare" centre tab. The analyst ticks two or more configurations (presets, the Model
/// panel's settings, past runs) and runs a paired comparison: each trained on the loaded data
/// with the first one's station, variable, split and seed, so all forecast the same test windows.
/// Shows the comparison table and the overlay chart (ComparisonView); "All variables" repeats the
/// comparison for every variable of the station and lists them in a summary ("variableSummaryTable")
/// whose rows open each variable's comparison. Exports the table (CSV/JSON) and the charts.
class ComparisonPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonPanel(QWidget* parent = nullptr);
    ~ComparisonPanel() override;

    void setDataset(std::shared_ptr<const mc::Dataset> dataset);
    /// The runs offered as configurations (not owned).
    void setRuns(RunListModel* runs);
    /// Where the Model panel's current settings come from; presets are applied on top of them.
    void setConfigSource(std::function<mc::RunConfig()> source);

    /// Compares the ticked configurations. False, with the reason shown, when fewer than two are
    /// ticked, no data is loaded, a setting is invalid or a comparison is running.
    bool runComparison();
    /// Compares @p configs (aligned here) as runComparison() does.
    bool runComparison(std::vector<mc::NamedConfig> configs);
    /// Trains the ticked configuration(s) for every variable of the first one's station, one
    /// variable after the other. False, with the reason shown, when it cannot start.
    bool runAllVariables();
    /// Asks the comparison to stop after the current batch; the variables not begun are not run.
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] ConfigList* configList() const;
    [[nodiscard]] ComparisonView* view() const { return m_view; }
    [[nodiscard]] ComparisonJob* job() const { return m_job; }
    [[nodiscard]] VariableSummaryTable* summaryTable() const { return m_summary; }
    [[nodiscard]] VariableSweep* sweep() const { return m_sweep; }
    /// The message shown above the results (an error or a note), empty when none.
    [[nodiscard]] QString message() const;

    /// Asks how and where, then writes every comparison's charts: each variable of the last
    /// all-variables run, else the comparison shown (ComparisonView exports the table and chart).
    void exportAllCharts();

Q_SIGNALS:
    /// A comparison ended: shown (also after a stop), or why not explained. Not emitted per variable.
    void comparisonFinished();
    /// Every variable of an all-variables run was handled (or the run was stopped).
    void allVariablesFinished();
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] bool prepare(std::vector<mc::NamedConfig>& configs, int minimum);
    void onVariableFinished(int row);
    void onSweepFinished();
    void onProgress(int index, const QString& name, const mcui::EpochInfo& info);
    void onFinished(const QStringList& names, const QVector<mcui::RunResultPtr>& results);
    void onFailed(const QString& message);
    void showVariable(int row);
    void showMessage(const QString& text, bool error);
    void updateActions();
    void retranslate();

    std::shared_ptr<const mc::Dataset> m_dataset;
    ComparisonJob* m_job = nullptr;
    ComparisonControls* m_controls = nullptr;
    ComparisonView* m_view = nullptr;
    VariableSummaryTable* m_summary = nullptr;
    QSplitter* m_results = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_emptyHint = nullptr;
    VariableSweep* m_sweep = nullptr;
    bool m_single = false;         ///< a single comparison (not a sweep) is in training
    bool m_stopRequested = false;
    bool m_wasRunning = false;
    int m_configCount = 0;
};

}  // namespace mcui
