// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QWidget>

#include <vector>

class QCPColorMap;
class QCPColorScale;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QSlider;

namespace mcui {

/// The frame view of a gridded run: observed and predicted fields side by side ("framePlot", colour
/// maps named "observedFrame" and "predictedFrame", rows = latitudes, columns = longitudes) on one
/// colour scale, for one test origin ("frameSlider") and forecast step; cells without an observation
/// stay blank. "frameDateLabel" says which time is shown.
class FrameView final : public QWidget {
    Q_OBJECT
public:
    explicit FrameView(QWidget* parent = nullptr);

    /// Shows @p result's test frames (a Grid run; anything else clears the view).
    void showResult(RunResultPtr result);
    /// The forecast step shown, 1-based.
    void setHorizon(int step);
    /// Test origins there are (frames per step), and the one shown (0-based).
    [[nodiscard]] int originCount() const;
    [[nodiscard]] int origin() const;
    void setOrigin(int origin);
    /// The time of the shown frame, as the label writes it.
    [[nodiscard]] QString dateText() const;
    [[nodiscard]] QCPColorMap* observedMap() const { return m_observed; }
    [[nodiscard]] QCPColorMap* predictedMap() const { return m_predicted; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setupGeometry();
    void fillFrames();

    RunResultPtr m_result;
    int m_horizon = 1;
    std::vector<double> m_lats, m_lons;  ///< cell centres per grid row and column
    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_observed = nullptr;
    QCPColorMap* m_predicted = nullptr;
    QCPColorScale* m_scale = nullptr;
    QCPTextElement* m_observedTitle = nullptr;
    QCPTextElement* m_predictedTitle = nullptr;
    QLabel* m_timeLabel = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_dateLabel = nullptr;
};

}  // namespace mcui
