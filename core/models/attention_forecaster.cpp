// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/attention_forecaster.h"

namespace mc {

AttentionVariant parseAttentionVariant(const std::string& name)
{
    if (name == "sasa")
        return AttentionVariant::Sasa;
    if (name == "local-relation")
        return AttentionVariant::LocalRelation;
    TORCH_CHECK(false, "unknown attention variant '", name, "' (sasa or local-relation)");
}

AttentionBlockImpl::AttentionBlockImpl(const AttentionForecasterOptions& o, int dims)
{
    const int64_t c = o.embedding_dim();
    if (o.variant() == AttentionVariant::Sasa)
        m_sasa = register_module("attention", Sasa(SasaOptions(c, c).kernel_size(o.window()).heads(o.heads()).dims(dims)));
    else
        m_relation = register_module(
            "attention", LocalRelation(LocalRelationOptions(c).kernel_size(o.window()).heads(o.heads()).dims(dims)));
    m_norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c})));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c})));
    m_ffn1 = register_module("ffn1", torch::nn::Linear(c, c * o.ffn_multiplier()));
    m_ffn2 = register_module("ffn2", torch::nn::Linear(c * o.ffn_multiplier(), c));
}

torch::Tensor AttentionBlockImpl::forward(const torch::Tensor& h, torch::Tensor* weights)
{
    // The layers are channels-first like convolutions; norms and the FFN act on the last axis.
    const auto a = m_norm1->forward(h).movedim(-1, 1);
    const auto attended = !m_sasa.is_empty() ? m_sasa->forward(a, weights) : m_relation->forward(a, weights);
    auto out = h + attended.movedim(1, -1);
    return out + m_ffn2->forward(torch::gelu(m_ffn1->forward(m_norm2->forward(out))));
}

AttentionForecasterImpl::AttentionForecasterImpl(const AttentionForecasterOptions& opts) : options(opts)
{
    const auto& o = options;
    TORCH_CHECK(o.features() >= 1, "AttentionForecaster: features must be at least 1, got ", o.features());
    TORCH_CHECK(o.horizon() >= 1, "AttentionForecaster: horizon must be at least 1, got ", o.horizon());
    TORCH_CHECK(o.window() >= 1, "AttentionForecaster: window must be at least 1, got ", o.window());
    TORCH_CHECK(o.layers() >= 1, "AttentionForecaster: layers must be at least 1, got ", o.layers());
    TORCH_CHECK(o.ffn_multiplier() >= 1, "AttentionForecaster: ffn_multiplier must be at least 1");
    TORCH_CHECK(o.heads() >= 1 && o.embedding_dim() % o.heads() == 0, "AttentionForecaster: heads (", o.heads(),
                ") must divide embedding_dim (", o.embedding_dim(), ")");
    TORCH_CHECK((o.grid_rows() > 0) == (o.grid_cols() > 0), "AttentionForecaster: give both grid_rows and grid_cols, or neither");
    TORCH_CHECK(!o.grid() || o.lookback() >= 1, "AttentionForecaster: grid mode needs the lookback for its stem");
    const int64_t c = o.embedding_dim();
    m_stem = register_module("stem", torch::nn::Linear(o.grid() ? o.lookback() * o.features() : o.features(), c));
    m_blocks = register_module("blocks", torch::nn::ModuleList());
    for (int64_t i = 0; i < o.layers(); ++i)
        m_blocks->push_back(AttentionBlock(o, o.grid() ? 2 : 1));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c})));
    TORCH_CHECK(o.target_feature() >= 0 && o.target_feature() < o.features() && o.observed_feature() < o.features(),
                "AttentionForecaster: target_feature ", o.target_feature(), " and observed_feature ",
                o.observed_feature(), " must be among the ", o.features(), " features");
    m_head = register_module("head", torch::nn::Linear(o.grid() ? c : 2 * c, o.horizon()));
    if (o.residual()) {
        // A zero change: the untrained network is the persistence forecast.
        torch::NoGradGuard noGrad;
        m_head->weight.zero_();
        m_head->bias.zero_();
    } else if (o.relu_output()) {
        // A ReLU head starting below zero never gets a gradient. As in the LSTM the bias starts in the
        // middle of the min-max levels; the weights start small too, so that no window starts (or is
        // pushed by the first large steps) into the dead zone: with LayerNorm'd features of unit size
        // the default weights spread the first outputs by about ±0.6 around 0.5.
        torch::NoGradGuard noGrad;
        m_head->bias.fill_(0.5);
        m_head->weight.mul_(0.1);
    }
}

torch::Tensor AttentionForecasterImpl::forward(const torch::Tensor& x) { return forwardWithAttention(x, nullptr); }

torch::Tensor AttentionForecasterImpl::forwardWithAttention(const torch::Tensor& x, std::vector<torch::Tensor>* weights)
{
    const auto& o = options;
    TORCH_CHECK(x.dim() == 3 && x.size(2) == o.features(), "AttentionForecaster: expected (batch, lookback, ",
                o.features(), "), got ", x.sizes());
    if (weights)
        weights->clear();
    torch::Tensor h;
    int64_t groups = 0;
    if (o.grid()) {
        const int64_t cells = o.grid_rows() * o.grid_cols();
        TORCH_CHECK(x.size(1) == o.lookback(), "AttentionForecaster: grid stem built for lookback ", o.lookback(),
                    ", got ", x.size(1));
        TORCH_CHECK(x.size(0) % cells == 0, "AttentionForecaster: batch ", x.size(0), " is not whole groups of ", cells,
                    " cells");
        groups = x.size(0) / cells;
        // Row-major cells: (B·N, T, F) -> (B, rows, cols, T·F).
        h = m_stem->forward(x.reshape({groups, o.grid_rows(), o.grid_cols(), o.lookback() * o.features()}));
    } else {
        h = m_stem->forward(x);
    }
    for (const auto& module : *m_blocks) {
        torch::Tensor w;
        h = module->as<AttentionBlockImpl>()->forward(h, weights ? &w : nullptr);
        if (weights)
            weights->push_back(w);
    }
    h = m_norm->forward(h);
    torch::Tensor y;
    if (o.grid()) {
        y = m_head->forward(h).reshape({groups * o.grid_rows() * o.grid_cols(), o.horizon()});
    } else {
        // The last step sees only its own past window; the mean carries the rest of the lookback.
        const auto last = h.select(1, h.size(1) - 1);
        y = m_head->forward(torch::cat({last, h.mean(1)}, 1));
    }
    if (o.residual())
        y = y + lastObservedTarget(x, o.target_feature(), o.observed_feature()).unsqueeze(1);
    return o.relu_output() ? torch::relu(y) : y;
}

}  // namespace mc
