// SPDX-License-Identifier: GPL-3.0-or-later
#include "node_texts.h"

#include "window_builder.h"

#include <QCoreApplication>

#include <cmath>

namespace mcui {

QString nodePlaceText(const mc::PreparedData& d)
{
    switch (d.layout) {
    case mc::NodeLayout::Single: return QString::fromStdString(d.station);
    case mc::NodeLayout::Stations:
        // Spelled out rather than "%n station(s)", which English shows as it is (there is no English .qm).
        return d.nodes.size() == 1 ? QCoreApplication::translate("NodeTexts", "1 station")
                                   //: Where a multi-station run forecasts, in titles and the run list: "4 stations".
                                   : QCoreApplication::translate("NodeTexts", "%1 stations").arg(d.nodes.size());
    case mc::NodeLayout::Grid:
        //: Where a gridded run forecasts: rows (latitudes) × columns (longitudes) of the grid.
        return QCoreApplication::translate("NodeTexts", "%1×%2 grid").arg(d.gridRows).arg(d.gridCols);
    }
    return {};
}

QString nodeKindText(const mc::PreparedData& d)
{
    return d.layout == mc::NodeLayout::Grid ? QCoreApplication::translate("NodeTexts", "Grid cell")
                                            : QCoreApplication::translate("NodeTexts", "Station");
}

QString allNodesText(const mc::PreparedData& d)
{
    //: Metrics row pooled over every node of the run.
    return d.layout == mc::NodeLayout::Grid ? QCoreApplication::translate("NodeTexts", "All cells")
                                            : QCoreApplication::translate("NodeTexts", "All stations");
}

QString allNodesLabel(const mc::PreparedData& d)
{
    const auto n = qulonglong(d.nodes.size());
    switch (d.layout) {
    case mc::NodeLayout::Single: return QString::fromStdString(d.station);
    case mc::NodeLayout::Stations:
        //: A comparison of a multi-station run, pooled over its %1 stations.
        return QCoreApplication::translate("NodeTexts", "All stations (%1)").arg(n);
    case mc::NodeLayout::Grid:
        //: A comparison of a gridded run: rows × columns of the grid, then the number of cells.
        return QCoreApplication::translate("NodeTexts", "Grid %1×%2 (%3 cells)").arg(d.gridRows).arg(d.gridCols).arg(n);
    }
    return {};
}

QString placeFileLabel(const mc::PreparedData& d, int node)
{
    if (d.layout == mc::NodeLayout::Single)
        return QString::fromStdString(d.station);
    if (node >= 0 && node < int(d.nodes.size()))
        return QString::fromStdString(d.nodes[std::size_t(node)]);
    return d.layout == mc::NodeLayout::Grid ? QStringLiteral("grid") : QStringLiteral("all-stations");
}

QString nodeName(const mc::PreparedData& d, int node)
{
    if (node < 0 || node >= int(d.nodes.size()))
        return QString::fromStdString(d.station);
    const QString id = QString::fromStdString(d.nodes[std::size_t(node)]);
    if (d.layout != mc::NodeLayout::Grid || std::size_t(node) >= d.nodeInfo.size())
        return id;
    const auto& info = d.nodeInfo[std::size_t(node)];
    if (!std::isfinite(info.latitude) || !std::isfinite(info.longitude))
        return id;
    //: A grid cell: its id, then latitude (degrees north) and longitude (degrees east).
    return QCoreApplication::translate("NodeTexts", "%1 (%2° N, %3° E)")
        .arg(id)
        .arg(info.latitude, 0, 'f', 2)
        .arg(info.longitude, 0, 'f', 2);
}

}  // namespace mcui
