// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sasa.h"

#include "models/local_window.h"

#include <cmath>
#include <limits>

namespace mc {
SasaImpl::SasaImpl(const SasaOptions& opts) : options(opts)
{
    const auto& o = options;
    TORCH_CHECK(o.dims() == 1 || o.dims() == 2, "Sasa: dims must be 1 or 2, got ", o.dims());
    TORCH_CHECK(o.in_channels() >= 1 && o.out_channels() >= 1, "Sasa: channels must be at least 1");
    TORCH_CHECK(o.kernel_size() >= 1, "Sasa: kernel_size must be at least 1, got ", o.kernel_size());
    TORCH_CHECK(o.heads() >= 1 && o.out_channels() % o.heads() == 0, "Sasa: heads (", o.heads(),
                ") must divide out_channels (", o.out_channels(), ")");
    const int64_t d = o.out_channels() / o.heads();
    TORCH_CHECK(o.dims() == 1 || d % 2 == 0, "Sasa: in 2-D the channels per head (", d,
                ") must be even, half for the row offset and half for the column offset");
    m_query = pointwise(o.dims(), o.in_channels(), o.out_channels());
    m_key = pointwise(o.dims(), o.in_channels(), o.out_channels());
    m_value = pointwise(o.dims(), o.in_channels(), o.out_channels());
    register_module("query", m_query.ptr());
    register_module("key", m_key.ptr());
    register_module("value", m_value.ptr());
    // Of the order of a key's entries, so position and content start on a similar footing.
    const double scale = 1.0 / std::sqrt(double(d));
    if (o.dims() == 1) {
        m_relTime = register_parameter("rel_time", torch::randn({o.heads(), d, o.kernel_size()}) * scale);
    } else {
        // Per head, the first d/2 channels embed the row offset and the last d/2 the column offset.
        m_relRow = register_parameter("rel_row", torch::randn({o.heads(), d / 2, o.kernel_size()}) * scale);
        m_relCol = register_parameter("rel_col", torch::randn({o.heads(), d / 2, o.kernel_size()}) * scale);
    }
}

torch::Tensor SasaImpl::relativeEmbedding() const
{
    if (options.dims() == 1)
        return m_relTime;  // (heads, d, k)
    const int64_t k = options.kernel_size();
    const auto h = m_relRow.size(0);
    const auto half = m_relRow.size(1);
    // r_{a,b} = [row_a ; col_b]: (heads, d, k, k) flattened row-major like gatherWindows2d().
    const auto rows = m_relRow.unsqueeze(3).expand({h, half, k, k});
    const auto cols = m_relCol.unsqueeze(2).expand({h, half, k, k});
    return torch::cat({rows, cols}, 1).reshape({h, 2 * half, k * k});
}

torch::Tensor SasaImpl::forward(const torch::Tensor& x, torch::Tensor* weights)
{
    const auto& o = options;
    const bool grid = o.dims() == 2;
    TORCH_CHECK(x.dim() == 2 + o.dims() && x.size(1) == o.in_channels(), "Sasa: expected (batch, ", o.in_channels(),
                grid ? ", rows, cols)" : ", length)", ", got ", x.sizes());
    const int64_t b = x.size(0);
    const int64_t h = o.heads();
    const int64_t d = o.out_channels() / h;
    const int64_t k = o.kernel_size();
    const int64_t window = grid ? k * k : k;

    const auto q = m_query.forward(x);
    const auto keys = grid ? gatherWindows2d(m_key.forward(x), k) : gatherWindows1d(m_key.forward(x), k);
    const auto values = grid ? gatherWindows2d(m_value.forward(x), k) : gatherWindows1d(m_value.forward(x), k);
    const int64_t positions = grid ? x.size(2) * x.size(3) : x.size(2);

    // Positions flattened: q (B, h, d, P, 1); keys, values (B, h, d, P, window); r (h, d, 1, window).
    const auto qh = q.reshape({b, h, d, positions, 1});
    const auto kh = keys.reshape({b, h, d, positions, window});
    const auto vh = values.reshape({b, h, d, positions, window});
    const auto r = relativeEmbedding().unsqueeze(2);
    // The paper's logits carry no 1/√d scale; kept so (the blocks normalise their input instead).
    auto logits = (qh * (kh + r)).sum(2);  // (B, h, P, window)
    const auto valid = grid ? windowValid2d(x.size(2), x.size(3), k, x.device()).reshape({positions, window})
                            : windowValid1d(x.size(2), k, x.device());
    logits = logits.masked_fill(valid.logical_not(), -std::numeric_limits<float>::infinity());
    // Offset 0 is always inside, so no row is all −inf.
    const auto w = torch::softmax(logits, -1);
    auto y = (w.unsqueeze(2) * vh).sum(-1);  // (B, h, d, P)
    if (weights)
        *weights = grid ? w.reshape({b, h, x.size(2), x.size(3), window}) : w;
    return grid ? y.reshape({b, o.out_channels(), x.size(2), x.size(3)}) : y.reshape({b, o.out_channels(), x.size(2)});
}

}  // namespace mc
