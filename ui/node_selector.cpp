// SPDX-License-Identifier: GPL-3.0-or-later
#include "node_selector.h"

#include "experiment.h"
#include "node_texts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace mcui {

NodeSelector::NodeSelector(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeSelector"));
    m_label = new QLabel;
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("nodeCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT nodeChanged(currentNode()); });
    setVisible(false);
}

void NodeSelector::showResult(RunResultPtr result)
{
    const bool multi = result && result->ok() && result->data.multiNode();
    m_result = multi ? std::move(result) : nullptr;
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        if (m_result)
            for (int i = 0; i < int(m_result->data.nodes.size()); ++i)
                m_combo->addItem(nodeName(m_result->data, i));
    }
    setVisible(multi);
    retranslate();
}

int NodeSelector::currentNode() const { return std::max(0, m_combo->currentIndex()); }

void NodeSelector::setCurrentNode(int node)
{
    if (node >= 0 && node < m_combo->count())
        m_combo->setCurrentIndex(node);
}

void NodeSelector::retranslate()
{
    if (!m_result)
        return;
    //: Label of the node selector: %1 is "Station" or "Grid cell".
    m_label->setText(tr("%1:").arg(nodeKindText(m_result->data)));
    for (int i = 0; i < m_combo->count(); ++i)
        m_combo->setItemText(i, nodeName(m_result->data, i));  // a grid cell's position is localised
}

void NodeSelector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
