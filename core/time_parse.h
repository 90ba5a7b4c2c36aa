#pragma once
#include "import_settings.h"
#include "time_format.h"
#include <optional>
#include <string_view>
#include <vector>
namespace mc {
class TimeParser { public: explicit TimeParser(TimeFormat f) : m_f(f) {}
  static std::optional<TimeFormat> detect(const std::vector<std::string_view>& s, bool* amb = nullptr) { if (amb) *amb=false; for (auto x : s) if (!x.empty() && !parseIsoTime(x)) return std::nullopt; return TimeFormat::Iso; }
  std::optional<TimePoint> parse(std::string_view d, std::string_view t = {}) const { auto r = parseIsoTime(d); if (!r) return r; if (!t.empty()) { int h=0,m=0; if (std::sscanf(std::string(t).c_str(), "%d:%d", &h, &m) != 2) return std::nullopt; *r += h*3600+m*60; } return r; }
  TimeFormat format() const { return m_f; } TimeFormat m_f; };
}
