// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "comparison.h"

#include <QListWidget>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace mcui {

class RunListModel;

/// The configurations a comparison can be made of, each with a check box: the presets (applied
/// to the Model panel's settings), the Model panel's settings as they are ("Current settings"),
/// and every run of the session (its own settings). Ticked entries keep their tick when the runs
/// change. Each entry's key (Qt::UserRole) is "current", "preset:<name>" or "run:<id>".
class ConfigList final : public QListWidget {
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole;

    explicit ConfigList(QWidget* parent = nullptr);

    /// Lists the runs of @p runs (not owned; may be null) and follows its changes.
    void setRuns(RunListModel* runs);
    /// Where the Model panel's current settings come from (called when a comparison starts).
    void setConfigSource(std::function<mc::RunConfig()> source);

    /// The ticked configurations, in list order, named as listed (unique), not yet aligned.
    /// Presets and current settings need a config source; without one they are left out.
    [[nodiscard]] std::vector<mc::NamedConfig> checkedConfigs() const;
    [[nodiscard]] QStringList checkedKeys() const;
    /// Ticks exactly the entries of @p keys (unknown keys are ignored).
    void setCheckedKeys(const QStringList& keys);

    /// The display name of a preset, as the Model panel's preset list writes it, e.g. "Current".
    [[nodiscard]] static QString presetDisplayName(const mc::Preset& preset);

Q_SIGNALS:
    void checkedChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    [[nodiscard]] QString entryName(const QListWidgetItem* item) const;

    QPointer<RunListModel> m_runs;
    std::function<mc::RunConfig()> m_source;
    QStringList m_checked;  ///< keys, kept across rebuilds
    bool m_rebuilding = false;
};

}  // namespace mcui
