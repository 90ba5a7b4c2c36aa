// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "bundle_forecast_job.h"
#include "bundle_forecast_text.h"
#include "node_texts.h"

#include "import_error_text.h"

#include "comparison_panel.h"
#include "csv_import.h"
#include "data_preview_panel.h"
#include "data_tree_panel.h"
#include "experiment.h"
#include "export_dialog.h"
#include "import_dialog.h"
#include "language_manager.h"
#include "import_settings.h"
#include "model_panel.h"
#include "project_controller.h"
#include "results_panel.h"
#include "run_list_model.h"
#include "run_list_panel.h"
#include "training_job.h"
#include "training_panel.h"
#include "training_status_widget.h"
#include "user_guide_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace mcui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);
    createPanels();
    m_project = new ProjectController(this);
    createActions();
    connectPanels();
    retranslate();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->setDocumentMode(true);
    m_preview = new DataPreviewPanel;
    m_training = new TrainingPanel;
    m_results = new ResultsPanel;
    m_compare = new ComparisonPanel;
    for (QWidget* tab : {static_cast<QWidget*>(m_preview), static_cast<QWidget*>(m_training), static_cast<QWidget*>(m_results),
                         static_cast<QWidget*>(m_compare)})
        m_tabs->addTab(tab, QString());
    setCentralWidget(m_tabs);

    const auto dock = [this](const char* name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    m_dataTree = new DataTreePanel;
    m_dataDock = dock("dataDock", m_dataTree, Qt::LeftDockWidgetArea);
    m_model = new ModelPanel;
    m_modelDock = dock("modelDock", m_model, Qt::RightDockWidgetArea);
    m_runs = new RunListModel(this);
    m_runList = new RunListPanel(m_runs);
    m_runsDock = dock("runsDock", m_runList, Qt::BottomDockWidgetArea);
    resizeDocks({m_dataDock, m_modelDock}, {300, 320}, Qt::Horizontal);
    resizeDocks({m_runsDock}, {170}, Qt::Vertical);

    m_job = new TrainingJob(this);
    m_forecastJob = new BundleForecastJob(this);
    m_status = new TrainingStatusWidget;
    statusBar()->addPermanentWidget(m_status, 1);
}

void MainWindow::createActions()
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    m_fileMenu = menuBar()->addMenu(QString());
    m_newProjectAction = m_fileMenu->addAction(icon(QStyle::SP_FileIcon), QString(), m_project, &ProjectController::newProject);
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_newProjectAction->setObjectName(QStringLiteral("newProjectAction"));
    m_openProjectAction = m_fileMenu->addAction(icon(QStyle::SP_DirOpenIcon), QString(), m_project, &ProjectController::openDialog);
    m_openProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openProjectAction->setObjectName(QStringLiteral("openProjectAction"));
    m_saveProjectAction = m_fileMenu->addAction(icon(QStyle::SP_DialogSaveButton), QString(), m_project, &ProjectController::save);
    m_saveProjectAction->setShortcut(QKeySequence::Save);
    m_saveProjectAction->setObjectName(QStringLiteral("saveProjectAction"));
    m_saveProjectAsAction = m_fileMenu->addAction(QString(), m_project, &ProjectController::saveAsDialog);
    m_saveProjectAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveProjectAsAction->setObjectName(QStringLiteral("saveProjectAsAction"));
    m_fileMenu->addSeparator();
    m_openAction = m_fileMenu->addAction(icon(QStyle::SP_DialogOpenButton), QString(), this, &MainWindow::openFileDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_sampleAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSample);
    m_fileMenu->addSeparator();
    m_exportChartAction = m_fileMenu->addAction(icon(QStyle::SP_DialogSaveButton), QString(), m_results, &ResultsPanel::saveChartAs);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportForecastAction = m_fileMenu->addAction(QString(), m_results, &ResultsPanel::saveForecastCsvAs);
    m_exportMetricsAction = m_fileMenu->addAction(QString(), m_results, &ResultsPanel::saveMetricsCsvAs);
    m_exportBatchAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportSelectedCharts);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_runMenu = menuBar()->addMenu(QString());
    m_startAction = m_runMenu->addAction(icon(QStyle::SP_MediaPlay), QString(), this, [this] { startTraining(); });
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_stopAction = m_runMenu->addAction(icon(QStyle::SP_MediaStop), QString(), this, &MainWindow::stopTraining);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_rerunAction = m_runMenu->addAction(icon(QStyle::SP_BrowserReload), QString(), this, [this] {
        const auto rows = m_runList->selectedRows();
        if (const auto* run = rows.isEmpty() ? nullptr : m_runs->run(rows.first()))
            rerun(run->id);
    });
    m_rerunAction->setObjectName(QStringLiteral("rerunAction"));
    m_forecastAction = m_runMenu->addAction(QString(), this, &MainWindow::chooseBundleAndForecast);
    m_forecastAction->setObjectName(QStringLiteral("forecastBundleAction"));
    m_runMenu->addSeparator();
    m_compareAction = m_runMenu->addAction(QString(), this, [this] { showTab(Tab::Compare); });
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_allVariablesAction = m_runMenu->addAction(QString(), this, [this] {
        showTab(Tab::Compare);
        m_compare->runAllVariables();
    });
    m_allVariablesAction->setObjectName(QStringLiteral("allVariablesAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_dataDock->toggleViewAction());
    m_viewMenu->addAction(m_modelDock->toggleViewAction());
    m_viewMenu->addAction(m_runsDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(LanguageManager::instance().createActions(this)->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About MarineCast"),
                           tr("MarineCast %1\nForecasting for marine monitoring time series.\nLibTorch %2")
                               .arg(QStringLiteral(MARINECAST_VERSION), QString::fromStdString(mc::torchVersion())));
    });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_startAction);
    m_toolBar->addAction(m_stopAction);
    m_toolBar->addAction(m_exportChartAction);
}

void MainWindow::connectPanels()
{
    connect(m_dataTree, &DataTreePanel::variableSelected, m_model, &ModelPanel::setSelection);
    connect(m_dataTree, &DataTreePanel::variableSelected, this, [this](const QString& station, const QString& variable) {
        // A click previews that series unless the analyst has ticked a set to compare.
        if (m_dataTree->checkedVariables().isEmpty())
            m_preview->showSeries({{station, variable}});
    });
    connect(m_dataTree, &DataTreePanel::variablesChecked, m_preview, &DataPreviewPanel::showSeries);
    connect(m_model, &ModelPanel::validityChanged, this, &MainWindow::updateActions);

    connect(m_job, &TrainingJob::started, m_status, &TrainingStatusWidget::runStarted);
    connect(m_job, &TrainingJob::epochFinished, m_training, &TrainingPanel::addEpoch);
    connect(m_job, &TrainingJob::epochFinished, m_status, &TrainingStatusWidget::addEpoch);
    connect(m_job, &TrainingJob::finished, m_training, &TrainingPanel::runFinished);
    connect(m_job, &TrainingJob::finished, m_status, &TrainingStatusWidget::runFinished);
    connect(m_job, &TrainingJob::finished, this, &MainWindow::onRunFinished);
    connect(m_job, &TrainingJob::failed, this, [this](const QString& message) { onRunFailed(message); });
    connect(m_job, &TrainingJob::runningChanged, this, &MainWindow::onRunningChanged);
    connect(m_forecastJob, &BundleForecastJob::finished, this, &MainWindow::onForecastFinished);
    connect(m_forecastJob, &BundleForecastJob::failed, this, &MainWindow::onForecastFailed);
    connect(m_forecastJob, &BundleForecastJob::runningChanged, this, &MainWindow::updateActions);

    connect(m_runList, &RunListPanel::currentRunChanged, m_results, &ResultsPanel::showRun);
    connect(m_runList, &RunListPanel::currentRunChanged, this, &MainWindow::updateActions);
    connect(m_project, &ProjectController::stateChanged, this, &MainWindow::updateTitle);
    m_compare->setRuns(m_runs);
    m_compare->setConfigSource([this] { return currentConfig(); });
    connect(m_compare, &ComparisonPanel::runningChanged, this, &MainWindow::updateActions);
    connect(m_runList, &RunListPanel::exportChartsRequested, this, [this](const QList<int>& rows) {
        QVector<RunRecord> selected;
        for (int row : rows)
            if (const auto* run = m_runs->run(row))
                selected << *run;
        const auto files = ExportDialog::exportCharts(selected, m_results->horizon(), m_results->baselines(), this);
        if (!files.isEmpty())
            statusBar()->showMessage(tr("%n chart(s) exported", nullptr, int(files.size())), 5000);
    });
}

void MainWindow::retranslate()
{
    updateTitle();
    m_tabs->setTabText(0, tr("Data"));
    m_tabs->setTabText(1, tr("Training"));
    m_tabs->setTabText(2, tr("Results"));
    m_tabs->setTabText(3, tr("Compare"));
    m_dataDock->setWindowTitle(tr("Data"));
    m_modelDock->setWindowTitle(tr("Model"));
    //: Dock title: the list of training runs, one row per model trained.
    m_runsDock->setWindowTitle(tr("Runs"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_fileMenu->setTitle(tr("&File"));
    m_newProjectAction->setText(tr("&New project"));
    m_openProjectAction->setText(tr("Open &project…"));
    m_saveProjectAction->setText(tr("Save pro&ject"));
    m_saveProjectAsAction->setText(tr("Save project &as…"));
    m_openAction->setText(tr("&Open data…"));
    m_sampleAction->setText(tr("Open &sample data"));
    m_exportChartAction->setText(tr("&Export chart…"));
    m_exportForecastAction->setText(tr("Export &forecasts as CSV…"));
    m_exportMetricsAction->setText(tr("Export &metrics as CSV…"));
    m_exportBatchAction->setText(tr("Export charts of selected &runs…"));
    m_quitAction->setText(tr("&Quit"));
    //: Menu title: starting and stopping training runs (the noun "a run", 运行).
    m_runMenu->setTitle(tr("&Run"));
    m_startAction->setText(tr("&Start training"));
    m_stopAction->setText(tr("S&top"));
    //: Trains the selected run's saved settings again, with the same seed (重新运行).
    m_rerunAction->setText(tr("&Re-run"));
    m_rerunAction->setToolTip(tr("Train the selected run again from its saved settings and seed"));
    //: Applies a model saved earlier (model.mcmodel) to the data (用已保存的模型预测).
    m_forecastAction->setText(tr("&Forecast with saved model…"));
    m_forecastAction->setToolTip(tr("Open a saved model file and forecast with it on the data shown or on other data files"));
    m_compareAction->setText(tr("&Compare configurations…"));
    m_allVariablesAction->setText(tr("Train &all variables of the station"));
    m_viewMenu->setTitle(tr("&View"));
    //: Menu title; the entries under it name each language in itself (English, 中文).
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About MarineCast"));
    updateActions();
}

void MainWindow::updateTitle()
{
    // [*] is where Qt shows the modified marker.
    const QString name = m_project->displayName();
    setWindowTitle(m_dataset && m_dataset->synthetic ? tr("%1[*] — MarineCast — synthetic sample data").arg(name)
                                                     : tr("%1[*] — MarineCast").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        statusBar()->clearMessage();  // a transient message would stay in the old language
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_job->isRunning() || m_compare->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Training in progress"),
                                                  tr("A training run is in progress. Stop it and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_job->requestStop();
        m_compare->stop();
    }
    if (!m_project->maybeSave()) {
        event->ignore();
        return;
    }
    ProjectController::removeRecovery();  // saved or deliberately discarded
    saveSettings();
    event->accept();
}

QString MainWindow::samplePath()
{
    const QString name = QStringLiteral("marinecast_sample_synthetic.csv");
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/marinecast/sample/") + name,
        QStringLiteral(MARINECAST_SOURCE_DIR "/resources/sample/") + name,
    };
    for (const auto& c : candidates)
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    return {};
}

bool MainWindow::openData(const QStringList& paths) { return openData(paths, QString()); }

bool MainWindow::openData(const QStringList& paths, const QString& importSettingsJson)
{
    mc::ImportOptions options;
    if (!importSettingsJson.isEmpty()) {
        std::string why;
        auto settings = mc::importSettingsFromJson(importSettingsJson.toStdString(), why);
        if (!settings) {
            QMessageBox::warning(this, tr("Cannot open data"), tr("The import settings cannot be read: %1").arg(QString::fromStdString(why)));
            return false;
        }
        options.settings = std::move(*settings);
    }
    std::vector<std::string> files;
    QStringList absolute;
    for (const auto& p : paths) {
        absolute << QFileInfo(p).absoluteFilePath();
        files.push_back(QFile::encodeName(absolute.last()).toStdString());
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = mc::importCsv(files, options);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open data"),
                             tr("%1\n\nThe data loaded before stays open.").arg(importErrorMessage(result.error)));
        return false;
    }
    showData(std::make_shared<const mc::Dataset>(std::move(result.dataset)),
             std::make_shared<const mc::ImportReport>(std::move(result.report)), absolute);
    return true;
}

ImportDialog* MainWindow::openImportDialog(const QStringList& paths)
{
    auto* dialog = new ImportDialog(paths, m_dataset ? QString::fromStdString(m_dataset->importSettingsJson) : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::showData);
    dialog->open();
    return dialog;
}

void MainWindow::showData(std::shared_ptr<const mc::Dataset> dataset, std::shared_ptr<const mc::ImportReport> report,
                          const QStringList& paths)
{
    m_dataset = std::move(dataset);
    m_dataPaths.clear();
    for (const auto& p : paths)
        m_dataPaths << QFileInfo(p).absoluteFilePath();
    m_dataTree->setDataset(m_dataset);
    m_preview->setDataset(m_dataset);
    m_preview->setImportReport(std::move(report));
    m_model->setDataset(m_dataset);
    m_compare->setDataset(m_dataset);
    if (!m_dataPaths.isEmpty())
        QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(m_dataPaths.first()).absolutePath());
    if (!m_dataset->stations.empty() && !m_dataset->stations.front().variables.empty()) {
        const auto& first = m_dataset->stations.front();
        m_dataTree->selectVariable(QString::fromStdString(first.id), QString::fromStdString(first.variables.begin()->first));
    }
    statusBar()->showMessage(m_dataset->synthetic ? tr("Synthetic sample data loaded") : tr("Data loaded"), 5000);
    retranslate();
    showTab(Tab::Data);
    Q_EMIT dataLoaded();
}

void MainWindow::clearData()
{
    m_dataset.reset();
    m_dataPaths.clear();
    m_dataTree->setDataset(nullptr);
    m_preview->setDataset(nullptr);
    m_preview->setImportReport(nullptr);
    m_model->setDataset(nullptr);
    m_compare->setDataset(nullptr);
    retranslate();
}

void MainWindow::openFileDialog()
{
    const QString folder = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    const auto paths = QFileDialog::getOpenFileNames(this, tr("Open data"), folder,
                                                     tr("Data files (*.csv *.txt *.tsv);;All files (*)"));
    if (!paths.isEmpty())
        openImportDialog(paths);
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open data"), tr("The bundled sample data was not found."));
        return;
    }
    openData({path});
}

bool MainWindow::startTraining()
{
    if (m_job->isRunning())
        return false;
    if (!m_dataset) {
        QMessageBox::information(this, tr("No data"), tr("Open a data file or the sample data first."));
        return false;
    }
    if (!m_model->isValid()) {
        QMessageBox::information(this, tr("Cannot start training"), m_model->validationError());
        return false;
    }
    const mc::RunConfig config = currentConfig();
    // No station chosen means a multi-node run (every station, or a grid): the name then says what
    // the run covers once its windows are known (finishRun), rather than showing an empty station.
    const QString target = QString::fromStdString(config.target);
    return launch(config, m_dataset,
                  config.station.empty()
                      ? tr("Run %1: %2").arg(m_runs->rowCount() + 1).arg(target)
                      : tr("Run %1: %2 %3").arg(m_runs->rowCount() + 1).arg(QString::fromStdString(config.station), target));
}

bool MainWindow::launch(const mc::RunConfig& config, std::shared_ptr<const mc::Dataset> data, const QString& name)
{
    if (!m_job->start(config, std::move(data)))
        return false;
    m_pendingRunName = name;
    m_training->runStarted(m_pendingRunName, static_cast<int>(config.params.getInt("epochs")));
    m_training->logSettings(config);
    showTab(Tab::Training);
    return true;
}

bool MainWindow::rerun(int runId)
{
    const auto* run = m_runs->run(m_runs->rowOfId(runId));
    if (!run || !run->result || m_job->isRunning())
        return false;
    const mc::RunConfig config = run->result->config;
    QStringList files;
    for (const auto& p : config.dataPaths)
        files << QFileInfo(QFile::decodeName(QByteArray::fromStdString(p))).absoluteFilePath();
    // The data shown serves when it is the run's files (it may have been read with settings the
    // configuration does not spell out); otherwise the job reads the run's own files.
    std::shared_ptr<const mc::Dataset> data;
    if (m_dataset && files == m_dataPaths) {
        data = m_dataset;
    } else {
        for (const auto& f : files)
            if (!QFileInfo::exists(f)) {
                QMessageBox::information(this, tr("Cannot re-run"),
                                         tr("The run's data file “%1” is missing. Open the project again to locate it.").arg(f));
                return false;
            }
        if (files.isEmpty()) {
            QMessageBox::information(this, tr("Cannot re-run"), tr("The run names no data file."));
            return false;
        }
    }
    //: Name of a new run that repeats run %1 (重新运行).
    return launch(config, std::move(data), tr("Re-run of %1").arg(run->name));
}

void MainWindow::showRun(int runId)
{
    const int row = m_runs->rowOfId(runId);
    if (row < 0)
        return;
    m_runList->selectRow(row);
    showTab(Tab::Results);
}

bool MainWindow::isBusy() const { return m_job->isRunning() || m_compare->isRunning(); }

mc::RunConfig MainWindow::currentConfig() const
{
    mc::RunConfig config = m_model->config();
    for (const auto& p : m_dataPaths)
        config.dataPaths.push_back(QFile::encodeName(p).toStdString());
    // How the files were read belongs to the run too, so run.json and Re-run read them alike.
    std::string why;
    if (m_dataset && !m_dataset->importSettingsJson.empty())
        if (auto settings = mc::importSettingsFromJson(m_dataset->importSettingsJson, why))
            config.import = std::move(*settings);
    return config;
}

void MainWindow::stopTraining()
{
    // Stop means whatever trains: a run or the Compare tab's comparison.
    m_job->requestStop();
    m_compare->stop();
}

void MainWindow::showTab(Tab tab) { m_tabs->setCurrentIndex(static_cast<int>(tab)); }

void MainWindow::onRunFinished(const RunResultPtr& result)
{
    QString name = m_pendingRunName;
    if (result && result->ok() && result->data.multiNode() && result->config.station.empty()) {
        const QString place = nodePlaceText(result->data);
        if (!name.contains(place))
            name += QStringLiteral(" · ") + place;  // "Run 2: temp_mean · 4 stations"
    }
    const int id = m_runs->addRun(result, name);
    m_runList->selectRow(m_runs->rowOfId(id));
    showTab(Tab::Results);
    m_project->autosave();
    Q_EMIT runAdded(id);
}

void MainWindow::onRunFailed(const QString& message)
{
    m_training->runFailed(message);
    m_status->runFailed(message);
    statusBar()->showMessage(tr("Training failed"), 5000);
    showTab(Tab::Training);
    Q_EMIT runFailed(message);
}

void MainWindow::onRunningChanged(bool) { updateActions(); }

bool MainWindow::forecastWithBundle(const QString& bundlePath, const QStringList& dataPaths)
{
    if (m_forecastJob->isRunning() || (dataPaths.isEmpty() && !m_dataset))
        return false;
    if (!m_forecastJob->start(bundlePath, dataPaths.isEmpty() ? m_dataset : nullptr, dataPaths))
        return false;
    statusBar()->showMessage(tr("Forecasting with %1…").arg(QFileInfo(bundlePath).fileName()));
    return true;
}

void MainWindow::chooseBundleAndForecast()
{
    QSettings settings;
    const QString key = QStringLiteral("forecast/modelFolder");
    const QString path = QFileDialog::getOpenFileName(this, tr("Forecast with saved model"), settings.value(key).toString(),
                                                      tr("MarineCast models (*.mcmodel);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(key, QFileInfo(path).absolutePath());
    // A quick look first (the file is small), so the analyst is asked for data only when the data
    // shown does not fit the model; the forecast itself reads it again off the GUI thread.
    const auto loaded = mc::loadBundle(QFile::encodeName(path).toStdString());
    if (!loaded.ok()) {
        onForecastFailed(tr("The saved model “%1” cannot be used.").arg(QFileInfo(path).fileName()) + QLatin1Char('\n') +
                         bundleErrorText(loaded.error));
        return;
    }
    if (m_dataset && mc::bundleFitsData(mc::checkBundleData(loaded.bundle, *m_dataset))) {
        forecastWithBundle(path);
        return;
    }
    QString why = tr("No data is open.");
    if (m_dataset)
        why = tr("The data shown does not fit the model:") + QStringLiteral("\n• ") +
              blockingIssueTexts(mc::checkBundleData(loaded.bundle, *m_dataset)).join(QStringLiteral("\n• "));
    if (QMessageBox::question(this, tr("Forecast with saved model"), why + QStringLiteral("\n\n") + tr("Choose data files for the forecast?")) !=
        QMessageBox::Yes)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Data for the forecast"), QString(),
                                                            tr("Data files (*.csv *.txt *.tsv *.nc);;All files (*)"));
    if (!files.isEmpty())
        forecastWithBundle(path, files);
}

void MainWindow::onForecastFinished(const RunResultPtr& result, const QString& name, const QStringList& notes)
{
    const int id = m_runs->addRun(result, name);
    m_runList->selectRow(m_runs->rowOfId(id));
    showTab(Tab::Results);
    statusBar()->showMessage(notes.isEmpty() ? tr("Forecast added to the runs") : notes.join(QLatin1Char(' ')), 8000);
    m_project->autosave();
    Q_EMIT runAdded(id);
}

void MainWindow::onForecastFailed(const QString& message)
{
    statusBar()->showMessage(tr("Forecast failed"), 5000);
    // Not exec(): the window stays responsive, and tests can read the box.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot forecast"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("forecastFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT forecastFailed(message);
}

void MainWindow::updateActions()
{
    const bool running = m_job && m_job->isRunning();
    m_startAction->setEnabled(!running && m_dataset && m_model->isValid());
    m_startAction->setToolTip(m_model->isValid() ? tr("Start training (F5)") : m_model->validationError());
    m_stopAction->setEnabled(running || m_compare->isRunning());
    m_openAction->setEnabled(!running);
    m_sampleAction->setEnabled(!running);
    const bool busy = running || m_compare->isRunning();
    for (QAction* a : {m_newProjectAction, m_openProjectAction})
        a->setEnabled(!busy);
    const auto rows = m_runList->selectedRows();
    const auto* selected = rows.isEmpty() ? nullptr : m_runs->run(rows.first());
    m_rerunAction->setEnabled(!running && selected && selected->result && selected->result->ok());
    m_allVariablesAction->setEnabled(!m_compare->isRunning() && m_dataset);
    m_forecastAction->setEnabled(m_forecastJob && !m_forecastJob->isRunning());
}

void MainWindow::exportSelectedCharts() { m_runList->exportSelected(); }

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_model->restoreSettings(s);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    m_model->saveSettings(s);
}

}  // namespace mcui
