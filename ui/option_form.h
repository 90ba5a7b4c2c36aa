// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "model_registry.h"

#include <QObject>
#include <QString>

#include <map>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace mcui {

/// The hyperparameter rows of the model panel, generated from the model registry: one editor per
/// mc::OptionDesc (check box, spin box, number field, choice list or text field), named
/// "opt_<key>", with the translated label and help. It adds its rows at the end of a form layout
/// it does not own, so its labels line up with the panel's other rows.
class OptionForm final : public QObject {
    Q_OBJECT
public:
    /// Rows go to the end of @p layout; editors are created as children of @p editorParent.
    OptionForm(QFormLayout* layout, QWidget* editorParent);
    ~OptionForm() override;

    /// Replaces the rows with those of model @p kind, every value at its default.
    void build(const std::string& kind);
    [[nodiscard]] const std::string& kind() const { return m_kind; }

    /// Every option's current value.
    [[nodiscard]] mc::ParamSet params() const;
    /// Sets the options @p values names; others keep their value. Unknown keys are ignored.
    void setValues(const std::map<std::string, mc::ParamValue>& values);
    /// Every option back to its default, then @p values.
    void reset(const std::map<std::string, mc::ParamValue>& values = {});

    /// What an editor holds that is not a valid value (e.g. a malformed learning rate, a CUDA
    /// device this machine lacks); empty when every field is fine.
    [[nodiscard]] QString inputError() const;

    /// Re-sets labels, tooltips and choice texts in the current language.
    void retranslate();

    /// @p english (a label, help text or summary from the registry) in the current language.
    /// Warns once per text missing from the lupdate table, so registry growth is noticed.
    [[nodiscard]] static QString translatedText(const std::string& english);
    /// The value an unset "threads" option shows: all cores but one, at least 1.
    [[nodiscard]] static int defaultThreads();

Q_SIGNALS:
    void changed();

private:
    struct Field {
        mc::OptionDesc desc;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
    };

    [[nodiscard]] QWidget* createEditor(const mc::OptionDesc& desc);
    [[nodiscard]] QWidget* createDeviceEditor();
    void addSection(const QString& objectName);
    void clear();
    [[nodiscard]] mc::ParamValue value(const Field& field) const;
    void setValue(Field& field, const mc::ParamValue& value);
    [[nodiscard]] mc::ParamValue defaultValue(const mc::OptionDesc& desc) const;
    void retranslateDevices();

    QFormLayout* m_layout;
    QWidget* m_editorParent;
    std::string m_kind;
    std::vector<Field> m_fields;
    std::vector<QLabel*> m_sections;
    int m_firstRow = 0;
    bool m_setting = false;
};

}  // namespace mcui
