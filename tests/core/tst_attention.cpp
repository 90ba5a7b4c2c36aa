// SPDX-License-Identifier: GPL-3.0-or-later
// Local self-attention layers (SASA, local relation) and the attention forecaster.
#include "experiment.h"
#include "forecaster.h"
#include "models/attention_forecaster.h"
#include "models/forecast_net.h"
#include "models/local_window.h"
#include "run_config.h"
#include "toy_data.h"
#include "trainer.h"

#include <QtTest>

#include <torch/torch.h>

namespace {

using Offsets = std::vector<std::int64_t>;

// A layer of either variant behind one call, for data-driven cases.
struct AnyLayer {
    mc::Sasa sasa{nullptr};
    mc::LocalRelation relation{nullptr};
    torch::Tensor forward(const torch::Tensor& x, torch::Tensor* w = nullptr)
    {
        return !sasa.is_empty() ? sasa->forward(x, w) : relation->forward(x, w);
    }
    std::vector<torch::Tensor> parameters() const
    {
        return !sasa.is_empty() ? sasa->parameters() : relation->parameters();
    }
};

AnyLayer makeLayer(const QString& variant, int64_t channels, int64_t k, int64_t heads, int dims)
{
    AnyLayer l;
    if (variant == QLatin1String("sasa"))
        l.sasa = mc::Sasa(mc::SasaOptions(channels, channels).kernel_size(k).heads(heads).dims(dims));
    else
        l.relation = mc::LocalRelation(mc::LocalRelationOptions(channels).kernel_size(k).heads(heads).dims(dims));
    return l;
}

int64_t countParameters(const torch::nn::Module& m, const std::string& prefix = {})
{
    int64_t n = 0;
    for (const auto& p : m.named_parameters())
        if (prefix.empty() || p.key().rfind(prefix, 0) == 0)
            n += p.value().numel();
    return n;
}

mc::RunConfig attentionConfig(const std::string& variant)
{
    mc::RunConfig c;
    c.model = "attention";
    c.target = "v";
    c.params.set("attention-variant", variant);
    c.params.set("lookback", std::int64_t{12});
    c.params.set("embedding-dim", std::int64_t{16});
    c.params.set("heads", std::int64_t{2});
    c.params.set("attention-layers", std::int64_t{1});
    c.params.set("attention-window", std::int64_t{5});
    c.params.set("batch", std::int64_t{64});
    c.params.set("epochs", std::int64_t{6});
    c.params.set("lr", 3e-3);
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.fillDefaults(mc::optionsFor("attention"));
    return c;
}

}  // namespace

class TestAttention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offsets_data();
    void offsets();
    void offsets2dMatchFigure4();
    void gatheredWindowsFollowOffsets();
    void translationEquivariance_data();
    void translationEquivariance();
    void edgesIgnorePadding_data();
    void edgesIgnorePadding();
    void sasaEdgeMatchesHandComputation();
    void parameterCounts_data();
    void parameterCounts();
    void lagCopyIsLearned_data();
    void lagCopyIsLearned();
    void forecasterShapes_data();
    void forecasterShapes();
    void invalidOptionsRefused();
    void trainsThroughFit_data();
    void trainsThroughFit();
};

void TestAttention::initTestCase() { torch::set_num_threads(1); }

void TestAttention::offsets_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<Offsets>("expected");
    QTest::newRow("k=1") << 1 << Offsets{0};
    QTest::newRow("k=2") << 2 << Offsets{0, 1};
    QTest::newRow("k=3") << 3 << Offsets{-1, 0, 1};
    QTest::newRow("k=4 (Figure 4)") << 4 << Offsets{-1, 0, 1, 2};
    QTest::newRow("k=7") << 7 << Offsets{-3, -2, -1, 0, 1, 2, 3};
}

void TestAttention::offsets()
{
    QFETCH(int, k);
    QFETCH(Offsets, expected);
    QCOMPARE(mc::windowOffsets(k), expected);
}

void TestAttention::offsets2dMatchFigure4()
{
    // SASA Figure 4, row by row: (row offset, column offset) around the highlighted pixel.
    const int figure4[4][4][2] = {{{-1, -1}, {-1, 0}, {-1, 1}, {-1, 2}},
                                  {{0, -1}, {0, 0}, {0, 1}, {0, 2}},
                                  {{1, -1}, {1, 0}, {1, 1}, {1, 2}},
                                  {{2, -1}, {2, 0}, {2, 1}, {2, 2}}};
    const auto got = mc::windowOffsets2d(4);
    QCOMPARE(got.size(), std::size_t(16));
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(got[r * 4 + c].row, std::int64_t(figure4[r][c][0]));
            QCOMPARE(got[r * 4 + c].col, std::int64_t(figure4[r][c][1]));
        }
    const auto three = mc::windowOffsets2d(3);
    QCOMPARE(three.front().row, std::int64_t(-1));
    QCOMPARE(three.front().col, std::int64_t(-1));
    QCOMPARE(three.back().row, std::int64_t(1));
    QCOMPARE(three.back().col, std::int64_t(1));
}

void TestAttention::gatheredWindowsFollowOffsets()
{
    const auto x = torch::arange(1, 31, torch::kFloat).view({1, 1, 5, 6});
    const auto w = mc::gatherWindows2d(x, 4);
    const auto valid = mc::windowValid2d(5, 6, 4, torch::kCPU);
    const auto offs = mc::windowOffsets2d(4);
    for (int64_t i = 0; i < 5; ++i)
        for (int64_t j = 0; j < 6; ++j)
            for (std::size_t n = 0; n < offs.size(); ++n) {
                const auto r = i + offs[n].row;
                const auto c = j + offs[n].col;
                const bool inside = r >= 0 && r < 5 && c >= 0 && c < 6;
                QCOMPARE(valid[i][j][int64_t(n)].item<bool>(), inside);
                QCOMPARE(w[0][0][i][j][int64_t(n)].item<float>(), inside ? x[0][0][r][c].item<float>() : 0.f);
            }
}

void TestAttention::translationEquivariance_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("dims");
    QTest::addColumn<int>("k");
    QTest::newRow("sasa 1-D k=5") << QStringLiteral("sasa") << 1 << 5;
    QTest::newRow("sasa 1-D k=4") << QStringLiteral("sasa") << 1 << 4;
    QTest::newRow("sasa 2-D k=3") << QStringLiteral("sasa") << 2 << 3;
    QTest::newRow("sasa 2-D k=4") << QStringLiteral("sasa") << 2 << 4;
    QTest::newRow("local relation 1-D k=5") << QStringLiteral("local-relation") << 1 << 5;
    QTest::newRow("local relation 2-D k=4") << QStringLiteral("local-relation") << 2 << 4;
}

void TestAttention::translationEquivariance()
{
    QFETCH(QString, variant);
    QFETCH(int, dims);
    QFETCH(int, k);
    torch::manual_seed(1);
    torch::NoGradGuard noGrad;
    auto layer = makeLayer(variant, 8, k, 2, dims);
    const int64_t before = (k - 1) / 2;
    const int64_t after = k - 1 - before;
    if (dims == 1) {
        const int64_t len = 24, s = 5;
        const auto x = torch::randn({2, 8, len});
        auto shifted = torch::zeros_like(x);
        shifted.narrow(2, s, len - s).copy_(x.narrow(2, 0, len - s));
        const auto y = layer.forward(x);
        const auto ys = layer.forward(shifted);
        // Interior: windows of t in x and of t + s in the shifted input both see only real data.
        const int64_t first = before, last = len - s - 1 - after;
        const auto a = y.narrow(2, first, last - first + 1);
        const auto b = ys.narrow(2, first + s, last - first + 1);
        QVERIFY2(torch::allclose(a, b, 1e-4, 1e-5), qPrintable(QString::number((a - b).abs().max().item<float>())));
        // Near the edge the window differs, so the outputs may too: the check above is not vacuous.
        QVERIFY(!torch::allclose(y.select(2, 0), ys.select(2, s), 1e-4, 1e-5));
    } else {
        const int64_t rows = 9, cols = 10, sr = 2, sc = 3;
        const auto x = torch::randn({1, 8, rows, cols});
        auto shifted = torch::zeros_like(x);
        shifted.narrow(2, sr, rows - sr).narrow(3, sc, cols - sc).copy_(x.narrow(2, 0, rows - sr).narrow(3, 0, cols - sc));
        const auto y = layer.forward(x);
        const auto ys = layer.forward(shifted);
        const int64_t nr = rows - sr - after - before, nc = cols - sc - after - before;
        const auto a = y.narrow(2, before, nr).narrow(3, before, nc);
        const auto b = ys.narrow(2, before + sr, nr).narrow(3, before + sc, nc);
        QVERIFY2(torch::allclose(a, b, 1e-4, 1e-5), qPrintable(QString::number((a - b).abs().max().item<float>())));
    }
}

void TestAttention::edgesIgnorePadding_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("dims");
    QTest::newRow("sasa 1-D") << QStringLiteral("sasa") << 1;
    QTest::newRow("sasa 2-D") << QStringLiteral("sasa") << 2;
    QTest::newRow("local relation 1-D") << QStringLiteral("local-relation") << 1;
    QTest::newRow("local relation 2-D") << QStringLiteral("local-relation") << 2;
}

void TestAttention::edgesIgnorePadding()
{
    QFETCH(QString, variant);
    QFETCH(int, dims);
    torch::manual_seed(2);
    torch::NoGradGuard noGrad;
    const int64_t k = 4;
    auto layer = makeLayer(variant, 8, k, 2, dims);
    const auto x = dims == 1 ? torch::randn({3, 8, 6}) : torch::randn({3, 8, 5, 4});
    torch::Tensor w;
    layer.forward(x, &w);
    const auto valid = dims == 1 ? mc::windowValid1d(6, k, torch::kCPU) : mc::windowValid2d(5, 4, k, torch::kCPU);
    QCOMPARE(w.size(1), int64_t(2));  // heads
    QCOMPARE(w.size(-1), dims == 1 ? k : k * k);
    const auto padded = w.masked_select(valid.logical_not().expand_as(w));
    QVERIFY(padded.numel() > 0);
    QCOMPARE(padded.abs().max().item<float>(), 0.f);
    QVERIFY(torch::allclose(w.sum(-1), torch::ones({}), 1e-5, 1e-5));
    // Every real neighbour gets some weight (softmax of finite logits).
    QVERIFY(w.masked_select(valid.expand_as(w)).min().item<float>() > 0.f);
}

void TestAttention::sasaEdgeMatchesHandComputation()
{
    torch::manual_seed(3);
    torch::NoGradGuard noGrad;
    const int64_t c = 4, len = 6, k = 4;
    mc::Sasa layer(mc::SasaOptions(c, c).kernel_size(k).heads(1));
    const auto x = torch::randn({1, c, len});
    const auto y = layer->forward(x);
    auto params = layer->named_parameters();
    const auto q = torch::matmul(params["query.weight"].squeeze(-1), x[0]);  // (c, len)
    const auto kk = torch::matmul(params["key.weight"].squeeze(-1), x[0]);
    const auto v = torch::matmul(params["value.weight"].squeeze(-1), x[0]);
    const auto r = params["rel_time"][0];  // (c, k)
    const auto offs = mc::windowOffsets(k);
    for (int64_t t : {int64_t(0), len - 2, len - 1}) {
        std::vector<torch::Tensor> logits, vals;
        for (int64_t j = 0; j < k; ++j) {
            const auto p = t + offs[j];
            if (p < 0 || p >= len)
                continue;  // only real neighbours
            logits.push_back((q.select(1, t) * (kk.select(1, p) + r.select(1, j))).sum());
            vals.push_back(v.select(1, p));
        }
        const auto wts = torch::softmax(torch::stack(logits), 0);
        const auto expected = (wts.unsqueeze(1) * torch::stack(vals)).sum(0);
        QVERIFY2(torch::allclose(y[0].select(1, t), expected, 1e-5, 1e-6), qPrintable(QString::number(t)));
    }
}

void TestAttention::parameterCounts_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("heads");
    QTest::addColumn<int>("dims");
    QTest::newRow("2-D 16->32 k=3") << 16 << 32 << 3 << 4 << 2;
    QTest::newRow("2-D 128->128 k=7") << 128 << 128 << 7 << 8 << 2;
    QTest::newRow("1-D 8->16 k=5") << 8 << 16 << 5 << 2 << 1;
}

void TestAttention::parameterCounts()
{
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, k);
    QFETCH(int, heads);
    QFETCH(int, dims);
    mc::Sasa sasa(mc::SasaOptions(in, out).kernel_size(k).heads(heads).dims(dims));
    const int64_t projections = countParameters(*sasa, "query") + countParameters(*sasa, "key")
        + countParameters(*sasa, "value");
    QCOMPARE(projections, int64_t(3) * in * out);  // 1·1·N_F·N_I·3, no biases
    // 1-D: one d-channel embedding per offset and head; 2-D: d/2 per row offset plus d/2 per column offset.
    QCOMPARE(countParameters(*sasa), int64_t(3) * in * out + int64_t(out) * k);
    if (dims == 2) {
        torch::nn::Conv2d conv(torch::nn::Conv2dOptions(in, out, k).bias(false));
        QCOMPARE(countParameters(*conv), int64_t(k) * k * out * in);  // K_W·K_H·N_F·N_I
        QVERIFY(projections < countParameters(*conv) || k == 1);
    }
    // Local relation: key and query maps (one channel per group) plus the geometry prior's two layers.
    mc::LocalRelation lr(mc::LocalRelationOptions(out).kernel_size(k).heads(heads).dims(dims).prior_hidden(16));
    QCOMPARE(countParameters(*lr), int64_t(2) * out * heads + (dims * 16 + 16) + (16 * heads + heads));
}

void TestAttention::lagCopyIsLearned_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("sasa") << QStringLiteral("sasa");
    QTest::newRow("local relation") << QStringLiteral("local-relation");
}

void TestAttention::lagCopyIsLearned()
{
    // y_t = x_{t−2}: the layer has to find offset −2 by position, whatever the content.
    QFETCH(QString, variant);
    torch::manual_seed(4);
    const int64_t len = 16, lag = 2, c = 8;
    torch::nn::Conv1d stem(torch::nn::Conv1dOptions(2, c, 1));
    auto layer = makeLayer(variant, c, 5, 2, 1);
    torch::nn::Conv1d readout(torch::nn::Conv1dOptions(c, 1, 1));
    std::vector<torch::Tensor> params = layer.parameters();
    for (const auto& p : stem->parameters())
        params.push_back(p);
    for (const auto& p : readout->parameters())
        params.push_back(p);
    torch::optim::Adam opt(params, torch::optim::AdamOptions(1e-2));
    const auto run = [&](const torch::Tensor& x) {
        // A constant channel lets queries (and the prior) attend by position alone.
        return readout->forward(layer.forward(stem->forward(torch::cat({x, torch::ones_like(x)}, 1))));
    };
    const auto lossOn = [&](const torch::Tensor& x) {
        const auto y = run(x);
        return (y.narrow(2, lag, len - lag) - x.narrow(2, 0, len - lag)).pow(2).mean();
    };
    const auto probe = torch::randn({64, 1, len});
    double before = 0;
    {
        torch::NoGradGuard noGrad;
        before = lossOn(probe).item<double>();
    }
    for (int step = 0; step < 400; ++step) {
        opt.zero_grad();
        auto loss = lossOn(torch::randn({32, 1, len}));
        loss.backward();
        opt.step();
    }
    torch::NoGradGuard noGrad;
    const double after = lossOn(probe).item<double>();
    QVERIFY2(after < 0.05 && after < 0.1 * before, qPrintable(QStringLiteral("before %1 after %2").arg(before).arg(after)));
    // The learned attention looks two steps back.
    torch::Tensor w;
    layer.forward(stem->forward(torch::cat({probe, torch::ones_like(probe)}, 1)), &w);
    const auto meanW = w.narrow(2, lag, len - lag - 2).mean({0, 1, 2});  // over batch, heads, interior positions
    QCOMPARE(meanW.argmax().item<int64_t>(), int64_t(0));  // offsets of k=5: −2 … 2
}

void TestAttention::forecasterShapes_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("grid");
    QTest::newRow("sasa series") << QStringLiteral("sasa") << false;
    QTest::newRow("local relation series") << QStringLiteral("local-relation") << false;
    QTest::newRow("sasa grid") << QStringLiteral("sasa") << true;
    QTest::newRow("local relation grid") << QStringLiteral("local-relation") << true;
}

void TestAttention::forecasterShapes()
{
    QFETCH(QString, variant);
    QFETCH(bool, grid);
    torch::manual_seed(5);
    torch::NoGradGuard noGrad;
    const int64_t features = 4, horizon = 3, lookback = 10, rows = 3, cols = 5, groups = 2;
    mc::AttentionForecasterOptions o(features, horizon);
    o.variant(mc::parseAttentionVariant(variant.toStdString())).window(3).heads(2).layers(2).embedding_dim(8);
    if (grid)
        o.grid_rows(rows).grid_cols(cols).lookback(lookback);
    mc::AttentionForecaster net(o);
    const int64_t batch = grid ? groups * rows * cols : 7;
    const auto x = torch::randn({batch, lookback, features});
    std::vector<torch::Tensor> weights;
    const auto y = net->forwardWithAttention(x, &weights);
    QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{batch, horizon}));
    QVERIFY(torch::equal(y, net->forward(x)));
    QCOMPARE(weights.size(), std::size_t(2));
    const auto expected = grid ? std::vector<int64_t>{groups, 2, rows, cols, 9} : std::vector<int64_t>{batch, 2, lookback, 3};
    QCOMPARE(weights[0].sizes().vec(), expected);
    QVERIFY((y >= 0).all().item<bool>());  // ReLU output by default
    if (grid) {
        // Cells interact: changing one cell's input changes its neighbour's forecast, not a far one
        // beyond the 2-layer receptive field (2 cells per axis).
        auto x2 = x.clone();
        x2.select(0, 0).add_(1.0);  // group 0, cell (0, 0)
        const auto y2 = net->forward(x2);
        QVERIFY(!torch::allclose(y2[1], y[1]));           // cell (0, 1)
        QVERIFY(torch::allclose(y2[4], y[4], 1e-5, 1e-6));  // cell (0, 4)
        QVERIFY(torch::allclose(y2.narrow(0, rows * cols, rows * cols), y.narrow(0, rows * cols, rows * cols)));  // group 1
    }
}

void TestAttention::invalidOptionsRefused()
{
    mc::AttentionForecasterOptions o(2, 3);
    o.heads(3).embedding_dim(8);
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::AttentionForecaster{o});
    // 2-D SASA splits each head's channels into row and column halves.
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::Sasa(mc::SasaOptions(4, 6).heads(2).dims(2)));
    QVERIFY_THROWS_EXCEPTION(c10::Error, (void)mc::parseAttentionVariant("global"));

    auto c = attentionConfig("sasa");
    QVERIFY2(mc::checkConfig(c).ok(), mc::checkConfig(c).detail.c_str());
    c.params.set("heads", std::int64_t{3});
    const auto check = mc::checkConfig(c);
    QCOMPARE(check.issue, mc::ConfigIssue::HeadsNotDividingEmbedding);
    QCOMPARE(check.key, std::string("heads"));
    c.params.set("attention-variant", std::string("conv"));
    QCOMPARE(mc::checkConfig(c).issue, mc::ConfigIssue::BadOptionValue);
    // The options belong to the attention model only.
    auto lstm = attentionConfig("sasa");
    lstm.model = "lstm";
    QCOMPARE(mc::checkConfig(lstm).issue, mc::ConfigIssue::OptionNotForModel);
}

void TestAttention::trainsThroughFit_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("residual");
    QTest::newRow("sasa") << QStringLiteral("sasa") << QStringLiteral("off");
    QTest::newRow("local relation") << QStringLiteral("local-relation") << QStringLiteral("off");
    QTest::newRow("sasa, residual") << QStringLiteral("sasa") << QStringLiteral("on");
}

void TestAttention::trainsThroughFit()
{
    QFETCH(QString, variant);
    QFETCH(QString, residual);
    auto c = attentionConfig(variant.toStdString());
    c.params.set("residual", residual.toStdString());
    const auto prepared = mc::prepareWindows(toy::sineDataset(), c);
    QVERIFY2(prepared.ok(), prepared.error.detail.c_str());
    mc::StopToken stop;
    const auto result = mc::fit(c, prepared.data, stop);
    QVERIFY2(result.ok(), result.detail.c_str());
    QCOMPARE(result.history.size(), std::size_t(6));
    const double first = result.history.front().trainLoss, last = result.history.back().trainLoss;
    // A residual model starts at persistence, already close on this smooth series: it must still improve.
    const double factor = residual == QStringLiteral("on") ? 0.6 : 0.2;
    QVERIFY2(last < factor * first && last < 0.01, qPrintable(QStringLiteral("first %1 last %2").arg(first).arg(last)));
    QVERIFY(std::isfinite(result.history.back().valLoss));
    const auto out = result.model->predictScaled(prepared.data.test);
    QCOMPARE(out.size(), prepared.data.test.count * std::size_t(3));
    if (residual == QStringLiteral("on"))
        return;  // no ReLU: the anchor is a level already
    // The ReLU head is alive: levels in (0, 1) rather than clipped to 0.
    const auto clipped = std::count(out.begin(), out.end(), 0.f);
    QVERIFY2(clipped < std::ptrdiff_t(out.size() / 20), qPrintable(QString::number(clipped)));
}

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
