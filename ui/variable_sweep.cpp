// SPDX-License-Identifier: GPL-3.0-or-later
#include "variable_sweep.h"

#include "comparison_job.h"
#include "dataset.h"

#include <algorithm>
#include <cmath>

namespace mcui {

VariableSweep::VariableSweep(ComparisonJob* job, QObject* parent) : QObject(parent), m_job(job)
{
    connect(m_job, &ComparisonJob::finished, this, &VariableSweep::onResults);
    connect(m_job, &ComparisonJob::failed, this, [this] {
        if (isActive())
            finish();  // the panel shows the message; the variables not begun stay "not run"
    });
}

QString VariableSweep::start(std::vector<mc::NamedConfig> configs, const std::string& station,
                             std::shared_ptr<const mc::Dataset> dataset)
{
    if (isActive() || m_job->isRunning())
        return tr("A comparison is in progress.");
    const auto* st = dataset ? dataset->station(station) : nullptr;
    if (!st)
        return tr("Choose a station first: click one of its variables in the data tree.");
    m_dataset = std::move(dataset);
    m_names.clear();
    for (auto& c : configs) {
        c.config.station = station;
        m_names << QString::fromStdString(c.name);
    }
    m_configs = std::move(configs);
    m_outcomes.clear();
    for (const auto& [variable, values] : st->variables)
        if (std::any_of(values.begin(), values.end(), [](double v) { return !std::isnan(v); }))
            m_outcomes.append({QString::fromStdString(variable), m_names, {}, false});
    if (m_outcomes.isEmpty())
        return tr("The station %1 has no values to forecast.").arg(QString::fromStdString(station));
    m_stopped = false;
    m_current = 0;
    startCurrent();
    return {};
}

void VariableSweep::stop()
{
    if (!isActive())
        return;
    m_stopped = true;
    m_job->requestStop();
}

void VariableSweep::clear()
{
    if (!isActive())
        m_outcomes.clear();
}

void VariableSweep::startCurrent()
{
    if (m_stopped || m_current >= m_outcomes.size()) {
        finish();
        return;
    }
    auto configs = m_configs;
    const std::string variable = m_outcomes[m_current].variable.toStdString();
    for (auto& c : configs) {
        const std::string station = c.config.station;
        c.config.target = variable;
        // The target's own past is always the first feature; as a covariate too it would repeat.
        auto& in = c.config.inputs;
        in.erase(std::remove_if(in.begin(), in.end(),
                                [&](const mc::InputRef& r) { return (r.station.empty() || r.station == station) && r.variable == variable; }),
                 in.end());
    }
    mc::alignForComparison(configs);
    if (!m_job->start(std::move(configs), m_dataset))
        finish();
}

void VariableSweep::onResults(const QStringList&, const QVector<RunResultPtr>& results)
{
    if (!isActive())
        return;  // a single comparison, not ours
    auto& o = m_outcomes[m_current];
    o.results = results;
    o.run = true;
    Q_EMIT variableFinished(m_current);
    ++m_current;
    startCurrent();
}

void VariableSweep::finish()
{
    m_current = -1;
    m_dataset.reset();
    Q_EMIT finished();
}

}  // namespace mcui
