// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "chart_export.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mcui {

/// Asks how to export forecast charts: format, size, DPI, horizon step, baselines, and where to.
/// Remembers the last choices in QSettings (group "export").
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Target {
        File,    ///< one chart: a file path
        Folder,  ///< a batch: a folder, file names made from each run
    };

    /// @p maxHorizon bounds the horizon step (the largest horizon of the runs to export).
    ExportDialog(Target target, int maxHorizon, QWidget* parent = nullptr);

    /// Starts from the on-screen view (step, baselines); size, DPI and format come from QSettings.
    void setView(int horizon, BaselineToggles baselines);
    /// For Target::File: the suggested file name (without folder), e.g. from chartFileName().
    /// Its suffix follows the chosen format.
    void setSuggestedFileName(const QString& fileName);
    /// Hides the baseline choices, for charts that draw no baselines (the comparison overlay).
    void setBaselinesVisible(bool visible);

    /// The batch export behind "Export charts…": asks for settings and a folder (starting from
    /// @p horizon and @p baselines), writes one chart per run, and shows what failed. Returns the
    /// files written; empty when cancelled.
    static QStringList exportCharts(const QVector<RunRecord>& runs, int horizon, BaselineToggles baselines,
                                    QWidget* parent);

    [[nodiscard]] ChartExportSettings settings() const;
    /// The chosen file (Target::File) or folder (Target::Folder).
    [[nodiscard]] QString path() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void formatChanged();
    void updateSummary();
    void loadSettings();
    void saveSettings() const;

    Target m_target;
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QSpinBox* m_horizon = nullptr;
    QCheckBox* m_persistence = nullptr;
    QCheckBox* m_climatology = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_formatLabel = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QLabel* m_dpiLabel = nullptr;
    QLabel* m_horizonLabel = nullptr;
    QLabel* m_baselinesLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace mcui
