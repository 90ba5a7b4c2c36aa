// SPDX-License-Identifier: GPL-3.0-or-later
// marinecast: the GUI entry point. Sets up the application and translators, then hands over.
#include "main_window.h"
#include "screenshot_tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Forecasting for marine monitoring time series."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Run the sample journey and save screenshots into <folder>, then quit."),
                                         QStringLiteral("folder"));
    const QCommandLineOption epochs(QStringLiteral("screenshot-epochs"),
                                    QApplication::translate("main", "Epochs of the screenshot run."), QStringLiteral("n"),
                                    QStringLiteral("60"));
    parser.addOption(screenshots);
    parser.addOption(epochs);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Data files to open."));
    parser.process(app);

    mcui::MainWindow window;
    if (parser.isSet(screenshots)) {
        window.resize(1440, 900);
        window.show();
        mcui::ScreenshotTour tour(window, parser.value(screenshots), parser.value(epochs).toInt());
        QObject::connect(&tour, &mcui::ScreenshotTour::finished, &app, [](bool ok, const QString& message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
            QApplication::exit(ok ? 0 : 1);
        });
        tour.start();
        return QApplication::exec();
    }

    QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !mcui::MainWindow::samplePath().isEmpty())
        files << mcui::MainWindow::samplePath();
    if (!files.isEmpty())
        window.openData(files);
    window.show();
    return QApplication::exec();
}
