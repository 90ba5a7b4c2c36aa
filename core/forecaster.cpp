// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecaster_impl.h"

#include "epoch_runner.h"

#include <map>

namespace mc {

namespace {
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

std::string Forecaster::convergenceNote() const { return m_impl->net->convergenceNote(); }

std::int64_t Forecaster::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto& p : m_impl->net->parameters())
        n += p.numel();
    return n;
}

std::string Forecaster::outputActivation() const { return m_impl->outputActivation; }

bool Forecaster::stateful() const { return m_impl->stateful; }

namespace {

// Parameters and buffers under one naming, as torch::nn::Module::save() would see them.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(torch::nn::Module& net)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& p : net.named_parameters())
        out.emplace_back(p.key(), p.value());
    for (const auto& b : net.named_buffers())
        out.emplace_back(b.key(), b.value());
    return out;
}

std::string shapeText(const std::vector<std::int64_t>& shape)
{
    std::string out = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        out += (i ? ", " : "") + std::to_string(shape[i]);
    return out + ")";
}

}  // namespace

std::vector<BundleTensor> Forecaster::tensors() const
{
    torch::NoGradGuard noGrad;
    std::vector<BundleTensor> out;
    for (const auto& [name, t] : namedTensors(*m_impl->net)) {
        // CPU float32 whatever the training device: a CUDA-trained model opens on any machine.
        const auto cpu = t.detach().to(torch::kCPU, torch::kFloat).contiguous();
        BundleTensor b{name, cpu.sizes().vec(), {}};
        b.values.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
        out.push_back(std::move(b));
    }
    return out;
}

std::shared_ptr<Forecaster> Forecaster::fromBundle(const ModelBundle& bundle, BundleError& error)
{
    const auto fail = [&](BundleErrorCode code, std::string entry, std::string detail) {
        error = {code, std::move(entry), std::move(detail), 0};
        return nullptr;
    };
    const std::string& kind = bundle.config.model;
    if (!findModel(kind))
        return fail(BundleErrorCode::UnknownModel, "model", "the model kind '" + kind + "' is not known to this MarineCast");
    auto impl = std::make_unique<Impl>();
    impl->kind = kind;
    impl->params = bundle.config.params;
    impl->features = static_cast<int>(bundle.featureNames.size());
    impl->horizon = bundle.horizon;
    impl->outputActivation = bundle.outputActivation;
    impl->stateful = bundle.stateful;
    try {
        impl->shape.features = impl->features;
        impl->shape.horizon = impl->horizon;
        impl->shape.layout = bundle.layout;
        impl->shape.nodes = bundle.layout == NodeLayout::Single ? 1 : static_cast<int>(bundle.stations.size());
        impl->shape.gridRows = bundle.gridRows;
        impl->shape.gridCols = bundle.gridCols;
        impl->shape.nodeInfo = bundle.nodeInfo;
        impl->net = createNet(kind, impl->params, impl->shape, impl->outputActivation);
    } catch (const std::exception& e) {
        return fail(BundleErrorCode::BadDescription, "model", std::string("the model options are invalid: ") + e.what());
    }
    std::map<std::string, const BundleTensor*> stored;
    for (const auto& t : bundle.tensors)
        stored[t.name] = &t;
    torch::NoGradGuard noGrad;
    for (auto& [name, t] : namedTensors(*impl->net)) {
        const auto it = stored.find(name);
        if (it == stored.end())
            return fail(BundleErrorCode::MissingTensor, name, "the model file lacks the weights '" + name + "'");
        const auto& shape = it->second->shape;
        if (shape != t.sizes().vec())
            return fail(BundleErrorCode::ShapeMismatch, name, "the weights '" + name + "' have shape " + shapeText(shape)
                                                                  + ", the model needs " + shapeText(t.sizes().vec()));
        const auto src = torch::from_blob(const_cast<float*>(it->second->values.data()), shape, torch::kFloat);
        t.copy_(src);
        stored.erase(it);
    }
    if (!stored.empty())
        return fail(BundleErrorCode::ExtraTensor, stored.begin()->first,
                    "the model file holds weights '" + stored.begin()->first + "' that a " + kind + " model does not have");
    impl->net->eval();
    return std::make_shared<Forecaster>(std::move(impl));
}

}  // namespace mc
