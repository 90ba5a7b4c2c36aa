// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "node_layout.h"
#include "run_config.h"
#include "scaler.h"
#include "time_axis.h"

#include <array>
#include <cstdint>
#include <cstddef>
#include <string>
#include <vector>

namespace mc {

/// Supervised windows in flat row-major arrays, so they cross threads and APIs as plain values.
///
/// Multi-node layouts (PreparedData::layout Stations or Grid) store **origin-major node groups**:
/// window index = origin * N + node with N = PreparedData::nodes.size(), so windows [g*N, g*N+N)
/// share one origin time; `node` names each window's node. There the features are the V variables
/// (scaled, 0 where missing) followed by V observed-indicators (1 observed, 0 missing), y is NaN
/// where a target is missing (or, outside training, gap-filled), and lastObserved is the last
/// observed target within the lookback (NaN when there is none; persistence then has no value).
struct WindowSet {
    std::size_t count = 0;
    int lookback = 0;
    int features = 0;
    int horizon = 0;
    std::vector<float> x;                 ///< (count, lookback, features), scaled
    std::vector<float> y;                 ///< (count, horizon), scaled level or scaled change
    std::vector<TimePoint> originTime;    ///< (count) time of the last input step
    std::vector<double> lastObserved;     ///< (count) target at originTime, original units
    std::vector<double> lastScaled;       ///< (count) the same, scaled
    std::vector<double> observed;         ///< (count, horizon) targets, original units
    std::vector<TimePoint> validTime;     ///< (count, horizon)
    std::vector<int> node;                ///< (count) node index; all 0 for the Single layout

    /// Window @p index alone, inputs only (x and the shape; no targets): what a network sees for
    /// that one forecast. @p index must be below count.
    [[nodiscard]] WindowSet inputOf(std::size_t index) const;
};

enum class PrepErrorCode {
    None,
    NoStationWithTarget,   ///< no station has the target variable
    StationRequired,       ///< several stations have the target: the user must choose
    UnknownStation,
    UnknownVariable,       ///< the station lacks the target or an input variable
    EmptyRange,            ///< no complete window in the training or test range
    LayoutNotSupported,    ///< the model kind cannot take the node layout the data calls for
    StationsWithoutCoordinates,  ///< the model needs station positions some stations lack (candidates: those stations)
};

struct PrepError {
    PrepErrorCode code = PrepErrorCode::None;
    std::string detail;                   ///< English
    std::vector<std::string> candidates;  ///< e.g. stations to choose from
};

/// What the windows were made of, and how many were lost to gaps.
struct PreparedData {
    std::string station;                    ///< Single layout; empty for multi-node layouts
    NodeLayout layout = NodeLayout::Single;
    /// Node ids: the station (Single), the stations (Stations) or the grid cells' station ids (Grid).
    std::vector<std::string> nodes;
    std::vector<NodeInfo> nodeInfo;         ///< per node, coordinates and depth where known
    /// Grid only: nodes are row-major, node = row * gridCols + column, row = index into
    /// Dataset::grid.latitudes and column = index into its longitudes (the source's order).
    int gridRows = 0;
    int gridCols = 0;
    /// Stations left out of a Stations layout because they lack the target (e.g. a weather station).
    std::vector<std::string> leftOut;
    std::string target;
    std::vector<std::string> featureNames;  ///< feature 0 is the target
    /// Per feature, fitted on the training part only. Multi-node layouts fit one scaler per
    /// variable over every node's training values pooled (so the nodes share units and a network
    /// can compare them); the indicator features have the identity scaler.
    std::vector<Scaler> scalers;
    bool predictChange = false;
    bool dateOnly = true;
    /// The windows' time axis: consecutive window steps are axis points (seconds apart, or
    /// calendar months for data on month starts). axis.start is grid point 0.
    TimeAxis axis;
    /// The typical spacing in seconds (axis.nominalSeconds()): for drawing gaps and labels only.
    TimePoint step = kSecondsPerDay;
    WindowSet train, val, test;

    /// The whole regular time grid, for models that carry state through time instead of reading
    /// windows (stateful LSTM): grid point i is at axis.at(i). Single layout only (empty for
    /// multi-node layouts, which stateful training refuses).
    std::size_t gridCount = 0;
    std::vector<float> gridX;               ///< (gridCount, features), scaled; NaN where missing
    std::vector<float> gridY;               ///< (gridCount, horizon): the targets of origin i, as in WindowSet::y; NaN when any is missing
    std::vector<std::uint8_t> gridRange;    ///< (gridCount) range of origin i by its first target time: 0 train, 1 val, 2 test, 3 none

    /// Grid index of @p t, or -1 when @p t is not on the grid.
    [[nodiscard]] long gridIndex(TimePoint t) const
    {
        const long i = axis.index(t);
        return i >= 0 && static_cast<std::size_t>(i) < gridCount ? i : -1;
    }

    /// Windows (Single) or origins (multi-node: no node has all its targets) dropped for missing
    /// values: train, val, test.
    std::array<std::size_t, 3> skipped{};
    /// Target mean by day of year (1..366) over the training range; multi-node: all nodes pooled.
    /// On a Months axis every day of a month holds that calendar month's mean.
    std::array<double, 367> climatology{};
    /// Multi-node layouts: the same per node (empty for Single).
    std::vector<std::array<double, 367>> nodeClimatology;

    [[nodiscard]] double climatologyAt(TimePoint t) const { return climatology[static_cast<std::size_t>(dayOfYear(t))]; }
    /// Climatology of node @p node (the pooled one when there is no per-node climatology).
    [[nodiscard]] double climatologyAt(TimePoint t, std::size_t node) const
    {
        return node < nodeClimatology.size() ? nodeClimatology[node][static_cast<std::size_t>(dayOfYear(t))]
                                             : climatologyAt(t);
    }
    [[nodiscard]] bool multiNode() const { return layout != NodeLayout::Single; }
};

struct PrepResult {
    PreparedData data;
    PrepError error;
    [[nodiscard]] bool ok() const { return error.code == PrepErrorCode::None; }
};

/// The layout prepareWindows uses for @p config: Single when a station is given; otherwise Grid when
/// @p dataset has a grid and the model kind (ModelDescription::layouts) takes Grid, else Stations
/// when the kind takes Stations (and, for a kind that also takes Single, more than one station has
/// the target), else Single.
[[nodiscard]] NodeLayout chooseLayout(const Dataset& dataset, const RunConfig& config);

/// Builds windows from @p dataset for @p config in the layout chooseLayout() picks; a layout the
/// model kind does not take is refused (LayoutNotSupported), e.g. a station given to a grid model.
[[nodiscard]] PrepResult prepareWindows(const Dataset& dataset, const RunConfig& config);

/// Builds windows in @p layout. Single: station choice, target and covariates on a regular time
/// grid (inferTimeAxis: calendar months when every time is a month start), date-range split (a window belongs to the range of its first target time; its lookback
/// may reach into the previous range), scaling fitted on the training part, and windows that touch
/// a missing value skipped, never filled.
///
/// Stations: every station with the target is a node (the others are listed in leftOut), ordered
/// north to south: latitude descending, then longitude ascending; stations without coordinates
/// come last, by id. A model that links stations by position (ModelDescription::needsCoordinates)
/// refuses stations without coordinates (StationsWithoutCoordinates, candidates: their ids).
/// Grid: every cell of Dataset::grid, row-major. Multi-node layouts share one time axis
/// (inferTimeAxis over all nodes, from the earliest to the latest time); inputs `VAR` are each
/// node's own variable, `STATION:VAR` the same series for every node. An origin is kept when at
/// least one node has all its targets; missing values become indicator 0, never fills (see WindowSet).
[[nodiscard]] PrepResult prepareWindows(const Dataset& dataset, const RunConfig& config, NodeLayout layout);

/// English one-line message.
[[nodiscard]] std::string describe(const PrepError& error);

}  // namespace mc
