// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes → encoding detection → chunked decoding → layout sniffing → CSV records → time cells.
// Besides crashes and sanitizer reports, it aborts when decoding in chunks differs from decoding
// at once, or when the reader's line numbers go backwards.
#include "csv_reader.h"
#include "format_sniffer.h"
#include "text_decode.h"
#include "time_parse.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Decoded {
    std::string text;
    bool ok = true;
    std::size_t errorOffset = 0;
};

Decoded decodeInChunks(std::string_view bytes, mc::TextEncoding encoding, std::size_t chunk)
{
    mc::TextDecoder decoder(encoding);
    Decoded d;
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min(chunk, bytes.size() - pos);
        const bool last = pos + n == bytes.size();
        if (!decoder.decode(bytes.substr(pos, n), d.text, last)) {
            d.ok = false;
            d.errorOffset = decoder.errorOffset();
            break;
        }
        pos += n;
    } while (pos < bytes.size());
    return d;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the chunk size and, sometimes, a forced encoding.
    const std::size_t chunk = data[0] % 7 + 1;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

    mc::TextEncoding encoding = mc::detectEncoding(bytes);
    require(encoding != mc::TextEncoding::Auto);
    if (data[0] >= 0xF0)
        encoding = static_cast<mc::TextEncoding>(1 + data[0] % 3);
    const Decoded whole = decodeInChunks(bytes, encoding, bytes.size() + 1);
    const Decoded pieces = decodeInChunks(bytes, encoding, chunk);
    require(whole.ok == pieces.ok && whole.text == pieces.text);
    require(whole.ok || (whole.errorOffset == pieces.errorOffset && whole.errorOffset < bytes.size()));
    if (!whole.ok)
        return 0;

    const std::string_view text = whole.text;
    const mc::FormatGuess guess = mc::sniffFormat(text, 1);
    require(guess.headerLine >= 1);
    mc::CsvReader reader(text, guess.delimiter, 1);
    const mc::TimeParser parser(mc::TimeFormat::Auto);
    std::vector<std::string_view> fields;
    std::size_t previousLine = 0;
    while (reader.readRow(fields)) {
        require(reader.rowLine() > previousLine && !fields.empty());
        previousLine = reader.rowLine();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            (void)parser.parse(fields[i], i + 1 < fields.size() ? fields[i + 1] : std::string_view());
            (void)mc::parseTimeOfDay(fields[i]);
        }
        bool ambiguous = false;
        (void)mc::TimeParser::detect(fields, &ambiguous);
    }
    return 0;
}
