// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: create, start and connect on the GUI thread; signals arrive there. The work
// (reading the model file and the data, forecasting) runs on a thread of its own.
#pragma once

#include "run_record.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace mc {
struct Dataset;
}

namespace mcui {

/// Forecasts with a saved model (model.mcmodel) off the GUI thread: mc::loadBundle, then the data
/// (the dataset given, or the files given read with the model's import settings), then
/// mc::forecastWithBundle. One forecast at a time.
class BundleForecastJob final : public QObject {
    Q_OBJECT
public:
    explicit BundleForecastJob(QObject* parent = nullptr);
    /// Waits for a forecast in progress (it cannot be interrupted; it takes seconds at most).
    ~BundleForecastJob() override;

    /// Forecasts with @p bundlePath on @p dataset, or, when it is null, on @p dataPaths. False
    /// while a forecast is in progress.
    bool start(const QString& bundlePath, std::shared_ptr<const mc::Dataset> dataset, const QStringList& dataPaths = {});
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// The forecast as a run (config from the bundle); @p notes are translated warnings (units,
    /// other data files). @p name: "Forecast: <bundle file name>".
    void finished(mcui::RunResultPtr result, const QString& name, const QStringList& notes);
    /// Translated, in plain words: what is wrong with the model file or the data.
    void failed(const QString& message);
    void runningChanged(bool running);

private:
    struct Outcome;
    /// On the worker thread: fills @p out.
    static void work(const QString& bundlePath, std::shared_ptr<const mc::Dataset> dataset, const QStringList& dataPaths,
                     Outcome* out);
    void deliver(const Outcome& outcome);

    QThread* m_thread = nullptr;
};

}  // namespace mcui
