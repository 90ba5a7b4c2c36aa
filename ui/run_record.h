// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <memory>
namespace mc { struct ExperimentResult; }
namespace mcui {
/// A finished run's result; immutable once made, so panels share it instead of copying.
using RunResultPtr = std::shared_ptr<const mc::ExperimentResult>;
/// A run as the GUI keeps it.
struct RunRecord {
    int id = 0;
    QString name;
    QDateTime finished;
    RunResultPtr result;
};
}  // namespace mcui
Q_DECLARE_METATYPE(mcui::RunResultPtr)
