// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QPointF>
#include <QWidget>

class QCPColorScale;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;

namespace mcui {

/// The station map of a multi-station run ("stationMapPlot"): each station at its longitude and
/// latitude, coloured by its skill vs persistence on a diverging scale (red worse, blue better than
/// persistence) and labelled with its id; for a GNN run the edges of its station graph (built as
/// the model builds it, from its neighbours / radius-km settings). Clicking a station announces it.
class StationMapView final : public QWidget {
    Q_OBJECT
public:
    explicit StationMapView(QWidget* parent = nullptr);

    /// Shows @p result's stations (a Stations run; anything else clears the map).
    void showResult(RunResultPtr result);
    /// Rings station @p node as the chosen one.
    void setCurrentNode(int node);
    /// Stations drawn (those with coordinates) and graph edges drawn.
    [[nodiscard]] int stationCount() const { return int(m_drawn.size()); }
    [[nodiscard]] int edgeCount() const { return m_edges; }
    /// Where station @p node is drawn, in the plot's pixels; (-1, -1) when it is not drawn.
    [[nodiscard]] QPointF stationPixel(int node) const;
    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }

Q_SIGNALS:
    /// The user clicked station @p node (index into PreparedData::nodes).
    void nodeClicked(int node);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void draw();
    void drawEdges();
    void press(QMouseEvent* event);

    RunResultPtr m_result;
    int m_current = -1;
    int m_edges = 0;
    std::vector<int> m_drawn;  ///< nodes with coordinates, in drawing order
    QCustomPlot* m_plot = nullptr;
    QCPTextElement* m_title = nullptr;
    QCPTextElement* m_caption = nullptr;
    QCPColorScale* m_scale = nullptr;
};

}  // namespace mcui
