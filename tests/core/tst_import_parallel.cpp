// SPDX-License-Identifier: GPL-3.0-or-later
// Text files of several blocks parse on several threads: values, times, rejected values, stations,
// warnings, statistics and errors (with their line and column) must be exactly those of one thread.
#include "csv_import.h"
#include "time_format.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace {

using mc::ImportErrorCode;

constexpr int kRows = 260000;  // about 15 MB: four blocks and more
constexpr int kRowsPerStation = 30000;

// The generated file and what its lines should be reported as.
struct Generated {
    QByteArray text;
    std::vector<std::size_t> rowLine;         // physical line of each data row
    std::vector<std::size_t> textLines;       // lines with a text cell in `sal`
    std::vector<std::size_t> temperatureRejects;  // lines with a rejected `temp`
    std::size_t endLine = 0;                  // the line after the last row
};

// A long-layout file with everything a block could disagree on: stations first seen in late
// blocks, aliases joining two stations, rows out of order and repeated, flags and range rejects,
// text and missing cells, blank rows, quoted fields with line breaks (so lines and rows differ).
// @p errorRow gets @p errorCell as its time cell (or, for "ragged", an extra field; for "quote",
// a quote that never closes); @p cutShort ends the file with a line cut short.
Generated generate(int errorRow = -1, const std::string& errorCell = {}, bool cutShort = false)
{
    Generated g;
    std::string out = "station,datetime,temp,F_temp,sal,note,v3\n";
    std::size_t line = 2;
    const mc::TimePoint start = *mc::parseIsoTime("2015-01-01");
    for (int i = 0; i < kRows; ++i) {
        if (i % 5000 == 4999) {
            out += i % 10000 == 9999 ? ",,,,,,\n" : "\n";
            ++line;
        }
        const int step = i % kRowsPerStation;
        // Every 1000th row goes five steps back: an unsorted file with repeated times.
        const mc::TimePoint t = start + mc::TimePoint(step % 1000 == 999 ? step - 5 : step) * 900;
        const bool rangeReject = i % 777 == 5;
        const bool flagReject = i % 500 == 499 || i % 1300 == 3;  // flag 0 is the only one accepted
        std::string row = "s" + std::to_string(i / kRowsPerStation) + ",";
        row += i == errorRow && errorCell != "ragged" && errorCell != "quote" ? errorCell : mc::formatTime(t, false);
        row += "," + (rangeReject ? std::string("55") : std::to_string(20 + i % 13) + "." + std::to_string(i % 7));
        row += i % 1300 == 3 ? ",<-3> [SSM]" : i % 500 == 499 ? ",<1>" : ",<0>";
        if (rangeReject || flagReject)
            g.temperatureRejects.push_back(line);
        if (i >= 150000 && i % 997 == 0) {
            row += ",bad";
            g.textLines.push_back(line);
        } else {
            row += i % 50 == 0 ? ",NA" : i % 333 == 0 ? "," : "," + std::to_string(30 + i % 5) + ".25";
        }
        std::size_t breaks = 0;
        if (i == errorRow && errorCell == "quote") {
            row += ",\"never closed";
        } else if (i % 101 == 0) {
            row += ",\"first line\nsecond, with \"\"quotes\"\"\r\nthird\"";
            breaks = 2;
        } else {
            row += ",ok";
        }
        row += i % 17 == 0 ? ",1.5e2" : "," + std::to_string(i % 1000) + ".125";
        if (i == errorRow && errorCell == "ragged")
            row += ",extra";
        g.rowLine.push_back(line);
        out += row + "\n";
        line += 1 + breaks;
    }
    g.endLine = line;
    if (cutShort)
        out += "s8,2016-01-01T00:00:00,12";
    g.text = QByteArray::fromStdString(out);
    return g;
}

bool sameValue(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// The first difference between two results, empty when they are the same.
std::string difference(const mc::ImportResult& a, const mc::ImportResult& b)
{
    const auto& ea = a.error;
    const auto& eb = b.error;
    if (ea.code != eb.code || ea.line != eb.line || ea.column != eb.column || ea.columnName != eb.columnName
        || ea.detail != eb.detail || ea.file != eb.file)
        return "errors differ: " + mc::describe(ea) + " | " + mc::describe(eb);
    if (a.dataset.stations.size() != b.dataset.stations.size())
        return "station count";
    for (std::size_t s = 0; s < a.dataset.stations.size(); ++s) {
        const auto& sa = a.dataset.stations[s];
        const auto& sb = b.dataset.stations[s];
        if (sa.id != sb.id || sa.times != sb.times)
            return "station " + sa.id + ": ids or times";
        if (sa.variables.size() != sb.variables.size() || sa.rejected.size() != sb.rejected.size())
            return "station " + sa.id + ": variables";
        for (const auto& [name, values] : sa.variables) {
            const auto& other = sb.variables.at(name);
            if (values.size() != other.size() || !std::equal(values.begin(), values.end(), other.begin(), sameValue))
                return "station " + sa.id + ": values of " + name;
        }
        for (const auto& [name, points] : sa.rejected) {
            const auto& other = sb.rejected.at(name);
            if (points.size() != other.size())
                return "station " + sa.id + ": rejected count of " + name;
            for (std::size_t i = 0; i < points.size(); ++i)
                if (points[i].time != other[i].time || points[i].value != other[i].value
                    || points[i].reason != other[i].reason || points[i].flagCode != other[i].flagCode)
                    return "station " + sa.id + ": rejected value of " + name;
        }
    }
    if (a.dataset.sources.size() != b.dataset.sources.size()
        || (!a.dataset.sources.empty() && a.dataset.sources[0].sha256 != b.dataset.sources[0].sha256))
        return "sources";
    if (a.report.files.size() != b.report.files.size() || a.report.warnings != b.report.warnings)
        return "report";
    for (std::size_t f = 0; f < a.report.files.size(); ++f) {
        const auto& fa = a.report.files[f];
        const auto& fb = b.report.files[f];
        if (fa.rows != fb.rows || fa.missingCells != fb.missingCells || fa.nonNumericCells != fb.nonNumericCells
            || fa.rejectedCells != fb.rejectedCells || fa.duplicateTimes != fb.duplicateTimes
            || fa.skippedRows != fb.skippedRows || fa.unsorted != fb.unsorted || fa.bytes != fb.bytes
            || fa.warnings != fb.warnings || fa.ignoredColumns != fb.ignoredColumns)
            return "file report counts or warnings";
        if (fa.variables.size() != fb.variables.size())
            return "variable count";
        for (std::size_t v = 0; v < fa.variables.size(); ++v) {
            const auto& va = fa.variables[v];
            const auto& vb = fb.variables[v];
            if (va.name != vb.name || va.valid != vb.valid || va.missing != vb.missing || va.nonNumeric != vb.nonNumeric
                || va.rejectedRange != vb.rejectedRange || va.rejectedByFlag != vb.rejectedByFlag
                || va.firstRejectedLines != vb.firstRejectedLines || va.firstNonNumericLines != vb.firstNonNumericLines)
                return "statistics of " + va.name;
        }
    }
    if (a.report.series.size() != b.report.series.size())
        return "series count";
    for (std::size_t i = 0; i < a.report.series.size(); ++i) {
        const auto& x = a.report.series[i];
        const auto& y = b.report.series[i];
        if (x.station != y.station || x.variable != y.variable || x.valid != y.valid || x.missing != y.missing
            || x.rejected != y.rejected || x.gaps != y.gaps || x.first != y.first || x.last != y.last)
            return "series " + x.station + "/" + x.variable;
    }
    return {};
}

std::vector<std::size_t> firstLines(const std::vector<std::size_t>& lines)
{
    return {lines.begin(), lines.begin() + static_cast<long>(std::min(lines.size(), mc::kReportLines))};
}

}  // namespace

class TestImportParallel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void sameResultOnAnyThreadCount();
    void errorsKeepTheirLine_data();
    void errorsKeepTheirLine();

private:
    std::string write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path.toStdString();
    }
    static mc::ImportOptions withThreads(std::size_t threads, int* blocks = nullptr)
    {
        mc::ImportOptions options;
        options.threads = threads;
        options.settings.stationAliases = {{"s3", "alpha"}, {"s5", "s1"}};
        if (blocks)
            options.progress = [blocks](const mc::ImportProgress&) { return ++*blocks > 0; };
        return options;
    }
    QTemporaryDir m_dir;
};

void TestImportParallel::sameResultOnAnyThreadCount()
{
    const Generated g = generate(-1, {}, true);
    const auto path = write(QStringLiteral("multi.csv"), g.text);
    int blocks = 0;
    const auto one = mc::importCsv({path}, withThreads(1, &blocks));
    QVERIFY2(one.ok(), mc::describe(one.error).c_str());
    QVERIFY2(blocks >= 4, qPrintable(QStringLiteral("only %1 blocks").arg(blocks)));

    // The one-thread result is right, not just repeatable.
    const auto& file = one.report.files.front();
    QCOMPARE(int(file.rows), kRows);
    QCOMPARE(int(file.skippedRows), 1);
    QVERIFY(file.unsorted);
    QVERIFY(file.duplicateTimes > 0);
    QCOMPARE(file.warnings.front(), path + ":" + std::to_string(g.endLine)
                                        + ": column 4: the last line is cut short (3 of 7 fields) and was left out");
    const auto variable = [&](const std::string& name) {
        for (const auto& v : file.variables)
            if (v.name == name)
                return v;
        qFatal("no variable %s", name.c_str());
    };
    QCOMPARE(variable("sal").firstNonNumericLines, firstLines(g.textLines));
    QCOMPARE(int(variable("sal").nonNumeric), int(g.textLines.size()));
    QCOMPARE(variable("temp").firstRejectedLines, firstLines(g.temperatureRejects));
    QVERIFY(one.dataset.station("alpha") != nullptr);
    QVERIFY(one.dataset.station("s3") == nullptr);
    QVERIFY(one.dataset.station("s8") != nullptr);

    for (std::size_t threads : {2, 3, 4}) {
        const auto many = mc::importCsv({path}, withThreads(threads));
        const std::string diff = difference(one, many);
        QVERIFY2(diff.empty(), (std::to_string(threads) + " threads: " + diff).c_str());
    }
}

void TestImportParallel::errorsKeepTheirLine_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("column");
    QTest::newRow("bad time, late block") << 230001 << "2015-13-45" << int(ImportErrorCode::BadTime) << 2;
    QTest::newRow("bad time, first block") << 7 << "yesterday" << int(ImportErrorCode::BadTime) << 2;
    QTest::newRow("ragged row") << 180123 << "ragged" << int(ImportErrorCode::RaggedRow) << 8;
    QTest::newRow("unterminated quote") << 259990 << "quote" << int(ImportErrorCode::UnterminatedQuote) << 6;
}

void TestImportParallel::errorsKeepTheirLine()
{
    QFETCH(int, row);
    QFETCH(QString, cell);
    QFETCH(int, code);
    QFETCH(int, column);
    const Generated g = generate(row, cell.toStdString());
    const auto path = write(QStringLiteral("error.csv"), g.text);
    const auto one = mc::importCsv({path}, withThreads(1));
    QCOMPARE(int(one.error.code), code);
    QCOMPARE(one.error.line, g.rowLine[std::size_t(row)]);
    QCOMPARE(int(one.error.column), column);
    QVERIFY(one.dataset.stations.empty());
    for (std::size_t threads : {2, 4}) {
        const auto many = mc::importCsv({path}, withThreads(threads));
        const std::string diff = difference(one, many);
        QVERIFY2(diff.empty(), (std::to_string(threads) + " threads: " + diff).c_str());
    }
}

QTEST_GUILESS_MAIN(TestImportParallel)
#include "tst_import_parallel.moc"
