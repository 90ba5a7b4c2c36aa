// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/gnn_forecaster.h"

#include <algorithm>
#include <cmath>

namespace mc {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Standardised over the nodes that have a value; unknown values and a constant column give 0.
std::vector<double> standardised(const std::vector<double>& values)
{
    double sum = 0, sumSq = 0;
    int count = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v;
            sumSq += v * v;
            ++count;
        }
    std::vector<double> out(values.size(), 0.0);
    if (count == 0)
        return out;
    const double mean = sum / count;
    const double sd = std::sqrt(std::max(0.0, sumSq / count - mean * mean));
    for (std::size_t i = 0; i < values.size(); ++i)
        if (std::isfinite(values[i]) && sd > 1e-12)
            out[i] = (values[i] - mean) / sd;
    return out;
}

torch::Tensor staticLabels(const std::vector<GnnNodePosition>& nodes)
{
    std::vector<double> lat, lon, depth;
    bool anyDepth = false;
    for (const auto& n : nodes) {
        lat.push_back(n.latitude);
        lon.push_back(n.longitude);
        depth.push_back(n.depth);
        anyDepth = anyDepth || std::isfinite(n.depth);
    }
    std::vector<std::vector<double>> columns{standardised(lat), standardised(lon)};
    if (anyDepth) {
        columns.push_back(standardised(depth));
        std::vector<double> known;
        for (double d : depth)
            known.push_back(std::isfinite(d) ? 1.0 : 0.0);
        columns.push_back(known);
    }
    auto out = torch::empty({int64_t(nodes.size()), int64_t(columns.size())}, torch::kFloat64);
    auto a = out.accessor<double, 2>();
    for (std::size_t c = 0; c < columns.size(); ++c)
        for (std::size_t n = 0; n < nodes.size(); ++n)
            a[int64_t(n)][int64_t(c)] = columns[c][n];
    return out;
}

}  // namespace

GnnGraph gnnGraphFromStations(const StationGraph& graph)
{
    double longest = 0;
    for (const auto& arc : graph.arcs)
        longest = std::max(longest, arc.distanceKm);
    std::vector<std::pair<int64_t, int64_t>> arcs;
    auto labels = torch::empty({int64_t(graph.arcs.size()), 3}, torch::kFloat64);
    auto a = labels.accessor<double, 2>();
    for (std::size_t e = 0; e < graph.arcs.size(); ++e) {
        const auto& arc = graph.arcs[e];
        arcs.emplace_back(arc.from, arc.to);
        const double bearing = arc.bearingDeg * kPi / 180.0;
        a[int64_t(e)][0] = longest > 0 ? arc.distanceKm / longest : 0.0;
        a[int64_t(e)][1] = std::sin(bearing);
        a[int64_t(e)][2] = std::cos(bearing);
    }
    return makeGnnGraph(graph.nodeCount, arcs, labels);
}

GnnForecasterImpl::GnnForecasterImpl(const GnnForecasterOptions& opts) : options(opts)
{
    const auto& o = options;
    TORCH_CHECK(o.input_size() >= 1, "GnnForecaster: input_size must be at least 1, got ", o.input_size());
    TORCH_CHECK(o.horizon() >= 1, "GnnForecaster: horizon must be at least 1, got ", o.horizon());
    TORCH_CHECK(o.lookback() >= 1, "GnnForecaster: lookback must be at least 1, got ", o.lookback());
    TORCH_CHECK(o.neighbours() >= 1, "GnnForecaster: neighbours must be at least 1, got ", o.neighbours());
    TORCH_CHECK(std::isfinite(o.radius_km()) && o.radius_km() >= 0,
                "GnnForecaster: radius_km must be at least 0, got ", o.radius_km());
    TORCH_CHECK(o.hidden() >= 1, "GnnForecaster: hidden must be at least 1, got ", o.hidden());
    TORCH_CHECK(o.target_feature() >= 0 && o.target_feature() < o.input_size() && o.observed_feature() < o.input_size(),
                "GnnForecaster: target_feature ", o.target_feature(), " and observed_feature ", o.observed_feature(),
                " must be among the ", o.input_size(), " features");

    std::vector<GeoPoint> points;
    for (const auto& n : o.nodes())
        points.push_back({n.latitude, n.longitude});
    StationGraphOptions graphOptions;
    graphOptions.neighbours = int(std::min<int64_t>(o.neighbours(), 1 << 20));
    graphOptions.radiusKm = o.radius_km();
    auto built = buildStationGraph(points, graphOptions);
    TORCH_CHECK(built.ok(), "GnnForecaster: cannot build the station graph: ", describe(built));
    m_stationGraph = std::move(built.graph);
    m_staticLabels = staticLabels(o.nodes());

    GnnOptions g(o.lookback() * o.input_size() + m_staticLabels.size(1), 3, o.horizon());
    g.state_size(o.state_size()).variant(o.variant()).mu(o.mu()).eps_forward(o.eps_forward());
    g.eps_backward(o.eps_backward()).max_iterations(o.max_iterations()).beta(o.beta());
    g.transition_hidden(o.hidden()).forcing_hidden(o.hidden()).output_hidden(o.hidden());
    m_gnn = register_module("gnn", Gnn(g, gnnGraphFromStations(m_stationGraph)));
    if (o.residual()) {
        // o_n starts at zero: the untrained forecaster is the persistence forecast, so training
        // starts from the baseline it has to beat.
        torch::NoGradGuard noGrad;
        for (auto& p : m_gnn->named_parameters())
            if (p.key() == "g_out.weight" || p.key() == "g_out.bias")
                p.value().zero_();
    } else if (o.relu_output()) {
        // As for the LSTM: a ReLU output that starts below zero never gets a gradient; min-max
        // levels live in [0, 1], so start from their middle.
        torch::NoGradGuard noGrad;
        for (auto& p : m_gnn->named_parameters())
            if (p.key() == "g_out.bias")
                p.value().fill_(0.5);
    }
}

torch::Tensor GnnForecasterImpl::forward(const torch::Tensor& x)
{
    const int64_t n = int64_t(options.nodes().size());
    TORCH_CHECK(x.dim() == 3 && x.size(1) == options.lookback() && x.size(2) == options.input_size()
                    && x.size(0) % n == 0,
                "GnnForecaster: expected (batch*", n, ", ", options.lookback(), ", ", options.input_size(),
                "), got ", x.sizes());
    const int64_t batch = x.size(0) / n;
    const auto windows = x.reshape({batch, n, options.lookback() * options.input_size()});
    const auto statics = m_staticLabels.to(x.device(), x.scalar_type()).unsqueeze(0).expand({batch, -1, -1});
    m_last = m_gnn->forward(torch::cat({windows, statics}, 2));
    m_penalty = options.variant() == GnnVariant::Nonlinear ? m_last.penalty : torch::Tensor();
    auto y = m_last.outputs.reshape({batch * n, options.horizon()});
    if (options.residual())
        y = y + lastObservedTarget(x, options.target_feature(), options.observed_feature()).unsqueeze(1);
    return options.relu_output() ? torch::relu(y) : y;
}

std::string GnnForecasterImpl::convergenceNote() const
{
    const auto& st = solverStats();
    if (st.forwardUnconverged == 0 && st.backwardUnconverged == 0)
        return {};
    // The fixed point is the model's output: an iteration cut short gives a state the equations do
    // not define, so the analyst must hear about it even when the loss looks fine.
    std::string note;
    if (st.forwardUnconverged > 0)
        note = std::to_string(st.forwardUnconverged) + " of " + std::to_string(st.forwardCalls)
            + " state iterations stopped at max-iterations (" + std::to_string(options.max_iterations())
            + ") before the change fell below eps-forward";
    if (st.backwardUnconverged > 0)
        note += (note.empty() ? "" : "; ") + std::to_string(st.backwardUnconverged) + " of "
            + std::to_string(st.backwardCalls) + " gradient iterations stopped before eps-backward";
    return note + "; raise max-iterations, or lower mu";
}

}  // namespace mc
