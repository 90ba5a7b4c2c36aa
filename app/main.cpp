// SPDX-License-Identifier: GPL-3.0-or-later
// marinecast: the GUI entry point. Sets up the application and translators, then hands over.
#include "main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MarineCast"));
    QApplication::setOrganizationName(QStringLiteral("MarineCast"));
    QApplication::setApplicationVersion(QStringLiteral(MARINECAST_VERSION));

    // Both translators before any widget exists, so the first paint is already translated.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("marinecast"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    mcui::MainWindow window;
    QStringList files = QApplication::arguments().mid(1);
    if (files.isEmpty() && !mcui::MainWindow::samplePath().isEmpty())
        files << mcui::MainWindow::samplePath();
    if (!files.isEmpty())
        window.openData(files);
    window.show();
    return QApplication::exec();
}
