// SPDX-License-Identifier: GPL-3.0-or-later
// Small LSTMs on a CPU are bound by per-operation overhead, not arithmetic: torch::nn::LSTM runs
// a dozen dispatched operators per step and as many in its backward. Here the whole stack is one
// autograd node over raw buffers: sgemm straight into OpenBLAS (the BLAS LibTorch itself loads)
// and the gate arithmetic in one loop per step (fused_lstm_kernels.cpp). Buffers are time-major,
// (steps, batch, ·), so a step's rows, the input of the next layer and the operands of the
// all-steps weight-gradient products are each one contiguous matrix.
#include "models/fused_lstm.h"

#include "models/fused_lstm_kernels.h"

#include <cblas.h>

#include <algorithm>
#include <cstring>

namespace mc {
namespace {

// Thresholds of fusedLstmChunkCount, from bench_fused_chunks on 2 cores: a fork and join costs
// about 30 µs and the two halves rarely run at full speed together, so a split pays from about
// 0.8 ms of work per pass (batch·steps·H·(H+16) of 1,500,000; 32×30×32 just below it measured
// 0.8–1.1×, the reference shape 128×30×32 1.4–1.6×), and each chunk needs rows enough to keep
// the small matrix products efficient.
constexpr std::int64_t kMinChunkRows = 16;
constexpr std::int64_t kMinParallelWork = 1'500'000;

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// C = A·B (+ beta·C) in row-major storage; A is m×k (or k×m when transA), B is k×n (or n×k).
void gemm(bool transA, bool transB, std::int64_t m, std::int64_t n, std::int64_t k, const float* a, std::int64_t lda,
          const float* b, std::int64_t ldb, float beta, float* c, std::int64_t ldc)
{
    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans, int(m), int(n),
                int(k), 1.0f, a, int(lda), b, int(ldb), beta, c, int(ldc));
}

// What the forward pass leaves for the backward, per layer: gate activations (T, B, 4H),
// c (T+1, B, H) and h (T+1, B, H) with the initial state in row 0, and tanh(c) (T, B, H).
struct Trace {
    torch::Tensor xs;  // (T, B, I): the input, time-major
    std::vector<torch::Tensor> gates, c, h, tanhC;
};

const float* layerInput(const Trace& tr, std::size_t layer, std::int64_t rowsPerStep)
{
    return layer == 0 ? tr.xs.data_ptr<float>() : tr.h[layer - 1].data_ptr<float>() + rowsPerStep;
}

Trace runForward(const torch::Tensor& x, const torch::Tensor& h0, const torch::Tensor& c0,
                 const std::vector<torch::Tensor>& w, bool zeroState)
{
    const int64_t B = x.size(0), T = x.size(1), L = int64_t(w.size() / 4), H = w[1].size(1);
    const auto opts = torch::TensorOptions().dtype(torch::kFloat);
    Trace tr;
    tr.xs = x.transpose(0, 1).contiguous();
    auto recurrent = torch::empty({B, 4 * H}, opts);
    for (int64_t l = 0; l < L; ++l) {
        const int64_t in = w[4 * l].size(1);
        const float* wih = w[4 * l].data_ptr<float>();
        const float* whh = w[4 * l + 1].data_ptr<float>();
        const float* bih = w[4 * l + 2].data_ptr<float>();
        const float* bhh = w[4 * l + 3].data_ptr<float>();
        auto gates = torch::empty({T, B, 4 * H}, opts);
        auto c = torch::empty({T + 1, B, H}, opts);
        auto h = torch::empty({T + 1, B, H}, opts);
        auto tanhC = torch::empty({T, B, H}, opts);
        h[0].copy_(h0[l]);
        c[0].copy_(c0[l]);
        float* g = gates.data_ptr<float>();
        for (int64_t j = 0; j < 4 * H; ++j)
            g[j] = bih[j] + bhh[j];
        for (int64_t r = 1; r < T * B; ++r)
            std::memcpy(g + r * 4 * H, g, sizeof(float) * 4 * H);
        // The input projection of every step at once; the recurrent part is added step by step.
        gemm(false, true, T * B, 4 * H, in, layerInput(tr, std::size_t(l), B * H), in, wih, in, 1.0f, g, 4 * H);
        float* hp = h.data_ptr<float>();
        float* cp = c.data_ptr<float>();
        float* tp = tanhC.data_ptr<float>();
        // The recurrent product goes to its own buffer with beta = 0: OpenBLAS serves that from
        // its small-matrix kernels, while accumulating into the gates took the packing path.
        float* rp = recurrent.data_ptr<float>();
        for (int64_t t = 0; t < T; ++t) {
            float* gt = g + t * B * 4 * H;
            const bool hasState = t > 0 || !zeroState;
            if (hasState)
                gemm(false, true, B, 4 * H, H, hp + t * B * H, H, whh, H, 0.0f, rp, 4 * H);
            fused::lstmForwardStep(B, H, gt, hasState ? rp : nullptr, cp + t * B * H, cp + (t + 1) * B * H,
                                   tp + t * B * H, hp + (t + 1) * B * H);
        }
        tr.gates.push_back(gates);
        tr.c.push_back(c);
        tr.h.push_back(h);
        tr.tanhC.push_back(tanhC);
    }
    return tr;
}

FusedLstmOutput outputsOf(const Trace& tr)
{
    const auto& top = tr.h.back();
    const int64_t T = top.size(0) - 1;
    std::vector<torch::Tensor> hs, cs;
    for (std::size_t l = 0; l < tr.h.size(); ++l) {
        hs.push_back(tr.h[l][T]);
        cs.push_back(tr.c[l][T]);
    }
    return {top.narrow(0, 1, T).transpose(0, 1).contiguous(), torch::stack(hs), torch::stack(cs)};
}

// The rows [begin, begin + size) of the batch that one chunk owns.
struct Rows {
    int64_t begin, size;
};

std::vector<Rows> splitRows(int64_t batch, int chunks)
{
    std::vector<Rows> rows;
    int64_t begin = 0;
    for (int k = 0; k < chunks; ++k) {
        const int64_t size = batch / chunks + (k < batch % chunks ? 1 : 0);
        rows.push_back({begin, size});
        begin += size;
    }
    return rows;
}

// Runs fn(k) for every chunk k, on LibTorch's intra-op threads when there are several. Each
// worker has its own autograd mode, so it is switched off there as it is on this thread.
template <typename Fn>
void forEachChunk(int chunks, const Fn& fn)
{
    if (chunks == 1) {
        fn(0);
        return;
    }
    at::parallel_for(0, chunks, 1, [&](int64_t begin, int64_t end) {
        torch::NoGradGuard noGrad;
        for (int64_t k = begin; k < end; ++k)
            fn(int(k));
    });
}

std::vector<Trace> runChunksForward(const torch::Tensor& x, const torch::Tensor& h0, const torch::Tensor& c0,
                                    const std::vector<torch::Tensor>& w, bool zeroState, int chunks)
{
    const auto rows = splitRows(x.size(0), chunks);
    std::vector<Trace> traces(rows.size());
    forEachChunk(chunks, [&](int k) {
        const auto [b, n] = rows[std::size_t(k)];
        traces[std::size_t(k)] = runForward(x.narrow(0, b, n), h0.narrow(1, b, n), c0.narrow(1, b, n), w, zeroState);
    });
    return traces;
}

FusedLstmOutput outputsOf(const std::vector<Trace>& traces)
{
    if (traces.size() == 1)
        return outputsOf(traces.front());
    std::vector<torch::Tensor> out, h, c;
    for (const auto& tr : traces) {
        auto o = outputsOf(tr);
        out.push_back(o.output);
        h.push_back(o.h);
        c.push_back(o.c);
    }
    return {torch::cat(out, 0), torch::cat(h, 1), torch::cat(c, 1)};
}

// What one chunk's backward pass gives: dx (b, T, I) when asked for, dh0 and dc0 (L, b, H), and
// per layer the gradients on weight_ih, weight_hh and the bias (one tensor for both biases).
struct ChunkGrads {
    torch::Tensor dx, dh0, dc0;
    std::vector<torch::Tensor> dW;
};

// Back-propagation through time over one chunk's trace. dyBatch: (b, T, H) upstream gradient of
// the output; dhN, dcN: (L, b, H) upstream gradients of the final state.
ChunkGrads runBackward(const Trace& tr, const std::vector<torch::Tensor>& w, const torch::Tensor& dyBatch,
                       const torch::Tensor& dhN, const torch::Tensor& dcN, bool needsInputGrad)
{
    const int64_t L = int64_t(w.size() / 4), T = tr.xs.size(0), B = tr.xs.size(1), H = w[1].size(1);
    const auto opts = torch::TensorOptions().dtype(torch::kFloat);
    auto dy = dyBatch.transpose(0, 1).contiguous();  // (T, B, H)
    auto dG = torch::empty({T, B, 4 * H}, opts);
    ChunkGrads out;
    out.dh0 = dhN.clone(at::MemoryFormat::Contiguous);
    out.dc0 = dcN.clone(at::MemoryFormat::Contiguous);
    out.dW.resize(std::size_t(3 * L));
    float* g = dG.data_ptr<float>();
    for (int64_t l = L - 1; l >= 0; --l) {
        const int64_t in = w[4 * l].size(1);
        const float* whh = w[4 * l + 1].data_ptr<float>();
        const float* gates = tr.gates[l].data_ptr<float>();
        const float* cs = tr.c[l].data_ptr<float>();
        const float* ts = tr.tanhC[l].data_ptr<float>();
        const float* dys = dy.data_ptr<float>();
        float* dh = out.dh0.data_ptr<float>() + l * B * H;
        float* dc = out.dc0.data_ptr<float>() + l * B * H;
        for (int64_t t = T - 1; t >= 0; --t) {
            float* gt = g + t * B * 4 * H;
            fused::lstmBackwardStep(B, H, gates + t * B * 4 * H, cs + t * B * H, ts + t * B * H, dh, dys + t * B * H,
                                    dc, gt);
            gemm(false, false, B, H, 4 * H, gt, 4 * H, whh, H, 0.0f, dh, H);  // now the gradient on h_{t-1}
        }
        // Weight gradients: one product over all steps each.
        auto dWih = torch::empty({4 * H, in}, opts);
        auto dWhh = torch::empty({4 * H, H}, opts);
        auto db = torch::zeros({4 * H}, opts);
        gemm(true, false, 4 * H, in, T * B, g, 4 * H, layerInput(tr, std::size_t(l), B * H), in, 0.0f,
             dWih.data_ptr<float>(), in);
        gemm(true, false, 4 * H, H, T * B, g, 4 * H, tr.h[l].data_ptr<float>(), H, 0.0f, dWhh.data_ptr<float>(), H);
        fused::addColumnSums(g, T * B, 4 * H, db.data_ptr<float>());
        out.dW[std::size_t(3 * l)] = dWih;
        out.dW[std::size_t(3 * l + 1)] = dWhh;
        out.dW[std::size_t(3 * l + 2)] = db;
        if (l > 0 || needsInputGrad) {
            auto dIn = torch::empty({T, B, in}, opts);
            gemm(false, false, T * B, in, 4 * H, g, 4 * H, w[4 * l].data_ptr<float>(), in, 0.0f, dIn.data_ptr<float>(),
                 in);
            if (l > 0)
                dy = dIn;
            else
                out.dx = dIn.transpose(0, 1).contiguous();
        }
    }
    return out;
}

// Saved per chunk, in chunk order: xs, and the per-layer traces flattened chunk by chunk.
void saveTraces(AutogradContext* ctx, const std::vector<Trace>& traces)
{
    std::vector<torch::Tensor> xs, gates, c, h, tanhC;
    for (const auto& tr : traces) {
        xs.push_back(tr.xs);
        gates.insert(gates.end(), tr.gates.begin(), tr.gates.end());
        c.insert(c.end(), tr.c.begin(), tr.c.end());
        h.insert(h.end(), tr.h.begin(), tr.h.end());
        tanhC.insert(tanhC.end(), tr.tanhC.begin(), tr.tanhC.end());
    }
    ctx->saved_data["xs"] = xs;
    ctx->saved_data["gates"] = gates;
    ctx->saved_data["c"] = c;
    ctx->saved_data["h"] = h;
    ctx->saved_data["tanhC"] = tanhC;
}

std::vector<Trace> loadTraces(AutogradContext* ctx, std::size_t layers)
{
    const auto xs = ctx->saved_data["xs"].toTensorVector();
    const auto gates = ctx->saved_data["gates"].toTensorVector();
    const auto c = ctx->saved_data["c"].toTensorVector();
    const auto h = ctx->saved_data["h"].toTensorVector();
    const auto tanhC = ctx->saved_data["tanhC"].toTensorVector();
    std::vector<Trace> traces(xs.size());
    for (std::size_t k = 0; k < xs.size(); ++k) {
        const auto from = std::ptrdiff_t(k * layers), to = std::ptrdiff_t((k + 1) * layers);
        traces[k].xs = xs[k];
        traces[k].gates.assign(gates.begin() + from, gates.begin() + to);
        traces[k].c.assign(c.begin() + from, c.begin() + to);
        traces[k].h.assign(h.begin() + from, h.begin() + to);
        traces[k].tanhC.assign(tanhC.begin() + from, tanhC.begin() + to);
    }
    return traces;
}

class FusedLstmFunction : public torch::autograd::Function<FusedLstmFunction> {
public:
    static variable_list forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& h0,
                                 const torch::Tensor& c0, torch::TensorList weights, bool zeroState, int64_t chunks)
    {
        std::vector<torch::Tensor> w(weights.begin(), weights.end());
        // Detached: the chunk workers slice these with autograd on, which must not record views.
        const auto traces = runChunksForward(x.detach(), h0.detach(), c0.detach(), w, zeroState, int(chunks));
        ctx->save_for_backward(w);
        saveTraces(ctx, traces);
        const auto out = outputsOf(traces);
        return {out.output, out.h, out.c};
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const auto w = ctx->get_saved_variables();
        const int64_t L = int64_t(w.size() / 4);
        const auto traces = loadTraces(ctx, std::size_t(L));
        const int chunks = int(traces.size());
        std::vector<Rows> rows;
        int64_t begin = 0;
        for (const auto& tr : traces) {
            rows.push_back({begin, tr.xs.size(1)});
            begin += tr.xs.size(1);
        }
        const bool needsInputGrad = ctx->needs_input_grad(0);
        std::vector<ChunkGrads> parts(rows.size());
        forEachChunk(chunks, [&](int k) {
            const auto [b, n] = rows[std::size_t(k)];
            parts[std::size_t(k)] = runBackward(traces[std::size_t(k)], w, grads[0].narrow(0, b, n),
                                                grads[1].narrow(1, b, n), grads[2].narrow(1, b, n), needsInputGrad);
        });
        variable_list result(3 + 4 * L + 2);
        const auto concat = [&](auto member, int64_t dim) {
            if (chunks == 1)
                return parts.front().*member;
            std::vector<torch::Tensor> all;
            for (const auto& p : parts)
                all.push_back(p.*member);
            return torch::cat(all, dim);
        };
        if (needsInputGrad)
            result[0] = concat(&ChunkGrads::dx, 0);
        result[1] = concat(&ChunkGrads::dh0, 1);
        result[2] = concat(&ChunkGrads::dc0, 1);
        for (int64_t l = 0; l < L; ++l) {
            for (int64_t m = 0; m < 3; ++m) {
                auto sum = parts.front().dW[std::size_t(3 * l + m)];
                for (std::size_t k = 1; k < parts.size(); ++k)
                    sum.add_(parts[k].dW[std::size_t(3 * l + m)]);
                result[std::size_t(3 + 4 * l + m)] = sum;
            }
            // Two parameters must not share one gradient tensor.
            result[std::size_t(3 + 4 * l + 3)] = result[std::size_t(3 + 4 * l + 2)].clone();
        }
        return result;
    }
};

}  // namespace

bool fusedLstmSupported(const torch::Tensor& x, const std::vector<torch::Tensor>& weights)
{
    if (!x.defined() || !x.device().is_cpu() || x.scalar_type() != torch::kFloat || x.dim() != 3)
        return false;
    if (weights.empty() || weights.size() % 4 != 0)
        return false;  // no biases, or a projection
    for (const auto& t : weights)
        if (!t.device().is_cpu() || t.scalar_type() != torch::kFloat)
            return false;
    return true;
}

int fusedLstmChunkCount(std::int64_t batch, std::int64_t steps, std::int64_t hidden, int threads)
{
    if (threads <= 1 || batch < 2 * kMinChunkRows)
        return 1;
    // Below this much work per call the fork and join cost more than the second core saves.
    const std::int64_t work = batch * steps * hidden * (hidden + 16);
    if (work < kMinParallelWork)
        return 1;
    return int(std::min<std::int64_t>(threads, batch / kMinChunkRows));
}

FusedLstmOutput fusedLstm(const torch::Tensor& x, const torch::Tensor& h0, const torch::Tensor& c0,
                          const std::vector<torch::Tensor>& weights, int chunks)
{
    TORCH_CHECK(chunks >= 0, "fusedLstm: chunks must be 0 (automatic) or positive, got ", chunks);
    TORCH_CHECK(fusedLstmSupported(x, weights), "fusedLstm: needs CPU float32 input and LSTM weights with biases");
    const int64_t L = int64_t(weights.size() / 4), B = x.size(0), H = weights[1].size(1);
    TORCH_CHECK(x.size(2) == weights[0].size(1), "fusedLstm: input has ", x.size(2), " features, the LSTM expects ",
                weights[0].size(1));
    const bool zeroState = !h0.defined();
    TORCH_CHECK(zeroState == !c0.defined(), "fusedLstm: give both h0 and c0 or neither");
    std::vector<torch::Tensor> w;
    for (const auto& t : weights)
        w.push_back(t.contiguous());
    const auto opts = torch::TensorOptions().dtype(torch::kFloat);
    const auto h = zeroState ? torch::zeros({L, B, H}, opts) : h0.contiguous();
    const auto c = zeroState ? torch::zeros({L, B, H}, opts) : c0.contiguous();
    TORCH_CHECK(h.sizes() == c.sizes() && h.dim() == 3 && h.size(0) == L && h.size(1) == B && h.size(2) == H,
                "fusedLstm: state must be (", L, ", ", B, ", ", H, "), got ", h.sizes(), " and ", c.sizes());
    bool needsGrad = x.requires_grad() || h.requires_grad() || c.requires_grad();
    for (const auto& t : w)
        needsGrad = needsGrad || t.requires_grad();
    if (chunks == 0)
        chunks = at::in_parallel_region() ? 1 : fusedLstmChunkCount(B, x.size(1), H, at::get_num_threads());
    chunks = int(std::clamp<std::int64_t>(chunks, 1, std::max<std::int64_t>(B, 1)));
    if (!torch::GradMode::is_enabled() || !needsGrad) {
        // Inference: nothing to keep for a backward pass.
        return outputsOf(runChunksForward(x.contiguous(), h, c, w, zeroState, chunks));
    }
    const auto out = FusedLstmFunction::apply(x.contiguous(), h, c, torch::TensorList(w), zeroState, chunks);
    return {out[0], out[1], out[2]};
}

}  // namespace mc
