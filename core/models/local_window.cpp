// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/local_window.h"

namespace mc {
namespace {

std::int64_t before(std::int64_t k) { return (k - 1) / 2; }      // ⌊(k−1)/2⌋ positions back
std::int64_t after(std::int64_t k) { return k - 1 - before(k); }  // ⌈(k−1)/2⌉ positions ahead

// (length, k): which neighbours of each position exist along one axis.
torch::Tensor axisValid(std::int64_t length, std::int64_t k, const torch::Device& device)
{
    const auto opts = torch::TensorOptions().dtype(torch::kLong).device(device);
    const auto pos = torch::arange(length, opts).unsqueeze(1) + torch::arange(-before(k), after(k) + 1, opts).unsqueeze(0);
    return pos.ge(0).logical_and(pos.lt(length));
}

}  // namespace

std::vector<std::int64_t> windowOffsets(std::int64_t k)
{
    TORCH_CHECK(k >= 1, "window extent must be at least 1, got ", k);
    std::vector<std::int64_t> out;
    for (std::int64_t o = -before(k); o <= after(k); ++o)
        out.push_back(o);
    return out;
}

std::vector<WindowOffset2d> windowOffsets2d(std::int64_t k)
{
    std::vector<WindowOffset2d> out;
    const auto axis = windowOffsets(k);
    for (const auto r : axis)
        for (const auto c : axis)
            out.push_back({r, c});
    return out;
}

torch::Tensor gatherWindows1d(const torch::Tensor& x, std::int64_t k)
{
    TORCH_CHECK(x.dim() == 3, "gatherWindows1d: expected (batch, channels, length), got ", x.sizes());
    // Padded index t + j holds x[t + j − before] = x[t + offset j].
    return torch::constant_pad_nd(x, {before(k), after(k)}, 0).unfold(2, k, 1);
}

torch::Tensor gatherWindows2d(const torch::Tensor& x, std::int64_t k)
{
    TORCH_CHECK(x.dim() == 4, "gatherWindows2d: expected (batch, channels, rows, cols), got ", x.sizes());
    const auto padded = torch::constant_pad_nd(x, {before(k), after(k), before(k), after(k)}, 0);
    // (B, C, rows, cols, k_row, k_col) -> row-major k·k.
    return padded.unfold(2, k, 1).unfold(3, k, 1).flatten(4, 5);
}

torch::Tensor windowValid1d(std::int64_t length, std::int64_t k, const torch::Device& device)
{
    return axisValid(length, k, device);
}

torch::Tensor windowValid2d(std::int64_t rows, std::int64_t cols, std::int64_t k, const torch::Device& device)
{
    const auto r = axisValid(rows, k, device).view({rows, 1, k, 1});
    const auto c = axisValid(cols, k, device).view({1, cols, 1, k});
    return r.logical_and(c).reshape({rows, cols, k * k});
}

torch::Tensor offsetTable(std::int64_t k, int dims)
{
    TORCH_CHECK(dims == 1 || dims == 2, "offsetTable: dims must be 1 or 2, got ", dims);
    std::vector<float> values;
    if (dims == 1) {
        for (const auto o : windowOffsets(k))
            values.push_back(float(o));
        return torch::tensor(values).view({k, 1});
    }
    for (const auto& o : windowOffsets2d(k)) {
        values.push_back(float(o.row));
        values.push_back(float(o.col));
    }
    return torch::tensor(values).view({k * k, 2});
}

torch::nn::AnyModule pointwise(int dims, std::int64_t in, std::int64_t out)
{
    if (dims == 1)
        return torch::nn::AnyModule(torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, 1).bias(false)));
    return torch::nn::AnyModule(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1).bias(false)));
}

}  // namespace mc
