// SPDX-License-Identifier: GPL-3.0-or-later
// FORWARD and BACKWARD of Scarselli et al. (2009), Table 1, as one custom autograd function.
#include "models/gnn.h"

#include <cstdint>

namespace mc {

// Inputs: the node labels, then F_w's parameters (so autograd routes ∂e/∂w to them), then the
// module. Output: the fixed point x. G_w is applied outside, so autograd itself supplies
// b = ∂e/∂o·∂G_w/∂x as this function's incoming gradient and adds c = ∂e/∂o·∂G_w/∂w.
struct GnnFixedPoint : public torch::autograd::Function<GnnFixedPoint> {
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& nodeLabels,
                                 at::TensorList params, GnnImpl* self)
    {
        // FORWARD: the Jacobi iteration from x(0) = 0. Only the latest iterate is kept.
        const auto& o = self->options;
        const auto terms = self->prepare(nodeLabels);
        auto x = torch::zeros({nodeLabels.size(0), nodeLabels.size(1), o.state_size()}, nodeLabels.options());
        double residual = 0.0;
        int64_t t = 0;
        bool converged = false;
        while (t < o.max_iterations()) {
            auto next = self->apply(terms, x);
            residual = (next - x).abs().max().item<double>();
            x = next;
            ++t;
            if (residual <= o.eps_forward()) {
                converged = true;
                break;
            }
        }
        auto& st = self->m_stats;
        ++st.forwardCalls;
        st.forwardUnconverged += converged ? 0 : 1;
        st.lastForwardIterations = t;
        st.lastForwardResidual = residual;

        // The module outlives the graph built on its parameters; an address is all the context
        // can carry of it.
        ctx->saved_data["self"] = static_cast<int64_t>(reinterpret_cast<std::intptr_t>(self));
        ctx->saved_data["params"] = static_cast<int64_t>(params.size());
        ctx->save_for_backward({nodeLabels, x});
        return x;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list gradOutputs)
    {
        auto* self = reinterpret_cast<GnnImpl*>(static_cast<std::intptr_t>(ctx->saved_data["self"].toInt()));
        const auto paramCount = ctx->saved_data["params"].toInt();
        const auto saved = ctx->get_saved_variables();
        const auto& o = self->options;
        const auto b = gradOutputs[0];  // ∂e/∂o · ∂G_w/∂x at the fixed point

        // One recorded application of F_w at the fixed point; every product below is a
        // vector–Jacobian product through it, so memory does not depend on the iterations.
        torch::AutoGradMode gradOn(true);
        const auto x = saved[1].detach().requires_grad_(true);
        const bool labelGrad = ctx->needs_input_grad(0);
        const auto labels = labelGrad ? saved[0].detach().requires_grad_(true) : saved[0].detach();
        const auto fx = self->transition(x, labels);

        // BACKWARD: z(t) = z(t+1)·A + b with A = ∂F_w/∂x, to its fixed point z = b·(I − A)⁻¹.
        auto z = b;
        double residual = 0.0;
        int64_t t = 0;
        bool converged = false;
        while (t < o.max_iterations()) {
            const auto zA = torch::autograd::grad({fx}, {x}, {z}, /*retain_graph=*/true)[0];
            auto next = zA + b;
            residual = (next - z).abs().max().item<double>();
            z = next;
            ++t;
            if (residual <= o.eps_backward()) {
                converged = true;
                break;
            }
        }
        auto& st = self->m_stats;
        ++st.backwardCalls;
        st.backwardUnconverged += converged ? 0 : 1;
        st.lastBackwardIterations = t;
        st.lastBackwardResidual = residual;

        // d = z·∂F_w/∂w (and z·∂F_w/∂l for labels that need it).
        const auto params = self->transitionParameters();
        TORCH_CHECK(int64_t(params.size()) == paramCount, "GnnFixedPoint: parameter list changed");
        std::vector<torch::Tensor> wrt;
        std::vector<std::size_t> slot;  // position of each wrt entry in the result
        torch::autograd::variable_list result(std::size_t(paramCount) + 2);
        if (labelGrad) {
            wrt.push_back(labels);
            slot.push_back(0);
        }
        for (int64_t i = 0; i < paramCount; ++i)
            if (ctx->needs_input_grad(std::size_t(i) + 1)) {
                wrt.push_back(params[std::size_t(i)]);
                slot.push_back(std::size_t(i) + 1);
            }
        if (!wrt.empty()) {
            const auto grads = torch::autograd::grad({fx}, wrt, {z}, /*retain_graph=*/false,
                                                     /*create_graph=*/false, /*allow_unused=*/true);
            for (std::size_t k = 0; k < wrt.size(); ++k)
                result[slot[k]] = grads[k];
        }
        return result;  // the last slot, for the module pointer, stays undefined
    }
};

GnnOutput GnnImpl::forward(const torch::Tensor& nodeLabels)
{
    TORCH_CHECK(nodeLabels.dim() == 3 && nodeLabels.size(1) == m_graph.nodes
                    && nodeLabels.size(2) == options.node_label_size(),
                "Gnn: expected node labels (batch, ", m_graph.nodes, ", ", options.node_label_size(), "), got ",
                nodeLabels.sizes());
    const auto params = transitionParameters();
    GnnOutput out;
    out.states = GnnFixedPoint::apply(nodeLabels, at::TensorList(params), this);
    out.iterations = m_stats.lastForwardIterations;
    out.residual = m_stats.lastForwardResidual;
    out.converged = out.residual <= options.eps_forward();
    out.outputs = output(out.states, nodeLabels);
    if (options.variant() == GnnVariant::Nonlinear && options.beta() > 0)
        out.penalty = contractionPenalty(out.states.detach(), nodeLabels);
    else
        out.penalty = torch::zeros({}, nodeLabels.options());
    return out;
}

}  // namespace mc
