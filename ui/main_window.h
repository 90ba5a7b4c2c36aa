// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only. Training runs on TrainingJob's (and the Compare tab's
// ComparisonJob's) worker thread; this window only starts it, asks it to stop, and receives its
// queued results.
#pragma once

#include "run_record.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;

namespace mc {
struct Dataset;
struct ImportReport;
struct RunConfig;
}  // namespace mc

namespace mcui {

class BundleForecastJob;
class ComparisonPanel;
class DataPreviewPanel;
class DataTreePanel;
class ImportDialog;
class ModelPanel;
class ProjectController;
class ResultsPanel;
class RunListModel;
class RunListPanel;
class TrainingJob;
class TrainingPanel;
class TrainingStatusWidget;
class UserGuideDialog;

/// The application window. It assembles the panels and wires them together; each panel holds
/// its own logic.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class Tab { Data, Training, Results, Compare };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths with automatic settings, here on the GUI thread, and shows them. On failure
    /// shows a message naming file, line and column and returns false; the data loaded before stays.
    /// For the sample data and files named on the command line.
    bool openData(const QStringList& paths);
    /// As openData(paths), reading the files with the import settings @p importSettingsJson
    /// (importSettingsToJson text; empty: automatic), as a project recorded them.
    bool openData(const QStringList& paths, const QString& importSettingsJson);
    /// Closes the data: no dataset, nothing to train until data is opened again.
    void clearData();
    /// Opens the import dialog for @p paths (File → Open data… after the file chooser); its
    /// successful import replaces the data shown.
    ImportDialog* openImportDialog(const QStringList& paths);
    /// Path of the bundled synthetic sample CSV, or empty when it cannot be found.
    [[nodiscard]] static QString samplePath();

    /// Starts a run with the Model panel's settings. False (with the reason shown) when the
    /// settings are invalid, no data is loaded or a run is in progress.
    bool startTraining();
    /// Run → Re-run: trains run @p runId's saved configuration again (same seed) on its data and
    /// adds the new run to the list. False (with the reason shown) when the run is unknown, its
    /// data is missing or a run is in progress.
    bool rerun(int runId);
    /// Run → Forecast with saved model: forecasts with the model file @p bundlePath on the data
    /// shown (or, when @p dataPaths is not empty, on those files read with the model's import
    /// settings) off the GUI thread, and adds the result to the run list as "Forecast: <file>".
    /// What keeps it from forecasting is shown in plain words (and forecastFailed() emitted).
    /// False when a forecast is in progress or there is no data to forecast on.
    bool forecastWithBundle(const QString& bundlePath, const QStringList& dataPaths = {});
    /// Makes run @p runId current in the run list and shows its results.
    void showRun(int runId);
    /// True while a run or a comparison trains.
    [[nodiscard]] bool isBusy() const;
    /// The Model panel's settings with the data files: what a run started now would train.
    [[nodiscard]] mc::RunConfig currentConfig() const;
    /// Absolute paths of the data files shown.
    [[nodiscard]] QStringList dataPaths() const { return m_dataPaths; }
    /// Asks the running training (and comparison) to stop after the current batch; returns at once.
    void stopTraining();
    void showTab(Tab tab);

    [[nodiscard]] std::shared_ptr<const mc::Dataset> dataset() const { return m_dataset; }
    [[nodiscard]] DataTreePanel* dataTreePanel() const { return m_dataTree; }
    [[nodiscard]] DataPreviewPanel* dataPreviewPanel() const { return m_preview; }
    [[nodiscard]] ModelPanel* modelPanel() const { return m_model; }
    [[nodiscard]] TrainingPanel* trainingPanel() const { return m_training; }
    [[nodiscard]] ResultsPanel* resultsPanel() const { return m_results; }
    [[nodiscard]] ComparisonPanel* comparisonPanel() const { return m_compare; }
    [[nodiscard]] RunListModel* runs() const { return m_runs; }
    [[nodiscard]] TrainingJob* job() const { return m_job; }
    [[nodiscard]] BundleForecastJob* forecastJob() const { return m_forecastJob; }
    [[nodiscard]] RunListPanel* runListPanel() const { return m_runList; }
    [[nodiscard]] ProjectController* project() const { return m_project; }

Q_SIGNALS:
    /// A run finished (or was stopped) and joined the run list.
    void runAdded(int runId);
    /// A run failed; the message is already shown in the Training panel.
    void runFailed(const QString& message);
    /// A forecast with a saved model failed; @p message (translated) is also shown in a message box.
    void forecastFailed(const QString& message);
    /// New data is shown (opened by the analyst or by a project).
    void dataLoaded();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanels();
    void createActions();
    void connectPanels();
    void retranslate();
    void openFileDialog();
    void openSample();
    void showData(std::shared_ptr<const mc::Dataset> dataset, std::shared_ptr<const mc::ImportReport> report,
                  const QStringList& paths);
    bool launch(const mc::RunConfig& config, std::shared_ptr<const mc::Dataset> data, const QString& name);
    void updateTitle();
    void onRunFinished(const RunResultPtr& result);
    void onRunFailed(const QString& message);
    void chooseBundleAndForecast();
    void onForecastFinished(const RunResultPtr& result, const QString& name, const QStringList& notes);
    void onForecastFailed(const QString& message);
    void onRunningChanged(bool running);
    void updateActions();
    void exportSelectedCharts();
    void showUserGuide();
    void restoreSettings();
    void saveSettings() const;

    std::shared_ptr<const mc::Dataset> m_dataset;
    QStringList m_dataPaths;
    QString m_pendingRunName;

    DataTreePanel* m_dataTree = nullptr;
    DataPreviewPanel* m_preview = nullptr;
    ModelPanel* m_model = nullptr;
    TrainingPanel* m_training = nullptr;
    ResultsPanel* m_results = nullptr;
    ComparisonPanel* m_compare = nullptr;
    RunListModel* m_runs = nullptr;
    RunListPanel* m_runList = nullptr;
    TrainingJob* m_job = nullptr;
    BundleForecastJob* m_forecastJob = nullptr;
    ProjectController* m_project = nullptr;
    TrainingStatusWidget* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QDockWidget* m_dataDock = nullptr;
    QDockWidget* m_modelDock = nullptr;
    QDockWidget* m_runsDock = nullptr;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newProjectAction = nullptr;
    QAction* m_openProjectAction = nullptr;
    QAction* m_saveProjectAction = nullptr;
    QAction* m_saveProjectAsAction = nullptr;
    QAction* m_rerunAction = nullptr;
    QAction* m_forecastAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QAction* m_exportForecastAction = nullptr;
    QAction* m_exportMetricsAction = nullptr;
    QAction* m_exportBatchAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_allVariablesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QPointer<UserGuideDialog> m_guide;  ///< made on first use, kept (with its scroll position) once closed
};

}  // namespace mcui
