// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/gnn.h"

#include <set>

namespace mc {

GnnGraph makeGnnGraph(int64_t nodes, const std::vector<std::pair<int64_t, int64_t>>& arcs,
                      const torch::Tensor& edgeLabels)
{
    TORCH_CHECK(nodes >= 1, "makeGnnGraph: need at least one node, got ", nodes);
    TORCH_CHECK(edgeLabels.dim() == 2 && edgeLabels.size(0) == int64_t(arcs.size()),
                "makeGnnGraph: edge labels must be (", arcs.size(), ", l_E), got ", edgeLabels.sizes());
    TORCH_CHECK(edgeLabels.is_floating_point(), "makeGnnGraph: edge labels must be floating point");
    std::set<std::pair<int64_t, int64_t>> seen;
    std::vector<int64_t> receivers, senders;
    std::vector<double> degree(static_cast<std::size_t>(nodes), 0.0);
    for (const auto& [n, u] : arcs) {
        TORCH_CHECK(n >= 0 && n < nodes && u >= 0 && u < nodes, "makeGnnGraph: arc (", n, ", ", u,
                    ") has a node outside [0, ", nodes, ")");
        TORCH_CHECK(n != u, "makeGnnGraph: self-loop at node ", n);
        TORCH_CHECK(seen.insert({n, u}).second, "makeGnnGraph: arc (", n, ", ", u, ") given twice");
        receivers.push_back(n);
        senders.push_back(u);
        degree[std::size_t(n)] += 1.0;
    }
    for (const auto& [n, u] : arcs)
        TORCH_CHECK(seen.count({u, n}), "makeGnnGraph: arc (", n, ", ", u,
                    ") has no reverse; neighbourhoods must be symmetric");
    GnnGraph g;
    g.nodes = nodes;
    g.receivers = torch::tensor(receivers, torch::kInt64);
    g.senders = torch::tensor(senders, torch::kInt64);
    g.edgeLabels = edgeLabels.detach().clone();
    g.degree = torch::tensor(degree, torch::kFloat64);
    return g;
}

GnnImpl::GnnImpl(const GnnOptions& opts, GnnGraph graph) : options(opts), m_graph(std::move(graph))
{
    const auto& o = options;
    TORCH_CHECK(o.node_label_size() >= 1, "Gnn: node_label_size must be at least 1, got ", o.node_label_size());
    TORCH_CHECK(o.edge_label_size() >= 0, "Gnn: edge_label_size must be at least 0, got ", o.edge_label_size());
    TORCH_CHECK(o.output_size() >= 1, "Gnn: output_size must be at least 1, got ", o.output_size());
    TORCH_CHECK(o.state_size() >= 1, "Gnn: state_size must be at least 1, got ", o.state_size());
    TORCH_CHECK(o.mu() > 0 && o.mu() < 1, "Gnn: mu must be in (0, 1), got ", o.mu());
    TORCH_CHECK(o.eps_forward() > 0, "Gnn: eps_forward must be positive, got ", o.eps_forward());
    TORCH_CHECK(o.eps_backward() > 0, "Gnn: eps_backward must be positive, got ", o.eps_backward());
    TORCH_CHECK(o.max_iterations() >= 1, "Gnn: max_iterations must be at least 1, got ", o.max_iterations());
    TORCH_CHECK(o.beta() >= 0, "Gnn: beta must be at least 0, got ", o.beta());
    TORCH_CHECK(o.transition_hidden() >= 1 && o.forcing_hidden() >= 1 && o.output_hidden() >= 1,
                "Gnn: hidden sizes must be at least 1");
    TORCH_CHECK(m_graph.nodes >= 1 && m_graph.receivers.defined(), "Gnn: the graph is empty (use makeGnnGraph)");
    TORCH_CHECK(m_graph.edgeLabels.size(1) == o.edge_label_size(), "Gnn: the graph's edge labels have ",
                m_graph.edgeLabels.size(1), " columns, options say ", o.edge_label_size());

    const int64_t s = o.state_size();
    const int64_t arcIn = 2 * o.node_label_size() + o.edge_label_size();
    if (o.variant() == GnnVariant::Linear) {
        m_phiHidden = register_module("phi_hidden", torch::nn::Linear(arcIn, o.transition_hidden()));
        m_phiOut = register_module("phi_out", torch::nn::Linear(o.transition_hidden(), s * s));
        m_rhoHidden = register_module("rho_hidden", torch::nn::Linear(o.node_label_size(), o.forcing_hidden()));
        m_rhoOut = register_module("rho_out", torch::nn::Linear(o.forcing_hidden(), s));
    } else {
        m_hLabels = register_module("h_labels", torch::nn::Linear(arcIn, o.transition_hidden()));
        m_hState = register_module(
            "h_state", torch::nn::Linear(torch::nn::LinearOptions(s, o.transition_hidden()).bias(false)));
        m_hOut = register_module("h_out", torch::nn::Linear(o.transition_hidden(), s));
    }
    m_gHidden = register_module("g_hidden", torch::nn::Linear(s + o.node_label_size(), o.output_hidden()));
    m_gOut = register_module("g_out", torch::nn::Linear(o.output_hidden(), o.output_size()));
}

std::vector<torch::Tensor> GnnImpl::transitionParameters() const
{
    std::vector<torch::Tensor> out;
    const auto add = [&](const torch::nn::Linear& layer) {
        if (layer)
            for (const auto& p : layer->parameters())
                out.push_back(p);
    };
    for (const auto* layer : {&m_phiHidden, &m_phiOut, &m_rhoHidden, &m_rhoOut, &m_hLabels, &m_hState, &m_hOut})
        add(*layer);
    return out;
}

const GnnGraph& GnnImpl::graphLike(const torch::Tensor& like)
{
    const auto& c = m_graphCache;
    if (!c.edgeLabels.defined() || c.edgeLabels.device() != like.device()
        || c.edgeLabels.scalar_type() != like.scalar_type()) {
        m_graphCache.nodes = m_graph.nodes;
        m_graphCache.receivers = m_graph.receivers.to(like.device());
        m_graphCache.senders = m_graph.senders.to(like.device());
        m_graphCache.edgeLabels = m_graph.edgeLabels.to(like.device(), like.scalar_type());
        m_graphCache.degree = m_graph.degree.to(like.device(), like.scalar_type());
    }
    return m_graphCache;
}

torch::Tensor GnnImpl::arcLabels(const torch::Tensor& nodeLabels)
{
    const auto& g = graphLike(nodeLabels);
    const int64_t batch = nodeLabels.size(0);
    return torch::cat({nodeLabels.index_select(1, g.receivers),
                       g.edgeLabels.unsqueeze(0).expand({batch, -1, -1}),
                       nodeLabels.index_select(1, g.senders)},
                      2);
}

GnnImpl::Terms GnnImpl::prepare(const torch::Tensor& nodeLabels)
{
    TORCH_CHECK(nodeLabels.dim() == 3 && nodeLabels.size(1) == m_graph.nodes
                    && nodeLabels.size(2) == options.node_label_size(),
                "Gnn: expected node labels (batch, ", m_graph.nodes, ", ", options.node_label_size(), "), got ",
                nodeLabels.sizes());
    const auto& g = graphLike(nodeLabels);
    const auto arcs = arcLabels(nodeLabels);
    Terms t;
    if (options.variant() == GnnVariant::Linear) {
        const int64_t s = options.state_size();
        // Ξ has tanh entries, so ‖Ξ‖₁ ≤ s; scaled by μ/(s·|ne[u]|) a column block of A sums to ≤ μ.
        auto xi = torch::tanh(m_phiOut->forward(torch::tanh(m_phiHidden->forward(arcs))));
        xi = xi.view({arcs.size(0), arcs.size(1), s, s});
        const auto scale = g.degree.index_select(0, g.senders).reciprocal() * (options.mu() / double(s));
        t.a = xi * scale.view({1, -1, 1, 1});
        // h_w adds b_n once per neighbour: Σ_{u∈ne[n]} b_n = |ne[n]|·b_n.
        const auto b = m_rhoOut->forward(torch::tanh(m_rhoHidden->forward(nodeLabels)));
        t.forcing = b * g.degree.view({1, -1, 1});
    } else {
        t.labelPre = m_hLabels->forward(arcs);
    }
    return t;
}

torch::Tensor GnnImpl::apply(const Terms& t, const torch::Tensor& states)
{
    const auto& g = graphLike(states);
    const auto xu = states.index_select(1, g.senders);  // (B, E, s)
    torch::Tensor messages;
    if (options.variant() == GnnVariant::Linear)
        messages = torch::matmul(t.a, xu.unsqueeze(-1)).squeeze(-1);
    else
        messages = torch::tanh(m_hOut->forward(torch::tanh(t.labelPre + m_hState->forward(xu))));
    auto sum = torch::zeros_like(states).index_add(1, g.receivers, messages);
    return t.forcing.defined() ? sum + t.forcing : sum;
}

torch::Tensor GnnImpl::transition(const torch::Tensor& states, const torch::Tensor& nodeLabels)
{
    return apply(prepare(nodeLabels), states);
}

torch::Tensor GnnImpl::output(const torch::Tensor& states, const torch::Tensor& nodeLabels)
{
    return m_gOut->forward(torch::tanh(m_gHidden->forward(torch::cat({states, nodeLabels}, 2))));
}

torch::Tensor GnnImpl::jacobianColumnNorms(const torch::Tensor& states, const torch::Tensor& nodeLabels)
{
    const auto& g = graphLike(states);
    const auto t = prepare(nodeLabels);
    torch::Tensor blocks;  // (B, E, s, s): ∂F_n/∂x_u for arc (n, u), rows k of F_n, columns j of x_u
    if (options.variant() == GnnVariant::Linear) {
        blocks = t.a;
    } else {
        // F_n = Σ_{u∈ne[n]} h(·, x_u, ·), so column (u, j) of ∂F/∂x holds, in the rows of each
        // n ∈ ne[u], ∂h_(n,u)/∂x_u[:, j]: the s×s Jacobian of arc (n, u). h is one hidden layer,
        // y = tanh(W₂·tanh(P + W_x·x_u) + c), whose Jacobian is exact in closed form,
        // diag(1 − y²)·W₂·diag(1 − a²)·W_x: no estimate and no dense (Ns)² matrix, and it stays
        // differentiable w.r.t. the weights for the penalty.
        const auto xu = states.index_select(1, g.senders);
        const auto a = torch::tanh(t.labelPre + m_hState->forward(xu));
        const auto y = torch::tanh(m_hOut->forward(a));
        const auto inner = (1 - a * a).unsqueeze(-1) * m_hState->weight;  // (B, E, H, s)
        blocks = (1 - y * y).unsqueeze(-1) * torch::matmul(m_hOut->weight, inner);
    }
    // ‖A^(u,j)‖₁ = Σ_{n∈ne[u]} Σ_k |∂F_{n,k}/∂x_{u,j}|: column sums of the blocks, gathered on u.
    const auto columnSums = blocks.abs().sum(2);  // (B, E, s)
    return torch::zeros_like(states).index_add(1, g.senders, columnSums);
}

torch::Tensor GnnImpl::contractionPenalty(const torch::Tensor& states, const torch::Tensor& nodeLabels)
{
    const auto norms = jacobianColumnNorms(states, nodeLabels);
    const auto excess = torch::relu(norms - options.mu());
    return options.beta() * (excess * excess).sum() / double(states.size(0));
}

}  // namespace mc
