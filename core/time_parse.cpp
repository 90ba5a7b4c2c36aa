// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_parse.h"

#include "time_format.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace mc {
namespace {

constexpr std::string_view kYear = "\xE5\xB9\xB4";         // 年
constexpr std::string_view kMonth = "\xE6\x9C\x88";        // 月
constexpr std::string_view kDay = "\xE6\x97\xA5";          // 日
constexpr std::string_view kHour = "\xE6\x97\xB6";         // 时
constexpr std::string_view kHourTrad = "\xE6\x99\x82";     // 時 (Hong Kong, Taiwan)
constexpr std::string_view kMinute = "\xE5\x88\x86";       // 分
constexpr std::string_view kSecond = "\xE7\xA7\x92";       // 秒
constexpr std::int64_t kExcelEpochSerial = 25569;          // 1970-01-01 in the 1900 date system
constexpr std::int64_t kExcelSerialEnd = 2958466;          // 10000-01-01

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

// A read position in a cell; every step either consumes what it expects or leaves it alone.
struct Cursor {
    const char* p;
    const char* end;

    explicit Cursor(std::string_view s) : p(s.data()), end(s.data() + s.size()) {}
    [[nodiscard]] bool atEnd() const { return p == end; }
    [[nodiscard]] bool peek(char c) const { return p != end && *p == c; }
    bool eat(char c)
    {
        if (!peek(c))
            return false;
        ++p;
        return true;
    }
    bool eat(std::string_view literal)
    {
        if (static_cast<std::size_t>(end - p) < literal.size() || std::memcmp(p, literal.data(), literal.size()) != 0)
            return false;
        p += literal.size();
        return true;
    }
    // Between @p minDigits and @p maxDigits digits, and no digit right after them.
    bool number(int minDigits, int maxDigits, int& out)
    {
        int v = 0, n = 0;
        while (p + n != end && n < maxDigits && isDigit(p[n])) {
            v = v * 10 + (p[n] - '0');
            ++n;
        }
        if (n < minDigits || (p + n != end && isDigit(p[n])))
            return false;
        p += n;
        out = v;
        return true;
    }
    bool skipBlanks()
    {
        const char* start = p;
        while (p != end && (*p == ' ' || *p == '\t'))
            ++p;
        return p != start;
    }
    // Case-insensitive `AM`/`PM`; sets @p pm.
    bool meridiem(bool& pm)
    {
        if (end - p < 2 || (p[1] != 'M' && p[1] != 'm'))
            return false;
        if (*p == 'A' || *p == 'a')
            pm = false;
        else if (*p == 'P' || *p == 'p')
            pm = true;
        else
            return false;
        p += 2;
        return true;
    }
};

bool validClock(int h, int m, int s) { return (h < 24 && m < 60 && s < 60) || (h == 24 && m == 0 && s == 0); }

// `H:MM[:SS[.fff]]`, with `AM`/`PM` after blanks when @p meridiemAllowed.
bool clockTime(Cursor& c, int& seconds, bool meridiemAllowed)
{
    int h = 0, m = 0, s = 0, roundUp = 0;
    if (!c.number(1, 2, h) || !c.eat(':') || !c.number(2, 2, m))
        return false;
    if (c.eat(':')) {
        if (!c.number(2, 2, s))
            return false;
        if (c.eat('.')) {
            if (c.atEnd() || !isDigit(*c.p))
                return false;
            roundUp = *c.p >= '5' ? 1 : 0;
            while (!c.atEnd() && isDigit(*c.p))
                ++c.p;
        }
    }
    if (meridiemAllowed) {
        Cursor probe = c;
        probe.skipBlanks();
        bool pm = false;
        if (probe.meridiem(pm)) {
            if (h < 1 || h > 12)
                return false;
            h = h % 12 + (pm ? 12 : 0);
            c = probe;
        }
    }
    if (!validClock(h, m, s) || (h == 24 && roundUp))
        return false;
    seconds = h * 3600 + m * 60 + s + roundUp;
    return true;
}

// `H时M分[S秒]`.
bool chineseClock(Cursor& c, int& seconds)
{
    int h = 0, m = 0, s = 0;
    if (!c.number(1, 2, h) || !(c.eat(kHour) || c.eat(kHourTrad)) || !c.number(1, 2, m) || !c.eat(kMinute))
        return false;
    if (!c.atEnd() && (!c.number(1, 2, s) || !c.eat(kSecond)))
        return false;
    if (!validClock(h, m, s))
        return false;
    seconds = h * 3600 + m * 60 + s;
    return true;
}

bool dayNumber(int y, int m, int d, std::int64_t& days)
{
    const auto v = daysFromCivil(y, m, d);
    if (!v)
        return false;
    days = *v;
    return true;
}

// Separators of numeric dates: the same one must appear twice.
bool dateSeparator(Cursor& c, std::string_view allowed, char& sep)
{
    if (c.atEnd() || allowed.find(*c.p) == std::string_view::npos)
        return false;
    sep = *c.p++;
    return true;
}

// Blanks then a clock, or nothing at all.
bool optionalClock(Cursor& c, int& seconds)
{
    if (c.atEnd())
        return true;
    return c.skipBlanks() && clockTime(c, seconds, true) && c.atEnd();
}

bool readIso(Cursor& c, std::int64_t& days, int& seconds)
{
    int y = 0, m = 0, d = 0;
    if (!c.number(4, 4, y) || !c.eat('-') || !c.number(2, 2, m) || !c.eat('-') || !c.number(2, 2, d)
        || !dayNumber(y, m, d, days))
        return false;
    if (!c.atEnd() && !c.peek('Z') && !c.peek('z')) {
        if (!c.eat('T') && !c.skipBlanks())
            return false;
        if (!clockTime(c, seconds, false))
            return false;
    }
    if (!c.eat('Z'))
        c.eat('z');
    return c.atEnd();
}

bool readNumericDate(Cursor& c, TimeFormat format, std::int64_t& days, int& seconds)
{
    int a = 0, b = 0, y = 0;
    char sep1 = 0, sep2 = 0;
    if (format == TimeFormat::YearMonthDay) {
        if (!c.number(4, 4, y) || !dateSeparator(c, "/.-", sep1) || !c.number(1, 2, a) || !dateSeparator(c, "/.-", sep2)
            || !c.number(1, 2, b))
            return false;
    } else {
        const std::string_view seps = format == TimeFormat::MonthDayYear ? "/-" : "/.-";
        if (!c.number(1, 2, a) || !dateSeparator(c, seps, sep1) || !c.number(1, 2, b) || !dateSeparator(c, seps, sep2)
            || !c.number(4, 4, y))
            return false;
        if (format == TimeFormat::DayMonthYear)
            std::swap(a, b);
    }
    return sep1 == sep2 && dayNumber(y, a, b, days) && optionalClock(c, seconds);
}

bool readChinese(Cursor& c, std::int64_t& days, int& seconds)
{
    int y = 0, m = 0, d = 0;
    if (!c.number(4, 4, y) || !c.eat(kYear) || !c.number(1, 2, m) || !c.eat(kMonth) || !c.number(1, 2, d)
        || !c.eat(kDay) || !dayNumber(y, m, d, days))
        return false;
    if (c.atEnd())
        return true;
    c.skipBlanks();
    Cursor chinese = c;
    if (chineseClock(chinese, seconds) && chinese.atEnd())
        return true;
    return clockTime(c, seconds, false) && c.atEnd();
}

bool readExcel(Cursor& c, std::int64_t& days, int& seconds)
{
    int whole = 0;
    if (!c.number(1, 7, whole) || whole >= kExcelSerialEnd)
        return false;
    double fraction = 0.0;
    if (c.eat('.')) {
        // Up to 15 digits are exact in a double; more cannot change the rounded second.
        std::uint64_t digits = 0, scale = 1;
        int n = 0;
        for (; !c.atEnd() && isDigit(*c.p); ++c.p, ++n)
            if (n < 15) {
                digits = digits * 10 + static_cast<std::uint64_t>(*c.p - '0');
                scale *= 10;
            }
        if (n == 0)
            return false;
        fraction = static_cast<double>(digits) / static_cast<double>(scale);
    }
    if (!c.atEnd())
        return false;
    days = whole - kExcelEpochSerial;
    seconds = static_cast<int>(std::llround(fraction * static_cast<double>(kSecondsPerDay)));
    return true;
}

bool readCell(TimeFormat format, std::string_view cell, std::int64_t& days, int& seconds)
{
    Cursor c(cell);
    seconds = 0;
    switch (format) {
    case TimeFormat::Iso:
        return readIso(c, days, seconds);
    case TimeFormat::MonthDayYear:
    case TimeFormat::DayMonthYear:
    case TimeFormat::YearMonthDay:
        return readNumericDate(c, format, days, seconds);
    case TimeFormat::Chinese:
        return readChinese(c, days, seconds);
    case TimeFormat::ExcelSerial:
        return readExcel(c, days, seconds);
    case TimeFormat::Auto:
        break;
    }
    return false;
}

constexpr TimeFormat kDetectionOrder[] = {TimeFormat::Iso,     TimeFormat::MonthDayYear, TimeFormat::YearMonthDay,
                                          TimeFormat::Chinese, TimeFormat::DayMonthYear, TimeFormat::ExcelSerial};

}  // namespace

std::optional<int> parseTimeOfDay(std::string_view text)
{
    Cursor c(trimmed(text));
    Cursor chinese = c;
    int seconds = 0;
    if (chineseClock(chinese, seconds) && chinese.atEnd())
        return seconds;
    if (clockTime(c, seconds, true) && c.atEnd())
        return seconds;
    return std::nullopt;
}

TimeParser::TimeParser(TimeFormat format) : m_format(format) {}

std::optional<TimePoint> TimeParser::parse(std::string_view dateCell, std::string_view timeOfDayCell) const
{
    const std::string_view cell = trimmed(dateCell);
    std::int64_t days = 0;
    int seconds = 0;
    bool read = false;
    if (m_format == TimeFormat::Auto) {
        for (const TimeFormat f : kDetectionOrder)
            if ((read = readCell(f, cell, days, seconds)))
                break;
    } else {
        read = readCell(m_format, cell, days, seconds);
    }
    if (!read)
        return std::nullopt;
    if (!trimmed(timeOfDayCell).empty()) {
        const auto clock = parseTimeOfDay(timeOfDayCell);
        // A date cell with its own time of day contradicts a separate one, unless it is midnight
        // (spreadsheets add 00:00:00 to dates).
        if (!clock || seconds != 0)
            return std::nullopt;
        seconds = *clock;
    }
    return days * kSecondsPerDay + seconds;
}

std::optional<TimeFormat> TimeParser::detect(const std::vector<std::string_view>& samples, bool* ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    const auto readsAll = [&samples](TimeFormat format) {
        const TimeParser parser(format);
        bool any = false;
        for (const std::string_view s : samples) {
            if (trimmed(s).empty())
                continue;
            const auto t = parser.parse(s);
            if (!t)
                return false;
            if (format == TimeFormat::ExcelSerial) {
                static const TimePoint kFrom = *daysFromCivil(1920, 1, 1) * kSecondsPerDay;
                static const TimePoint kTo = *daysFromCivil(2200, 1, 1) * kSecondsPerDay;
                if (*t < kFrom || *t >= kTo)
                    return false;
            }
            any = true;
        }
        return any;
    };
    for (const TimeFormat f : kDetectionOrder) {
        if (!readsAll(f))
            continue;
        if (f == TimeFormat::MonthDayYear && ambiguous)
            *ambiguous = readsAll(TimeFormat::DayMonthYear);
        return f;
    }
    return std::nullopt;
}

}  // namespace mc
