// SPDX-License-Identifier: GPL-3.0-or-later
#include "netcdf_classic.h"

#include <algorithm>
#include <fstream>
#include <vector>

namespace mc::nc {
namespace {

// Big-endian reader over the header; any short read or absurd count turns it bad for good.
class HeaderReader {
public:
    explicit HeaderReader(const std::string& path) : m_in(path, std::ios::binary) {}

    bool good() const { return m_good && m_in.good(); }
    void setWide(bool wide) { m_wide = wide; }

    std::uint64_t u32() { return unsigned_(4); }
    // Counts and dimension lengths are 8 bytes in CDF-5.
    std::uint64_t count() { return unsigned_(m_wide ? 8 : 4); }
    std::uint64_t unsigned_(int bytes)
    {
        unsigned char b[8] = {};
        if (!m_good || !m_in.read(reinterpret_cast<char*>(b), bytes)) {
            m_good = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | b[i];
        return v;
    }
    void skip(std::uint64_t bytes)
    {
        if (!m_good || bytes > (std::uint64_t{1} << 40)) {
            m_good = false;
            return;
        }
        m_in.seekg(static_cast<std::streamoff>(bytes), std::ios::cur);
    }
    void skipName()
    {
        const std::uint64_t n = count();
        skip((n + 3) / 4 * 4);
    }
    // Element count of a list: 0 for ABSENT, the count after the expected tag otherwise.
    std::uint64_t list(std::uint64_t tag)
    {
        const std::uint64_t t = u32();
        const std::uint64_t n = count();
        if (t != tag && !(t == 0 && n == 0))
            m_good = false;
        if (n > (1u << 24))
            m_good = false;
        return good() ? n : 0;
    }

private:
    std::ifstream m_in;
    bool m_good = true;
    bool m_wide = false;
};

std::uint64_t typeSize(std::uint64_t type)
{
    switch (type) {
    case 1: case 2: case 7: return 1;    // byte, char, ubyte
    case 3: case 8: return 2;            // short, ushort
    case 4: case 5: case 9: return 4;    // int, float, uint
    case 6: case 10: case 11: return 8;  // double, int64, uint64
    default: return 0;
    }
}

constexpr std::uint64_t kDimensionTag = 0x0A;
constexpr std::uint64_t kVariableTag = 0x0B;
constexpr std::uint64_t kAttributeTag = 0x0C;

void skipAttributes(HeaderReader& in)
{
    const std::uint64_t n = in.list(kAttributeTag);
    for (std::uint64_t i = 0; i < n && in.good(); ++i) {
        in.skipName();
        const std::uint64_t size = typeSize(in.u32());
        const std::uint64_t values = in.count();
        if (size == 0)
            return in.skip(std::uint64_t{1} << 41);  // unknown type: give up
        in.skip((values * size + 3) / 4 * 4);
    }
}

}  // namespace

std::optional<std::uint64_t> classicRequiredSize(const std::string& path)
{
    HeaderReader in(path);
    const std::uint64_t magic = in.u32();
    const std::uint64_t version = magic & 0xFF;
    if (!in.good() || (magic >> 8) != 0x434446 || (version != 1 && version != 2 && version != 5))
        return std::nullopt;
    in.setWide(version == 5);
    const std::uint64_t numrecs = in.count();
    const bool streaming = numrecs == (version == 5 ? ~std::uint64_t{0} : 0xFFFFFFFFu);

    std::vector<std::uint64_t> dims;
    const std::uint64_t ndims = in.list(kDimensionTag);
    for (std::uint64_t i = 0; i < ndims && in.good(); ++i) {
        in.skipName();
        dims.push_back(in.count());
    }
    skipAttributes(in);

    struct Var {
        bool record = false;
        std::uint64_t bytes = 0;  ///< whole variable, or one record of it
        std::uint64_t vsize = 0;
        std::uint64_t begin = 0;
    };
    std::vector<Var> vars;
    const std::uint64_t nvars = in.list(kVariableTag);
    for (std::uint64_t i = 0; i < nvars && in.good(); ++i) {
        in.skipName();
        Var v;
        std::uint64_t elements = 1;
        const std::uint64_t rank = in.count();
        for (std::uint64_t k = 0; k < rank && in.good(); ++k) {
            const std::uint64_t id = in.count();
            if (id >= dims.size())
                return std::nullopt;
            if (k == 0 && dims[id] == 0)
                v.record = true;
            else
                elements *= dims[id];
        }
        skipAttributes(in);
        v.bytes = elements * typeSize(in.u32());
        v.vsize = in.count();
        v.begin = in.unsigned_(version == 1 ? 4 : 8);
        vars.push_back(v);
    }
    if (!in.good())
        return std::nullopt;

    const auto records = std::count_if(vars.begin(), vars.end(), [](const Var& v) { return v.record; });
    std::uint64_t recordSize = 0;
    for (const auto& v : vars)
        if (v.record)
            recordSize += records == 1 ? v.bytes : v.vsize;  // a lone record variable is not padded
    std::uint64_t required = 0;
    for (const auto& v : vars) {
        if (v.bytes == 0)
            continue;
        if (!v.record)
            required = std::max(required, v.begin + v.bytes);
        else if (streaming)
            return std::nullopt;
        else if (numrecs > 0)
            required = std::max(required, v.begin + (numrecs - 1) * recordSize + v.bytes);
    }
    return required;
}

}  // namespace mc::nc
