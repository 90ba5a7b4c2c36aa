// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only. Translators and the default QLocale are application-wide
// state, so there is one manager per application (instance()), owned by the QApplication.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QActionGroup;

namespace mcui {

/// The interface language, switched live. Owns Qt's own translator (qtbase_<code> from
/// QLibraryInfo::TranslationsPath) and MarineCast's (:/i18n/marinecast_<code>.qm). Installing or
/// removing them makes Qt post QEvent::LanguageChange to every widget, whose changeEvent re-sets
/// its texts; no restart is needed. The default QLocale follows, so numbers and dates formatted
/// afterwards match the language.
class LanguageManager final : public QObject {
    Q_OBJECT
public:
    /// The QSettings key holding the analyst's choice.
    static constexpr const char* kSettingsKey = "ui/language";

    /// The application's manager, created on first use (a QApplication must exist).
    static LanguageManager& instance();

    /// Codes of the languages offered, the source language first: "en", "zh_CN".
    [[nodiscard]] static QStringList languages();
    /// The language's name in itself ("English", "中文"), whatever the current language: someone
    /// who cannot read the interface still finds their own language in the menu.
    [[nodiscard]] static QString nativeName(const QString& code);
    /// The offered language that comes first among the system's UI languages; "en" when none does.
    [[nodiscard]] static QString systemDefault();
    /// The saved choice when it names an offered language, else systemDefault(): what the
    /// application starts in.
    [[nodiscard]] static QString startupLanguage();
    /// Saves @p code as the analyst's choice for the next start.
    static void saveLanguage(const QString& code);

    /// Switches to @p code ("en" or "zh_CN"); false, and nothing changes, for any other code.
    /// Widgets re-text when the posted LanguageChange events are delivered (the next turn of the
    /// event loop). A file that fails to load leaves that part in English, with a warning.
    bool setLanguage(const QString& code);
    /// The language set last; "en" before any call.
    [[nodiscard]] QString currentLanguage() const { return m_current; }

    /// One checkable action per language in an exclusive group owned by @p parent: triggering
    /// one switches and saves the choice; the checks follow switches made elsewhere.
    QActionGroup* createActions(QObject* parent);

Q_SIGNALS:
    /// Emitted after the translators changed (before the widgets re-text).
    void languageChanged(const QString& code);

private:
    LanguageManager();

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    QString m_current;
    bool m_applied = false;
};

}  // namespace mcui
