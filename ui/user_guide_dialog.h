// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QTextBrowser;

namespace mcui {

/// Help → User guide: the short guide in the current interface language, in a non-modal window
/// the analyst can keep open beside the main window. Switching the language swaps the document.
class UserGuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    /// The embedded guide for language @p code ("en", "zh_CN"); the English one for any other.
    [[nodiscard]] static QUrl guideUrl(const QString& code);
    /// The browser showing the guide (named "guideBrowser").
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_browser = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace mcui
