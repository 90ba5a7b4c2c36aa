// SPDX-License-Identifier: GPL-3.0-or-later
// GPU checks as a plain C++ program (no Qt), so they also build in the Qt-free GPU-server
// configuration. Exit code 77 tells CTest "skipped" where no CUDA device exists.
#include "experiment.h"
#include "time_format.h"
#include "toy_data.h"
#include "trainer.h"

#include <cmath>
#include <cstdio>

namespace {

int failures = 0;

void check(bool ok, const char* what)
{
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    failures += ok ? 0 : 1;
}

mc::RunConfig config(const std::string& device, bool stateful)
{
    mc::RunConfig c;
    c.target = "v";
    c.params.set("device", device);
    c.params.set("epochs", std::int64_t{5});
    c.params.set("hidden", std::int64_t{16});
    c.params.set("lr", 1e-2);
    c.params.set("threads", std::int64_t{1});
    c.params.set("stateful", stateful);
    if (stateful) {
        c.params.set("batch", std::int64_t{20});
        c.params.set("output-activation", std::string("none"));
    }
    return c;
}

}  // namespace

int main()
{
    if (!mc::cudaAvailable()) {
        std::printf("SKIP: no CUDA device (%s)\n", mc::runtimeSummary().c_str());
        return 77;
    }
    const auto ds = toy::sineDataset();
    mc::StopToken stop;
    for (bool stateful : {false, true}) {
        const auto gpu = mc::runExperiment(config("cuda", stateful), stop, {}, &ds);
        check(gpu.ok(), stateful ? "stateful run on cuda finishes" : "run on cuda finishes");
        if (!gpu.ok()) {
            std::printf("  %s\n", gpu.error.c_str());
            continue;
        }
        check(gpu.training.device == "cuda:0", "trained on cuda:0");
        check(gpu.training.history.back().trainLoss < gpu.training.history.front().trainLoss, "loss decreases on cuda");
        const auto cpu = mc::runExperiment(config("cpu", stateful), stop, {}, &ds);
        // Same seed, same data: CPU and GPU differ only by floating-point order.
        const double rel = std::abs(gpu.model.pooled.rmse - cpu.model.pooled.rmse) / std::max(1e-9, cpu.model.pooled.rmse);
        std::printf("  rmse cuda %.6f cpu %.6f (relative difference %.2e)\n", gpu.model.pooled.rmse, cpu.model.pooled.rmse, rel);
        check(rel < 0.05, "cuda and cpu metrics agree within 5 %");
        // A model trained on the GPU reloads and forecasts (its weights are saved from CPU tensors).
        check(!gpu.modelFile.empty(), "model file written");
    }
    auto missing = config("cuda:" + std::to_string(mc::cudaDeviceCount()), false);
    const auto r = mc::runExperiment(missing, stop, {}, &ds);
    check(!r.ok() && r.training.error == mc::TrainErrorCode::DeviceUnavailable, "a device index past the last is refused");
    return failures == 0 ? 0 : 1;
}
