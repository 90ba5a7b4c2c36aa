// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include "models/forecast_net.h"
#include "models/gnn.h"
#include "station_graph.h"

#include <limits>
#include <vector>

namespace mc {

/// A node's static description as the spatial contract's NodeInfo carries it (NaN when unknown).
struct GnnNodePosition {
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
    double depth = std::numeric_limits<double>::quiet_NaN();  ///< metres
};

struct GnnForecasterOptions {
    GnnForecasterOptions(int64_t inputSize, int64_t horizon, int64_t lookback, std::vector<GnnNodePosition> nodes)
        : input_size_(inputSize), horizon_(horizon), lookback_(lookback), nodes_(std::move(nodes))
    {
    }
    /// F: features per node and time step (multi-node layouts: V values then V indicators).
    TORCH_ARG(int64_t, input_size);
    TORCH_ARG(int64_t, horizon);
    /// Steps per window; the whole window of a node, flattened, is part of its label.
    TORCH_ARG(int64_t, lookback);
    /// The N nodes, in the order of the windows of one origin (window = origin·N + node).
    TORCH_ARG(std::vector<GnnNodePosition>, nodes);
    /// k of the symmetrised k-nearest-neighbour graph (when radius_km is 0).
    TORCH_ARG(int64_t, neighbours) = 3;
    /// Haversine radius of the graph in km; 0 uses neighbours.
    TORCH_ARG(double, radius_km) = 0.0;
    TORCH_ARG(int64_t, state_size) = 5;
    TORCH_ARG(GnnVariant, variant) = GnnVariant::Linear;
    TORCH_ARG(double, mu) = 0.9;
    TORCH_ARG(double, eps_forward) = 1e-5;
    TORCH_ARG(double, eps_backward) = 1e-5;
    TORCH_ARG(int64_t, max_iterations) = 50;
    TORCH_ARG(double, beta) = 1.0;
    /// Hidden units of each of the GNN's networks (φ_w/h_w, ρ_w, g_w).
    TORCH_ARG(int64_t, hidden) = 16;
    TORCH_ARG(bool, relu_output) = true;
    /// Residual forecast, a wrapper around the GNN's outputs o_n (the GNN itself is the paper's): the
    /// forecast is node n's last observed target value (feature target_feature, see lastObservedTarget)
    /// plus o_n, and the output network's last layer starts at zero, so that the untrained network
    /// forecasts persistence. Off: o_n is the forecast.
    TORCH_ARG(bool, residual) = false;
    /// The target's value feature in F.
    TORCH_ARG(int64_t, target_feature) = 0;
    /// The target's observed-indicator feature in F; -1 when the windows carry none (the last step anchors).
    TORCH_ARG(int64_t, observed_feature) = -1;
};

/// Forecasts every node of a station network at once with the GNN of Scarselli et al. (2009):
/// node label l_n = [node n's window, flattened; static features], edge label
/// l_(n,u) = [distance / longest edge, sin bearing, cos bearing], output o_n = the horizon.
///
/// Static features: latitude and longitude standardised over the nodes; when at least one node
/// has a depth, the standardised depth (0 when unknown) and a depth-known indicator.
class GnnForecasterImpl : public ForecastNetImpl {
public:
    /// Builds the station graph; throws c10::Error (with describe()'s text) when it cannot be
    /// built, e.g. a node without coordinates. Call buildStationGraph first to report that as a value.
    explicit GnnForecasterImpl(const GnnForecasterOptions& options);

    /// x: (B·N, lookback, input_size), origin-major node groups (row = origin·N + node)
    /// -> (B·N, horizon). Stores the contraction penalty for trainingPenalty().
    torch::Tensor forward(const torch::Tensor& x) override;

    /// The nonlinear variant's β·Σ L(‖A^i‖₁) of the last forward (undefined for the linear one).
    torch::Tensor trainingPenalty() override { return m_penalty; }

    [[nodiscard]] const StationGraph& stationGraph() const { return m_stationGraph; }
    [[nodiscard]] const GnnSolverStats& solverStats() const { return m_gnn->solverStats(); }
    [[nodiscard]] std::string convergenceNote() const override;
    /// The last forward's FORWARD iterations, residual and convergence.
    [[nodiscard]] const GnnOutput& lastOutput() const { return m_last; }
    Gnn& gnn() { return m_gnn; }

    GnnForecasterOptions options;

private:
    StationGraph m_stationGraph;
    torch::Tensor m_staticLabels;  // (N, static features), float64 on the CPU; cast per call
    Gnn m_gnn{nullptr};
    GnnOutput m_last;
    torch::Tensor m_penalty;
};

TORCH_MODULE(GnnForecaster);

/// Edge labels of @p graph as the forecaster uses them: (arcs, 3) = [km / longest arc, sin, cos].
[[nodiscard]] GnnGraph gnnGraphFromStations(const StationGraph& graph);

}  // namespace mc
