// SPDX-License-Identifier: GPL-3.0-or-later
// Keras-style stateful LSTM: state carried across calls, reset at gaps, refused configurations.
#include "epoch_runner.h"
#include "experiment.h"
#include "forecaster.h"
#include "models/lstm_forecaster.h"
#include "time_format.h"
#include "toy_data.h"
#include "trainer.h"

#include <QtTest>

#include <cmath>

namespace {

mc::RunConfig statefulConfig()
{
    mc::RunConfig c;
    c.target = "v";
    c.params.set("stateful", true);
    c.params.set("hidden", std::int64_t{8});
    c.params.set("batch", std::int64_t{20});
    c.params.set("epochs", std::int64_t{8});
    c.params.set("lr", 1e-2);
    c.params.set("output-activation", std::string("none"));
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.fillDefaults(mc::optionsFor("lstm"));
    return c;
}

}  // namespace

class TestStateful : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void carriedStateEqualsOnePass();
    void gridOutputsResetAtGaps();
    void trainsAndSharesTestWindows();
    void refusesShortStreams();
    void kerasInitialisation();
};

void TestStateful::carriedStateEqualsOnePass()
{
    torch::manual_seed(3);
    mc::LstmForecasterOptions o(3, 2);
    o.hidden_size(6).num_layers(2).relu_output(false);
    mc::LstmForecaster net(o);
    net->to(torch::kDouble);
    const auto x = torch::randn({4, 10, 3}, torch::kDouble);
    std::vector<torch::Tensor> whole;
    const auto once = net->forwardSteps(x, whole);
    std::vector<torch::Tensor> carried;
    const auto first = net->forwardSteps(x.narrow(1, 0, 5), carried);
    const auto second = net->forwardSteps(x.narrow(1, 5, 5), carried);
    const auto joined = torch::cat({first, second}, 1);
    QVERIFY(torch::allclose(joined, once, 0, 1e-12));
    QVERIFY(torch::allclose(carried[0], whole[0], 0, 1e-12));
    // Without the carried state the second half differs: the state really holds history.
    std::vector<torch::Tensor> fresh;
    QVERIFY(!torch::allclose(net->forwardSteps(x.narrow(1, 5, 5), fresh), second, 0, 1e-6));
}

void TestStateful::gridOutputsResetAtGaps()
{
    const auto ds = toy::sineDataset(1000, 4);
    auto c = statefulConfig();
    const auto prepared = mc::prepareWindows(ds, c);
    QVERIFY(prepared.ok());
    const auto& d = prepared.data;
    torch::manual_seed(5);
    mc::LstmForecasterOptions o(1, 3);
    o.hidden_size(8).relu_output(false);
    mc::LstmForecaster net(o);
    const auto all = mc::statefulGridOutputs(*net, d, torch::kCPU);
    QCOMPARE(all.size(0), static_cast<int64_t>(d.gridCount));
    for (int i = 1000; i < 1004; ++i)
        QVERIFY(torch::isnan(all[i]).all().item<bool>());
    // After the gap the state starts from zero: same as running the tail on its own.
    const auto tail = torch::from_blob(const_cast<float*>(d.gridX.data()) + 1004, {1, 50, 1}, torch::kFloat).clone();
    std::vector<torch::Tensor> state;
    const auto alone = net->forwardSteps(tail, state).squeeze(0);
    QVERIFY(torch::allclose(all.narrow(0, 1004, 50), alone, 1e-5, 1e-6));
    // And before the gap the history matters: the row just before differs from a fresh start.
    std::vector<torch::Tensor> fresh;
    const auto one = torch::from_blob(const_cast<float*>(d.gridX.data()) + 999, {1, 1, 1}, torch::kFloat).clone();
    QVERIFY(!torch::allclose(all[999], net->forwardSteps(one, fresh).view({3}), 1e-5, 1e-6));
}

void TestStateful::trainsAndSharesTestWindows()
{
    const auto ds = toy::sineDataset(700, 10);
    auto c = statefulConfig();
    mc::StopToken stop;
    const auto r = mc::runExperiment(c, stop, {}, &ds);
    QVERIFY2(r.ok(), r.error.c_str());
    QVERIFY(r.training.history.back().trainLoss < r.training.history.front().trainLoss);
    QVERIFY(std::isfinite(r.training.history.back().valLoss));
    for (double v : r.predicted)
        QVERIFY(std::isfinite(v));
    // The same test windows as a stateless run of the same data.
    auto stateless = c;
    stateless.params.set("stateful", false);
    stateless.params.set("epochs", std::int64_t{1});
    const auto s = mc::runExperiment(stateless, stop, {}, &ds);
    QCOMPARE(r.data.test.count, s.data.test.count);
    QCOMPARE(r.data.test.originTime, s.data.test.originTime);
    // The model file remembers it is stateful and forecasts the same after reloading.
    const auto read = mc::readBundle(r.modelFile);
    QVERIFY2(read.ok(), read.error.detail.c_str());
    QVERIFY(read.bundle.stateful);
    mc::BundleError error;
    const auto loaded = mc::Forecaster::fromBundle(read.bundle, error);
    QVERIFY2(loaded, error.detail.c_str());
    const auto again = loaded->predict(r.data.test, r.data);
    QCOMPARE(again.size(), r.predicted.size());
    for (std::size_t i = 0; i < again.size(); ++i)
        QVERIFY(std::abs(again[i] - r.predicted[i]) < 1e-9 * std::max(1.0, std::abs(again[i])));
}

void TestStateful::refusesShortStreams()
{
    const auto ds = toy::sineDataset();
    auto c = statefulConfig();
    c.params.set("batch", std::int64_t{1000});
    c.params.set("stateful-steps", std::int64_t{3});
    const auto prepared = mc::prepareWindows(ds, c);
    QVERIFY(prepared.ok());
    mc::StopToken stop;
    const auto r = mc::fit(c, prepared.data, stop);
    QCOMPARE(r.status, mc::TrainStatus::Failed);
    QCOMPARE(r.error, mc::TrainErrorCode::InvalidConfig);
    QVERIFY2(r.detail.find("1000 streams") != std::string::npos && r.detail.find("3 steps per batch") != std::string::npos,
             r.detail.c_str());
}

void TestStateful::kerasInitialisation()
{
    torch::manual_seed(11);
    mc::LstmForecasterOptions o(2, 3);
    o.hidden_size(5).keras_init(true);
    mc::LstmForecaster net(o);
    auto p = net->named_parameters();
    const auto bIh = p["lstm.bias_ih_l0"];
    const auto bHh = p["lstm.bias_hh_l0"];
    // One bias: forget gate (second quarter) 1, the rest 0; LibTorch's second bias unused.
    QVERIFY(torch::equal(bIh.narrow(0, 5, 5), torch::ones({5})));
    QCOMPARE(bIh.abs().sum().item<double>(), 5.0);
    QCOMPARE(bHh.abs().sum().item<double>(), 0.0);
    // Recurrent kernel orthogonal in Keras's (hidden, 4·hidden) layout: W_hh^T W_hh = I.
    const auto w = p["lstm.weight_hh_l0"];
    QVERIFY(torch::allclose(w.t().mm(w), torch::eye(5), 1e-5, 1e-5));
    // Glorot-uniform input kernel: within ±sqrt(6 / (fan_in + fan_out)).
    const double limit = std::sqrt(6.0 / (2 + 20));
    QVERIFY(p["lstm.weight_ih_l0"].abs().max().item<double>() <= limit);
    QCOMPARE(p["linear.bias"].abs().sum().item<double>(), 0.0);
}

QTEST_GUILESS_MAIN(TestStateful)
#include "tst_stateful.moc"
