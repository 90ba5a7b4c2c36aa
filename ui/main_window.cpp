// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "csv_import.h"
#include "time_format.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace mcui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1200, 760);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("dataTree"));
    m_tree->setColumnCount(3);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dataDock = new QDockWidget(this);
    m_dataDock->setObjectName(QStringLiteral("dataDock"));
    m_dataDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_dataDock);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    setCentralWidget(m_summary);

    createActions();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openFileDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_sampleAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSample);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About MarineCast"),
                           tr("MarineCast %1\nForecasting for marine monitoring time series.")
                               .arg(QStringLiteral(MARINECAST_VERSION)));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("MarineCast"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open data…"));
    m_sampleAction->setText(tr("Open &sample data"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About MarineCast"));
    m_dataDock->setWindowTitle(tr("Data"));
    m_tree->setHeaderLabels({tr("Station / variable"), tr("Coverage"), tr("Missing")});
    showDataset();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::samplePath()
{
    const QString name = QStringLiteral("marinecast_sample_synthetic.csv");
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/marinecast/sample/") + name,
        QStringLiteral(MARINECAST_SOURCE_DIR "/resources/sample/") + name,
    };
    for (const auto& c : candidates)
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    return {};
}

bool MainWindow::openData(const QStringList& paths)
{
    std::vector<std::string> files;
    for (const auto& p : paths)
        files.push_back(QFile::encodeName(p).toStdString());
    auto result = mc::importCsv(files);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open data"),
                             tr("The data could not be read:\n%1\n\nThe data loaded before stays open.")
                                 .arg(QString::fromStdString(mc::describe(result.error))));
        return false;
    }
    m_dataset = std::make_unique<mc::Dataset>(std::move(result.dataset));
    showDataset();
    return true;
}

void MainWindow::openFileDialog()
{
    const auto paths = QFileDialog::getOpenFileNames(this, tr("Open data"), QString(),
                                                     tr("Data files (*.csv *.txt *.tsv);;All files (*)"));
    if (!paths.isEmpty())
        openData(paths);
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open data"), tr("The bundled sample data was not found."));
        return;
    }
    openData({path});
}

void MainWindow::showDataset()
{
    m_tree->clear();
    if (!m_dataset) {
        m_summary->setText(tr("Open a data file (File → Open data…) or the bundled sample data to begin."));
        statusBar()->clearMessage();
        return;
    }
    const auto& ds = *m_dataset;
    for (const auto& st : ds.stations) {
        auto* stationItem = new QTreeWidgetItem(m_tree, {QString::fromStdString(st.id)});
        if (!st.times.empty())
            stationItem->setText(1, QString::fromStdString(mc::formatTime(st.times.front(), ds.dateOnly)) + QStringLiteral(" – ")
                                        + QString::fromStdString(mc::formatTime(st.times.back(), ds.dateOnly)));
        for (const auto& [name, values] : st.variables) {
            std::size_t missing = 0;
            for (double v : values)
                missing += std::isnan(v) ? 1 : 0;
            const auto unit = ds.units.find(name);
            QString label = QString::fromStdString(name);
            if (unit != ds.units.end())
                label += QStringLiteral(" (") + QString::fromStdString(unit->second) + QLatin1Char(')');
            auto* item = new QTreeWidgetItem(stationItem, {label});
            item->setText(2, QString::number(values.empty() ? 0.0 : 100.0 * double(missing) / double(values.size()), 'f', 1)
                                 + QStringLiteral(" %"));
        }
        stationItem->setExpanded(true);
    }
    QString text = tr("%n station(s) loaded.", nullptr, int(ds.stations.size()));
    if (ds.synthetic)
        text += QLatin1Char('\n') + tr("Synthetic sample data: generated for demonstration, not real observations.");
    m_summary->setText(text);
    statusBar()->showMessage(ds.synthetic ? tr("Synthetic sample data") : tr("Data loaded"));
}

}  // namespace mcui
