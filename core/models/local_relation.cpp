// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/local_relation.h"

#include "models/local_window.h"

#include <limits>

namespace mc {
LocalRelationImpl::LocalRelationImpl(const LocalRelationOptions& opts) : options(opts)
{
    const auto& o = options;
    TORCH_CHECK(o.dims() == 1 || o.dims() == 2, "LocalRelation: dims must be 1 or 2, got ", o.dims());
    TORCH_CHECK(o.channels() >= 1, "LocalRelation: channels must be at least 1, got ", o.channels());
    TORCH_CHECK(o.kernel_size() >= 1, "LocalRelation: kernel_size must be at least 1, got ", o.kernel_size());
    TORCH_CHECK(o.heads() >= 1 && o.channels() % o.heads() == 0, "LocalRelation: heads (", o.heads(),
                ") must divide channels (", o.channels(), ")");
    TORCH_CHECK(o.key_channels() >= 1, "LocalRelation: key_channels must be at least 1, got ", o.key_channels());
    TORCH_CHECK(o.prior_hidden() >= 1, "LocalRelation: prior_hidden must be at least 1, got ", o.prior_hidden());
    const int64_t kq = o.heads() * o.key_channels();
    m_query = pointwise(o.dims(), o.channels(), kq);
    m_key = pointwise(o.dims(), o.channels(), kq);
    register_module("query", m_query.ptr());
    register_module("key", m_key.ptr());
    m_prior1 = register_module("prior1", torch::nn::Linear(o.dims(), o.prior_hidden()));
    m_prior2 = register_module("prior2", torch::nn::Linear(o.prior_hidden(), o.heads()));
    m_offsets = register_buffer("offsets", offsetTable(o.kernel_size(), o.dims()));
}

torch::Tensor LocalRelationImpl::geometryPrior()
{
    // The offsets enter as they are (small integers for the windows used here).
    return m_prior2->forward(torch::relu(m_prior1->forward(m_offsets))).t();
}

torch::Tensor LocalRelationImpl::forward(const torch::Tensor& x, torch::Tensor* weights)
{
    const auto& o = options;
    const bool grid = o.dims() == 2;
    TORCH_CHECK(x.dim() == 2 + o.dims() && x.size(1) == o.channels(), "LocalRelation: expected (batch, ", o.channels(),
                grid ? ", rows, cols)" : ", length)", ", got ", x.sizes());
    const int64_t b = x.size(0);
    const int64_t h = o.heads();
    const int64_t kc = o.key_channels();
    const int64_t k = o.kernel_size();
    const int64_t window = grid ? k * k : k;
    const int64_t positions = grid ? x.size(2) * x.size(3) : x.size(2);
    const auto gather = [&](const torch::Tensor& t) { return grid ? gatherWindows2d(t, k) : gatherWindows1d(t, k); };

    const auto q = m_query.forward(x).reshape({b, h, kc, positions, 1});
    const auto keys = gather(m_key.forward(x)).reshape({b, h, kc, positions, window});
    const auto composability = -(q - keys).pow(2).sum(2);  // (B, h, P, window)
    auto logits = composability + geometryPrior().view({1, h, 1, window});
    const auto valid = grid ? windowValid2d(x.size(2), x.size(3), k, x.device()).reshape({positions, window})
                            : windowValid1d(x.size(2), k, x.device());
    logits = logits.masked_fill(valid.logical_not(), -std::numeric_limits<float>::infinity());
    const auto w = torch::softmax(logits, -1);

    // Channel sharing: the C/h channels of group g are aggregated with group g's weights.
    const auto values = gather(x).reshape({b, h, o.channels() / h, positions, window});
    const auto y = (w.unsqueeze(2) * values).sum(-1);
    if (weights)
        *weights = grid ? w.reshape({b, h, x.size(2), x.size(3), window}) : w;
    return y.reshape(x.sizes());
}

}  // namespace mc
