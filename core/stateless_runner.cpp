// SPDX-License-Identifier: GPL-3.0-or-later
#include "epoch_runner.h"

#include <random>

namespace mc {
namespace {

torch::Tensor toTensor(const std::vector<float>& v, std::vector<int64_t> shape, const torch::Device& device)
{
    return torch::from_blob(const_cast<float*>(v.data()), shape, torch::kFloat).clone().to(device);
}

// Our own Fisher–Yates over a 64-bit Mersenne Twister: std::shuffle's algorithm differs between
// standard libraries, and runs must repeat exactly from the seed.
void shuffle(std::vector<int64_t>& idx, std::mt19937_64& rng)
{
    for (std::size_t i = idx.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(rng() % i);
        std::swap(idx[i - 1], idx[j]);
    }
}

/// Shuffled mini-batches of complete windows, or of whole node groups for multi-node layouts.
class StatelessRunner final : public EpochRunner {
public:
    StatelessRunner(ForecastNetImpl& net, torch::optim::Optimizer& optimizer, const PreparedData& data,
                    const ParamSet& params, const torch::Device& device)
        : m_net(net), m_optimizer(optimizer), m_loss(params.getString("loss")),
          m_batch(std::max<int64_t>(1, params.getInt("batch"))), m_rng(static_cast<std::uint64_t>(params.getInt("seed")))
    {
        const WindowSet& tr = data.train;
        m_group = data.multiNode() ? static_cast<int64_t>(data.nodes.size()) : 1;
        m_masked = data.multiNode();
        const auto windows = static_cast<int64_t>(tr.count);
        TORCH_CHECK(windows % m_group == 0, "StatelessRunner: windows do not form whole node groups");
        m_n = windows / m_group;
        m_x = toTensor(tr.x, {windows, tr.lookback, tr.features}, device);
        m_y = toTensor(tr.y, {windows, tr.horizon}, device);
        if (data.val.count > 0) {
            const auto nv = static_cast<int64_t>(data.val.count);
            m_xVal = toTensor(data.val.x, {nv, tr.lookback, tr.features}, device);
            m_yVal = toTensor(data.val.y, {nv, tr.horizon}, device);
        }
        m_order.resize(static_cast<std::size_t>(m_n));
        for (int64_t i = 0; i < m_n; ++i)
            m_order[static_cast<std::size_t>(i)] = i;
        m_inGroup = torch::arange(m_group, torch::kLong).to(device);
        m_device = device;
    }

    double trainEpoch(const StopToken& stop, bool& interrupted) override
    {
        m_net.train();
        shuffle(m_order, m_rng);
        const auto perm = torch::from_blob(m_order.data(), {m_n}, torch::kLong).to(m_device);
        double sum = 0, weight = 0;
        for (int64_t s = 0; s < m_n; s += m_batch) {
            if (stop.stopRequested()) {
                interrupted = true;
                break;
            }
            const auto len = std::min(m_batch, m_n - s);
            auto idx = perm.narrow(0, s, len);
            if (m_group > 1)
                idx = (idx.unsqueeze(1) * m_group + m_inGroup.unsqueeze(0)).flatten();
            m_optimizer.zero_grad();
            const auto y = m_y.index_select(0, idx);
            const auto mask = m_masked ? torch::isfinite(y) : torch::Tensor();
            auto loss = trainingLoss(m_loss, m_net.forward(m_x.index_select(0, idx)), y, mask);
            const double value = loss.item<double>();
            if (!std::isfinite(value))
                return value;
            // The nonlinear GNN's contraction penalty: trained on, not reported as data loss.
            if (const auto penalty = m_net.trainingPenalty(); penalty.defined())
                loss = loss + penalty;
            loss.backward();
            m_optimizer.step();
            const double w = m_masked ? mask.sum().item<double>() : double(len);
            sum += value * w;
            weight += w;
        }
        return m_masked ? sum / std::max(1.0, weight) : sum / double(m_n);
    }

    [[nodiscard]] bool hasValidation() const override { return m_xVal.defined(); }

    double validationLoss() override
    {
        torch::NoGradGuard noGrad;
        m_net.eval();
        double total = 0, weight = 0;
        const int64_t n = m_xVal.size(0);
        const int64_t chunk = std::max<int64_t>(1, 4096 / m_group) * m_group;  // whole node groups
        for (int64_t s = 0; s < n; s += chunk) {
            const auto len = std::min<int64_t>(chunk, n - s);
            const auto y = m_yVal.narrow(0, s, len);
            const auto mask = m_masked ? torch::isfinite(y) : torch::Tensor();
            const double w = m_masked ? mask.sum().item<double>() : double(len);
            total += trainingLoss(m_loss, m_net.forward(m_xVal.narrow(0, s, len)), y, mask).item<double>() * w;
            weight += w;
        }
        return total / std::max(1.0, weight);
    }

private:
    ForecastNetImpl& m_net;
    torch::optim::Optimizer& m_optimizer;
    std::string m_loss;
    int64_t m_batch;
    std::mt19937_64 m_rng;
    int64_t m_n = 0;      ///< training origins (= windows for a single station)
    int64_t m_group = 1;  ///< windows per origin: the node count
    bool m_masked = false;
    torch::Tensor m_x, m_y, m_xVal, m_yVal, m_inGroup;
    std::vector<int64_t> m_order;
    torch::Device m_device{torch::kCPU};
};

}  // namespace

torch::Tensor trainingLoss(const std::string& name, const torch::Tensor& pred, const torch::Tensor& target,
                           const torch::Tensor& mask)
{
    if (!mask.defined()) {
        if (name == "mae")
            return torch::l1_loss(pred, target);
        if (name == "huber")
            return torch::huber_loss(pred, target, at::Reduction::Mean, 1.0);
        return torch::mse_loss(pred, target);
    }
    // Missing targets carry NaN: replace them before the loss so no NaN reaches the gradient.
    const auto safeTarget = torch::where(mask, target, pred.detach());
    torch::Tensor each;
    if (name == "mae")
        each = torch::l1_loss(pred, safeTarget, at::Reduction::None);
    else if (name == "huber")
        each = torch::huber_loss(pred, safeTarget, at::Reduction::None, 1.0);
    else
        each = torch::mse_loss(pred, safeTarget, at::Reduction::None);
    const auto count = mask.sum().clamp_min(1);
    return (each * mask).sum() / count;
}

std::unique_ptr<EpochRunner> makeStatelessRunner(ForecastNetImpl& net, torch::optim::Optimizer& optimizer,
                                                 const PreparedData& data, const ParamSet& params,
                                                 const torch::Device& device)
{
    return std::make_unique<StatelessRunner>(net, optimizer, data, params, device);
}

}  // namespace mc
