// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: create, start, cancel and destroy on the GUI thread; signals arrive there.
// The import itself runs on a thread of its own and sees only copies of plain values (paths,
// settings); cancel() and isRunning() are thread-safe.
#pragma once

#include "csv_import.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace mcui {

/// What one run of the job produced: the import result and, for a preview, the source text's
/// header and first rows as split by the delimiter (shown when the rows cannot be parsed yet).
struct ImportOutcome {
    int generation = 0;           ///< the start() call this answers
    bool preview = false;
    mc::ImportResult result;
    QStringList header;           ///< source column names in file order (preview only)
    QList<QStringList> rawRows;   ///< first data rows as text (preview only)
    char delimiter = ',';         ///< as used to split the header
    std::size_t headerLine = 0;   ///< 1-based line of the header
};
using ImportOutcomePtr = std::shared_ptr<const ImportOutcome>;

/// Runs mc::importCsv off the GUI thread: either the whole files (with progress and cancel) or,
/// for the import dialog's preview, the first rows of one file (mc::ImportOptions::rowLimit) and
/// the same rows as text (mc::previewText).
class ImportJob final : public QObject {
    Q_OBJECT
public:
    /// Rows the preview parses and shows.
    static constexpr int kPreviewRows = 50;

    explicit ImportJob(QObject* parent = nullptr);
    /// Cancels a running import and waits for its thread (one block of the file at most).
    ~ImportJob() override;

    /// Imports @p paths with @p settings. Returns the generation that finished() will carry; a
    /// running import is cancelled first (its outcome is dropped).
    int start(const QStringList& paths, const mc::ImportSettings& settings);
    /// Parses the first rows of @p path with @p settings.
    int startPreview(const QString& path, const mc::ImportSettings& settings);

    /// Thread-safe: the import stops after the current block and fails with Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    /// Bytes read of all files so far and the total (0 when unknown); only for full imports.
    void progress(qint64 bytesRead, qint64 bytesTotal, int fileIndex, int fileCount);
    /// The outcome of the latest start; outcomes of superseded starts are not emitted.
    void finished(const mcui::ImportOutcomePtr& outcome);

private:
    void launch(std::function<ImportOutcome(const std::atomic<bool>&)> work);
    void deliver(ImportOutcomePtr outcome);
    void join();

    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::atomic<bool> m_running{false};
    int m_generation = 0;
};

}  // namespace mcui

Q_DECLARE_METATYPE(mcui::ImportOutcomePtr)
