#pragma once
#include "dataset.h"
#include <map>
#include <string>
#include <string_view>
#include <vector>
namespace mc {
struct StationInfo { std::string code; std::string name; double latitude=0.0/0.0, longitude=0.0/0.0, depth=0.0/0.0; };
enum class StationTableError { None, FileNotFound, NoCodeOrNameColumn, NoCoordinates, BadNumber };
struct StationTableResult { std::vector<StationInfo> stations; StationTableError error = StationTableError::None; std::string file; std::size_t line = 0, column = 0; std::string detail; std::vector<std::string> warnings; bool ok() const { return error == StationTableError::None; } };
inline StationTableResult readStationTable(const std::string& path) { StationTableResult r; r.error = StationTableError::FileNotFound; r.file = path; r.detail = "stub"; return r; }
inline std::vector<std::string> joinStationTable(Dataset&, const std::vector<StationInfo>&, const std::map<std::string,std::string>& = {}) { return {}; }
}
