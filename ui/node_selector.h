// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace mcui {

/// Which node of a multi-node run the results show: "Station:" or "Grid cell:" and a list of the
/// nodes ("nodeCombo"), in PreparedData::nodes order. Hidden for one-station runs.
class NodeSelector final : public QWidget {
    Q_OBJECT
public:
    explicit NodeSelector(QWidget* parent = nullptr);

    /// Lists @p result's nodes and shows itself when it is a multi-node run; hides itself otherwise.
    void showResult(RunResultPtr result);
    /// The chosen node; 0 when there is none.
    [[nodiscard]] int currentNode() const;
    void setCurrentNode(int node);

Q_SIGNALS:
    void nodeChanged(int node);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    RunResultPtr m_result;
    QLabel* m_label = nullptr;
    QComboBox* m_combo = nullptr;
};

}  // namespace mcui
