// SPDX-License-Identifier: GPL-3.0-or-later
// For the language tests: every text a widget tree shows (labels, buttons, actions, tabs, docks,
// combo items, item views with their headers, QCustomPlot and Qt Charts texts), and the English
// source strings of a .ts file to compare them with.
#pragma once

#include "qcustomplot_include.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QXmlStreamReader>

namespace visible_texts {

/// A text and where it was found, for the failure message.
struct Text {
    QString where;
    QString text;
};

namespace detail {

inline QString name(const QObject* o)
{
    const QString n = o->objectName();
    return QLatin1String(o->metaObject()->className()) + (n.isEmpty() ? QString() : QLatin1Char('#') + n);
}

inline void add(QList<Text>& out, const QString& where, const QString& text)
{
    if (!text.trimmed().isEmpty())
        out.append({where, text});
}

inline void addAction(QList<Text>& out, const QString& where, const QAction* a)
{
    if (a->isSeparator())
        return;
    add(out, where + QStringLiteral(" action"), a->text());
    add(out, where + QStringLiteral(" action tooltip"), a->toolTip());
    if (a->menu()) {
        add(out, where + QStringLiteral(" menu"), a->menu()->title());
        for (const auto* sub : a->menu()->actions())
            addAction(out, where + QStringLiteral(" > ") + a->menu()->title(), sub);
    }
}

inline void addModel(QList<Text>& out, const QString& where, const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    if (!parent.isValid())
        for (auto orientation : {Qt::Horizontal, Qt::Vertical}) {
            const int n = orientation == Qt::Horizontal ? model->columnCount() : model->rowCount();
            for (int i = 0; i < n; ++i)
                add(out, where + QStringLiteral(" header"), model->headerData(i, orientation, Qt::DisplayRole).toString());
        }
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            add(out, where + QStringLiteral(" cell"), index.data(Qt::DisplayRole).toString());
            add(out, where + QStringLiteral(" cell tooltip"), index.data(Qt::ToolTipRole).toString());
            if (c == 0 && model->hasChildren(index))
                addModel(out, where, model, index);
        }
}

inline void addLayout(QList<Text>& out, const QString& where, QCPLayout* layout)
{
    for (int i = 0; i < layout->elementCount(); ++i) {
        auto* e = layout->elementAt(i);
        if (auto* t = qobject_cast<QCPTextElement*>(e))
            add(out, where + QStringLiteral(" text element"), t->text());
        else if (auto* item = qobject_cast<QCPPlottableLegendItem*>(e))
            add(out, where + QStringLiteral(" legend"), item->plottable()->name());
        else if (auto* sub = qobject_cast<QCPLayout*>(e))
            addLayout(out, where, sub);
    }
}

inline void addPlot(QList<Text>& out, const QString& where, QCustomPlot* plot)
{
    addLayout(out, where, plot->plotLayout());
    for (auto* rect : plot->axisRects())
        for (auto* axis : rect->axes())
            add(out, where + QStringLiteral(" axis"), axis->label());
    for (int i = 0; i < plot->plottableCount(); ++i)
        add(out, where + QStringLiteral(" series"), plot->plottable(i)->name());
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(plot->item(i)))
            add(out, where + QStringLiteral(" item"), t->text());
}

inline void addChart(QList<Text>& out, const QString& where, QChart* chart)
{
    add(out, where + QStringLiteral(" title"), chart->title());
    for (auto* axis : chart->axes())
        add(out, where + QStringLiteral(" axis"), axis->titleText());
    for (auto* series : chart->series())
        add(out, where + QStringLiteral(" series"), series->name());
    for (auto* marker : chart->legend()->markers())
        add(out, where + QStringLiteral(" legend"), marker->label());
}

}  // namespace detail

/// Every text @p root and its descendants show, hidden ones included (they show later).
inline QList<Text> collect(QWidget* root)
{
    using namespace detail;
    QList<Text> out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QString where = name(w);
        if (w->isWindow() || qobject_cast<QDockWidget*>(w))
            add(out, where + QStringLiteral(" title"), w->windowTitle());
        add(out, where + QStringLiteral(" tooltip"), w->toolTip());
        for (const auto* a : w->actions())
            addAction(out, where, a);
        if (auto* l = qobject_cast<QLabel*>(w))
            add(out, where, l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(out, where, b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(out, where, g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i) {
                add(out, where + QStringLiteral(" tab"), t->tabText(i));
                add(out, where + QStringLiteral(" tab tooltip"), t->tabToolTip(i));
            }
        else if (auto* c = qobject_cast<QComboBox*>(w)) {
            add(out, where + QStringLiteral(" placeholder"), c->placeholderText());
            for (int i = 0; i < c->count(); ++i) {
                add(out, where + QStringLiteral(" item"), c->itemText(i));
                add(out, where + QStringLiteral(" item tooltip"), c->itemData(i, Qt::ToolTipRole).toString());
            }
        } else if (auto* s = qobject_cast<QSpinBox*>(w)) {
            add(out, where + QStringLiteral(" suffix"), s->suffix());
            add(out, where + QStringLiteral(" special"), s->specialValueText());
        } else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
            add(out, where + QStringLiteral(" suffix"), d->suffix());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(out, where + QStringLiteral(" placeholder"), e->placeholderText());
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            add(out, where + QStringLiteral(" placeholder"), p->placeholderText());
        else if (auto* m = qobject_cast<QMenu*>(w))
            add(out, where + QStringLiteral(" menu"), m->title());
        else if (auto* sb = qobject_cast<QStatusBar*>(w))
            add(out, where + QStringLiteral(" message"), sb->currentMessage());
        else if (auto* plot = qobject_cast<QCustomPlot*>(w))
            addPlot(out, where, plot);
        else if (auto* chart = qobject_cast<QChartView*>(w))
            addChart(out, where, chart->chart());
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            addModel(out, where, view->model());
    }
    return out;
}

/// The source strings of a Qt Linguist .ts file, and the test whether a text shows one of them.
class Sources {
public:
    explicit Sources(const QString& tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source"))
                addSource(xml.readElementText());
    }

    [[nodiscard]] int count() const { return int(m_exact.size()); }
    /// Texts that may equal a source: proper names, units, code tokens.
    void allow(const QStringList& texts)
    {
        for (const auto& t : texts)
            m_allowed.insert(normalised(t));
    }

    /// The English source @p text shows, or empty when it shows none.
    [[nodiscard]] QString englishSourceIn(const QString& text) const
    {
        const QString n = normalised(text);
        if (n.isEmpty() || m_allowed.contains(n))
            return {};
        if (m_exact.contains(n))
            return n;
        for (const auto& [source, pattern] : m_patterns)
            if (pattern.match(n).hasMatch())
                return source;
        return {};
    }

    /// Without accelerator marks and the trailing "…" or colon that menus and labels add.
    static QString normalised(QString t)
    {
        t.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        t.remove(QLatin1Char('&'));
        t.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        t = t.trimmed();
        for (const QString& tail : {QStringLiteral("…"), QStringLiteral("..."), QStringLiteral(":")})
            if (t.endsWith(tail))
                t.chop(tail.size());
        return t.trimmed();
    }

private:
    void addSource(const QString& source)
    {
        const QString n = normalised(source);
        m_exact.insert(n);
        static const QRegularExpression placeholder(QStringLiteral("%(?:n|L?\\d+)"));
        if (!placeholder.match(n).hasMatch())
            return;
        // Only sources with some English words besides their placeholders: "%1 · %2" says nothing.
        QString words = n;
        words.remove(placeholder);
        if (words.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 3)
            return;
        QString pattern;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(n); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(n.mid(last, m.capturedStart() - last)) + QStringLiteral(".*");
            last = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(n.mid(last));
        pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("s?"));  // "%n epoch(s)" shows "2 epochs"
        m_patterns.append({n, QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                 QRegularExpression::DotMatchesEverythingOption)});
    }

    QSet<QString> m_exact;
    QSet<QString> m_allowed;
    QList<QPair<QString, QRegularExpression>> m_patterns;
};

}  // namespace visible_texts
