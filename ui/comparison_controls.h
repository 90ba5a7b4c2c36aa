// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mcui {

class ConfigList;
struct EpochInfo;

/// The Compare tab's left column: the configurations to tick, the buttons that run, stop and
/// export a comparison, and the progress of the one in training. It holds no logic: it says what
/// was asked and shows what it is told.
class ComparisonControls final : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonControls(QWidget* parent = nullptr);

    [[nodiscard]] ConfigList* configList() const { return m_configs; }

    /// Enables what makes sense: running needs data and enough ticks, exporting a shown result.
    void setState(bool running, bool haveData, bool haveResult);
    /// Where an epoch stands in the whole work: which configuration of how many, and in an
    /// all-variables run which variable (variable -1 otherwise).
    struct Position {
        int configuration = 0;
        int configurations = 1;
        QString name;
        int variable = -1;
        int variables = 0;
        QString variableName;
    };
    /// Shows the overall progress and what is being trained.
    void showEpoch(const Position& at, const mcui::EpochInfo& info);
    /// @p fraction of the whole work done (0…1) and a line about it.
    void showProgress(double fraction, const QString& text);
    /// A line under the buttons once the work ended (or while it stops).
    void showStatus(const QString& text);
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void runRequested();
    void allVariablesRequested();
    void stopRequested();
    void exportTableRequested();
    void exportChartRequested();
    void exportAllChartsRequested();
    /// The ticks changed.
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ConfigList* m_configs = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_table = nullptr;
    QPushButton* m_chart = nullptr;
    QPushButton* m_allCharts = nullptr;
};

}  // namespace mcui
