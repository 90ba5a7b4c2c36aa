// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_file.h"

#include "atomic_file.h"
#include "import_settings.h"
#include "param_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace mc {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kFormatTag = "marinecast-project";

json relativePaths(const std::vector<std::string>& paths, const std::string& base)
{
    json out = json::array();
    for (const auto& p : paths)
        out.push_back(relativeToProject(p, base));
    return out;
}

// A configuration as configToJson writes it, with its data files relative to the project.
json configJson(const RunConfig& config, const std::string& base)
{
    json j = json::parse(configToJson(config));
    j["data"] = relativePaths(config.dataPaths, base);
    return j;
}

RunConfig readConfig(const json& j, const std::string& base, const char* what)
{
    std::string why;
    auto config = configFromJson(j.dump(), why);
    if (!config)
        throw std::invalid_argument(std::string(what) + ": " + why);
    for (auto& p : config->dataPaths)
        p = resolveFromProject(p, base);
    return std::move(*config);
}

json presetJson(const Preset& p)
{
    json values = json::object();
    for (const auto& [key, value] : p.values)
        values[key] = paramToJson(value);
    return {{"name", p.name}, {"description", p.description}, {"values", values}};
}

Preset readPreset(const json& j)
{
    Preset p;
    p.name = j.at("name").get<std::string>();
    p.description = j.value("description", std::string());
    const json values = j.value("values", json::object());
    for (const auto& [key, value] : values.items()) {
        // Typed by the registry, as the preset store does; an option this version does not
        // know is skipped so that the rest of the project still opens.
        for (const auto& m : modelKinds()) {
            const auto options = optionsFor(m.kind);
            if (const auto* desc = findOption(options, key)) {
                if (auto v = paramFromJson(*desc, value); v && checkParam(*desc, *v).empty())
                    p.values[key] = *v;
                break;
            }
        }
    }
    return p;
}

json runJson(const ProjectRun& run, const std::string& base)
{
    json j = {{"id", run.id}, {"name", run.name}, {"finished", run.finished}, {"config", configJson(run.config, base)}};
    j["metrics"] = run.metricsJson.empty() ? json(nullptr) : json::parse(run.metricsJson, nullptr, false);
    if (!run.outputDir.empty())
        j["output"] = relativeToProject(run.outputDir, base);
    if (!run.resultJson.empty()) {
        json result = json::parse(run.resultJson, nullptr, false);
        if (result.is_object() && result.contains("config") && result["config"].contains("data"))
            result["config"]["data"] = relativePaths(result["config"]["data"].get<std::vector<std::string>>(), base);
        j["result"] = std::move(result);
    }
    return j;
}

ProjectRun readRun(const json& j, const std::string& base)
{
    ProjectRun run;
    run.id = j.at("id").get<int>();
    run.name = j.at("name").get<std::string>();
    run.finished = j.value("finished", std::string());
    run.config = readConfig(j.at("config"), base, "a run's configuration");
    if (j.contains("metrics") && j["metrics"].is_object())
        run.metricsJson = j["metrics"].dump(2) + "\n";
    if (j.contains("output") && j["output"].is_string())
        run.outputDir = resolveFromProject(j["output"].get<std::string>(), base);
    if (j.contains("result") && j["result"].is_object()) {
        json result = j["result"];
        if (result.contains("config") && result["config"].contains("data")) {
            auto paths = result["config"]["data"].get<std::vector<std::string>>();
            for (auto& p : paths)
                p = resolveFromProject(p, base);
            result["config"]["data"] = paths;
        }
        run.resultJson = result.dump();
    }
    return run;
}

ProjectError error(ProjectErrorCode code, std::string detail)
{
    ProjectError e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

}  // namespace

std::string relativeToProject(const std::string& path, const std::string& base)
{
    if (path.empty() || base.empty())
        return path;
    const fs::path p = fs::path(path).lexically_normal();
    if (!p.is_absolute())
        return p.generic_string();
    const fs::path rel = p.lexically_relative(fs::path(base).lexically_normal());
    if (rel.empty())
        return p.generic_string();
    // A project next to its data moves with it; one far away (another disk, a shared folder)
    // keeps the absolute path, which survives moving the project alone.
    int ups = 0;
    for (const auto& part : rel)
        if (part == "..")
            ++ups;
    return ups > 2 ? p.generic_string() : rel.generic_string();
}

std::string resolveFromProject(const std::string& stored, const std::string& base)
{
    if (stored.empty())
        return stored;
    const fs::path p(stored);
    if (p.is_absolute() || base.empty())
        return p.lexically_normal().string();
    return (fs::path(base) / p).lexically_normal().string();
}

std::string projectToJson(const Project& project, const std::string& projectDir)
{
    json sources = json::array();
    for (const auto& s : project.sources) {
        json src = {{"paths", relativePaths(s.paths, projectDir)}};
        src["import"] = s.importSettingsJson.empty() ? json(nullptr) : json::parse(s.importSettingsJson, nullptr, false);
        sources.push_back(std::move(src));
    }
    json runs = json::array();
    for (const auto& r : project.runs)
        runs.push_back(runJson(r, projectDir));
    json presets = json::array();
    for (const auto& p : project.presets)
        presets.push_back(presetJson(p));
    json comparisons = json::array();
    for (const auto& c : project.comparisons)
        comparisons.push_back({{"checked", c.checkedKeys}});
    json j = {{"format", kFormatTag},
              {"version", kProjectFormatVersion},
              {"saved_by", std::string("MarineCast ") + MARINECAST_VERSION},
              {"language", project.language},
              {"sources", sources}};
    if (project.currentConfig)
        j["current_config"] = configJson(*project.currentConfig, projectDir);
    j["presets"] = presets;
    j["comparisons"] = comparisons;
    j["runs"] = runs;
    return j.dump(1) + "\n";
}

ProjectLoad projectFromJson(const std::string& text, const std::string& projectDir)
{
    ProjectLoad out;
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        out.error = error(ProjectErrorCode::NotJson, e.what());
        // nlohmann reports a byte offset; the analyst looks for a line and column.
        const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        out.error.line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < end; ++i)
            if (text[i] == '\n') {
                ++out.error.line;
                lineStart = i + 1;
            }
        out.error.column = static_cast<int>(end - lineStart) + 1;
        return out;
    }
    if (!j.is_object() || j.value("format", std::string()) != kFormatTag || !j.contains("version")
        || !j["version"].is_number_integer()) {
        out.error = error(ProjectErrorCode::NotAProject, "not a MarineCast project file");
        return out;
    }
    const int version = j["version"].get<int>();
    if (version > kProjectFormatVersion) {
        out.error = error(ProjectErrorCode::NewerFormat, "saved by a newer MarineCast");
        out.error.foundVersion = version;
        return out;
    }
    if (version < 1) {
        out.error = error(ProjectErrorCode::BadContent, "unknown project format version " + std::to_string(version));
        return out;
    }
    Project& p = out.project;
    try {
        p.language = j.value("language", std::string());
        for (const auto& s : j.at("sources")) {
            ProjectSource src;
            for (const auto& path : s.at("paths"))
                src.paths.push_back(resolveFromProject(path.get<std::string>(), projectDir));
            if (s.contains("import") && s["import"].is_object()) {
                std::string why;
                if (!importSettingsFromJson(s["import"].dump(), why))
                    throw std::invalid_argument("a data source's import settings: " + why);
                src.importSettingsJson = s["import"].dump();
            }
            p.sources.push_back(std::move(src));
        }
        if (j.contains("current_config") && j["current_config"].is_object())
            p.currentConfig = readConfig(j["current_config"], projectDir, "the current settings");
        for (const auto& preset : j.value("presets", json::array()))
            p.presets.push_back(readPreset(preset));
        for (const auto& c : j.value("comparisons", json::array()))
            p.comparisons.push_back({c.at("checked").get<std::vector<std::string>>()});
        std::set<int> ids;
        for (const auto& r : j.at("runs")) {
            p.runs.push_back(readRun(r, projectDir));
            if (!ids.insert(p.runs.back().id).second)
                throw std::invalid_argument("two runs have the id " + std::to_string(p.runs.back().id));
        }
    } catch (const std::exception& e) {
        out.error = error(ProjectErrorCode::BadContent, e.what());
        return out;
    }
    for (auto& s : p.sources)
        for (const auto& f : s.paths)
            if (!fs::exists(f))
                s.missing = true;
    return out;
}

ProjectError saveProject(const Project& project, const std::string& path)
{
    const std::string dir = fs::absolute(path).parent_path().string();
    const std::string why = writeFileAtomically(path, projectToJson(project, dir));
    if (why.empty())
        return {};
    auto e = error(ProjectErrorCode::CannotWrite, why);
    e.path = path;
    return e;
}

ProjectLoad loadProject(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ProjectLoad out;
        out.error = error(ProjectErrorCode::CannotRead, "cannot open the file");
        out.error.path = path;
        return out;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto out = projectFromJson(text.str(), fs::absolute(path).parent_path().string());
    out.error.path = path;
    return out;
}

std::string describe(const ProjectError& e)
{
    const std::string where = e.path.empty() ? std::string("project") : e.path;
    switch (e.code) {
    case ProjectErrorCode::None: return {};
    case ProjectErrorCode::CannotRead: return where + ": cannot open the file";
    case ProjectErrorCode::NotJson:
        return where + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": the file is damaged (not valid JSON)";
    case ProjectErrorCode::NotAProject: return where + ": not a MarineCast project file";
    case ProjectErrorCode::NewerFormat:
        return where + " was saved by a newer MarineCast (project format " + std::to_string(e.foundVersion)
            + "; this version reads up to " + std::to_string(kProjectFormatVersion) + "). Update MarineCast to open it.";
    case ProjectErrorCode::BadContent: return where + ": " + e.detail;
    case ProjectErrorCode::CannotWrite: return e.detail;
    }
    return e.detail;
}

std::vector<std::string> missingFiles(const Project& project)
{
    std::vector<std::string> out;
    for (const auto& s : project.sources)
        for (const auto& f : s.paths)
            if (!fs::exists(f) && std::find(out.begin(), out.end(), f) == out.end())
                out.push_back(f);
    return out;
}

int relinkDataFile(Project& project, const std::string& from, const std::string& to)
{
    int changed = 0;
    const auto fix = [&](std::vector<std::string>& paths) {
        for (auto& p : paths)
            if (p == from) {
                p = to;
                ++changed;
            }
    };
    for (auto& s : project.sources) {
        fix(s.paths);
        s.missing = std::any_of(s.paths.begin(), s.paths.end(), [](const std::string& f) { return !fs::exists(f); });
    }
    for (auto& r : project.runs)
        fix(r.config.dataPaths);
    if (project.currentConfig)
        fix(project.currentConfig->dataPaths);
    return changed;
}

std::string projectRunDir(const std::string& projectPath, int runId)
{
    return projectPath + ".runs/run-" + std::to_string(runId);
}

}  // namespace mc
