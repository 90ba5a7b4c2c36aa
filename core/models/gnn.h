// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

// The graph neural network of Scarselli, Gori, Tsoi, Hagenbuchner and Monfardini, "The Graph
// Neural Network Model", IEEE TNN 20(1), 2009, in its non-positional form:
//
//   x_n = Σ_{u∈ne[n]} h_w(l_n, l_(n,u), x_u, l_u)        (the state: a fixed point, eq. 3)
//   o_n = g_w(x_n, l_n)                                  (the output, eq. 5)
//
// The state is found by the Jacobi iteration x(t+1) = F_w(x(t), l) (FORWARD) and the gradient by
// the paper's BACKWARD: the adjoint z = z·A + b iterated to its own fixed point, with
// A = ∂F_w/∂x at the fixed point. Neither keeps the iterations: memory is that of one F_w.

#include <torch/torch.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace mc {

enum class GnnVariant {
    /// h_w = A_{n,u} x_u + b_n with A_{n,u} = μ/(s·|ne[u]|)·resize(φ_w(l_n, l_(n,u), l_u)) and
    /// b_n = ρ_w(l_n): a contraction with constant μ for any weights (paper §III-B.1, eq. 12–14).
    Linear,
    /// h_w an MLP; the contraction is encouraged by the penalty β·Σ_i L(‖A^i‖₁) (§III-B.2).
    Nonlinear,
};

struct GnnOptions {
    GnnOptions(int64_t nodeLabelSize, int64_t edgeLabelSize, int64_t outputSize)
        : node_label_size_(nodeLabelSize), edge_label_size_(edgeLabelSize), output_size_(outputSize)
    {
    }
    /// l_N: length of a node label l_n.
    TORCH_ARG(int64_t, node_label_size);
    /// l_E: length of an edge label l_(n,u).
    TORCH_ARG(int64_t, edge_label_size);
    /// m: length of an output o_n.
    TORCH_ARG(int64_t, output_size);
    /// s: length of a state x_n.
    TORCH_ARG(int64_t, state_size) = 5;
    TORCH_ARG(GnnVariant, variant) = GnnVariant::Linear;
    /// Contraction constant, in (0, 1): the linear variant's bound, the nonlinear variant's target.
    TORCH_ARG(double, mu) = 0.9;
    /// FORWARD stops when max |x(t) − x(t−1)| ≤ eps_forward.
    TORCH_ARG(double, eps_forward) = 1e-5;
    /// BACKWARD stops when max |z(t−1) − z(t)| ≤ eps_backward.
    TORCH_ARG(double, eps_backward) = 1e-5;
    /// Cap on the iterations of FORWARD and, separately, of BACKWARD.
    TORCH_ARG(int64_t, max_iterations) = 50;
    /// Weight of the contraction penalty (nonlinear variant; ignored by the linear one).
    TORCH_ARG(double, beta) = 1.0;
    /// Hidden units of the transition network (φ_w, or h_w in the nonlinear variant).
    TORCH_ARG(int64_t, transition_hidden) = 16;
    /// Hidden units of the forcing network ρ_w (linear variant).
    TORCH_ARG(int64_t, forcing_hidden) = 16;
    /// Hidden units of the output network g_w.
    TORCH_ARG(int64_t, output_hidden) = 16;
};

/// The graph every sample of a batch shares. Arc e = (n, u) says u ∈ ne[n]: x_u feeds x_n.
/// Neighbourhoods must be symmetric (the linear variant's bound sums A_{n,u} over n ∈ ne[u]).
struct GnnGraph {
    int64_t nodes = 0;
    torch::Tensor receivers;   ///< (E) int64: n of each arc
    torch::Tensor senders;     ///< (E) int64: u of each arc
    torch::Tensor edgeLabels;  ///< (E, edge_label_size) floating
    torch::Tensor degree;      ///< (N) floating: |ne[n]|
};

/// Builds a GnnGraph from arcs (n, u) and their labels (E, l_E). Throws c10::Error when an index is
/// out of range, an arc is a self-loop or repeated, or (n, u) lacks its reverse (u, n).
[[nodiscard]] GnnGraph makeGnnGraph(int64_t nodes, const std::vector<std::pair<int64_t, int64_t>>& arcs,
                                    const torch::Tensor& edgeLabels);

/// Counts of the fixed-point solvers, for the trainer to surface ("k of n forward passes did not
/// converge"): failing to converge is reported, never thrown.
struct GnnSolverStats {
    int64_t forwardCalls = 0;
    int64_t forwardUnconverged = 0;
    int64_t backwardCalls = 0;
    int64_t backwardUnconverged = 0;
    int64_t lastForwardIterations = 0;
    int64_t lastBackwardIterations = 0;
    double lastForwardResidual = 0.0;
    double lastBackwardResidual = 0.0;
};

struct GnnOutput {
    torch::Tensor outputs;  ///< (B, N, output_size): o_n = g_w(x_n, l_n)
    torch::Tensor states;   ///< (B, N, state_size): x at the end of FORWARD
    /// Scalar: β·(1/B)·Σ_b Σ_i L(‖A^i‖₁) for the nonlinear variant, 0 for the linear one. Add it to
    /// the loss; it is differentiable w.r.t. the weights (at the current fixed point).
    torch::Tensor penalty;
    int64_t iterations = 0;  ///< FORWARD iterations taken
    double residual = 0.0;   ///< max |x(t) − x(t−1)| at the last iteration
    bool converged = false;  ///< residual ≤ eps_forward within max_iterations
};

class GnnImpl : public torch::nn::Module {
public:
    GnnImpl(const GnnOptions& options, GnnGraph graph);

    /// nodeLabels: (B, N, node_label_size), the graph's N nodes per sample. FORWARD from x(0) = 0,
    /// then G_w; gradients flow to every parameter (and to the labels) through BACKWARD.
    GnnOutput forward(const torch::Tensor& nodeLabels);

    /// F_w(x, l): states (B, N, s), nodeLabels (B, N, l_N) -> (B, N, s). Differentiable; one
    /// application, as the iterations and the tests use it.
    torch::Tensor transition(const torch::Tensor& states, const torch::Tensor& nodeLabels);
    /// G_w: states (B, N, s), nodeLabels (B, N, l_N) -> (B, N, output_size).
    torch::Tensor output(const torch::Tensor& states, const torch::Tensor& nodeLabels);
    /// ‖A^i‖₁ for every column i = (u, j) of ∂F_w/∂x at @p states: (B, N, s), exact (see .cpp).
    torch::Tensor jacobianColumnNorms(const torch::Tensor& states, const torch::Tensor& nodeLabels);
    /// β·(1/B)·Σ_b Σ_i L(‖A^i‖₁), L(y) = (y − μ)² for y > μ, else 0. Nonlinear variant only.
    torch::Tensor contractionPenalty(const torch::Tensor& states, const torch::Tensor& nodeLabels);

    /// The parameters F_w depends on (φ_w and ρ_w, or h_w); G_w's are the rest.
    [[nodiscard]] std::vector<torch::Tensor> transitionParameters() const;
    [[nodiscard]] const GnnSolverStats& solverStats() const { return m_stats; }
    void resetSolverStats() { m_stats = {}; }
    [[nodiscard]] const GnnGraph& graph() const { return m_graph; }

    GnnOptions options;

private:
    friend struct GnnFixedPoint;

    /// The parts of F_w that do not depend on the state, computed once per FORWARD.
    struct Terms {
        torch::Tensor a;        ///< linear: (B, E, s, s), A_{n,u} per arc
        torch::Tensor forcing;  ///< linear: (B, N, s), |ne[n]|·b_n
        torch::Tensor labelPre; ///< nonlinear: (B, E, H), the label part of h_w's hidden layer
    };
    Terms prepare(const torch::Tensor& nodeLabels);
    torch::Tensor apply(const Terms& terms, const torch::Tensor& states);
    /// Graph tensors on @p like's device and floating type (cached).
    const GnnGraph& graphLike(const torch::Tensor& like);
    /// (B, E, 2·l_N + l_E): [l_n, l_(n,u), l_u] per arc.
    torch::Tensor arcLabels(const torch::Tensor& nodeLabels);

    GnnGraph m_graph;
    GnnGraph m_graphCache;
    GnnSolverStats m_stats;
    // Linear: transition φ_w and forcing ρ_w. Nonlinear: h_w, its first layer split in a label
    // part and a state part (the same as one layer on the concatenation).
    torch::nn::Linear m_phiHidden{nullptr}, m_phiOut{nullptr};
    torch::nn::Linear m_rhoHidden{nullptr}, m_rhoOut{nullptr};
    torch::nn::Linear m_hLabels{nullptr}, m_hState{nullptr}, m_hOut{nullptr};
    torch::nn::Linear m_gHidden{nullptr}, m_gOut{nullptr};
};

TORCH_MODULE(Gnn);

}  // namespace mc
