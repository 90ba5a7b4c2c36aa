// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "overlay_chart.h"

#include <QWidget>

class QCustomPlot;
class QMouseEvent;

namespace mcui {

class PlotCrosshair;

/// Observations and every configuration's forecast on one time axis ("overlayPlot"): wheel zooms
/// and drag pans time, the value axis follows what is visible, double-click shows all, and
/// hovering reads out each series at the nearest time.
class OverlayView final : public QWidget {
    Q_OBJECT
public:
    explicit OverlayView(QWidget* parent = nullptr);

    /// Draws @p data without its caption (the table beside it holds the scores). Keeps the visible
    /// time range when @p keepZoom, else shows the whole test range.
    void setChart(const OverlayChartData& data, bool keepZoom);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_chart.time.isEmpty(); }
    [[nodiscard]] const OverlayChartData& chart() const { return m_chart; }
    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }

    void resetZoom();
    /// The hover readout's text; empty when the pointer is not over the chart.
    [[nodiscard]] QString readoutText() const;

Q_SIGNALS:
    void contextMenuRequested(const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitValueAxis();
    void hover(QMouseEvent* event);

    OverlayChartData m_chart;
    double m_fullLower = 0;
    double m_fullUpper = 1;
    QCustomPlot* m_plot = nullptr;
    PlotCrosshair* m_crosshair = nullptr;
};

}  // namespace mcui
