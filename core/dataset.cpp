// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include <algorithm>
#include <cmath>

namespace mc {

long StationData::indexOf(TimePoint t) const
{
    const auto it = std::lower_bound(times.begin(), times.end(), t);
    return it != times.end() && *it == t ? static_cast<long>(it - times.begin()) : -1;
}

PointOrigin StationData::origin(const std::string& name, std::size_t i) const
{
    const auto it = origins.find(name);
    if (it == origins.end() || i >= it->second.size())
        return PointOrigin::Observed;
    return static_cast<PointOrigin>(it->second[i]);
}

const StationData* Dataset::station(const std::string& id) const
{
    for (const auto& s : stations)
        if (s.id == id)
            return &s;
    return nullptr;
}

StationData* Dataset::station(const std::string& id)
{
    return const_cast<StationData*>(static_cast<const Dataset*>(this)->station(id));
}

std::vector<std::string> Dataset::stationsWith(const std::string& variable) const
{
    std::vector<std::string> out;
    for (const auto& s : stations) {
        const auto it = s.variables.find(variable);
        if (it == s.variables.end())
            continue;
        if (std::any_of(it->second.begin(), it->second.end(), [](double v) { return !std::isnan(v); }))
            out.push_back(s.id);
    }
    return out;
}

}  // namespace mc
