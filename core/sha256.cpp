// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mc {
namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

constexpr std::size_t kBlockSize = 64;

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MC_SHA_NI 1
// The x86 SHA extensions (Intel since Goldmont/Ice Lake, AMD since Zen) hash about ten times as
// fast as the portable rounds; the import hashes every byte it reads, so this decides its speed.
// The state is kept as the instructions want it: ABEF and CDGH.
__attribute__((target("sha,sse4.1"))) void compressShaNi(std::uint32_t* state, const unsigned char* block)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    const __m128i abefSaved = abef;
    const __m128i cdghSaved = cdgh;
    __m128i w[4];
    for (int group = 0; group < 16; ++group) {
        __m128i& current = w[group & 3];
        if (group < 4) {
            current = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * group)), byteSwap);
        } else {
            // W[t..t+3] from W[t-16..t-13] (current, before it is overwritten) and the three newer groups.
            __m128i next = _mm_sha256msg1_epu32(current, w[(group + 1) & 3]);
            next = _mm_add_epi32(next, _mm_alignr_epi8(w[(group + 3) & 3], w[(group + 2) & 3], 4));
            current = _mm_sha256msg2_epu32(next, w[(group + 3) & 3]);
        }
        __m128i message = _mm_add_epi32(current, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRoundConstants[4 * group])));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
        message = _mm_shuffle_epi32(message, 0x0E);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
    }
    abef = _mm_add_epi32(abef, abefSaved);
    cdgh = _mm_add_epi32(cdgh, cdghSaved);
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), hgfe);
}

bool hasShaNi()
{
    static const bool yes = __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1");
    return yes;
}
#endif

inline std::uint32_t rotr(std::uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

// Incremental hasher so a file never has to sit in memory as a whole.
class Sha256Impl {
public:
    void update(const unsigned char* data, std::size_t size)
    {
        m_totalBytes += size;
        if (m_bufferUsed > 0) {
            const std::size_t take = std::min(size, kBlockSize - m_bufferUsed);
            std::memcpy(m_buffer.data() + m_bufferUsed, data, take);
            m_bufferUsed += take;
            data += take;
            size -= take;
            if (m_bufferUsed < kBlockSize)
                return;
            compress(m_buffer.data());
            m_bufferUsed = 0;
        }
        for (; size >= kBlockSize; data += kBlockSize, size -= kBlockSize)
            compress(data);
        std::memcpy(m_buffer.data(), data, size);
        m_bufferUsed = size;
    }

    std::string finishHex()
    {
        const std::uint64_t bitLength = m_totalBytes * 8;
        // Padding: a single 1 bit, zeros up to 56 mod 64, then the 64-bit big-endian length.
        m_buffer[m_bufferUsed++] = 0x80;
        if (m_bufferUsed > kBlockSize - 8) {
            std::memset(m_buffer.data() + m_bufferUsed, 0, kBlockSize - m_bufferUsed);
            compress(m_buffer.data());
            m_bufferUsed = 0;
        }
        std::memset(m_buffer.data() + m_bufferUsed, 0, kBlockSize - 8 - m_bufferUsed);
        for (std::size_t i = 0; i < 8; ++i)
            m_buffer[kBlockSize - 1 - i] = static_cast<unsigned char>(bitLength >> (8 * i));
        compress(m_buffer.data());

        static const char kHex[] = "0123456789abcdef";
        std::string out;
        out.reserve(64);
        for (std::uint32_t word : m_state)
            for (int shift = 28; shift >= 0; shift -= 4)
                out.push_back(kHex[(word >> shift) & 0xf]);
        return out;
    }

private:
    void compress(const unsigned char* block)
    {
#ifdef MC_SHA_NI
        if (hasShaNi()) {
            compressShaNi(m_state.data(), block);
            return;
        }
#endif
        std::array<std::uint32_t, 64> w{};
        for (std::size_t i = 0; i < 16; ++i)
            w[i] = std::uint32_t(block[4 * i]) << 24 | std::uint32_t(block[4 * i + 1]) << 16
                | std::uint32_t(block[4 * i + 2]) << 8 | std::uint32_t(block[4 * i + 3]);
        for (std::size_t i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3];
        std::uint32_t e = m_state[4], f = m_state[5], g = m_state[6], h = m_state[7];
        for (std::size_t i = 0; i < 64; ++i) {
            const std::uint32_t bigS1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const std::uint32_t choose = (e & f) ^ (~e & g);
            const std::uint32_t t1 = h + bigS1 + choose + kRoundConstants[i] + w[i];
            const std::uint32_t bigS0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
            const std::uint32_t t2 = bigS0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        m_state[0] += a;
        m_state[1] += b;
        m_state[2] += c;
        m_state[3] += d;
        m_state[4] += e;
        m_state[5] += f;
        m_state[6] += g;
        m_state[7] += h;
    }

    std::array<std::uint32_t, 8> m_state = kInitialState;
    std::array<unsigned char, kBlockSize> m_buffer{};
    std::size_t m_bufferUsed = 0;
    std::uint64_t m_totalBytes = 0;
};

}  // namespace

std::string sha256Hex(std::string_view bytes)
{
    Sha256Impl hasher;
    hasher.update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return hasher.finishHex();
}

std::optional<std::string> sha256File(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    constexpr std::size_t kChunk = 1 << 16;
    std::vector<char> chunk(kChunk);
    Sha256Impl hasher;
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const std::streamsize got = in.gcount();
        if (got > 0)
            hasher.update(reinterpret_cast<const unsigned char*>(chunk.data()), static_cast<std::size_t>(got));
    }
    // eof is the normal end; bad() means a read error midway, so the digest would be wrong.
    if (in.bad())
        return std::nullopt;
    return hasher.finishHex();
}

struct Sha256Stream::State : Sha256Impl {};

Sha256Stream::Sha256Stream() : m_state(std::make_unique<State>()) {}
Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::update(std::string_view bytes)
{
    m_state->update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256Stream::finishHex() { return m_state->finishHex(); }

}  // namespace mc
