// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_dialog.h"

#include "column_roles_table.h"
#include "import_error_text.h"
#include "import_preview_model.h"
#include "import_report_view.h"
#include "import_settings_form.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mcui {

ImportDialog::ImportDialog(const QStringList& paths, const QString& currentSettingsJson, QWidget* parent)
    : QDialog(parent), m_paths(paths), m_currentSettingsJson(currentSettingsJson)
{
    setObjectName(QStringLiteral("importDialog"));
    m_previewJob = new ImportJob(this);
    m_importJob = new ImportJob(this);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);  // typing a marker or stepping a spin box parses once
    createWidgets();
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (!m_paths.isEmpty())
            m_previewJob->startPreview(m_paths.value(std::max(0, m_previewFile->currentIndex())), settings());
    });
    connect(m_previewJob, &ImportJob::finished, this, &ImportDialog::onPreview);
    connect(m_importJob, &ImportJob::finished, this, &ImportDialog::onImported);
    connect(m_importJob, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(m_form, &ImportSettingsForm::changed, this, &ImportDialog::schedulePreview);
    connect(m_columns, &ColumnRolesTable::changed, this, &ImportDialog::schedulePreview);
    connect(m_previewFile, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    retranslate();
    setImporting(false);
    showError({});
    resize(1180, 760);
    m_previewTimer->start(0);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::createWidgets()
{
    m_filesLabel = new QLabel;
    m_filesLabel->setObjectName(QStringLiteral("importFiles"));
    m_filesLabel->setWordWrap(true);
    m_previewFile = new QComboBox;
    m_previewFile->setObjectName(QStringLiteral("previewFileCombo"));
    for (const auto& p : m_paths)
        m_previewFile->addItem(QFileInfo(p).fileName(), p);
    m_previewFile->setVisible(m_paths.size() > 1);

    m_form = new ImportSettingsForm;
    m_columns = new ColumnRolesTable;
    m_columnsBox = new QGroupBox;
    (new QVBoxLayout(m_columnsBox))->addWidget(m_columns);
    m_previewModel = new ImportPreviewModel(this);
    m_previewView = new QTableView;
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_previewModel);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewBox = new QGroupBox;
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_previewView, 1);

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_columnsBox);
    right->addWidget(m_previewBox);
    right->setStretchFactor(1, 1);
    right->setSizes({230, 430});
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_form);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 800});

    m_loadButton = new QPushButton;
    m_saveButton = new QPushButton;
    m_currentButton = new QPushButton;
    m_currentButton->setObjectName(QStringLiteral("useCurrentSettingsButton"));
    std::string error;
    m_currentButton->setEnabled(!m_currentSettingsJson.isEmpty()
                                && mc::importSettingsFromJson(m_currentSettingsJson.toStdString(), error).has_value());
    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load import settings"), QString(), tr("Import settings (*.json)"));
        if (!path.isEmpty())
            showError(loadSettingsFile(path));
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save import settings"), QString(), tr("Import settings (*.json)"));
        if (!path.isEmpty())
            showError(saveSettingsFile(path));
    });
    connect(m_currentButton, &QPushButton::clicked, this, &ImportDialog::useCurrentDatasetSettings);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_cancelImport = new QPushButton;
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancelImport, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto* settingsPage = new QWidget;
    auto* page = new QVBoxLayout(settingsPage);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filesLabel, 1);
    top->addWidget(m_previewFile);
    page->addLayout(top);
    page->addWidget(split, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_loadButton);
    tools->addWidget(m_saveButton);
    tools->addWidget(m_currentButton);
    tools->addStretch(1);
    page->addLayout(tools);

    m_report = new ImportReportView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(settingsPage, QString());
    m_tabs->addTab(m_report, QString());

    // A button of our own: a standard one would take Qt's text back on a language change.
    m_buttons = new QDialogButtonBox;
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImport);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import data"));
    QStringList names;
    for (const auto& p : m_paths)
        names << QFileInfo(p).fileName();
    m_filesLabel->setText(tr("Files: %1").arg(names.join(QStringLiteral(", "))));
    m_previewFile->setToolTip(tr("The file the preview shows"));
    m_columnsBox->setTitle(tr("Columns"));
    m_previewBox->setTitle(tr("Preview: the first %n row(s) as parsed", nullptr, ImportJob::kPreviewRows));
    m_loadButton->setText(tr("Load settings…"));
    m_saveButton->setText(tr("Save settings…"));
    m_currentButton->setText(tr("Use the settings of the current dataset"));
    m_currentButton->setToolTip(tr("Read a new file of the same layout as the open data was read"));
    m_cancelImport->setText(tr("Cancel import"));
    m_importButton->setText(tr("Import"));
    m_closeButton->setText(m_imported ? tr("Close") : tr("Cancel"));
    m_tabs->setTabText(0, tr("Settings and preview"));
    m_tabs->setTabText(1, tr("Import report"));
    showPreview();
}

mc::ImportSettings ImportDialog::settings() const
{
    mc::ImportSettings s = m_form->settings();
    m_columns->applyTo(s);
    return s;
}

void ImportDialog::setSettings(const mc::ImportSettings& settings)
{
    m_form->setSettings(settings);
    m_columns->setFromSettings(settings);
    schedulePreview();
}

QString ImportDialog::loadSettingsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    std::string error;
    const auto settings = mc::importSettingsFromJson(file.readAll().toStdString(), error);
    if (!settings)
        return tr("%1 holds no valid import settings: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(error));
    setSettings(*settings);
    return {};
}

QString ImportDialog::saveSettingsFile(const QString& path) const
{
    QFile file(path);
    const std::string json = mc::importSettingsToJson(settings());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json.data(), qint64(json.size())) != qint64(json.size()))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

bool ImportDialog::useCurrentDatasetSettings()
{
    std::string error;
    const auto settings = mc::importSettingsFromJson(m_currentSettingsJson.toStdString(), error);
    if (!settings)
        return false;
    setSettings(*settings);
    return true;
}

void ImportDialog::schedulePreview() { m_previewTimer->start(); }

bool ImportDialog::isPreviewing() const { return m_previewTimer->isActive() || m_previewJob->isRunning(); }

bool ImportDialog::isImporting() const { return m_importJob->isRunning(); }

QString ImportDialog::errorText() const { return m_error->text(); }

QString ImportDialog::failureText(const mc::ImportError& error) const
{
    return importErrorMessage(error);
}

void ImportDialog::onPreview(const ImportOutcomePtr& outcome)
{
    m_lastPreview = outcome;
    showPreview();
    Q_EMIT previewUpdated();
}

void ImportDialog::showPreview()
{
    if (!m_lastPreview)
        return;
    m_previewModel->setOutcome(m_lastPreview);
    m_columns->setColumns(m_lastPreview->header);
    const auto& result = m_lastPreview->result;
    m_form->setDetected(result.report.files.empty() ? nullptr : &result.report.files.front());
    if (result.ok())
        m_previewStatus->setText(m_previewModel->rowCount() > 0 ? tr("The rows parse with these settings.")
                                                                : tr("No data rows were found."));
    else
        m_previewStatus->setText(failureText(result.error) + QLatin1Char('\n') + tr("Shown: the rows as text."));
    m_previewStatus->setStyleSheet(result.ok() ? QString() : QStringLiteral("color: #b01c1c"));
    m_previewView->resizeColumnsToContents();
}

bool ImportDialog::startImport()
{
    if (isImporting() || m_paths.isEmpty())
        return false;
    showError({});
    m_importJob->start(m_paths, settings());
    setImporting(true);
    return true;
}

void ImportDialog::cancelImport() { m_importJob->cancel(); }

void ImportDialog::onProgress(qint64 read, qint64 total, int fileIndex, int fileCount)
{
    m_progress->setValue(total > 0 ? int(1000.0 * double(read) / double(total)) : 0);
    m_progress->setFormat(fileCount > 1 ? tr("File %1 of %2: %p%").arg(fileIndex + 1).arg(fileCount) : QStringLiteral("%p%"));
}

void ImportDialog::onImported(const ImportOutcomePtr& outcome)
{
    setImporting(false);
    const auto& result = outcome->result;
    if (!result.ok()) {
        const QString message = result.error.code == mc::ImportErrorCode::Cancelled
                                    ? tr("The import was cancelled. The data loaded before stays open.")
                                    : failureText(result.error) + QLatin1Char('\n') + tr("The data loaded before stays open.");
        showError(message);
        Q_EMIT importFailed(message);
        return;
    }
    auto report = std::make_shared<const mc::ImportReport>(result.report);
    m_report->setReport(report);
    m_imported = true;
    retranslate();
    m_tabs->setCurrentWidget(m_report);
    Q_EMIT imported(std::make_shared<const mc::Dataset>(result.dataset), report, m_paths);
}

void ImportDialog::setImporting(bool importing)
{
    m_progress->setVisible(importing);
    m_cancelImport->setVisible(importing);
    m_progress->setValue(0);
    m_tabs->setEnabled(!importing);
    m_importButton->setEnabled(!importing);
}

void ImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportDialog::reject()
{
    // Closing while importing means stop: the outcome is then dropped with the dialog.
    m_importJob->cancel();
    QDialog::reject();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace mcui
