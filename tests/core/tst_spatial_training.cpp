// SPDX-License-Identifier: GPL-3.0-or-later
// Training and evaluation on multi-node windows with a test-only network: whole node groups per
// batch, a loss that ignores missing targets, scores per node and overall, per-node outputs.
#include "epoch_runner.h"
#include "experiment.h"
#include "forecaster_impl.h"
#include "optim/optimizer_factory.h"
#include "time_format.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <limits>
#include <sstream>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Test-only spatial network: a linear map of each node's last step plus a learned share of the
// mean over the nodes of its origin, so it needs whole node groups.
class NodeNetImpl : public mc::ForecastNetImpl {
public:
    explicit NodeNetImpl(const mc::NetShape& shape) : m_shape(shape)
    {
        m_own = register_module("own", torch::nn::Linear(shape.features, shape.horizon));
        m_mix = register_parameter("mix", torch::zeros({1}));
    }
    /// x (B*N, lookback, F) -> (B*N, horizon)
    torch::Tensor forward(const torch::Tensor& x) override
    {
        const int64_t n = m_shape.nodes;
        TORCH_CHECK(x.size(0) % n == 0, "NodeNet: ", x.size(0), " windows are not whole groups of ", n);
        batchSizes.push_back(x.size(0));
        const int64_t b = x.size(0) / n;
        auto y = m_own->forward(x.select(1, x.size(1) - 1)).view({b, n, m_shape.horizon});
        y = y + m_mix * y.mean(1, true);
        return y.reshape({b * n, m_shape.horizon});
    }
    std::vector<int64_t> batchSizes;

private:
    mc::NetShape m_shape;
    torch::nn::Linear m_own{nullptr};
    torch::Tensor m_mix;
};

mc::TimePoint day(int i) { return (*mc::daysFromCivil(2013, 1, 1) + i) * mc::kSecondsPerDay; }

// Three stations sharing a wave, each with its own level and its own gap.
mc::Dataset threeStations()
{
    mc::Dataset ds;
    const double lat[] = {30.5, 29.8, 30.1};
    for (int k = 0; k < 3; ++k) {
        mc::StationData s;
        s.id = "s" + std::to_string(k);
        s.latitude = lat[k];
        s.longitude = -81.0;
        for (int i = 0; i < 5 * 365; ++i) {
            s.times.push_back(day(i));
            // s1 also misses days 1500–1519, in the test year.
            const bool gap = (i >= 200 + 300 * k && i < 230 + 300 * k) || (k == 1 && i >= 1500 && i < 1520);
            s.variables["v"].push_back(gap ? kNaN : 10 + 2 * k + 3 * std::sin(2 * M_PI * i / 365.0) + std::sin(i / 4.0));
        }
        ds.stations.push_back(s);
    }
    return ds;
}

mc::RunConfig config()
{
    mc::RunConfig c;
    c.target = "v";
    c.trainRange = *mc::parseTimeRange("2013-01-01/2016-12-31");
    c.testRange = *mc::parseTimeRange("2017-01-01/2017-12-31");
    c.params.set("lookback", std::int64_t{7});
    c.params.set("horizon", std::int64_t{2});
    c.params.set("batch", std::int64_t{8});
    c.params.set("lr", 1e-2);
    c.params.set("device", std::string("cpu"));
    c.params.fillDefaults(mc::optionsFor("lstm"));
    return c;
}

mc::PreparedData prepared()
{
    auto r = mc::prepareWindows(threeStations(), config(), mc::NodeLayout::Stations);
    if (!r.ok())
        qFatal("prepareWindows failed: %s", r.error.detail.c_str());
    return r.data;
}

}  // namespace

class TestSpatialTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }
    void maskedLossIgnoresMissingTargets();
    void netShapeCarriesNodes();
    void batchesHoldWholeNodeGroups();
    void trainsDespiteMissingTargets();
    void statefulRefused();
    void scoresAndOutputsPerNode();
};

void TestSpatialTraining::maskedLossIgnoresMissingTargets()
{
    for (const char* name : {"mse", "mae", "huber"}) {
        auto pred = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).view({2, 2}).requires_grad_();
        const auto target = torch::tensor({1.5f, std::numeric_limits<float>::quiet_NaN(), 2.0f, 4.0f}).view({2, 2});
        auto loss = mc::trainingLoss(name, pred, target, torch::isfinite(target));
        const auto observed = torch::tensor({0, 2, 3}, torch::kLong);
        const auto expected = mc::trainingLoss(name, pred.detach().flatten().index_select(0, observed),
                                               target.flatten().index_select(0, observed));
        QVERIFY(std::isfinite(loss.item<double>()));
        QVERIFY(std::abs(loss.item<double>() - expected.item<double>()) < 1e-6);
        loss.backward();
        QVERIFY(torch::isfinite(pred.grad()).all().item<bool>());
        QCOMPARE(pred.grad()[0][1].item<float>(), 0.0f);  // the missing target pulls nowhere
        QVERIFY(pred.grad()[0][0].item<float>() != 0.0f);
    }
}

void TestSpatialTraining::netShapeCarriesNodes()
{
    const auto data = prepared();
    const auto shape = mc::netShape(data);
    QCOMPARE(shape.nodes, 3);
    QCOMPARE(shape.features, 2);
    QCOMPARE(shape.horizon, 2);
    QCOMPARE(shape.layout, mc::NodeLayout::Stations);
    QCOMPARE(shape.nodeInfo.size(), std::size_t{3});
    QCOMPARE(shape.nodeInfo[0].latitude, 30.5);  // north first
    QCOMPARE(data.nodes, (std::vector<std::string>{"s0", "s2", "s1"}));
}

void TestSpatialTraining::batchesHoldWholeNodeGroups()
{
    torch::manual_seed(1);
    const auto data = prepared();
    auto net = std::make_shared<NodeNetImpl>(mc::netShape(data));
    auto params = config().params;
    const auto optimizer = mc::createOptimizer(params, net->parameters());
    auto runner = mc::makeStatelessRunner(*net, *optimizer, data, params, torch::kCPU);
    mc::StopToken stop;
    bool interrupted = false;
    QVERIFY(std::isfinite(runner->trainEpoch(stop, interrupted)));
    QVERIFY(!interrupted);
    int64_t total = 0;
    for (auto n : net->batchSizes) {
        QCOMPARE(n % 3, int64_t{0});
        total += n;
    }
    QCOMPARE(net->batchSizes.front(), int64_t{8 * 3});  // batch counts origins
    QCOMPARE(total, static_cast<int64_t>(data.train.count));
    QVERIFY(runner->hasValidation());
    QVERIFY(std::isfinite(runner->validationLoss()));
}

void TestSpatialTraining::trainsDespiteMissingTargets()
{
    torch::manual_seed(2);
    const auto data = prepared();
    std::size_t missing = 0;
    for (float y : data.train.y)
        missing += std::isnan(y);
    QVERIFY(missing > 0);  // the gaps reach the targets
    auto net = std::make_shared<NodeNetImpl>(mc::netShape(data));
    auto params = config().params;
    const auto optimizer = mc::createOptimizer(params, net->parameters());
    auto runner = mc::makeStatelessRunner(*net, *optimizer, data, params, torch::kCPU);
    mc::StopToken stop;
    bool interrupted = false;
    const double first = runner->trainEpoch(stop, interrupted);
    double last = first;
    for (int e = 0; e < 4; ++e)
        last = runner->trainEpoch(stop, interrupted);
    QVERIFY(std::isfinite(first) && std::isfinite(last));
    QVERIFY2(last < 0.5 * first, qPrintable(QStringLiteral("first %1, last %2").arg(first).arg(last)));
}

void TestSpatialTraining::statefulRefused()
{
    auto c = config();
    c.params.set("stateful", true);
    c.params.set("epochs", std::int64_t{1});
    mc::StopToken stop;
    const auto r = mc::fit(c, prepared(), stop);
    QCOMPARE(r.status, mc::TrainStatus::Failed);
    QCOMPARE(r.error, mc::TrainErrorCode::InvalidConfig);
    QVERIFY(r.detail.find("stateful") != std::string::npos);
}

void TestSpatialTraining::scoresAndOutputsPerNode()
{
    torch::manual_seed(3);
    mc::ExperimentResult r;
    r.config = config();
    r.data = prepared();
    auto impl = std::make_unique<mc::Forecaster::Impl>();
    impl->kind = "test-node";
    impl->shape = mc::netShape(r.data);
    impl->features = impl->shape.features;
    impl->horizon = impl->shape.horizon;
    impl->net = std::make_shared<NodeNetImpl>(impl->shape);
    const mc::Forecaster model(std::move(impl));
    mc::evaluate(r, model);

    const auto& test = r.data.test;
    QCOMPARE(r.predicted.size(), test.count * 2);
    QCOMPARE(r.perNode.size(), std::size_t{3});
    std::size_t pooled = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        QCOMPARE(r.perNode[k].node, r.data.nodes[k]);
        std::size_t scored = 0;
        for (std::size_t i = 0; i < test.count; ++i)
            if (test.node[i] == int(k))
                for (std::size_t h = 0; h < 2; ++h)
                    scored += std::isfinite(test.observed[i * 2 + h]) && std::isfinite(test.lastObserved[i]);
        QCOMPARE(r.perNode[k].model.pooled.count, scored);
        QVERIFY(k == 2 ? scored < 2 * test.count / 3 : scored == 2 * test.count / 3);  // s1 is node 2
        QCOMPARE(r.perNode[k].persistence.pooled.count, scored);
        QVERIFY(std::isfinite(r.perNode[k].skill));
        pooled += scored;
    }
    QCOMPARE(r.model.pooled.count, pooled);
    // Climatology per node: node levels differ by 2 and 4 (s0, s2, s1 = 10, 14, 12).
    QVERIFY(std::abs(r.climatology[2] - r.climatology[0] - 4) < 0.3);

    const auto csv = mc::forecastCsv(r);
    std::istringstream lines(csv);
    std::string header, row1, row2, row3;
    std::getline(lines, header);
    std::getline(lines, row1);
    std::getline(lines, row2);
    std::getline(lines, row3);
    QVERIFY(row1.find(",s0,v,1,") != std::string::npos);
    QVERIFY(row2.find(",s0,v,2,") != std::string::npos);
    QVERIFY(row3.find(",s2,v,1,") != std::string::npos);

    const auto metrics = mc::metricsCsv(r);
    QVERIFY(metrics.rfind("forecaster,station,horizon,", 0) == 0);
    QVERIFY(metrics.find("\nmodel,all,all,") != std::string::npos);
    QVERIFY(metrics.find("\nclimatology,s1,2,") != std::string::npos);

    const auto json = nlohmann::json::parse(mc::metricsJson(r));
    QCOMPARE(json.at("layout").get<std::string>(), std::string("stations"));
    QCOMPARE(json.at("per_station").size(), std::size_t{3});
    QVERIFY(json.at("per_station").at("s1").at("baselines").contains("climatology"));
    QCOMPARE(json.at("nodes").at(1).get<std::string>(), std::string("s2"));
}

QTEST_GUILESS_MAIN(TestSpatialTraining)
#include "tst_spatial_training.moc"
