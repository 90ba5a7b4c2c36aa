// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_importer.h"

#include "block_parser.h"
#include "column_layout.h"
#include "csv_reader.h"
#include "csv_text.h"
#include "format_sniffer.h"
#include "import_support.h"
#include "parallel_for.h"
#include "record_stream.h"
#include "time_parse.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <future>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

namespace mc::csv {
namespace {

namespace fs = std::filesystem;

// Enough rows to see a day above 12 in 15-minute data (M/D/Y vs D/M/Y).
constexpr std::size_t kTimeSamples = 5000;
// The file's rows. Values stay in the blocks that read them (columns[c].values is unused): they
// are copied once, into the stations, instead of first into one long column.
struct FileTable {
    std::vector<std::string> stations;
    std::vector<std::uint32_t> rowStation;
    std::vector<TimePoint> rowTime;
    std::vector<ColumnData> columns;     // statistics and rejected values
    std::vector<BlockRows> blocks;       // values, per block
    std::vector<std::size_t> blockStart; // first row of each block, then the row count

    // Block holding @p row; @p block is a hint (the block of the previous call).
    std::size_t blockOf(std::size_t row, std::size_t block) const
    {
        if (row >= blockStart[block] && row < blockStart[block + 1])
            return block;
        return static_cast<std::size_t>(std::upper_bound(blockStart.begin(), blockStart.end(), row) - blockStart.begin()) - 1;
    }
};

std::string stationFromFileName(const std::string& path)
{
    const std::string name = fs::path(path).filename().string();
    return name.substr(0, name.find_first_of("_."));
}

std::string_view field(const std::vector<std::string_view>& fields, std::size_t index)
{
    return index < fields.size() ? fields[index] : std::string_view{};
}

// Consecutive rows of one station within one block: copied as a range, not value by value.
struct RowRun {
    std::size_t block = 0;
    std::size_t first = 0;  // row in the file
    std::size_t count = 0;
};

// One block on its way through a parse thread.
struct PendingBlock {
    std::string text;
    std::uint64_t bytesRead = 0;  // the stream's position when the block was taken, for progress
    bool last = false;
    BlockRows rows;
    std::future<void> parsed;  // last member: destroyed first, so a running parse ends before the rest
};

// Sorts one station's rows by time; equal times keep file order, so the last one is kept.
std::vector<std::size_t> orderRows(std::vector<std::size_t> rows, const std::vector<TimePoint>& times,
                                   std::size_t& duplicates, bool& unsorted)
{
    const auto earlier = [&](std::size_t a, std::size_t b) { return times[a] < times[b]; };
    if (!std::is_sorted(rows.begin(), rows.end(), earlier)) {
        unsorted = true;
        std::stable_sort(rows.begin(), rows.end(), earlier);
    }
    std::vector<std::size_t> kept;
    kept.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i + 1 < rows.size() && times[rows[i + 1]] == times[rows[i]]) {
            ++duplicates;
            continue;
        }
        kept.push_back(rows[i]);
    }
    return kept;
}

class FileImporter {
public:
    FileImporter(const std::string& path, const ImportOptions& options, std::size_t index, std::size_t count,
                 ImportResult& result)
        : m_path(path), m_options(options), m_settings(options.settings), m_index(index), m_count(count),
          m_result(result), m_cells(options.settings.missingMarkers, false)
    {
    }

    bool run();
    bool preview(std::size_t rows, TextPreview& out);

private:
    bool fail(ImportErrorCode code, std::size_t line, std::size_t column, std::string detail)
    {
        ImportError& e = m_result.error;
        e.code = code;
        e.file = m_path;
        e.line = line;
        e.column = column;
        e.columnName = column > 0 && column <= m_header.size() ? m_header[column - 1] : std::string();
        e.detail = std::move(detail);
        return false;
    }
    bool fail(const ImportError& error)
    {
        m_result.error = error;
        m_result.error.file = m_path;
        return false;
    }
    // Skips the preamble, settles delimiter and decimal separator, reads the header row.
    bool findHeader();
    // Decides the columns' roles from the header.
    bool planHeader();
    bool detectTimeFormat();
    // Reads the blocks, on parse threads when there are several, and joins them in file order.
    bool readBlocks();
    // Joins one parsed block to m_table and m_report (its lines shifted to the file's).
    bool mergeBlock(PendingBlock& pending);
    // Reserves the table for the rows the whole file likely holds, judged by the first block.
    void reserveRows(const BlockRows& block, std::uint64_t blockBytes);
    // Waits for the oldest block on a parse thread and merges it.
    bool mergeOldest(std::deque<std::unique_ptr<PendingBlock>>& pending, std::vector<std::unique_ptr<PendingBlock>>& spare);
    bool progress(std::uint64_t bytesRead);
    void addToDataset();
    [[nodiscard]] bool rowLimitReached() const { return m_options.rowLimit > 0 && m_report.rows >= m_options.rowLimit; }

    const std::string& m_path;
    const ImportOptions& m_options;
    const ImportSettings& m_settings;
    std::size_t m_index;
    std::size_t m_count;
    ImportResult& m_result;
    ImportFileReport m_report;
    RecordStream m_stream;
    Preamble m_preamble;
    std::vector<std::string> m_header;
    ColumnPlan m_plan;
    CellParser m_cells;
    TimeParser m_time{TimeFormat::Iso};
    std::string m_defaultStation;
    std::size_t m_line = 1;
    char m_delimiter = ',';
    FileTable m_table;
    std::unordered_map<std::string, std::uint32_t> m_stationIndex;  // as written in the file, before aliases
};

bool FileImporter::run()
{
    m_report.path = m_path;
    ImportError error;
    if (!m_stream.open(m_path, m_settings.encoding, error))
        return fail(error);
    m_report.encoding = toString(m_stream.encoding());
    if (!findHeader() || !planHeader() || !detectTimeFormat())
        return false;
    if (!readBlocks())
        return false;
    m_report.bytes = m_stream.bytesRead();
    // A file read only in part has no digest that could name it.
    m_result.dataset.sources.push_back({m_path, rowLimitReached() ? std::string() : m_stream.finishSha256()});
    addToDataset();
    m_result.report.files.push_back(std::move(m_report));
    return true;
}

bool FileImporter::preview(std::size_t rows, TextPreview& out)
{
    ImportError error;
    if (!m_stream.open(m_path, m_settings.encoding, error)) {
        out.error = error;
        out.error.file = m_path;
        return false;
    }
    // A wrong delimiter is exactly what the preview must show: the rows split as chosen.
    if (!findHeader()) {
        out.error = m_result.error;
        if (out.error.code != ImportErrorCode::WrongDelimiter)
            return false;
    }
    out.encoding = m_stream.encoding();
    out.delimiter = m_delimiter;
    out.headerLine = m_report.headerLine;
    out.header = m_header;
    CsvReader reader(m_stream.head(), m_delimiter, m_line);
    std::vector<std::string_view> fields;
    while (out.rows.size() < rows && reader.readRow(fields)) {
        auto& row = out.rows.emplace_back();
        for (const auto f : fields)
            row.emplace_back(trim(f));
    }
    return true;
}

bool FileImporter::progress(std::uint64_t bytesRead)
{
    if (!m_options.progress)
        return true;
    ImportProgress p;
    p.file = m_path;
    p.fileIndex = m_index;
    p.fileCount = m_count;
    p.bytesRead = bytesRead;
    p.bytesTotal = m_stream.bytesTotal();
    if (m_options.progress(p))
        return true;
    return fail(ImportErrorCode::Cancelled, 0, 0, "import cancelled");
}

bool FileImporter::findHeader()
{
    std::string_view head = m_stream.head();
    const std::string_view afterPreamble = skipPreamble(head, m_line, m_preamble);
    m_stream.consume(head.size() - afterPreamble.size());
    head = afterPreamble;
    Dataset& dataset = m_result.dataset;
    dataset.synthetic = dataset.synthetic || m_preamble.synthetic;
    for (const auto& [name, unit] : m_preamble.units)
        dataset.units[name] = unit;
    if (head.empty())
        return fail(ImportErrorCode::EmptyFile, 0, 0, "file has no header row");

    const FormatGuess guess = sniffFormat(head, m_line);
    const std::size_t headerLine =
        m_settings.headerLine > 0 ? static_cast<std::size_t>(m_settings.headerLine) : guess.headerLine;
    // Title lines before the header (some exports write them) are skipped line by line.
    while (m_line < headerLine && !head.empty()) {
        const std::size_t eol = head.find('\n');
        const std::size_t skip = eol == std::string_view::npos ? head.size() : eol + 1;
        m_stream.consume(skip);
        head.remove_prefix(skip);
        ++m_line;
    }
    if (head.empty())
        return fail(ImportErrorCode::EmptyFile, headerLine, 0, "no header row at line " + std::to_string(headerLine));
    m_delimiter = m_settings.delimiter != 0 ? m_settings.delimiter : guess.delimiter;
    const char decimal = m_settings.decimalSeparator != 0 ? m_settings.decimalSeparator : guess.decimalSeparator;
    // With ';' (European exports) an occasional `2,25` among dotted numbers is still a decimal,
    // unless the user fixed the separator.
    m_cells = CellParser(m_settings.missingMarkers,
                         decimal == ',' || (m_delimiter == ';' && m_settings.decimalSeparator == 0));
    m_report.delimiter = m_delimiter;
    m_report.decimalSeparator = decimal;

    CsvReader reader(head, m_delimiter, m_line);
    std::vector<std::string_view> fields;
    if (!reader.readRow(fields))
        return fail(ImportErrorCode::UnterminatedQuote, reader.rowLine(), reader.errorField(),
                    "quoted field is never closed");
    m_report.headerLine = reader.rowLine();
    for (std::size_t i = 0; i < fields.size(); ++i)
        m_header.emplace_back(trim(fields[i]));
    m_stream.consume(reader.position());
    m_line = reader.nextLine();
    // A chosen delimiter that leaves the header one column, where the sniffed one splits it,
    // is named as the problem (rather than "no time column").
    if (fields.size() == 1 && m_settings.delimiter != 0 && guess.delimiter != m_delimiter) {
        CsvReader probe(head, guess.delimiter, m_line);
        std::vector<std::string_view> probeFields;
        if (probe.readRow(probeFields) && probeFields.size() > 1)
            return fail(ImportErrorCode::WrongDelimiter, m_report.headerLine, 1,
                        std::string("the header is one column with delimiter '") + m_delimiter
                            + "'; the file looks delimited by '"
                            + (guess.delimiter == '\t' ? std::string("tab") : std::string(1, guess.delimiter)) + "'");
    }
    return true;
}

bool FileImporter::planHeader()
{
    ImportError error;
    if (!planColumns(m_header, m_settings, m_report.headerLine, m_plan, error))
        return fail(error);
    m_report.ignoredColumns = m_plan.ignored;
    m_defaultStation = stationFromFileName(m_path);
    if (m_plan.station == kNoColumn && m_defaultStation.empty())
        return fail(ImportErrorCode::NoStation, m_report.headerLine, 0,
                    "no station column and the file name gives no station");
    for (const auto& column : m_plan.values) {
        ColumnData data;
        data.plan = column;
        data.stats.name = column.name;
        data.stats.canonical = column.canonical;
        data.stats.unit = column.unit;
        m_table.columns.push_back(std::move(data));
    }
    return true;
}

bool FileImporter::detectTimeFormat()
{
    TimeFormat format = m_settings.timeFormat;
    if (format == TimeFormat::Auto) {
        std::vector<std::string> samples;
        std::size_t firstLine = m_line;
        CsvReader reader(m_stream.head(), m_delimiter, m_line);
        std::vector<std::string_view> fields;
        while (samples.size() < kTimeSamples && reader.readRow(fields)) {
            const std::string_view cell = trim(field(fields, m_plan.time));
            if (cell.empty())
                continue;
            if (samples.empty())
                firstLine = reader.rowLine();
            samples.emplace_back(cell);
        }
        std::vector<std::string_view> views(samples.begin(), samples.end());
        bool ambiguous = false;
        auto detected = TimeParser::detect(views, &ambiguous);
        // One bad cell among the samples: go by the first, so the row loop names the bad one.
        if (!detected && !views.empty())
            detected = TimeParser::detect({views.front()}, &ambiguous);
        if (!detected) {
            const std::string first = samples.empty() ? std::string() : samples.front();
            return fail(ImportErrorCode::BadTime, firstLine, m_plan.time + 1,
                        "no known time format reads " + quoteCell(first) + "; choose the format in the import settings");
        }
        format = *detected;
        if (ambiguous)
            m_report.warnings.push_back(m_path + ": dates such as " + quoteCell(samples.front())
                                        + " read as month/day/year; choose day/month/year if that is wrong");
    }
    m_time = TimeParser(format);
    m_report.timeFormat = toString(format);
    return true;
}

bool FileImporter::readBlocks()
{
    BlockContext context;
    context.plan = &m_plan;
    context.cells = &m_cells;
    context.time = &m_time;
    context.acceptedFlags = &m_settings.acceptedFlags;
    context.defaultStation = m_defaultStation;
    context.headerFields = m_header.size();
    context.delimiter = m_delimiter;
    // A preview's row limit is met within the first block; it is not worth a thread.
    const std::size_t threads = m_options.rowLimit > 0 ? 1 : importThreads(m_options.threads);
    std::vector<std::unique_ptr<PendingBlock>> spare;  // blocks merged, their buffers to reuse
    std::deque<std::unique_ptr<PendingBlock>> pending;
    ImportError error;
    while (!rowLimitReached()) {
        std::unique_ptr<PendingBlock> block;
        if (spare.empty()) {
            block = std::make_unique<PendingBlock>();
        } else {
            block = std::move(spare.back());
            spare.pop_back();
        }
        if (!m_stream.take(block->text, error))
            return fail(error);
        if (block->text.empty())
            break;
        block->last = m_stream.atEnd();
        block->bytesRead = m_stream.bytesRead();
        // One thread, or a file that is one block: parsed here, as soon as it is read.
        if (threads == 1 || (pending.empty() && block->last)) {
            const std::size_t limit = m_options.rowLimit > 0 ? m_options.rowLimit - m_report.rows : 0;
            parseBlock(block->text, block->last, context, limit, block->rows);
            if (!mergeBlock(*block) || !progress(block->bytesRead))
                return false;
            spare.push_back(std::move(block));
            continue;
        }
        PendingBlock& b = *block;
        b.parsed = std::async(std::launch::async, [&b, &context] { parseBlock(b.text, b.last, context, 0, b.rows); });
        pending.push_back(std::move(block));
        // At most one block per thread in flight: memory stays a few blocks, whatever the file.
        if (pending.size() >= threads && !mergeOldest(pending, spare))
            return false;
    }
    while (!pending.empty())
        if (!mergeOldest(pending, spare))
            return false;
    // Blocks parsed after the end was read: the file must still be the one that was read.
    if (m_stream.atEnd() && !m_stream.checkUnchanged(error))
        return fail(error);
    return true;
}

bool FileImporter::mergeOldest(std::deque<std::unique_ptr<PendingBlock>>& pending,
                               std::vector<std::unique_ptr<PendingBlock>>& spare)
{
    PendingBlock& block = *pending.front();
    block.parsed.get();
    if (!mergeBlock(block) || !progress(block.bytesRead))
        return false;
    spare.push_back(std::move(pending.front()));
    pending.pop_front();
    return true;
}

void FileImporter::reserveRows(const BlockRows& block, std::uint64_t blockBytes)
{
    // The first block's bytes per row tell about how many rows the file has: the table then grows
    // without copies. A little over, as rows vary; never more than the file could hold.
    if (block.rowTime.empty() || blockBytes == 0)
        return;
    const double rowsPerByte = double(block.rowTime.size()) / double(blockBytes);
    const auto rows = static_cast<std::size_t>(1.05 * rowsPerByte * double(m_stream.bytesTotal())) + 16;
    m_table.rowTime.reserve(rows);
    m_table.rowStation.reserve(rows);
}

bool FileImporter::mergeBlock(PendingBlock& pending)
{
    BlockRows& block = pending.rows;
    const std::size_t lineBase = m_line - 1;  // block line 1 is file line m_line
    if (block.errorCode != ImportErrorCode::None)
        return fail(block.errorCode, lineBase + block.errorLine, block.errorColumn, std::move(block.errorDetail));
    if (block.cutShort) {
        m_report.warnings.push_back(m_path + ":" + std::to_string(lineBase + block.cutLine) + ": column "
                                    + std::to_string(block.cutFields + 1) + ": the last line is cut short ("
                                    + std::to_string(block.cutFields) + " of " + std::to_string(m_header.size())
                                    + " fields) and was left out");
        ++m_report.skippedRows;
    }
    // Stations new to the file get the next numbers in order of first appearance, as in one pass.
    std::vector<std::uint32_t> stationOf(block.stations.size());
    for (std::size_t s = 0; s < block.stations.size(); ++s) {
        const auto [it, inserted] =
            m_stationIndex.try_emplace(block.stations[s], static_cast<std::uint32_t>(m_table.stations.size()));
        if (inserted) {
            const auto alias = m_settings.stationAliases.find(block.stations[s]);
            m_table.stations.push_back(alias != m_settings.stationAliases.end() ? alias->second : block.stations[s]);
        }
        stationOf[s] = it->second;
    }
    const std::size_t rowBase = m_table.rowTime.size();
    if (rowBase == 0 && m_stream.bytesTotal() > 0)
        reserveRows(block, pending.bytesRead);
    m_table.rowTime.insert(m_table.rowTime.end(), block.rowTime.begin(), block.rowTime.end());
    m_table.rowStation.reserve(rowBase + block.rowStation.size());
    for (const std::uint32_t s : block.rowStation)
        m_table.rowStation.push_back(stationOf[s]);
    const auto noteLines = [&](std::vector<std::size_t>& into, const std::vector<std::size_t>& from) {
        for (std::size_t i = 0; i < from.size() && into.size() < kReportLines; ++i)
            into.push_back(lineBase + from[i]);
    };
    for (std::size_t c = 0; c < m_table.columns.size(); ++c) {
        ColumnData& into = m_table.columns[c];
        const ColumnData& from = block.columns[c];
        for (const RejectedCell& cell : from.rejected)
            into.rejected.push_back({rowBase + cell.row, cell.value, cell.reason, cell.flagCode});
        into.numbers += from.numbers;
        into.stats.valid += from.stats.valid;
        into.stats.missing += from.stats.missing;
        into.stats.nonNumeric += from.stats.nonNumeric;
        into.stats.rejectedRange += from.stats.rejectedRange;
        for (const auto& [flag, n] : from.stats.rejectedByFlag)
            into.stats.rejectedByFlag[flag] += n;
        noteLines(into.stats.firstRejectedLines, from.stats.firstRejectedLines);
        noteLines(into.stats.firstNonNumericLines, from.stats.firstNonNumericLines);
    }
    m_report.rows += block.rowTime.size();
    m_line += block.lines;
    // The block's values are kept; the rest was copied and is let go.
    if (m_table.blockStart.empty())
        m_table.blockStart.push_back(0);
    m_table.blockStart.push_back(m_table.rowTime.size());
    BlockRows& kept = m_table.blocks.emplace_back(std::move(block));
    kept.stations = {};
    kept.rowStation = {};
    kept.rowTime = {};
    for (auto& column : kept.columns)
        column.rejected = {};
    return true;
}

void FileImporter::addToDataset()
{
    // Only columns with at least one number are variables; their text cells count as non-numeric.
    std::vector<const ColumnData*> variables;
    std::vector<std::size_t> columnOf;  // index in m_table.columns of each variable
    std::vector<std::string> names;
    std::set<std::string> used;
    Dataset& dataset = m_result.dataset;
    for (const auto& column : m_table.columns) {
        if (column.numbers == 0) {
            m_report.ignoredColumns.push_back(column.plan.name);
            continue;
        }
        m_report.missingCells += column.stats.missing;
        m_report.nonNumericCells += column.stats.nonNumeric;
        m_report.rejectedCells += column.stats.rejectedRange + column.stats.rejectedFlag();
        // A repeated header must not silently replace the earlier column.
        std::string name = column.plan.name.empty() ? "column" + std::to_string(column.plan.index + 1) : column.plan.name;
        for (int k = 2; !used.insert(name).second; ++k)
            name = column.plan.name + "_" + std::to_string(k);
        variables.push_back(&column);
        columnOf.push_back(static_cast<std::size_t>(&column - m_table.columns.data()));
        names.push_back(name);
        m_report.variables.push_back(column.stats);
        m_report.variables.back().name = name;
        if (!column.plan.unit.empty() && !dataset.units.count(name))
            dataset.units[name] = column.plan.unit;
        if (!column.plan.canonical.empty())
            dataset.canonical[name] = column.plan.canonical;
    }
    std::vector<std::vector<std::size_t>> rowsByStation(m_table.stations.size());
    std::vector<std::size_t> rowCount(m_table.stations.size(), 0);
    for (const std::uint32_t station : m_table.rowStation)
        ++rowCount[station];
    for (std::size_t s = 0; s < rowCount.size(); ++s)
        rowsByStation[s].reserve(rowCount[s]);
    for (std::size_t row = 0; row < m_table.rowStation.size(); ++row)
        rowsByStation[m_table.rowStation[row]].push_back(row);
    // Rejected values by variable and station, in one pass over each column's list.
    std::vector<std::vector<std::vector<RejectedPoint>>> rejected(
        variables.size(), std::vector<std::vector<RejectedPoint>>(m_table.stations.size()));
    for (std::size_t v = 0; v < variables.size(); ++v)
        for (const auto& cell : variables[v]->rejected)
            rejected[v][m_table.rowStation[cell.row]].push_back(
                {m_table.rowTime[cell.row], cell.value, cell.reason, cell.flagCode});
    // Stations are ordered, then their variables gathered, on several threads; merged in order.
    const std::size_t stationCount = m_table.stations.size();
    const std::size_t threads = importThreads(m_options.threads);
    std::vector<StationData> parts(stationCount);
    std::vector<std::vector<RowRun>> runs(stationCount);
    std::vector<std::size_t> duplicates(stationCount, 0);
    std::vector<char> unsorted(stationCount, 0);
    parallelFor(stationCount, threads, [&](std::size_t s) {
        bool wasUnsorted = false;
        const auto kept = orderRows(std::move(rowsByStation[s]), m_table.rowTime, duplicates[s], wasUnsorted);
        unsorted[s] = wasUnsorted;
        // Stations written in runs of rows in time order (the usual file) make few, long runs.
        std::size_t block = 0;
        for (const std::size_t row : kept) {
            RowRun* last = runs[s].empty() ? nullptr : &runs[s].back();
            if (last && row == last->first + last->count && row < m_table.blockStart[last->block + 1]) {
                ++last->count;
                continue;
            }
            block = m_table.blockOf(row, block);
            runs[s].push_back({block, row, 1});
        }
        parts[s].id = m_table.stations[s];
        parts[s].times.reserve(kept.size());
        for (const RowRun& run : runs[s])
            parts[s].times.insert(parts[s].times.end(), m_table.rowTime.begin() + static_cast<long>(run.first),
                                  m_table.rowTime.begin() + static_cast<long>(run.first + run.count));
        for (std::size_t v = 0; v < variables.size(); ++v) {
            parts[s].variables.emplace(names[v], std::vector<double>());
            if (!rejected[v][s].empty())
                parts[s].rejected.emplace(names[v], std::move(rejected[v][s]));
        }
    });
    parallelFor(stationCount * variables.size(), threads, [&](std::size_t i) {
        const std::size_t s = i / variables.size();
        const std::size_t v = i % variables.size();
        std::vector<double>& values = parts[s].variables.find(names[v])->second;  // slots made above
        values.reserve(parts[s].times.size());
        for (const RowRun& run : runs[s]) {
            const auto& from = m_table.blocks[run.block].columns[columnOf[v]].values;
            const auto begin = from.begin() + static_cast<long>(run.first - m_table.blockStart[run.block]);
            values.insert(values.end(), begin, begin + static_cast<long>(run.count));
        }
    });
    for (std::size_t s = 0; s < stationCount; ++s) {
        m_report.duplicateTimes += duplicates[s];
        m_report.unsorted = m_report.unsorted || unsorted[s] != 0;
        StationData& part = parts[s];
        const auto where = m_preamble.coordinates.find(part.id);
        if (where != m_preamble.coordinates.end()) {
            part.latitude = where->second.first;
            part.longitude = where->second.second;
        }
        mergeStation(dataset, std::move(part));
    }
    if (m_report.unsorted)
        m_report.warnings.push_back(m_path + ": rows were not in time order; they were sorted");
    if (m_report.duplicateTimes > 0)
        m_report.warnings.push_back(m_path + ": " + std::to_string(m_report.duplicateTimes)
                                    + " rows repeat an earlier time of the same station; the last one was kept");
}

}  // namespace

TextPreview previewTextFile(const std::string& path, const ImportSettings& settings, std::size_t rows)
{
    TextPreview out;
    ImportOptions options;
    options.settings = settings;
    ImportResult scratch;
    FileImporter importer(path, options, 0, 1, scratch);
    importer.preview(rows, out);
    return out;
}

bool importTextFile(const std::string& path, const ImportOptions& options, std::size_t fileIndex,
                    std::size_t fileCount, ImportResult& result)
{
    FileImporter importer(path, options, fileIndex, fileCount, result);
    return importer.run();
}

}  // namespace mc::csv
