#pragma once
#include "import_settings.h"
#include <string>
#include <string_view>
namespace mc {
inline TextEncoding detectEncoding(std::string_view) { return TextEncoding::Utf8; }
class TextDecoder { public: explicit TextDecoder(TextEncoding) {}
  bool decode(std::string_view bytes, std::string& out, bool) { if (!m_started && bytes.substr(0,3)=="\xEF\xBB\xBF") bytes.remove_prefix(3); m_started=true; out.append(bytes); return true; }
  std::size_t errorOffset() const { return 0; } bool m_started=false; };
}
