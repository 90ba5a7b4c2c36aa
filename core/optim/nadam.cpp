// SPDX-License-Identifier: GPL-3.0-or-later
#include "optim/nadam.h"

#include <torch/optim/serialize.h>
#include <torch/serialize/archive.h>
#include <torch/types.h>
#include <torch/utils.h>

#include <cmath>
#include <memory>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>

namespace mc {
namespace {

void checkOptions(const NadamOptions& o)
{
    TORCH_CHECK(o.lr() >= 0, "Nadam: invalid learning rate ", o.lr());
    TORCH_CHECK(o.eps() >= 0, "Nadam: invalid epsilon ", o.eps());
    const auto [beta1, beta2] = o.betas();
    TORCH_CHECK(beta1 >= 0 && beta1 < 1, "Nadam: beta1 must be in [0, 1), got ", beta1);
    TORCH_CHECK(beta2 >= 0 && beta2 < 1, "Nadam: beta2 must be in [0, 1), got ", beta2);
    TORCH_CHECK(o.weight_decay() >= 0, "Nadam: invalid weight_decay ", o.weight_decay());
    TORCH_CHECK(o.momentum_decay() >= 0, "Nadam: invalid momentum_decay ", o.momentum_decay());
}

// LibTorch 1.13 keys optimizer state by the parameter's TensorImpl address printed as text (the
// text its own serialize helpers write and read back); 2.x keys it by the address itself. The
// map's key type says which, so one source builds against both.
using StateMap = std::decay_t<decltype(std::declval<torch::optim::Optimizer&>().state())>;
using StateKey = typename StateMap::key_type;

template <typename Key>
Key stateKeyOf(const torch::Tensor& param)
{
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream text;
        text << param.unsafeGetTensorImpl();
        return text.str();
    } else {
        return static_cast<Key>(param.unsafeGetTensorImpl());
    }
}

// Archives hold IValues; keeping to write/read/try_read of IValues avoids the underscore macros
// of torch/optim/serialize.h, which are not public API and may change between releases.
template <typename T>
void writeValue(torch::serialize::OutputArchive& archive, const char* key, T value)
{
    archive.write(key, c10::IValue(value));
}

c10::IValue readValue(torch::serialize::InputArchive& archive, const char* key)
{
    c10::IValue value;
    archive.read(key, value);
    return value;
}

bool sameTensor(const torch::Tensor& a, const torch::Tensor& b)
{
    if (a.defined() != b.defined())
        return false;
    return !a.defined() || torch::equal(a, b);
}

}  // namespace

NadamOptions::NadamOptions(double lr) : lr_(lr) {}

bool operator==(const NadamOptions& lhs, const NadamOptions& rhs)
{
    return lhs.lr() == rhs.lr() && lhs.betas() == rhs.betas() && lhs.eps() == rhs.eps()
        && lhs.weight_decay() == rhs.weight_decay() && lhs.momentum_decay() == rhs.momentum_decay();
}

void NadamOptions::serialize(torch::serialize::OutputArchive& archive) const
{
    writeValue(archive, "lr", lr());
    writeValue(archive, "beta1", std::get<0>(betas()));
    writeValue(archive, "beta2", std::get<1>(betas()));
    writeValue(archive, "eps", eps());
    writeValue(archive, "weight_decay", weight_decay());
    writeValue(archive, "momentum_decay", momentum_decay());
}

void NadamOptions::serialize(torch::serialize::InputArchive& archive)
{
    lr(readValue(archive, "lr").toDouble());
    betas(std::make_tuple(readValue(archive, "beta1").toDouble(), readValue(archive, "beta2").toDouble()));
    eps(readValue(archive, "eps").toDouble());
    weight_decay(readValue(archive, "weight_decay").toDouble());
    momentum_decay(readValue(archive, "momentum_decay").toDouble());
}

double NadamOptions::get_lr() const { return lr(); }

void NadamOptions::set_lr(double lr) { this->lr(lr); }

bool operator==(const NadamParamState& lhs, const NadamParamState& rhs)
{
    return lhs.step() == rhs.step() && lhs.mu_product() == rhs.mu_product()
        && sameTensor(lhs.exp_avg(), rhs.exp_avg()) && sameTensor(lhs.exp_avg_sq(), rhs.exp_avg_sq());
}

void NadamParamState::serialize(torch::serialize::OutputArchive& archive) const
{
    writeValue(archive, "step", step());
    writeValue(archive, "mu_product", mu_product());
    // A state exists only once a step has created its moments, so both are defined here.
    archive.write("exp_avg", exp_avg(), /*is_buffer=*/true);
    archive.write("exp_avg_sq", exp_avg_sq(), /*is_buffer=*/true);
}

void NadamParamState::serialize(torch::serialize::InputArchive& archive)
{
    step(readValue(archive, "step").toInt());
    mu_product(readValue(archive, "mu_product").toDouble());
    torch::Tensor t;
    archive.read("exp_avg", t, /*is_buffer=*/true);
    exp_avg(t);
    torch::Tensor t2;
    archive.read("exp_avg_sq", t2, /*is_buffer=*/true);
    exp_avg_sq(t2);
}

Nadam::Nadam(std::vector<torch::optim::OptimizerParamGroup> paramGroups, NadamOptions defaults)
    : torch::optim::Optimizer(std::move(paramGroups), std::make_unique<NadamOptions>(defaults))
{
    checkOptions(defaults);
    // Groups may bring their own options; the base class only filled in the defaults where not.
    for (const auto& group : param_groups())
        checkOptions(static_cast<const NadamOptions&>(group.options()));
}

Nadam::Nadam(std::vector<torch::Tensor> params, NadamOptions defaults)
    : Nadam(std::vector<torch::optim::OptimizerParamGroup>{torch::optim::OptimizerParamGroup(std::move(params))},
            std::move(defaults))
{
}

torch::Tensor Nadam::step(LossClosure closure)
{
    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        at::AutoGradMode enableGrad(true);
        loss = closure();
    }
    for (auto& group : param_groups()) {
        const auto& o = static_cast<const NadamOptions&>(group.options());
        const auto [beta1, beta2] = o.betas();
        const double lr = o.lr();
        const double eps = o.eps();
        const double weightDecay = o.weight_decay();
        const double psi = o.momentum_decay();
        for (auto& param : group.params()) {
            if (!param.grad().defined())
                continue;
            TORCH_CHECK(!param.grad().is_sparse(), "Nadam does not support sparse gradients");
            auto grad = param.grad();

            auto& slot = state()[stateKeyOf<StateKey>(param)];
            if (!slot) {
                auto fresh = std::make_unique<NadamParamState>();
                fresh->exp_avg(torch::zeros_like(param, torch::MemoryFormat::Preserve));
                fresh->exp_avg_sq(torch::zeros_like(param, torch::MemoryFormat::Preserve));
                slot = std::move(fresh);
            }
            auto& s = static_cast<NadamParamState&>(*slot);

            s.step(s.step() + 1);
            const auto t = static_cast<double>(s.step());
            if (weightDecay != 0)
                grad = grad.add(param, weightDecay);  // a new tensor: the stored gradient stays as it was

            // The schedule depends on t alone, so its terms are host doubles, not tensors.
            const double mu = beta1 * (1.0 - 0.5 * std::pow(0.96, t * psi));
            const double muNext = beta1 * (1.0 - 0.5 * std::pow(0.96, (t + 1.0) * psi));
            const double muProduct = s.mu_product() * mu;
            const double muProductNext = muProduct * muNext;
            s.mu_product(muProduct);

            auto& m = s.exp_avg();
            auto& v = s.exp_avg_sq();
            m.mul_(beta1).add_(grad, 1.0 - beta1);
            v.mul_(beta2).addcmul_(grad, grad, 1.0 - beta2);
            const double biasCorrection2 = 1.0 - std::pow(beta2, t);
            const auto denom = (v / biasCorrection2).sqrt_().add_(eps);

            param.addcdiv_(grad, denom, -lr * (1.0 - mu) / (1.0 - muProduct));
            param.addcdiv_(m, denom, -lr * muNext / (1.0 - muProductNext));
        }
    }
    return loss;
}

void Nadam::save(torch::serialize::OutputArchive& archive) const
{
    torch::optim::serialize<NadamParamState, NadamOptions>(archive, *this);
}

void Nadam::load(torch::serialize::InputArchive& archive)
{
    torch::optim::serialize<NadamParamState, NadamOptions>(archive, *this);
}

}  // namespace mc
