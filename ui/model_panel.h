// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "preset_store.h"
#include "run_config.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QSettings;
class QToolButton;
class QAction;

namespace mc {
struct Dataset;
}

namespace mcui {

class OptionForm;
class PeriodForm;

/// The "Model" dock: model kind, preset, station, target and covariates, date ranges and the
/// hyperparameter form generated from the model registry. It refuses invalid settings with a
/// reason in plain words; the main window enables Start from validityChanged.
class ModelPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ModelPanel(QWidget* parent = nullptr);
    ~ModelPanel() override;

    /// Offers @p dataset's stations and variables (nullptr: none). Keeps the current choices that
    /// still exist; moves the date ranges only when the data does not cover them.
    void setDataset(std::shared_ptr<const mc::Dataset> dataset);
    /// From the data tree: forecast @p variable at @p station.
    void setSelection(const QString& station, const QString& variable);

    /// Everything the form says, except dataPaths (the main window knows the files).
    [[nodiscard]] mc::RunConfig config() const;
    /// Shows @p config (model, values, data choices, ranges); options it lacks take their default.
    void setConfig(const mc::RunConfig& config);
    /// Applies preset @p name's values (as choosing it in the preset list does); false if unknown.
    bool applyPreset(const QString& name);

    /// Why the settings cannot start a run, in the current language; empty when they can.
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] bool isValid() const { return m_valid; }

    /// Saves the form's hyperparameters as the user preset @p name (replacing one of that name).
    /// Returns a translated error, empty on success.
    QString savePreset(const QString& name);
    QString renamePreset(const QString& from, const QString& to);
    QString deletePreset(const QString& name);
    /// Adds the user presets of @p presets that the store lacks (a name already there keeps its
    /// values), e.g. those a project file brings. Returns a translated error, empty on success.
    QString addPresets(const std::vector<mc::Preset>& presets);
    /// The presets offered: built-ins first, then the user's own.
    [[nodiscard]] const mc::PresetStore& presetStore() const { return m_presets; }
    /// A translated sentence for what core's checkConfig found.
    [[nodiscard]] static QString configIssueText(const mc::ConfigCheck& check);

    /// Remembers the model kind and hyperparameters (not data choices, which depend on the data).
    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

Q_SIGNALS:
    void configChanged();
    void validityChanged(bool valid, const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createForm();
    void retranslate();
    void setKind(const QString& kind);
    void refillStations(const QString& wanted);
    void refillTargets(const QString& wanted);
    void refillInputs();
    void updatePresetCombo();
    void refillPresets();
    [[nodiscard]] static std::string labelOf(const std::string& key);
    void presetMenuRequested();
    void onEdited();
    void updateValidity();
    [[nodiscard]] QString currentStation() const;
    [[nodiscard]] QString currentTarget() const;
    [[nodiscard]] QString dataError() const;

    std::shared_ptr<const mc::Dataset> m_dataset;
    QComboBox* m_kind = nullptr;
    QComboBox* m_preset = nullptr;
    QToolButton* m_presetMenuButton = nullptr;
    QAction* m_savePresetAction = nullptr;
    QAction* m_renamePresetAction = nullptr;
    QAction* m_deletePresetAction = nullptr;
    mc::PresetStore m_presets;
    QFormLayout* m_form = nullptr;
    OptionForm* m_options = nullptr;
    QLabel* m_dataHeader = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_target = nullptr;
    QListWidget* m_inputs = nullptr;
    QLabel* m_inputsLabel = nullptr;
    PeriodForm* m_periods = nullptr;
    QLabel* m_error = nullptr;
    QStringList m_checkedInputs;  ///< "STATION:VAR", absolute (a station change keeps them), in check order
    QString m_presetName;           ///< the preset last applied, while the values still match it
    bool m_updating = false;
    bool m_valid = false;
    QString m_reason;
};

}  // namespace mcui
