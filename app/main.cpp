// SPDX-License-Identifier: GPL-3.0-or-later
// marinecast: the GUI entry point. Sets up the application and its language, then hands over.
#include "language_manager.h"
#include "main_window.h"
#include "project_controller.h"
#include "run_list_model.h"
#include "trainer.h"
#include "screenshot_tour.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    // Before QApplication: --version must work on a machine without a display.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("marinecast %s (%s)\n", MARINECAST_VERSION, mc::runtimeSummary().c_str());
            return 0;
        }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MarineCast"));
    QApplication::setOrganizationName(QStringLiteral("MarineCast"));
    QApplication::setApplicationVersion(QStringLiteral(MARINECAST_VERSION));

    // The language before any widget exists, so the first paint is already translated: the
    // analyst's saved choice, else the system's.
    auto& languages = mcui::LanguageManager::instance();
    languages.setLanguage(mcui::LanguageManager::startupLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Forecasting for marine monitoring time series."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                        QApplication::translate("main", "Print the version, the LibTorch version and the device, then quit.")));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Run the sample journey and save screenshots into <folder>, then quit."),
                                         QStringLiteral("folder"));
    const QCommandLineOption epochs(QStringLiteral("screenshot-epochs"),
                                    QApplication::translate("main", "Epochs of the screenshot run."), QStringLiteral("n"),
                                    QStringLiteral("60"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "Interface language for this session: %1.")
                                          .arg(mcui::LanguageManager::languages().join(QStringLiteral(", "))),
                                      QStringLiteral("code"));
    parser.addOption(screenshots);
    parser.addOption(epochs);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Data files to open."));
    parser.process(app);
    // Not saved: the screenshot script and one-off sessions must not change the analyst's choice.
    if (parser.isSet(language) && !languages.setLanguage(parser.value(language))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Unknown language “%1”; choose one of: %2.")
                                    .arg(parser.value(language), mcui::LanguageManager::languages().join(QStringLiteral(", ")))));
        return 2;
    }

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
    window.show();
    if (files.size() == 1 && files.front().endsWith(QStringLiteral(".mcproj"))) {
        window.project()->open(files.front());
    } else {
        // Work autosaved by a session that never saved it comes first; the sample only fills an empty window.
        window.project()->offerRecovery();
        const bool recovered = window.project()->isModified();
        if (files.isEmpty() && !recovered && !mcui::MainWindow::samplePath().isEmpty())
            files << mcui::MainWindow::samplePath();
        if (!files.isEmpty())
            window.openData(files);
        if (!recovered)
            window.project()->setModified(false);  // opening data alone is nothing to save yet
    }
    return QApplication::exec();
}
