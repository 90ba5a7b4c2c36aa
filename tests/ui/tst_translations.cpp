// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 (interface language): the committed Chinese translation is complete and in step with the
// sources. It runs lupdate over the same source list as the marinecast_lupdate target (written by
// CMake into MC_TRANSLATION_INPUTS) into a copy of each .ts and compares the messages.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Inputs {
    QString lupdate;
    QStringList options;
    QStringList tsFiles;
    QStringList sources;
};

// One "key=value" a line: lupdate=, option=, ts=, source=.
Inputs readInputs()
{
    Inputs in;
    QFile file(QStringLiteral(MC_TRANSLATION_INPUTS));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return in;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq), value = line.mid(eq + 1);
        if (key == QLatin1String("lupdate"))
            in.lupdate = value;
        else if (key == QLatin1String("option"))
            in.options << value;
        else if (key == QLatin1String("ts"))
            in.tsFiles << value;
        else if (key == QLatin1String("source"))
            in.sources << value;
    }
    return in;
}

struct Message {
    QString context, source, comment, translation;
    QString type;  ///< "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList forms;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source"))
                    m.source = xml.readElementText();
                else if (xml.name() == QLatin1String("comment"))
                    m.comment = xml.readElementText();
                else if (xml.name() == QLatin1String("translation"))
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                else if (xml.name() == QLatin1String("numerusform"))
                    m.forms << xml.readElementText();
                if (xml.name() == QLatin1String("translation") && !m.numerus)
                    m.translation = xml.readElementText();
            }
            if (m.numerus)
                m.translation = m.forms.join(QLatin1Char('\n'));
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

QString key(const Message& m) { return m.context + QLatin1String(" | ") + m.source + QLatin1String(" | ") + m.comment; }

QSet<QString> keys(const QList<Message>& messages)
{
    QSet<QString> out;
    for (const auto& m : messages)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            out.insert(key(m));
    return out;
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

// An accelerator: '&' before a character other than '&' or a space ("&&" is a literal ampersand).
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&[^&\\s]"));
    return re.match(text).hasMatch();
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void committedTranslationsAreComplete_data();
    void committedTranslationsAreComplete();
    void translationsAreUpToDateWithTheSources_data();
    void translationsAreUpToDateWithTheSources();

private:
    Inputs m_inputs;
};

void TestTranslations::initTestCase()
{
    m_inputs = readInputs();
    QVERIFY2(QFileInfo(m_inputs.lupdate).isExecutable(), qPrintable(m_inputs.lupdate));
    QVERIFY(!m_inputs.tsFiles.isEmpty());
    QVERIFY(m_inputs.sources.size() > 10);
    for (const auto& s : m_inputs.sources)
        QVERIFY2(QFile::exists(s), qPrintable(s));
}

void TestTranslations::committedTranslationsAreComplete_data()
{
    QTest::addColumn<QString>("ts");
    for (const auto& ts : m_inputs.tsFiles)
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TestTranslations::committedTranslationsAreComplete()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const auto& m : messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
        else if (m.translation.trimmed().isEmpty() || (m.numerus && m.forms.contains(QString())))
            problems << QStringLiteral("%1 has an empty translation").arg(where);
        else if (placeholders(m.translation) != placeholders(m.source))
            problems << QStringLiteral("%1: the translation \"%2\" changes the placeholders").arg(where, m.translation);
        else if (m.numerus && !m.translation.contains(QLatin1String("%n")))
            problems << QStringLiteral("%1: the translation \"%2\" drops %n").arg(where, m.translation);
        else if (hasAccelerator(m.source) && !hasAccelerator(m.translation))
            problems << QStringLiteral("%1: the translation \"%2\" lost its accelerator").arg(where, m.translation);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2:\n  %3")
                                                .arg(problems.size()).arg(ts, problems.join(QStringLiteral("\n  ")))));
}

void TestTranslations::translationsAreUpToDateWithTheSources_data() { committedTranslationsAreComplete_data(); }

void TestTranslations::translationsAreUpToDateWithTheSources()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(dir.path());
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(m_inputs.lupdate, QStringList(m_inputs.options) << m_inputs.sources << QStringLiteral("-ts") << copy);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));

    QString error;
    const QList<Message> committed = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> before = keys(committed), after = keys(fresh);
    const QStringList added = sorted(after - before), gone = sorted(before - after);
    const QString hint = QStringLiteral("\nRun `ninja -C build marinecast_lupdate`, translate the new entries and commit the .ts.");
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("%1 source string(s) not in %2:\n  %3").arg(added.size()).arg(ts, added.join(QStringLiteral("\n  "))) + hint));
    QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("%1 entr(y/ies) of %2 no longer in the sources:\n  %3").arg(gone.size()).arg(ts, gone.join(QStringLiteral("\n  "))) + hint));
    int unfinished = 0;
    for (const auto& m : fresh)
        unfinished += m.type.isEmpty() ? 0 : 1;
    QCOMPARE(unfinished, 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
