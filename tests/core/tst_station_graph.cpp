// SPDX-License-Identifier: GPL-3.0-or-later
#include "station_graph.h"
#include "station_table.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>
#include <vector>

using Points = std::vector<mc::GeoPoint>;
using Edges = std::vector<std::pair<int, int>>;  // undirected, first < second, sorted
Q_DECLARE_METATYPE(Points)
Q_DECLARE_METATYPE(Edges)
Q_DECLARE_METATYPE(mc::StationGraphError)

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
// One degree of longitude on the equator on the 6371.0088 km sphere.
const double kDegreeKm = 6371.0088 * 3.14159265358979323846 / 180.0;

// Four stations one degree apart along the equator and a fifth, far east: k = 1 leaves the far
// one choosing a node that does not choose it back, so only symmetrisation links it.
Points equatorLine() { return {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 10}}; }

Edges undirected(const mc::StationGraph& g)
{
    Edges out;
    for (const auto& a : g.arcs)
        if (a.from < a.to)
            out.emplace_back(a.from, a.to);
    return out;
}

QString render(const Edges& edges)
{
    QStringList parts;
    for (const auto& [a, b] : edges)
        parts << QStringLiteral("%1-%2").arg(a).arg(b);
    return parts.join(QLatin1Char(' '));
}

}  // namespace

class TestStationGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void distanceAndBearing_data();
    void distanceAndBearing();
    void builds_data();
    void builds();
    void errors_data();
    void errors();
    void linkIsolated();
    void gtmStations();
};

void TestStationGraph::distanceAndBearing_data()
{
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("km");
    QTest::addColumn<double>("bearing");
    QTest::newRow("east along equator") << 0.0 << 0.0 << 0.0 << 1.0 << kDegreeKm << 90.0;
    QTest::newRow("west along equator") << 0.0 << 1.0 << 0.0 << 0.0 << kDegreeKm << 270.0;
    QTest::newRow("due north") << 10.0 << 20.0 << 11.0 << 20.0 << kDegreeKm << 0.0;
    QTest::newRow("due south") << 11.0 << 20.0 << 10.0 << 20.0 << kDegreeKm << 180.0;
    QTest::newRow("same place") << 22.3 << 114.2 << 22.3 << 114.2 << 0.0 << 0.0;
    // Across the antimeridian: 2 degrees, not 358.
    QTest::newRow("antimeridian") << 0.0 << 179.0 << 0.0 << -179.0 << 2 * kDegreeKm << 90.0;
    // London to Paris: 343.5 km on the mean sphere, heading south-east (about 148 degrees).
    QTest::newRow("london paris") << 51.5074 << -0.1278 << 48.8566 << 2.3522 << 343.56 << 148.1;
}

void TestStationGraph::distanceAndBearing()
{
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, km);
    QFETCH(double, bearing);
    const mc::GeoPoint a{lat1, lon1};
    const mc::GeoPoint b{lat2, lon2};
    QVERIFY2(std::abs(mc::haversineKm(a, b) - km) < 0.05, qPrintable(QString::number(mc::haversineKm(a, b), 'g', 10)));
    QCOMPARE(mc::haversineKm(a, b), mc::haversineKm(b, a));
    const double got = mc::initialBearingDeg(a, b);
    QVERIFY(got >= 0 && got < 360);
    QVERIFY2(std::abs(got - bearing) < 0.1, qPrintable(QString::number(got, 'g', 10)));
}

void TestStationGraph::builds_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<int>("neighbours");
    QTest::addColumn<double>("radiusKm");
    QTest::addColumn<Edges>("edges");
    // Ties (1 is as far from 0 as from 2) go to the lower index; 4 chose 3, so 3-4 exists.
    QTest::newRow("k1 line") << equatorLine() << 1 << 0.0 << Edges{{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    QTest::newRow("k2 line") << equatorLine() << 2 << 0.0 << Edges{{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {2, 4}, {3, 4}};
    QTest::newRow("k above count is complete")
        << Points{{0, 0}, {0, 1}, {1, 0}} << 7 << 0.0 << Edges{{0, 1}, {0, 2}, {1, 2}};
    QTest::newRow("two nodes") << Points{{45, 7}, {45.5, 7}} << 3 << 0.0 << Edges{{0, 1}};
    QTest::newRow("radius 1.5 degrees, far node linked by its own neighbour")
        << Points{{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}} << 0 << 1.5 * kDegreeKm
        << Edges{{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    QTest::newRow("radius 2.5 degrees") << Points{{0, 0}, {0, 1}, {0, 2}, {0, 3}} << 5 << 2.5 * kDegreeKm
                                        << Edges{{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}};
    // The radius is inclusive and overrides neighbours.
    QTest::newRow("radius exactly one degree") << Points{{0, 0}, {0, 1}, {0, 2}} << 1 << kDegreeKm
                                               << Edges{{0, 1}, {1, 2}};
    QTest::newRow("co-located stations") << Points{{22.3, 114.2}, {22.3, 114.2}, {22.4, 114.2}} << 1 << 0.0
                                         << Edges{{0, 1}, {0, 2}};
}

void TestStationGraph::builds()
{
    QFETCH(Points, points);
    QFETCH(int, neighbours);
    QFETCH(double, radiusKm);
    QFETCH(Edges, edges);
    mc::StationGraphOptions options;
    options.neighbours = neighbours;
    options.radiusKm = radiusKm;
    const auto result = mc::buildStationGraph(points, options);
    QVERIFY2(result.ok(), result.detail.c_str());
    QVERIFY(result.warnings.empty());
    const mc::StationGraph& g = result.graph;
    QCOMPARE(g.nodeCount, int(points.size()));
    QCOMPARE(render(undirected(g)), render(edges));
    QCOMPARE(g.edgeCount(), edges.size());

    // Arcs sorted, both directions present, labels consistent; neighbourhoods symmetric.
    QVERIFY(std::is_sorted(g.arcs.begin(), g.arcs.end(), [](const mc::GraphArc& a, const mc::GraphArc& b) {
        return std::make_pair(a.from, a.to) < std::make_pair(b.from, b.to);
    }));
    std::size_t degreeSum = 0;
    for (int n = 0; n < g.nodeCount; ++n) {
        degreeSum += std::size_t(g.degree(n));
        QVERIFY(g.degree(n) >= 1);
        for (int u : g.neighbours[std::size_t(n)]) {
            QVERIFY(u != n);
            const auto& back = g.neighbours[std::size_t(u)];
            QVERIFY2(std::find(back.begin(), back.end(), n) != back.end(), "neighbourhoods are not symmetric");
        }
    }
    QCOMPARE(g.arcs.size(), degreeSum);
    for (const auto& arc : g.arcs) {
        QCOMPARE(arc.distanceKm, mc::haversineKm(points[std::size_t(arc.from)], points[std::size_t(arc.to)]));
        QCOMPARE(arc.bearingDeg, mc::initialBearingDeg(points[std::size_t(arc.from)], points[std::size_t(arc.to)]));
        if (radiusKm > 0)
            QVERIFY(arc.distanceKm <= radiusKm);
    }
}

void TestStationGraph::errors_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<int>("neighbours");
    QTest::addColumn<double>("radiusKm");
    QTest::addColumn<mc::StationGraphError>("error");
    QTest::addColumn<int>("node");
    QTest::newRow("no nodes") << Points{} << 3 << 0.0 << mc::StationGraphError::TooFewNodes << -1;
    QTest::newRow("one node") << Points{{1, 2}} << 3 << 0.0 << mc::StationGraphError::TooFewNodes << -1;
    QTest::newRow("no latitude") << Points{{1, 2}, {kNaN, 3}, {2, 2}} << 1 << 0.0
                                 << mc::StationGraphError::MissingCoordinates << 1;
    QTest::newRow("no longitude") << Points{{1, 2}, {2, 2}, {3, kNaN}} << 1 << 0.0
                                  << mc::StationGraphError::MissingCoordinates << 2;
    QTest::newRow("latitude 91") << Points{{91, 2}, {2, 2}} << 1 << 0.0 << mc::StationGraphError::MissingCoordinates << 0;
    QTest::newRow("zero neighbours") << equatorLine() << 0 << 0.0 << mc::StationGraphError::BadOptions << -1;
    QTest::newRow("negative radius") << equatorLine() << 1 << -5.0 << mc::StationGraphError::BadOptions << -1;
    QTest::newRow("infinite radius") << equatorLine() << 1 << qInf() << mc::StationGraphError::BadOptions << -1;
    QTest::newRow("isolated far node") << equatorLine() << 1 << 1.5 * kDegreeKm << mc::StationGraphError::IsolatedNode << 4;
    QTest::newRow("all isolated") << equatorLine() << 1 << 10.0 << mc::StationGraphError::IsolatedNode << 0;
}

void TestStationGraph::errors()
{
    QFETCH(Points, points);
    QFETCH(int, neighbours);
    QFETCH(double, radiusKm);
    QFETCH(mc::StationGraphError, error);
    QFETCH(int, node);
    mc::StationGraphOptions options;
    options.neighbours = neighbours;
    options.radiusKm = radiusKm;
    const auto result = mc::buildStationGraph(points, options);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error), int(error));
    QCOMPARE(result.node, node);
    QVERIFY(!result.detail.empty());
    QVERIFY(result.graph.arcs.empty());
    QCOMPARE(result.graph.nodeCount, 0);
    const QString described = QString::fromStdString(mc::describe(result));
    QVERIFY(described.endsWith(QString::fromStdString(result.detail)));
    QCOMPARE(described.startsWith(QStringLiteral("node %1: ").arg(node)), node >= 0);
}

void TestStationGraph::linkIsolated()
{
    mc::StationGraphOptions options;
    options.radiusKm = 1.5 * kDegreeKm;
    options.linkIsolated = true;
    const auto result = mc::buildStationGraph(equatorLine(), options);
    QVERIFY2(result.ok(), result.detail.c_str());
    QCOMPARE(render(undirected(result.graph)), QStringLiteral("0-1 1-2 2-3 3-4"));
    QCOMPARE(int(result.warnings.size()), 1);
    QVERIFY2(QString::fromStdString(result.warnings[0]).contains(QStringLiteral("station 4")), result.warnings[0].c_str());
    // The link to the nearest node is longer than the radius, as the warning says.
    QVERIFY(result.graph.arcs.back().distanceKm > options.radiusKm);
}

// The four GTM water stations from their real station table: k = 2 connects all of them.
void TestStationGraph::gtmStations()
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    const QString path = root + QStringLiteral("/nerrs-swmp-gtm-daily/sampling_stations.csv");
    if (root.isEmpty() || !QFile::exists(path))
        QSKIP("MARINECAST_DATA_DIR does not hold nerrs-swmp-gtm-daily");
    const auto table = mc::readStationTable(path.toStdString());
    QVERIFY2(table.ok(), mc::describe(table).c_str());
    Points points;
    for (const char* code : {"gtmpiwq", "gtmpcwq", "gtmfmwq", "gtmsswq"}) {
        const auto* s = mc::findStation(table.stations, code);
        QVERIFY2(s, code);
        points.push_back({s->latitude, s->longitude});
    }
    mc::StationGraphOptions options;
    options.neighbours = 2;
    const auto result = mc::buildStationGraph(points, options);
    QVERIFY2(result.ok(), result.detail.c_str());
    // Connected: every node reaches every other.
    std::set<int> seen{0};
    std::vector<int> todo{0};
    while (!todo.empty()) {
        const int n = todo.back();
        todo.pop_back();
        for (int u : result.graph.neighbours[std::size_t(n)])
            if (seen.insert(u).second)
                todo.push_back(u);
    }
    QCOMPARE(int(seen.size()), 4);
    // The estuary spans tens of km, not hundreds: the coordinates were read with their hemisphere.
    for (const auto& arc : result.graph.arcs)
        QVERIFY2(arc.distanceKm > 0.1 && arc.distanceKm < 60, qPrintable(QString::number(arc.distanceKm)));
}

QTEST_GUILESS_MAIN(TestStationGraph)
#include "tst_station_graph.moc"
