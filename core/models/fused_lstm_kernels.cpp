// SPDX-License-Identifier: GPL-3.0-or-later
// Built at -O3 with -fno-trapping-math (core/CMakeLists.txt): at -O2 GCC leaves the plain loops
// scalar, and with trapping math a float clamp stays a branch. Every loop body is written once
// (always_inline) and instantiated twice, for AVX2/FMA and for baseline x86-64; the choice is
// made once at run time, so the binary runs on any x86-64 CPU. (An AVX-512 build measured no
// faster than AVX2 on an AVX-512 machine: the loops are short, H = 32 is two AVX2 vectors per gate.)
// The gate activations are written on GCC vector types (8 lanes for AVX2, 4 for SSE) instead of
// being left to the auto-vectoriser, which versioned each short loop with scalar prologues and
// tails: with the shorter exp polynomial below, about 15 % less time in the forward step at
// batch 128, hidden 32 (the backward loops vectorise well as they are). Measured and dropped:
// rcpps plus a Newton step instead of the divisions (no faster: the loop is bound by the FMA
// pipes, and vdivps runs beside them) and one pass over all four gates of a unit (slower: the
// five live exp chains spill registers).
#include "models/fused_lstm_kernels.h"

#include <cstring>

#define MC_INLINE inline __attribute__((always_inline))

namespace mc::fused {
namespace {

// The 8-lane helpers are always inlined into the AVX2 variant, so no AVX value ever crosses a
// real call: GCC's warning that such calls would change ABI does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"
using Float8 = float __attribute__((vector_size(32)));
using Float4 = float __attribute__((vector_size(16)));

// Every helper below takes V = Float8, Float4 or plain float (for the ends of rows).
template <typename V>
struct BitsOf {
    using type = decltype(V{} < V{});  // the signed 32-bit integer vector of the same width
};
template <>
struct BitsOf<float> {
    using type = std::int32_t;
};

template <typename To, typename From>
MC_INLINE To bitCast(From from)
{
    static_assert(sizeof(To) == sizeof(From));
    To to;
    std::memcpy(&to, &from, sizeof to);
    return to;
}

// exp(x) by range reduction, x = n·ln2 + r with |r| <= ln2/2, and e^r ≈ 1 + r + r²·q(r) with q
// of degree 3, fitted here for least maximum relative error on that range (1.1e-7, the size of
// float rounding; a degree-7 polynomial bought no accuracy in float and cost two FMAs more per
// call, the gates being FMA-bound: 12 % of the forward step). Clamping keeps 2^n a normal
// float; NaN passes through both comparisons and stays NaN. Libm's expf would not vectorise.
template <typename V>
MC_INLINE V approxExp(V x)
{
    using Bits = typename BitsOf<V>::type;
    const V lo = V{} - 87.0f, hi = V{} + 88.0f;
    x = x < lo ? lo : x;
    x = x > hi ? hi : x;
    // Adding 1.5·2^23 rounds to an integer held in the low mantissa bits.
    constexpr float kRound = 12582912.0f;
    const V t = x * 1.44269504088896341f + kRound;
    const Bits bits = bitCast<Bits>(t);
    const V n = t - kRound;
    V r = x - n * 0.693359375f;
    r = r + n * 2.12194440e-4f;
    V p = V{} + 8.3125280216e-3f;
    p = p * r + 4.1890114546e-2f;
    p = p * r + 1.6667115688e-1f;
    p = p * r + 4.9999231100e-1f;
    p = p * (r * r) + r + 1.0f;
    return p * bitCast<V>((bits - 0x4B400000 + 127) << 23);
}

template <typename V>
MC_INLINE V approxSigmoidV(V x)
{
    return 1.0f / (1.0f + approxExp(-x));
}

// tanh(x) = 2σ(2x) − 1: absolute (not relative) accuracy near 0, which is what the gates need.
template <typename V>
MC_INLINE V approxTanhV(V x)
{
    return 2.0f / (1.0f + approxExp(-2.0f * x)) - 1.0f;
}

template <typename V>
MC_INLINE V load(const float* p)
{
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <typename V>
MC_INLINE void store(float* p, V v)
{
    std::memcpy(p, &v, sizeof v);
}

template <typename V>
constexpr std::int64_t kLanes = std::int64_t(sizeof(V) / sizeof(float));

template <typename V, bool Sigmoid>
MC_INLINE void activationLanes(const float* in, float* out)
{
    const V x = load<V>(in);
    store(out, Sigmoid ? approxSigmoidV(x) : approxTanhV(x));
}

// Whole vectors, then (AVX2) one 4-lane step, then single floats: small hidden sizes such as 5
// would otherwise run mostly scalar.
template <typename V, bool Sigmoid>
MC_INLINE void activationBody(const float* in, float* out, std::int64_t n)
{
    std::int64_t k = 0;
    for (; k + kLanes<V> <= n; k += kLanes<V>)
        activationLanes<V, Sigmoid>(in + k, out + k);
    if constexpr (kLanes<V> > 4)
        if (k + 4 <= n) {
            activationLanes<Float4, Sigmoid>(in + k, out + k);
            k += 4;
        }
    for (; k < n; ++k)
        activationLanes<float, Sigmoid>(in + k, out + k);
}

// c, tanh(c) and h of units j .. j + lanes − 1 of one row, from its gate activations g.
template <typename V>
MC_INLINE void cellUnits(std::int64_t hidden, std::int64_t j, const float* __restrict g,
                         const float* __restrict cPrev, float* __restrict c, float* __restrict tanhC,
                         float* __restrict h)
{
    const V i = load<V>(g + j), f = load<V>(g + hidden + j);
    const V gv = load<V>(g + 2 * hidden + j), o = load<V>(g + 3 * hidden + j);
    const V cj = f * load<V>(cPrev + j) + i * gv;
    const V tj = approxTanhV(cj);
    store(c + j, cj);
    store(tanhC + j, tj);
    store(h + j, o * tj);
}

// Per row: recurrent part, σ over i and f, tanh over g, σ over o (each a run of whole vectors
// and a short end), then c, tanh(c) and h; the activations stay in g for the backward pass.
template <typename V>
MC_INLINE void forwardStepBody(std::int64_t batch, std::int64_t hidden, float* gates, const float* recurrent,
                               const float* cPrev, float* c, float* tanhC, float* h)
{
    for (std::int64_t b = 0; b < batch; ++b) {
        float* __restrict g = gates + b * 4 * hidden;
        const std::int64_t o = b * hidden;
        if (recurrent) {
            const float* __restrict rec = recurrent + b * 4 * hidden;
            for (std::int64_t k = 0; k < 4 * hidden; ++k)
                g[k] += rec[k];
        }
        activationBody<V, true>(g, g, 2 * hidden);
        activationBody<V, false>(g + 2 * hidden, g + 2 * hidden, hidden);
        activationBody<V, true>(g + 3 * hidden, g + 3 * hidden, hidden);
        std::int64_t j = 0;
        for (; j + kLanes<V> <= hidden; j += kLanes<V>)
            cellUnits<V>(hidden, j, g, cPrev + o, c + o, tanhC + o, h + o);
        if constexpr (kLanes<V> > 4)
            if (j + 4 <= hidden) {
                cellUnits<Float4>(hidden, j, g, cPrev + o, c + o, tanhC + o, h + o);
                j += 4;
            }
        for (; j < hidden; ++j)
            cellUnits<float>(hidden, j, g, cPrev + o, c + o, tanhC + o, h + o);
    }
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

#define MC_FUSED_VARIANT(SUFFIX, ATTR, VEC)                                                                         \
    ATTR void sigmoid##SUFFIX(const float* in, float* out, std::int64_t n) { activationBody<VEC, true>(in, out, n); } \
    ATTR void tanh##SUFFIX(const float* in, float* out, std::int64_t n) { activationBody<VEC, false>(in, out, n); }  \
    ATTR void forward##SUFFIX(std::int64_t batch, std::int64_t hidden, float* gates, const float* recurrent,       \
                              const float* cPrev, float* c, float* tanhC, float* h)                                \
    {                                                                                                              \
        forwardStepBody<VEC>(batch, hidden, gates, recurrent, cPrev, c, tanhC, h);                                      \
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

MC_FUSED_VARIANT(Avx2, __attribute__((target("avx2,fma"))), Float8)
MC_FUSED_VARIANT(Base, , Float4)

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
