// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_job.h"

#include "csv_reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <fstream>

namespace mcui {
namespace {

// The head of a file as UTF-8, so that CsvReader splits it the way the importer would.
std::string toUtf8(const std::string& bytes, const std::string& encoding)
{
    if (encoding == "gb18030") {
        QStringDecoder decoder("GB18030");
        if (decoder.isValid())
            return QString(decoder(QByteArray::fromStdString(bytes))).toStdString();
    } else if (encoding == "latin1") {
        return QString::fromLatin1(bytes.data(), qsizetype(bytes.size())).toStdString();
    }
    return bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? bytes.substr(3) : bytes;
}

// Offset of 1-based line @p line in @p text (LF or CRLF endings), or npos past the end.
std::size_t lineOffset(const std::string& text, std::size_t line)
{
    std::size_t pos = 0;
    for (std::size_t l = 1; l < line; ++l) {
        pos = text.find('\n', pos);
        if (pos == std::string::npos)
            return pos;
        ++pos;
    }
    return pos;
}

// The first line that is neither blank nor a '#' comment: where the importer looks for a header.
std::size_t firstHeaderLine(const std::string& text)
{
    std::size_t line = 1, pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view l(text.data() + pos, end - pos);
        const auto first = l.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && l[first] != '#')
            return line;
        pos = end + 1;
        ++line;
    }
    return 1;
}

void splitRaw(const std::string& head, const mc::ImportSettings& settings, ImportOutcome& out)
{
    const mc::ImportFileReport* file = out.result.report.files.empty() ? nullptr : &out.result.report.files.front();
    const std::string text = toUtf8(head, file ? file->encoding : std::string());
    out.headerLine = settings.headerLine > 0 ? std::size_t(settings.headerLine)
                     : file && file->headerLine > 0 ? file->headerLine
                                                    : firstHeaderLine(text);
    const std::size_t offset = lineOffset(text, out.headerLine);
    if (offset == std::string::npos || offset >= text.size())
        return;
    const std::string_view body(text.data() + offset, text.size() - offset);
    out.delimiter = settings.delimiter ? settings.delimiter : file ? file->delimiter : mc::CsvReader::detectDelimiter(body);
    mc::CsvReader reader(body, out.delimiter, out.headerLine);
    std::vector<std::string_view> fields;
    const auto toList = [&] {
        QStringList list;
        for (auto f : fields)
            list << QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed();
        return list;
    };
    if (!reader.readRow(fields))
        return;
    out.header = toList();
    while (out.rawRows.size() < ImportJob::kPreviewRows && reader.readRow(fields))
        out.rawRows.append(toList());
}

}  // namespace

ImportJob::ImportJob(QObject* parent) : QObject(parent) { qRegisterMetaType<ImportOutcomePtr>(); }

ImportJob::~ImportJob()
{
    cancel();
    join();
}

std::string ImportJob::readHead(const std::string& path, int lines, std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    std::string head(maxBytes, '\0');
    in.read(head.data(), std::streamsize(maxBytes));
    head.resize(std::size_t(in.gcount()));
    const bool wholeFile = head.size() < maxBytes;
    std::size_t pos = 0;
    for (int l = 0; l < lines; ++l) {
        const std::size_t nl = head.find('\n', pos);
        if (nl == std::string::npos)
            return wholeFile ? head : head.substr(0, pos);  // a cut last line would read as broken
        pos = nl + 1;
    }
    return head.substr(0, pos);
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
    const QString name = QFileInfo(path).fileName();
    launch([file, name, settings](const std::atomic<bool>&) {
        ImportOutcome out;
        out.preview = true;
        // Room for a preamble before the header; 1 MiB bounds a file without line breaks.
        const int lines = std::max(settings.headerLine, 0) + kPreviewRows + 40;
        const std::string head = readHead(file, lines, std::size_t(1) << 20);
        QTemporaryDir dir;
        const QString copy = dir.filePath(name);
        QFile out_(copy);
        if (dir.isValid() && out_.open(QIODevice::WriteOnly)) {
            out_.write(head.data(), qint64(head.size()));
            out_.close();
            mc::ImportOptions options;
            options.settings = settings;
            options.settings.resample = {};  // the rows as read; resampling 50 rows says little
            out.result = mc::importCsv({QFile::encodeName(copy).toStdString()}, options);
            // Messages name the real file, not the temporary copy.
            if (!out.result.error.file.empty())
                out.result.error.file = file;
            for (auto& f : out.result.report.files)
                f.path = file;
        }
        splitRaw(head, settings, out);
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
