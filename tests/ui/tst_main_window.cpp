// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"
#include "main_window.h"

#include <QLabel>
#include <QTreeWidget>
#include <QtTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensSampleData();
};

void TestMainWindow::opensSampleData()
{
    mcui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString sample = mcui::MainWindow::samplePath();
    QVERIFY2(!sample.isEmpty(), "bundled sample data not found");
    QVERIFY(w.openData({sample}));
    QVERIFY(w.dataset());
    QVERIFY(w.dataset()->synthetic);
    auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("dataTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 5);
    auto* summary = w.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("Synthetic")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
