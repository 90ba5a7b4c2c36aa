// SPDX-License-Identifier: GPL-3.0-or-later
// Keras's stateful mode: the training range is cut into `batch` contiguous streams; each batch
// advances every stream by `stateful-steps` time steps, and sample i of batch k+1 continues
// sample i of batch k. The recurrent state carries across batches, detached (truncated
// back-propagation through time), and resets at each epoch start and, per stream, at gaps.
#include "epoch_runner.h"

namespace mc {
namespace {

// True for grid rows whose every feature is present.
torch::Tensor rowValid(const torch::Tensor& x) { return torch::logical_not(torch::isnan(x)).all(-1); }

class StatefulRunner final : public EpochRunner {
public:
    StatefulRunner(ForecastNetImpl& net, torch::optim::Optimizer& optimizer, const PreparedData& data,
                   const ParamSet& params, const torch::Device& device, int64_t first, int64_t streamLength)
        : m_net(net), m_optimizer(optimizer), m_data(data), m_device(device), m_loss(params.getString("loss")),
          m_streams(params.getInt("batch")), m_steps(params.getInt("stateful-steps")), m_length(streamLength)
    {
        const auto n = static_cast<int64_t>(data.gridCount);
        const int64_t f = data.train.features;
        const int64_t h = data.train.horizon;
        const auto gridX = torch::from_blob(const_cast<float*>(data.gridX.data()), {n, f}, torch::kFloat);
        const auto gridY = torch::from_blob(const_cast<float*>(data.gridY.data()), {n, h}, torch::kFloat);
        // (streams, length): stream b covers origins first + b*length … first + (b+1)*length - 1.
        const auto origins = (torch::arange(m_streams, torch::kLong).unsqueeze(1) * m_length
                              + torch::arange(m_length, torch::kLong).unsqueeze(0) + first);
        m_x = gridX.index_select(0, origins.flatten()).view({m_streams, m_length, f}).to(device);
        m_y = gridY.index_select(0, origins.flatten()).view({m_streams, m_length, h}).to(device);
        m_inputValid = rowValid(m_x);
        m_x = torch::nan_to_num(m_x, 0.0);
        m_targetValid = torch::logical_not(torch::isnan(m_y)) & m_inputValid.unsqueeze(-1);
        if (data.val.count > 0) {
            std::vector<int64_t> rows;
            for (std::size_t i = 0; i < data.val.count; ++i)
                rows.push_back(data.gridIndex(data.val.originTime[i]));
            m_valRows = torch::tensor(rows, torch::kLong);
            m_yVal = torch::from_blob(const_cast<float*>(data.val.y.data()),
                                      {static_cast<int64_t>(data.val.count), h}, torch::kFloat).clone();
        }
    }

    double trainEpoch(const StopToken& stop, bool& interrupted) override
    {
        m_net.train();
        std::vector<torch::Tensor> state;  // zeros: every epoch starts fresh
        double sum = 0;
        int64_t batches = 0;
        for (int64_t start = 0; start + m_steps <= m_length; start += m_steps) {
            if (stop.stopRequested()) {
                interrupted = true;
                break;
            }
            m_optimizer.zero_grad();
            std::vector<torch::Tensor> outputs;
            for (int64_t s = start; s < start + m_steps; ++s) {
                outputs.push_back(m_net.forwardSteps(m_x.narrow(1, s, 1), state));
                // A missing input ends that stream's memory, as a gap in the record should.
                const auto keep = m_inputValid.select(1, s).to(torch::kFloat).view({1, m_streams, 1});
                for (auto& t : state)
                    t = t * keep;
            }
            const auto pred = torch::cat(outputs, 1);
            const auto mask = m_targetValid.narrow(1, start, m_steps);
            if (!mask.any().item<bool>()) {
                for (auto& t : state)
                    t = t.detach();
                continue;
            }
            auto loss = trainingLoss(m_loss, pred, m_y.narrow(1, start, m_steps), mask);
            const double value = loss.item<double>();
            if (!std::isfinite(value))
                return value;
            loss.backward();
            m_optimizer.step();
            for (auto& t : state)
                t = t.detach();  // truncated back-propagation through time
            sum += value;
            ++batches;
        }
        return batches > 0 ? sum / double(batches) : 0.0;
    }

    [[nodiscard]] bool hasValidation() const override { return m_valRows.defined(); }

    double validationLoss() override
    {
        const auto all = statefulGridOutputs(m_net, m_data, m_device);
        const auto pred = all.index_select(0, m_valRows);
        return trainingLoss(m_loss, pred, m_yVal, torch::logical_not(torch::isnan(pred))).item<double>();
    }

private:
    ForecastNetImpl& m_net;
    torch::optim::Optimizer& m_optimizer;
    const PreparedData& m_data;
    torch::Device m_device;
    std::string m_loss;
    int64_t m_streams;
    int64_t m_steps;
    int64_t m_length;
    torch::Tensor m_x, m_y, m_inputValid, m_targetValid, m_valRows, m_yVal;
};

}  // namespace

std::unique_ptr<EpochRunner> makeStatefulRunner(ForecastNetImpl& net, torch::optim::Optimizer& optimizer,
                                                const PreparedData& data, const ParamSet& params,
                                                const torch::Device& device, std::string& error)
{
    if (!net.supportsState()) {
        error = "this model kind cannot be trained statefully";
        return nullptr;
    }
    int64_t first = -1, last = -1;
    for (std::size_t i = 0; i < data.gridRange.size(); ++i)
        if (data.gridRange[i] == 0) {
            if (first < 0)
                first = static_cast<int64_t>(i);
            last = static_cast<int64_t>(i);
        }
    const int64_t streams = params.getInt("batch");
    const int64_t steps = params.getInt("stateful-steps");
    const int64_t total = first < 0 ? 0 : last - first + 1;
    const int64_t length = total / streams;
    if (length < steps) {
        error = "stateful training cuts the " + std::to_string(total) + " training time steps into " + std::to_string(streams)
            + " streams (the batch size) of " + std::to_string(length) + " steps each, fewer than the "
            + std::to_string(steps) + " steps per batch: use a smaller batch or fewer steps per batch";
        return nullptr;
    }
    return std::make_unique<StatefulRunner>(net, optimizer, data, params, device, first, length);
}

torch::Tensor statefulGridOutputs(ForecastNetImpl& net, const PreparedData& data, const torch::Device& device)
{
    torch::NoGradGuard noGrad;
    net.eval();
    const auto n = static_cast<int64_t>(data.gridCount);
    const int64_t f = data.train.features;
    const int64_t h = data.train.horizon;
    const auto gridX = torch::from_blob(const_cast<float*>(data.gridX.data()), {n, f}, torch::kFloat);
    const auto valid = rowValid(gridX);
    const auto validRows = valid.data_ptr<bool>();
    auto out = torch::full({n, h}, std::numeric_limits<float>::quiet_NaN(), torch::kFloat);
    // Each run of complete rows starts from a zero state: one network call per segment.
    for (int64_t i = 0; i < n;) {
        if (!validRows[i]) {
            ++i;
            continue;
        }
        int64_t j = i;
        while (j < n && validRows[j])
            ++j;
        std::vector<torch::Tensor> state;
        const auto y = net.forwardSteps(gridX.narrow(0, i, j - i).unsqueeze(0).to(device), state);
        out.narrow(0, i, j - i).copy_(y.squeeze(0).to(torch::kCPU));
        i = j;
    }
    return out;
}

}  // namespace mc
