// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: includes LibTorch. The two ways of feeding data to a network during training:
// shuffled windows (stateless) and contiguous streams with carried state (Keras's stateful mode).
#pragma once

#include "models/forecast_net.h"
#include "trainer.h"

#include <memory>
#include <string>

namespace mc {

/// One training mode: how an epoch walks the training data and how validation loss is measured.
class EpochRunner {
public:
    virtual ~EpochRunner() = default;
    /// One pass over the training data. Returns the mean batch loss, or the first non-finite batch
    /// loss as soon as one appears. Sets @p interrupted when @p stop was seen between batches.
    virtual double trainEpoch(const StopToken& stop, bool& interrupted) = 0;
    [[nodiscard]] virtual bool hasValidation() const = 0;
    /// Loss on the validation windows with the current weights, in eval mode.
    virtual double validationLoss() = 0;
};

/// The network shape of @p data's windows (features, horizon and, for multi-node layouts, the nodes).
[[nodiscard]] NetShape netShape(const PreparedData& data);

/// Elementwise loss reduced over the entries where @p mask is true (all entries when undefined).
[[nodiscard]] torch::Tensor trainingLoss(const std::string& name, const torch::Tensor& pred, const torch::Tensor& target,
                                         const torch::Tensor& mask = {});

/// Shuffled mini-batches. For multi-node layouts `batch` counts origins (node groups), each of N
/// windows; the origins are shuffled, never the windows within a group, and the loss is masked by
/// isfinite(y).
[[nodiscard]] std::unique_ptr<EpochRunner> makeStatelessRunner(ForecastNetImpl& net, torch::optim::Optimizer& optimizer,
                                                               const PreparedData& data, const ParamSet& params,
                                                               const torch::Device& device);

/// Nullptr with @p error set when the data cannot be cut into streams (e.g. a stream shorter
/// than the steps per batch).
[[nodiscard]] std::unique_ptr<EpochRunner> makeStatefulRunner(ForecastNetImpl& net, torch::optim::Optimizer& optimizer,
                                                              const PreparedData& data, const ParamSet& params,
                                                              const torch::Device& device, std::string& error);

/// Stateful forecasts for every grid point: runs the network through the whole grid with one
/// stream, resetting the state at gaps in the inputs. (gridCount, horizon) on the CPU; rows whose
/// input is missing are NaN.
[[nodiscard]] torch::Tensor statefulGridOutputs(ForecastNetImpl& net, const PreparedData& data, const torch::Device& device);

}  // namespace mc
