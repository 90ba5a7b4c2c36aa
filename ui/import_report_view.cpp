// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_report_view.h"

#include "csv_import.h"
#include "time_format.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcui {
namespace {

QString number(std::size_t n) { return QLocale().toString(qulonglong(n)); }

QString lines(const std::vector<std::size_t>& numbers)
{
    QStringList out;
    for (auto n : numbers)
        out << QString::number(n);
    return out.join(QStringLiteral(", "));
}

// Sorts by the number in Qt::UserRole and shows it with the locale's digit grouping.
class NumberItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, Qt::UserRole), b = other.data(c, Qt::UserRole);
        return a.isValid() && b.isValid() ? a.toULongLong() < b.toULongLong() : text(c) < other.text(c);
    }
};

QTreeWidget* tree(const char* name)
{
    auto* t = new QTreeWidget;
    t->setObjectName(QLatin1String(name));
    t->setRootIsDecorated(true);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->header()->setStretchLastSection(true);
    return t;
}

}  // namespace

ImportReportView::ImportReportView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importReportView"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 4, 4, 4);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files = tree("reportFiles");
    m_series = tree("reportSeries");
    m_series->setRootIsDecorated(false);
    m_series->header()->setStretchLastSection(false);  // numbers stay next to their header
    m_series->setSortingEnabled(true);
    m_warnings = new QPlainTextEdit;
    m_warnings->setObjectName(QStringLiteral("reportWarnings"));
    m_warnings->setReadOnly(true);
    // Files, series and warnings at once, so a short report leaves no empty pages.
    auto* split = new QSplitter(Qt::Vertical);
    for (QWidget* w : {static_cast<QWidget*>(m_files), static_cast<QWidget*>(m_series), static_cast<QWidget*>(m_warnings)}) {
        auto* box = new QGroupBox;
        (new QVBoxLayout(box))->addWidget(w);
        m_groups.append(box);
        split->addWidget(box);
    }
    split->setSizes({180, 300, 90});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    rebuild();
}

void ImportReportView::setReport(std::shared_ptr<const mc::ImportReport> report)
{
    m_report = std::move(report);
    rebuild();
}

QString ImportReportView::summary() const { return m_summary->text(); }

void ImportReportView::rebuild()
{
    m_files->clear();
    m_series->clear();
    m_files->setHeaderLabels({tr("File / variable"), tr("Valid"), tr("Missing"), tr("Non-numeric"), tr("Outside range"),
                              tr("Rejected by flag"), tr("First rejected lines")});
    m_series->setHeaderLabels({tr("Station"), tr("Variable"), tr("Valid"), tr("Missing"), tr("Rejected"), tr("Filled"),
                               tr("Gaps"), tr("Longest gap")});
    m_groups.at(0)->setTitle(tr("Files"));
    m_groups.at(1)->setTitle(tr("Series and gaps"));
    if (!m_report) {
        m_summary->setText(tr("No import report: the data was not imported in this session."));
        m_groups.at(2)->setTitle(tr("Warnings"));
        m_warnings->clear();
        return;
    }
    const auto& r = *m_report;
    std::size_t rows = 0, rejected = 0;
    QStringList warnings;
    for (const auto& f : r.files) {
        rows += f.rows;
        rejected += f.rejectedCells;
        auto* file = new QTreeWidgetItem(m_files);
        const QString delimiter = f.delimiter == '\t' ? tr("tab") : QStringLiteral("\"%1\"").arg(QLatin1Char(f.delimiter));
        file->setText(ItemColumn, tr("%1: %n row(s), encoding %2, time format %3, delimiter %4", nullptr, int(f.rows))
                                      .arg(QFileInfo(QString::fromStdString(f.path)).fileName(),
                                           QString::fromStdString(f.encoding).toUpper(), QString::fromStdString(f.timeFormat), delimiter));
        file->setToolTip(ItemColumn, QString::fromStdString(f.path));
        file->setFirstColumnSpanned(true);
        for (const auto& v : f.variables) {
            auto* item = new QTreeWidgetItem(file);
            item->setText(ItemColumn, v.unit.empty() ? QString::fromStdString(v.name)
                                                     : QStringLiteral("%1 (%2)").arg(QString::fromStdString(v.name), QString::fromStdString(v.unit)));
            item->setText(ValidColumn, number(v.valid));
            item->setText(MissingColumn, number(v.missing));
            item->setText(NonNumericColumn, number(v.nonNumeric));
            item->setText(RangeColumn, number(v.rejectedRange));
            QStringList flags;
            for (const auto& [code, count] : v.rejectedByFlag)
                flags << tr("flag %1: %2").arg(code).arg(number(count));
            item->setText(FlagColumn, flags.isEmpty() ? number(0) : flags.join(QStringLiteral("; ")));
            item->setText(LinesColumn, lines(v.firstRejectedLines));
            if (!v.firstNonNumericLines.empty())
                item->setToolTip(NonNumericColumn, tr("First lines with text: %1").arg(lines(v.firstNonNumericLines)));
            for (int c = ValidColumn; c < LinesColumn; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (const auto& w : f.warnings)
            warnings << QString::fromStdString(w);
    }
    m_files->expandAll();
    for (int c = ItemColumn; c < LinesColumn; ++c)
        m_files->resizeColumnToContents(c);

    for (const auto& s : r.series) {
        auto* item = new NumberItem(m_series);
        item->setText(StationColumn, QString::fromStdString(s.station));
        item->setText(VariableColumn, QString::fromStdString(s.variable));
        const std::size_t values[] = {s.valid, s.missing, s.rejected, s.filled, s.gaps, s.longestGap};
        for (int c = SeriesValidColumn; c <= LongestGapColumn; ++c) {
            item->setText(c, number(values[c - SeriesValidColumn]));
            item->setData(c, Qt::UserRole, qulonglong(values[c - SeriesValidColumn]));
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_series->sortByColumn(StationColumn, Qt::AscendingOrder);
    for (int c = StationColumn; c <= LongestGapColumn; ++c)
        m_series->resizeColumnToContents(c);

    for (const auto& w : r.warnings)
        warnings << QString::fromStdString(w);
    for (const auto& skipped : r.skippedFiles)
        warnings << tr("Skipped (not a data file): %1").arg(QString::fromStdString(skipped));
    m_warnings->setPlainText(warnings.join(QLatin1Char('\n')));
    m_groups.at(2)->setTitle(tr("Warnings (%1)").arg(warnings.size()));

    QString text = tr("%n file(s), ", nullptr, int(r.files.size())) + tr("%n row(s) read, ", nullptr, int(rows))
                   + tr("%n value(s) rejected by quality flag or physical range.", nullptr, int(rejected));
    if (!r.resampleInterval.empty() && r.resampleInterval != "none")
        text += QLatin1Char(' ') + tr("Resampled: %1; %n bin(s) left missing for too few readings.", nullptr, int(r.binsTooFew))
                                       .arg(QString::fromStdString(r.resampleInterval));
    m_summary->setText(text);
}

void ImportReportView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

ImportReportDialog::ImportReportDialog(std::shared_ptr<const mc::ImportReport> report, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    m_view = new ImportReportView;
    m_view->setReport(std::move(report));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    setWindowTitle(tr("Import report"));
    resize(900, 520);
}

void ImportReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Import report"));
    QDialog::changeEvent(event);
}

}  // namespace mcui
