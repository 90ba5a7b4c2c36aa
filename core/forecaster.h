// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window_builder.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mc {

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

    [[nodiscard]] std::string modelKind() const;
    [[nodiscard]] std::int64_t parameterCount() const;

    /// The bytes save() writes: `MCMODEL1` + a JSON header (@p metadataJson plus the architecture)
    /// + LibTorch weights. Lets a finished run carry its model as a plain value.
    [[nodiscard]] std::string serialize(const std::string& metadataJson) const;
    /// Writes `MCMODEL1` + a JSON header (@p metadataJson plus the architecture) + LibTorch weights,
    /// atomically. Returns an English error, empty on success.
    [[nodiscard]] std::string save(const std::string& path, const std::string& metadataJson) const;
    /// Reads what save() wrote. On failure returns null and sets @p error.
    [[nodiscard]] static std::shared_ptr<Forecaster> load(const std::string& path, std::string& error,
                                                          std::string* metadataJson = nullptr);

    [[nodiscard]] Impl& impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace mc
