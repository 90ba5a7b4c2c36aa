// SPDX-License-Identifier: GPL-3.0-or-later
// The GNN of Scarselli et al. (2009): contraction, fixed point, the paper's BACKWARD against
// back-propagation through the unrolled iteration, reported non-convergence, and learning.
#include "models/gnn.h"
#include "models/gnn_forecaster.h"
#include "residual_data.h"
#include "run_config.h"
#include "station_graph.h"

#include <torch/torch.h>

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>
#include <vector>

Q_DECLARE_METATYPE(mc::GnnVariant)

namespace {

// Six stations of a small estuary-like network (degrees); k = 2 gives uneven degrees (2 to 4).
std::vector<mc::GeoPoint> stations()
{
    return {{29.70, -81.25}, {29.74, -81.24}, {29.87, -81.31}, {30.05, -81.37}, {29.67, -81.26}, {29.90, -81.20}};
}

mc::GnnGraph smallGraph()
{
    mc::StationGraphOptions options;
    options.neighbours = 2;
    const auto built = mc::buildStationGraph(stations(), options);
    if (!built.ok())
        qFatal("%s", mc::describe(built).c_str());
    return mc::gnnGraphFromStations(built.graph);
}

constexpr int64_t kLabels = 4;
constexpr int64_t kState = 3;
constexpr int64_t kOutputs = 2;

mc::GnnOptions smallOptions(mc::GnnVariant variant)
{
    mc::GnnOptions o(kLabels, 3, kOutputs);
    o.state_size(kState).variant(variant).mu(0.8).transition_hidden(7).forcing_hidden(5).output_hidden(6);
    return o;
}

// Explicit ∂F/∂x (N·s × N·s) of one sample, row by row through autograd.
torch::Tensor explicitJacobian(mc::GnnImpl& gnn, const torch::Tensor& x, const torch::Tensor& labels)
{
    const auto xv = x.detach().requires_grad_(true);
    const auto f = gnn.transition(xv, labels).reshape({-1});
    auto jac = torch::zeros({f.size(0), f.size(0)}, x.options());
    for (int64_t i = 0; i < f.size(0); ++i)
        jac[i] = torch::autograd::grad({f[i]}, {xv}, {}, /*retain_graph=*/true)[0].reshape({-1});
    return jac;
}

// Makes h_w a contraction: halves its state weights until every column norm of ∂F/∂x is below
// 0.5 (at random states). Returns the largest column norm left.
double shrinkNonlinear(mc::GnnImpl& gnn, const torch::Tensor& labels)
{
    torch::NoGradGuard noGrad;
    const auto x = torch::randn({labels.size(0), labels.size(1), kState}, labels.options());
    double worst = gnn.jacobianColumnNorms(x, labels).max().item<double>();
    for (int i = 0; i < 20 && worst >= 0.5; ++i) {
        for (auto& p : gnn.named_parameters())
            if (p.key() == "h_state.weight")
                p.value().mul_(0.5);
        worst = gnn.jacobianColumnNorms(x, labels).max().item<double>();
    }
    return worst;
}

double relativeError(const torch::Tensor& got, const torch::Tensor& want)
{
    return (got - want).norm().item<double>() / std::max(want.norm().item<double>(), 1e-300);
}

}  // namespace

class TestGnn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphMustBeSymmetric();
    void optionsAreChecked();
    void linearIsContraction_data();
    void linearIsContraction();
    void nonlinearColumnNormsAndPenalty();
    void forwardReachesFixedPoint_data();
    void forwardReachesFixedPoint();
    void gradientsMatchUnrolled_data();
    void gradientsMatchUnrolled();
    void nonConvergenceIsReported();
    void forecasterContract();
    void residualStartsAtPersistence();
    void learnsDiffusion();
};

void TestGnn::initTestCase() { torch::set_num_threads(1); }

void TestGnn::graphMustBeSymmetric()
{
    const auto labels = torch::zeros({2, 1});
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::makeGnnGraph(3, {{0, 1}, {1, 0}}, labels.narrow(0, 0, 1)));
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::makeGnnGraph(3, {{0, 1}, {1, 2}}, labels));
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::makeGnnGraph(3, {{0, 0}, {0, 0}}, labels));
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::makeGnnGraph(3, {{0, 3}, {3, 0}}, labels));
    const auto g = mc::makeGnnGraph(3, {{0, 1}, {1, 0}}, labels);
    QCOMPARE(g.degree[0].item<double>(), 1.0);
    QCOMPARE(g.degree[2].item<double>(), 0.0);
}

void TestGnn::optionsAreChecked()
{
    const auto make = [](auto edit) {
        auto o = smallOptions(mc::GnnVariant::Linear);
        edit(o);
        return mc::Gnn(o, smallGraph());
    };
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.mu(1.0); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.mu(0.0); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.state_size(0); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.eps_forward(0); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.eps_backward(-1); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.max_iterations(0); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.beta(-0.1); }));
    QVERIFY_THROWS_EXCEPTION(c10::Error, make([](mc::GnnOptions& o) { o.edge_label_size(2); }));
    auto gnn = make([](mc::GnnOptions&) {});
    QVERIFY_THROWS_EXCEPTION(c10::Error, gnn->forward(torch::zeros({1, 5, kLabels})));
}

void TestGnn::linearIsContraction_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<double>("mu");
    QTest::addColumn<double>("saturate");
    for (int seed = 1; seed <= 4; ++seed)
        QTest::addRow("seed %d", seed) << seed << 0.8 << 1.0;
    QTest::newRow("mu 0.3") << 5 << 0.3 << 1.0;
    // Transition outputs pushed into tanh's flat ends: the bound is approached, never crossed.
    QTest::newRow("saturated") << 6 << 0.8 << 200.0;
    QTest::newRow("saturated mu 0.5") << 7 << 0.5 << 200.0;
}

void TestGnn::linearIsContraction()
{
    QFETCH(int, seed);
    QFETCH(double, mu);
    QFETCH(double, saturate);
    torch::manual_seed(seed);
    auto gnn = mc::Gnn(smallOptions(mc::GnnVariant::Linear).mu(mu), smallGraph());
    gnn->to(torch::kFloat64);
    {
        torch::NoGradGuard noGrad;
        for (auto& p : gnn->named_parameters())
            if (p.key() == "phi_out.weight")
                p.value().mul_(saturate);
    }
    const auto labels = 2 * torch::randn({1, 6, kLabels}, torch::kFloat64);
    const auto x = torch::randn({1, 6, kState}, torch::kFloat64);
    const auto jac = explicitJacobian(*gnn, x, labels);
    const auto columnNorms = jac.abs().sum(0);  // ‖A^i‖₁, i over the N·s columns
    const double norm = columnNorms.max().item<double>();
    qInfo("seed %d, mu %g: ||dF/dx||_1 = %.6f", seed, mu, norm);
    QVERIFY2(norm <= mu + 1e-12, qPrintable(QString::number(norm)));
    QVERIFY(norm > (saturate > 1 ? 0.9 * mu : 0.01 * mu));
    // The closed-form column norms are those of the explicit Jacobian; F is affine in x, so the
    // Jacobian is the same at any state.
    QVERIFY(torch::allclose(gnn->jacobianColumnNorms(x, labels).reshape({-1}), columnNorms, 1e-12, 1e-12));
    const auto other = explicitJacobian(*gnn, 5 * torch::randn({1, 6, kState}, torch::kFloat64), labels);
    QVERIFY(torch::allclose(jac, other, 1e-12, 1e-14));
}

void TestGnn::nonlinearColumnNormsAndPenalty()
{
    torch::manual_seed(11);
    auto gnn = mc::Gnn(smallOptions(mc::GnnVariant::Nonlinear).mu(0.3).beta(2.5), smallGraph());
    gnn->to(torch::kFloat64);
    const auto labels = torch::randn({2, 6, kLabels}, torch::kFloat64);
    const auto x = torch::randn({2, 6, kState}, torch::kFloat64);
    const auto closed = gnn->jacobianColumnNorms(x, labels);
    double expectedPenalty = 0;
    for (int64_t b = 0; b < 2; ++b) {
        const auto explicitNorms = explicitJacobian(*gnn, x.narrow(0, b, 1), labels.narrow(0, b, 1)).abs().sum(0);
        QVERIFY2(torch::allclose(closed[b].reshape({-1}), explicitNorms, 1e-10, 1e-12),
                 qPrintable(QString::number(relativeError(closed[b].reshape({-1}), explicitNorms))));
        const auto excess = torch::relu(explicitNorms - 0.3);
        expectedPenalty += 2.5 * (excess * excess).sum().item<double>() / 2.0;
    }
    const auto penalty = gnn->contractionPenalty(x, labels);
    QVERIFY(expectedPenalty > 0);
    QCOMPARE(penalty.item<double>(), expectedPenalty);
    // Differentiable in the weights, and descending on it lowers it.
    auto grads = torch::autograd::grad({penalty}, gnn->transitionParameters(), {}, false, false, true);
    {
        torch::NoGradGuard noGrad;
        auto params = gnn->transitionParameters();
        for (std::size_t i = 0; i < params.size(); ++i)
            if (grads[i].defined())
                params[i].sub_(1e-3 * grads[i]);
    }
    QVERIFY(gnn->contractionPenalty(x, labels).item<double>() < expectedPenalty);
    // The linear variant carries no penalty.
    auto linear = mc::Gnn(smallOptions(mc::GnnVariant::Linear), smallGraph());
    QCOMPARE(linear->forward(labels.to(torch::kFloat32)).penalty.item<double>(), 0.0);
}

void TestGnn::forwardReachesFixedPoint_data()
{
    QTest::addColumn<mc::GnnVariant>("variant");
    QTest::addColumn<double>("eps");
    QTest::newRow("linear 1e-6") << mc::GnnVariant::Linear << 1e-6;
    QTest::newRow("linear 1e-12") << mc::GnnVariant::Linear << 1e-12;
    QTest::newRow("nonlinear 1e-9") << mc::GnnVariant::Nonlinear << 1e-9;
}

void TestGnn::forwardReachesFixedPoint()
{
    QFETCH(mc::GnnVariant, variant);
    QFETCH(double, eps);
    torch::manual_seed(3);
    auto gnn = mc::Gnn(smallOptions(variant).eps_forward(eps).max_iterations(500), smallGraph());
    gnn->to(torch::kFloat64);
    const auto labels = torch::randn({3, 6, kLabels}, torch::kFloat64);
    if (variant == mc::GnnVariant::Nonlinear)
        QVERIFY(shrinkNonlinear(*gnn, labels) < 0.5);
    const auto out = gnn->forward(labels);
    qInfo("%d iterations, last step %.3g", int(out.iterations), out.residual);
    QVERIFY(out.converged);
    QVERIFY(out.residual <= eps);
    QVERIFY(out.iterations > 1 && out.iterations < 500);
    QCOMPARE(gnn->solverStats().forwardUnconverged, int64_t(0));
    QVERIFY(out.outputs.sizes().vec() == (std::vector<int64_t>{3, 6, kOutputs}));
    torch::NoGradGuard noGrad;
    const double fixedResidual = (gnn->transition(out.states, labels) - out.states).abs().max().item<double>();
    QVERIFY2(fixedResidual <= eps, qPrintable(QString::number(fixedResidual)));
    QVERIFY(out.states.abs().max().item<double>() > 1e-3);  // not the trivial zero state
}

void TestGnn::gradientsMatchUnrolled_data()
{
    QTest::addColumn<mc::GnnVariant>("variant");
    QTest::newRow("linear") << mc::GnnVariant::Linear;
    QTest::newRow("nonlinear") << mc::GnnVariant::Nonlinear;
}

void TestGnn::gradientsMatchUnrolled()
{
    QFETCH(mc::GnnVariant, variant);
    torch::manual_seed(variant == mc::GnnVariant::Linear ? 21 : 22);
    auto gnn = mc::Gnn(smallOptions(variant).eps_forward(1e-14).eps_backward(1e-14).max_iterations(2000),
                       smallGraph());
    gnn->to(torch::kFloat64);
    const auto labels = torch::randn({2, 6, kLabels}, torch::kFloat64).requires_grad_(true);
    if (variant == mc::GnnVariant::Nonlinear)
        QVERIFY(shrinkNonlinear(*gnn, labels.detach()) < 0.5);
    const auto weights = torch::randn({2, 6, kOutputs}, torch::kFloat64);  // e = Σ weights·o
    auto wrt = gnn->parameters();
    wrt.push_back(labels);

    const auto out = gnn->forward(labels);
    const auto custom = torch::autograd::grad({(out.outputs * weights).sum()}, wrt);
    QVERIFY(out.converged);
    // The state hangs on one node whose inputs are the labels and F_w's weights: none of the
    // forward iterations is kept for the backward pass.
    QCOMPARE(out.states.grad_fn()->next_edges().size(), gnn->transitionParameters().size() + 1);
    const auto& st = gnn->solverStats();
    QCOMPARE(st.backwardCalls, int64_t(1));
    QCOMPARE(st.backwardUnconverged, int64_t(0));
    qInfo("forward %d, backward %d iterations", int(st.lastForwardIterations), int(st.lastBackwardIterations));

    // Back-propagation through 600 plain iterations from the same x(0) = 0.
    auto x = torch::zeros({2, 6, kState}, torch::kFloat64);
    for (int t = 0; t < 600; ++t)
        x = gnn->transition(x, labels);
    const auto unrolled = torch::autograd::grad({(gnn->output(x, labels) * weights).sum()}, wrt);

    double worst = 0;
    for (std::size_t i = 0; i < wrt.size(); ++i) {
        QVERIFY(custom[i].defined() && unrolled[i].defined());
        QVERIFY(unrolled[i].abs().max().item<double>() > 0);
        worst = std::max(worst, relativeError(custom[i], unrolled[i]));
    }
    qInfo("%d gradients, worst relative difference %.3g", int(wrt.size()), worst);
    QVERIFY2(worst <= 1e-6, qPrintable(QString::number(worst)));
}

void TestGnn::nonConvergenceIsReported()
{
    torch::manual_seed(5);
    auto gnn = mc::Gnn(smallOptions(mc::GnnVariant::Linear).mu(0.95).eps_forward(1e-12).eps_backward(1e-12)
                           .max_iterations(2),
                       smallGraph());
    const auto labels = torch::randn({2, 6, kLabels});
    const auto out = gnn->forward(labels);
    QVERIFY(!out.converged);
    QCOMPARE(out.iterations, int64_t(2));
    QVERIFY(out.residual > 1e-12);
    out.outputs.sum().backward();  // no exception: the trainer decides what to do
    const auto& st = gnn->solverStats();
    QCOMPARE(st.forwardCalls, int64_t(1));
    QCOMPARE(st.forwardUnconverged, int64_t(1));
    QCOMPARE(st.backwardUnconverged, int64_t(1));
    QCOMPARE(st.lastBackwardIterations, int64_t(2));
    for (const auto& p : gnn->parameters())
        QVERIFY(p.grad().defined() && torch::isfinite(p.grad()).all().item<bool>());
    gnn->resetSolverStats();
    QCOMPARE(gnn->solverStats().forwardCalls, int64_t(0));
}

// The spatial contract: (B·N, lookback, F) in origin-major node groups -> (B·N, horizon).
void TestGnn::forecasterContract()
{
    torch::manual_seed(9);
    std::vector<mc::GnnNodePosition> nodes;
    for (const auto& p : stations())
        nodes.push_back({p.latitude, p.longitude, std::numeric_limits<double>::quiet_NaN()});
    nodes[1].depth = 2.5;  // one known depth adds depth and depth-known to every label
    mc::GnnForecasterOptions options(2, 3, 4, nodes);
    options.neighbours(2).relu_output(false);
    mc::GnnForecaster net(options);
    QCOMPARE(net->gnn()->options.node_label_size(), int64_t(4 * 2 + 4));
    QCOMPARE(net->stationGraph().nodeCount, 6);

    auto x = torch::randn({3 * 6, 4, 2});
    const auto y = net->forward(x);
    QVERIFY(y.sizes().vec() == (std::vector<int64_t>{18, 3}));
    QVERIFY(!net->trainingPenalty().defined());
    QVERIFY(net->lastOutput().converged);
    // A change in node 2 of origin 1 moves the forecasts of origin 1 only (and node 2's itself).
    auto x2 = x.clone();
    x2[1 * 6 + 2] += 1.0;
    const auto moved = (net->forward(x2) - y).abs().sum(1);
    QVERIFY(moved.narrow(0, 0, 6).max().item<double>() == 0.0);
    QVERIFY(moved.narrow(0, 12, 6).max().item<double>() == 0.0);
    QVERIFY(moved[8].item<double>() > 0);
    QVERIFY(moved.narrow(0, 6, 6).gt(0).sum().item<int64_t>() >= 3);  // node 2 and its neighbours
    QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::randn({7, 4, 2})));
    QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::randn({6, 5, 2})));

    options.variant(mc::GnnVariant::Nonlinear).beta(0.5);
    mc::GnnForecaster nonlinear(options);
    nonlinear->forward(x);
    QVERIFY(nonlinear->trainingPenalty().defined());
    QCOMPARE(nonlinear->trainingPenalty().dim(), int64_t(0));

    nodes[3].latitude = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(c10::Error, std::make_shared<mc::GnnForecasterImpl>(mc::GnnForecasterOptions(2, 3, 4, nodes)));
    auto radius = mc::GnnForecasterOptions(2, 3, 4, std::vector<mc::GnnNodePosition>(nodes.begin(), nodes.begin() + 3));
    radius.radius_km(1.0);  // nobody within 1 km: an isolated station
    QVERIFY_THROWS_EXCEPTION(c10::Error, std::make_shared<mc::GnnForecasterImpl>(radius));
}

// The residual wrapper around o_n: with the registry's defaults the untrained forecaster is the
// persistence forecast exactly, gaps included, and its zero output layer still learns.
void TestGnn::residualStartsAtPersistence()
{
    torch::manual_seed(12);
    auto gen = torch::make_generator<torch::CPUGeneratorImpl>(12);
    mc::NetShape shape;
    shape.layout = mc::NodeLayout::Stations;
    shape.features = 4;  // target and a covariate, then their indicators
    shape.horizon = 2;
    for (const auto& p : stations())
        shape.nodeInfo.push_back({p.latitude, p.longitude, std::numeric_limits<double>::quiet_NaN()});
    shape.nodes = int(shape.nodeInfo.size());
    mc::ParamSet params;
    params.fillDefaults(mc::optionsFor("gnn"));
    params.set("lookback", std::int64_t{4});
    QCOMPARE(params.getString("residual"), std::string("on"));
    const auto x = residual::windowsWithGaps(3 * shape.nodes, 4, 2, gen);
    const auto expected = residual::persistence(x, 0, 2).unsqueeze(1).expand({-1, 2});
    const auto net = mc::createNet("gnn", params, shape, mc::resolvedOutputActivation(params));
    {
        torch::NoGradGuard noGrad;
        QVERIFY(torch::equal(net->forward(x), expected));
    }
    const auto target = expected - 0.2;
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-2));
    const auto before = torch::mse_loss(net->forward(x), target);
    opt.zero_grad();
    before.backward();
    opt.step();
    QVERIFY(torch::mse_loss(net->forward(x), target).item<double>() < before.item<double>());

    params.set("residual", std::string("off"));
    torch::NoGradGuard noGrad;
    QVERIFY(!torch::allclose(mc::createNet("gnn", params, shape, "none")->forward(x), expected));
}

// Pulses that decay and spread to the neighbours: from its own past a station cannot see a
// neighbour's pulse coming, the graph can. The model must beat persistence on unseen origins.
void TestGnn::learnsDiffusion()
{
    QElapsedTimer timer;
    timer.start();
    torch::manual_seed(7);
    std::vector<mc::GnnNodePosition> nodes;
    for (const auto& p : stations())
        nodes.push_back({p.latitude, p.longitude, std::numeric_limits<double>::quiet_NaN()});
    const int64_t n = int64_t(nodes.size()), lookback = 3, steps = 700;
    mc::GnnForecasterOptions options(1, 1, lookback, nodes);
    options.neighbours(2).state_size(4).hidden(12).relu_output(false).mu(0.9).max_iterations(60);
    mc::GnnForecaster net(options);
    const auto& graph = net->stationGraph();

    // v(t+1) = 0.8·[(1 − α)·v(t) + α·mean_ne v(t)] + pulses.
    auto series = torch::zeros({steps, n});
    auto v = torch::zeros({n});
    for (int64_t t = 0; t < steps; ++t) {
        auto mean = torch::zeros({n});
        for (int64_t i = 0; i < n; ++i) {
            double s = 0;
            for (int u : graph.neighbours[std::size_t(i)])
                s += v[u].item<double>();
            mean[i] = s / double(graph.degree(int(i)));
        }
        const auto pulses = (torch::rand({n}) < 0.15).to(torch::kFloat32) * torch::rand({n});
        v = 0.8 * (0.4 * v + 0.6 * mean) + pulses;
        series[t] = v;
    }
    // Windows in origin-major node groups: row origin·N + node.
    const int64_t origins = steps - lookback;
    auto x = torch::empty({origins * n, lookback, 1});
    auto y = torch::empty({origins * n, 1});
    for (int64_t o = 0; o < origins; ++o) {
        x.narrow(0, o * n, n).copy_(series.narrow(0, o, lookback).t().unsqueeze(-1));
        y.narrow(0, o * n, n).copy_(series[o + lookback].unsqueeze(-1));
    }
    const int64_t trainOrigins = 550;
    const auto xTrain = x.narrow(0, 0, trainOrigins * n), yTrain = y.narrow(0, 0, trainOrigins * n);
    const auto xTest = x.narrow(0, trainOrigins * n, (origins - trainOrigins) * n);
    const auto yTest = y.narrow(0, trainOrigins * n, (origins - trainOrigins) * n);

    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-2));
    const int64_t batch = 25;
    for (int epoch = 0; epoch < 12; ++epoch) {
        const auto perm = torch::randperm(trainOrigins, torch::kInt64);
        for (int64_t s = 0; s + batch <= trainOrigins; s += batch) {
            const auto rows = (perm.narrow(0, s, batch).unsqueeze(1) * n + torch::arange(n)).reshape({-1});
            optimizer.zero_grad();
            torch::mse_loss(net->forward(xTrain.index_select(0, rows)), yTrain.index_select(0, rows)).backward();
            optimizer.step();
        }
    }
    torch::NoGradGuard noGrad;
    const double model = torch::mse_loss(net->forward(xTest), yTest).item<double>();
    const auto lastValue = xTest.select(1, lookback - 1);
    const double persistence = torch::mse_loss(lastValue, yTest).item<double>();
    const auto& st = net->solverStats();
    qInfo("test MSE %.5f vs persistence %.5f (ratio %.3f); %lld forward passes, %lld unconverged; %.1f s", model,
          persistence, model / persistence, static_cast<long long>(st.forwardCalls),
          static_cast<long long>(st.forwardUnconverged), timer.elapsed() / 1000.0);
    QVERIFY(net->trainingPenalty().defined() == false);
    QVERIFY2(model < 0.8 * persistence, qPrintable(QString::number(model / persistence)));
}

QTEST_GUILESS_MAIN(TestGnn)
#include "tst_gnn.moc"
