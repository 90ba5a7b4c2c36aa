// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translated sentences for why a saved model cannot forecast on some data: the bundle could not be
// read, the data does not fit it, or the windows could not be built. Plain functions, GUI thread.

#include "bundle_forecast.h"

#include <QString>
#include <QStringList>

namespace mcui {

/// One sentence for a model file that cannot be used, naming the field or tensor concerned.
[[nodiscard]] QString bundleErrorText(const mc::BundleError& error);
/// One sentence for a mismatch between a model and the data, with what the data offers instead.
[[nodiscard]] QString bundleDataIssueText(const mc::BundleDataIssue& issue);
/// One sentence for a window-building failure.
[[nodiscard]] QString prepErrorText(const mc::PrepError& error);
/// The blocking issues of @p issues, one sentence each (empty when none blocks).
[[nodiscard]] QStringList blockingIssueTexts(const std::vector<mc::BundleDataIssue>& issues);
/// The warnings and notes of @p issues, one sentence each.
[[nodiscard]] QStringList nonBlockingIssueTexts(const std::vector<mc::BundleDataIssue>& issues);
/// Why @p result failed, in full: a lead sentence and every reason.
[[nodiscard]] QString forecastFailureText(const mc::ForecastResult& result);

}  // namespace mcui
