// SPDX-License-Identifier: GPL-3.0-or-later
// model.mcmodel: a stored zip of bundle.json and raw float32 tensors. Plain data only, so opening
// a bundle can never run code, and any zip tool can look inside.
#include "model_bundle.h"

#include "atomic_file.h"
#include "import_settings.h"
#include "param_json.h"
#include "zip_archive.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace mc {
namespace {

using nlohmann::json;

constexpr char kDescription[] = "bundle.json";
constexpr char kFormatName[] = "marinecast-model";

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

std::string tensorEntry(std::size_t index)
{
    std::string digits = std::to_string(index);
    return "tensors/" + std::string(digits.size() < 4 ? 4 - digits.size() : 0, '0') + digits + ".f32";
}

std::string floatsToBytes(const std::vector<float>& values)
{
    std::string out(values.size() * 4, '\0');
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::uint32_t u;
        std::memcpy(&u, &values[i], 4);
        for (int b = 0; b < 4; ++b)
            out[i * 4 + b] = static_cast<char>((u >> (8 * b)) & 0xFF);
    }
    return out;
}

std::vector<float> bytesToFloats(const std::string& bytes)
{
    std::vector<float> out(bytes.size() / 4);
    for (std::size_t i = 0; i < out.size(); ++i) {
        std::uint32_t u = 0;
        for (int b = 0; b < 4; ++b)
            u |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
        std::memcpy(&out[i], &u, 4);
    }
    return out;
}

json describe(const ModelBundle& b)
{
    json j;
    j["format"] = kFormatName;
    j["format_version"] = b.stepUnit == TimeUnit::Seconds ? 1 : 2;
    j["versions"] = {{"marinecast", b.marinecastVersion}, {"libtorch", b.libtorchVersion}};
    j["created"] = b.created;
    json options = json::object();
    for (const auto& [key, value] : b.config.params.values())
        options[key] = paramToJson(value);
    j["model"] = {{"kind", b.config.model},
                  {"options", options},
                  {"output_activation", b.outputActivation},
                  {"stateful", b.stateful},
                  {"predict_change", b.predictChange},
                  {"lookback", b.lookback},
                  {"horizon", b.horizon},
                  {"seed", b.config.params.has("seed") ? json(b.config.params.getInt("seed")) : json(nullptr)}};
    j["target"] = b.target;
    j["unit"] = b.unit;
    j["stations"] = b.stations;
    if (b.layout != NodeLayout::Single) {
        // Written only for multi-node models, so single-station bundles stay byte-identical to format 1 as first shipped.
        json info = json::array();
        const auto num = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
        for (const auto& n : b.nodeInfo)
            info.push_back({num(n.latitude), num(n.longitude), num(n.depth)});
        j["layout"] = {{"kind", nodeLayoutName(b.layout)}, {"grid_rows", b.gridRows}, {"grid_cols", b.gridCols},
                       {"node_info", info}};
    }
    json inputs = json::array();
    for (const auto& in : b.config.inputs)
        inputs.push_back({{"station", in.station}, {"variable", in.variable}});
    j["inputs"] = inputs;
    json features = json::array();
    for (std::size_t f = 0; f < b.featureNames.size(); ++f)
        features.push_back({{"name", b.featureNames[f]},
                            {"offset", f < b.scalers.size() ? b.scalers[f].offset : 0.0},
                            {"scale", f < b.scalers.size() ? b.scalers[f].scale : 1.0}});
    j["features"] = features;
    if (b.stepUnit == TimeUnit::Seconds)
        j["time"] = {{"step_seconds", b.step}, {"date_only", b.dateOnly}};
    else
        j["time"] = {{"step_unit", timeUnitName(b.stepUnit)}, {"step", b.step}, {"date_only", b.dateOnly}};
    j["split"] = {{"train", formatTimeRange(b.config.trainRange, true)},
                  {"val", b.config.valRange ? json(formatTimeRange(*b.config.valRange, true)) : json(nullptr)},
                  {"val_fraction", b.config.valFraction},
                  {"test", formatTimeRange(b.config.testRange, true)}};
    j["import"] = json::parse(importSettingsToJson(b.config.import));
    j["config"] = json::parse(configToJson(b.config));
    json files = json::array();
    for (const auto& s : b.dataFiles)
        files.push_back({{"path", s.path}, {"sha256", s.sha256}});
    j["data_files"] = files;
    json clim = json::array();
    for (std::size_t d = 1; d <= 366; ++d)
        clim.push_back(number(b.climatology[d]));
    j["climatology"] = clim;
    if (!b.nodeClimatology.empty()) {
        // Multi-node only (absent from older bundles, which then fall back to the pooled table).
        json nodes = json::array();
        for (const auto& table : b.nodeClimatology) {
            json t = json::array();
            for (std::size_t d = 1; d <= 366; ++d)
                t.push_back(number(table[d]));
            nodes.push_back(t);
        }
        j["node_climatology"] = nodes;
    }
    const json metrics = json::parse(b.metricsJson.empty() ? "null" : b.metricsJson, nullptr, false);
    j["metrics"] = metrics.is_discarded() ? json(nullptr) : metrics;
    json tensors = json::array();
    for (std::size_t i = 0; i < b.tensors.size(); ++i)
        tensors.push_back({{"name", b.tensors[i].name}, {"dtype", "float32"}, {"shape", b.tensors[i].shape},
                           {"entry", tensorEntry(i)}});
    j["tensors"] = tensors;
    return j;
}

BundleReadResult failure(BundleErrorCode code, std::string entry, std::string detail)
{
    BundleReadResult r;
    r.error.code = code;
    r.error.entry = std::move(entry);
    r.error.detail = std::move(detail);
    return r;
}

// Reads bundle.json's fields into @p b; on a missing or mistyped field returns its name.
std::string parseFields(const json& j, ModelBundle& b, std::string& why)
{
    std::string field;
    try {
        field = "versions";
        b.marinecastVersion = j.at("versions").at("marinecast").get<std::string>();
        b.libtorchVersion = j.at("versions").at("libtorch").get<std::string>();
        field = "created";
        b.created = j.value("created", std::string());
        field = "config";
        auto config = configFromJson(j.at("config").dump(), why);
        if (!config)
            return field;
        b.config = std::move(*config);
        field = "model";
        const json& m = j.at("model");
        if (m.at("kind").get<std::string>() != b.config.model) {
            why = "model kind and configuration disagree";
            return field;
        }
        b.outputActivation = m.at("output_activation").get<std::string>();
        b.stateful = m.at("stateful").get<bool>();
        b.predictChange = m.at("predict_change").get<bool>();
        b.lookback = m.at("lookback").get<int>();
        b.horizon = m.at("horizon").get<int>();
        if (b.lookback < 1 || b.horizon < 1) {
            why = "lookback and horizon must be positive";
            return field;
        }
        field = "target";
        b.target = j.at("target").get<std::string>();
        b.unit = j.value("unit", std::string());
        field = "stations";
        b.stations = j.at("stations").get<std::vector<std::string>>();
        if (b.stations.empty()) {
            why = "no station";
            return field;
        }
        if (j.contains("layout")) {
            field = "layout";
            const json& l = j.at("layout");
            b.layout = nodeLayoutFromName(l.at("kind").get<std::string>());
            b.gridRows = l.value("grid_rows", 0);
            b.gridCols = l.value("grid_cols", 0);
            const auto num = [](const json& v) { return v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN(); };
            for (const auto& n : l.at("node_info"))
                b.nodeInfo.push_back({num(n.at(0)), num(n.at(1)), num(n.at(2))});
            if (b.layout == NodeLayout::Single || b.nodeInfo.size() != b.stations.size()
                || (b.layout == NodeLayout::Grid && std::size_t(b.gridRows) * std::size_t(b.gridCols) != b.stations.size())) {
                why = "the nodes do not match the stations";
                return field;
            }
        }
        field = "features";
        for (const auto& f : j.at("features")) {
            b.featureNames.push_back(f.at("name").get<std::string>());
            Scaler s{f.at("offset").get<double>(), f.at("scale").get<double>()};
            if (!std::isfinite(s.offset) || !std::isfinite(s.scale) || s.scale == 0) {
                why = "scaler of '" + b.featureNames.back() + "' is not finite or zero";
                return field;
            }
            b.scalers.push_back(s);
        }
        // Multi-node features are each variable's value then its observed-indicator (twice the count).
        const std::size_t variables = b.config.inputs.size() + 1;
        const std::size_t expected = b.layout == NodeLayout::Single ? variables : 2 * variables;
        if (b.featureNames.size() != expected || b.featureNames.front() != b.target) {
            why = "features do not match the target and inputs";
            return field;
        }
        field = "time";
        const json& time = j.at("time");
        const auto unit = timeUnitFromName(time.value("step_unit", std::string("seconds")));
        if (!unit) {
            why = "unknown time step unit";
            return field;
        }
        b.stepUnit = *unit;
        b.step = time.at(b.stepUnit == TimeUnit::Seconds ? "step_seconds" : "step").get<TimePoint>();
        b.dateOnly = time.at("date_only").get<bool>();
        if (b.step <= 0) {
            why = "time step must be positive";
            return field;
        }
        field = "data_files";
        for (const auto& f : j.at("data_files"))
            b.dataFiles.push_back({f.at("path").get<std::string>(), f.at("sha256").get<std::string>()});
        field = "climatology";
        const json& clim = j.at("climatology");
        if (!clim.is_array() || clim.size() != 366) {
            why = "expected 366 values";
            return field;
        }
        b.climatology[0] = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t d = 0; d < 366; ++d)
            b.climatology[d + 1] = clim[d].is_null() ? std::numeric_limits<double>::quiet_NaN() : clim[d].get<double>();
        if (j.contains("node_climatology")) {
            field = "node_climatology";
            const json& nodes = j.at("node_climatology");
            if (!nodes.is_array() || nodes.size() != b.stations.size() || b.layout == NodeLayout::Single) {
                why = "expected one table per node";
                return field;
            }
            for (const auto& t : nodes) {
                if (!t.is_array() || t.size() != 366) {
                    why = "expected 366 values per node";
                    return field;
                }
                std::array<double, 367> table{};
                table[0] = std::numeric_limits<double>::quiet_NaN();
                for (std::size_t d = 0; d < 366; ++d)
                    table[d + 1] = t[d].is_null() ? std::numeric_limits<double>::quiet_NaN() : t[d].get<double>();
                b.nodeClimatology.push_back(table);
            }
        }
        field = "metrics";
        b.metricsJson = j.contains("metrics") && !j["metrics"].is_null() ? j["metrics"].dump() : std::string();
    } catch (const json::exception&) {
        why = "missing or of the wrong type";
        return field;
    }
    return {};
}

}  // namespace

std::string bundleDescriptionJson(const ModelBundle& bundle) { return describe(bundle).dump(2) + "\n"; }

std::string bundleBytes(const ModelBundle& b)
{
    std::vector<ZipEntry> entries;
    entries.push_back({kDescription, bundleDescriptionJson(b)});
    for (std::size_t i = 0; i < b.tensors.size(); ++i)
        entries.push_back({tensorEntry(i), floatsToBytes(b.tensors[i].values)});
    return writeZip(entries);
}

std::string saveBundle(const ModelBundle& bundle, const std::string& path)
{
    return writeFileAtomically(path, bundleBytes(bundle));
}

BundleReadResult loadBundle(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return failure(BundleErrorCode::CannotOpen, {}, path + ": cannot open the model file");
    std::ostringstream ss;
    ss << in.rdbuf();
    auto r = readBundle(ss.str());
    if (!r.ok())
        r.error.detail = path + ": " + r.error.detail;
    return r;
}

BundleReadResult readBundle(std::string_view bytes)
{
    using C = BundleErrorCode;
    const auto zip = readZip(bytes);
    switch (zip.error.code) {
    case ZipErrorCode::None: break;
    case ZipErrorCode::NotZip: return failure(C::NotABundle, {}, "not a MarineCast model file (not a zip archive)");
    case ZipErrorCode::Truncated: return failure(C::Truncated, zip.error.entry, "the model file is incomplete: " + zip.error.detail);
    case ZipErrorCode::Encrypted:
    case ZipErrorCode::Zip64:
    case ZipErrorCode::Unsupported: return failure(C::Unsupported, zip.error.entry, "the model file uses an unsupported zip feature: " + zip.error.detail);
    case ZipErrorCode::CrcMismatch:
    case ZipErrorCode::Inconsistent: return failure(C::Damaged, zip.error.entry, "the model file is damaged: " + zip.error.detail);
    }
    const ZipEntry* desc = zip.find(kDescription);
    if (!desc)
        return failure(C::NotABundle, kDescription, "not a MarineCast model file (no bundle.json inside)");
    const json j = json::parse(desc->data, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return failure(C::BadDescription, kDescription, "bundle.json is not valid JSON");
    if (j.value("format", std::string()) != kFormatName)
        return failure(C::NotABundle, "format", "not a MarineCast model file (bundle.json names another format)");
    if (!j.contains("format_version") || !j["format_version"].is_number_integer() || j["format_version"].get<int>() < 1)
        return failure(C::BadDescription, "format_version", "bundle.json has no valid format_version");
    const int version = j["format_version"].get<int>();
    if (version > kBundleFormatVersion) {
        auto r = failure(C::NewerFormat, "format_version",
                         "made by a newer MarineCast (bundle format " + std::to_string(version)
                             + "; this version reads up to " + std::to_string(kBundleFormatVersion) + ")");
        r.error.formatVersion = version;
        return r;
    }
    BundleReadResult r;
    r.bundle.formatVersion = version;
    std::string why;
    if (const auto field = parseFields(j, r.bundle, why); !field.empty())
        return failure(C::BadDescription, field, "bundle.json field '" + field + "': " + why);
    if (r.bundle.config.params.getInt("lookback") != r.bundle.lookback
        || r.bundle.config.params.getInt("horizon") != r.bundle.horizon)
        return failure(C::BadDescription, "model", "bundle.json field 'model': lookback or horizon disagree with the options");

    // The tensor table and the archive must agree entry for entry.
    std::set<std::string> listed{kDescription}, names;
    try {
        for (const auto& t : j.at("tensors")) {
            BundleTensor tensor;
            tensor.name = t.at("name").get<std::string>();
            const auto entry = t.at("entry").get<std::string>();
            const auto dtype = t.at("dtype").get<std::string>();
            if (tensor.name.empty() || !names.insert(tensor.name).second || !listed.insert(entry).second)
                return failure(C::BadDescription, "tensors", "bundle.json's tensor table repeats '" + tensor.name + "'");
            if (dtype != "float32")
                return failure(C::UnsupportedDtype, tensor.name, "tensor '" + tensor.name + "' has type " + dtype + "; only float32 is read");
            std::size_t count = 1;
            for (const auto& d : t.at("shape")) {
                const auto n = d.get<std::int64_t>();
                if (n < 0 || (n > 0 && count > (std::size_t(1) << 40) / std::size_t(n)))
                    return failure(C::BadDescription, "tensors", "tensor '" + tensor.name + "' has an invalid shape");
                tensor.shape.push_back(n);
                count *= std::size_t(n);
            }
            const ZipEntry* data = zip.find(entry);
            if (!data)
                return failure(C::MissingTensor, tensor.name, "tensor '" + tensor.name + "' is listed but its data (" + entry + ") is missing");
            if (data->data.size() != count * 4)
                return failure(C::Damaged, tensor.name, "tensor '" + tensor.name + "' holds " + std::to_string(data->data.size())
                                                            + " bytes, its shape needs " + std::to_string(count * 4));
            tensor.values = bytesToFloats(data->data);
            r.bundle.tensors.push_back(std::move(tensor));
        }
    } catch (const json::exception&) {
        return failure(C::BadDescription, "tensors", "bundle.json field 'tensors': missing or of the wrong type");
    }
    for (const auto& e : zip.entries)
        if (!listed.count(e.name))
            return failure(C::ExtraTensor, e.name, "the model file holds '" + e.name + "', which bundle.json does not list");
    return r;
}

}  // namespace mc
