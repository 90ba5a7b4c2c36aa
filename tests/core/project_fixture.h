// SPDX-License-Identifier: GPL-3.0-or-later
// Projects made by hand for the project-file tests: deterministic from a generation number, so a
// test can tell which complete version a file on disk is.
#pragma once

#include "project_file.h"
#include "run_snapshot.h"

#include <cmath>
#include <string>

namespace project_fixture {

/// A finished run with @p windows test windows of horizon 7 whose numbers depend on @p salt.
inline mc::ExperimentResult result(int salt, std::size_t windows = 365)
{
    mc::ExperimentResult r;
    r.config.station = "toy";
    r.config.target = "v";
    r.config.params.set("seed", std::int64_t{salt});
    auto& d = r.data;
    d.station = "toy";
    d.target = "v";
    d.featureNames = {"v"};
    d.scalers = {{0.5, 2.0}};
    d.climatology.fill(20.0);
    auto& w = d.test;
    w.count = windows;
    w.lookback = 7;
    w.features = 1;
    w.horizon = 7;
    const mc::TimePoint t0 = 1514764800;  // 2018-01-01
    for (std::size_t i = 0; i < windows; ++i) {
        w.originTime.push_back(t0 + mc::TimePoint(i) * mc::kSecondsPerDay);
        w.lastObserved.push_back(20 + std::sin(double(i + salt)));
        for (int k = 0; k < 7; ++k) {
            const double x = double(i * 7 + std::size_t(k) + std::size_t(salt));
            w.validTime.push_back(t0 + mc::TimePoint(i + std::size_t(k) + 1) * mc::kSecondsPerDay);
            w.observed.push_back(20 + std::sin(x / 10));
            r.predicted.push_back(20 + std::sin(x / 10) + 0.1 * std::cos(x));
            r.persistence.push_back(w.lastObserved.back());
            r.climatology.push_back(20.0);
        }
    }
    r.model.pooled = {0.1 + salt * 1e-6, 0.08, 0.5, 0.9, 0.85, 0.01, windows * 7};
    r.model.perHorizon.assign(7, r.model.pooled);
    r.persistenceScore = r.model;
    r.climatologyScore = r.model;
    r.skillPerHorizon.assign(7, 0.2);
    r.training.status = mc::TrainStatus::Finished;
    r.training.epochsRun = 2;
    r.training.history = {{1, 2, 0.5, 0.6, 0.1, true}, {2, 2, 0.25, 0.3, 0.2, true}};
    return r;
}

/// Version @p generation of a project with @p runs runs (about 2.4 MB for 8 runs).
inline mc::Project project(int generation, int runs = 8)
{
    mc::Project p;
    p.language = "en";
    p.presets.push_back({"generation", std::to_string(generation), {}});
    for (int i = 0; i < runs; ++i) {
        const auto r = result(generation * 100 + i);
        mc::ProjectRun run;
        run.id = i + 1;
        run.name = "run " + std::to_string(i + 1) + " of generation " + std::to_string(generation);
        run.finished = "2026-11-28T21:00:00Z";
        run.config = r.config;
        run.resultJson = mc::runSnapshotJson(r);
        p.runs.push_back(std::move(run));
    }
    return p;
}

/// The generation a loaded project says it is, or -1.
inline int generationOf(const mc::Project& p)
{
    for (const auto& preset : p.presets)
        if (preset.name == "generation")
            return std::stoi(preset.description);
    return -1;
}

}  // namespace project_fixture
