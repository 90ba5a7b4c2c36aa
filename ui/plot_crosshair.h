// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;

namespace mcui {

/// A hover readout for a time-series plot: a vertical line at a key, markers where it crosses
/// chosen graphs, and a text box beside it. Drawn on the plot's buffered overlay layer, so moving
/// it repaints only that layer, not the data. Survives QCustomPlot::clearItems() (it remakes its items).
class PlotCrosshair final : public QObject {
    Q_OBJECT
public:
    explicit PlotCrosshair(QCustomPlot* plot);

    /// Shows the line at @p key, @p text beside it (no box when empty) and a marker on each of
    /// @p markOn that has a finite value exactly at @p key.
    void showAt(double key, const QString& text, const QList<QCPGraph*>& markOn = {});
    void hide();

    [[nodiscard]] bool isVisible() const;
    /// The readout shown; empty when hidden.
    [[nodiscard]] QString text() const;
    [[nodiscard]] double key() const { return m_key; }

private:
    void ensureItems();
    void repaint();

    QCustomPlot* m_plot;
    QPointer<QCPItemStraightLine> m_line;
    QPointer<QCPItemText> m_label;
    QList<QPointer<QCPItemTracer>> m_tracers;
    double m_key = 0;
};

}  // namespace mcui
