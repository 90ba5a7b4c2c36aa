// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_support.h"

#include "csv_text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>
#include <sstream>
#include <string_view>

namespace mc::csv {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 8> kDataExtensions = {".csv", ".txt", ".tsv", ".dat", ".nc", ".nc4", ".cdf", ".netcdf"};
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ImportError makeError(ImportErrorCode code, const std::string& file, std::string detail)
{
    ImportError e;
    e.code = code;
    e.file = file;
    e.detail = std::move(detail);
    return e;
}

// Positions of each element of @p axis within its sorted superset @p merged.
std::vector<std::size_t> positionsIn(const std::vector<TimePoint>& axis, const std::vector<TimePoint>& merged)
{
    std::vector<std::size_t> pos(axis.size());
    std::size_t j = 0;
    for (std::size_t i = 0; i < axis.size(); ++i) {
        while (merged[j] != axis[i])
            ++j;
        pos[i] = j;
    }
    return pos;
}

}  // namespace

bool isDataFileName(const std::string& path)
{
    const std::string ext = toLower(fs::path(path).extension().string());
    return std::find(kDataExtensions.begin(), kDataExtensions.end(), ext) != kDataExtensions.end();
}

bool collectDataFiles(const std::vector<std::string>& paths, std::vector<std::string>& files,
                      std::vector<std::string>& skipped, ImportError& error)
{
    std::set<std::string> seen;
    auto addFile = [&](const fs::path& p) {
        std::error_code ec;
        const fs::path canonical = fs::weakly_canonical(p, ec);
        // The same file named twice (directly and through its folder) would only duplicate rows.
        if (seen.insert(ec ? p.string() : canonical.string()).second)
            files.push_back(p.string());
    };
    for (const auto& path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            error = makeError(ImportErrorCode::FileNotFound, path, "no such file or folder");
            return false;
        }
        if (!fs::is_directory(status)) {
            // A file named explicitly is read whatever its extension: the user chose it.
            addFile(path);
            continue;
        }
        std::vector<fs::path> entries;
        for (auto it = fs::directory_iterator(path, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
            entries.push_back(it->path());
        if (ec) {
            error = makeError(ImportErrorCode::FileNotFound, path, "cannot list folder: " + ec.message());
            return false;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
        std::size_t dataFiles = 0;
        for (const auto& entry : entries) {
            std::error_code typeError;
            if (fs::is_regular_file(entry, typeError) && isDataFileName(entry.string())) {
                addFile(entry);
                ++dataFiles;
            } else {
                skipped.push_back(entry.string());
            }
        }
        if (dataFiles == 0) {
            error = makeError(ImportErrorCode::NoDataFiles, path, "folder holds no data file (.csv, .txt, .tsv or .dat)");
            return false;
        }
    }
    if (files.empty()) {
        error = makeError(ImportErrorCode::NoDataFiles, {}, "no input files given");
        return false;
    }
    return true;
}

bool readWholeFile(const std::string& path, std::string& contents)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return false;
    contents = std::move(buffer).str();
    return true;
}

void mergeStation(Dataset& dataset, StationData part)
{
    StationData* target = dataset.station(part.id);
    if (!target) {
        dataset.stations.push_back(std::move(part));
        return;
    }
    std::vector<TimePoint> merged;
    merged.reserve(target->times.size() + part.times.size());
    std::set_union(target->times.begin(), target->times.end(), part.times.begin(), part.times.end(),
                   std::back_inserter(merged));
    if (merged.size() != target->times.size()) {
        const auto oldPos = positionsIn(target->times, merged);
        for (auto& [name, values] : target->variables) {
            std::vector<double> widened(merged.size(), kNaN);
            for (std::size_t i = 0; i < values.size(); ++i)
                widened[oldPos[i]] = values[i];
            values = std::move(widened);
        }
    }
    const auto newPos = positionsIn(part.times, merged);
    for (auto& [name, values] : part.variables) {
        auto& into = target->variables.try_emplace(name, merged.size(), kNaN).first->second;
        for (std::size_t i = 0; i < values.size(); ++i)
            if (!std::isnan(values[i]))
                into[newPos[i]] = values[i];
    }
    if (std::isnan(target->latitude) && std::isnan(target->longitude)) {
        target->latitude = part.latitude;
        target->longitude = part.longitude;
    }
    for (auto& [name, points] : part.rejected) {
        auto& into = target->rejected[name];
        into.insert(into.end(), points.begin(), points.end());
        std::stable_sort(into.begin(), into.end(),
                         [](const RejectedPoint& a, const RejectedPoint& b) { return a.time < b.time; });
    }
    target->times = std::move(merged);
}

}  // namespace mc::csv
