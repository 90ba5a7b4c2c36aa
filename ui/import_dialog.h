// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only. The preview and the import run on ImportJob threads; this
// dialog starts them, cancels them and receives their outcomes (queued, as plain values).
#pragma once

#include "import_job.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace mc {
struct Dataset;
struct ImportReport;
}  // namespace mc

namespace mcui {

class ColumnRolesTable;
class ImportPreviewModel;
class ImportReportView;
class ImportSettingsForm;

/// File → Open data…: how the chosen files are read. Shows the first rows as parsed with the
/// current settings (re-parsed as a setting changes), the column roles, every import setting
/// (load and save as JSON, or take the current dataset's), then imports on a worker thread with
/// progress and cancel and shows the import report. The loaded data is replaced only when an
/// import succeeds (imported()).
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    /// @p currentSettingsJson: the settings the open dataset was imported with ("" when none).
    ImportDialog(const QStringList& paths, const QString& currentSettingsJson, QWidget* parent = nullptr);
    ~ImportDialog() override;

    [[nodiscard]] QStringList paths() const { return m_paths; }
    /// Everything set in the dialog, column settings included.
    [[nodiscard]] mc::ImportSettings settings() const;
    /// Shows @p settings and re-parses the preview.
    void setSettings(const mc::ImportSettings& settings);

    /// Reads settings from a JSON file; returns an error message, empty on success.
    QString loadSettingsFile(const QString& path);
    /// Writes the settings as JSON; returns an error message, empty on success.
    QString saveSettingsFile(const QString& path) const;
    /// Takes the open dataset's settings, for a new file of the same layout. False when none.
    bool useCurrentDatasetSettings();

    /// Starts the import (the Import button). False while one runs.
    bool startImport();
    /// Cancels a running import; the data loaded before stays.
    void cancelImport();
    [[nodiscard]] bool isImporting() const;
    [[nodiscard]] bool isPreviewing() const;
    /// The message of the last failed import or preview, empty when none.
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] ImportSettingsForm* settingsForm() const { return m_form; }
    [[nodiscard]] ColumnRolesTable* columnsTable() const { return m_columns; }
    [[nodiscard]] ImportPreviewModel* previewModel() const { return m_previewModel; }
    [[nodiscard]] ImportReportView* reportView() const { return m_report; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }

    void reject() override;

Q_SIGNALS:
    /// An import succeeded: the data to show from now on.
    void imported(std::shared_ptr<const mc::Dataset> dataset, std::shared_ptr<const mc::ImportReport> report,
                  const QStringList& paths);
    /// A preview finished (parsed or not).
    void previewUpdated();
    /// An import ended without data (failed or cancelled); the message is shown in the dialog.
    void importFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void retranslate();
    void schedulePreview();
    void onPreview(const ImportOutcomePtr& outcome);
    void showPreview();
    void onImported(const ImportOutcomePtr& outcome);
    void onProgress(qint64 read, qint64 total, int fileIndex, int fileCount);
    void setImporting(bool importing);
    void showError(const QString& message);
    [[nodiscard]] QString failureText(const mc::ImportError& error) const;

    QStringList m_paths;
    QString m_currentSettingsJson;
    ImportJob* m_previewJob = nullptr;
    ImportJob* m_importJob = nullptr;
    QTimer* m_previewTimer = nullptr;
    ImportOutcomePtr m_lastPreview;
    bool m_imported = false;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_filesLabel = nullptr;
    QComboBox* m_previewFile = nullptr;
    ImportSettingsForm* m_form = nullptr;
    QGroupBox* m_columnsBox = nullptr;
    ColumnRolesTable* m_columns = nullptr;
    QGroupBox* m_previewBox = nullptr;
    QLabel* m_previewStatus = nullptr;
    ImportPreviewModel* m_previewModel = nullptr;
    QTableView* m_previewView = nullptr;
    QPushButton* m_loadButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_currentButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QLabel* m_error = nullptr;
    ImportReportView* m_report = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

}  // namespace mcui
