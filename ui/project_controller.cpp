// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_controller.h"

#include "comparison_panel.h"
#include "config_list.h"
#include "experiment.h"
#include "language_manager.h"
#include "main_window.h"
#include "model_panel.h"
#include "run_list_model.h"
#include "run_snapshot.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <filesystem>

namespace mcui {
namespace {

const QString kSuffix = QStringLiteral("mcproj");

std::string enc(const QString& path) { return QFile::encodeName(path).toStdString(); }
QString dec(const std::string& path) { return QFile::decodeName(QByteArray::fromStdString(path)); }

QString errorText(const mc::ProjectError& e)
{
    const QString name = QFileInfo(dec(e.path)).fileName();
    using C = mc::ProjectErrorCode;
    switch (e.code) {
    case C::None: return {};
    case C::CannotRead: return ProjectController::tr("Cannot read “%1”.").arg(name);
    case C::NotJson:
        return ProjectController::tr("“%1” is damaged: it is not valid JSON (line %2, column %3).").arg(name).arg(e.line).arg(e.column);
    case C::NotAProject: return ProjectController::tr("“%1” is not a MarineCast project.").arg(name);
    case C::NewerFormat:
        return ProjectController::tr("“%1” was saved by a newer version of MarineCast (project format %2; this version "
                                     "reads up to %3). Update MarineCast to open it.")
            .arg(name)
            .arg(e.foundVersion)
            .arg(mc::kProjectFormatVersion);
    case C::BadContent:
        //: %2 is a technical detail in English.
        return ProjectController::tr("“%1” cannot be opened: %2").arg(name, QString::fromStdString(e.detail));
    case C::CannotWrite: return ProjectController::tr("Cannot save the project: %1").arg(QString::fromStdString(e.detail));
    }
    return QString::fromStdString(e.detail);
}

// Removes the run folders under @p runsRoot that no run of the project uses any more.
void removeStaleRunDirs(const QString& runsRoot, const QSet<QString>& keep)
{
    QDir root(runsRoot);
    for (const auto& name : root.entryList({QStringLiteral("run-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        if (!keep.contains(QDir::cleanPath(root.filePath(name))))
            QDir(root.filePath(name)).removeRecursively();
}

}  // namespace

ProjectController::ProjectController(MainWindow* window) : QObject(window), m_window(window)
{
    const auto touched = [this] {
        if (!m_loading)
            setModified(true);
    };
    RunListModel* runs = m_window->runs();
    connect(runs, &QAbstractItemModel::rowsInserted, this, touched);
    connect(runs, &QAbstractItemModel::rowsRemoved, this, touched);
    connect(runs, &QAbstractItemModel::dataChanged, this, touched);  // renamed
    connect(m_window->comparisonPanel()->configList(), &ConfigList::checkedChanged, this, touched);
    connect(m_window, &MainWindow::dataLoaded, this, touched);
}

QString ProjectController::displayName() const
{
    //: Window title of a project never saved (未命名).
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).completeBaseName();
}

void ProjectController::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT stateChanged();
}

QStringList ProjectController::missingDataFiles() const
{
    QStringList out;
    for (const auto& s : m_unloaded)
        if (s.missing)
            for (const auto& p : s.paths)
                if (!QFileInfo::exists(dec(p)))
                    out << dec(p);
    return out;
}

bool ProjectController::newProject()
{
    if (m_window->isBusy() || !maybeSave())
        return false;
    m_loading = true;
    clearWindow();
    m_loading = false;
    m_path.clear();
    m_modified = false;
    removeRecovery();
    Q_EMIT stateChanged();
    return true;
}

bool ProjectController::openDialog()
{
    if (m_window->isBusy() || !maybeSave())
        return false;
    const QString folder = m_path.isEmpty() ? QSettings().value(QStringLiteral("files/lastProjectFolder")).toString()
                                            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), folder, tr("MarineCast projects (*.mcproj)"));
    return !path.isEmpty() && open(path);
}

bool ProjectController::open(const QString& path)
{
    if (m_window->isBusy())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto load = mc::loadProject(enc(absolute));
    if (!load.ok()) {
        QMessageBox::warning(m_window, tr("Cannot open project"), errorText(load.error));
        return false;
    }
    const auto before = mc::missingFiles(load.project);
    relocateMissing(load.project);
    const bool relinked = mc::missingFiles(load.project).size() < before.size();
    m_loading = true;
    clearWindow();
    apply(load.project);
    m_loading = false;
    m_path = absolute;
    m_modified = relinked;  // the new data location is a change worth saving
    QSettings().setValue(QStringLiteral("files/lastProjectFolder"), QFileInfo(absolute).absolutePath());
    Q_EMIT stateChanged();
    const QStringList missing = missingDataFiles();
    if (!missing.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Data file not found: %1. The runs stay viewable; open the data to train again.").arg(missing.join(QStringLiteral(", "))));
    return true;
}

bool ProjectController::save()
{
    return m_path.isEmpty() ? saveAsDialog() : saveAs(m_path);
}

bool ProjectController::saveAsDialog()
{
    QString folder = m_path.isEmpty() ? QSettings().value(QStringLiteral("files/lastProjectFolder")).toString() : m_path;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save project"), folder, tr("MarineCast projects (*.mcproj)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix() != kSuffix)
        path += QLatin1Char('.') + kSuffix;
    return saveAs(path);
}

bool ProjectController::saveAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const QString why = write(absolute); !why.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save project"), why);
        return false;
    }
    m_path = absolute;
    m_modified = false;
    QSettings().setValue(QStringLiteral("files/lastProjectFolder"), QFileInfo(absolute).absolutePath());
    removeRecovery();  // the work is now in a file the analyst chose
    Q_EMIT stateChanged();
    m_window->statusBar()->showMessage(tr("Project saved"), 5000);
    return true;
}

bool ProjectController::maybeSave()
{
    // An untitled project without runs holds nothing that opening the data again would not.
    if (!m_modified || (m_path.isEmpty() && m_window->runs()->rowCount() == 0))
        return true;
    int answer = QMessageBox::Cancel;
    if (m_askSave) {
        answer = m_askSave();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("The project “%1” has unsaved changes. Save them?").arg(displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setDefaultButton(QMessageBox::Save);
        answer = box.exec();
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ProjectController::autosave()
{
    const QString target = m_path.isEmpty() ? recoveryPath() : m_path;
    if (m_path.isEmpty())
        QDir().mkpath(QFileInfo(target).absolutePath());
    if (const QString why = write(target); !why.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(why));
        return;
    }
    if (!m_path.isEmpty()) {
        m_modified = false;
        Q_EMIT stateChanged();
    }
}

QString ProjectController::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery.mcproj");
}

void ProjectController::removeRecovery()
{
    const QString path = recoveryPath();
    QFile::remove(path);
    QDir(path + QStringLiteral(".runs")).removeRecursively();
}

void ProjectController::offerRecovery()
{
    const QFileInfo file(recoveryPath());
    if (!file.exists())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore unsaved work?"),
        tr("MarineCast did not save the last project before it closed. Restore the work autosaved at %1?")
            .arg(QLocale().toString(file.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes || !open(file.absoluteFilePath())) {
        removeRecovery();
        return;
    }
    m_path.clear();  // still untitled: Save asks where
    m_modified = true;
    Q_EMIT stateChanged();
}

QString ProjectController::write(const QString& path)
{
    const std::string projectPath = enc(path);
    QSet<QString> kept;
    // Outputs first: the project file must only ever name folders that are complete.
    for (const auto& run : m_window->runs()->runs()) {
        if (!run.result)
            continue;
        const QString target = QDir::cleanPath(dec(mc::projectRunDir(projectPath, run.id)));
        const QString current = m_runDirs.value(run.id);
        kept.insert(target);
        if (current == target && QFileInfo::exists(target + QStringLiteral("/run.json")))
            continue;
        bool done = false;
        if (!current.isEmpty() && QFileInfo::exists(current)) {
            // A restored run has no model bytes in memory: its folder (with model.mcmodel) moves along.
            std::error_code ec;
            std::filesystem::create_directories(enc(target), ec);
            std::filesystem::copy(enc(current), enc(target),
                                  std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing, ec);
            done = !ec;
        }
        if (!done && !mc::writeRunOutputs(*run.result, enc(target)).empty()) {
            m_runDirs.remove(run.id);  // the results still travel inside the project file
            continue;
        }
        m_runDirs.insert(run.id, target);
    }
    const auto project = collect();
    if (const auto e = mc::saveProject(project, projectPath); !e.ok())
        return errorText(e);
    removeStaleRunDirs(path + QStringLiteral(".runs"), kept);
    return {};
}

mc::Project ProjectController::collect()
{
    mc::Project p;
    if (const auto dataset = m_window->dataset()) {
        mc::ProjectSource s;
        for (const auto& f : m_window->dataPaths())
            s.paths.push_back(enc(f));
        s.importSettingsJson = dataset->importSettingsJson;
        p.sources.push_back(std::move(s));
    } else {
        p.sources = m_unloaded;
    }
    for (const auto& run : m_window->runs()->runs()) {
        if (!run.result)
            continue;
        mc::ProjectRun r;
        r.id = run.id;
        r.name = run.name.toStdString();
        r.finished = run.finished.toUTC().toString(Qt::ISODate).toStdString();
        r.config = run.result->config;
        r.metricsJson = mc::metricsJson(*run.result);
        r.outputDir = enc(m_runDirs.value(run.id));
        auto it = m_snapshots.find(run.id);
        if (it == m_snapshots.end())
            it = m_snapshots.insert(run.id, mc::runSnapshotJson(*run.result));
        r.resultJson = *it;
        p.runs.push_back(std::move(r));
    }
    p.presets = m_window->modelPanel()->presetStore().userPresets();
    mc::ProjectComparison comparison;
    for (const auto& key : m_window->comparisonPanel()->configList()->checkedKeys())
        comparison.checkedKeys.push_back(key.toStdString());
    p.comparisons.push_back(std::move(comparison));
    p.currentConfig = m_window->currentConfig();
    p.language = LanguageManager::instance().currentLanguage().toStdString();
    return p;
}

void ProjectController::apply(mc::Project& project)
{
    if (!project.language.empty())
        LanguageManager::instance().setLanguage(QString::fromStdString(project.language));
    if (const QString why = m_window->modelPanel()->addPresets(project.presets); !why.isEmpty())
        m_window->statusBar()->showMessage(why, 5000);

    // This version shows one data source at a time: the first that can be read; the others stay
    // in the project as they are.
    bool loaded = false;
    for (auto& s : project.sources) {
        if (!loaded && !s.missing) {
            QStringList paths;
            for (const auto& f : s.paths)
                paths << dec(f);
            if (m_window->openData(paths, QString::fromStdString(s.importSettingsJson))) {
                loaded = true;
                continue;
            }
            s.missing = true;
        }
        m_unloaded.push_back(s);
    }
    if (project.currentConfig && loaded)
        m_window->modelPanel()->setConfig(*project.currentConfig);

    QVector<RunRecord> records;
    QStringList broken;
    for (const auto& run : project.runs) {
        std::string why;
        auto result = mc::runFromSnapshot(run.resultJson, why);
        if (!result) {
            broken << QString::fromStdString(run.name);
            continue;
        }
        result->config = run.config;  // with data paths as relocated on open
        RunRecord record;
        record.id = run.id;
        record.name = QString::fromStdString(run.name);
        record.finished = QDateTime::fromString(QString::fromStdString(run.finished), Qt::ISODate).toLocalTime();
        record.result = std::make_shared<const mc::ExperimentResult>(std::move(*result));
        records << record;
        if (!run.outputDir.empty())
            m_runDirs.insert(run.id, QDir::cleanPath(dec(run.outputDir)));
    }
    m_window->runs()->setRuns(records);
    if (!project.comparisons.empty()) {
        QStringList keys;
        for (const auto& k : project.comparisons.front().checkedKeys)
            keys << QString::fromStdString(k);
        m_window->comparisonPanel()->configList()->setCheckedKeys(keys);
    }
    if (!records.isEmpty())
        m_window->showRun(records.back().id);
    if (!broken.isEmpty())
        QMessageBox::warning(m_window, tr("Some runs cannot be shown"),
                             tr("The results of these runs are damaged and were left out: %1").arg(broken.join(QStringLiteral(", "))));
}

void ProjectController::relocateMissing(mc::Project& project)
{
    for (const auto& file : mc::missingFiles(project)) {
        const QString missing = dec(file);
        QString found;
        if (m_locate) {
            found = m_locate(missing);
        } else {
            const QString name = QFileInfo(missing).fileName();
            found = QFileDialog::getOpenFileName(m_window, tr("Where is the data file “%1” now?").arg(name),
                                                 QFileInfo(m_path).absolutePath(),
                                                 tr("%1;;Data files (*.csv *.txt *.tsv *.nc);;All files (*)").arg(name));
        }
        if (!found.isEmpty() && QFileInfo::exists(found))
            mc::relinkDataFile(project, file, enc(QFileInfo(found).absoluteFilePath()));
    }
}

void ProjectController::clearWindow()
{
    m_window->runs()->setRuns({});
    m_window->clearData();
    m_runDirs.clear();
    m_snapshots.clear();
    m_unloaded.clear();
}

}  // namespace mcui
