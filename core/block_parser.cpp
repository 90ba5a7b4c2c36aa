// SPDX-License-Identifier: GPL-3.0-or-later
#include "block_parser.h"

#include "csv_reader.h"

#include <algorithm>
#include <limits>

namespace mc::csv {
namespace {

constexpr std::size_t kMaxQuotedCell = 60;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string_view field(const std::vector<std::string_view>& fields, std::size_t index)
{
    return index < fields.size() ? fields[index] : std::string_view{};
}

void noteLine(std::vector<std::size_t>& lines, std::size_t line)
{
    if (lines.size() < kReportLines)
        lines.push_back(line);
}

bool isBlankField(std::string_view f) { return trim(f).empty(); }

class BlockReader {
public:
    BlockReader(const BlockContext& context, BlockRows& out) : m_context(context), m_plan(*context.plan), m_out(out)
    {
        // A BlockRows used before keeps its vectors' capacity: blocks after the first allocate nothing.
        m_out.stations.clear();
        m_out.rowStation.clear();
        m_out.rowTime.clear();
        m_out.columns.resize(m_plan.values.size());
        for (std::size_t c = 0; c < m_plan.values.size(); ++c) {
            ColumnData& data = m_out.columns[c];
            data.plan = m_plan.values[c];
            data.values.clear();
            data.rejected.clear();
            data.stats = VariableImportStats{};
            data.numbers = 0;
        }
        m_out.lines = 0;
        m_out.errorCode = ImportErrorCode::None;
        m_out.errorLine = 0;
        m_out.errorColumn = 0;
        m_out.errorDetail.clear();
    }

    bool readRow(const std::vector<std::string_view>& fields, std::size_t line);

private:
    bool fail(ImportErrorCode code, std::size_t line, std::size_t column, std::string detail)
    {
        m_out.errorCode = code;
        m_out.errorLine = line;
        m_out.errorColumn = column;
        m_out.errorDetail = std::move(detail);
        return false;
    }
    void readValue(ColumnData& column, const std::vector<std::string_view>& fields, std::size_t line);

    const BlockContext& m_context;
    const ColumnPlan& m_plan;
    BlockRows& m_out;
    std::unordered_map<std::string, std::uint32_t> m_stationIndex;
    std::string m_lastStation;  // as written in the file
    std::uint32_t m_lastStationIndex = 0;
};

bool BlockReader::readRow(const std::vector<std::string_view>& fields, std::size_t line)
{
    if (std::all_of(fields.begin(), fields.end(), isBlankField))
        return true;  // blank lines, and the all-delimiter rows spreadsheets leave at the end
    const std::size_t headerFields = m_context.headerFields;
    if (fields.size() > headerFields
        && !std::all_of(fields.begin() + static_cast<long>(headerFields), fields.end(), isBlankField))
        return fail(ImportErrorCode::RaggedRow, line, headerFields + 1,
                    "row has " + std::to_string(fields.size()) + " fields but the header has "
                        + std::to_string(headerFields));
    const TimeParser& timeParser = *m_context.time;
    const std::string_view timeCell = trim(field(fields, m_plan.time));
    const std::string_view timeOfDay =
        m_plan.timeOfDay == kNoColumn ? std::string_view{} : trim(field(fields, m_plan.timeOfDay));
    const auto time = timeParser.parse(timeCell, timeOfDay);
    if (!time) {
        if (m_plan.timeOfDay != kNoColumn && timeParser.parse(timeCell))
            return fail(ImportErrorCode::BadTime, line, m_plan.timeOfDay + 1,
                        "not a time of day: " + quoteCell(timeOfDay));
        return fail(ImportErrorCode::BadTime, line, m_plan.time + 1,
                    "not " + formatInWords(timeParser.format()) + " date or date-time: " + quoteCell(timeCell));
    }
    std::string_view station = m_context.defaultStation;
    if (m_plan.station != kNoColumn && !trim(field(fields, m_plan.station)).empty())
        station = trim(field(fields, m_plan.station));
    if (station.empty())
        return fail(ImportErrorCode::NoStation, line, m_plan.station + 1, "empty station and no file-name station");
    // Rows of one station usually come in runs, so the last id is checked before the map.
    if (m_out.rowStation.empty() || m_lastStation != station) {
        m_lastStation.assign(station);
        const auto [it, inserted] =
            m_stationIndex.try_emplace(m_lastStation, static_cast<std::uint32_t>(m_out.stations.size()));
        if (inserted)
            m_out.stations.push_back(m_lastStation);
        m_lastStationIndex = it->second;
    }
    m_out.rowStation.push_back(m_lastStationIndex);
    m_out.rowTime.push_back(*time);
    for (auto& column : m_out.columns)
        readValue(column, fields, line);
    return true;
}

void BlockReader::readValue(ColumnData& column, const std::vector<std::string_view>& fields, std::size_t line)
{
    double value = kNaN;
    VariableImportStats& stats = column.stats;
    switch (m_context.cells->parse(field(fields, column.plan.index), value)) {
    case CellKind::Missing:
        ++stats.missing;
        column.values.push_back(kNaN);
        return;
    case CellKind::Text:
        ++stats.nonNumeric;
        noteLine(stats.firstNonNumericLines, line);
        column.values.push_back(kNaN);
        return;
    case CellKind::Number:
        break;
    }
    ++column.numbers;
    int flag = 0;
    if (column.plan.flagIndex != kNoColumn && parseFlagCode(field(fields, column.plan.flagIndex), flag)
        && m_context.acceptedFlags->count(flag) == 0) {
        ++stats.rejectedByFlag[flag];
        noteLine(stats.firstRejectedLines, line);
        column.rejected.push_back({m_out.rowTime.size() - 1, value, RejectReason::Flag, flag});
        column.values.push_back(kNaN);
        return;
    }
    if (column.plan.rangeCheck && (value < column.plan.minValue || value > column.plan.maxValue)) {
        ++stats.rejectedRange;
        noteLine(stats.firstRejectedLines, line);
        column.rejected.push_back({m_out.rowTime.size() - 1, value, RejectReason::Range, 0});
        column.values.push_back(kNaN);
        return;
    }
    ++stats.valid;
    column.values.push_back(value);
}

}  // namespace

std::string quoteCell(std::string_view cell)
{
    if (cell.size() > kMaxQuotedCell)
        return "'" + std::string(cell.substr(0, kMaxQuotedCell)) + "…'";
    return "'" + std::string(cell) + "'";
}

std::string formatInWords(TimeFormat format)
{
    switch (format) {
    case TimeFormat::Iso:
        return "an ISO";
    case TimeFormat::MonthDayYear:
        return "a month/day/year";
    case TimeFormat::DayMonthYear:
        return "a day/month/year";
    case TimeFormat::YearMonthDay:
        return "a year/month/day";
    case TimeFormat::Chinese:
        return "a 年月日";
    case TimeFormat::ExcelSerial:
        return "an Excel serial";
    case TimeFormat::Auto:
        break;
    }
    return "a";
}

void parseBlock(std::string_view block, bool last, const BlockContext& context, std::size_t rowLimit, BlockRows& out)
{
    out.cutShort = false;
    out.cutLine = 0;
    out.cutFields = 0;
    // A last line cut short (a copy interrupted, a logger mid-write) is left out; the caller warns.
    if (last && !block.empty() && block.back() != '\n' && block.back() != '\r') {
        const std::size_t lastBreak = block.find_last_of('\n');
        const std::size_t start = lastBreak == std::string_view::npos ? 0 : lastBreak + 1;
        CsvReader tail(block.substr(start), context.delimiter);
        std::vector<std::string_view> fields;
        if (tail.readRow(fields) && fields.size() < context.headerFields && !tail.failed()) {
            out.cutShort = true;
            out.cutLine = 1 + static_cast<std::size_t>(std::count(block.begin(), block.begin() + static_cast<long>(start), '\n'));
            out.cutFields = fields.size();
            block = block.substr(0, start);
        }
    }
    BlockReader rows(context, out);
    // Records never outnumber line breaks (+1): reserving that many avoids regrowth copies.
    const std::size_t most = static_cast<std::size_t>(std::count(block.begin(), block.end(), '\n')) + 1;
    const std::size_t expected = rowLimit > 0 ? std::min(most, rowLimit) : most;
    out.rowTime.reserve(expected);
    out.rowStation.reserve(expected);
    for (auto& column : out.columns)
        column.values.reserve(expected);
    CsvReader reader(block, context.delimiter, 1);
    std::vector<std::string_view> fields;
    while ((rowLimit == 0 || out.rowTime.size() < rowLimit) && reader.readRow(fields))
        if (!rows.readRow(fields, reader.rowLine()))
            return;
    if (reader.failed()) {
        out.errorCode = ImportErrorCode::UnterminatedQuote;
        out.errorLine = reader.rowLine();
        out.errorColumn = reader.errorField();
        out.errorDetail = "quoted field is never closed";
        return;
    }
    out.lines = reader.nextLine() - 1;
}

}  // namespace mc::csv
