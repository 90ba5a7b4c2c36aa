// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "project_file.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace mcui {

class MainWindow;

/// The project behind a main window: File → New/Open/Save/Save As, the modified marker, the
/// close prompt, autosave and recovery. The format itself is core's (project_file.h); this class
/// gathers the window's state into an mc::Project and puts a loaded one back.
///
/// Each run's outputs (model.mcmodel, forecast.csv, metrics.json, loss.csv, run.json) are written
/// to `<project>.runs/run-<id>/` when the project is saved; the project file itself holds each
/// run's results, so the run list, results and charts come back even without that folder.
/// Autosave: after each finished run, to the project file when it has one, otherwise to
/// recoveryPath(), which the next start offers to restore (offerRecovery()).
class ProjectController final : public QObject {
    Q_OBJECT
public:
    /// Asked for a new location of a data file that is missing; returns it, or empty to leave
    /// the source missing. The default asks with a file dialog.
    using LocateFn = std::function<QString(const QString& missingPath)>;
    /// Asked whether to save unsaved changes: QMessageBox::Save, Discard or Cancel. The default
    /// asks with a message box.
    using AskSaveFn = std::function<int()>;

    explicit ProjectController(MainWindow* window);

    /// The project file, empty while untitled.
    [[nodiscard]] QString path() const { return m_path; }
    /// The file name without folder, or "Untitled" (translated).
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified);
    /// The data files of the project that were not found and not relocated on open.
    [[nodiscard]] QStringList missingDataFiles() const;

    /// Starts an empty project (asks to save unsaved changes first). False when cancelled or a
    /// run is in progress.
    bool newProject();
    /// Asks for a file, then opens it (after the unsaved-changes prompt).
    bool openDialog();
    /// Opens @p path, replacing the window's data and runs. Shows a plain message and changes
    /// nothing when the file cannot be read or is newer than this version understands.
    bool open(const QString& path);
    /// Saves to the project file, asking for one when untitled. False when cancelled or failed.
    bool save();
    /// Asks for a file and saves there.
    bool saveAsDialog();
    /// Saves to @p path (which becomes the project file). Shows the reason and returns false on
    /// failure.
    bool saveAs(const QString& path);
    /// The close prompt: true when the window may close (saved, discarded, or nothing to save).
    bool maybeSave();

    /// Called when a run joined the list: autosaves (see the class comment).
    void autosave();
    /// Where an untitled project is autosaved: AppDataLocation/recovery.mcproj.
    [[nodiscard]] static QString recoveryPath();
    /// When a recovery file exists, offers to restore it (as an untitled, modified project) or
    /// deletes it. Called once at start-up.
    void offerRecovery();
    /// Deletes the recovery file and its run folders (after a deliberate save or discard).
    static void removeRecovery();

    void setLocateHandler(LocateFn fn) { m_locate = std::move(fn); }
    void setAskSaveHandler(AskSaveFn fn) { m_askSave = std::move(fn); }

Q_SIGNALS:
    /// The file, its name or the modified marker changed.
    void stateChanged();

private:
    [[nodiscard]] mc::Project collect();
    /// Puts @p project's runs, data, presets and choices into the window.
    void apply(mc::Project& project);
    /// Writes @p project to @p path with each run's outputs beside it; English error or empty.
    [[nodiscard]] QString write(const QString& path);
    void relocateMissing(mc::Project& project);
    void clearWindow();

    MainWindow* m_window;
    QString m_path;
    bool m_modified = false;
    bool m_loading = false;
    QHash<int, QString> m_runDirs;                ///< run id → folder holding its outputs now
    QHash<int, std::string> m_snapshots;          ///< run id → runSnapshotJson (runs never change)
    std::vector<mc::ProjectSource> m_unloaded;    ///< sources kept in the project though not shown (missing or extra)
    LocateFn m_locate;
    AskSaveFn m_askSave;
};

}  // namespace mcui
