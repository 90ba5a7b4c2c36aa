// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include "epoch_runner.h"
#include "forecaster_impl.h"
#include "optim/optimizer_factory.h"

#include <chrono>
#include <cmath>
#include <dlfcn.h>
#include <limits>
#include <thread>

namespace mc {
namespace {

using Clock = std::chrono::steady_clock;

// LibTorch parallelises itself; OpenBLAS threads underneath it would oversubscribe the cores.
// Looked up at run time because which BLAS is loaded is the system's choice.
void limitBlasThreads()
{
    using SetThreads = void (*)(int);
    if (auto fn = reinterpret_cast<SetThreads>(::dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        fn(1);
}

TrainResult failed(TrainErrorCode code, std::string detail)
{
    TrainResult r;
    r.status = TrainStatus::Failed;
    r.error = code;
    r.detail = std::move(detail);
    return r;
}

}  // namespace

NetShape netShape(const PreparedData& data)
{
    NetShape shape;
    shape.features = data.train.features;
    shape.horizon = data.train.horizon;
    shape.layout = data.layout;
    shape.nodes = data.multiNode() ? static_cast<int>(data.nodes.size()) : 1;
    shape.gridRows = data.gridRows;
    shape.gridCols = data.gridCols;
    shape.nodeInfo = data.nodeInfo;
    return shape;
}

int defaultThreadCount()
{
    // One core stays free for the GUI thread and the system: LibTorch's OpenMP workers spin
    // while they wait, and on a fully busy machine that spinning costs more than it gains. On
    // 2 cores a second thread (the fused LSTM's batch chunks) gained a median 10 % per epoch on
    // the reference model (0–30 % between runs) with the other core kept free, used 20–50 % more
    // CPU, and lost whenever other work held that core, so 2 cores train on one thread in the CLI
    // as in the GUI; --threads 2 is there for an otherwise idle machine.
    const unsigned n = std::thread::hardware_concurrency();
    return n <= 2 ? 1 : static_cast<int>(n) - 1;
}

bool cudaAvailable() { return torch::cuda::is_available(); }
int cudaDeviceCount() { return static_cast<int>(torch::cuda::device_count()); }

std::string torchVersion()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "."
        + std::to_string(TORCH_VERSION_PATCH);
}

std::string runtimeSummary()
{
    const int gpus = cudaAvailable() ? cudaDeviceCount() : 0;
    return "LibTorch " + torchVersion() + ", default device " + (gpus > 0 ? std::string("cuda:0") : std::string("cpu"))
        + ", CUDA: " + (gpus > 0 ? std::to_string(gpus) + " device(s)" : std::string("none"));
}

TrainResult fit(const RunConfig& config, const PreparedData& data, const StopToken& stop, const ProgressFn& onProgress)
{
    if (const auto why = validateConfig(config); !why.empty())
        return failed(TrainErrorCode::InvalidConfig, why);
    const ParamSet& p = config.params;

    const auto devName = p.getString("device");
    torch::Device device(torch::kCPU);
    if (devName == "auto") {
        if (cudaAvailable())
            device = torch::Device(torch::kCUDA, 0);
    } else if (devName != "cpu") {
        if (!cudaAvailable())
            return failed(TrainErrorCode::DeviceUnavailable,
                          "device " + devName + " requested, but this LibTorch build sees no CUDA device");
        const int index = devName.size() > 5 ? std::atoi(devName.c_str() + 5) : 0;
        if (index < 0 || index >= cudaDeviceCount())
            return failed(TrainErrorCode::DeviceUnavailable, "device " + devName + " does not exist ("
                                                                 + std::to_string(cudaDeviceCount()) + " CUDA devices)");
        device = torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }

    // Stateful streams carry one station's state through time; node groups have no such stream.
    if (p.getBool("stateful") && data.multiNode())
        return failed(TrainErrorCode::InvalidConfig, "stateful training takes one station; this run forecasts "
                                                         + std::to_string(data.nodes.size()) + " nodes ("
                                                         + nodeLayoutName(data.layout) + ")");

    TrainResult result;
    result.device = device.str();
    result.threads = p.getInt("threads") > 0 ? static_cast<int>(p.getInt("threads")) : defaultThreadCount();
    limitBlasThreads();
    torch::set_num_threads(result.threads);

    const auto started = Clock::now();
    try {
        const auto seed = static_cast<std::uint64_t>(p.getInt("seed"));
        torch::manual_seed(seed);
        auto impl = std::make_unique<Forecaster::Impl>();
        impl->kind = config.model;
        impl->params = p;
        impl->params.fillDefaults(optionsFor(config.model));
        impl->outputActivation = resolvedOutputActivation(p);
        impl->features = data.train.features;
        impl->horizon = data.train.horizon;
        impl->shape = netShape(data);
        impl->device = device;
        impl->net = createNet(impl->kind, impl->params, impl->shape, impl->outputActivation);
        impl->net->to(device);
        ForecastNetImpl& net = *impl->net;

        const auto optimizer = createOptimizer(p, net.parameters());
        std::unique_ptr<EpochRunner> runner;
        if (p.getBool("stateful")) {
            std::string why;
            runner = makeStatefulRunner(net, *optimizer, data, p, device, why);
            if (!runner)
                return failed(TrainErrorCode::InvalidConfig, why);
            impl->stateful = true;
        } else {
            runner = makeStatelessRunner(net, *optimizer, data, p, device);
        }
        const auto epochs = static_cast<int>(p.getInt("epochs"));
        const auto patience = static_cast<int>(p.getInt("early-stop"));
        const bool hasVal = runner->hasValidation();

        std::vector<torch::Tensor> best;
        const auto keepBest = [&] {
            torch::NoGradGuard noGrad;
            best.clear();
            for (const auto& t : net.parameters())
                best.push_back(t.detach().clone());
        };
        keepBest();
        double bestLoss = std::numeric_limits<double>::infinity();
        int sinceBest = 0;
        result.status = TrainStatus::Finished;

        for (int epoch = 1; epoch <= epochs; ++epoch) {
            bool interrupted = false;
            const double trainLoss = runner->trainEpoch(stop, interrupted);
            if (!std::isfinite(trainLoss))
                return failed(TrainErrorCode::NonFiniteLoss,
                              "training loss became " + std::string(std::isnan(trainLoss) ? "NaN" : "infinite")
                                  + " in epoch " + std::to_string(epoch)
                                  + " (try a lower learning rate, or check the input data)");
            if (interrupted) {
                result.status = TrainStatus::Stopped;
                break;
            }
            EpochProgress ep;
            ep.epoch = epoch;
            ep.epochs = epochs;
            ep.trainLoss = trainLoss;
            ep.valLoss = hasVal ? runner->validationLoss() : std::numeric_limits<double>::quiet_NaN();
            if (hasVal && !std::isfinite(ep.valLoss))
                return failed(TrainErrorCode::NonFiniteLoss,
                              "validation loss became non-finite in epoch " + std::to_string(epoch));
            const double monitored = hasVal ? ep.valLoss : ep.trainLoss;
            if (monitored < bestLoss) {
                bestLoss = monitored;
                result.bestEpoch = epoch;
                sinceBest = 0;
                ep.best = true;
                keepBest();
            } else {
                ++sinceBest;
            }
            ep.elapsedSeconds = std::chrono::duration<double>(Clock::now() - started).count();
            result.history.push_back(ep);
            result.epochsRun = epoch;
            if (onProgress)
                onProgress(ep);
            if (patience > 0 && hasVal && sinceBest >= patience) {
                result.status = TrainStatus::EarlyStopped;
                break;
            }
            if (stop.stopRequested()) {
                result.status = TrainStatus::Stopped;
                break;
            }
        }
        if (result.epochsRun > 0) {
            torch::NoGradGuard noGrad;
            auto params = net.parameters();
            for (std::size_t i = 0; i < params.size(); ++i)
                params[i].copy_(best[i]);
        }
        result.model = std::make_shared<Forecaster>(std::move(impl));
    } catch (const c10::Error& e) {
        const std::string what = e.what_without_backtrace();
        if (what.find("out of memory") != std::string::npos)
            return failed(TrainErrorCode::OutOfMemory, "out of memory on " + device.str() + ": try a smaller batch or model");
        return failed(TrainErrorCode::Internal, what);
    } catch (const std::bad_alloc&) {
        return failed(TrainErrorCode::OutOfMemory, "out of memory: try a smaller batch or model");
    }
    result.trainSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

}  // namespace mc
