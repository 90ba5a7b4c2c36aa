// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model_registry.h"
#include "run_config.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

/// The `.mcproj` format this build writes. Files of this version or older load; newer ones are
/// refused with NewerFormat rather than half read.
inline constexpr int kProjectFormatVersion = 1;

/// Data files read together, with the settings they were imported with.
struct ProjectSource {
    std::vector<std::string> paths;   ///< absolute in memory; relative to the project on disk
    std::string importSettingsJson;   ///< importSettingsToJson text; empty: automatic settings
    bool missing = false;             ///< not written: a file could not be found (see missingFiles)
};

/// A finished run as the project keeps it.
struct ProjectRun {
    int id = 0;                       ///< unique within the project
    std::string name;
    std::string finished;             ///< ISO 8601 UTC, e.g. 2026-11-28T21:30:00Z
    RunConfig config;                 ///< what Re-run trains again (data paths absolute in memory)
    std::string metricsJson;          ///< the run's metrics.json text
    std::string outputDir;            ///< run folder (model.mcmodel, forecast.csv …); absolute in memory, empty: none
    std::string resultJson;           ///< runSnapshotJson text: restores results and charts
};

/// The Compare tab's choice of configurations.
struct ProjectComparison {
    std::vector<std::string> checkedKeys;  ///< e.g. "current", "preset:deck", "run:3"
};

/// Everything a `.mcproj` file holds.
struct Project {
    std::vector<ProjectSource> sources;
    std::vector<ProjectRun> runs;
    std::vector<Preset> presets;               ///< the user presets in use when saved
    std::vector<ProjectComparison> comparisons;
    std::optional<RunConfig> currentConfig;    ///< the Model panel's settings
    std::string language;                      ///< UI language code ("en", "zh_CN"), empty: unchanged
};

enum class ProjectErrorCode {
    None,
    CannotRead,     ///< the file cannot be opened
    NotJson,        ///< line and column set
    NotAProject,    ///< JSON, but not a MarineCast project
    NewerFormat,    ///< foundVersion > kProjectFormatVersion
    BadContent,     ///< detail names the part that is wrong
    CannotWrite,
};

struct ProjectError {
    ProjectErrorCode code = ProjectErrorCode::None;
    std::string path;
    std::string detail;    ///< English
    int foundVersion = 0;  ///< NewerFormat: the file's version
    int line = 0;          ///< NotJson: 1-based
    int column = 0;
    [[nodiscard]] bool ok() const { return code == ProjectErrorCode::None; }
};

struct ProjectLoad {
    Project project;
    ProjectError error;
    [[nodiscard]] bool ok() const { return error.ok(); }
};

/// JSON text of @p project; file paths under @p projectDir's reach are written relative to it
/// (with forward slashes), so a project folder can be moved or copied whole.
[[nodiscard]] std::string projectToJson(const Project& project, const std::string& projectDir);
/// Parses projectToJson's text, resolving relative paths against @p projectDir. Sets
/// ProjectSource::missing for sources with a file that does not exist.
[[nodiscard]] ProjectLoad projectFromJson(const std::string& text, const std::string& projectDir);

/// Writes @p project to @p path atomically (temporary file, flush, rename): after a crash the
/// file is the previous version or this one, never a mix.
[[nodiscard]] ProjectError saveProject(const Project& project, const std::string& path);
[[nodiscard]] ProjectLoad loadProject(const std::string& path);

/// English one-liner, e.g. "x.mcproj was saved by a newer MarineCast (project format 3; this
/// version reads up to 1). Update MarineCast to open it."
[[nodiscard]] std::string describe(const ProjectError& error);

/// @p path relative to @p base when it lies below it or near it (at most two levels up);
/// otherwise @p path unchanged. Forward slashes.
[[nodiscard]] std::string relativeToProject(const std::string& path, const std::string& base);
/// @p stored made absolute against @p base (absolute paths stay), normalised.
[[nodiscard]] std::string resolveFromProject(const std::string& stored, const std::string& base);

/// The data files of @p project's sources that do not exist, each once.
[[nodiscard]] std::vector<std::string> missingFiles(const Project& project);
/// Points every reference to @p from (sources and run configurations) at @p to and updates the
/// sources' missing flags. Returns how many references changed.
int relinkDataFile(Project& project, const std::string& from, const std::string& to);

/// Folder of run @p runId's outputs for the project at @p projectPath: `<project>.runs/run-<id>`.
[[nodiscard]] std::string projectRunDir(const std::string& projectPath, int runId);

}  // namespace mc
