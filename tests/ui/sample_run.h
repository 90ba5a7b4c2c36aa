// SPDX-License-Identifier: GPL-3.0-or-later
// Real, small runs on the bundled sample data for the GUI tests: station1 water temperature,
// lookback 7, 2 epochs, hidden 8, one CPU thread, seeded; about a second each.
#pragma once

#include "csv_import.h"
#include "experiment.h"
#include "main_window.h"
#include "run_record.h"
#include "time_format.h"

#include <QFile>
#include <QString>

#include <cmath>
#include <limits>
#include <memory>

namespace sample_run {

/// The bundled sample data, imported once per test process and shared, as the panels hold it.
inline std::shared_ptr<const mc::Dataset> sharedSampleDataset()
{
    static const std::shared_ptr<const mc::Dataset> dataset = [] {
        const QString path = mcui::MainWindow::samplePath();
        auto imported = mc::importCsv({QFile::encodeName(path).toStdString()});
        if (!imported.ok())
            qFatal("cannot import the sample data: %s", mc::describe(imported.error).c_str());
        return std::make_shared<const mc::Dataset>(std::move(imported.dataset));
    }();
    return dataset;
}

inline const mc::Dataset& sampleDataset() { return *sharedSampleDataset(); }

inline mc::RunConfig smallConfig(const std::string& station = "station1", const std::string& target = "water_temp")
{
    mc::RunConfig c;
    c.dataPaths = {QFile::encodeName(mcui::MainWindow::samplePath()).toStdString()};
    c.station = station;
    c.target = target;
    c.params.set("lookback", std::int64_t{7});
    c.params.set("epochs", std::int64_t{2});
    c.params.set("hidden", std::int64_t{8});
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.set("seed", std::int64_t{7});
    return c;
}

inline mcui::RunResultPtr run(const mc::RunConfig& config, const mc::Dataset& dataset = sampleDataset())
{
    mc::StopToken stop;
    auto result = std::make_shared<mc::ExperimentResult>(mc::runExperiment(config, stop, {}, &dataset));
    if (!result->ok())
        qFatal("sample run failed: %s", result->error.c_str());
    return result;
}

/// The sample data with @p days missing values of @p target at @p station from @p first on,
/// so the test range has a gap.
inline mc::Dataset withGap(const std::string& station, const std::string& target, int year, int month, int day, int days)
{
    mc::Dataset ds = sampleDataset();
    auto* st = ds.station(station);
    const mc::TimePoint first = *mc::daysFromCivil(year, month, day) * mc::kSecondsPerDay;
    auto& values = st->variables.at(target);
    for (std::size_t i = 0; i < st->times.size(); ++i)
        if (st->times[i] >= first && st->times[i] < first + days * mc::kSecondsPerDay)
            values[i] = std::numeric_limits<double>::quiet_NaN();
    return ds;
}

/// Points a chart of step @p horizon must have: one per test window plus one NaN per gap.
inline int expectedPoints(const mc::ExperimentResult& r, int horizon)
{
    const auto& w = r.data.test;
    const auto h = static_cast<std::size_t>(w.horizon);
    int points = 0;
    for (std::size_t i = 0; i < w.count; ++i) {
        const auto j = i * h + static_cast<std::size_t>(horizon - 1);
        if (i > 0 && w.validTime[j] - w.validTime[j - h] > r.data.step)
            ++points;
        ++points;
    }
    return points;
}

}  // namespace sample_run
