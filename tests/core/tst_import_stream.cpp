// SPDX-License-Identifier: GPL-3.0-or-later
// A multi-gigabyte input, generated on the fly into a pipe (no disk needed), imports with
// progress and cancel, and memory follows the data kept, not the size of the input.
#include "csv_import.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

namespace {

constexpr int kValueColumns = 40;

// Writes @p rows rows of a 42-column CSV into @p fifo; stops early when the reader goes away.
void writeRows(const std::string& fifo, long rows, std::atomic<long>& bytes)
{
    std::FILE* out = std::fopen(fifo.c_str(), "wb");
    if (!out)
        return;
    std::string header = "station,datetime";
    for (int c = 0; c < kValueColumns; ++c)
        header += ",v" + std::to_string(c);
    header += "\n";
    std::fwrite(header.data(), 1, header.size(), out);
    // Every row but its time is the same, so generating costs little next to importing.
    std::string tail;
    for (int c = 0; c < kValueColumns; ++c)
        tail += "," + std::to_string(10 + c) + ".125";
    tail += "\n";
    char line[512];
    long written = long(header.size());
    for (long i = 0; i < rows; ++i) {
        // One row a minute; months of 28 days keep every date valid without a calendar.
        const long minutes = i;
        const long day = minutes / 1440;
        const long y = 2000 + day / (12 * 28);
        const int m = int((day % (12 * 28)) / 28) + 1;
        const int d = int(day % 28) + 1;
        std::snprintf(line, sizeof line, "s1,%04ld-%02d-%02dT%02ld:%02ld:00", y, m, d, (minutes % 1440) / 60, minutes % 60);
        const std::size_t len = std::strlen(line);
        if (std::fwrite(line, 1, len, out) != len || std::fwrite(tail.data(), 1, tail.size(), out) != tail.size())
            break;  // the reader cancelled and closed the pipe
        written += long(len + tail.size());
        if ((i & 0xFFFF) == 0)
            bytes = written;
    }
    bytes = written;
    std::fclose(out);
}

long maxRssMegabytes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

}  // namespace

class TestImportStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::signal(SIGPIPE, SIG_IGN);  // a cancelled reader closes the pipe under the writer
    }
    void cancelMidStream();
    void gigabytesThroughAPipe();

private:
    std::string newFifo(const char* name)
    {
        const std::string path = m_dir.filePath(QLatin1String(name)).toStdString();
        if (::mkfifo(path.c_str(), 0600) != 0)
            qFatal("mkfifo failed");
        return path;
    }
    QTemporaryDir m_dir;
};

void TestImportStream::cancelMidStream()
{
    const std::string fifo = newFifo("cancel.csv");
    std::atomic<long> written{0};
    std::thread writer(writeRows, fifo, 20000000L, std::ref(written));
    mc::ImportOptions options;
    std::uint64_t seen = 0;
    std::uint64_t total = 1;
    options.progress = [&](const mc::ImportProgress& p) {
        seen = p.bytesRead;
        total = p.bytesTotal;  // a pipe has no size: 0
        return p.bytesRead < 100'000'000;
    };
    const auto result = mc::importCsv({fifo}, options);
    writer.join();
    QCOMPARE(int(result.error.code), int(mc::ImportErrorCode::Cancelled));
    QVERIFY(result.dataset.stations.empty());
    QVERIFY(seen >= 100'000'000);
    QCOMPARE(total, std::uint64_t(0));
    QVERIFY2(written < 1'000'000'000L, "the writer should stop once the reader cancels");
}

void TestImportStream::gigabytesThroughAPipe()
{
    const std::string fifo = newFifo("big.csv");
    const long rows = 8'000'000;  // about 2.5 GB
    std::atomic<long> written{0};
    std::thread writer(writeRows, fifo, rows, std::ref(written));
    mc::ImportOptions options;
    // Only one of the 40 value columns is kept: what stays in memory is 8 M times and values.
    for (int c = 1; c < kValueColumns; ++c)
        options.settings.roles["v" + std::to_string(c)] = mc::ColumnRole::Ignore;
    int calls = 0;
    options.progress = [&](const mc::ImportProgress&) { return ++calls > 0; };
    const long rssBefore = maxRssMegabytes();
    const auto result = mc::importCsv({fifo}, options);
    writer.join();
    QVERIFY2(result.ok(), mc::describe(result.error).c_str());
    const long inputMb = written.load() / 1'000'000;
    const long rssAfter = maxRssMegabytes();
    qInfo("input %ld MB through a pipe, %d progress calls, peak RSS %ld MB (before %ld MB)", inputMb, calls, rssAfter,
          rssBefore);
    QVERIFY(inputMb > 2000);
    QCOMPARE(int(result.report.files.front().rows), int(rows));
    const auto& station = result.dataset.stations.front();
    QCOMPARE(int(station.variables.size()), 1);
    QCOMPARE(station.variables.at("v0")[rows / 2], 10.125);
    QVERIFY(calls > 100);
    // Kept: 8 M × (time 8 B + value 8 B + row bookkeeping) ≈ 200–400 MB with vector growth; far
    // below the input's size.
    QVERIFY2(rssAfter < 900, qPrintable(QStringLiteral("peak RSS %1 MB for %2 MB of input").arg(rssAfter).arg(inputMb)));
}

QTEST_GUILESS_MAIN(TestImportStream)
#include "tst_import_stream.moc"
