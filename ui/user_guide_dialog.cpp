// SPDX-License-Identifier: GPL-3.0-or-later
#include "user_guide_dialog.h"

#include "language_manager.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcui {

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    // A guide is read while working: it must not block the window it explains.
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    resize(760, 680);
    retranslate();
}

QUrl UserGuideDialog::guideUrl(const QString& code)
{
    const QString path = QStringLiteral(":/guide/guide_") + code + QStringLiteral(".html");
    return QUrl(QFile::exists(path) ? QStringLiteral("qrc") + path : QStringLiteral("qrc:/guide/guide_en.html"));
}

void UserGuideDialog::retranslate()
{
    setWindowTitle(tr("MarineCast user guide"));
    const QUrl url = guideUrl(LanguageManager::instance().currentLanguage());
    if (m_browser->source() != url) {
        m_browser->setSource(url);
        // Back would otherwise lead into the other language's document.
        m_browser->clearHistory();
    }
}

void UserGuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace mcui
