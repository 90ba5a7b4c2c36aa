// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: hyperparameter values to and from JSON, typed by the registry, shared by
// run.json and the preset store.
#pragma once

#include "model_registry.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace mc {

[[nodiscard]] inline nlohmann::json paramToJson(const ParamValue& v)
{
    if (const auto* b = std::get_if<bool>(&v))
        return *b;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return *i;
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    return std::get<std::string>(v);
}

/// Nullopt when @p j's type does not fit @p desc (an integer option given 2.5, say).
[[nodiscard]] inline std::optional<ParamValue> paramFromJson(const OptionDesc& desc, const nlohmann::json& j)
{
    switch (desc.type) {
    case OptionType::Bool:
        if (j.is_boolean())
            return ParamValue{j.get<bool>()};
        break;
    case OptionType::Int:
        if (j.is_number_integer())
            return ParamValue{j.get<std::int64_t>()};
        break;
    case OptionType::Double:
        if (j.is_number())
            return ParamValue{j.get<double>()};
        break;
    case OptionType::Choice:
    case OptionType::Text:
        if (j.is_string())
            return ParamValue{j.get<std::string>()};
        break;
    }
    return std::nullopt;
}

}  // namespace mc
