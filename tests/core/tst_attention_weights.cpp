// SPDX-License-Identifier: GPL-3.0-or-later
// Forecaster::attentionWeights, the torch-free accessor the attention view reads: per position the
// weights form a distribution over the local window, padding gets nothing, a bundle round trip
// gives the same weights, and models without attention say why.
#include "experiment.h"
#include "forecaster.h"
#include "model_registry.h"
#include "run_config.h"
#include "toy_data.h"
#include "trainer.h"

#include <QtTest>

#include <torch/torch.h>

#include <cmath>

namespace {

mc::RunConfig config(const std::string& model, const std::string& variant = "sasa")
{
    mc::RunConfig c;
    c.model = model;
    c.target = "v";
    c.params.set("lookback", std::int64_t{9});
    c.params.set("batch", std::int64_t{128});
    c.params.set("epochs", std::int64_t{1});
    c.params.set("device", std::string("cpu"));
    c.params.set("threads", std::int64_t{1});
    if (model == "attention") {
        c.params.set("attention-variant", variant);
        c.params.set("embedding-dim", std::int64_t{8});
        c.params.set("heads", std::int64_t{2});
        c.params.set("attention-layers", std::int64_t{2});
        c.params.set("attention-window", std::int64_t{4});
    } else {
        c.params.set("hidden", std::int64_t{4});
    }
    c.params.fillDefaults(mc::optionsFor(model));
    return c;
}

}  // namespace

class TestAttentionWeights : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void weightsFormDistributions_data();
    void weightsFormDistributions();
    void otherModelsHaveNone();
};

void TestAttentionWeights::initTestCase() { torch::set_num_threads(1); }

void TestAttentionWeights::weightsFormDistributions_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("sasa") << QStringLiteral("sasa");
    QTest::newRow("local relation") << QStringLiteral("local-relation");
}

void TestAttentionWeights::weightsFormDistributions()
{
    QFETCH(QString, variant);
    torch::manual_seed(3);
    const auto c = config("attention", variant.toStdString());
    mc::StopToken stop;
    const auto dataset = toy::sineDataset();
    const auto result = mc::runExperiment(c, stop, {}, &dataset);
    QVERIFY2(result.ok(), result.error.c_str());
    QVERIFY(result.training.model);
    QVERIFY(result.data.test.count > 10);

    std::string why;
    const auto one = result.data.test.inputOf(5);
    const auto map = result.training.model->attentionWeights(one, why);
    QVERIFY2(map, why.c_str());
    QCOMPARE(map->blocks, 2);
    QCOMPARE(map->heads, 2);
    QCOMPARE(map->positions, 9);
    QCOMPARE(map->window, 4);
    QCOMPARE(map->offsets, (std::vector<int>{-1, 0, 1, 2}));
    QCOMPARE(map->weights.size(), std::size_t(2 * 2 * 9 * 4));
    for (int b = 0; b < map->blocks; ++b)
        for (int h = 0; h < map->heads; ++h)
            for (int p = 0; p < map->positions; ++p) {
                double sum = 0;
                for (int j = 0; j < map->window; ++j) {
                    const float w = map->at(b, h, p, j);
                    const int source = p + map->offsets[std::size_t(j)];
                    if (source < 0 || source >= map->positions)
                        QCOMPARE(w, 0.f);  // padding is never attended
                    else
                        QVERIFY(w >= 0.f && w <= 1.f);
                    sum += w;
                }
                QVERIFY2(std::abs(sum - 1.0) < 1e-5, qPrintable(QStringLiteral("b%1 h%2 p%3: %4").arg(b).arg(h).arg(p).arg(sum)));
            }

    why.clear();
    QVERIFY(!result.training.model->attentionWeights(mc::WindowSet{}, why));
    QVERIFY(!why.empty());

    // Another window gives other weights; the saved model gives the same ones.
    const auto other = result.training.model->attentionWeights(result.data.test.inputOf(40), why);
    QVERIFY(other);
    QVERIFY(other->weights != map->weights);
    const auto bundle = mc::readBundle(result.modelFile);
    QVERIFY2(bundle.ok(), bundle.error.detail.c_str());
    mc::BundleError error;
    const auto reloaded = mc::Forecaster::fromBundle(bundle.bundle, error);
    QVERIFY2(reloaded, error.detail.c_str());
    const auto again = reloaded->attentionWeights(one, why);
    QVERIFY(again);
    for (std::size_t i = 0; i < map->weights.size(); ++i)
        QVERIFY(std::abs(again->weights[i] - map->weights[i]) < 1e-6f);
}

void TestAttentionWeights::otherModelsHaveNone()
{
    torch::manual_seed(3);
    const auto c = config("lstm");
    mc::StopToken stop;
    const auto dataset = toy::sineDataset();
    const auto result = mc::runExperiment(c, stop, {}, &dataset);
    QVERIFY2(result.ok(), result.error.c_str());
    std::string why;
    QVERIFY(!result.training.model->attentionWeights(result.data.test.inputOf(0), why));
    QVERIFY(!why.empty());
}

QTEST_GUILESS_MAIN(TestAttentionWeights)
#include "tst_attention_weights.moc"
