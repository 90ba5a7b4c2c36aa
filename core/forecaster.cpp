// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecaster_impl.h"

#include "atomic_file.h"
#include "epoch_runner.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace mc {

namespace {
constexpr char kMagic[] = "MCMODEL1\n";
constexpr std::int64_t kChunk = 4096;  // windows per inference batch: bounded memory on any input
}  // namespace

Forecaster::Forecaster(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Forecaster::~Forecaster() = default;

std::vector<float> Forecaster::predictScaled(const WindowSet& w) const
{
    std::vector<float> out;
    if (w.count == 0)
        return out;
    TORCH_CHECK(!m_impl->stateful, "Forecaster: a stateful model forecasts from the data grid; use predict()");
    TORCH_CHECK(w.features == m_impl->features && w.horizon == m_impl->horizon,
                "Forecaster: windows have ", w.features, " features and horizon ", w.horizon, ", the model expects ",
                m_impl->features, " and ", m_impl->horizon);
    torch::NoGradGuard noGrad;
    m_impl->net->eval();
    const auto n = static_cast<std::int64_t>(w.count);
    auto x = torch::from_blob(const_cast<float*>(w.x.data()), {n, w.lookback, w.features}, torch::kFloat);
    out.reserve(w.count * static_cast<std::size_t>(w.horizon));
    // Whole node groups per call: a spatial network needs every node of an origin at once.
    const std::int64_t group = std::max(1, m_impl->shape.nodes);
    TORCH_CHECK(n % group == 0, "Forecaster: ", n, " windows do not form whole groups of ", group, " nodes");
    const std::int64_t chunk = std::max<std::int64_t>(1, kChunk / group) * group;
    for (std::int64_t start = 0; start < n; start += chunk) {
        const auto len = std::min(chunk, n - start);
        auto y = m_impl->net->forward(x.narrow(0, start, len).to(m_impl->device)).to(torch::kCPU).contiguous();
        const float* p = y.data_ptr<float>();
        out.insert(out.end(), p, p + y.numel());
    }
    return out;
}

std::vector<double> Forecaster::predict(const WindowSet& w, const PreparedData& data) const
{
    std::vector<float> raw;
    if (m_impl->stateful) {
        // The state carries the history: run through the grid once, then read each window's origin.
        const auto all = statefulGridOutputs(*m_impl->net, data, m_impl->device).contiguous();
        const float* p = all.data_ptr<float>();
        raw.reserve(w.count * static_cast<std::size_t>(w.horizon));
        for (std::size_t i = 0; i < w.count; ++i) {
            const long row = data.gridIndex(w.originTime[i]);
            TORCH_CHECK(row >= 0, "Forecaster: window origin not on the data grid");
            raw.insert(raw.end(), p + row * w.horizon, p + (row + 1) * w.horizon);
        }
    } else {
        raw = predictScaled(w);
    }
    std::vector<double> out(raw.size());
    const Scaler& s = data.scalers.at(0);
    const auto h = static_cast<std::size_t>(w.horizon);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const double v = data.predictChange ? w.lastScaled[i / h] + double(raw[i]) : double(raw[i]);
        out[i] = s.invert(v);
    }
    return out;
}

std::string Forecaster::modelKind() const { return m_impl->kind; }

std::int64_t Forecaster::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto& p : m_impl->net->parameters())
        n += p.numel();
    return n;
}

std::string Forecaster::save(const std::string& path, const std::string& metadataJson) const
{
    return writeFileAtomically(path, serialize(metadataJson));
}

std::string Forecaster::serialize(const std::string& metadataJson) const
{
    nlohmann::json header = nlohmann::json::parse(metadataJson.empty() ? "{}" : metadataJson, nullptr, false);
    if (header.is_discarded() || !header.is_object())
        header = nlohmann::json::object();
    nlohmann::json params = nlohmann::json::object();
    for (const auto& [key, value] : m_impl->params.values())
        params[key] = formatParam(value);
    header["architecture"] = {{"kind", m_impl->kind},
                              {"features", m_impl->features},
                              {"horizon", m_impl->horizon},
                              {"output_activation", m_impl->outputActivation},
                              {"stateful", m_impl->stateful},
                              {"params", params}};
    const NetShape& shape = m_impl->shape;
    if (shape.layout != NodeLayout::Single) {
        // Only multi-node models carry their nodes, so single-station model headers stay as they were.
        nlohmann::json info = nlohmann::json::array();
        const auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
        for (const auto& ni : shape.nodeInfo)
            info.push_back({num(ni.latitude), num(ni.longitude), num(ni.depth)});
        header["architecture"]["shape"] = {{"layout", nodeLayoutName(shape.layout)}, {"nodes", shape.nodes},
                                           {"grid_rows", shape.gridRows}, {"grid_cols", shape.gridCols},
                                           {"target_feature", shape.targetFeature}, {"node_info", info}};
    }
    std::ostringstream weights;
    torch::serialize::OutputArchive archive;
    m_impl->net->to(torch::kCPU);
    m_impl->net->save(archive);
    archive.save_to(weights);
    m_impl->net->to(m_impl->device);
    const std::string json = header.dump();
    return kMagic + std::to_string(json.size()) + "\n" + json + weights.str();
}

std::shared_ptr<Forecaster> Forecaster::load(const std::string& path, std::string& error, std::string* metadataJson)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot open";
        return nullptr;
    }
    std::string magic(sizeof kMagic - 1, '\0');
    in.read(magic.data(), static_cast<std::streamsize>(magic.size()));
    std::string lenLine;
    if (magic != kMagic || !std::getline(in, lenLine)) {
        error = path + ": not a MarineCast model file";
        return nullptr;
    }
    std::string json(std::stoul(lenLine), '\0');
    in.read(json.data(), static_cast<std::streamsize>(json.size()));
    const auto header = nlohmann::json::parse(json, nullptr, false);
    if (!in || header.is_discarded() || !header.contains("architecture")) {
        error = path + ": damaged model header";
        return nullptr;
    }
    try {
        const auto& a = header["architecture"];
        auto impl = std::make_unique<Impl>();
        impl->kind = a.at("kind").get<std::string>();
        impl->features = a.at("features").get<int>();
        impl->horizon = a.at("horizon").get<int>();
        impl->outputActivation = a.at("output_activation").get<std::string>();
        impl->stateful = a.value("stateful", false);
        impl->shape.features = impl->features;
        impl->shape.horizon = impl->horizon;
        if (a.contains("shape")) {
            const auto& sh = a["shape"];
            impl->shape.layout = nodeLayoutFromName(sh.at("layout").get<std::string>());
            impl->shape.nodes = sh.at("nodes").get<int>();
            impl->shape.gridRows = sh.value("grid_rows", 0);
            impl->shape.gridCols = sh.value("grid_cols", 0);
            impl->shape.targetFeature = sh.value("target_feature", 0);
            const auto num = [](const nlohmann::json& v) {
                return v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN();
            };
            for (const auto& ni : sh.value("node_info", nlohmann::json::array()))
                impl->shape.nodeInfo.push_back({num(ni.at(0)), num(ni.at(1)), num(ni.at(2))});
        }
        const auto options = optionsFor(impl->kind);
        for (const auto& [key, value] : a.at("params").items())
            if (const auto* desc = findOption(options, key)) {
                std::string why;
                if (auto v = parseParam(*desc, value.get<std::string>(), why))
                    impl->params.set(key, *v);
            }
        impl->net = createNet(impl->kind, impl->params, impl->shape, impl->outputActivation);
        std::stringstream rest;
        rest << in.rdbuf();
        torch::serialize::InputArchive archive;
        archive.load_from(rest);
        impl->net->load(archive);
        if (metadataJson)
            *metadataJson = json;
        return std::make_shared<Forecaster>(std::move(impl));
    } catch (const std::exception& e) {
        error = path + ": cannot read the model: " + e.what();
        return nullptr;
    }
}

}  // namespace mc
