// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_dialog.h"

#include "experiment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <algorithm>

namespace mcui {
namespace {

const QString kGroup = QStringLiteral("export");
constexpr ChartFormat kFormats[] = {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf};

QString defaultFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

}  // namespace

ExportDialog::ExportDialog(Target target, int maxHorizon, QWidget* parent) : QDialog(parent), m_target(target)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (ChartFormat f : kFormats)
        m_format->addItem(QString(), int(f));
    const auto spin = [](const char* name, int lo, int hi, int value, const QString& suffix) {
        auto* s = new QSpinBox;
        s->setObjectName(QLatin1String(name));
        s->setRange(lo, hi);
        s->setValue(value);
        s->setSuffix(suffix);
        s->setAccelerated(true);
        return s;
    };
    m_width = spin("widthSpin", 16, 20000, 1600, QStringLiteral(" px"));
    m_height = spin("heightSpin", 16, 20000, 900, QStringLiteral(" px"));
    m_dpi = spin("dpiSpin", 10, 2400, 300, QString());
    m_horizon = spin("exportHorizonSpin", 1, std::max(1, maxHorizon), 1, QString());
    m_persistence = new QCheckBox;
    m_persistence->setObjectName(QStringLiteral("exportPersistenceCheck"));
    m_climatology = new QCheckBox;
    m_climatology->setObjectName(QStringLiteral("exportClimatologyCheck"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setMinimumWidth(320);
    m_browse = new QPushButton;
    m_summary = new QLabel;
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    for (auto** label : {&m_formatLabel, &m_sizeLabel, &m_dpiLabel, &m_horizonLabel, &m_baselinesLabel, &m_pathLabel})
        *label = new QLabel;

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    size->addStretch();
    auto* baselines = new QHBoxLayout;
    baselines->addWidget(m_persistence);
    baselines->addWidget(m_climatology);
    baselines->addStretch();
    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_sizeLabel, size);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(QString(), m_summary);
    form->addRow(m_horizonLabel, m_horizon);
    form->addRow(m_baselinesLabel, baselines);
    form->addRow(m_pathLabel, where);
    // Export is our own accept button: a relabelled standard Ok would be reset to "OK" by the
    // button box's own LanguageChange handling, which runs after this dialog's.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (auto* s : {m_width, m_height, m_dpi})
        connect(s, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    loadSettings();
    retranslate();
}

void ExportDialog::setView(int horizon, BaselineToggles baselines)
{
    m_horizon->setValue(horizon);
    m_persistence->setChecked(baselines.persistence);
    m_climatology->setChecked(baselines.climatology);
}

void ExportDialog::setSuggestedFileName(const QString& fileName)
{
    if (m_target != Target::File)
        return;
    QSettings s;
    s.beginGroup(kGroup);
    const QString folder = s.value(QStringLiteral("folder"), defaultFolder()).toString();
    m_path->setText(QDir(folder).filePath(fileName));
    formatChanged();
}

void ExportDialog::setBaselinesVisible(bool visible)
{
    for (QWidget* w : {static_cast<QWidget*>(m_baselinesLabel), static_cast<QWidget*>(m_persistence), static_cast<QWidget*>(m_climatology)})
        w->setVisible(visible);
    if (!visible) {
        m_persistence->setChecked(false);
        m_climatology->setChecked(false);
    }
}

QStringList ExportDialog::exportCharts(const QVector<RunRecord>& runs, int horizon, BaselineToggles baselines,
                                       QWidget* parent)
{
    if (runs.isEmpty())
        return {};
    int maxHorizon = 1;
    for (const auto& run : runs)
        if (run.result)
            maxHorizon = std::max(maxHorizon, run.result->data.test.horizon);
    ExportDialog dialog(Target::Folder, maxHorizon, parent);
    dialog.setView(horizon, baselines);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList written;
    const QString errors = exportChartsToFolder(runs, dialog.path(), dialog.settings(), &written);
    if (!errors.isEmpty())
        QMessageBox::warning(parent, tr("Export charts"),
                             tr("%1 of %2 charts were written.").arg(written.size()).arg(runs.size()) + QStringLiteral("\n\n")
                                 + errors);
    return written;
}

ChartExportSettings ExportDialog::settings() const
{
    ChartExportSettings s;
    s.format = static_cast<ChartFormat>(m_format->currentData().toInt());
    s.size = QSize(m_width->value(), m_height->value());
    s.dpi = m_dpi->value();
    s.horizon = m_horizon->value();
    s.baselines = {m_persistence->isChecked(), m_climatology->isChecked()};
    return s;
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }

void ExportDialog::accept()
{
    const QString p = path();
    QString problem;
    if (p.isEmpty())
        problem = m_target == Target::File ? tr("Choose the file to write.") : tr("Choose the folder to write into.");
    else if (m_target == Target::File && !QFileInfo(QFileInfo(p).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(p).absolutePath()));
    else if (m_target == Target::File && QFileInfo(p).isDir())
        problem = tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(p));
    else if (m_target == Target::Folder && QFileInfo::exists(p) && !QFileInfo(p).isDir())
        problem = tr("%1 is a file; choose a folder.").arg(QDir::toNativeSeparators(p));
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    if (m_target == Target::File) {
        // A typed suffix wins over the format box; a missing one is added.
        const QString suffix = QFileInfo(p).suffix().toLower();
        if (suffix == chartFormatSuffix(chartFormatFromSuffix(suffix)))
            m_format->setCurrentIndex(m_format->findData(int(chartFormatFromSuffix(suffix))));
        else
            m_path->setText(p + QLatin1Char('.') + chartFormatSuffix(settings().format));
    }
    saveSettings();
    QDialog::accept();
}

void ExportDialog::browse()
{
    if (m_target == Target::Folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export charts into"), path());
        if (!dir.isEmpty())
            m_path->setText(QDir::toNativeSeparators(dir));
        return;
    }
    const QString suffix = chartFormatSuffix(settings().format);
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart"), path(), filter);
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void ExportDialog::formatChanged()
{
    if (m_target == Target::File && !path().isEmpty()) {
        const QFileInfo info(path());
        const QString suffix = chartFormatSuffix(settings().format);
        if (info.suffix().toLower() != suffix) {
            const QString stem = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
            m_path->setText(QDir::toNativeSeparators(QDir(info.path()).filePath(stem + QLatin1Char('.') + suffix)));
        }
    }
    updateSummary();
}

void ExportDialog::updateSummary()
{
    // The printed size is what analysts check against a report's column width.
    const double cmPerInch = 2.54;
    const QLocale locale;
    m_summary->setText(tr("Prints at %1 × %2 cm")
                           .arg(locale.toString(m_width->value() * cmPerInch / m_dpi->value(), 'f', 1),
                                locale.toString(m_height->value() * cmPerInch / m_dpi->value(), 'f', 1)));
}

void ExportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(kGroup);
    const ChartFormat format = chartFormatFromSuffix(s.value(QStringLiteral("format"), QStringLiteral("png")).toString());
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_width->setValue(s.value(QStringLiteral("width"), 1600).toInt());
    m_height->setValue(s.value(QStringLiteral("height"), 900).toInt());
    m_dpi->setValue(s.value(QStringLiteral("dpi"), 300).toInt());
    if (m_target == Target::Folder)
        m_path->setText(QDir::toNativeSeparators(s.value(QStringLiteral("folder"), defaultFolder()).toString()));
    updateSummary();
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("format"), chartFormatSuffix(settings().format));
    s.setValue(QStringLiteral("width"), m_width->value());
    s.setValue(QStringLiteral("height"), m_height->value());
    s.setValue(QStringLiteral("dpi"), m_dpi->value());
    const QString folder = m_target == Target::Folder ? path() : QFileInfo(path()).absolutePath();
    s.setValue(QStringLiteral("folder"), QDir::fromNativeSeparators(folder));
}

void ExportDialog::retranslate()
{
    setWindowTitle(m_target == Target::File ? tr("Export chart") : tr("Export charts"));
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("SVG vector drawing"));
    m_format->setItemText(2, tr("PDF document"));
    m_formatLabel->setText(tr("&Format:"));
    m_formatLabel->setBuddy(m_format);
    m_sizeLabel->setText(tr("&Size:"));
    m_sizeLabel->setBuddy(m_width);
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpiLabel->setBuddy(m_dpi);
    m_dpi->setSuffix(QLatin1Char(' ') + tr("DPI"));
    //: Which lead time the exported chart shows: step k is the forecast made k time steps ahead (预测步).
    m_horizonLabel->setText(tr("Forecast st&ep:"));
    m_horizonLabel->setBuddy(m_horizon);
    m_horizon->setToolTip(tr("Which step ahead the chart shows (1 = the first forecast step)"));
    m_baselinesLabel->setText(tr("Baselines:"));
    m_persistence->setText(tr("&Persistence"));
    m_climatology->setText(tr("&Climatology"));
    m_pathLabel->setText(m_target == Target::File ? tr("Save &to:") : tr("F&older:"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setText(tr("&Browse…"));
    m_exportButton->setText(tr("Export"));
    updateSummary();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace mcui
