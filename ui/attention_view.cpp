// SPDX-License-Identifier: GPL-3.0-or-later
#include "attention_view.h"

#include "experiment.h"
#include "forecast_chart.h"
#include "qcustomplot_include.h"
#include "time_format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {

namespace {

// The network of @p r: the live one when the run kept it, else rebuilt from its saved bytes.
std::shared_ptr<const mc::Forecaster> modelOf(const mc::ExperimentResult& r, std::string& why)
{
    if (r.training.model)
        return r.training.model;
    const auto read = mc::readBundle(r.modelFile);
    if (!read.ok()) {
        why = read.error.detail;
        return nullptr;
    }
    mc::BundleError error;
    auto model = mc::Forecaster::fromBundle(read.bundle, error);
    if (!model)
        why = error.detail;
    return model;
}

}  // namespace

bool AttentionView::applies(const mc::ExperimentResult& r)
{
    return r.ok() && r.config.model == "attention" && !r.data.multiNode() && r.data.test.count > 0 &&
           (r.training.model || !r.modelFile.empty());
}

AttentionView::AttentionView(RunResultPtr result, const QString& runName, QWidget* parent)
    : QDialog(parent), m_result(std::move(result)), m_runName(runName)
{
    setObjectName(QStringLiteral("attentionView"));
    m_dateLabel = new QLabel;
    m_dateCombo = new QComboBox;
    m_dateCombo->setObjectName(QStringLiteral("dateCombo"));
    m_dateLabel->setBuddy(m_dateCombo);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("attentionPlot"));
    m_plot->setMinimumSize(520, 360);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_dateLabel);
    top->addWidget(m_dateCombo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);
    layout->addWidget(buttons);

    // Each prediction is named by the first day it forecasts.
    const auto& w = m_result->data.test;
    const auto h = static_cast<std::size_t>(std::max(1, w.horizon));
    for (std::size_t i = 0; i < w.count; ++i)
        m_dateCombo->addItem(QString::fromStdString(mc::formatTime(w.validTime[i * h], m_result->data.dateOnly)), int(i));
    std::string why;
    m_model = modelOf(*m_result, why);
    if (!m_model)
        m_error = QString::fromStdString(why);
    connect(m_dateCombo, &QComboBox::currentIndexChanged, this, &AttentionView::refresh);
    resize(900, 700);
    retranslate();
}

AttentionView::~AttentionView() = default;

void AttentionView::selectWindow(int window)
{
    const int i = std::clamp(window, 0, std::max(0, m_dateCombo->count() - 1));
    if (m_dateCombo->currentIndex() == i)
        refresh();
    else
        m_dateCombo->setCurrentIndex(i);
}

int AttentionView::windowIndex() const { return m_dateCombo->currentIndex(); }

void AttentionView::refresh()
{
    m_map.reset();
    const int i = windowIndex();
    const auto& w = m_result->data.test;
    if (m_model && i >= 0 && std::size_t(i) < w.count) {
        std::string why;
        m_map = m_model->attentionWeights(w.inputOf(std::size_t(i)), why);
        m_error = m_map ? QString() : QString::fromStdString(why);
    }
    if (m_map && i >= 0) {
        const auto k = std::size_t(i) * std::size_t(w.horizon);
        const QLocale locale;
        const double observed = w.observed[k];
        const QString obs = std::isnan(observed) ? tr("not observed") : locale.toString(observed, 'f', 2);
        //: %1 last input day, %2 first forecast day, %3 predicted value, %4 observed value (or "not observed").
        m_summary->setText(tr("Forecast made after %1 for %2: predicted %3, observed %4. Darker cells: more attention.")
                               .arg(QString::fromStdString(mc::formatTime(w.originTime[std::size_t(i)], m_result->data.dateOnly)),
                                    m_dateCombo->currentText(), locale.toString(m_result->predicted[k], 'f', 2), obs));
    } else {
        m_summary->setText(tr("The attention weights cannot be shown: %1").arg(m_error));
    }
    drawMaps();
}

void AttentionView::drawMaps()
{
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    if (!m_map) {
        m_plot->replot();
        return;
    }
    const auto& m = *m_map;
    auto* title = new QCPTextElement(m_plot, tr("Attention weights of %1").arg(m_runName), scaledFont(font(), 1.15, true));
    m_plot->plotLayout()->addElement(0, 0, title);
    auto* grid = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, grid);
    auto* scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, scale);
    scale->setLabel(tr("Weight"));
    auto* margins = new QCPMarginGroup(m_plot);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, QColor(0xf4, 0xf7, 0xfb)}, {0.5, QColor(0x6b, 0xae, 0xd6)}, {1.0, QColor(0x08, 0x30, 0x6b)}});
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    scale->setGradient(gradient);
    const float top = m.weights.empty() ? 1.f : *std::max_element(m.weights.begin(), m.weights.end());
    scale->setDataRange(QCPRange(0, std::max(1e-6f, top)));

    // Positions as steps before the forecast origin: 0 is the last input day.
    const double first = -(m.positions - 1);
    for (int b = 0; b < m.blocks; ++b)
        for (int hd = 0; hd < m.heads; ++hd) {
            auto* rect = new QCPAxisRect(m_plot);
            grid->addElement(b, hd, rect);
            rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
            auto* x = rect->axis(QCPAxis::atBottom);
            auto* y = rect->axis(QCPAxis::atLeft);
            auto* caption = rect->axis(QCPAxis::atTop);
            caption->setVisible(true);
            caption->setTicks(false);
            caption->setTickLabels(false);
            //: Heading of one heatmap: attention block %1, head %2 (注意力块 / 头).
            caption->setLabel(tr("Block %1 · head %2").arg(b + 1).arg(hd + 1));
            if (b == m.blocks - 1)
                x->setLabel(tr("Day looked at (steps before the forecast)"));
            if (hd == 0)
                y->setLabel(tr("Day looking"));
            auto* map = new QCPColorMap(x, y);
            map->setObjectName(QStringLiteral("attention_b%1_h%2").arg(b + 1).arg(hd + 1));
            map->data()->setSize(m.positions, m.positions);
            map->data()->setRange(QCPRange(first, 0), QCPRange(first, 0));
            map->data()->fill(std::numeric_limits<double>::quiet_NaN());
            for (int p = 0; p < m.positions; ++p)
                for (int j = 0; j < m.window; ++j) {
                    const int source = p + m.offsets[std::size_t(j)];
                    if (source >= 0 && source < m.positions)
                        map->data()->setCell(source, p, m.at(b, hd, p, j));
                }
            map->setInterpolate(false);
            map->setColorScale(scale);
            x->setRange(first - 0.5, 0.5);
            y->setRange(first - 0.5, 0.5);
        }
    m_plot->replot();
}

void AttentionView::retranslate()
{
    //: Window title; %1 is the run's name.
    setWindowTitle(tr("Attention — %1").arg(m_runName));
    //: Label of the list of test predictions, each named by the first day it forecasts.
    m_dateLabel->setText(tr("&Prediction for:"));
    refresh();
}

void AttentionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace mcui
