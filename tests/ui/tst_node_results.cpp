// SPDX-License-Identifier: GPL-3.0-or-later
// Issues 8 and 9, GUI part: the results of multi-node runs (several stations, a grid): the node
// selector and its chart, the per-node scores, the frame view of grids and the station map.
#include "forecast_chart.h"
#include "frame_view.h"
#include "language_manager.h"
#include "node_metrics_table.h"
#include "qcustomplot_include.h"
#include "results_panel.h"
#include "run_list_model.h"
#include "sample_run.h"
#include "station_map_view.h"
#include "time_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QtTest>

#include <cmath>

using mcui::NodeMetricsTable;

namespace {

constexpr int kOrigins = 40;
constexpr int kHorizon = 2;
const mc::TimePoint kFirstOrigin = *mc::daysFromCivil(2020, 1, 1) * mc::kSecondsPerDay;

// Node n's observation at origin g, step k: a seasonal wave, each node offset, so every value is
// told apart; the model is a little off, by a node-specific amount.
double observedAt(int node, int g, int k) { return 15 + node + 3 * std::sin((g + k + 1) / 6.0); }
double predictedAt(int node, int g, int k) { return observedAt(node, g, k) + 0.1 * (node + 1) * std::cos(g + k); }

// A finished multi-node result built field by field, as evaluate() lays it out: window = origin * N + node.
std::shared_ptr<mc::ExperimentResult> makeResult(mc::NodeLayout layout, const std::vector<mc::NodeInfo>& where,
                                                 int rows = 0, int cols = 0, const std::string& model = "gnn")
{
    auto r = std::make_shared<mc::ExperimentResult>();
    const int n = int(where.size());
    r->config.model = model;
    r->config.params.set("neighbours", std::int64_t{1});
    auto& d = r->data;
    d.layout = layout;
    d.target = "temp";
    r->units["temp"] = "°C";
    d.nodeInfo = where;
    d.gridRows = rows;
    d.gridCols = cols;
    for (int i = 0; i < n; ++i)
        d.nodes.push_back((layout == mc::NodeLayout::Grid ? "cell" : "st") + std::to_string(i));
    auto& w = d.test;
    w.horizon = kHorizon;
    w.count = std::size_t(kOrigins * n);
    for (int g = 0; g < kOrigins; ++g)
        for (int i = 0; i < n; ++i) {
            w.node.push_back(i);
            w.originTime.push_back(kFirstOrigin + g * mc::kSecondsPerDay);
            for (int k = 0; k < kHorizon; ++k) {
                w.validTime.push_back(kFirstOrigin + (g + k + 1) * mc::kSecondsPerDay);
                w.observed.push_back(observedAt(i, g, k));
                r->predicted.push_back(predictedAt(i, g, k));
                r->persistence.push_back(observedAt(i, g, -1));
                r->climatology.push_back(15 + i);
            }
        }
    const auto nodes = static_cast<std::size_t>(n);
    std::vector<std::vector<double>> obs(nodes), pred(nodes), pers(nodes);
    for (std::size_t j = 0; j < w.count; ++j)
        for (int k = 0; k < kHorizon; ++k) {
            const std::size_t at = j * kHorizon + std::size_t(k);
            obs[std::size_t(w.node[j])].push_back(w.observed[at]);
            pred[std::size_t(w.node[j])].push_back(r->predicted[at]);
            pers[std::size_t(w.node[j])].push_back(r->persistence[at]);
        }
    for (int i = 0; i < n; ++i) {
        mc::NodeScore s;
        s.node = d.nodes[std::size_t(i)];
        s.model = mc::computeHorizonMetrics(obs[std::size_t(i)], pred[std::size_t(i)], kHorizon);
        s.persistence = mc::computeHorizonMetrics(obs[std::size_t(i)], pers[std::size_t(i)], kHorizon);
        s.climatology.pooled.rmse = 1.5 + i;
        s.skill = mc::skillScore(s.model.pooled.rmse, s.persistence.pooled.rmse);
        r->perNode.push_back(s);
    }
    r->model = mc::computeHorizonMetrics(w.observed, r->predicted, kHorizon);
    r->persistenceScore = mc::computeHorizonMetrics(w.observed, r->persistence, kHorizon);
    r->climatologyScore.pooled.rmse = 2.5;
    r->skill = mc::skillScore(r->model.pooled.rmse, r->persistenceScore.pooled.rmse);
    return r;
}

// Four estuary stations (GTM-like positions).
std::shared_ptr<mc::ExperimentResult> stationsResult(const std::string& model = "gnn")
{
    return makeResult(mc::NodeLayout::Stations,
                      {{30.0, -81.35}, {29.95, -81.31}, {29.80, -81.27}, {29.55, -81.20}}, 0, 0, model);
}

// A 2 × 3 grid stored north to south (as many NetCDF files are), one cell never observed.
std::shared_ptr<mc::ExperimentResult> gridResult()
{
    std::vector<mc::NodeInfo> where;
    for (double lat : {45.5, 45.0})
        for (double lon : {-125.0, -124.5, -124.0})
            where.push_back({lat, lon});
    auto r = makeResult(mc::NodeLayout::Grid, where, 2, 3, "convlstm");
    const std::size_t n = where.size();
    for (std::size_t g = 0; g < kOrigins; ++g)
        for (std::size_t k = 0; k < kHorizon; ++k)
            r->data.test.observed[(g * n + 5) * kHorizon + k] = std::nan("");  // a land cell
    return r;
}

}  // namespace

class TestNodeResults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void selectorListsTheNodes();
    void oneStationRunHasNoSelector();
    void switchingNodeChartsThatNode();
    void exportFollowsTheNode();
    void forecastAheadFollowsTheNode();
    void aheadOpensOnRecentHistory();
    void runListNamesThePlace();
    void nodeMetricsEqualPerNode();
    void frameViewHoldsTheChosenFrame();
    void mapHasOnePointPerStationAndClickSelects();
    void mapDrawsEdgesOnlyForTheGnn();
    void chineseReachesTheNewViews();
    void screenshots();
    void screenshotsOfRealRuns();

private:
    void show(mcui::RunResultPtr result, const QString& name = QStringLiteral("run A"));
    [[nodiscard]] QCPGraph* graph(const QString& name) const;
    [[nodiscard]] QTabWidget* pages() const { return m_panel->findChild<QTabWidget*>(QStringLiteral("resultsPages")); }
    [[nodiscard]] QComboBox* combo() const { return m_panel->findChild<QComboBox*>(QStringLiteral("nodeCombo")); }

    std::unique_ptr<mcui::ResultsPanel> m_panel;
    int m_nextId = 1;
};

void TestNodeResults::init()
{
    m_panel = std::make_unique<mcui::ResultsPanel>();
    m_panel->resize(1300, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestNodeResults::show(mcui::RunResultPtr result, const QString& name)
{
    mcui::RunRecord run{m_nextId++, name, QDateTime::currentDateTime(), std::move(result)};
    m_panel->showRun(&run);
    QCoreApplication::processEvents();
}

QCPGraph* TestNodeResults::graph(const QString& name) const
{
    auto* plot = m_panel->findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    return nullptr;
}

void TestNodeResults::selectorListsTheNodes()
{
    show(stationsResult());
    QVERIFY(combo()->isVisibleTo(m_panel.get()));
    QCOMPARE(combo()->count(), 4);
    QCOMPARE(combo()->itemText(2), QStringLiteral("st2"));
    bool labelled = false;
    for (auto* l : m_panel->findChildren<QLabel*>())
        labelled |= l->buddy() == combo() && l->text().startsWith(QStringLiteral("Station"));
    QVERIFY(labelled);
    QCOMPARE(pages()->count(), 2);
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("resultsHeader"))->text().contains(QStringLiteral("4 stations")));

    show(gridResult());
    QCOMPARE(combo()->count(), 6);
    QVERIFY(combo()->itemText(4).startsWith(QStringLiteral("cell4 (45.00")));
    labelled = false;
    for (auto* l : m_panel->findChildren<QLabel*>())
        labelled |= l->buddy() == combo() && l->text().startsWith(QStringLiteral("Grid cell"));
    QVERIFY(labelled);
    QCOMPARE(pages()->widget(1)->objectName(), QStringLiteral("frameView"));
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("resultsHeader"))->text().contains(QStringLiteral("2×3 grid")));
}

void TestNodeResults::oneStationRunHasNoSelector()
{
    const auto r = sample_run::run(sample_run::smallConfig());
    show(r);
    QVERIFY(!combo()->isVisibleTo(m_panel.get()));
    QVERIFY(!m_panel->findChild<NodeMetricsTable*>(QStringLiteral("nodeMetricsTable"))->isVisibleTo(m_panel.get()));
    QCOMPARE(pages()->count(), 1);
    QVERIFY(!pages()->tabBar()->isVisible());
    QCOMPARE(graph(QStringLiteral("observed"))->dataCount(), sample_run::expectedPoints(*r, 1));
}

void TestNodeResults::switchingNodeChartsThatNode()
{
    const auto r = stationsResult();
    show(r);
    for (int node : {0, 3, 1}) {
        m_panel->setCurrentNode(node);
        QCOMPARE(combo()->currentIndex(), node);
        for (int step : {1, 2}) {
            m_panel->setHorizon(step);
            const auto observed = graph(QStringLiteral("observed"))->data();
            const auto predicted = graph(QStringLiteral("predicted"))->data();
            QCOMPARE(observed->size(), kOrigins);
            for (int g : {0, 17, kOrigins - 1}) {
                QCOMPARE(observed->at(g)->key, double(kFirstOrigin + (g + step) * mc::kSecondsPerDay));
                QCOMPARE(observed->at(g)->value, observedAt(node, g, step - 1));
                QCOMPARE(predicted->at(g)->value, predictedAt(node, g, step - 1));
            }
        }
    }
    const auto chart = mcui::forecastChartData(*r, 1, 3);
    QVERIFY(chart.title.contains(QStringLiteral("st3")));
    QVERIFY(chart.caption.contains(QString::number(r->perNode[3].model.perHorizon[0].rmse, 'g', 3)));
}

void TestNodeResults::exportFollowsTheNode()
{
    const auto r = stationsResult();
    mcui::RunRecord run{7, QStringLiteral("multi"), QDateTime::currentDateTime(), r};
    mcui::ChartExportSettings s;
    s.node = 2;
    QVERIFY(mcui::chartFileName(run, s).contains(QStringLiteral("st2")));
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_node_results_export.png"));
    QCOMPARE(mcui::exportForecastChart(run, path, s), QString());
    QVERIFY(QFileInfo(path).size() > 1000);
    QFile::remove(path);
}

// Multi-node runs forecast ahead per node: the check box and the dashed series follow the node shown.
void TestNodeResults::forecastAheadFollowsTheNode()
{
    auto r = stationsResult();
    const mc::TimePoint origin = kFirstOrigin + (kOrigins + kHorizon) * mc::kSecondsPerDay;
    for (int i = 0; i < 4; ++i) {
        if (i == 2)
            continue;  // station st2 has no forecast ahead
        mc::AheadForecast a;
        a.node = r->data.nodes[std::size_t(i)];
        a.origin = origin;
        a.lastObserved = i == 3 ? std::nan("") : 20.0 + i;  // st3's last value is missing
        for (int k = 0; k < kHorizon; ++k) {
            a.validTime.push_back(origin + (k + 1) * mc::kSecondsPerDay);
            a.predicted.push_back(100.0 * (i + 1) + k);
        }
        for (int k = 0; k < 3; ++k) {  // the node's recent observations, ending at the origin
            a.recentTime.push_back(origin - (2 - k) * mc::kSecondsPerDay);
            a.recentObserved.push_back(k == 2 ? a.lastObserved : 50.0 + 10 * i + k);
        }
        r->aheadPerNode.push_back(a);
    }
    show(r);
    auto* check = m_panel->findChild<QCheckBox*>(QStringLiteral("aheadCheck"));
    QVERIFY(check);
    m_panel->setShowAhead(true);
    for (int node : {1, 0, 2, 3}) {
        m_panel->setCurrentNode(node);
        QCoreApplication::processEvents();
        QCOMPARE(check->isEnabled(), node != 2);
        auto* ahead = graph(QStringLiteral("ahead"));
        if (node == 2) {
            QVERIFY(!ahead || ahead->dataCount() == 0);
            continue;
        }
        QVERIFY(ahead);
        const auto data = ahead->data();
        // The dashed line starts at the last observation, when there is one, then the steps ahead.
        const int first = node == 3 ? 0 : 1;
        QCOMPARE(data->size(), kHorizon + first);
        if (first)
            QCOMPARE(data->at(0)->value, 20.0 + node);
        for (int k = 0; k < kHorizon; ++k) {
            QCOMPARE(data->at(first + k)->key, double(origin + (k + 1) * mc::kSecondsPerDay));
            QCOMPARE(data->at(first + k)->value, 100.0 * (node + 1) + k);
        }
        // The node's own recent observations, drawn as observed up to where the dashed line starts.
        auto* recent = graph(QStringLiteral("recent"));
        QVERIFY(recent);
        QCOMPARE(recent->pen().color(), graph(QStringLiteral("observed"))->pen().color());
        QCOMPARE(recent->dataCount(), 3);
        for (int k = 0; k < 2; ++k) {
            QCOMPARE(recent->data()->at(k)->key, double(origin - (2 - k) * mc::kSecondsPerDay));
            QCOMPARE(recent->data()->at(k)->value, 50.0 + 10 * node + k);
        }
        QCOMPARE(recent->data()->at(2)->key, double(origin));
        if (node == 3)
            QVERIFY(std::isnan(recent->data()->at(2)->value));
        else
            QCOMPARE(recent->data()->at(2)->value, 20.0 + node);
    }
    // The CLI's charts (recent steps only) carry the node's recent observations too.
    auto cli = mcui::forecastChartData(*r, 1, 1);
    mcui::addAheadForecast(cli, *r, 90, 1);
    QCOMPARE(cli.recentTime.size(), 3);
    QCOMPARE(cli.recentObserved.first(), 60.0);
    QCOMPARE(cli.recentObserved.last(), 21.0);
    mcui::addAheadForecast(cli, *r, 90, 2);  // no forecast ahead: nothing of the last node's is left
    QVERIFY(cli.recentTime.isEmpty() && cli.aheadTime.isEmpty());
    QVERIFY(mcui::aheadForecastOf(*r, 2) == nullptr);
    QCOMPARE(mcui::aheadForecastOf(*r, 1)->node, std::string("st1"));
    QVERIFY(mcui::aheadForecastOf(*r, 9) == nullptr);
}

// Data that runs on long after the test range (GTM: test 2018, data to 2022): the forecast ahead
// opens on its recent observations and the steps ahead, not on years of empty chart; Reset zoom
// shows all, and unchecking brings the whole test range back.
void TestNodeResults::aheadOpensOnRecentHistory()
{
    auto r = stationsResult();
    const mc::TimePoint testEnd = kFirstOrigin + (kOrigins + kHorizon - 1) * mc::kSecondsPerDay;
    const mc::TimePoint origin = testEnd + 3 * 365 * mc::kSecondsPerDay;
    mc::AheadForecast a;
    a.node = r->data.nodes[0];
    a.origin = origin;
    a.lastObserved = 21.5;
    for (int k = 0; k < kHorizon; ++k) {
        a.validTime.push_back(origin + (k + 1) * mc::kSecondsPerDay);
        a.predicted.push_back(22.0 + k);
    }
    for (int k = 0; k < 10; ++k) {
        a.recentTime.push_back(origin - (9 - k) * mc::kSecondsPerDay);
        a.recentObserved.push_back(k == 9 ? a.lastObserved : 18.0 + 0.3 * k);
    }
    r->aheadPerNode.push_back(a);
    show(r);
    m_panel->setCurrentNode(0);
    QCoreApplication::processEvents();
    auto* plot = m_panel->findChild<QCustomPlot*>(QStringLiteral("forecastPlot"));
    const QCPRange all = plot->xAxis->range();
    QVERIFY(all.lower <= double(kFirstOrigin + mc::kSecondsPerDay));
    QVERIFY(!graph(QStringLiteral("recent")));

    m_panel->setShowAhead(true);
    QCoreApplication::processEvents();
    auto* recent = graph(QStringLiteral("recent"));
    QVERIFY(recent);
    QCOMPARE(recent->dataCount(), 10);
    QCOMPARE(recent->data()->at(0)->value, 18.0);
    QCOMPARE(recent->name(), QStringLiteral("Recent observations"));
    const QCPRange focus = plot->xAxis->range();
    QVERIFY2(focus.lower <= double(a.recentTime.front()) && focus.upper >= double(a.validTime.back()),
             qPrintable(QStringLiteral("%1 .. %2").arg(focus.lower).arg(focus.upper)));
    // Zoomed in: the test range (three years earlier) is out of view, and so is most of the gap.
    QVERIFY(focus.lower > double(testEnd) + 300 * mc::kSecondsPerDay);
    QVERIFY(focus.size() < 20.0 * mc::kSecondsPerDay);
    // The value axis fits what is in view: the recent values and the steps ahead.
    QVERIFY(plot->yAxis->range().contains(18.0) && plot->yAxis->range().contains(23.0));
    QVERIFY(plot->yAxis->range().size() < 20.0);
    // Hovering there reads out the recent observation or the step ahead, not a test point years away.
    const auto hoverAt = [&](mc::TimePoint t) {
        const QPointF pos(plot->xAxis->coordToPixel(double(t)) + 0.3, plot->axisRect()->rect().center().y());
        QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &move);
        return m_panel->readoutText();
    };
    QString text = hoverAt(a.recentTime[5]);
    QVERIFY2(text.contains(QString::fromStdString(mc::formatTime(a.recentTime[5], true))), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(a.recentObserved[5], 'f', 2)), qPrintable(text));
    text = hoverAt(a.validTime.back());
    QVERIFY2(text.contains(QString::fromStdString(mc::formatTime(a.validTime.back(), true))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Forecast ahead")) && text.contains(QLocale().toString(23.0, 'f', 2)), qPrintable(text));

    m_panel->resetZoom();
    QCoreApplication::processEvents();
    QVERIFY(plot->xAxis->range().lower <= double(kFirstOrigin + mc::kSecondsPerDay));
    QVERIFY(plot->xAxis->range().upper >= double(a.validTime.back()));

    m_panel->setShowAhead(false);
    QCoreApplication::processEvents();
    QVERIFY(!graph(QStringLiteral("recent")));
    QVERIFY(plot->xAxis->range().lower <= double(kFirstOrigin + mc::kSecondsPerDay));
    QVERIFY(plot->xAxis->range().upper < double(testEnd) + 5 * mc::kSecondsPerDay);
}

void TestNodeResults::runListNamesThePlace()
{
    auto stations = stationsResult();
    stations->training.epochsRun = 5;
    mcui::RunListModel runs;
    runs.addRun(stations, QStringLiteral("multi"));
    runs.addRun(gridResult(), QStringLiteral("grid"));
    const QString tip = runs.data(runs.index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("temp at 4 stations")), qPrintable(tip));
    QVERIFY(runs.data(runs.index(1, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("temp at 2×3 grid")));
}

void TestNodeResults::nodeMetricsEqualPerNode()
{
    const auto r = stationsResult();
    show(r);
    auto* table = m_panel->findChild<NodeMetricsTable*>(QStringLiteral("nodeMetricsTable"));
    QVERIFY(table->isVisibleTo(m_panel.get()));
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(0, NodeMetricsTable::NodeColumn)->text(), QStringLiteral("All stations"));
    QCOMPARE(table->item(0, NodeMetricsTable::ModelColumn)->data(Qt::UserRole).toDouble(), r->model.pooled.rmse);
    QCOMPARE(table->item(0, NodeMetricsTable::SkillColumn)->data(Qt::UserRole).toDouble(), r->skill);
    for (int i = 0; i < 4; ++i) {
        const auto& n = r->perNode[std::size_t(i)];
        QCOMPARE(table->item(i + 1, NodeMetricsTable::NodeColumn)->text(), QString::fromStdString(n.node));
        QCOMPARE(table->item(i + 1, NodeMetricsTable::ModelColumn)->data(Qt::UserRole).toDouble(), n.model.pooled.rmse);
        QCOMPARE(table->item(i + 1, NodeMetricsTable::PersistenceColumn)->data(Qt::UserRole).toDouble(), n.persistence.pooled.rmse);
        QCOMPARE(table->item(i + 1, NodeMetricsTable::ClimatologyColumn)->data(Qt::UserRole).toDouble(), n.climatology.pooled.rmse);
        QCOMPARE(table->item(i + 1, NodeMetricsTable::SkillColumn)->data(Qt::UserRole).toDouble(), n.skill);
    }
    // Choosing a row charts that node.
    table->setCurrentCell(3, NodeMetricsTable::ModelColumn);
    QCOMPARE(m_panel->currentNode(), 2);
    QCOMPARE(graph(QStringLiteral("observed"))->data()->at(0)->value, observedAt(2, 0, 0));
}

void TestNodeResults::frameViewHoldsTheChosenFrame()
{
    const auto r = gridResult();
    show(r);
    auto* frames = m_panel->findChild<mcui::FrameView*>(QStringLiteral("frameView"));
    pages()->setCurrentWidget(frames);
    QCOMPARE(frames->originCount(), kOrigins);
    m_panel->setHorizon(2);
    frames->setOrigin(11);
    QVERIFY(frames->dateText().startsWith(QStringLiteral("2020-01-14")));  // origin Jan 12, step 2
    for (auto* map : {frames->observedMap(), frames->predictedMap()}) {
        QCOMPARE(map->data()->keySize(), 3);
        QCOMPARE(map->data()->valueSize(), 2);
    }
    for (int node = 0; node < 6; ++node) {
        const auto& at = r->data.nodeInfo[std::size_t(node)];
        int key = -1, value = -1;
        frames->observedMap()->data()->coordToCell(at.longitude, at.latitude, &key, &value);
        QCOMPARE(key, node % 3);      // west to east
        QCOMPARE(value, 1 - node / 3);  // row 0 is the northern one: the upper cell
        const double observed = frames->observedMap()->data()->cell(key, value);
        if (node == 5)
            QVERIFY(std::isnan(observed));  // never observed: blank, not zero
        else
            QCOMPARE(observed, observedAt(node, 11, 1));
        QCOMPARE(frames->predictedMap()->data()->cell(key, value), predictedAt(node, 11, 1));
    }
    QCOMPARE(frames->observedMap()->colorScale(), frames->predictedMap()->colorScale());
    frames->setOrigin(0);
    QCOMPARE(frames->observedMap()->data()->cell(0, 1), observedAt(0, 0, 1));
}

void TestNodeResults::mapHasOnePointPerStationAndClickSelects()
{
    const auto r = stationsResult();
    show(r);
    auto* map = m_panel->findChild<mcui::StationMapView*>(QStringLiteral("stationMapView"));
    pages()->setCurrentWidget(map);
    QCoreApplication::processEvents();
    map->plot()->replot();
    QCOMPARE(map->stationCount(), 4);
    int points = 0;
    for (int i = 0; i < map->plot()->graphCount(); ++i)
        points += map->plot()->graph(i)->objectName() == QStringLiteral("station") ? map->plot()->graph(i)->dataCount() : 0;
    QCOMPARE(points, 4);
    const QPointF at = map->stationPixel(3);
    QVERIFY(map->plot()->axisRect()->rect().contains(at.toPoint()));
    QTest::mouseClick(map->plot(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(m_panel->currentNode(), 3);
    QCOMPARE(combo()->currentText(), QStringLiteral("st3"));
    QCOMPARE(graph(QStringLiteral("observed"))->data()->at(0)->value, observedAt(3, 0, 0));
    // Far from every station: nothing changes.
    QTest::mouseClick(map->plot(), Qt::LeftButton, Qt::NoModifier, map->plot()->axisRect()->rect().topRight() + QPoint(-3, 3));
    QCOMPARE(m_panel->currentNode(), 3);
}

void TestNodeResults::mapDrawsEdgesOnlyForTheGnn()
{
    show(stationsResult("gnn"));
    auto* map = m_panel->findChild<mcui::StationMapView*>(QStringLiteral("stationMapView"));
    // k = 1 nearest neighbour along a chain of four stations, symmetrised: st0–st1, st1–st2, st2–st3.
    QCOMPARE(map->edgeCount(), 3);
    QCOMPARE(map->plot()->itemCount(), 3 + 4);  // edges and labels
    show(stationsResult("convlstm"));
    QCOMPARE(map->edgeCount(), 0);
    QCOMPARE(map->stationCount(), 4);
}

void TestNodeResults::chineseReachesTheNewViews()
{
    show(stationsResult());
    auto* table = m_panel->findChild<NodeMetricsTable*>(QStringLiteral("nodeMetricsTable"));
    QVERIFY(mcui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    QCOMPARE(table->item(0, NodeMetricsTable::NodeColumn)->text(), QStringLiteral("全部站点"));
    QCOMPARE(table->horizontalHeaderItem(NodeMetricsTable::NodeColumn)->text(), QStringLiteral("站点"));
    QCOMPARE(pages()->tabText(1), QStringLiteral("站点地图"));
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("resultsHeader"))->text().contains(QStringLiteral("4 个站点")));
    show(gridResult());
    QCOMPARE(pages()->tabText(1), QStringLiteral("帧视图"));
    QVERIFY(combo()->itemText(0).contains(QStringLiteral("北纬")));
    QVERIFY(mcui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(pages()->tabText(1), QStringLiteral("Frames"));
    QVERIFY(combo()->itemText(0).contains(QStringLiteral("° N")));
}

void TestNodeResults::screenshots()
{
    const QString dir = qEnvironmentVariable("MARINECAST_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MARINECAST_SCREENSHOTS not set");
    show(stationsResult(), QStringLiteral("GNN, four stations"));
    m_panel->setCurrentNode(1);
    m_panel->setBaselines({true, false});
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("node_chart.png"))));
    pages()->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("node_map.png"))));
    show(gridResult(), QStringLiteral("ConvLSTM, 2×3 grid"));
    pages()->setCurrentIndex(1);
    m_panel->findChild<mcui::FrameView*>(QStringLiteral("frameView"))->setOrigin(11);
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("node_frames.png"))));
}

// Real, small runs on the shared data (a GNN over the four GTM water stations, a ConvLSTM over the
// OISST 2 × 2 grid), for pictures of what an analyst sees. Off unless both variables are set.
void TestNodeResults::screenshotsOfRealRuns()
{
    const QString dir = qEnvironmentVariable("MARINECAST_SCREENSHOTS");
    const QString data = qEnvironmentVariable("MARINECAST_DATA_DIR");
    if (dir.isEmpty() || data.isEmpty() || !QDir(data).exists())
        QSKIP("MARINECAST_SCREENSHOTS or MARINECAST_DATA_DIR not set");
    const auto runOn = [&](const std::string& model, const QString& path, const std::string& target) {
        mc::RunConfig c;
        c.dataPaths = {QFile::encodeName(QDir(data).filePath(path)).toStdString()};
        c.target = target;
        c.model = model;
        c.params.set("epochs", std::int64_t{5});
        c.params.set("threads", std::int64_t{1});
        c.params.set("device", std::string("cpu"));
        c.params.set("seed", std::int64_t{7});
        return c;
    };
    auto gnn = runOn("gnn", QStringLiteral("nerrs-swmp-gtm-daily/daily"), "temp_mean");
    gnn.import.stationsFile = QFile::encodeName(QDir(data).filePath(QStringLiteral("nerrs-swmp-gtm-daily/sampling_stations.csv"))).toStdString();
    mc::StopToken stop;
    auto stations = std::make_shared<mc::ExperimentResult>(mc::runExperiment(gnn, stop));
    QVERIFY2(stations->ok(), stations->error.c_str());
    QCOMPARE(stations->data.layout, mc::NodeLayout::Stations);
    show(stations, QStringLiteral("GNN on the GTM stations"));
    m_panel->setCurrentNode(1);
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("real_stations_chart.png"))));
    m_panel->setShowAhead(true);
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("real_stations_ahead.png"))));
    m_panel->setShowAhead(false);
    pages()->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("real_stations_map.png"))));

    auto conv = runOn("convlstm", QStringLiteral("noaa-oisst-wa-2x2-daily/oisst_short.nc"), "oisst_short");
    const auto day = [](int y, int m, int d) { return *mc::daysFromCivil(y, m, d) * mc::kSecondsPerDay; };
    conv.trainRange = {day(2015, 1, 1), day(2019, 12, 31)};
    conv.testRange = {day(2020, 1, 1), day(2020, 12, 31)};
    auto grid = std::make_shared<mc::ExperimentResult>(mc::runExperiment(conv, stop));
    QVERIFY2(grid->ok(), grid->error.c_str());
    QCOMPARE(grid->data.layout, mc::NodeLayout::Grid);
    show(grid, QStringLiteral("ConvLSTM on OISST"));
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("real_grid_chart.png"))));
    pages()->setCurrentIndex(1);
    m_panel->findChild<mcui::FrameView*>(QStringLiteral("frameView"))->setOrigin(200);
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("real_grid_frames.png"))));
}

QTEST_MAIN(TestNodeResults)
#include "tst_node_results.moc"
