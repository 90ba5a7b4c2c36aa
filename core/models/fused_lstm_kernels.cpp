// SPDX-License-Identifier: GPL-3.0-or-later
// Built at -O3 with -fno-trapping-math (core/CMakeLists.txt): at -O2 GCC leaves these loops
// scalar, and with trapping math a float clamp stays a branch. Every loop body is written once
// (always_inline) and instantiated twice, for AVX2/FMA and for baseline x86-64; the choice is
// made once at run time, so the binary runs on any x86-64 CPU. (An AVX-512 build measured no
// faster than AVX2 on an AVX-512 machine: the loops are short, H = 32 is two AVX2 vectors per gate.)
#include "models/fused_lstm_kernels.h"

#include <cstring>

#define MC_INLINE inline __attribute__((always_inline))

namespace mc::fused {
namespace {

// exp(x) by range reduction, x = n·ln2 + r with |r| <= ln2/2, and Cephes's degree-7 minimax
// polynomial for e^r (relative error about 1e-7). Clamping keeps 2^n a normal float; NaN
// passes through both comparisons and stays NaN. Libm's expf would not vectorise.
MC_INLINE float approxExp(float x)
{
    x = x < -87.0f ? -87.0f : x;
    x = x > 88.0f ? 88.0f : x;
    // Adding 1.5·2^23 rounds to an integer held in the low mantissa bits.
    constexpr float kRound = 12582912.0f;
    const float t = x * 1.44269504088896341f + kRound;
    std::int32_t bits;
    std::memcpy(&bits, &t, sizeof bits);
    const float n = t - kRound;
    float r = x - n * 0.693359375f;
    r = r + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * (r * r) + r + 1.0f;
    const std::int32_t scaleBits = (bits - 0x4B400000 + 127) << 23;
    float scale;
    std::memcpy(&scale, &scaleBits, sizeof scale);
    return p * scale;
}

MC_INLINE float approxSigmoidOne(float x) { return 1.0f / (1.0f + approxExp(-x)); }
// tanh(x) = 2σ(2x) − 1: absolute (not relative) accuracy near 0, which is what the gates need.
MC_INLINE float approxTanhOne(float x) { return 2.0f / (1.0f + approxExp(-2.0f * x)) - 1.0f; }

MC_INLINE void sigmoidBody(const float* in, float* out, std::int64_t n)
{
    for (std::int64_t k = 0; k < n; ++k)
        out[k] = approxSigmoidOne(in[k]);
}

MC_INLINE void tanhBody(const float* in, float* out, std::int64_t n)
{
    for (std::int64_t k = 0; k < n; ++k)
        out[k] = approxTanhOne(in[k]);
}

MC_INLINE void forwardRow(std::int64_t hidden, float* __restrict g, const float* __restrict recurrent,
                          const float* __restrict cPrev, float* __restrict c, float* __restrict tanhC,
                          float* __restrict h)
{
    if (recurrent)
        for (std::int64_t k = 0; k < 4 * hidden; ++k)
            g[k] += recurrent[k];
    sigmoidBody(g, g, 2 * hidden);  // i, f
    tanhBody(g + 2 * hidden, g + 2 * hidden, hidden);
    sigmoidBody(g + 3 * hidden, g + 3 * hidden, hidden);
    const float* gi = g;
    const float* gf = g + hidden;
    const float* gg = g + 2 * hidden;
    const float* go = g + 3 * hidden;
    for (std::int64_t j = 0; j < hidden; ++j) {
        const float cj = gf[j] * cPrev[j] + gi[j] * gg[j];
        const float tj = approxTanhOne(cj);
        c[j] = cj;
        tanhC[j] = tj;
        h[j] = go[j] * tj;
    }
}

MC_INLINE void forwardStepBody(std::int64_t batch, std::int64_t hidden, float* gates, const float* recurrent,
                               const float* cPrev, float* c, float* tanhC, float* h)
{
    for (std::int64_t b = 0; b < batch; ++b)
        forwardRow(hidden, gates + b * 4 * hidden, recurrent ? recurrent + b * 4 * hidden : nullptr, cPrev + b * hidden,
                   c + b * hidden, tanhC + b * hidden, h + b * hidden);
}

MC_INLINE void backwardRow(std::int64_t hidden, const float* __restrict g, const float* __restrict cPrev,
                           const float* __restrict tanhC, const float* __restrict dh, const float* __restrict dy,
                           float* __restrict dc, float* __restrict dg)
{
    const float* gi = g;
    const float* gf = g + hidden;
    const float* gg = g + 2 * hidden;
    const float* go = g + 3 * hidden;
    float* di = dg;
    float* df = dg + hidden;
    float* dgg = dg + 2 * hidden;
    float* dout = dg + 3 * hidden;
    for (std::int64_t j = 0; j < hidden; ++j) {
        const float i = gi[j], f = gf[j], gv = gg[j], o = go[j], t = tanhC[j];
        const float dhj = dh[j] + dy[j];
        const float dcj = dc[j] + dhj * o * (1.0f - t * t);
        di[j] = dcj * gv * i * (1.0f - i);
        df[j] = dcj * cPrev[j] * f * (1.0f - f);
        dgg[j] = dcj * i * (1.0f - gv * gv);
        dout[j] = dhj * t * o * (1.0f - o);
        dc[j] = dcj * f;
    }
}

MC_INLINE void backwardStepBody(std::int64_t batch, std::int64_t hidden, const float* gates, const float* cPrev,
                                const float* tanhC, const float* dh, const float* dy, float* dc, float* dGates)
{
    for (std::int64_t b = 0; b < batch; ++b) {
        const std::int64_t o = b * hidden;
        backwardRow(hidden, gates + 4 * o, cPrev + o, tanhC + o, dh + o, dy + o, dc + o, dGates + 4 * o);
    }
}

MC_INLINE void columnSumsBody(const float* __restrict rows, std::int64_t rowCount, std::int64_t cols,
                              float* __restrict acc)
{
    for (std::int64_t r = 0; r < rowCount; ++r)
        for (std::int64_t j = 0; j < cols; ++j)
            acc[j] += rows[r * cols + j];
}

struct Kernels {
    void (*sigmoid)(const float*, float*, std::int64_t);
    void (*tanh)(const float*, float*, std::int64_t);
    void (*forward)(std::int64_t, std::int64_t, float*, const float*, const float*, float*, float*, float*);
    void (*backward)(std::int64_t, std::int64_t, const float*, const float*, const float*, const float*, const float*,
                     float*, float*);
    void (*columnSums)(const float*, std::int64_t, std::int64_t, float*);
    bool avx2;
};

#define MC_FUSED_VARIANT(SUFFIX, ATTR)                                                                              \
    ATTR void sigmoid##SUFFIX(const float* in, float* out, std::int64_t n) { sigmoidBody(in, out, n); }             \
    ATTR void tanh##SUFFIX(const float* in, float* out, std::int64_t n) { tanhBody(in, out, n); }                   \
    ATTR void forward##SUFFIX(std::int64_t batch, std::int64_t hidden, float* gates, const float* recurrent,       \
                              const float* cPrev, float* c, float* tanhC, float* h)                                \
    {                                                                                                              \
        forwardStepBody(batch, hidden, gates, recurrent, cPrev, c, tanhC, h);                                      \
    }                                                                                                              \
    ATTR void backward##SUFFIX(std::int64_t batch, std::int64_t hidden, const float* gates, const float* cPrev,    \
                               const float* tanhC, const float* dh, const float* dy, float* dc, float* dGates)     \
    {                                                                                                              \
        backwardStepBody(batch, hidden, gates, cPrev, tanhC, dh, dy, dc, dGates);                                  \
    }                                                                                                              \
    ATTR void columnSums##SUFFIX(const float* rows, std::int64_t rowCount, std::int64_t cols, float* acc)          \
    {                                                                                                              \
        columnSumsBody(rows, rowCount, cols, acc);                                                                 \
    }

MC_FUSED_VARIANT(Avx2, __attribute__((target("avx2,fma"))))
MC_FUSED_VARIANT(Base, )

const Kernels& kernels()
{
    static const Kernels k = [] {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
            return Kernels{sigmoidAvx2, tanhAvx2, forwardAvx2, backwardAvx2, columnSumsAvx2, true};
        return Kernels{sigmoidBase, tanhBase, forwardBase, backwardBase, columnSumsBase, false};
    }();
    return k;
}

}  // namespace

void approxSigmoid(const float* in, float* out, std::int64_t n) { kernels().sigmoid(in, out, n); }
void approxTanh(const float* in, float* out, std::int64_t n) { kernels().tanh(in, out, n); }

void lstmForwardStep(std::int64_t batch, std::int64_t hidden, float* gates, const float* recurrent, const float* cPrev,
                     float* c, float* tanhC, float* h)
{
    kernels().forward(batch, hidden, gates, recurrent, cPrev, c, tanhC, h);
}

void lstmBackwardStep(std::int64_t batch, std::int64_t hidden, const float* gates, const float* cPrev,
                      const float* tanhC, const float* dh, const float* dy, float* dc, float* dGates)
{
    kernels().backward(batch, hidden, gates, cPrev, tanhC, dh, dy, dc, dGates);
}

void addColumnSums(const float* rows, std::int64_t rowCount, std::int64_t cols, float* acc)
{
    kernels().columnSums(rows, rowCount, cols, acc);
}

bool kernelsUseAvx2() { return kernels().avx2; }

}  // namespace mc::fused
