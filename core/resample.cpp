// SPDX-License-Identifier: GPL-3.0-or-later
#include "resample.h"

#include "time_format.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace mc {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kSecondsPerHour = 3600;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Calendar month of @p t as a running number (year × 12 + month − 1), and the start of such a month.
std::int64_t monthNumber(TimePoint t)
{
    int year = 0, month = 0, day = 0;
    civilFromDays(floorDiv(t, kSecondsPerDay), year, month, day);
    return std::int64_t(year) * 12 + (month - 1);
}

TimePoint monthStart(std::int64_t number)
{
    const auto year = static_cast<int>(floorDiv(number, 12));
    const int month = static_cast<int>(number - std::int64_t(year) * 12) + 1;
    return *daysFromCivil(year, month, 1) * kSecondsPerDay;
}

// The output axis: bin starts, the bin of every input time, and the valid count each bin needs.
struct BinAxis {
    std::vector<TimePoint> starts;
    std::vector<std::size_t> binOf;
    std::vector<std::size_t> needed;
};

std::size_t neededCount(std::int64_t binSeconds, std::int64_t sourceInterval, const ResampleSettings& settings)
{
    if (sourceInterval <= 0 || sourceInterval >= binSeconds)
        return static_cast<std::size_t>(std::max(1, settings.minValidCount));
    const double expected = double(binSeconds) / double(sourceInterval);
    // The small slack keeps 0.3 × 10 (= 3.0000000000000004) from asking for 4 readings.
    const double need = std::ceil(settings.minValidFraction * expected - 1e-9);
    return need <= 1.0 ? 1 : static_cast<std::size_t>(need);
}

BinAxis makeAxis(const std::vector<TimePoint>& times, ResampleInterval interval, std::int64_t sourceInterval,
                 const ResampleSettings& settings)
{
    BinAxis axis;
    axis.binOf.resize(times.size());
    if (interval == ResampleInterval::Monthly) {
        const std::int64_t first = monthNumber(times.front());
        const std::int64_t last = monthNumber(times.back());
        for (std::int64_t m = first; m <= last; ++m) {
            axis.starts.push_back(monthStart(m));
            axis.needed.push_back(neededCount(monthStart(m + 1) - axis.starts.back(), sourceInterval, settings));
        }
        for (std::size_t i = 0; i < times.size(); ++i)
            axis.binOf[i] = static_cast<std::size_t>(monthNumber(times[i]) - first);
        return axis;
    }
    const std::int64_t length = interval == ResampleInterval::Hourly ? kSecondsPerHour : kSecondsPerDay;
    const std::int64_t first = floorDiv(times.front(), length);
    const std::int64_t last = floorDiv(times.back(), length);
    axis.starts.resize(static_cast<std::size_t>(last - first + 1));
    for (std::size_t b = 0; b < axis.starts.size(); ++b)
        axis.starts[b] = (first + static_cast<std::int64_t>(b)) * length;
    axis.needed.assign(axis.starts.size(), neededCount(length, sourceInterval, settings));
    for (std::size_t i = 0; i < times.size(); ++i)
        axis.binOf[i] = static_cast<std::size_t>(floorDiv(times[i], length) - first);
    return axis;
}

// One bin's readings; the buffer is kept between bins and only used for the median.
class BinAccumulator {
public:
    explicit BinAccumulator(Aggregation aggregation) : m_aggregation(aggregation) {}

    void reset()
    {
        m_count = 0;
        m_sum = 0.0;
        m_min = std::numeric_limits<double>::infinity();
        m_max = -std::numeric_limits<double>::infinity();
        m_buffer.clear();
    }
    void add(double v)
    {
        ++m_count;
        m_sum += v;
        m_min = std::min(m_min, v);
        m_max = std::max(m_max, v);
        if (m_aggregation == Aggregation::Median)
            m_buffer.push_back(v);
    }
    [[nodiscard]] std::size_t count() const { return m_count; }
    [[nodiscard]] double value()
    {
        switch (m_aggregation) {
        case Aggregation::Mean: return m_sum / double(m_count);
        case Aggregation::Min: return m_min;
        case Aggregation::Max: return m_max;
        case Aggregation::Median: break;
        }
        const std::size_t k = m_buffer.size() / 2;
        std::nth_element(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(k), m_buffer.end());
        const double upper = m_buffer[k];
        if (m_buffer.size() % 2 == 1)
            return upper;
        const double lower = *std::max_element(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(k));
        return (lower + upper) / 2.0;
    }

private:
    Aggregation m_aggregation;
    std::size_t m_count = 0;
    double m_sum = 0.0;
    double m_min = 0.0;
    double m_max = 0.0;
    std::vector<double> m_buffer;
};

// Fills runs of at most @p maxSteps missing values that lie between two values, linearly in time.
// With @p spacing > 0 a run is filled only when its neighbours are exactly (run + 1) × spacing apart,
// so a hole in an unbinned axis is never bridged. Returns the number of filled points.
std::size_t fillGaps(const std::vector<TimePoint>& times, std::vector<double>& values,
                     std::vector<std::uint8_t>& origins, int maxSteps, std::int64_t spacing)
{
    std::size_t filled = 0;
    std::size_t prev = values.size();  // last index with a value
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        if (prev != values.size() && i - prev > 1) {
            const std::size_t run = i - prev - 1;
            const bool shortEnough = run <= static_cast<std::size_t>(maxSteps);
            const bool contiguous =
                spacing <= 0 || times[i] - times[prev] == static_cast<std::int64_t>(run + 1) * spacing;
            if (shortEnough && contiguous) {
                const double a = values[prev], b = values[i];
                const double span = double(times[i] - times[prev]);
                for (std::size_t k = prev + 1; k < i; ++k) {
                    values[k] = a + (b - a) * (double(times[k] - times[prev]) / span);
                    origins[k] = static_cast<std::uint8_t>(PointOrigin::Filled);
                    ++filled;
                }
            }
        }
        prev = i;
    }
    return filled;
}

}  // namespace

std::int64_t detectInterval(const std::vector<TimePoint>& times)
{
    if (times.size() < 2)
        return 0;
    std::vector<std::int64_t> spacings;
    spacings.reserve(times.size() - 1);
    for (std::size_t i = 1; i < times.size(); ++i)
        if (times[i] > times[i - 1])
            spacings.push_back(times[i] - times[i - 1]);
    if (spacings.empty())
        return 0;
    std::sort(spacings.begin(), spacings.end());
    std::int64_t best = 0;
    std::size_t bestCount = 0;
    for (std::size_t i = 0; i < spacings.size();) {
        std::size_t j = i;
        while (j < spacings.size() && spacings[j] == spacings[i])
            ++j;
        if (j - i > bestCount) {
            bestCount = j - i;
            best = spacings[i];
        }
        i = j;
    }
    return double(bestCount) >= 0.9 * double(spacings.size()) ? best : 0;
}

ResampleReport resampleStation(StationData& station, const ResampleSettings& settings)
{
    const std::size_t n = station.times.size();
    for (const auto& [name, values] : station.variables)
        if (values.size() != n)
            throw std::invalid_argument("resampleStation: variable " + name + " is not aligned with the time axis");

    ResampleReport report;
    report.sourceIntervalSeconds = detectInterval(station.times);
    if (settings.interval == ResampleInterval::None || n == 0) {
        for (auto& [name, values] : station.variables) {
            ResampleVariableReport item{name, n, 0, 0, 0};
            if (settings.fillGapSteps > 0 && report.sourceIntervalSeconds > 0) {
                auto& origins = station.origins[name];
                origins.resize(n, static_cast<std::uint8_t>(PointOrigin::Observed));
                item.filled = fillGaps(station.times, values, origins, settings.fillGapSteps,
                                       report.sourceIntervalSeconds);
            }
            item.binsWithValue = n - item.filled -
                                 std::size_t(std::count_if(values.begin(), values.end(),
                                                           [](double v) { return std::isnan(v); }));
            report.variables.push_back(item);
        }
        return report;
    }

    const BinAxis axis = makeAxis(station.times, settings.interval, report.sourceIntervalSeconds, settings);
    const std::size_t bins = axis.starts.size();
    BinAccumulator bin(settings.aggregation);
    std::map<std::string, std::vector<std::uint8_t>> newOrigins;
    for (auto& [name, values] : station.variables) {
        ResampleVariableReport item{name, bins, 0, 0, 0};
        const auto oldOrigins = station.origins.find(name);
        const std::vector<std::uint8_t>* before =
            oldOrigins != station.origins.end() && oldOrigins->second.size() == n ? &oldOrigins->second : nullptr;
        std::vector<double> out(bins, kNaN);
        std::vector<std::uint8_t> origins(bins, static_cast<std::uint8_t>(PointOrigin::Observed));

        const auto flush = [&](std::size_t b) {
            if (bin.count() == 0)
                return;
            if (bin.count() >= axis.needed[b]) {
                out[b] = bin.value();
                origins[b] = static_cast<std::uint8_t>(PointOrigin::Aggregated);
                ++item.binsWithValue;
            } else {
                ++item.binsTooFew;
            }
        };
        bin.reset();
        std::size_t current = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (axis.binOf[i] != current) {
                flush(current);
                bin.reset();
                current = axis.binOf[i];
            }
            const bool filled = before && (*before)[i] == static_cast<std::uint8_t>(PointOrigin::Filled);
            if (!std::isnan(values[i]) && !filled)
                bin.add(values[i]);
        }
        flush(current);

        if (settings.fillGapSteps > 0)
            item.filled = fillGaps(axis.starts, out, origins, settings.fillGapSteps, 0);
        values = std::move(out);
        newOrigins.emplace(name, std::move(origins));
        report.variables.push_back(item);
    }
    station.times = axis.starts;
    station.origins = std::move(newOrigins);
    return report;
}

}  // namespace mc
