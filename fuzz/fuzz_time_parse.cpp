// SPDX-License-Identifier: GPL-3.0-or-later
// Time cells: the input is split at newlines into samples for detection, and its first two lines
// are a date cell and a time-of-day cell. Aborts when a detected format does not read its samples,
// when Auto disagrees with the format that reads a cell first, or when a parsed time does not come
// back unchanged through its ISO text.
#include "time_format.h"
#include "time_parse.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

constexpr mc::TimeFormat kFormats[] = {mc::TimeFormat::Iso,     mc::TimeFormat::MonthDayYear, mc::TimeFormat::YearMonthDay,
                                       mc::TimeFormat::Chinese, mc::TimeFormat::DayMonthYear, mc::TimeFormat::ExcelSerial};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> samples;
    for (std::size_t pos = 0; pos <= input.size();) {
        const std::size_t nl = std::min(input.find('\n', pos), input.size());
        samples.push_back(input.substr(pos, nl - pos));
        pos = nl + 1;
    }

    bool ambiguous = false;
    if (const auto format = mc::TimeParser::detect(samples, &ambiguous)) {
        const mc::TimeParser parser(*format);
        for (const std::string_view s : samples)
            require(s.find_first_not_of(" \t\r\n") == std::string_view::npos || parser.parse(s).has_value());
        require(!ambiguous || *format == mc::TimeFormat::MonthDayYear);
    }

    const std::string_view dateCell = samples[0];
    const std::string_view timeCell = samples.size() > 1 ? samples[1] : std::string_view();
    std::optional<mc::TimePoint> first;
    for (const mc::TimeFormat f : kFormats) {
        const auto t = mc::TimeParser(f).parse(dateCell, timeCell);
        if (t && !first)
            first = t;
        // Years 0–9999 print as four digits and read back; 24:00 of 9999-12-31 is past that.
        if (t && *t < *mc::daysFromCivil(10000, 1, 1) * mc::kSecondsPerDay) {
            const auto again = mc::parseIsoTime(mc::formatTime(*t, false));
            require(again && *again == *t);
        }
    }
    require(mc::TimeParser(mc::TimeFormat::Auto).parse(dateCell, timeCell) == first);
    if (const auto clock = mc::parseTimeOfDay(dateCell))
        require(*clock >= 0 && *clock <= 86400);
    return 0;
}
