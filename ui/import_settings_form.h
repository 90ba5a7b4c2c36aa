// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "import_settings.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QGroupBox;

namespace mc {
struct ImportFileReport;
}

namespace mcui {

/// The import dialog's settings that are not about single columns: reading (encoding,
/// delimiter, decimal separator, header line, time format, UTC offset), quality (missing
/// markers, accepted flag codes, range checks) and stations and resampling. Column roles,
/// variable mapping, units and range overrides pass through unchanged.
class ImportSettingsForm final : public QWidget {
    Q_OBJECT
public:
    /// Flag codes offered as check boxes.
    static constexpr int kMinFlag = -5;
    static constexpr int kMaxFlag = 5;

    explicit ImportSettingsForm(QWidget* parent = nullptr);

    /// Shows @p settings; emits nothing.
    void setSettings(const mc::ImportSettings& settings);
    /// The settings as shown, with the column settings of the last setSettings().
    [[nodiscard]] mc::ImportSettings settings() const;

    /// Shows what automatic detection chose for the previewed file (nullptr: nothing known).
    void setDetected(const mc::ImportFileReport* file);

    [[nodiscard]] QCheckBox* flagBox(int code) const { return m_flags.value(code); }
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A setting was changed by the user.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createReadingPage();
    QWidget* createQualityPage();
    QWidget* createStationsPage();
    void retranslate();
    void browseStationsFile();
    void emitChanged();
    void addRow(QFormLayout* form, QWidget* field);
    void setLabel(QWidget* field, const QString& text) const;

    mc::ImportSettings m_base;
    bool m_updating = false;
    QString m_detectedEncoding, m_detectedDelimiter, m_detectedDecimal, m_detectedTimeFormat;

    QScrollArea* m_scroll = nullptr;
    QList<QGroupBox*> m_groups;  ///< reading, quality, stations and resampling
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_decimal = nullptr;
    QSpinBox* m_headerLine = nullptr;
    QComboBox* m_timeFormat = nullptr;
    QDoubleSpinBox* m_utcOffset = nullptr;
    QLineEdit* m_missing = nullptr;
    QMap<int, QCheckBox*> m_flags;
    QCheckBox* m_rangeChecks = nullptr;
    QLineEdit* m_stationsFile = nullptr;
    QPushButton* m_browseStations = nullptr;
    QPlainTextEdit* m_aliases = nullptr;
    QComboBox* m_interval = nullptr;
    QComboBox* m_aggregation = nullptr;
    QDoubleSpinBox* m_minFraction = nullptr;
    QSpinBox* m_minCount = nullptr;
    QSpinBox* m_fillGaps = nullptr;
    QMap<QWidget*, QLabel*> m_labels;  ///< field → its form label, re-texted in retranslate()
    QLabel* m_flagsLabel = nullptr;
    QLabel* m_aliasesHint = nullptr;
};

}  // namespace mcui
