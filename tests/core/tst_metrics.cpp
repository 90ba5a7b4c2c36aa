// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QtTest>

#include <cmath>

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handComputed();
    void zeroObservationsExcludedFromMape();
    void missingPairsIgnored();
    void perHorizonSplit();
    void skill();
};

// Values worked by hand: errors 0.5, -1, 1.5, 0; observed mean 2.5.
void TestMetrics::handComputed()
{
    const std::vector<double> obs = {1, 2, 3, 4};
    const std::vector<double> pred = {1.5, 1, 4.5, 4};
    const auto m = mc::computeMetrics(obs, pred);
    QCOMPARE(m.count, std::size_t(4));
    QVERIFY(qFuzzyCompare(m.rmse, std::sqrt((0.25 + 1 + 2.25 + 0) / 4)));
    QVERIFY(qFuzzyCompare(m.mae, 3.0 / 4));
    QVERIFY(qFuzzyCompare(m.bias, 1.0 / 4));
    QVERIFY(qFuzzyCompare(m.mape, 100.0 * (0.5 / 1 + 1.0 / 2 + 1.5 / 3 + 0) / 4));
    QVERIFY(qFuzzyCompare(m.nse, 1.0 - 3.5 / 5.0));
    // Pearson: pred mean 2.75; sum (o-2.5)(p-2.75) = 5.5; sum (o-2.5)^2 = 5; sum (p-2.75)^2 = 9.25.
    QVERIFY(qFuzzyCompare(m.r2, (5.5 * 5.5) / (5.0 * 9.25)));
}

void TestMetrics::zeroObservationsExcludedFromMape()
{
    const auto m = mc::computeMetrics({0, 2}, {1, 3});
    QVERIFY(qFuzzyCompare(m.mape, 50.0));
    QVERIFY(std::isnan(mc::computeMetrics({0, 0}, {1, 1}).mape));
}

void TestMetrics::missingPairsIgnored()
{
    const double nan = std::nan("");
    const auto m = mc::computeMetrics({1, nan, 3}, {2, 5, nan});
    QCOMPARE(m.count, std::size_t(1));
    QVERIFY(qFuzzyCompare(m.rmse, 1.0));
    QVERIFY(std::isnan(m.r2));  // one pair: no spread
}

void TestMetrics::perHorizonSplit()
{
    // Two windows, horizon 2: step 1 is perfect, step 2 is off by 2.
    const auto hm = mc::computeHorizonMetrics({1, 2, 3, 4}, {1, 4, 3, 6}, 2);
    QCOMPARE(hm.perHorizon.size(), std::size_t(2));
    QCOMPARE(hm.perHorizon[0].rmse, 0.0);
    QVERIFY(qFuzzyCompare(hm.perHorizon[1].rmse, 2.0));
    QVERIFY(qFuzzyCompare(hm.pooled.rmse, std::sqrt(2.0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mc::computeHorizonMetrics({1, 2, 3}, {1, 2, 3}, 2));
}

void TestMetrics::skill()
{
    QVERIFY(qFuzzyCompare(mc::skillScore(0.5, 1.0), 0.5));
    QVERIFY(mc::skillScore(2.0, 1.0) < 0);
    QVERIFY(std::isnan(mc::skillScore(1.0, 0.0)));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
