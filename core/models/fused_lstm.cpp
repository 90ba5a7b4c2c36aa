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

#include <cstring>

namespace mc {
namespace {

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

class FusedLstmFunction : public torch::autograd::Function<FusedLstmFunction> {
public:
    static variable_list forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& h0,
                                 const torch::Tensor& c0, torch::TensorList weights, bool zeroState)
    {
        std::vector<torch::Tensor> w(weights.begin(), weights.end());
        Trace tr = runForward(x, h0, c0, w, zeroState);
        ctx->save_for_backward(w);
        ctx->saved_data["xs"] = tr.xs;
        ctx->saved_data["gates"] = tr.gates;
        ctx->saved_data["c"] = tr.c;
        ctx->saved_data["h"] = tr.h;
        ctx->saved_data["tanhC"] = tr.tanhC;
        const auto out = outputsOf(tr);
        return {out.output, out.h, out.c};
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads)
    {
        const auto w = ctx->get_saved_variables();
        Trace tr;
        tr.xs = ctx->saved_data["xs"].toTensor();
        tr.gates = ctx->saved_data["gates"].toTensorVector();
        tr.c = ctx->saved_data["c"].toTensorVector();
        tr.h = ctx->saved_data["h"].toTensorVector();
        tr.tanhC = ctx->saved_data["tanhC"].toTensorVector();
        const int64_t L = int64_t(w.size() / 4), T = tr.xs.size(0), B = tr.xs.size(1), H = w[1].size(1);
        const auto opts = torch::TensorOptions().dtype(torch::kFloat);

        auto dy = grads[0].transpose(0, 1).contiguous();  // (T, B, H)
        const auto dhN = grads[1].contiguous();
        const auto dcN = grads[2].contiguous();
        auto dG = torch::empty({T, B, 4 * H}, opts);
        auto dh0 = torch::empty({L, B, H}, opts);
        auto dc0 = torch::empty({L, B, H}, opts);
        variable_list result(3 + 4 * L + 1);
        float* g = dG.data_ptr<float>();
        for (int64_t l = L - 1; l >= 0; --l) {
            const int64_t in = w[4 * l].size(1);
            const float* whh = w[4 * l + 1].data_ptr<float>();
            const float* gates = tr.gates[l].data_ptr<float>();
            const float* cs = tr.c[l].data_ptr<float>();
            const float* ts = tr.tanhC[l].data_ptr<float>();
            const float* dys = dy.data_ptr<float>();
            float* dh = dh0[l].data_ptr<float>();
            float* dc = dc0[l].data_ptr<float>();
            std::memcpy(dh, dhN[l].data_ptr<float>(), sizeof(float) * B * H);
            std::memcpy(dc, dcN[l].data_ptr<float>(), sizeof(float) * B * H);
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
            result[3 + 4 * l] = dWih;
            result[3 + 4 * l + 1] = dWhh;
            result[3 + 4 * l + 2] = db;
            result[3 + 4 * l + 3] = db.clone();  // two parameters must not share one gradient tensor
            if (l > 0 || ctx->needs_input_grad(0)) {
                auto dIn = torch::empty({T, B, in}, opts);
                gemm(false, false, T * B, in, 4 * H, g, 4 * H, w[4 * l].data_ptr<float>(), in, 0.0f,
                     dIn.data_ptr<float>(), in);
                if (l > 0)
                    dy = dIn;
                else
                    result[0] = dIn.transpose(0, 1).contiguous();
            }
        }
        result[1] = dh0;
        result[2] = dc0;
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

FusedLstmOutput fusedLstm(const torch::Tensor& x, const torch::Tensor& h0, const torch::Tensor& c0,
                          const std::vector<torch::Tensor>& weights)
{
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
    if (!torch::GradMode::is_enabled() || !needsGrad) {
        // Inference: nothing to keep for a backward pass.
        const auto tr = runForward(x.contiguous(), h, c, w, zeroState);
        return outputsOf(tr);
    }
    const auto out = FusedLstmFunction::apply(x.contiguous(), h, c, torch::TensorList(w), zeroState);
    return {out[0], out[1], out[2]};
}

}  // namespace mc
