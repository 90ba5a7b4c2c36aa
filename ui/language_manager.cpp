// SPDX-License-Identifier: GPL-3.0-or-later
#include "language_manager.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>

namespace mcui {
namespace {

const QString kSourceLanguage = QStringLiteral("en");

// The locale numbers and dates follow. The system's own when it speaks the chosen language, so an
// en_GB or zh_TW desktop keeps its conventions; otherwise the language's main locale. The C
// locale (a bare server, a CI runner) counts as English: its formats are plain English ones.
QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language() || (code == kSourceLanguage && system.language() == QLocale::C))
        return system;
    return wanted;
}

}  // namespace

LanguageManager::LanguageManager() : m_current(kSourceLanguage) {}

LanguageManager& LanguageManager::instance()
{
    // Owned by the application, so it outlives every window and dies with the translators' users.
    static QPointer<LanguageManager> manager;
    if (!manager) {
        Q_ASSERT(QCoreApplication::instance());
        manager = new LanguageManager;
        manager->setParent(QCoreApplication::instance());
    }
    return *manager;
}

QStringList LanguageManager::languages() { return {kSourceLanguage, QStringLiteral("zh_CN")}; }

QString LanguageManager::nativeName(const QString& code)
{
    // Deliberately not translated: each language is named in itself.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (code == kSourceLanguage)
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::systemDefault()
{
    // uiLanguages() honours LANGUAGE=zh_CN:en as well as LANG, in the user's order of preference.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Chinese)
            return QStringLiteral("zh_CN");  // the only Chinese offered; closer than English for zh_TW too
        if (language == QLocale::English)
            return kSourceLanguage;
    }
    return kSourceLanguage;
}

QString LanguageManager::startupLanguage()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return languages().contains(saved) ? saved : systemDefault();
}

void LanguageManager::saveLanguage(const QString& code)
{
    if (languages().contains(code))
        QSettings().setValue(QLatin1String(kSettingsKey), code);
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!languages().contains(code))
        return false;
    if (m_applied && code == m_current)
        return true;
    // Before the translators: retranslate() handlers run later and format numbers with QLocale().
    QLocale::setDefault(localeFor(code));
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (code != kSourceLanguage) {
        // Exact file names rather than QTranslator's locale search, which would look for
        // zh_Hant_TW files on a Taiwanese desktop and find nothing.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(QStringLiteral("qtbase_") + code, qtDir))
            QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qWarning("LanguageManager: no qtbase_%s.qm in %s; Qt's own dialogs stay in English", qPrintable(code),
                     qPrintable(qtDir));
        if (m_appTranslator.load(QStringLiteral(":/i18n/marinecast_") + code + QStringLiteral(".qm")))
            QCoreApplication::installTranslator(&m_appTranslator);
        else
            qWarning("LanguageManager: :/i18n/marinecast_%s.qm is missing", qPrintable(code));
    }
    m_current = code;
    m_applied = true;
    Q_EMIT languageChanged(code);
    return true;
}

QActionGroup* LanguageManager::createActions(QObject* parent)
{
    auto* group = new QActionGroup(parent);
    group->setExclusive(true);
    for (const QString& code : languages()) {
        auto* action = group->addAction(nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_current);
        connect(action, &QAction::triggered, this, [this, code] {
            if (setLanguage(code))
                saveLanguage(code);
        });
    }
    connect(this, &LanguageManager::languageChanged, group, [group](const QString& code) {
        for (auto* action : group->actions())
            action->setChecked(action->data().toString() == code);
    });
    return group;
}

}  // namespace mcui
