// SPDX-License-Identifier: GPL-3.0-or-later
// The data tree and the preview plot (issue "analyst's desktop workflow", items 2 and 3).
#include "csv_import.h"
#include "data_preview_panel.h"
#include "data_tree_panel.h"
#include "dataset.h"
#include "language_manager.h"
#include "main_window.h"
#include "sample_run.h"
#include "qcustomplot_include.h"
#include "time_format.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>
#include <memory>

using Pairs = QList<QPair<QString, QString>>;

namespace {

std::shared_ptr<const mc::Dataset> sample() { return sample_run::sharedSampleDataset(); }

// Runs of consecutive missing values, counted here rather than by the panel's own code.
int nanRuns(const std::vector<double>& v)
{
    int runs = 0;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (std::isnan(v[i]) && (i == 0 || !std::isnan(v[i - 1])))
            ++runs;
    return runs;
}

QList<QCPItemRect*> rects(QCustomPlot* plot)
{
    QList<QCPItemRect*> out;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* r = qobject_cast<QCPItemRect*>(plot->item(i)))
            out.append(r);
    return out;
}

}  // namespace

class TestDataPanels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeListsStationsAndVariables();
    void treeMissingShareMatchesData();
    void treeFooterAndSyntheticMarker();
    void selectingAndCheckingEmit();
    void previewOneGraphPerSeries();
    void previewSecondUnitOnRightAxis();
    void previewStandardisesThreeUnits();
    void previewDoubleClickResetsWheelZooms();
    void previewPlaceholderWithoutSeries();
    void previewMillionPoints();
    void previewMarksRejectedAndFilled();
    void previewAxisUsesCatalogueLabel();
};

void TestDataPanels::treeListsStationsAndVariables()
{
    mcui::DataTreePanel panel;
    panel.setDataset(sample());
    auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("dataTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    for (int i = 0; i < 3; ++i) {
        auto* st = tree->topLevelItem(i);
        QVERIFY(st->text(0).startsWith(QStringLiteral("station%1").arg(i + 1)));
        // Coordinates from the sample's header line are on the station row.
        QVERIFY2(st->text(0).contains(QStringLiteral("° N")) && st->text(0).contains(QStringLiteral("° W")), qPrintable(st->text(0)));
        QCOMPARE(st->childCount(), 5);
    }
    const auto* water = tree->topLevelItem(0)->child(4);
    QCOMPARE(water->data(0, mcui::DataTreePanel::VariableRole).toString(), QStringLiteral("water_temp"));
    QCOMPARE(water->text(1), QStringLiteral("°C"));
    QCOMPARE(tree->topLevelItem(0)->child(3)->text(1), QStringLiteral("PSU"));
}

void TestDataPanels::treeMissingShareMatchesData()
{
    mcui::DataTreePanel panel;
    const auto ds = sample();
    panel.setDataset(ds);
    auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("dataTree"));
    int checked = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            const auto* item = tree->topLevelItem(i)->child(j);
            const auto* st = ds->station(item->data(0, mcui::DataTreePanel::StationRole).toString().toStdString());
            QVERIFY(st);
            const auto& values = st->variables.at(item->data(0, mcui::DataTreePanel::VariableRole).toString().toStdString());
            std::size_t missing = 0;
            long firstValid = -1, lastValid = -1;
            for (std::size_t k = 0; k < values.size(); ++k) {
                if (std::isnan(values[k]))
                    ++missing;
                else {
                    if (firstValid < 0)
                        firstValid = long(k);
                    lastValid = long(k);
                }
            }
            const double expected = double(missing) / double(st->times.size());
            QVERIFY(expected > 0.0 && expected < 0.2);  // the sample has 2–6 % gaps per series
            QCOMPARE(item->data(0, mcui::DataTreePanel::MissingFractionRole).toDouble(), expected);
            QCOMPARE(item->text(2), QLocale().toString(100.0 * expected, 'f', 1) + QStringLiteral(" %"));
            const QString coverage = QString::fromStdString(mc::formatTime(st->times[std::size_t(firstValid)], true))
                + QStringLiteral(" – ") + QString::fromStdString(mc::formatTime(st->times[std::size_t(lastValid)], true));
            QCOMPARE(item->text(3), coverage);
            ++checked;
        }
    }
    QCOMPARE(checked, 15);
}

void TestDataPanels::treeFooterAndSyntheticMarker()
{
    mcui::DataTreePanel panel;
    auto* footer = panel.findChild<QLabel*>(QStringLiteral("dataFooter"));
    auto* badge = panel.findChild<QLabel*>(QStringLiteral("syntheticBadge"));
    QVERIFY(footer && badge);
    QVERIFY(badge->isHidden());
    const auto ds = sample();
    panel.setDataset(ds);
    QVERIFY(!badge->isHidden());
    QVERIFY(badge->text().contains(QStringLiteral("Synthetic")));
    std::size_t missing = 0, total = 0;
    for (const auto& st : ds->stations)
        for (const auto& [name, v] : st.variables) {
            total += v.size();
            for (double x : v)
                missing += std::isnan(x) ? 1 : 0;
        }
    const QString pct = QLocale().toString(100.0 * double(missing) / double(total), 'f', 1);
    QVERIFY2(footer->text().contains(pct + QStringLiteral(" %")), qPrintable(footer->text()));
    QVERIFY(footer->text().contains(QStringLiteral("2013-01-01 – 2018-12-31")));

    auto real = std::make_shared<mc::Dataset>(*ds);
    real->synthetic = false;
    panel.setDataset(real);
    QVERIFY(badge->isHidden());
    panel.setDataset(nullptr);
    QCOMPARE(panel.findChild<QTreeWidget*>(QStringLiteral("dataTree"))->topLevelItemCount(), 0);
}

void TestDataPanels::selectingAndCheckingEmit()
{
    mcui::DataTreePanel panel;
    panel.setDataset(sample());
    auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("dataTree"));
    QSignalSpy selected(&panel, &mcui::DataTreePanel::variableSelected);
    QSignalSpy checkedSpy(&panel, &mcui::DataTreePanel::variablesChecked);

    tree->setCurrentItem(tree->topLevelItem(1)->child(3));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("station2"));
    QCOMPARE(selected.at(0).at(1).toString(), QStringLiteral("salinity"));
    // A station row is not a series: selecting it says nothing.
    tree->setCurrentItem(tree->topLevelItem(0));
    QCOMPARE(selected.count(), 1);

    tree->topLevelItem(0)->child(4)->setCheckState(0, Qt::Checked);
    tree->topLevelItem(2)->child(4)->setCheckState(0, Qt::Checked);
    QCOMPARE(checkedSpy.count(), 2);
    const Pairs expected{{QStringLiteral("station1"), QStringLiteral("water_temp")},
                         {QStringLiteral("station3"), QStringLiteral("water_temp")}};
    QCOMPARE(checkedSpy.last().at(0).value<Pairs>(), expected);
    QCOMPARE(panel.checkedVariables(), expected);

    // Reloading keeps the check marks of series that still exist, and says so once.
    panel.setDataset(sample());
    QCOMPARE(checkedSpy.count(), 3);
    QCOMPARE(panel.checkedVariables(), expected);
}

void TestDataPanels::previewOneGraphPerSeries()
{
    mcui::DataPreviewPanel panel;
    const auto ds = sample();
    panel.setDataset(ds);
    auto* plot = panel.findChild<QCustomPlot*>(QStringLiteral("previewPlot"));
    QVERIFY(plot);
    const Pairs chosen{{QStringLiteral("station1"), QStringLiteral("water_temp")},
                       {QStringLiteral("station2"), QStringLiteral("water_temp")},
                       {QStringLiteral("station9"), QStringLiteral("water_temp")}};  // unknown: skipped
    panel.showSeries(chosen);
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(panel.shownSeries().size(), 2);
    int expectedRects = 0;
    for (int i = 0; i < 2; ++i) {
        const auto* st = ds->station(chosen.at(i).first.toStdString());
        QCOMPARE(plot->graph(i)->data()->size(), int(st->times.size()));
        QCOMPARE(plot->graph(i)->scatterStyle().shape(), QCPScatterStyle::ssNone);
        expectedRects += nanRuns(st->variables.at("water_temp"));
    }
    QVERIFY(plot->graph(0)->pen().color() != plot->graph(1)->pen().color());
    QVERIFY(plot->legend->visible());
    QVERIFY(!plot->yAxis2->visible());  // one unit, one axis

    // One shaded span per run of missing values (the sample has far fewer than the cap).
    const auto spans = rects(plot);
    QCOMPARE(spans.size(), expectedRects);
    QVERIFY(expectedRects > 0);
    const auto& water = ds->station("station1")->variables.at("water_temp");
    const auto& times = ds->station("station1")->times;
    const auto firstGap = std::find_if(water.begin(), water.end(), [](double v) { return std::isnan(v); }) - water.begin();
    const double gapTime = double(times[std::size_t(firstGap)]);
    QVERIFY(std::any_of(spans.begin(), spans.end(), [&](QCPItemRect* r) {
        return r->topLeft->coords().x() <= gapTime && r->bottomRight->coords().x() >= gapTime;
    }));
}

void TestDataPanels::previewSecondUnitOnRightAxis()
{
    mcui::DataPreviewPanel panel;
    panel.setDataset(sample());
    auto* plot = panel.plot();
    panel.showSeries({{QStringLiteral("station1"), QStringLiteral("water_temp")},
                      {QStringLiteral("station1"), QStringLiteral("salinity")},
                      {QStringLiteral("station2"), QStringLiteral("air_temp")}});
    QCOMPARE(plot->graphCount(), 3);
    QVERIFY(plot->yAxis2->visible());
    QCOMPARE(plot->graph(0)->valueAxis(), plot->yAxis);
    QCOMPARE(plot->graph(1)->valueAxis(), plot->yAxis2);
    QCOMPARE(plot->graph(2)->valueAxis(), plot->yAxis);  // °C again: left
    QCOMPARE(plot->yAxis->label(), QStringLiteral("°C"));
    QCOMPARE(plot->yAxis2->label(), QStringLiteral("PSU"));
    // Each axis is fitted to its own series: salinity (~33 PSU) is above every temperature.
    QVERIFY(plot->yAxis2->range().lower > 20);
    QVERIFY(plot->yAxis->range().lower < 15);
}

void TestDataPanels::previewStandardisesThreeUnits()
{
    mcui::DataPreviewPanel panel;
    panel.setDataset(sample());
    auto* plot = panel.plot();
    panel.showSeries({{QStringLiteral("station1"), QStringLiteral("water_temp")},
                      {QStringLiteral("station1"), QStringLiteral("salinity")},
                      {QStringLiteral("station1"), QStringLiteral("dissolved_oxygen")}});
    QCOMPARE(plot->graphCount(), 3);
    QVERIFY(!plot->yAxis2->visible());
    QVERIFY(plot->yAxis->label().contains(QStringLiteral("z-score")));
    for (int i = 0; i < 3; ++i) {
        double sum = 0;
        int n = 0;
        for (auto it = plot->graph(i)->data()->constBegin(); it != plot->graph(i)->data()->constEnd(); ++it)
            if (!std::isnan(it->value)) {
                sum += it->value;
                ++n;
            }
        QVERIFY(std::abs(sum / n) < 1e-9);
    }
}

void TestDataPanels::previewDoubleClickResetsWheelZooms()
{
    mcui::DataPreviewPanel panel;
    panel.resize(900, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setDataset(sample());
    panel.showSeries({{QStringLiteral("station1"), QStringLiteral("water_temp")}});
    auto* plot = panel.plot();
    const QCPRange full = plot->xAxis->range();
    const QCPRange fullY = plot->yAxis->range();

    const QPointF centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 1920), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY2(plot->xAxis->range().size() < full.size() * 0.9, "wheel did not zoom the time axis");
    // The value axis follows the visible part, which holds less of the annual cycle.
    QVERIFY(plot->yAxis->range().size() < fullY.size());

    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QCOMPARE(plot->xAxis->range().lower, full.lower);
    QCOMPARE(plot->xAxis->range().upper, full.upper);
}

void TestDataPanels::previewPlaceholderWithoutSeries()
{
    mcui::DataPreviewPanel panel;
    panel.setDataset(sample());
    panel.showSeries({{QStringLiteral("station1"), QStringLiteral("salinity")}});
    QCOMPARE(panel.plot()->graphCount(), 1);
    panel.showSeries({});
    QCOMPARE(panel.plot()->graphCount(), 0);
    QVERIFY(rects(panel.plot()).isEmpty());
    QVERIFY(panel.plot()->findChild<QCPItemText*>(QStringLiteral("previewPlaceholder")) || panel.plot()->itemCount() == 1);
}

void TestDataPanels::previewMillionPoints()
{
    constexpr int kPoints = 1'000'000;
    auto ds = std::make_shared<mc::Dataset>();
    ds->dateOnly = false;
    ds->units["level"] = "m";
    mc::StationData st;
    st.id = "big";
    st.times.resize(kPoints);
    auto& v = st.variables["level"];
    v.resize(kPoints);
    const mc::TimePoint t0 = *mc::daysFromCivil(2020, 1, 1) * mc::kSecondsPerDay;
    quint32 state = 12345;  // a fixed LCG: the same gaps on every run
    for (int i = 0; i < kPoints; ++i) {
        st.times[std::size_t(i)] = t0 + mc::TimePoint(i) * 60;
        state = state * 1664525u + 1013904223u;
        v[std::size_t(i)] = std::sin(i * 2e-4) + 0.1 * (double(state >> 8) / double(1u << 24));
    }
    // 2,000 short outages: far more than the panel may draw as separate rectangles.
    for (int g = 0; g < 2000; ++g)
        for (int k = 0; k < 5; ++k)
            v[std::size_t(g * 500 + 100 + k)] = std::nan("");
    ds->stations.push_back(std::move(st));

    mcui::DataPreviewPanel panel;
    panel.resize(1200, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QElapsedTimer timer;
    timer.start();
    panel.setDataset(ds);
    panel.showSeries({{QStringLiteral("big"), QStringLiteral("level")}});
    const qint64 loadMs = timer.elapsed();
    auto* plot = panel.plot();
    QCOMPARE(plot->graphCount(), 1);
    QCOMPARE(plot->graph(0)->data()->size(), kPoints);
    QVERIFY(plot->graph(0)->adaptiveSampling());
    // Capped, not collapsed: evenly spaced outages merge into a few hundred spans at most, and
    // together the spans still cover the first and the last outage.
    const auto shaded = rects(plot);
    const int spans = int(shaded.size());
    QVERIFY2(spans >= 50 && spans <= 300, qPrintable(QString::number(spans)));
    const double firstGap = double(t0 + 100 * 60), lastGap = double(t0 + mc::TimePoint(1999 * 500 + 104) * 60);
    double lo = 1e300, hi = -1e300;
    for (auto* r : shaded) {
        lo = std::min(lo, r->topLeft->coords().x());
        hi = std::max(hi, r->bottomRight->coords().x());
    }
    QVERIFY(lo <= firstGap && lo > firstGap - 3600);
    QVERIFY(hi >= lastGap && hi < lastGap + 3600);

    timer.restart();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const qint64 replotMs = timer.elapsed();
    timer.restart();
    plot->xAxis->scaleRange(0.25, plot->xAxis->range().center());
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const qint64 zoomMs = timer.elapsed();
    qInfo("1,000,000 points: load %lld ms, full replot %lld ms, zoomed replot %lld ms, %d shaded spans", loadMs,
          replotMs, zoomMs, spans);
    QVERIFY2(replotMs < 2000, "a full replot of a million points took over 2 s");
    QVERIFY2(zoomMs < 2000, "a zoomed replot of a million points took over 2 s");
}

namespace {

// One day-step series of 20 values: flag rejects at days 3 and 7, a range reject at day 12
// (a reading of 500, far outside the axis), filled values at days 5 and 6.
std::shared_ptr<const mc::Dataset> flaggedDataset()
{
    auto ds = std::make_shared<mc::Dataset>();
    mc::StationData st;
    st.id = "s1";
    std::vector<double> v;
    std::vector<std::uint8_t> origin;
    for (int i = 0; i < 20; ++i) {
        st.times.push_back(mc::TimePoint(i) * mc::kSecondsPerDay);
        v.push_back(10.0 + i * 0.1);
        origin.push_back(std::uint8_t(i == 5 || i == 6 ? mc::PointOrigin::Filled : mc::PointOrigin::Observed));
    }
    for (int i : {3, 7, 12})
        v[std::size_t(i)] = std::numeric_limits<double>::quiet_NaN();
    st.rejected["temp"] = {{3 * mc::kSecondsPerDay, 9.5, mc::RejectReason::Flag, 4},
                           {7 * mc::kSecondsPerDay, 11.5, mc::RejectReason::Flag, -3},
                           {12 * mc::kSecondsPerDay, 500.0, mc::RejectReason::Range, 0}};
    st.variables["temp"] = v;
    st.origins["temp"] = origin;
    st.variables["other"] = std::vector<double>(20, 1.0);
    ds->stations.push_back(std::move(st));
    ds->canonical["temp"] = "water_temperature";
    return ds;
}

const QCPGraph* graphNamed(QCustomPlot* plot, const QString& start)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name().startsWith(start))
            return plot->graph(i);
    return nullptr;
}

}  // namespace

void TestDataPanels::previewMarksRejectedAndFilled()
{
    mcui::DataPreviewPanel panel;
    panel.setDataset(flaggedDataset());
    auto* plot = panel.plot();
    panel.showSeries({{QStringLiteral("s1"), QStringLiteral("temp")}});
    // The series, then flag rejects, range rejects and filled points.
    QCOMPARE(plot->graphCount(), 4);
    const auto* flag = graphNamed(plot, QStringLiteral("Rejected by QC flag (2)"));
    const auto* range = graphNamed(plot, QStringLiteral("Outside physical range (1)"));
    const auto* filled = graphNamed(plot, QStringLiteral("Filled by interpolation (2)"));
    QVERIFY(flag && range && filled);
    QCOMPARE(flag->data()->size(), 2);
    QCOMPARE(flag->data()->at(1)->key, 7.0 * mc::kSecondsPerDay);
    QCOMPARE(flag->data()->at(1)->value, 11.5);
    QCOMPARE(flag->lineStyle(), QCPGraph::lsNone);
    QCOMPARE(flag->scatterStyle().shape(), QCPScatterStyle::ssCross);
    QCOMPARE(range->scatterStyle().shape(), QCPScatterStyle::ssTriangle);
    QCOMPARE(filled->scatterStyle().shape(), QCPScatterStyle::ssCircle);
    QCOMPARE(filled->data()->at(0)->key, 5.0 * mc::kSecondsPerDay);
    for (auto* g : {flag, range, filled})
        QVERIFY(plot->legend->hasItemWithPlottable(g));
    // The reading of 500 does not flatten the series: the axis fits the accepted values and the
    // flag rejects (9.5 is below every accepted value), not the range reject.
    QVERIFY2(plot->yAxis->range().upper < 20, qPrintable(QString::number(plot->yAxis->range().upper)));
    QVERIFY2(plot->yAxis->range().lower < 9.5, qPrintable(QString::number(plot->yAxis->range().lower)));
    // MARINECAST_TEST_OUTPUT keeps a picture for a look by eye.
    if (const QString out = qEnvironmentVariable("MARINECAST_TEST_OUTPUT"); !out.isEmpty() && QDir().mkpath(out))
        plot->savePng(QDir(out).filePath(QStringLiteral("preview_markers.png")), 900, 450);

    // A series without rejects or filled points gets no marker graphs.
    panel.showSeries({{QStringLiteral("s1"), QStringLiteral("other")}});
    QCOMPARE(plot->graphCount(), 1);
    // Two series: each marker set names its series.
    panel.showSeries({{QStringLiteral("s1"), QStringLiteral("temp")}, {QStringLiteral("s1"), QStringLiteral("other")}});
    QCOMPARE(plot->graphCount(), 5);
    QVERIFY(graphNamed(plot, QStringLiteral("s1 · temp: Rejected by QC flag (2)")));
}

void TestDataPanels::previewAxisUsesCatalogueLabel()
{
    mcui::DataPreviewPanel panel;
    panel.setDataset(flaggedDataset());
    panel.showSeries({{QStringLiteral("s1"), QStringLiteral("temp")}});
    QCOMPARE(panel.plot()->yAxis->label(), QStringLiteral("Water temperature (°C)"));
    QVERIFY(mcui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(panel.plot()->yAxis->label(), QStringLiteral("水温 (°C)"));
    QVERIFY(graphNamed(panel.plot(), QStringLiteral("被质量标志剔除 (2)")));
    QVERIFY(mcui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(panel.plot()->yAxis->label(), QStringLiteral("Water temperature (°C)"));
    // Unknown to the catalogue: the variable's own name.
    panel.showSeries({{QStringLiteral("s1"), QStringLiteral("other")}});
    QCOMPARE(panel.plot()->yAxis->label(), QStringLiteral("other"));
}

QTEST_MAIN(TestDataPanels)
#include "tst_data_panels.moc"
