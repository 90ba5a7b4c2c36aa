// SPDX-License-Identifier: GPL-3.0-or-later
#include "preset_store.h"

#include "atomic_file.h"
#include "param_json.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace mc {
namespace {

using nlohmann::json;

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

}  // namespace

std::string PresetStore::defaultPath()
{
    if (auto p = env("MARINECAST_PRESETS"); !p.empty())
        return p;
    std::string base = env("XDG_CONFIG_HOME");
    if (base.empty())
        base = env("HOME").empty() ? std::string(".") : env("HOME") + "/.config";
    return base + "/marinecast/presets.json";
}

PresetStore::PresetStore(std::string path) : m_path(std::move(path)) {}

std::string PresetStore::load()
{
    m_user.clear();
    std::ifstream in(m_path, std::ios::binary);
    if (!in)
        return {};
    std::ostringstream text;
    text << in.rdbuf();
    const json doc = json::parse(text.str(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("presets") || !doc["presets"].is_array())
        return m_path + ": not a MarineCast presets file";
    std::vector<Preset> loaded;
    for (const auto& p : doc["presets"]) {
        if (!p.is_object() || !p.contains("name") || !p["name"].is_string())
            return m_path + ": a preset without a name";
        Preset preset;
        preset.name = p["name"].get<std::string>();
        preset.description = p.value("description", std::string());
        if (p.contains("values") && p["values"].is_object())
            for (const auto& [key, value] : p["values"].items()) {
                // Typed by the registry, so an integer option stays an integer.
                std::optional<OptionDesc> desc;
                for (const auto& m : modelKinds())
                    if (!desc)
                        if (const auto options = optionsFor(m.kind); const auto* d = findOption(options, key))
                            desc = *d;
                if (!desc)
                    continue;  // an option this version does not know: skip, keep the rest
                if (auto v = paramFromJson(*desc, value); v && checkParam(*desc, *v).empty())
                    preset.values[key] = *v;
            }
        loaded.push_back(std::move(preset));
    }
    m_user = std::move(loaded);
    return {};
}

std::string PresetStore::save() const
{
    json list = json::array();
    for (const auto& p : m_user) {
        json values = json::object();
        for (const auto& [key, value] : p.values)
            values[key] = paramToJson(value);
        list.push_back({{"name", p.name}, {"description", p.description}, {"values", values}});
    }
    std::error_code ec;
    const auto folder = std::filesystem::path(m_path).parent_path();
    if (!folder.empty())
        std::filesystem::create_directories(folder, ec);
    return writeFileAtomically(m_path, json{{"format", 1}, {"presets", list}}.dump(2) + "\n");
}

std::vector<Preset> PresetStore::all() const
{
    std::vector<Preset> out = presets();
    out.insert(out.end(), m_user.begin(), m_user.end());
    return out;
}

const Preset* PresetStore::find(const std::string& name) const
{
    if (const auto* p = findPreset(name))
        return p;
    for (const auto& p : m_user)
        if (p.name == name)
            return &p;
    return nullptr;
}

std::string PresetStore::put(const Preset& preset)
{
    if (preset.name.empty())
        return "a preset needs a name";
    if (isBuiltIn(preset.name))
        return "'" + preset.name + "' is a built-in preset; choose another name";
    for (auto& p : m_user)
        if (p.name == preset.name) {
            p = preset;
            return {};
        }
    m_user.push_back(preset);
    return {};
}

std::string PresetStore::rename(const std::string& from, const std::string& to)
{
    if (to.empty())
        return "a preset needs a name";
    if (isBuiltIn(to) || (to != from && find(to)))
        return "a preset named '" + to + "' exists already";
    for (auto& p : m_user)
        if (p.name == from) {
            p.name = to;
            return {};
        }
    return isBuiltIn(from) ? "built-in presets cannot be renamed" : "no preset named '" + from + "'";
}

std::string PresetStore::remove(const std::string& name)
{
    for (auto it = m_user.begin(); it != m_user.end(); ++it)
        if (it->name == name) {
            m_user.erase(it);
            return {};
        }
    return isBuiltIn(name) ? "built-in presets cannot be deleted" : "no preset named '" + name + "'";
}

}  // namespace mc
