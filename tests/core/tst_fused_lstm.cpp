// SPDX-License-Identifier: GPL-3.0-or-later
// The fused LSTM against torch::nn::LSTM: outputs and every gradient, the gate approximations,
// the implementation switch of the forecaster, and a short training run on each path.
#include "models/fused_lstm.h"
#include "models/fused_lstm_kernels.h"
#include "models/lstm_forecaster.h"
#include "toy_data.h"
#include "trainer.h"
#include "window_builder.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Largest |a - b| over two tensors, in double.
double maxDiff(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>();
}

struct Run {
    torch::Tensor out, hn, cn;
    std::vector<torch::Tensor> grads;  // x, h0, c0 (when given), then every weight
};

// Output, final state and gradients of a scalar that weighs every output with fixed random
// factors, so each output element gets its own upstream gradient.
template <typename Forward>
Run runAndDifferentiate(torch::nn::LSTM& lstm, const torch::Tensor& x, const torch::Tensor& h0, const torch::Tensor& c0,
                        const std::vector<torch::Tensor>& upstream, Forward forward)
{
    for (auto& p : lstm->parameters())
        p.mutable_grad() = torch::Tensor();
    auto xv = x.clone().requires_grad_(true);
    torch::Tensor hv, cv;
    if (h0.defined()) {
        hv = h0.clone().requires_grad_(true);
        cv = c0.clone().requires_grad_(true);
    }
    Run r;
    std::tie(r.out, r.hn, r.cn) = forward(xv, hv, cv);
    const auto loss = (r.out * upstream[0]).sum() + (r.hn * upstream[1]).sum() + (r.cn * upstream[2]).sum();
    loss.backward();
    r.grads.push_back(xv.grad());
    if (hv.defined()) {
        r.grads.push_back(hv.grad());
        r.grads.push_back(cv.grad());
    }
    for (const auto& w : lstm->all_weights())
        r.grads.push_back(w.grad());
    return r;
}

mc::RunConfig referenceLikeConfig(const std::string& impl)
{
    mc::RunConfig c;
    c.target = "v";
    c.params.set("lookback", std::int64_t{30});
    c.params.set("horizon", std::int64_t{3});
    c.params.set("hidden", std::int64_t{32});
    c.params.set("batch", std::int64_t{128});
    c.params.set("epochs", std::int64_t{6});
    c.params.set("lr", 3e-3);
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    c.params.set("lstm-impl", impl);
    c.params.fillDefaults(mc::optionsFor("lstm"));
    return c;
}

}  // namespace

class TestFusedLstm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void approximationsAreAccurate();
    void matchesTorch_data();
    void matchesTorch();
    void chunkedMatchesTorch_data();
    void chunkedMatchesTorch();
    void chunkCountFollowsThreadsAndSize();
    void inferenceSkipsTheGraph();
    void forecasterPathsAgree();
    void dropoutAndDtypeChooseThePath();
    void trainingMatchesTorchPath_data();
    void trainingMatchesTorchPath();

private:
    void compareWithTorch(int layers, int batch, int steps, int hidden, bool withState, int chunks);

    double m_worstOutput = 0, m_worstGradient = 0, m_worstScaledGradient = 0;
};

void TestFusedLstm::initTestCase() { torch::set_num_threads(1); }

void TestFusedLstm::cleanupTestCase()
{
    qInfo("largest difference over all shapes: outputs and state %.3g, gradients %.3g absolute, %.3g relative to "
          "max(1, largest gradient)", m_worstOutput, m_worstGradient, m_worstScaledGradient);
}

void TestFusedLstm::approximationsAreAccurate()
{
    // Every float step of 2^-12 over [-24, 24] (where neither function is flat to float yet) plus
    // the far ends: 393,217 points.
    std::vector<float> xs;
    for (double v = -24; v <= 24; v += 1.0 / 4096)
        xs.push_back(float(v));
    for (float v : {-1e30f, -100.0f, -88.5f, 88.5f, 100.0f, 1e30f})
        xs.push_back(v);
    std::vector<float> sig(xs.size()), th(xs.size());
    mc::fused::approxSigmoid(xs.data(), sig.data(), std::int64_t(xs.size()));
    mc::fused::approxTanh(xs.data(), th.data(), std::int64_t(xs.size()));
    double worstSigmoid = 0, worstTanh = 0;
    for (std::size_t k = 0; k < xs.size(); ++k) {
        const double x = xs[k];
        worstSigmoid = std::max(worstSigmoid, std::abs(sig[k] - 1.0 / (1.0 + std::exp(-x))));
        worstTanh = std::max(worstTanh, std::abs(th[k] - std::tanh(x)));
    }
    qInfo("max abs error: sigmoid %.3g, tanh %.3g (AVX2/FMA build: %s)", worstSigmoid, worstTanh,
          mc::fused::kernelsUseAvx2() ? "yes" : "no");
    QVERIFY(worstSigmoid <= mc::fused::kApproxMaxAbsError);
    QVERIFY(worstTanh <= mc::fused::kApproxMaxAbsError);
    // A diverging run must still see NaN, not a saturated gate.
    const float nan = std::numeric_limits<float>::quiet_NaN();
    float out = 0;
    mc::fused::approxSigmoid(&nan, &out, 1);
    QVERIFY(std::isnan(out));
    mc::fused::approxTanh(&nan, &out, 1);
    QVERIFY(std::isnan(out));
}

void TestFusedLstm::matchesTorch_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<bool>("withState");
    for (int layers : {1, 2})
        for (int batch : {1, 7, 128})
            for (int steps : {1, 5, 30})
                for (int hidden : {8, 32})
                    for (bool state : {false, true})
                        QTest::addRow("L%d B%d T%d H%d %s", layers, batch, steps, hidden, state ? "state" : "zeros")
                            << layers << batch << steps << hidden << state;
}

void TestFusedLstm::matchesTorch()
{
    QFETCH(int, layers);
    QFETCH(int, batch);
    QFETCH(int, steps);
    QFETCH(int, hidden);
    QFETCH(bool, withState);
    compareWithTorch(layers, batch, steps, hidden, withState, 0);
}

void TestFusedLstm::chunkedMatchesTorch_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<bool>("withState");
    QTest::addColumn<int>("chunks");  // 0: automatic, on 2 threads
    // Automatic: whole batches too small to split, and the reference shape and odd sizes above it.
    for (int batch : {3, 31, 128, 129, 257})
        for (int layers : {1, 2})
            for (bool state : {false, true})
                QTest::addRow("auto L%d B%d T30 H32 %s", layers, batch, state ? "state" : "zeros")
                    << layers << batch << 30 << 32 << state << 0;
    // Forced: uneven splits, more chunks than threads, one row per chunk.
    QTest::newRow("3 chunks L2 B7 T5 H8 state") << 2 << 7 << 5 << 8 << true << 3;
    QTest::newRow("2 chunks L1 B33 T1 H8 zeros") << 1 << 33 << 1 << 8 << false << 2;
    QTest::newRow("5 chunks L2 B5 T4 H16 state") << 2 << 5 << 4 << 16 << true << 5;
    QTest::newRow("4 chunks L1 B66 T12 H32 zeros") << 1 << 66 << 12 << 32 << false << 4;
}

void TestFusedLstm::chunkedMatchesTorch()
{
    QFETCH(int, layers);
    QFETCH(int, batch);
    QFETCH(int, steps);
    QFETCH(int, hidden);
    QFETCH(bool, withState);
    QFETCH(int, chunks);
    torch::set_num_threads(2);
    compareWithTorch(layers, batch, steps, hidden, withState, chunks);
    {
        // Inference takes the same split without an autograd node.
        torch::NoGradGuard noGrad;
        torch::nn::LSTM lstm(torch::nn::LSTMOptions(3, hidden).num_layers(layers).batch_first(true));
        const auto x = torch::randn({batch, steps, 3});
        const auto h0 = torch::randn({layers, batch, hidden});
        const auto c0 = torch::randn({layers, batch, hidden});
        const auto fused = withState ? mc::fusedLstm(x, h0, c0, lstm->all_weights(), chunks)
                                     : mc::fusedLstm(x, {}, {}, lstm->all_weights(), chunks);
        const auto ref = withState ? lstm->forward(x, std::make_tuple(h0, c0)) : lstm->forward(x);
        QVERIFY(maxDiff(fused.output, std::get<0>(ref)) < 1e-5);
        QVERIFY(maxDiff(fused.h, std::get<0>(std::get<1>(ref))) < 1e-5);
        QVERIFY(maxDiff(fused.c, std::get<1>(std::get<1>(ref))) < 1e-5);
    }
    torch::set_num_threads(1);
}

void TestFusedLstm::chunkCountFollowsThreadsAndSize()
{
    QCOMPARE(mc::fusedLstmChunkCount(128, 30, 32, 1), 1);  // one thread: never split
    QCOMPARE(mc::fusedLstmChunkCount(128, 30, 32, 2), 2);  // the reference batch
    QCOMPARE(mc::fusedLstmChunkCount(256, 30, 32, 4), 4);
    QCOMPARE(mc::fusedLstmChunkCount(3, 30, 32, 2), 1);    // too few rows
    QCOMPARE(mc::fusedLstmChunkCount(100, 1, 5, 2), 1);    // the stateful preset's step: too little work
    QCOMPARE(mc::fusedLstmChunkCount(1, 30, 32, 2), 1);    // a single forecast
}

void TestFusedLstm::compareWithTorch(int layers, int batch, int steps, int hidden, bool withState, int chunks)
{
    torch::manual_seed(layers * 1000 + batch * 100 + steps * 10 + hidden);
    const int input = 3;
    torch::nn::LSTM lstm(torch::nn::LSTMOptions(input, hidden).num_layers(layers).batch_first(true));
    const auto x = torch::randn({batch, steps, input});
    torch::Tensor h0, c0;
    if (withState) {
        h0 = torch::randn({layers, batch, hidden}) * 0.5;
        c0 = torch::randn({layers, batch, hidden});
    }
    const std::vector<torch::Tensor> upstream = {torch::randn({batch, steps, hidden}),
                                                 torch::randn({layers, batch, hidden}),
                                                 torch::randn({layers, batch, hidden})};
    const auto reference = runAndDifferentiate(lstm, x, h0, c0, upstream, [&](auto xv, auto hv, auto cv) {
        auto r = hv.defined() ? lstm->forward(xv, std::make_tuple(hv, cv)) : lstm->forward(xv);
        return std::make_tuple(std::get<0>(r), std::get<0>(std::get<1>(r)), std::get<1>(std::get<1>(r)));
    });
    const auto fused = runAndDifferentiate(lstm, x, h0, c0, upstream, [&](auto xv, auto hv, auto cv) {
        auto r = mc::fusedLstm(xv, hv, cv, lstm->all_weights(), chunks);
        return std::make_tuple(r.output, r.h, r.c);
    });
    QCOMPARE(fused.out.sizes(), reference.out.sizes());
    m_worstOutput = std::max({m_worstOutput, maxDiff(fused.out, reference.out), maxDiff(fused.hn, reference.hn),
                              maxDiff(fused.cn, reference.cn)});
    QVERIFY2(maxDiff(fused.out, reference.out) < 1e-5, qPrintable(QString::number(maxDiff(fused.out, reference.out))));
    QVERIFY(maxDiff(fused.hn, reference.hn) < 1e-5);
    QVERIFY(maxDiff(fused.cn, reference.cn) < 1e-5);
    QCOMPARE(fused.grads.size(), reference.grads.size());
    // Weight gradients sum over batch × steps terms: compared relative to their size, with the
    // 1e-5 bound absolute for gradients up to 1.
    for (std::size_t k = 0; k < reference.grads.size(); ++k) {
        QVERIFY2(fused.grads[k].defined() && reference.grads[k].defined(), qPrintable(QStringLiteral("gradient %1").arg(k)));
        const double scale = std::max(1.0, reference.grads[k].abs().max().item<double>());
        const double diff = maxDiff(fused.grads[k], reference.grads[k]);
        m_worstGradient = std::max(m_worstGradient, diff);
        m_worstScaledGradient = std::max(m_worstScaledGradient, diff / scale);
        QVERIFY2(diff < 1e-5 * scale, qPrintable(QStringLiteral("gradient %1: diff %2, scale %3").arg(k).arg(diff).arg(scale)));
    }
}

void TestFusedLstm::inferenceSkipsTheGraph()
{
    torch::manual_seed(5);
    torch::nn::LSTM lstm(torch::nn::LSTMOptions(2, 8).num_layers(2).batch_first(true));
    const auto x = torch::randn({4, 6, 2});
    torch::NoGradGuard noGrad;
    const auto fused = mc::fusedLstm(x, {}, {}, lstm->all_weights());
    QVERIFY(!fused.output.requires_grad());
    QVERIFY(maxDiff(fused.output, std::get<0>(lstm->forward(x))) < 1e-5);
}

void TestFusedLstm::forecasterPathsAgree()
{
    torch::manual_seed(9);
    mc::LstmForecasterOptions o(2, 3);
    o.hidden_size(16).num_layers(2);
    mc::LstmForecaster net(o);
    const auto x = torch::randn({5, 12, 2});
    QVERIFY(net->usesFused(x));  // auto on CPU float32
    const auto fused = net->forward(x);
    std::vector<torch::Tensor> fusedState;
    const auto fusedA = net->forwardSteps(x.narrow(1, 0, 7), fusedState);
    const auto fusedB = net->forwardSteps(x.narrow(1, 7, 5), fusedState);
    net->options.impl(mc::LstmImpl::Torch);
    QVERIFY(!net->usesFused(x));
    const auto reference = net->forward(x);
    std::vector<torch::Tensor> state;
    const auto a = net->forwardSteps(x.narrow(1, 0, 7), state);
    const auto b = net->forwardSteps(x.narrow(1, 7, 5), state);
    QVERIFY(maxDiff(fused, reference) < 1e-5);
    QVERIFY(maxDiff(fusedA, a) < 1e-5);
    QVERIFY(maxDiff(fusedB, b) < 1e-5);
    QVERIFY(maxDiff(fusedState[0], state[0]) < 1e-5);
    QVERIFY(maxDiff(fusedState[1], state[1]) < 1e-5);
}

void TestFusedLstm::dropoutAndDtypeChooseThePath()
{
    mc::LstmForecasterOptions o(1, 2);
    o.num_layers(2).dropout(0.3);
    mc::LstmForecaster net(o);
    const auto x = torch::randn({3, 4, 1});
    net->train();
    QVERIFY(!net->usesFused(x));  // dropout between layers is LibTorch's
    net->eval();
    QVERIFY(net->usesFused(x));
    net->to(torch::kDouble);
    QVERIFY(!net->usesFused(x.to(torch::kDouble)));  // auto: the torch path for double
    net->options.impl(mc::LstmImpl::Fused);
    QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(x.to(torch::kDouble)));
}

void TestFusedLstm::trainingMatchesTorchPath_data()
{
    QTest::addColumn<bool>("stateful");
    QTest::newRow("stateless, reference shape") << false;
    QTest::newRow("stateful, 3 steps per batch") << true;
}

void TestFusedLstm::trainingMatchesTorchPath()
{
    QFETCH(bool, stateful);
    std::vector<double> finalLoss;
    for (const char* impl : {"torch", "fused"}) {
        auto c = referenceLikeConfig(impl);
        if (stateful) {
            c.params.set("stateful", true);
            c.params.set("hidden", std::int64_t{5});
            c.params.set("batch", std::int64_t{20});
            c.params.set("stateful-steps", std::int64_t{3});
        }
        const auto prep = mc::prepareWindows(toy::sineDataset(400, 20), c);
        QVERIFY(prep.ok());
        mc::StopToken stop;
        const auto r = mc::fit(c, prep.data, stop);
        QVERIFY2(r.ok(), r.detail.c_str());
        QCOMPARE(int(r.history.size()), 6);
        finalLoss.push_back(r.history.back().trainLoss);
        QVERIFY(r.history.back().trainLoss < r.history.front().trainLoss);
    }
    qInfo("final training loss: torch %.8g, fused %.8g", finalLoss[0], finalLoss[1]);
    QVERIFY(std::abs(finalLoss[1] - finalLoss[0]) <= 1e-3 * finalLoss[0]);
}

QTEST_GUILESS_MAIN(TestFusedLstm)
#include "tst_fused_lstm.moc"
