// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_panel.h"

#include "experiment.h"
#include "model_registry.h"
#include "run_config.h"
#include "training_job.h"
#include "training_status_widget.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mcui {

namespace {

constexpr int kMaxLogLines = 5000;
const QColor kTrainColor(0x1f, 0x77, 0xb4);
const QColor kValColor(0x2c, 0xa0, 0x2c);
const QColor kBestColor(0xd6, 0x27, 0x28);

QString number(double v) { return std::isfinite(v) ? QString::number(v, 'g', 4) : QStringLiteral("–"); }

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingPanel"));
    m_progress = new TrainingStatusWidget;
    m_progress->setObjectName(QStringLiteral("panelTrainingStatus"));

    m_trainSeries = new QLineSeries;
    m_trainSeries->setObjectName(QStringLiteral("trainLoss"));
    m_trainSeries->setPen(QPen(kTrainColor, 2));
    m_valSeries = new QLineSeries;
    m_valSeries->setObjectName(QStringLiteral("validationLoss"));
    m_valSeries->setPen(QPen(kValColor, 2));
    m_bestSeries = new QScatterSeries;
    m_bestSeries->setObjectName(QStringLiteral("bestEpoch"));
    m_bestSeries->setMarkerSize(10);
    m_bestSeries->setColor(kBestColor);
    m_bestSeries->setBorderColor(Qt::white);

    m_chart = new QChart;
    m_chart->addSeries(m_trainSeries);
    m_chart->addSeries(m_valSeries);
    m_chart->addSeries(m_bestSeries);
    m_epochAxis = new QValueAxis;
    m_epochAxis->setLabelFormat(QStringLiteral("%d"));
    m_epochAxis->setTickType(QValueAxis::TicksDynamic);
    m_epochAxis->setTickAnchor(0);
    m_lossAxis = new QLogValueAxis;
    m_lossAxis->setBase(10);
    m_lossAxis->setLabelFormat(QStringLiteral("%g"));
    m_lossAxis->setMinorTickCount(-1);
    m_chart->addAxis(m_epochAxis, Qt::AlignBottom);
    m_chart->addAxis(m_lossAxis, Qt::AlignLeft);
    for (auto* s : {static_cast<QXYSeries*>(m_trainSeries), static_cast<QXYSeries*>(m_valSeries),
                    static_cast<QXYSeries*>(m_bestSeries)}) {
        s->attachAxis(m_epochAxis);
        s->attachAxis(m_lossAxis);
    }
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    updateAxes();

    m_chartView = new QChartView(m_chart);
    m_chartView->setObjectName(QStringLiteral("lossChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);

    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_chartView);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    // The log's size hint is as tall as the chart's; the chart is what the analyst watches.
    m_splitter->setSizes({3000, 1000});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(kRedrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &TrainingPanel::redraw);

    retranslate();
}

TrainingPanel::~TrainingPanel() = default;

void TrainingPanel::runStarted(const QString& runName, int epochs)
{
    m_runName = runName;
    m_epochs = epochs;
    m_trainPoints.clear();
    m_valPoints.clear();
    m_bestPoint.clear();
    m_redrawTimer.stop();
    redraw();
    m_progress->runStarted(epochs);
    retranslate();
    appendLog(tr("Run “%1” started, epochs planned: %2.").arg(runName).arg(epochs));
}

void TrainingPanel::logSettings(const mc::RunConfig& config)
{
    // The settings that tell two runs apart in the log; the full set is in run.json.
    static const char* const kKeys[] = {"lookback", "horizon", "hidden", "layers", "batch", "lr",
                                        "epochs", "early-stop", "predict-change", "seed", "device", "threads"};
    const auto options = mc::optionsFor(config.model);
    QStringList parts;
    for (const char* key : kKeys) {
        const auto* desc = mc::findOption(options, key);
        if (!desc)
            continue;
        const auto& value = config.params.has(key) ? config.params.values().at(key) : desc->defaultValue;
        parts << QLatin1String(key) + QLatin1Char(' ') + QString::fromStdString(mc::formatParam(value));
    }
    const auto* model = mc::findModel(config.model);
    const QString modelName = QString::fromStdString(model ? model->displayName : config.model);
    const QString station = config.station.empty() ? tr("(only station with the target)") : QString::fromStdString(config.station);
    QString line = tr("Model %1, station %2, target %3").arg(modelName, station, QString::fromStdString(config.target));
    if (!config.preset.empty())
        line += QStringLiteral(" · ") + tr("preset %1").arg(QString::fromStdString(config.preset));
    appendLog(line + QStringLiteral(" · ") + parts.join(QLatin1String(", ")));
}

void TrainingPanel::addEpoch(const EpochInfo& info)
{
    // Log scale: a loss of exactly zero or NaN has no place on the axis; the gap says enough.
    if (std::isfinite(info.trainLoss) && info.trainLoss > 0)
        m_trainPoints.append(QPointF(info.epoch, info.trainLoss));
    if (std::isfinite(info.valLoss) && info.valLoss > 0)
        m_valPoints.append(QPointF(info.epoch, info.valLoss));
    if (info.best) {
        const double monitored = std::isfinite(info.valLoss) ? info.valLoss : info.trainLoss;
        m_bestPoint.clear();
        if (std::isfinite(monitored) && monitored > 0)
            m_bestPoint.append(QPointF(info.epoch, monitored));
    }
    m_progress->addEpoch(info);
    scheduleRedraw();
}

void TrainingPanel::runFinished(const RunResultPtr& result)
{
    m_redrawTimer.stop();
    redraw();
    m_progress->runFinished(result);
    if (!result)
        return;
    const auto& t = result->training;
    const QString duration = TrainingStatusWidget::formatDuration(t.trainSeconds);
    const QString device = QString::fromStdString(t.device);
    switch (t.status) {
    case mc::TrainStatus::EarlyStopped:
        appendLog(tr("Stopped early after epoch %1: the validation loss stopped improving. Best epoch %2 kept (%3 on %4).")
                      .arg(t.epochsRun)
                      .arg(t.bestEpoch)
                      .arg(duration, device));
        break;
    case mc::TrainStatus::Stopped:
        appendLog(tr("Stopped after epoch %1 on request. The best epoch so far, %2, is kept (%3 on %4).")
                      .arg(t.epochsRun)
                      .arg(t.bestEpoch)
                      .arg(duration, device));
        break;
    default:
        appendLog(tr("Finished after epoch %1 in %2 on %3, threads: %4; best epoch %5.")
                      .arg(t.epochsRun)
                      .arg(duration, device)
                      .arg(t.threads)
                      .arg(t.bestEpoch));
        break;
    }
    const QString unit = QString::fromStdString(result->unit());
    const QString verdict = result->skill > 0 ? tr("the model beats persistence")
                                              : tr("the model does not beat persistence");
    appendLog(tr("Test RMSE %1 %2 (persistence %3, climatology %4); skill vs persistence %5: %6.")
                  .arg(number(result->model.pooled.rmse), unit, number(result->persistenceScore.pooled.rmse),
                       number(result->climatologyScore.pooled.rmse), number(result->skill), verdict));
    for (const auto& w : result->warnings) {
        const QString detail = QString::fromStdString(w.detail);
        QString text;
        if (w.code == "constant_prediction")
            text = tr("Warning: a forecast step never changes, probably a dead output. Try output activation “none” "
                      "or predicting the change (%1).")
                       .arg(detail);
        else if (w.code == "worse_than_persistence")
            text = tr("Warning: the model is less accurate than assuming tomorrow equals today (%1).").arg(detail);
        else
            text = tr("Warning: %1").arg(detail);
        appendLog(text);
    }
}

void TrainingPanel::runFailed(const QString& message)
{
    m_redrawTimer.stop();
    redraw();
    m_progress->runFailed(message);
    appendLog(tr("Failed: %1").arg(message));
}

void TrainingPanel::appendLog(const QString& text)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    const QString prefix = QLatin1Char('[') + stamp + QLatin1String("] ");
    // Continuation lines (a failure's details) indented under the message, clear of the stamps.
    QString body = text;
    body.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' ')));
    m_log->appendPlainText(prefix + body);
}

void TrainingPanel::scheduleRedraw()
{
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void TrainingPanel::redraw()
{
    m_trainSeries->replace(m_trainPoints);
    m_valSeries->replace(m_valPoints);
    m_bestSeries->replace(m_bestPoint);
    updateAxes();
}

void TrainingPanel::updateAxes()
{
    const int lastEpoch = m_trainPoints.isEmpty() ? 0 : int(m_trainPoints.last().x());
    const int span = std::max({m_epochs, lastEpoch, 2});
    // Ticks on round epoch numbers (1, 2, 5 × 10^k apart), at most about ten of them.
    double step = 1;
    while (span / step > 10) {
        const double decade = std::pow(10.0, std::floor(std::log10(step)));
        const double mantissa = step / decade;
        step = decade * (mantissa < 2 ? 2 : mantissa < 5 ? 5 : 10);
    }
    m_epochAxis->setRange(0, span);
    m_epochAxis->setTickInterval(step);

    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (const auto* points : {&m_trainPoints, &m_valPoints})
        for (const auto& p : *points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    if (!(hi > 0)) {
        lo = 1e-3;
        hi = 1;
    }
    // Whole decades keep the log axis' labels at powers of ten.
    const double bottom = std::pow(10.0, std::floor(std::log10(lo)));
    double top = std::pow(10.0, std::ceil(std::log10(hi)));
    if (top <= bottom)
        top = bottom * 10;
    // A hair outside the decades: the axis rounds log10 of its ends, and an end at exactly
    // 1e-4 can come out as -3.99999 and lose its label.
    m_lossAxis->setRange(bottom * 0.999, top * 1.001);
}

void TrainingPanel::retranslate()
{
    //: Chart title. Loss: the training loss being minimised, not a financial loss; epoch: one full pass
    //: of training over the training windows (轮), not a point in time.
    const QString title = tr("Loss per epoch");
    //: The same chart title followed by the run's name (%1).
    m_chart->setTitle(m_runName.isEmpty() ? title : tr("Loss per epoch: %1").arg(m_runName));
    m_trainSeries->setName(tr("Training loss"));
    m_valSeries->setName(tr("Validation loss"));
    //: Legend entry: the training epoch (pass over the training data) with the lowest validation loss, whose model is kept.
    m_bestSeries->setName(tr("Best epoch (kept)"));
    //: Axis title: training epoch, one full pass over the training windows (轮), not a date or an era.
    m_epochAxis->setTitleText(tr("Epoch"));
    m_lossAxis->setTitleText(tr("Loss (log scale)"));
    m_log->setPlaceholderText(tr("Messages and warnings of the training runs appear here."));
}

void TrainingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
