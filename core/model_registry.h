// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node_layout.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mc {

/// A hyperparameter value. Int and Double are kept apart so forms get the right editor.
using ParamValue = std::variant<bool, std::int64_t, double, std::string>;

enum class OptionType { Bool, Int, Double, Choice, Text };

/// Describes one option: enough for the CLI to generate its flag and help, and for the GUI to
/// generate a form field with range and tooltip.
struct OptionDesc {
    std::string key;            ///< CLI flag without `--`, JSON key, QSettings key
    OptionType type = OptionType::Int;
    ParamValue defaultValue;
    double minValue = 0;        ///< inclusive, for Int and Double
    double maxValue = 0;        ///< inclusive, for Int and Double
    std::vector<std::string> choices;  ///< for Choice
    std::string label;          ///< short English label (the UI translates it)
    std::string help;           ///< one-sentence English help
    std::string valueName;      ///< placeholder in `--help`, e.g. N, F, NAME
    /// Double only: useful values need more digits than a spin box's step gives (0.999, 1e-4),
    /// so the GUI has them typed into a number field instead.
    bool typed = false;
};

/// One model family: its identifier, its name and the options specific to it.
struct ModelDescription {
    std::string kind;           ///< e.g. "lstm"
    std::string displayName;    ///< e.g. "LSTM"
    std::string summary;        ///< one line for pickers and `--help`
    std::vector<OptionDesc> options;
    /// Node layouts the network accepts. A kind without Single trains on every station that has
    /// the target (or every grid cell) at once; see prepareWindows for how the layout is chosen.
    std::vector<NodeLayout> layouts{NodeLayout::Single};
    /// The network links stations by their positions: every station of a Stations layout needs a
    /// latitude and longitude (prepareWindows refuses others with StationsWithoutCoordinates).
    bool needsCoordinates = false;

    [[nodiscard]] bool supports(NodeLayout layout) const;
};

/// Options every model shares (optimiser, windows, loss, scaling, device …).
[[nodiscard]] const std::vector<OptionDesc>& trainingOptions();
/// All model families this build knows.
[[nodiscard]] const std::vector<ModelDescription>& modelKinds();
[[nodiscard]] const ModelDescription* findModel(std::string_view kind);
/// The training options followed by the options of @p kind (empty when the kind is unknown).
[[nodiscard]] std::vector<OptionDesc> optionsFor(std::string_view kind);
[[nodiscard]] const OptionDesc* findOption(const std::vector<OptionDesc>& options, std::string_view key);

/// Parses @p text for @p desc. On failure returns nullopt and sets @p error to an English reason.
[[nodiscard]] std::optional<ParamValue> parseParam(const OptionDesc& desc, std::string_view text,
                                                   std::string& error);
/// Checks type, range and choice membership. Empty string when valid.
[[nodiscard]] std::string checkParam(const OptionDesc& desc, const ParamValue& value);
/// Canonical text of a value (shortest round-trip for doubles).
[[nodiscard]] std::string formatParam(const ParamValue& value);

/// Hyperparameters by key. Missing keys read as the option's default.
class ParamSet {
public:
    void set(const std::string& key, ParamValue value) { m_values[key] = std::move(value); }
    [[nodiscard]] bool has(const std::string& key) const { return m_values.count(key) > 0; }
    void erase(const std::string& key) { m_values.erase(key); }
    [[nodiscard]] const std::map<std::string, ParamValue>& values() const { return m_values; }

    [[nodiscard]] std::int64_t getInt(const std::string& key) const;
    [[nodiscard]] double getDouble(const std::string& key) const;
    [[nodiscard]] bool getBool(const std::string& key) const;
    [[nodiscard]] std::string getString(const std::string& key) const;

    /// Fills every option of @p options that is not set with its default.
    void fillDefaults(const std::vector<OptionDesc>& options);

private:
    [[nodiscard]] const ParamValue& lookup(const std::string& key) const;
    std::map<std::string, ParamValue> m_values;
};

/// A named set of hyperparameters from the reference deck (e.g. "current": hidden 32, Adam, batch 128).
struct Preset {
    std::string name;
    std::string description;
    std::map<std::string, ParamValue> values;
};
[[nodiscard]] const std::vector<Preset>& presets();
[[nodiscard]] const Preset* findPreset(std::string_view name);

}  // namespace mc
