// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample_generator.h"

#include "time_format.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace mc {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kYearDays = 365.2425;
constexpr int kFirstYear = 2013;
constexpr int kLastYear = 2018;
constexpr int kYears = kLastYear - kFirstYear + 1;
// Days simulated before the first output day so lagged state (water heat, runoff) starts settled.
constexpr int kSpinUpDays = 120;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum Column { kAir, kWater, kSalinity, kChlorophyll, kOxygen, kColumnCount };
// CSV column order. Non-ASCII units are spelled as UTF-8 bytes so no compiler charset setting
// can change the file.
constexpr std::array<const char*, kColumnCount> kVariableNames = {
    "air_temp", "water_temp", "salinity", "chlorophyll_a", "dissolved_oxygen"};
constexpr std::array<const char*, kColumnCount> kUnits = {
    "\xC2\xB0" "C", "\xC2\xB0" "C", "PSU", "\xC2\xB5" "g/L", "mg/L"};

std::uint64_t splitMix64(std::uint64_t& state)
{
    state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman & Vigna 2018) seeded through splitmix64. Standard-library engines and
// distributions are avoided because distributions differ between implementations; this stream is
// defined by integer arithmetic alone. Independent streams keep e.g. gap tuning from shifting
// the physical series.
class Rng {
public:
    Rng(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (auto& word : s_)
            word = splitMix64(state);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    double exponential() { return -std::log(1.0 - uniform()); }  // mean 1
    double normal()
    {
        // Box–Muller; the second variate of each pair serves the next call.
        if (hasSpare_) {
            hasSpare_ = false;
            return spare_;
        }
        const double r = std::sqrt(2.0 * exponential());
        const double angle = 2.0 * kPi * uniform();
        spare_ = r * std::sin(angle);
        hasSpare_ = true;
        return r * std::cos(angle);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> s_{};
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

// AR(1) noise parameterised by its stationary standard deviation, so phi can be tuned alone.
struct Ar1 {
    double phi;
    double sd;
    double value = 0.0;
    double step(Rng& rng, double scale = 1.0)
    {
        value = phi * value + scale * sd * std::sqrt(1.0 - phi * phi) * rng.normal();
        return value;
    }
};

// cos wave of unit amplitude peaking on day-of-series `peakDay` (day 0 = 1 January).
double harmonic(double day, double peakDay, double cyclesPerYear = 1.0)
{
    return std::cos(2.0 * kPi * cyclesPerYear * (day - peakDay) / kYearDays);
}

// Calendar year of day-of-series `day` (day 0 = 1 January of kFirstYear).
int calendarYear(int day)
{
    int year = 0, month = 0, dayOfMonth = 0;
    civilFromDays(*daysFromCivil(kFirstYear, 1, 1) + day, year, month, dayOfMonth);
    return year;
}

// Dissolved-oxygen solubility in mg/L at 1 atm (Benson & Krause 1984, as given in APHA Standard
// Methods 4500-O); valid 0–40 °C and 0–40 salinity, which covers everything generated here.
double oxygenSaturation(double waterTempC, double salinity)
{
    const double t = waterTempC + 273.15;
    const double lnFresh = -139.34411 + 1.575701e5 / t - 6.642308e7 / (t * t)
        + 1.243800e10 / (t * t * t) - 8.621949e11 / (t * t * t * t);
    const double salt = salinity * (1.7674e-2 - 10.754 / t + 2140.7 / (t * t));
    return std::exp(lnFresh - salt);
}

// Per-station character: station1 sits by the inlet (marine, cooler in summer), station3 far up
// the estuary (shallow, fresher, more productive, more organic load).
struct StationSpec {
    const char* id;
    double latitude;
    double longitude;
    double airOffset;       // °C, sea breeze vs. inland heating
    double oceanWeight;     // share of the coastal ocean in the water's target temperature
    double relaxDays;       // water-temperature time constant (deeper water reacts slower)
    double oceanSalinity;   // salinity with no runoff
    double runoffDilution;  // salinity falls as oceanSalinity / (1 + runoffDilution * runoff)
    double salinityWander;  // sd of the slow salinity wander
    double chlBase;         // µg/L outside the bloom
    double bloomScale;      // µg/L at the peak of an average bloom
    double saturationBias;  // shift of the DO saturation fraction
};

constexpr std::array<StationSpec, 3> kStations = {{
    {"station1", 29.6702, -81.2164, -0.3, 0.30, 8.0, 36.0, 0.02, 0.8, 2.5, 7.0, 0.02},
    {"station2", 29.7876, -81.2633, 0.0, 0.15, 6.0, 34.0, 0.06, 1.4, 4.0, 11.0, 0.0},
    {"station3", 29.9384, -81.3352, 0.4, 0.0, 4.0, 30.0, 0.12, 2.0, 6.5, 16.0, -0.05},
}};

// Weather, rain and bloom timing are regional: the stations lie a few kilometres apart.
struct Region {
    std::vector<double> airAnomaly;  // °C, synoptic weather (cold fronts in winter)
    std::vector<double> runoff;      // freshwater index, exponentially decaying rain sum
    struct Bloom {
        double day;       // day of year of the peak
        double width;     // days (Gaussian sigma)
        double strength;  // multiplies each station's bloomScale
    };
    std::array<Bloom, kYears> blooms{};
};

Region simulateRegion(Rng& rng, int totalDays)
{
    Region region;
    std::array<double, kYears + 1> wetness{};  // index 0 is the spin-up year
    for (double& w : wetness)
        w = std::exp(0.35 * rng.normal());  // wet and dry years (ENSO-like)
    for (auto& bloom : region.blooms)  // peaks mid-March … early May
        bloom = {rng.uniform(75.0, 128.0), rng.uniform(10.0, 18.0), rng.uniform(0.7, 1.5)};
    Ar1 weather{0.75, 2.2};
    double runoff = 0.0;
    for (int i = 0; i < totalDays; ++i) {
        const int day = i - kSpinUpDays;
        // Winter fronts make air temperature far more variable than in summer.
        region.airAnomaly.push_back(weather.step(rng, 1.0 + 0.4 * harmonic(day, 15.0)));
        const double wetSeason = 0.5 + 0.5 * harmonic(day, 235.0);  // June–October rains
        const int yearIndex = std::clamp(calendarYear(day) - kFirstYear + 1, 0, kYears);
        runoff *= std::exp(-1.0 / 25.0);
        if (rng.chance(0.10 + 0.25 * wetSeason))
            runoff += rng.exponential() * wetness[yearIndex];
        region.runoff.push_back(runoff);
    }
    return region;
}

double roundTo2(double value) { return static_cast<double>(std::llround(value * 100.0)) / 100.0; }

void simulateStation(const StationSpec& spec, const Region& region, Rng& rng, int totalDays,
                     std::array<std::vector<double>, kColumnCount>& out)
{
    Ar1 localAir{0.5, 0.6};
    Ar1 salinityWander{0.995, spec.salinityWander};
    Ar1 chlNoise{0.8, 0.3};
    Ar1 saturationNoise{0.7, 0.05};
    double water = 20.0;
    for (int i = 0; i < totalDays; ++i) {
        const int day = i - kSpinUpDays;
        const double air = 21.0 + 6.8 * harmonic(day, 200.0) + 0.8 * harmonic(day, 172.0, 2.0)
            + region.airAnomaly[i] + spec.airOffset + localAir.step(rng);
        const double ocean = 23.5 + 5.0 * harmonic(day, 225.0);
        const double target = (1.0 - spec.oceanWeight) * air + spec.oceanWeight * ocean;
        // Water exchanges heat with the air slowly: an exponential relaxation lags the air.
        water += (target - water) / spec.relaxDays + 0.15 * rng.normal();

        double salinity = spec.oceanSalinity / (1.0 + spec.runoffDilution * region.runoff[i])
            + salinityWander.step(rng) + 0.3 * spec.salinityWander * rng.normal();
        // The estuary cannot get saltier than the sea: saturate smoothly instead of clipping at 36.
        if (salinity > 34.0)
            salinity = 34.0 + 2.0 * std::tanh((salinity - 34.0) / 2.0);
        salinity = std::max(salinity, 0.1);

        double bloom = 0.0;
        const int year = calendarYear(day);
        if (year >= kFirstYear) {
            const Region::Bloom& b = region.blooms[year - kFirstYear];
            const auto yearStart = *daysFromCivil(year, 1, 1) - *daysFromCivil(kFirstYear, 1, 1);
            const double z = (day - static_cast<double>(yearStart) - b.day) / b.width;
            bloom = spec.bloomScale * b.strength * std::exp(-0.5 * z * z);
        }
        // Runoff brings nutrients; the log-normal noise keeps chlorophyll positive and skewed.
        const double chlMean = spec.chlBase * (1.0 + 0.02 * region.runoff[i]) + bloom;
        const double chl = chlMean * std::exp(chlNoise.step(rng) - 0.5 * chlNoise.sd * chlNoise.sd);

        // Photosynthesis pushes DO towards (and past) saturation as chlorophyll rises.
        const double fraction = 0.86 + spec.saturationBias + 0.14 * chl / (chl + 12.0)
            + saturationNoise.step(rng);
        const double oxygen = oxygenSaturation(water, salinity) * fraction;

        if (i < kSpinUpDays)
            continue;
        out[kAir].push_back(roundTo2(air));
        out[kWater].push_back(roundTo2(water));
        out[kSalinity].push_back(roundTo2(salinity));
        out[kChlorophyll].push_back(std::max(0.01, roundTo2(chl)));
        out[kOxygen].push_back(roundTo2(oxygen));
    }
}

// Marks an outage of 1–30 days starting at `start`; short outages are the most common.
void markOutage(Rng& rng, std::size_t start, std::vector<bool>& missing)
{
    const double u = rng.uniform();
    const std::size_t length = 1 + static_cast<std::size_t>(29.0 * u * u + 0.5);
    for (std::size_t k = start; k < std::min(missing.size(), start + length); ++k)
        missing[k] = true;
}

void applyGaps(Rng& rng, std::array<std::vector<double>, kColumnCount>& values)
{
    const std::size_t days = values[kAir].size();
    std::array<std::vector<bool>, kColumnCount> missing;
    for (auto& m : missing)
        m.assign(days, false);
    for (int c = 0; c < kColumnCount; ++c) {
        for (std::size_t i = 0; i < days; ++i) {
            if (rng.chance(0.0028))
                markOutage(rng, i, missing[c]);
            else if (rng.chance(0.004))
                missing[c][i] = true;  // a single rejected reading
        }
    }
    // Water temperature, salinity and DO come from one sonde, so it sometimes takes all three down.
    std::vector<bool> sonde(days, false);
    for (std::size_t i = 0; i < days; ++i)
        if (rng.chance(0.0010))
            markOutage(rng, i, sonde);
    for (int c = 0; c < kColumnCount; ++c) {
        const bool onSonde = c == kWater || c == kSalinity || c == kOxygen;
        for (std::size_t i = 0; i < days; ++i)
            if (missing[c][i] || (onSonde && sonde[i]))
                values[c][i] = kNaN;
    }
}

// Fixed decimals from an integer, so neither the C locale (which Qt applications set from the
// environment) nor iostream locales can turn the decimal point into a comma.
std::string formatFixed(double value, int decimals)
{
    long long scale = 1;
    for (int d = 0; d < decimals; ++d)
        scale *= 10;
    long long scaled = std::llround(value * static_cast<double>(scale));
    std::string text = scaled < 0 ? "-" : "";
    scaled = scaled < 0 ? -scaled : scaled;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%lld.%0*lld", scaled / scale, decimals, scaled % scale);
    return text + buffer;
}

}  // namespace

Dataset generateSampleDataset(const SampleOptions& options)
{
    const std::int64_t firstDay = *daysFromCivil(kFirstYear, 1, 1);
    const int outputDays = static_cast<int>(*daysFromCivil(kLastYear, 12, 31) - firstDay + 1);
    const int totalDays = outputDays + kSpinUpDays;

    Rng regionRng(options.seed, 0);
    const Region region = simulateRegion(regionRng, totalDays);

    Dataset dataset;
    dataset.synthetic = true;
    dataset.dateOnly = true;
    for (int c = 0; c < kColumnCount; ++c)
        dataset.units[kVariableNames[c]] = kUnits[c];
    for (std::size_t s = 0; s < kStations.size(); ++s) {
        const StationSpec& spec = kStations[s];
        Rng physicsRng(options.seed, 1 + s);
        Rng gapRng(options.seed, 101 + s);
        std::array<std::vector<double>, kColumnCount> values;
        simulateStation(spec, region, physicsRng, totalDays, values);
        applyGaps(gapRng, values);

        StationData station;
        station.id = spec.id;
        station.latitude = spec.latitude;
        station.longitude = spec.longitude;
        for (int i = 0; i < outputDays; ++i)
            station.times.push_back((firstDay + i) * kSecondsPerDay);
        for (int c = 0; c < kColumnCount; ++c)
            station.variables[kVariableNames[c]] = std::move(values[c]);
        dataset.stations.push_back(std::move(station));
    }
    return dataset;
}

std::string sampleCsv(const Dataset& dataset, const SampleOptions& options)
{
    std::string csv = "# MarineCast sample data \xE2\x80\x94 SYNTHETIC, generated by marinecast-cli "
                      "generate-sample (seed " + std::to_string(options.seed) + "); not real observations\n";
    csv += "# units: ";
    for (int c = 0; c < kColumnCount; ++c) {
        const auto unit = dataset.units.find(kVariableNames[c]);
        csv += std::string(c ? ";" : "") + kVariableNames[c] + "="
            + (unit != dataset.units.end() ? unit->second : std::string());
    }
    std::vector<const StationData*> stations;
    for (const StationData& station : dataset.stations)
        stations.push_back(&station);
    std::sort(stations.begin(), stations.end(),
              [](const StationData* a, const StationData* b) { return a->id < b->id; });
    csv += "\n# stations: ";
    for (std::size_t s = 0; s < stations.size(); ++s) {
        csv += (s ? ";" : "") + stations[s]->id + "=";
        if (!std::isnan(stations[s]->latitude) && !std::isnan(stations[s]->longitude))
            csv += formatFixed(stations[s]->latitude, 4) + "," + formatFixed(stations[s]->longitude, 4);
    }
    csv += "\nstation,date";
    for (const char* name : kVariableNames)
        csv += std::string(",") + name;
    csv += "\n";

    for (const StationData* station : stations) {
        for (std::size_t i = 0; i < station->times.size(); ++i) {  // times are sorted by contract
            csv += station->id + "," + formatTime(station->times[i], true);
            for (const char* name : kVariableNames) {
                csv += ",";
                const auto column = station->variables.find(name);
                if (column != station->variables.end() && i < column->second.size()
                    && !std::isnan(column->second[i]))
                    csv += formatFixed(column->second[i], 2);
            }
            csv += "\n";
        }
    }
    return csv;
}

}  // namespace mc
