// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch.
#pragma once

#include <torch/arg.h>
#include <torch/optim/optimizer.h>
#include <torch/serialize/archive.h>

#include <cstdint>
#include <tuple>
#include <vector>

namespace mc {

/// Options of mc::Nadam. The defaults are those of torch.optim.NAdam in PyTorch 2.x.
struct NadamOptions : public torch::optim::OptimizerCloneableOptions<NadamOptions> {
    /// Implicit from a learning rate, as LibTorch's own options are: its param-group loader builds
    /// one from 0 before reading the saved values.
    NadamOptions(double lr = 2e-3);  // NOLINT(google-explicit-constructor)
    using betas_t = std::tuple<double, double>;

    /// Step size γ.
    TORCH_ARG(double, lr) = 2e-3;
    /// Decay rates (β1, β2) of the gradient average and of the squared-gradient average, each in [0, 1).
    TORCH_ARG(betas_t, betas) = std::make_tuple(0.9, 0.999);
    /// Added to the denominator √v̂ for numerical stability.
    TORCH_ARG(double, eps) = 1e-8;
    /// L2 penalty λ, added to the gradient as λ·θ (not decoupled as in AdamW).
    TORCH_ARG(double, weight_decay) = 0;
    /// ψ in the momentum schedule μ_t = β1·(1 − ½·0.96^(t·ψ)).
    TORCH_ARG(double, momentum_decay) = 4e-3;

public:  // TORCH_ARG leaves the access at private
    void serialize(torch::serialize::InputArchive& archive) override;
    void serialize(torch::serialize::OutputArchive& archive) const override;
    friend bool operator==(const NadamOptions& lhs, const NadamOptions& rhs);
    ~NadamOptions() override = default;
    [[nodiscard]] double get_lr() const override;
    void set_lr(double lr) override;
};

/// What Nadam keeps per parameter; saved and loaded with the optimizer.
struct NadamParamState : public torch::optim::OptimizerCloneableParamState<NadamParamState> {
    /// Steps taken on this parameter: t of the last step.
    TORCH_ARG(std::int64_t, step) = 0;
    /// Π_{i=1..t} μ_i, the product of the momentum schedule so far. A double: it only depends on
    /// the step count, and keeping it on the host avoids a device round trip per step.
    TORCH_ARG(double, mu_product) = 1.0;
    /// First moment m_t, shaped like the parameter.
    TORCH_ARG(torch::Tensor, exp_avg);
    /// Second moment v_t, shaped like the parameter.
    TORCH_ARG(torch::Tensor, exp_avg_sq);

public:  // TORCH_ARG leaves the access at private
    void serialize(torch::serialize::InputArchive& archive) override;
    void serialize(torch::serialize::OutputArchive& archive) const override;
    friend bool operator==(const NadamParamState& lhs, const NadamParamState& rhs);
    ~NadamParamState() override = default;
};

/// Nesterov-accelerated Adam (Dozat 2016) with the momentum schedule of torch.optim.NAdam in
/// PyTorch 2.x, which LibTorch's C++ API lacks. Per parameter and step t:
///
///     g   = ∇θ + λ·θ
///     μ_t = β1·(1 − ½·0.96^(t·ψ)),  μ_{t+1} = β1·(1 − ½·0.96^((t+1)·ψ))
///     m   = β1·m + (1 − β1)·g,      v = β2·v + (1 − β2)·g²,      v̂ = v / (1 − β2^t)
///     θ  −= γ·μ_{t+1}·m / ((1 − Π_{i≤t+1} μ_i)(√v̂ + ε)) + γ·(1 − μ_t)·g / ((1 − Π_{i≤t} μ_i)(√v̂ + ε))
///
/// Debian's PyTorch 1.13 NAdam is not the reference: its default path has a formula bug that 2.0
/// fixed. tests/core/tst_nadam.cpp checks trajectories against an independent NumPy script.
class Nadam : public torch::optim::Optimizer {
public:
    /// Throws c10::Error when an option is out of range (negative lr, eps, weight_decay or
    /// momentum_decay; a beta outside [0, 1)), for the defaults and for each group's own options.
    explicit Nadam(std::vector<torch::optim::OptimizerParamGroup> paramGroups, NadamOptions defaults = {});
    explicit Nadam(std::vector<torch::Tensor> params, NadamOptions defaults = {});

    /// One update of every parameter that has a gradient. With @p closure, evaluates it first
    /// (with gradients enabled) and returns its loss; otherwise returns an undefined tensor.
    torch::Tensor step(LossClosure closure = nullptr) override;
    /// Writes options and per-parameter state (step, μ product, moments) to @p archive.
    void save(torch::serialize::OutputArchive& archive) const override;
    /// Reads what save() wrote; parameters are matched to the saved state by position.
    void load(torch::serialize::InputArchive& archive) override;
};

}  // namespace mc
