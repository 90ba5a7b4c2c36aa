// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "forecast_chart.h"

#include <QWidget>

class QCustomPlot;
class QMouseEvent;

namespace mcui {

class PlotCrosshair;

/// Observed vs predicted ("forecastPlot") above the model's error ("residualPlot"), on one time
/// axis: wheel zooms and drag pans time in either, the other follows, double-click shows all,
/// and hovering reads out the nearest time with a crosshair in both.
class ForecastView final : public QWidget {
    Q_OBJECT
public:
    explicit ForecastView(QWidget* parent = nullptr);

    /// Draws @p data (its caption is left out). Keeps the visible time range when @p keepZoom,
    /// else shows the whole series, or with a forecast ahead its aheadFocusRange (the recent
    /// observations and the steps ahead; resetZoom shows all).
    void setChart(const ForecastChartData& data, BaselineToggles baselines, bool keepZoom);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_chart.time.isEmpty(); }

    /// Shows the whole series.
    void resetZoom();
    /// The hover readout's text; empty when the pointer is not over a chart.
    [[nodiscard]] QString readoutText() const;

Q_SIGNALS:
    /// Right-click on either chart, at @p globalPos.
    void contextMenuRequested(const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCustomPlot* makePlot(const QString& objectName);
    void replot();
    void syncRange(QCustomPlot* from, QCustomPlot* to);
    void fitValueAxes();
    void alignMargins();
    void hover(QCustomPlot* plot, QMouseEvent* event);
    void hideReadout();
    [[nodiscard]] QString formatValue(double v) const;

    ForecastChartData m_chart;
    BaselineToggles m_baselines;
    double m_fullLower = 0;
    double m_fullUpper = 1;
    bool m_syncing = false;
    QCustomPlot* m_plot = nullptr;
    QCustomPlot* m_residualPlot = nullptr;
    PlotCrosshair* m_crosshair = nullptr;
    PlotCrosshair* m_residualCrosshair = nullptr;
};

}  // namespace mcui
