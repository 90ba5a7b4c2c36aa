// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QPushButton;

namespace mc {
struct Dataset;
struct ImportReport;
}  // namespace mc

namespace mcui {

class ImportReportDialog;

/// The "Data" centre tab: the chosen series over time, one graph each, with missing spans shaded.
/// Series of one unit share the left axis, a second unit gets the right axis, and with three or
/// more units every series is standardised (z-score) so their shapes can be compared at all.
/// Wheel zooms and drag pans the time axis; the value axes follow the visible data; a
/// double-click shows everything again. Values rejected by quality flag or physical range are
/// drawn as markers, filled (interpolated) values as hollow grey circles; the import report of
/// the data is a button away.
class DataPreviewPanel final : public QWidget {
    Q_OBJECT
public:
    explicit DataPreviewPanel(QWidget* parent = nullptr);
    ~DataPreviewPanel() override;

    /// Uses @p dataset from now on (nullptr clears); series shown before stay if they still exist.
    void setDataset(std::shared_ptr<const mc::Dataset> dataset);
    /// The report of the import that produced the dataset (nullptr: none, the button hides).
    void setImportReport(std::shared_ptr<const mc::ImportReport> report);
    /// Opens (or raises) the import report window.
    void showImportReport();

    /// Shows (station, variable) pairs; unknown pairs are skipped. An empty list clears the plot.
    void showSeries(const QList<QPair<QString, QString>>& stationVariables);
    /// The pairs now shown, in graph order.
    [[nodiscard]] QList<QPair<QString, QString>> shownSeries() const { return m_series; }

    /// Shows the full time span and fits the value axes.
    void resetView();
    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void showPlaceholder();
    void fitValueAxes();

    std::shared_ptr<const mc::Dataset> m_dataset;
    std::shared_ptr<const mc::ImportReport> m_report;
    QPushButton* m_reportButton = nullptr;
    QPointer<ImportReportDialog> m_reportDialog;
    QList<QPair<QString, QString>> m_series;
    QCustomPlot* m_plot = nullptr;
    bool m_fitting = false;
};

}  // namespace mcui
