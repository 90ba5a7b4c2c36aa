// SPDX-License-Identifier: GPL-3.0-or-later
#include "cf_time.h"

#include "time_format.h"

#include <cctype>
#include <cmath>
#include <cstdint>

namespace mc {
namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A small cursor over the reference-time text; every reader leaves the position unchanged on failure.
struct Cursor {
    std::string_view s;
    std::size_t pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    char peek() const { return atEnd() ? '\0' : s[pos]; }
    bool isDigit() const { return !atEnd() && std::isdigit(static_cast<unsigned char>(s[pos])) != 0; }
    void skipSpaces()
    {
        while (!atEnd() && std::isspace(static_cast<unsigned char>(s[pos])))
            ++pos;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    // Between @p minWidth and @p maxWidth digits.
    bool number(int minWidth, int maxWidth, int& out, int* width = nullptr)
    {
        std::size_t end = pos;
        long v = 0;
        while (end < s.size() && end - pos < static_cast<std::size_t>(maxWidth)
               && std::isdigit(static_cast<unsigned char>(s[end]))) {
            v = v * 10 + (s[end] - '0');
            ++end;
        }
        const int n = static_cast<int>(end - pos);
        if (n < minWidth)
            return false;
        pos = end;
        out = static_cast<int>(v);
        if (width)
            *width = n;
        return true;
    }
};

std::optional<double> secondsPerUnit(const std::string& unit)
{
    if (unit == "days" || unit == "day" || unit == "d")
        return 86400.0;
    if (unit == "hours" || unit == "hour" || unit == "hr" || unit == "hrs" || unit == "h")
        return 3600.0;
    if (unit == "minutes" || unit == "minute" || unit == "min" || unit == "mins")
        return 60.0;
    if (unit == "seconds" || unit == "second" || unit == "sec" || unit == "secs" || unit == "s")
        return 1.0;
    return std::nullopt;
}

// Days since 1970-01-01 (proleptic Gregorian) of a date in the Julian calendar, via the Julian day number.
std::optional<std::int64_t> daysFromJulian(int year, int month, int day)
{
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int monthDays = month == 2 && year % 4 == 0 ? 29 : (month >= 1 && month <= 12 ? kDays[month - 1] : 0);
    if (day < 1 || day > monthDays)
        return std::nullopt;
    const int a = (14 - month) / 12;
    const std::int64_t y = static_cast<std::int64_t>(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    const std::int64_t jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    return jdn - 2440588;  // Julian day number of 1970-01-01
}

// Zone suffix: `Z`, `UTC`, `GMT` or ±H[H][[:]MM]. Sets minutes east of UTC.
bool parseZone(Cursor& c, int& minutes)
{
    const std::string_view rest = c.s.substr(c.pos);
    if (rest == "z" || rest == "utc" || rest == "gmt") {
        c.pos = c.s.size();
        minutes = 0;
        return true;
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-')
        return false;
    Cursor t = c;
    ++t.pos;
    int hours = 0;
    int mins = 0;
    int width = 0;
    if (!t.number(1, 4, hours, &width))
        return false;
    if (width > 2) {  // `+1000` form
        mins = hours % 100;
        hours /= 100;
    } else if (t.take(':') && !t.number(2, 2, mins)) {
        return false;
    }
    if (hours > 14 || mins > 59 || !t.atEnd())
        return false;
    minutes = (sign == '-' ? -1 : 1) * (hours * 60 + mins);
    c = t;
    return true;
}

}  // namespace

bool isSupportedCfCalendar(std::string_view calendar)
{
    const std::string c = lower(calendar);
    return c.empty() || c == "standard" || c == "gregorian" || c == "proleptic_gregorian";
}

std::optional<CfTimeUnits> parseCfTimeUnits(std::string_view units, std::string_view calendar, std::string& error)
{
    const std::string text = lower(units);
    const std::size_t since = text.find(" since ");
    if (since == std::string::npos) {
        error = "time units \"" + std::string(units) + "\" are not of the form \"<unit> since <date>\"";
        return std::nullopt;
    }
    std::string unit = text.substr(0, since);
    while (!unit.empty() && std::isspace(static_cast<unsigned char>(unit.front())))
        unit.erase(unit.begin());
    CfTimeUnits out;
    if (const auto seconds = secondsPerUnit(unit)) {
        out.secondsPerUnit = *seconds;
    } else {
        error = "time unit \"" + unit + "\" is not days, hours, minutes or seconds";
        return std::nullopt;
    }
    if (!isSupportedCfCalendar(calendar)) {
        error = "calendar \"" + std::string(calendar)
                + "\" is not supported (only standard, gregorian and proleptic_gregorian)";
        return std::nullopt;
    }

    Cursor c{text, since + 7};
    c.skipSpaces();
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    double fraction = 0.0;
    const auto bad = [&] {
        error = "reference time in \"" + std::string(units) + "\" is not a date such as 1970-1-1 00:00:00";
        return std::nullopt;
    };
    if (!c.number(1, 4, year) || !c.take('-') || !c.number(1, 2, month) || !c.take('-') || !c.number(1, 2, day))
        return bad();
    // Time of day: after 'T' or spaces, when digits follow.
    Cursor t = c;
    if (!t.take('t'))
        t.skipSpaces();
    if (t.isDigit()) {
        if (!t.number(1, 2, hour) || !t.take(':') || !t.number(1, 2, minute))
            return bad();
        if (t.take(':')) {
            if (!t.number(1, 2, second))
                return bad();
            if (t.take('.')) {
                double scale = 0.1;
                while (t.isDigit()) {
                    fraction += scale * (t.peek() - '0');
                    scale /= 10;
                    ++t.pos;
                }
            }
        }
        c = t;
    }
    c.skipSpaces();
    if (!c.atEnd() && !parseZone(c, out.utcOffsetMinutes))
        return bad();
    if (hour > 23 || minute > 59 || second > 60)
        return bad();

    std::optional<std::int64_t> days;
    const std::string cal = lower(calendar);
    const bool mixed = cal.empty() || cal == "standard" || cal == "gregorian";
    const long ymd = year * 10000L + month * 100L + day;
    if (mixed && ymd < 15821015) {
        if (ymd > 15821004) {
            error = "reference date in \"" + std::string(units) + "\" does not exist in the standard calendar";
            return std::nullopt;
        }
        days = daysFromJulian(year, month, day);
    } else {
        days = daysFromCivil(year, month, day);
    }
    if (!days)
        return bad();
    out.epoch = *days * kSecondsPerDay + hour * 3600 + minute * 60 + second;
    out.epochFraction = fraction;
    return out;
}

std::optional<TimePoint> cfTimeToPoint(double value, const CfTimeUnits& units)
{
    const double seconds = value * units.secondsPerUnit + units.epochFraction;
    // About ±3 million years: beyond that no instrument, and int64 arithmetic stays exact.
    if (!std::isfinite(seconds) || std::fabs(seconds) > 1e14)
        return std::nullopt;
    return units.epoch + static_cast<TimePoint>(std::llround(seconds));
}

}  // namespace mc
