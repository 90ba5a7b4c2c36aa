// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QDialog>
#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QGroupBox;
class QTreeWidget;

namespace mc {
struct ImportReport;
}

namespace mcui {

/// What an import read and set aside: per file its rows, encoding and time format and per
/// variable the valid, missing, non-numeric and rejected values (by range, by flag code) with
/// the first line numbers; per station and variable the gaps; and the warnings.
class ImportReportView final : public QWidget {
    Q_OBJECT
public:
    enum FileColumn { ItemColumn, ValidColumn, MissingColumn, NonNumericColumn, RangeColumn, FlagColumn, LinesColumn };
    enum SeriesColumn { StationColumn, VariableColumn, SeriesValidColumn, SeriesMissingColumn, RejectedColumn,
                        FilledColumn, GapsColumn, LongestGapColumn };

    explicit ImportReportView(QWidget* parent = nullptr);

    /// Shows @p report (nullptr clears).
    void setReport(std::shared_ptr<const mc::ImportReport> report);
    [[nodiscard]] std::shared_ptr<const mc::ImportReport> report() const { return m_report; }

    [[nodiscard]] QTreeWidget* filesTree() const { return m_files; }
    [[nodiscard]] QTreeWidget* seriesTree() const { return m_series; }
    [[nodiscard]] QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    std::shared_ptr<const mc::ImportReport> m_report;
    QLabel* m_summary = nullptr;
    QList<QGroupBox*> m_groups;  ///< files, series, warnings
    QTreeWidget* m_files = nullptr;
    QTreeWidget* m_series = nullptr;
    QPlainTextEdit* m_warnings = nullptr;
};

/// A window around ImportReportView, for the Data tab's "Import report" button.
class ImportReportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportReportDialog(std::shared_ptr<const mc::ImportReport> report, QWidget* parent = nullptr);
    [[nodiscard]] ImportReportView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    ImportReportView* m_view = nullptr;
};

}  // namespace mcui
