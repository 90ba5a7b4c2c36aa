// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace mc {
struct ExperimentResult;
}

namespace mc::cli {

/// Writes the CLI's chart images. Qt builds render offscreen (one QApplication, made on first
/// use); a Qt-free build writes nothing and returns a note. Each call returns an empty string
/// on success, else a message for stderr.
class ChartWriter {
public:
    ChartWriter(int& argc, char** argv);
    ~ChartWriter();
    ChartWriter(const ChartWriter&) = delete;
    ChartWriter& operator=(const ChartWriter&) = delete;

    /// The horizon-1 true-vs-predicted chart of one run; of its first node for a multi-node run
    /// (the title names it).
    /// With @p withAhead, the forecast ahead of the last observation is drawn past the observed
    /// range, after the last 90 time steps of history (or 30 horizons, whichever is longer).
    [[nodiscard]] std::string forecast(const ExperimentResult& result, const std::string& path, bool withAhead = false);
    /// Multi-node runs: one horizon-1 chart per node into @p dir (created if needed), named
    /// `<node id>.png` with the id made file-name safe (spaces, path and reserved characters become
    /// "_"; a clash gets "_2", "_3" …). Nothing for a one-station run. @p written (optional)
    /// receives the file names in node order. With @p withAhead each chart also draws its node's
    /// forecast ahead, as forecast() does.
    [[nodiscard]] std::string nodeCharts(const ExperimentResult& result, const std::string& dir,
                                         std::vector<std::string>* written = nullptr, bool withAhead = false);
    /// Observations and every configuration's horizon-1 forecast on one chart.
    [[nodiscard]] std::string overlay(const std::vector<std::string>& names,
                                      const std::vector<const ExperimentResult*>& results, const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace mc::cli
