// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run_config.h"
#include "window_builder.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mc {

class Forecaster;

/// Set from any thread; the training loop checks it between batches.
class StopToken {
public:
    void requestStop() { m_flag.store(true, std::memory_order_relaxed); }
    void reset() { m_flag.store(false, std::memory_order_relaxed); }
    [[nodiscard]] bool stopRequested() const { return m_flag.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_flag{false};
};

/// One finished epoch, as a plain value that may cross threads.
struct EpochProgress {
    int epoch = 0;               ///< 1-based
    int epochs = 0;              ///< planned
    double trainLoss = 0;        ///< mean over the epoch's batches, scaled units
    double valLoss = 0;          ///< NaN without validation windows
    double elapsedSeconds = 0;
    bool best = false;           ///< this epoch's weights are now the kept model
};

using ProgressFn = std::function<void(const EpochProgress&)>;

enum class TrainStatus { Finished, EarlyStopped, Stopped, Failed };

enum class TrainErrorCode {
    None,
    InvalidConfig,      ///< settings the registry or validateConfig refuse
    NonFiniteLoss,      ///< NaN or Inf loss: diverged (learning rate too high?) or bad input
    DeviceUnavailable,  ///< CUDA asked for and not present
    OutOfMemory,
    Internal,           ///< anything LibTorch threw that is not one of the above
};

struct TrainResult {
    TrainStatus status = TrainStatus::Failed;
    TrainErrorCode error = TrainErrorCode::None;
    std::string detail;                    ///< English
    int epochsRun = 0;
    int bestEpoch = 0;                     ///< epoch whose weights the model holds; 0 = initial
    std::vector<EpochProgress> history;
    double trainSeconds = 0;
    std::string device;                    ///< "cpu" or "cuda:0"
    int threads = 0;
    std::shared_ptr<const Forecaster> model;  ///< set unless Failed

    [[nodiscard]] bool ok() const { return status != TrainStatus::Failed; }
};

/// Number of CPU threads a 0 ("all cores") setting means here.
[[nodiscard]] int defaultThreadCount();

/// True when this LibTorch build sees a CUDA device.
[[nodiscard]] bool cudaAvailable();
[[nodiscard]] int cudaDeviceCount();

/// Trains the model of @p config on @p data.train, validating on @p data.val each epoch, and keeps
/// the weights of the best epoch (lowest validation loss, or training loss without validation).
/// Stops between batches when @p stop is set and returns the best model so far as Stopped.
/// Expected failures (NaN loss, missing CUDA, out of memory) come back as Failed with a code.
[[nodiscard]] TrainResult fit(const RunConfig& config, const PreparedData& data, const StopToken& stop,
                              const ProgressFn& onProgress = {});

/// Version of the LibTorch this build uses, e.g. "1.13.1".
[[nodiscard]] std::string torchVersion();

/// "LibTorch 1.13.1, default device cpu, CUDA: none" (or "CUDA: 2 device(s)"), for --version.
[[nodiscard]] std::string runtimeSummary();

}  // namespace mc
