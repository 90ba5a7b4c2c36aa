// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model_bundle.h"
#include "window_builder.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mc {

/// Attention weights of a local self-attention model for one window: for every block and head,
/// how much each position of the lookback attended to each neighbour of its local window.
struct AttentionMap {
    int blocks = 0;
    int heads = 0;
    int positions = 0;                  ///< lookback steps; position positions-1 is the window's origin
    int window = 0;                     ///< neighbours per position (k)
    std::vector<int> offsets;           ///< (window) relative offset of each neighbour, ascending
    /// (blocks, heads, positions, window) row-major; weight of position p on neighbour p + offsets[j].
    /// Each position's weights sum to 1; neighbours outside the lookback (padding) get 0.
    std::vector<float> weights;

    [[nodiscard]] float at(int block, int head, int position, int neighbour) const
    {
        return weights[((static_cast<std::size_t>(block) * heads + head) * positions + position) * window + neighbour];
    }
};

/// A trained network with what it needs to turn windows into forecasts. The tensors stay inside;
/// callers see plain vectors. Not thread-safe: use one thread at a time.
class Forecaster {
public:
    struct Impl;
    explicit Forecaster(std::unique_ptr<Impl> impl);
    ~Forecaster();
    Forecaster(const Forecaster&) = delete;
    Forecaster& operator=(const Forecaster&) = delete;

    /// Raw network outputs, (count, horizon) row-major, in scaled units.
    [[nodiscard]] std::vector<float> predictScaled(const WindowSet& windows) const;
    /// Forecasts in original units, (count, horizon): inverts scaling and, for change models,
    /// adds the last observed value.
    [[nodiscard]] std::vector<double> predict(const WindowSet& windows, const PreparedData& data) const;

    /// The attention weights of the first window of @p one (a 1-D attention model only: station
    /// series, not grids). Empty with @p why (English) for other models or no window.
    [[nodiscard]] std::optional<AttentionMap> attentionWeights(const WindowSet& one, std::string& why) const;

    [[nodiscard]] std::string modelKind() const;
    [[nodiscard]] std::int64_t parameterCount() const;
    /// English note when the network's iterative solver hit its cap (GNN); empty otherwise.
    [[nodiscard]] std::string convergenceNote() const;

    /// The network's parameters and buffers as CPU float32 tensors, by module name, in the
    /// module's order; with outputActivation() and stateful() this is what a bundle stores.
    [[nodiscard]] std::vector<BundleTensor> tensors() const;
    [[nodiscard]] std::string outputActivation() const;
    [[nodiscard]] bool stateful() const;

    /// Builds the network @p bundle describes on the CPU and loads its tensors. Every tensor the
    /// network has must be in the bundle with the same shape and no other: otherwise returns null
    /// with @p error set (MissingTensor, ExtraTensor, ShapeMismatch, UnknownModel, BadDescription).
    [[nodiscard]] static std::shared_ptr<Forecaster> fromBundle(const ModelBundle& bundle, BundleError& error);

    [[nodiscard]] Impl& impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace mc
