// SPDX-License-Identifier: GPL-3.0-or-later
// ConvLSTM (Shi et al. 2015): the cell's equations, peepholes, same padding, the encoder–forecaster's
// shapes and frame layouts, its registry options, the residual forecast starting at persistence, and
// learning a moving blob better than persistence.
#include "layer_list.h"
#include "models/conv_lstm.h"
#include "residual_data.h"
#include "run_config.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>

namespace {

mc::ConvLstmForecasterOptions smallOptions(mc::ConvLstmLayout layout, int64_t layers, int64_t features,
                                           int64_t horizon, int64_t rows, int64_t cols)
{
    mc::ConvLstmForecasterOptions o(features, horizon, rows, cols);
    std::vector<int64_t> hidden{6, 5, 4};
    hidden.resize(std::size_t(layers));
    std::vector<int64_t> kernels{3, 5, 1};
    kernels.resize(std::size_t(layers));
    o.layout(layout).num_layers(layers).hidden_channels(hidden).kernel_sizes(kernels);
    return o;
}

// Grid frames (S, T, C, rows, cols) -> node windows (S·rows·cols, T, C): how the window builder
// hands a grid over (origin-major, node = row·cols + col).
torch::Tensor nodesFromFrames(const torch::Tensor& frames)
{
    const auto s = frames.sizes();
    return frames.reshape({s[0], s[1], s[2], s[3] * s[4]}).permute({0, 3, 1, 2}).reshape({-1, s[1], s[2]});
}

// Sequences of a Gaussian blob (σ = 1 cell) moving one cell per step up, down, left or right on a
// size×size grid, starting where it stays inside for all @p steps frames: (count, steps, size, size).
torch::Tensor movingBlobs(int64_t count, int64_t steps, int64_t size, torch::Generator& gen)
{
    const auto dirs = torch::randint(4, {count}, gen, torch::kLong);
    const auto uniform = torch::rand({count, 2}, gen, torch::kDouble);
    auto out = torch::zeros({count, steps, size, size});
    const auto grid = torch::arange(size, torch::kFloat);
    const int64_t travel = steps - 1;
    for (int64_t i = 0; i < count; ++i) {
        const int64_t d = dirs[i].item<int64_t>();
        const int64_t vr = d == 0 ? 1 : d == 1 ? -1 : 0;
        const int64_t vc = d == 2 ? 1 : d == 3 ? -1 : 0;
        const auto start = [&](int64_t v, int64_t k) {
            const int64_t lo = v < 0 ? travel : 0;
            const int64_t hi = v > 0 ? size - 1 - travel : size - 1;
            return lo + std::min(hi - lo, int64_t(uniform[i][k].item<double>() * double(hi - lo + 1)));
        };
        const int64_t r0 = start(vr, 0);
        const int64_t c0 = start(vc, 1);
        for (int64_t t = 0; t < steps; ++t) {
            const auto dr = (grid - double(r0 + vr * t)).pow(2).unsqueeze(1);
            const auto dc = (grid - double(c0 + vc * t)).pow(2).unsqueeze(0);
            out[i][t] = torch::exp(-(dr + dc) / 2.0);
        }
    }
    return out;
}

}  // namespace

class TestConvLstm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cellFollowsThePaper();
    void peepholesTakePart_data();
    void peepholesTakePart();
    void samePaddingKeepsSize_data();
    void samePaddingKeepsSize();
    void outputShapes_data();
    void outputShapes();
    void frameMappingRoundTrips();
    void windowGroupsStayApart();
    void layerLists_data();
    void layerLists();
    void registryBuildsNet();
    void residualStartsAtPersistence_data();
    void residualStartsAtPersistence();
    void beatsPersistenceOnMovingBlob();
};

void TestConvLstm::initTestCase() { torch::set_num_threads(1); }

void TestConvLstm::cellFollowsThePaper()
{
    // One step computed from the equations with separate W_x·∗X and W_h·∗H convolutions: the cell's
    // single convolution over [X; H] must split into them, and each peephole must see the right C.
    torch::manual_seed(1);
    const int64_t in = 2, hid = 3, rows = 4, cols = 5, k = 3;
    mc::ConvLstmCell cell(mc::ConvLstmCellOptions(in, hid, rows, cols).kernel_size(k));
    cell->to(torch::kDouble);
    {
        torch::NoGradGuard g;
        cell->w_ci.normal_();
        cell->w_cf.normal_();
        cell->w_co.normal_();
    }
    const auto x = torch::randn({2, in, rows, cols}, torch::kDouble);
    const auto h = torch::randn({2, hid, rows, cols}, torch::kDouble);
    const auto c = torch::randn({2, hid, rows, cols}, torch::kDouble);
    const auto [hNext, cNext] = cell->forward(x, h, c);

    namespace F = torch::nn::functional;
    const auto w = cell->gates->weight.detach();
    const auto b = cell->gates->bias.detach();
    const auto conv = [&](int gate) {
        const auto wx = w.narrow(0, gate * hid, hid).narrow(1, 0, in);
        const auto wh = w.narrow(0, gate * hid, hid).narrow(1, in, hid);
        return F::conv2d(x, wx, F::Conv2dFuncOptions().padding(k / 2))
            + F::conv2d(h, wh, F::Conv2dFuncOptions().padding(k / 2)) + b.narrow(0, gate * hid, hid).view({1, hid, 1, 1});
    };
    const auto i = torch::sigmoid(conv(0) + cell->w_ci.detach() * c);
    const auto f = torch::sigmoid(conv(1) + cell->w_cf.detach() * c);
    const auto cExpected = f * c + i * torch::tanh(conv(2));
    const auto o = torch::sigmoid(conv(3) + cell->w_co.detach() * cExpected);
    const auto hExpected = o * torch::tanh(cExpected);
    QVERIFY(torch::allclose(cNext, cExpected, 0, 1e-12));
    QVERIFY(torch::allclose(hNext, hExpected, 0, 1e-12));
    // The peepholes are per position, not one weight per channel.
    QCOMPARE(cell->w_ci.sizes().vec(), (std::vector<int64_t>{hid, rows, cols}));
    // The forget gate starts open (bias 1), the other gates at 0.
    QVERIFY(torch::all(b.narrow(0, hid, hid) == 1).item<bool>());
}

void TestConvLstm::peepholesTakePart_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("W_ci") << QStringLiteral("w_ci");
    QTest::newRow("W_cf") << QStringLiteral("w_cf");
    QTest::newRow("W_co") << QStringLiteral("w_co");
}

void TestConvLstm::peepholesTakePart()
{
    QFETCH(QString, name);
    torch::manual_seed(2);
    auto net = mc::ConvLstmForecaster(smallOptions(mc::ConvLstmLayout::Grid, 2, 2, 2, 4, 4));
    const auto x = torch::randn({2 * 16, 5, 2});
    // Gradients reach every peephole of every cell.
    net->forward(x).pow(2).sum().backward();
    for (const auto& item : net->named_parameters())
        if (QString::fromStdString(item.key()).endsWith(name)) {
            const double grad = item.value().grad().abs().sum().item<double>();
            QVERIFY2(grad > 0, item.key().c_str());
        }
    const auto before = net->forward(x).detach();
    for (const char* cell : {"encoder0.", "forecaster1."}) {
        auto p = net->named_parameters()[cell + name.toStdString()];
        const auto saved = p.detach().clone();
        {
            torch::NoGradGuard g;
            p.normal_(0, 1);
        }
        const auto after = net->forward(x).detach();
        QVERIFY2((after - before).abs().max().item<double>() > 1e-4, cell);
        torch::NoGradGuard g;
        p.copy_(saved);
    }
    QVERIFY(torch::equal(net->forward(x).detach(), before));
}

void TestConvLstm::samePaddingKeepsSize_data()
{
    QTest::addColumn<int>("kernel");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("5") << 5;
    QTest::newRow("7 on a 3x5 frame") << 7;
}

void TestConvLstm::samePaddingKeepsSize()
{
    QFETCH(int, kernel);
    torch::manual_seed(3);
    mc::ConvLstmCell cell(mc::ConvLstmCellOptions(2, 4, 3, 5).kernel_size(kernel));
    const auto [h, c] = cell->forward(torch::randn({2, 2, 3, 5}), {}, {});
    QCOMPARE(h.sizes().vec(), (std::vector<int64_t>{2, 4, 3, 5}));
    QCOMPARE(c.sizes().vec(), (std::vector<int64_t>{2, 4, 3, 5}));
    // A second step from the state keeps it too, and so does a cell without input.
    const auto [h2, c2] = cell->forward(torch::randn({2, 2, 3, 5}), h, c);
    QCOMPARE(h2.sizes(), h.sizes());
    mc::ConvLstmCell noInput(mc::ConvLstmCellOptions(0, 4, 3, 5).kernel_size(kernel));
    QCOMPARE(std::get<0>(noInput->forward({}, h2, c2)).sizes(), h.sizes());
    // Even kernels cannot pad symmetrically: refused.
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::ConvLstmCell(mc::ConvLstmCellOptions(2, 4, 3, 5).kernel_size(kernel + 1)));
}

void TestConvLstm::outputShapes_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("stations");
    for (int layers = 1; layers <= 3; ++layers) {
        QTest::addRow("grid, %d layers", layers) << layers << false;
        QTest::addRow("stations, %d layers", layers) << layers << true;
    }
}

void TestConvLstm::outputShapes()
{
    QFETCH(int, layers);
    QFETCH(bool, stations);
    torch::manual_seed(4);
    const int64_t features = 3, horizon = 4, batch = 2, lookback = 5;
    // Grid: 3 x 4 cells; stations: 5 stations x 3 features.
    const int64_t rows = stations ? 5 : 3;
    const int64_t cols = stations ? features : 4;
    const int64_t nodes = stations ? rows : rows * cols;
    auto net = mc::ConvLstmForecaster(smallOptions(stations ? mc::ConvLstmLayout::Stations : mc::ConvLstmLayout::Grid,
                                                   layers, features, horizon, rows, cols));
    QCOMPARE(net->nodes(), nodes);
    const auto y = net->forward(torch::randn({batch * nodes, lookback, features}));
    QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{batch * nodes, horizon}));
    QVERIFY(torch::isfinite(y).all().item<bool>());
    // A batch that is not whole node groups is a programming error.
    QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::randn({batch * nodes + 1, lookback, features})));
}

void TestConvLstm::frameMappingRoundTrips()
{
    const int64_t b = 2, t = 3, f = 2, rows = 3, cols = 4, n = rows * cols;
    // Every value names its (group, node, step, feature).
    const auto x = torch::arange(b * n * t * f, torch::kDouble).reshape({b * n, t, f});
    const auto value = [&](int64_t g, int64_t node, int64_t s, int64_t k) { return double(((g * n + node) * t + s) * f + k); };

    const auto grid = mc::gridFramesFromNodes(x, rows, cols);
    QCOMPARE(grid.sizes().vec(), (std::vector<int64_t>{b, t, f, rows, cols}));
    for (int64_t g = 0; g < b; ++g)
        for (int64_t r = 0; r < rows; ++r)
            for (int64_t c = 0; c < cols; ++c)
                for (int64_t s = 0; s < t; ++s)
                    for (int64_t k = 0; k < f; ++k)
                        QCOMPARE(grid[g][s][k][r][c].item<double>(), value(g, r * cols + c, s, k));
    // Per-step frames (B, H, rows, cols) come back as the node windows they came from.
    for (int64_t k = 0; k < f; ++k)
        QVERIFY(torch::equal(mc::nodesFromForecastFrames(grid.select(2, k)), x.select(2, k)));

    const auto st = mc::stationFramesFromNodes(x, n);
    QCOMPARE(st.sizes().vec(), (std::vector<int64_t>{b, t, 1, n, f}));
    for (int64_t g = 0; g < b; ++g)
        for (int64_t node = 0; node < n; ++node)
            for (int64_t s = 0; s < t; ++s)
                for (int64_t k = 0; k < f; ++k)
                    QCOMPARE(st[g][s][0][node][k].item<double>(), value(g, node, s, k));
    QVERIFY(torch::equal(mc::nodesFromForecastFrames(st.select(2, 0).select(3, 0)), x.select(2, 0)));
}

void TestConvLstm::windowGroupsStayApart()
{
    // Each window group (one origin) is forecast on its own: running two groups together gives what
    // each gives alone, so the mapping never mixes origins.
    torch::manual_seed(5);
    for (const auto layout : {mc::ConvLstmLayout::Grid, mc::ConvLstmLayout::Stations}) {
        const bool stations = layout == mc::ConvLstmLayout::Stations;
        auto net = mc::ConvLstmForecaster(smallOptions(layout, 2, 2, 3, stations ? 4 : 2, stations ? 2 : 3));
        const int64_t n = net->nodes();
        const auto x = torch::randn({2 * n, 4, 2});
        const auto both = net->forward(x);
        QVERIFY(torch::allclose(both.narrow(0, 0, n), net->forward(x.narrow(0, 0, n)), 1e-5, 1e-6));
        QVERIFY(torch::allclose(both.narrow(0, n, n), net->forward(x.narrow(0, n, n)), 1e-5, 1e-6));
    }
}

void TestConvLstm::layerLists_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<QString>("badKey");  // empty: valid
    QTest::addColumn<QString>("message");
    QTest::newRow("defaults") << 2 << "16,16" << "3" << "" << "";
    QTest::newRow("one layer") << 1 << "8" << "5" << "" << "";
    QTest::newRow("spaces, one kernel per layer") << 3 << " 8, 16 ,4" << "3,5,1" << "" << "";
    QTest::newRow("too few channels") << 3 << "16,16" << "3" << "hidden-channels" << "2 values for 3 layers";
    QTest::newRow("too many channels") << 1 << "16,16" << "3" << "hidden-channels" << "2 values for 1 layer";
    QTest::newRow("not a number") << 2 << "16,x" << "3" << "hidden-channels" << "whole numbers separated by commas";
    QTest::newRow("empty item") << 2 << "16,,16" << "3" << "hidden-channels" << "whole numbers";
    QTest::newRow("zero channels") << 2 << "16,0" << "3" << "hidden-channels" << "between 1 and 256";
    QTest::newRow("even kernel") << 2 << "16,16" << "3,4" << "kernel" << "odd";
    QTest::newRow("kernels for the wrong depth") << 3 << "4,4,4" << "3,5" << "kernel" << "or a single value";
    QTest::newRow("four layers") << 4 << "4,4,4,4" << "3" << "conv-layers" << "";
}

void TestConvLstm::layerLists()
{
    QFETCH(int, layers);
    QFETCH(QString, hidden);
    QFETCH(QString, kernel);
    QFETCH(QString, badKey);
    QFETCH(QString, message);
    mc::RunConfig config;
    config.model = "convlstm";
    config.target = "sst";
    config.params.set("hidden-channels", hidden.toStdString());
    config.params.set("kernel", kernel.toStdString());
    config.params.set("conv-layers", std::int64_t{layers});
    const auto check = mc::checkConfig(config);
    if (badKey.isEmpty()) {
        QVERIFY2(check.ok(), check.detail.c_str());
        std::string error, key;
        const auto spec = mc::convLstmLayers(config.params, error, key);
        QVERIFY(spec);
        QCOMPARE(int(spec->hiddenChannels.size()), layers);
        QCOMPARE(int(spec->kernels.size()), layers);
        QCOMPARE(spec->kernels.front(), std::int64_t(kernel.split(QLatin1Char(',')).front().trimmed().toInt()));
        return;
    }
    QVERIFY(!check.ok());
    QCOMPARE(QString::fromStdString(check.key), badKey);
    QVERIFY2(QString::fromStdString(check.detail).contains(message), check.detail.c_str());
}

void TestConvLstm::registryBuildsNet()
{
    const auto* desc = mc::findModel("convlstm");
    QVERIFY(desc);
    for (const char* key : {"conv-layers", "hidden-channels", "kernel"})
        QVERIFY2(mc::findOption(desc->options, key), key);
    // Today's single-station pipeline: each window is a one-row station frame of its features.
    torch::manual_seed(6);
    mc::ParamSet params;
    params.set("conv-layers", std::int64_t{3});
    params.set("hidden-channels", std::string("4,5,6"));
    params.set("kernel", std::string("3"));
    mc::NetShape single;
    single.features = 3;
    single.horizon = 2;
    const auto net = mc::createNet("convlstm", params, single, "relu");
    const auto y = net->forward(torch::randn({7, 6, 3}));
    QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{7, 2}));
    QVERIFY(torch::all(y >= 0).item<bool>());
    // The grid shape of the multi-node contract.
    mc::ConvLstmShape shape;
    shape.features = 4;
    shape.horizon = 3;
    shape.layout = mc::ConvLstmLayout::Grid;
    shape.gridRows = 2;
    shape.gridCols = 3;
    shape.nodes = 6;
    const auto o = mc::convLstmOptions(params, shape, "none");
    QCOMPARE(o.rows(), 2);
    QCOMPARE(o.cols(), 3);
    QCOMPARE(o.num_layers(), 3);
    QCOMPARE(o.hidden_channels(), (std::vector<int64_t>{4, 5, 6}));
    QCOMPARE(o.kernel_sizes(), (std::vector<int64_t>{3, 3, 3}));
    shape.nodes = 5;
    QVERIFY_THROWS_EXCEPTION(c10::Error, (void)mc::convLstmOptions(params, shape, "none"));
    params.set("kernel", std::string("2"));
    QVERIFY_THROWS_EXCEPTION(c10::Error, (void)mc::createNet("convlstm", params, single, "none"));
}

void TestConvLstm::residualStartsAtPersistence_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("variables");
    QTest::newRow("grid, target only") << int(mc::NodeLayout::Grid) << 1;
    QTest::newRow("grid, target and a covariate") << int(mc::NodeLayout::Grid) << 2;
    QTest::newRow("stations") << int(mc::NodeLayout::Stations) << 2;
    QTest::newRow("single station") << int(mc::NodeLayout::Single) << 2;
}

// With the registry's defaults the untrained network is the persistence forecast exactly, gaps
// included, and its zero head still learns.
void TestConvLstm::residualStartsAtPersistence()
{
    QFETCH(int, layout);
    QFETCH(int, variables);
    torch::manual_seed(11);
    auto gen = torch::make_generator<torch::CPUGeneratorImpl>(11);
    const auto kind = mc::NodeLayout(layout);
    const int64_t lookback = 5;
    mc::NetShape shape;
    shape.layout = kind;
    shape.horizon = 3;
    if (kind == mc::NodeLayout::Grid) {
        shape.gridRows = 2;
        shape.gridCols = 3;
        shape.nodes = 6;
    } else if (kind == mc::NodeLayout::Stations) {
        shape.nodes = 4;
    }
    const bool single = kind == mc::NodeLayout::Single;
    shape.features = single ? variables : 2 * variables;
    const auto x = single ? torch::rand({8, lookback, variables}, gen)
                          : residual::windowsWithGaps(4 * shape.nodes, lookback, variables, gen);
    const auto expected =
        residual::persistence(x, 0, single ? -1 : variables).unsqueeze(1).expand({-1, shape.horizon});

    mc::ParamSet params;
    params.fillDefaults(mc::optionsFor("convlstm"));
    QCOMPARE(params.getString("residual"), std::string("on"));
    QVERIFY(mc::residualForecast(params));
    // The anchor is a level already: auto leaves the output unclipped.
    QCOMPARE(mc::resolvedOutputActivation(params), std::string("none"));
    const auto net = mc::createNet("convlstm", params, shape, mc::resolvedOutputActivation(params));
    {
        torch::NoGradGuard noGrad;
        QVERIFY(torch::equal(net->forward(x), expected));
    }
    const auto target = expected + 0.3;
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-2));
    const auto before = torch::mse_loss(net->forward(x), target);
    opt.zero_grad();
    before.backward();
    opt.step();
    QVERIFY(torch::mse_loss(net->forward(x), target).item<double>() < before.item<double>());

    // Off, the head predicts the level, as in the paper; predict-change targets are changes already.
    params.set("residual", std::string("off"));
    QVERIFY(!mc::residualForecast(params));
    torch::NoGradGuard noGrad;
    QVERIFY(!torch::allclose(mc::createNet("convlstm", params, shape, "none")->forward(x), expected));
    params.set("residual", std::string("on"));
    params.set("predict-change", true);
    QVERIFY(!mc::residualForecast(params));
    QVERIFY(!torch::allclose(mc::createNet("convlstm", params, shape, "none")->forward(x), expected));
}

void TestConvLstm::beatsPersistenceOnMovingBlob()
{
    // The paper's moving-digits task in miniature: from 4 frames of a blob moving one cell per step,
    // predict the next 2. Persistence (the last frame repeated) misses the blob by 1 and 2 cells.
    torch::manual_seed(7);
    auto gen = torch::make_generator<torch::CPUGeneratorImpl>(7);
    const int64_t size = 8, lookback = 4, horizon = 2;
    const auto train = movingBlobs(256, lookback + horizon, size, gen);
    const auto test = movingBlobs(64, lookback + horizon, size, gen);
    const auto split = [&](const torch::Tensor& seq) {
        const auto x = nodesFromFrames(seq.narrow(1, 0, lookback).unsqueeze(2));
        const auto y = mc::nodesFromForecastFrames(seq.narrow(1, lookback, horizon));
        return std::make_pair(x, y);
    };
    const auto [xTrain, yTrain] = split(train);
    const auto [xTest, yTest] = split(test);

    mc::ConvLstmForecasterOptions o(1, horizon, size, size);
    o.num_layers(2).hidden_channels({8, 8}).kernel_sizes({3});
    auto net = mc::ConvLstmForecaster(o);
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-2));
    const int64_t nodes = size * size, groups = 16;
    QElapsedTimer timer;
    timer.start();
    for (int epoch = 0; epoch < 6; ++epoch) {
        const auto order = torch::randperm(train.size(0), gen);
        for (int64_t start = 0; start < train.size(0); start += groups) {
            // Whole node groups per batch, as the stateless runner shuffles origins, not windows.
            const auto origins = order.narrow(0, start, groups);
            const auto rows = (origins.unsqueeze(1) * nodes + torch::arange(nodes).unsqueeze(0)).reshape({-1});
            opt.zero_grad();
            auto loss = torch::mse_loss(net->forward(xTrain.index_select(0, rows)), yTrain.index_select(0, rows));
            loss.backward();
            opt.step();
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;

    torch::NoGradGuard noGrad;
    const double model = torch::mse_loss(net->forward(xTest), yTest).item<double>();
    const auto last = xTest.select(1, lookback - 1);  // (S·N, 1)
    const double persistence = torch::mse_loss(last.expand({-1, horizon}), yTest).item<double>();
    qInfo("moving blob: model MSE %.5f, persistence MSE %.5f (ratio %.3f), %.1f s training", model, persistence,
          model / persistence, seconds);
    QVERIFY2(model < 0.25 * persistence, qPrintable(QStringLiteral("model %1, persistence %2").arg(model).arg(persistence)));
}

QTEST_GUILESS_MAIN(TestConvLstm)
#include "tst_convlstm.moc"
