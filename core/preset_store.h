// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model_registry.h"

#include <string>
#include <vector>

namespace mc {

/// The built-in presets plus the user's own, kept in a JSON file so the GUI and the CLI see the
/// same list. Not thread-safe; load, edit and save from one thread.
class PresetStore {
public:
    /// $MARINECAST_PRESETS, else $XDG_CONFIG_HOME/marinecast/presets.json, else
    /// ~/.config/marinecast/presets.json.
    [[nodiscard]] static std::string defaultPath();

    explicit PresetStore(std::string path = defaultPath());

    /// Reads the user presets; a missing file is an empty list. Returns an English error naming
    /// the file, empty on success (the list is then left empty).
    std::string load();
    /// Writes the user presets atomically. Returns an English error, empty on success.
    [[nodiscard]] std::string save() const;

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const std::vector<Preset>& userPresets() const { return m_user; }
    /// Built-ins first, then the user's.
    [[nodiscard]] std::vector<Preset> all() const;
    [[nodiscard]] const Preset* find(const std::string& name) const;
    [[nodiscard]] static bool isBuiltIn(const std::string& name) { return findPreset(name) != nullptr; }

    /// Adds or replaces a user preset. Errors (English): empty name, a built-in's name.
    std::string put(const Preset& preset);
    std::string rename(const std::string& from, const std::string& to);
    std::string remove(const std::string& name);

private:
    std::string m_path;
    std::vector<Preset> m_user;
};

}  // namespace mc
