// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Time cells of imported files in the layouts monitoring exports use. Hand-written scanners: no
// regex, no allocation, so that parsing a cell costs about as much as reading it.

#include "dataset.h"
#include "import_settings.h"

#include <optional>
#include <string_view>
#include <vector>

namespace mc {

/// Seconds since midnight of a time-of-day cell `H:MM[:SS[.fff]]` (hour 0–23, or `24:00[:00]` =
/// 86400, the next midnight), also `H时M分[S秒]`. Blanks around it are ignored; nullopt otherwise.
[[nodiscard]] std::optional<int> parseTimeOfDay(std::string_view text);

/// Reads date and date-time cells in one TimeFormat (see import_settings.h for the layouts).
///
/// Common to all formats: blanks around the cell are ignored; a time of day is `H:MM[:SS[.fff]]`
/// with an unpadded hour allowed, fractions rounded to the nearest second; `24:00` is the next
/// midnight; month, day (leap years included), hour, minute and second are range-checked.
/// Iso: `YYYY-MM-DD` then optionally `T` or blanks and the time, and an ignored `Z` (offsets are not
/// read: the importer applies the source's offset). MonthDayYear: `M/D/YYYY`. DayMonthYear:
/// `D/M/YYYY`, `D.M.YYYY` or `D-M-YYYY`. YearMonthDay: `YYYY/M/D`, `YYYY.M.D` or `YYYY-M-D`.
/// Chinese: `YYYY年M月D日` then optionally blanks and `H:MM[:SS]` or `H时M分[S秒]` (时 or 時).
/// ExcelSerial: a plain decimal number of days, day 0 = 1899-12-30 (so 25569 = 1970-01-01), its
/// fraction the time of day, rounded to the second; 0 ≤ serial < 2958466 (up to 9999-12-31).
class TimeParser {
public:
    /// With Auto, every cell is tried in the detection order; a resolved format is faster.
    explicit TimeParser(TimeFormat format);

    /// Picks the one format that reads every non-empty sample (Iso first, then MonthDayYear,
    /// YearMonthDay, Chinese, DayMonthYear, ExcelSerial); nullopt when none does or all samples are
    /// empty. When both MDY and DMY read all samples (all days ≤ 12), prefers MonthDayYear and sets
    /// @p ambiguous. ExcelSerial is only picked when every sample lies in 1920–2199, so that a
    /// column of plain small numbers is not taken for dates.
    [[nodiscard]] static std::optional<TimeFormat> detect(const std::vector<std::string_view>& samples,
                                                          bool* ambiguous = nullptr);

    /// Parses a date or date-time cell, optionally combined with a separate time-of-day cell
    /// (`H:MM[:SS]`, empty = midnight). With both, the date cell must not carry a time other than
    /// midnight. nullopt when the cell does not read in the format.
    [[nodiscard]] std::optional<TimePoint> parse(std::string_view dateCell,
                                                 std::string_view timeOfDayCell = {}) const;

    [[nodiscard]] TimeFormat format() const { return m_format; }

private:
    TimeFormat m_format;
};

}  // namespace mc
