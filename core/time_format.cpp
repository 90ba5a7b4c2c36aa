// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_format.h"

#include <charconv>
#include <cstdio>

namespace mc {
namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly @p width digits at @p pos.
bool digits(std::string_view s, std::size_t pos, std::size_t width, int& out)
{
    if (pos + width > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

}  // namespace

std::optional<std::int64_t> daysFromCivil(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    // Shift the year so it starts in March: leap days then fall at the end of the cycle.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t days, int& year, int& month, int& day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int doe = static_cast<int>(days - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(yoe + era * 400) + (month <= 2 ? 1 : 0);
}

std::optional<TimePoint> parseIsoTime(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    if (!s.empty() && (s.back() == 'Z' || s.back() == 'z'))
        s.remove_suffix(1);
    int y = 0, mo = 0, d = 0;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d))
        return std::nullopt;
    const auto days = daysFromCivil(y, mo, d);
    if (!days)
        return std::nullopt;
    TimePoint t = *days * kSecondsPerDay;
    if (s.size() == 10)
        return t;
    if (s[10] != 'T' && s[10] != ' ')
        return std::nullopt;
    int h = 0, mi = 0, se = 0;
    if (!digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2, mi))
        return std::nullopt;
    std::size_t end = 16;
    if (s.size() > 16) {
        if (s[16] != ':' || !digits(s, 17, 2, se))
            return std::nullopt;
        end = 19;
        // Fractional seconds are accepted and dropped: the data are at most per-minute.
        if (s.size() > 19 && s[19] == '.') {
            end = 20;
            while (end < s.size() && s[end] >= '0' && s[end] <= '9')
                ++end;
        }
    }
    if (end != s.size() || h > 24 || mi > 59 || se > 60 || (h == 24 && (mi != 0 || se != 0)))
        return std::nullopt;
    return t + h * 3600 + mi * 60 + se;
}

std::string formatTime(TimePoint t, bool dateOnly)
{
    std::int64_t days = t / kSecondsPerDay;
    std::int64_t secs = t % kSecondsPerDay;
    if (secs < 0) {
        secs += kSecondsPerDay;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[32];
    if (dateOnly)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, int(secs / 3600),
                      int(secs / 60 % 60), int(secs % 60));
    return buf;
}

int dayOfYear(TimePoint t)
{
    std::int64_t days = t / kSecondsPerDay - (t % kSecondsPerDay < 0 ? 1 : 0);
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    return static_cast<int>(days - *daysFromCivil(y, 1, 1)) + 1;
}

std::optional<TimeRange> parseTimeRange(std::string_view text)
{
    auto sep = text.find('/');
    if (sep == std::string_view::npos) {
        // `A:B` only for plain dates, where a colon cannot be part of a time of day.
        if (text.size() == 21 && text[10] == ':')
            sep = 10;
        else
            return std::nullopt;
    }
    const auto a = text.substr(0, sep);
    const auto b = text.substr(sep + 1);
    const auto first = parseIsoTime(a);
    auto last = parseIsoTime(b);
    if (!first || !last)
        return std::nullopt;
    if (b.find_first_of("T ") == std::string_view::npos || b.size() <= 11)
        *last += kSecondsPerDay - 1;  // a date as the end covers the whole day
    if (*first > *last)
        return std::nullopt;
    return TimeRange{*first, *last};
}

std::string formatTimeRange(const TimeRange& range, bool dateOnly)
{
    if (dateOnly && range.first % kSecondsPerDay == 0 && (range.last + 1) % kSecondsPerDay == 0)
        return formatTime(range.first, true) + "/" + formatTime(range.last, true);
    return formatTime(range.first, false) + "/" + formatTime(range.last, false);
}

}  // namespace mc
