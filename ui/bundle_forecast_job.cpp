// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle_forecast_job.h"

#include "bundle_forecast.h"
#include "bundle_forecast_text.h"
#include "csv_import.h"
#include "import_error_text.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace mcui {

// What the worker found; turned into translated text on the GUI thread.
struct BundleForecastJob::Outcome {
    QString bundleName;
    mc::BundleError bundleError;
    mc::ImportError importError;
    bool importFailed = false;
    std::shared_ptr<mc::ForecastResult> forecast;
};

void BundleForecastJob::work(const QString& bundlePath, std::shared_ptr<const mc::Dataset> dataset, const QStringList& dataPaths,
                             Outcome* out)
{
    out->bundleName = QFileInfo(bundlePath).fileName();
    auto loaded = mc::loadBundle(QFile::encodeName(bundlePath).toStdString());
    if (!loaded.ok()) {
        out->bundleError = loaded.error;
        return;
    }
    if (!dataset) {
        // New files are read as the model's training data was, so columns mean the same.
        mc::ImportOptions options;
        options.settings = loaded.bundle.config.import;
        std::vector<std::string> files;
        for (const auto& p : dataPaths)
            files.push_back(QFile::encodeName(QFileInfo(p).absoluteFilePath()).toStdString());
        auto imported = mc::importCsv(files, options);
        if (!imported.ok()) {
            out->importFailed = true;
            out->importError = imported.error;
            return;
        }
        dataset = std::make_shared<const mc::Dataset>(std::move(imported.dataset));
    }
    out->forecast = std::make_shared<mc::ForecastResult>(mc::forecastWithBundle(loaded.bundle, *dataset));
    if (out->forecast->ok() && out->forecast->run.modelFile.empty())
        out->forecast->run.modelFile = mc::bundleBytes(loaded.bundle);  // the attention view rebuilds the network from it
}

BundleForecastJob::BundleForecastJob(QObject* parent) : QObject(parent) {}

BundleForecastJob::~BundleForecastJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BundleForecastJob::start(const QString& bundlePath, std::shared_ptr<const mc::Dataset> dataset, const QStringList& dataPaths)
{
    if (m_thread)
        return false;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([bundlePath, dataset, dataPaths, outcome] { work(bundlePath, dataset, dataPaths, outcome.get()); });
    // finished is emitted on the worker thread; the queued connection brings it here.
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT runningChanged(false);
        deliver(*outcome);
    }, Qt::QueuedConnection);
    m_thread->start();
    Q_EMIT runningChanged(true);
    return true;
}

void BundleForecastJob::deliver(const Outcome& o)
{
    if (o.bundleError.code != mc::BundleErrorCode::None) {
        Q_EMIT failed(tr("The saved model “%1” cannot be used.").arg(o.bundleName) + QLatin1Char('\n') + bundleErrorText(o.bundleError));
        return;
    }
    if (o.importFailed) {
        Q_EMIT failed(importErrorMessage(o.importError));
        return;
    }
    if (!o.forecast)
        return;
    if (!o.forecast->ok()) {
        Q_EMIT failed(forecastFailureText(*o.forecast));
        return;
    }
    auto run = std::make_shared<const mc::ExperimentResult>(std::move(o.forecast->run));
    //: Name of a run made by forecasting with a saved model; %1 is the model file's name.
    Q_EMIT finished(run, tr("Forecast: %1").arg(o.bundleName), nonBlockingIssueTexts(o.forecast->issues));
}

}  // namespace mcui
