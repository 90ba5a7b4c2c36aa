// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_job.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace mcui {
namespace {

QStringList toList(const std::vector<std::string>& fields)
{
    QStringList list;
    for (const auto& f : fields)
        list << QString::fromStdString(f);
    return list;
}

}  // namespace

ImportJob::ImportJob(QObject* parent) : QObject(parent) { qRegisterMetaType<ImportOutcomePtr>(); }

ImportJob::~ImportJob()
{
    cancel();
    join();
}

int ImportJob::start(const QStringList& paths, const mc::ImportSettings& settings)
{
    std::vector<std::string> files;
    for (const auto& p : paths)
        files.push_back(QFile::encodeName(QFileInfo(p).absoluteFilePath()).toStdString());
    const int generation = m_generation + 1;
    launch([this, files, settings, generation](const std::atomic<bool>& cancelled) {
        ImportOutcome out;
        QElapsedTimer sinceReport;
        sinceReport.start();
        mc::ImportOptions options;
        options.settings = settings;
        options.progress = [&](const mc::ImportProgress& p) {
            // A signal per block would flood the GUI thread on a fast disk: about 20 a second.
            if (sinceReport.elapsed() >= 50) {
                sinceReport.restart();
                const auto read = qint64(p.bytesRead), total = qint64(p.bytesTotal);
                const int index = int(p.fileIndex), count = int(p.fileCount);
                QMetaObject::invokeMethod(this, [this, generation, read, total, index, count] {
                    if (generation == m_generation)
                        Q_EMIT progress(read, total, index, count);
                }, Qt::QueuedConnection);
            }
            return !cancelled.load();
        };
        out.result = mc::importCsv(files, options);
        return out;
    });
    return m_generation;
}

int ImportJob::startPreview(const QString& path, const mc::ImportSettings& settings)
{
    const std::string file = QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString();
    launch([file, settings](const std::atomic<bool>&) {
        ImportOutcome out;
        out.preview = true;
        mc::ImportOptions options;
        options.settings = settings;
        options.settings.resample = {};  // the rows as read; resampling 50 rows says little
        options.rowLimit = kPreviewRows;
        out.result = mc::importCsv({file}, options);
        // The same rows split as text, shown when they do not import with these settings yet.
        const mc::TextPreview raw = mc::previewText(file, settings, kPreviewRows);
        out.header = toList(raw.header);
        for (const auto& row : raw.rows)
            out.rawRows.append(toList(row));
        out.delimiter = raw.delimiter;
        out.headerLine = raw.headerLine;
        return out;
    });
    return m_generation;
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ImportJob::launch(std::function<ImportOutcome(const std::atomic<bool>&)> work)
{
    cancel();
    join();
    const int generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running.store(true);
    m_thread = std::thread([this, work = std::move(work), cancel = m_cancel, generation] {
        auto outcome = std::make_shared<ImportOutcome>(work(*cancel));
        outcome->generation = generation;
        QMetaObject::invokeMethod(this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
    });
}

void ImportJob::deliver(ImportOutcomePtr outcome)
{
    if (outcome->generation != m_generation)
        return;  // superseded by a later start
    join();
    m_running.store(false);
    Q_EMIT finished(outcome);
}

}  // namespace mcui
