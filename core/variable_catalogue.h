#pragma once
#include <string>
#include <string_view>
#include <vector>
namespace mc {
struct CatalogueVariable { std::string id, unit, labelEn, labelZh; double minValue, maxValue; };
inline const std::vector<CatalogueVariable>& catalogueVariables() { static std::vector<CatalogueVariable> v{{"water_temperature","°C","Water temperature","水温",-2,40}}; return v; }
inline const CatalogueVariable* findCatalogueVariable(std::string_view id) { for (auto& v : catalogueVariables()) if (v.id == id) return &v; return nullptr; }
inline std::string matchCatalogueVariable(std::string_view n) { return n == "temp_mean" || n == "Temp" ? "water_temperature" : ""; }
}
