// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "forecaster.h"
#include "run_record.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace mcui {

/// The attention weights of an attention model for one test prediction: for every block and head
/// a heatmap of which past days each day of the lookback looked at (x: the day looked at, y: the
/// day looking, both in steps before the forecast origin, 0 = the last input day). Children are
/// named "dateCombo", "summaryLabel", "attentionPlot"; each heatmap is a QCPColorMap named
/// "attention_b<block>_h<head>" (1-based) whose cell (attended, attending) holds the weight.
class AttentionView final : public QDialog {
    Q_OBJECT
public:
    /// True when @p result's model is a station-series attention model with test windows and a
    /// saved network (ExperimentResult::training.model or modelFile).
    [[nodiscard]] static bool applies(const mc::ExperimentResult& result);

    AttentionView(RunResultPtr result, const QString& runName, QWidget* parent = nullptr);
    ~AttentionView() override;

    /// Shows test prediction @p window (index into the test windows, clamped).
    void selectWindow(int window);
    [[nodiscard]] int windowIndex() const;
    /// The weights shown; empty when they could not be computed (errorText() says why).
    [[nodiscard]] const std::optional<mc::AttentionMap>& attention() const { return m_map; }
    [[nodiscard]] QString errorText() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void drawMaps();

    RunResultPtr m_result;
    QString m_runName;
    std::shared_ptr<const mc::Forecaster> m_model;
    std::optional<mc::AttentionMap> m_map;
    QString m_error;

    QLabel* m_dateLabel = nullptr;
    QComboBox* m_dateCombo = nullptr;
    QLabel* m_summary = nullptr;
    QCustomPlot* m_plot = nullptr;
};

}  // namespace mcui
