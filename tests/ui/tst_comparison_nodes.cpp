// SPDX-License-Identifier: GPL-3.0-or-later
// Issues 8 and 9, comparison and export: comparing multi-node runs (several stations, a grid)
// labels them by their layout, charts and scores the chosen node, names exported files after it,
// pins the node to a one-station run's station (or says why they cannot share a chart), and names
// monthly steps in months.
#include "comparison_export.h"
#include "comparison_table_widget.h"
#include "comparison_view.h"
#include "node_selector.h"
#include "qcustomplot_include.h"
#include "result_texts.h"
#include "time_format.h"
#include "variable_summary_table.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using mcui::ComparisonTableWidget;

namespace {

constexpr int kOrigins = 30;
constexpr int kHorizon = 2;
const mc::TimePoint kFirstOrigin = *mc::daysFromCivil(2020, 1, 1) * mc::kSecondsPerDay;

double observedAt(int node, int g, int k) { return 10 + 2 * node + std::sin((g + k) / 4.0); }
// Each configuration is off by its own amount, each node by another: every series differs.
double predictedAt(double offset, int node, int g, int k) { return observedAt(node, g, k) + offset * (node + 1) * std::cos(g + k); }

// A finished result laid out as evaluate() does: window = origin * N + node (N = 1: one station).
// A one-station result observes what node @p firstNode of a multi-node one does.
std::shared_ptr<mc::ExperimentResult> makeResult(mc::NodeLayout layout, const std::vector<std::string>& nodes, double offset,
                                                 const std::string& model, int rows = 0, int cols = 0, int firstNode = 0)
{
    auto r = std::make_shared<mc::ExperimentResult>();
    r->config.model = model;
    r->config.params.set("seed", std::int64_t{7});
    auto& d = r->data;
    d.layout = layout;
    d.target = "temp";
    r->units["temp"] = "°C";
    if (layout == mc::NodeLayout::Single)
        d.station = nodes.front();
    d.nodes = nodes;
    d.nodeInfo.assign(nodes.size(), mc::NodeInfo{});
    d.gridRows = rows;
    d.gridCols = cols;
    const int n = int(nodes.size());
    auto& w = d.test;
    w.horizon = kHorizon;
    w.count = std::size_t(kOrigins * n);
    std::vector<std::vector<double>> obs(nodes.size()), pred(nodes.size()), pers(nodes.size());
    for (int g = 0; g < kOrigins; ++g)
        for (int i = 0; i < n; ++i) {
            w.node.push_back(i);
            w.originTime.push_back(kFirstOrigin + g * mc::kSecondsPerDay);
            for (int k = 0; k < kHorizon; ++k) {
                w.validTime.push_back(kFirstOrigin + (g + k + 1) * mc::kSecondsPerDay);
                w.observed.push_back(observedAt(firstNode + i, g, k));
                r->predicted.push_back(predictedAt(offset, firstNode + i, g, k));
                r->persistence.push_back(observedAt(firstNode + i, g, -1));
                r->climatology.push_back(10 + 2 * i);
                obs[std::size_t(i)].push_back(w.observed.back());
                pred[std::size_t(i)].push_back(r->predicted.back());
                pers[std::size_t(i)].push_back(r->persistence.back());
            }
        }
    if (layout != mc::NodeLayout::Single)
        for (int i = 0; i < n; ++i) {
            mc::NodeScore s;
            s.node = nodes[std::size_t(i)];
            s.model = mc::computeHorizonMetrics(obs[std::size_t(i)], pred[std::size_t(i)], kHorizon);
            s.persistence = mc::computeHorizonMetrics(obs[std::size_t(i)], pers[std::size_t(i)], kHorizon);
            s.climatology.pooled.rmse = 3 + i;
            r->perNode.push_back(s);
        }
    r->model = mc::computeHorizonMetrics(w.observed, r->predicted, kHorizon);
    r->persistenceScore = mc::computeHorizonMetrics(w.observed, r->persistence, kHorizon);
    r->climatologyScore.pooled.rmse = 4;
    r->skill = mc::skillScore(r->model.pooled.rmse, r->persistenceScore.pooled.rmse);
    for (int k = 0; k < kHorizon; ++k)
        r->skillPerHorizon.push_back(mc::skillScore(r->model.perHorizon[std::size_t(k)].rmse,
                                                    r->persistenceScore.perHorizon[std::size_t(k)].rmse));
    return r;
}

const std::vector<std::string> kStations{"st0", "st1", "st2", "st3"};

double cell(ComparisonTableWidget* table, const char* key, int column)
{
    auto* row = table->rowForKey(QLatin1String(key));
    return row ? row->data(column, ComparisonTableWidget::ValueRole).toDouble() : std::nan("");
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-3 * std::max(1.0, std::abs(b)); }

QTreeWidgetItem* group(ComparisonTableWidget* table, const QString& key)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        if (table->topLevelItem(i)->data(0, ComparisonTableWidget::KeyRole).toString() == key)
            return table->topLevelItem(i);
    return nullptr;
}

}  // namespace

class TestComparisonNodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stationRunsChartTheChosenNode();
    void gridRunsAreLabelledAndNamedSafely();
    void oneStationRunPinsItsNode();
    void oneStationRunElsewhereCannotBeOverlaid();
    void monthlyStepsAreMonths();
    void screenshotOfRealRuns();
};

void TestComparisonNodes::stationRunsChartTheChosenNode()
{
    const auto a = makeResult(mc::NodeLayout::Stations, kStations, 0.2, "gnn");
    const auto b = makeResult(mc::NodeLayout::Stations, kStations, 0.5, "convlstm");
    const QStringList names{QStringLiteral("GNN"), QStringLiteral("ConvLSTM")};
    const QVector<mcui::RunResultPtr> results{a, b};
    mcui::ComparisonView view;
    view.resize(1100, 800);
    view.showComparison(names, results);

    // Labelled by the layout, not by the (empty) station.
    QCOMPARE(view.placeLabel(), QStringLiteral("All stations (4)"));
    QVERIFY2(view.findChild<QLabel*>(QStringLiteral("comparisonHeader"))->text().contains(QStringLiteral("All stations (4)")),
             qPrintable(view.findChild<QLabel*>(QStringLiteral("comparisonHeader"))->text()));
    QVERIFY(view.nodeSelector()->isVisibleTo(&view));
    QCOMPARE(view.nodeSelector()->findChild<QComboBox*>(QStringLiteral("nodeCombo"))->count(), 4);
    QCOMPARE(view.chartNode(), 0);
    QVERIFY(view.overlayProblem().isEmpty());

    // The chart holds one node's windows only: one point per origin, not four.
    auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("overlayPlot"));
    QCOMPARE(plot->graphCount(), 3);
    QCOMPARE(plot->graph(1)->data()->size(), kOrigins);
    QCOMPARE(plot->graph(1)->data()->at(0)->value, a->predicted[0]);
    QVERIFY2(view.chartData().title.contains(QStringLiteral("st0")), qPrintable(view.chartData().title));

    // Pooled scores, then the node's own.
    auto* table = view.tableWidget();
    QVERIFY(group(table, QStringLiteral("nodeScores")));
    QVERIFY(near(cell(table, "rmse", 1), a->model.pooled.rmse));
    QVERIFY(near(cell(table, "node:rmse", 1), a->perNode[0].model.pooled.rmse));
    QVERIFY(near(cell(table, "node:rmse", 2), b->perNode[0].model.pooled.rmse));
    QVERIFY(!table->rowForKey(QStringLiteral("node:epochs_run")));

    // Switching the node switches the chart, its caption and the node's scores.
    view.nodeSelector()->findChild<QComboBox*>(QStringLiteral("nodeCombo"))->setCurrentIndex(2);
    QCOMPARE(view.chartNode(), 2);
    QCOMPARE(plot->graph(1)->data()->size(), kOrigins);
    QCOMPARE(plot->graph(1)->data()->at(0)->value, a->predicted[std::size_t(2 * kHorizon)]);
    QCOMPARE(plot->graph(2)->data()->at(0)->value, b->predicted[std::size_t(2 * kHorizon)]);
    QCOMPARE(plot->graph(0)->data()->at(0)->value, observedAt(2, 0, 0));
    QVERIFY(view.chartData().title.contains(QStringLiteral("st2")));
    QVERIFY(near(cell(table, "node:rmse", 1), a->perNode[2].model.pooled.rmse));
    QVERIFY(near(cell(table, "node:rmse", 3), a->perNode[2].persistence.pooled.rmse));
    QVERIFY(group(table, QStringLiteral("nodeScores"))->text(0).contains(QStringLiteral("st2")));
    view.setTableHorizon(2);
    QVERIFY(near(cell(table, "node:rmse", 1), a->perNode[2].model.perHorizon[1].rmse));
    QVERIFY(near(cell(table, "rmse", 1), a->model.perHorizon[1].rmse));

    // Exported names: the chart after the node, the table after the whole layout.
    QCOMPARE(mcui::suggestedOverlayChartFileName(names, results, 1, view.chartNodes(), mcui::ChartFormat::Png),
             QStringLiteral("comparison_st2_temp_h1.png"));
    QCOMPARE(mcui::comparisonTableFileStem(results), QStringLiteral("comparison_all-stations_temp"));
    // Exporting a whole sweep charts the first node.
    mcui::VariableOutcome outcome;
    outcome.variable = QStringLiteral("temp");
    outcome.names = names;
    outcome.results = results;
    outcome.run = true;
    QTemporaryDir dir;
    mcui::ChartExportSettings settings;
    settings.size = QSize(600, 300);
    QStringList written;
    (void)mcui::exportComparisonCharts({outcome}, dir.path(), settings, &written);
    QVERIFY2(QFile::exists(dir.filePath(QStringLiteral("comparison_st0_temp_h1.png"))), qPrintable(written.join(u' ')));
    for (const auto& path : written)
        QVERIFY2(!QFileInfo(path).fileName().startsWith(QLatin1String("comparison__")), qPrintable(path));
}

void TestComparisonNodes::gridRunsAreLabelledAndNamedSafely()
{
    const std::vector<std::string> cells{"r0/c0", "r0/c1", "r1 c0", "r1:c1"};
    const auto a = makeResult(mc::NodeLayout::Grid, cells, 0.2, "convlstm", 2, 2);
    const auto b = makeResult(mc::NodeLayout::Grid, cells, 0.4, "attention", 2, 2);
    const QVector<mcui::RunResultPtr> results{a, b};
    const QStringList names{QStringLiteral("A"), QStringLiteral("B")};
    mcui::ComparisonView view;
    view.showComparison(names, results);
    QCOMPARE(view.placeLabel(), QStringLiteral("Grid 2×2 (4 cells)"));
    QCOMPARE(mcui::comparisonTableFileStem(results), QStringLiteral("comparison_grid_temp"));
    view.setChartNode(2);
    QCOMPARE(mcui::suggestedOverlayChartFileName(names, results, 2, view.chartNodes(), mcui::ChartFormat::Svg),
             QStringLiteral("comparison_r1_c0_temp_h2.svg"));
    view.setChartNode(0);
    QCOMPARE(mcui::suggestedOverlayChartFileName(names, results, 1, view.chartNodes(), mcui::ChartFormat::Png),
             QStringLiteral("comparison_r0_c0_temp_h1.png"));
    // The chosen node survives showing the comparison again.
    view.setChartNode(3);
    view.showComparison(names, results);
    QCOMPARE(view.chartNode(), 3);
}

void TestComparisonNodes::oneStationRunPinsItsNode()
{
    const auto multi = makeResult(mc::NodeLayout::Stations, kStations, 0.2, "gnn");
    const auto single = makeResult(mc::NodeLayout::Single, {"st1"}, 0.3, "lstm", 0, 0, 1);
    mcui::ComparisonView view;
    view.showComparison({QStringLiteral("GNN"), QStringLiteral("LSTM at st1")}, {multi, single});
    QVERIFY(view.overlayProblem().isEmpty());
    QCOMPARE(view.chartNode(), 1);
    QVERIFY(!view.nodeSelector()->isEnabled());
    QCOMPARE(view.chartNodes(), (std::vector<int>{1, -1}));
    auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("overlayPlot"));
    QCOMPARE(plot->graphCount(), 3);
    QCOMPARE(plot->graph(1)->data()->at(0)->value, multi->predicted[std::size_t(1 * kHorizon)]);
    QCOMPARE(plot->graph(2)->data()->at(0)->value, single->predicted[0]);
    QCOMPARE(plot->graph(0)->data()->at(0)->value, observedAt(1, 0, 0));
    // The one-station run's node scores are its own scores.
    QVERIFY(near(cell(view.tableWidget(), "node:rmse", 1), multi->perNode[1].model.pooled.rmse));
    QVERIFY(near(cell(view.tableWidget(), "node:rmse", 2), single->model.pooled.rmse));
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("overlayProblemLabel"))->isVisibleTo(&view));
}

void TestComparisonNodes::oneStationRunElsewhereCannotBeOverlaid()
{
    const auto multi = makeResult(mc::NodeLayout::Stations, kStations, 0.2, "gnn");
    const auto single = makeResult(mc::NodeLayout::Single, {"faraway"}, 0.3, "lstm");
    mcui::ComparisonView view;
    view.showComparison({QStringLiteral("GNN"), QStringLiteral("LSTM")}, {multi, single});
    const QString why = view.overlayProblem();
    QVERIFY(why.contains(QStringLiteral("faraway")));
    QVERIFY(why.contains(QStringLiteral("All stations (4)")));
    auto* label = view.findChild<QLabel*>(QStringLiteral("overlayProblemLabel"));
    QVERIFY(label->isVisibleTo(&view));
    QCOMPARE(label->text(), why);
    QCOMPARE(view.findChild<QCustomPlot*>(QStringLiteral("overlayPlot"))->graphCount(), 0);
    QVERIFY(!group(view.tableWidget(), QStringLiteral("nodeScores")));
    QVERIFY(near(cell(view.tableWidget(), "rmse", 2), single->model.pooled.rmse));  // the pooled table stays
    // Comparing the multi-node runs alone brings the chart back.
    view.showComparison({QStringLiteral("GNN")}, {multi});
    QVERIFY(view.overlayProblem().isEmpty());
    QVERIFY(!label->isVisibleTo(&view));
    QCOMPARE(view.findChild<QCustomPlot*>(QStringLiteral("overlayPlot"))->graphCount(), 2);
}

void TestComparisonNodes::monthlyStepsAreMonths()
{
    const auto a = makeResult(mc::NodeLayout::Stations, kStations, 0.2, "gnn");
    const auto b = makeResult(mc::NodeLayout::Stations, kStations, 0.4, "attention");
    for (const auto& r : {a, b}) {
        r->data.axis.unit = mc::TimeUnit::Months;
        r->data.axis.step = 1;
    }
    mcui::ComparisonView view;
    view.showComparison({QStringLiteral("A"), QStringLiteral("B")}, {a, b});
    auto* combo = view.findChild<QComboBox*>(QStringLiteral("tableHorizonCombo"));
    QCOMPARE(combo->itemText(1), QStringLiteral("1 month ahead"));
    QCOMPARE(combo->itemText(2), QStringLiteral("2 months ahead"));
    view.setTableHorizon(2);
    QCOMPARE(group(view.tableWidget(), QStringLiteral("scores"))->text(0), QStringLiteral("Scores, 2 months ahead"));
    QVERIFY(group(view.tableWidget(), QStringLiteral("nodeScores"))->text(0).contains(QStringLiteral("2 months ahead")));
    QVERIFY2(view.chartData().caption.startsWith(QStringLiteral("RMSE, 1 month ahead")), qPrintable(view.chartData().caption));
    QVERIFY2(mcui::stepSkillSentence(*a, 2).startsWith(QStringLiteral("2 months ahead: skill")),
             qPrintable(mcui::stepSkillSentence(*a, 2)));
    // Daily data says days; other spacings keep "step".
    a->data.axis = {};
    QVERIFY(mcui::stepSkillSentence(*a, 2).startsWith(QStringLiteral("2 days ahead")));
    a->data.axis.step = 3600;
    QVERIFY(mcui::stepSkillSentence(*a, 2).startsWith(QStringLiteral("At step 2")));
}

// Two small real runs on the OISST 2 × 2 grid (ConvLSTM, 2-D attention) compared, for a picture
// of what an analyst sees. Off unless MARINECAST_SCREENSHOTS and MARINECAST_DATA_DIR are set.
void TestComparisonNodes::screenshotOfRealRuns()
{
    const QString dir = qEnvironmentVariable("MARINECAST_SCREENSHOTS");
    const QString data = qEnvironmentVariable("MARINECAST_DATA_DIR");
    if (dir.isEmpty() || data.isEmpty() || !QDir(data).exists())
        QSKIP("MARINECAST_SCREENSHOTS or MARINECAST_DATA_DIR not set");
    const auto day = [](int y, int m, int d) { return *mc::daysFromCivil(y, m, d) * mc::kSecondsPerDay; };
    const auto runOn = [&](const std::string& model) {
        mc::RunConfig c;
        c.dataPaths = {QFile::encodeName(QDir(data).filePath(QStringLiteral("noaa-oisst-wa-2x2-daily/oisst_short.nc"))).toStdString()};
        c.target = "oisst_short";
        c.model = model;
        c.params.set("epochs", std::int64_t{5});
        c.params.set("threads", std::int64_t{1});
        c.params.set("device", std::string("cpu"));
        c.params.set("seed", std::int64_t{7});
        c.trainRange = {day(2015, 1, 1), day(2019, 12, 31)};
        c.testRange = {day(2020, 1, 1), day(2020, 12, 31)};
        mc::StopToken stop;
        auto r = std::make_shared<mc::ExperimentResult>(mc::runExperiment(c, stop));
        if (!r->ok())
            qWarning("%s", r->error.c_str());
        return r;
    };
    const auto conv = runOn("convlstm");
    const auto att = runOn("attention");
    QVERIFY(conv->ok() && att->ok());
    mcui::ComparisonView view;
    view.resize(1400, 900);
    view.showComparison({QStringLiteral("ConvLSTM"), QStringLiteral("Attention")}, {conv, att});
    view.setChartNode(1);
    view.show();
    QTest::qWait(200);
    QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("comparison_grid.png"))));
}

QTEST_MAIN(TestComparisonNodes)
#include "tst_comparison_nodes.moc"
