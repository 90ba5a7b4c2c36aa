// SPDX-License-Identifier: GPL-3.0-or-later
#include "netcdf_import.h"

#include "cf_time.h"
#include "netcdf_file.h"
#include "netcdf_layout.h"
#include "sha256.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>

namespace mc {
namespace {

using nc::File;
using nc::Layout;
using nc::Variable;

const double kNaN = std::numeric_limits<double>::quiet_NaN();
// Values per read: large fields are read a block of time steps at a time, 32 MB of doubles at most.
constexpr std::size_t kMaxValuesPerRead = std::size_t{1} << 22;

// `29.125°S 112.625°E`; longitudes past 180 are named west of Greenwich.
std::string cellName(double lat, double lon)
{
    const auto part = [](double v, char pos, char neg) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.4f", std::fabs(v));
        std::string s = buf;
        s.erase(s.find_last_not_of('0') + 1);
        if (s.back() == '.')
            s.pop_back();
        return s + "\u00b0" + (v < 0 ? neg : pos);
    };
    if (lon > 180.0)
        lon -= 360.0;
    return part(lat, 'N', 'S') + " " + part(lon, 'E', 'W');
}

class Importer {
public:
    Importer(const std::string& path, const ImportSettings& settings, const std::vector<std::string>& variables,
             ImportResult& result)
        : m_path(path), m_settings(settings), m_requested(variables), m_result(result), m_file(path)
    {
    }

    bool run()
    {
        if (!m_file.ok())
            return fail();
        nc::LayoutFinder finder(m_file);
        if (!finder.find(m_requested, m_layout))
            return fail();
        if (!readTimeAxis() || !makeStations())
            return fail();
        for (const Variable* var : m_layout.data)
            if (!readVariable(*var))
                return fail();
        finish();
        return true;
    }

private:
    bool fail()
    {
        m_result.error = m_file.error();
        return false;
    }

    bool readTimeAxis()
    {
        const Variable& var = *m_layout.time;
        const std::string calendar = m_file.text(var.id, "calendar").value_or("");
        if (!isSupportedCfCalendar(calendar)) {
            m_file.fail(ImportErrorCode::UnsupportedCalendar, var.name,
                        "calendar \"" + calendar + "\" is not supported (only standard, gregorian and "
                        "proleptic_gregorian)");
            return false;
        }
        std::string why;
        const auto units = parseCfTimeUnits(m_file.text(var.id, "units").value_or(""), calendar, why);
        if (!units) {
            m_file.fail(ImportErrorCode::BadTimeUnits, var.name, why);
            return false;
        }
        m_result.dataset.utcOffsetMinutes = units->utcOffsetMinutes;
        std::vector<double> raw;
        if (!m_file.readAll(var, raw))
            return false;
        const nc::Decoder decoder(m_file, var);
        std::vector<std::pair<TimePoint, std::size_t>> order;
        for (std::size_t i = 0; i < raw.size(); ++i)
            if (const auto t = cfTimeToPoint(decoder.decode(raw[i]), *units))
                order.emplace_back(*t, i);
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        m_slot.assign(raw.size(), -1);
        for (const auto& [t, i] : order) {
            if (m_times.empty() || m_times.back() != t)
                m_times.push_back(t);
            else
                ++m_duplicates;
            m_slot[i] = static_cast<long>(m_times.size()) - 1;
        }
        return true;
    }

    // Labels of the station dimension, made unique and never empty.
    std::vector<std::string> stationIds(std::size_t count)
    {
        std::vector<std::string> ids;
        if (m_layout.stationId && !m_file.readLabels(*m_layout.stationId, ids))
            return {};
        ids.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            if (ids[i].empty())
                ids[i] = "station" + std::to_string(i + 1);
            if (std::find(ids.begin(), ids.begin() + static_cast<long>(i), ids[i]) != ids.begin() + static_cast<long>(i))
                ids[i] += "_" + std::to_string(i + 1);
        }
        return ids;
    }

    // Coordinate values along @p dim (or one value for a scalar), NaN where missing.
    std::vector<double> coordinate(const Variable* var, std::size_t count)
    {
        std::vector<double> out(count, kNaN);
        std::vector<double> raw;
        if (!var || m_file.size(*var) == 0 || !m_file.readAll(*var, raw))
            return out;
        const nc::Decoder decoder(m_file, *var);
        for (std::size_t i = 0; i < count; ++i)
            out[i] = decoder.decode(raw[raw.size() == count ? i : 0]);
        return out;
    }

    bool makeStations()
    {
        auto& stations = m_result.dataset.stations;
        const auto& dims = m_file.dimensions();
        if (m_layout.kind == Layout::Kind::Grid) {
            auto& grid = m_result.dataset.grid;
            grid.latitudes = coordinate(m_layout.latitude, dims[static_cast<std::size_t>(m_layout.rowDim)].length);
            grid.longitudes = coordinate(m_layout.longitude, dims[static_cast<std::size_t>(m_layout.colDim)].length);
            for (std::size_t r = 0; r < grid.latitudes.size(); ++r) {
                for (std::size_t c = 0; c < grid.longitudes.size(); ++c) {
                    StationData s;
                    s.id = "r" + std::to_string(r) + "c" + std::to_string(c);
                    s.latitude = grid.latitudes[r];
                    s.longitude = grid.longitudes[c];
                    s.name = cellName(s.latitude, s.longitude);
                    grid.cellStations.push_back(s.id);
                    stations.push_back(std::move(s));
                }
            }
        } else if (m_layout.kind == Layout::Kind::Stations) {
            const std::size_t n = dims[static_cast<std::size_t>(m_layout.stationDim)].length;
            const auto ids = stationIds(n);
            if (!m_file.ok())
                return false;
            std::vector<std::string> names;
            if (m_layout.stationName && !m_file.readLabels(*m_layout.stationName, names))
                return false;
            const auto lats = coordinate(m_layout.latitude, n);
            const auto lons = coordinate(m_layout.longitude, n);
            for (std::size_t i = 0; i < n; ++i) {
                StationData s;
                s.id = ids[i];
                s.name = i < names.size() ? names[i] : std::string();
                s.latitude = lats[i];
                s.longitude = lons[i];
                stations.push_back(std::move(s));
            }
        } else {
            StationData s;
            s.id = std::filesystem::path(m_path).stem().string();
            s.latitude = coordinate(m_layout.latitude, 1)[0];
            s.longitude = coordinate(m_layout.longitude, 1)[0];
            stations.push_back(std::move(s));
        }
        for (auto& s : stations)
            s.times = m_times;
        return true;
    }

    // Reads @p var a block of time steps at a time and scatters the values onto the stations.
    bool readVariable(const Variable& var)
    {
        const auto& dims = m_file.dimensions();
        const std::size_t rank = var.dims.size();
        std::vector<double*> columns;
        for (auto& s : m_result.dataset.stations)
            columns.push_back((s.variables[var.name] = std::vector<double>(m_times.size(), kNaN)).data());

        std::size_t timePos = 0, rowPos = rank, colPos = rank, stationPos = rank;
        std::vector<std::size_t> start(rank, 0), count(rank, 0);
        for (std::size_t k = 0; k < rank; ++k) {
            const int d = var.dims[k];
            count[k] = dims[static_cast<std::size_t>(d)].length;
            if (d == m_layout.timeDim)
                timePos = k;
            else if (d == m_layout.rowDim)
                rowPos = k;
            else if (d == m_layout.colDim)
                colPos = k;
            else if (d == m_layout.stationDim)
                stationPos = k;
        }
        std::size_t steps = count[timePos];
        if (m_file.size(var) == 0)  // no records yet, or an empty station dimension
            steps = 0;
        const std::size_t perStep = std::max<std::size_t>(1, m_file.size(var) / std::max<std::size_t>(1, steps));
        const std::size_t block = std::max<std::size_t>(1, kMaxValuesPerRead / perStep);
        const std::size_t nCols = m_result.dataset.grid.longitudes.size();
        const nc::Decoder decoder(m_file, var);
        std::vector<double> buffer;
        std::vector<std::size_t> index(rank);
        for (std::size_t t0 = 0; t0 < steps; t0 += block) {
            start[timePos] = t0;
            count[timePos] = std::min(block, steps - t0);
            buffer.resize(count[timePos] * perStep);
            if (!m_file.read(var, start, count, buffer.data()))
                return false;
            std::fill(index.begin(), index.end(), 0);
            for (double raw : buffer) {
                const long slot = m_slot[t0 + index[timePos]];
                if (slot >= 0) {
                    std::size_t station = 0;
                    if (stationPos < rank)
                        station = index[stationPos];
                    else if (rowPos < rank)
                        station = index[rowPos] * nCols + index[colPos];
                    columns[station][slot] = decoder.decode(raw);
                }
                // Row-major odometer over the hyperslab.
                for (std::size_t k = rank; k-- > 0;) {
                    if (++index[k] < count[k])
                        break;
                    index[k] = 0;
                }
            }
        }
        auto& ds = m_result.dataset;
        if (const auto it = m_settings.units.find(var.name); it != m_settings.units.end())
            ds.units[var.name] = it->second;
        else if (const auto units = m_file.text(var.id, "units"); units && !units->empty())
            ds.units[var.name] = *units;
        if (const auto it = m_settings.variableMap.find(var.name); it != m_settings.variableMap.end() && !it->second.empty())
            ds.canonical[var.name] = it->second;
        return true;
    }

    void finish()
    {
        auto& ds = m_result.dataset;
        ds.dateOnly = std::all_of(m_times.begin(), m_times.end(), [](TimePoint t) { return t % kSecondsPerDay == 0; });
        ds.sources.push_back({m_path, sha256File(m_path).value_or("")});
        ImportFileReport report;
        report.path = m_path;
        report.delimiter = '\0';
        report.rows = m_times.size() * ds.stations.size();
        report.duplicateTimes = m_duplicates * ds.stations.size();
        for (const auto& s : ds.stations)
            for (const auto& [name, values] : s.variables)
                report.missingCells += static_cast<std::size_t>(
                    std::count_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }));
        m_result.report.files.push_back(std::move(report));
    }

    std::string m_path;
    const ImportSettings& m_settings;
    const std::vector<std::string>& m_requested;
    ImportResult& m_result;
    File m_file;
    Layout m_layout;
    std::vector<long> m_slot;  ///< per time index in the file: position on the sorted axis, -1 = dropped
    std::vector<TimePoint> m_times;
    std::size_t m_duplicates = 0;
};

bool hasNetCdfExtension(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".nc" || ext == ".nc4" || ext == ".cdf" || ext == ".netcdf";
}

}  // namespace

ImportResult importNetCdf(const std::string& path, const ImportSettings& settings,
                          const std::vector<std::string>& variables)
{
    ImportResult result;
    Importer importer(path, settings, variables, result);
    if (!importer.run()) {
        // Half a dataset must not look usable.
        result.dataset = Dataset{};
        result.report.files.clear();
    }
    return result;
}

bool isNetCdfFile(const std::string& path)
{
    if (hasNetCdfExtension(path))
        return true;
    // Reading a pipe's first bytes would take them from the importer that reads it next.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return false;
    std::ifstream in(path, std::ios::binary);
    char magic[8] = {};
    if (!in.read(magic, sizeof magic))
        return false;
    const std::string head(magic, sizeof magic);
    // Classic CDF-1, 64-bit offset CDF-2 and CDF-5; NetCDF-4 is an HDF5 file.
    if (head.compare(0, 3, "CDF") == 0 && (magic[3] == 1 || magic[3] == 2 || magic[3] == 5))
        return true;
    return head == std::string("\x89HDF\r\n\x1a\n", 8);
}

}  // namespace mc
