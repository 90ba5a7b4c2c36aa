// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"
#include "format_sniffer.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QtTest>

#include <string>
#include <string_view>
#include <vector>

namespace {

std::string_view view(const QByteArray& bytes) { return {bytes.constData(), static_cast<std::size_t>(bytes.size())}; }

// Fields of the record that starts on physical line @p line.
std::vector<std::string> recordAt(std::string_view text, char delimiter, std::size_t line)
{
    mc::CsvReader reader(text, delimiter);
    std::vector<std::string_view> fields;
    while (reader.readRow(fields))
        if (reader.rowLine() == line)
            return {fields.begin(), fields.end()};
    return {};
}

}  // namespace

class TestFormatSniffer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inlineSamples_data();
    void inlineSamples();
    void firstLineOffset();
    void realHeaders_data();
    void realHeaders();
};

void TestFormatSniffer::inlineSamples_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<bool>("quoted");
    const auto row = [](const char* name, const char* text, char d, char dec, int header, bool quoted) {
        QTest::newRow(name) << QByteArray(text) << d << dec << header << quoted;
    };
    row("comma", "a,b,c\n1,2,3\n4,5,6\n", ',', '.', 1, false);
    row("semicolon, decimal comma", "Datum;Temp;Sal\n19.01.2015;12,5;30,1\n20.01.2015;13,0;29,8\n", ';', ',', 1, false);
    row("semicolon, decimal point", "a;b\n1.5;2.5\n3.5;4\n", ';', '.', 1, false);
    row("semicolon beats decimal commas", "a;b\n1,5;2,5\n3,5;4,5\n", ';', ',', 1, false);
    row("semicolon wins a tie", "1,5;2,5\n3,5;4,5\n", ';', ',', 1, false);
    row("tab", "a\tb\tc\n1\t2\t3\n", '\t', '.', 1, false);
    row("tab, decimal comma", "a\tb\n1,5\t2,5\n", '\t', ',', 1, false);
    row("pipe", "id|name|v\n1|Smith, J|2.5\n2|Doe, A|3.5\n", '|', '.', 1, false);
    row("quoted delimiters", "\"name, long\",b\n\"x, y\",2\n\"z, w\",3\n", ',', '.', 1, true);
    row("quoted semicolons", "id,note\n1,\"a;b;c\"\n2,\"d;e\"\n", ',', '.', 1, true);
    row("comments and blank lines", "# exported\n\n# units: a=C;b=PSU\nx,y\n1,2\n", ',', '.', 4, false);
    row("title lines", "Marine water quality\nExported 2020-01-01\n\nStation,Date,Temp\nDM1,2015-01-19,17.2\n"
                       "DM1,2015-02-07,15.8\n",
        ',', '.', 4, false);
    row("trailing delimiter everywhere", "\"A\",\"B\",\"C\",\r\n\"x\",1,2,\r\n\"y\",3,4,\r\n", ',', '.', 1, true);
    row("trailing delimiter on the header", "a,b,c,\n1,2,3\n4,5,6\n", ',', '.', 1, false);
    row("trailing delimiter on the rows", "a,b,c\n1,2,3,\n4,5,6,\n", ',', '.', 1, false);
    row("crlf", "a;b\r\n1;2\r\n", ';', '.', 1, false);
    row("space-padded quotes", "\"a\" , \"b\"\n  \"1\" ,  \"2\"\n", ',', '.', 1, true);
    row("last line cut", "a;b;c\n1;2;3\n4;5", ';', '.', 1, false);
    row("quotes only in rows", "a,b\n\"x\",1\n", ',', '.', 1, true);
    row("one column", "value\n1\n2\n", ',', '.', 1, false);
    row("one column after comments", "# c\n\nvalue\n1\n", ',', '.', 3, false);
    row("empty", "", ',', '.', 1, false);
    row("delimiter-only lines skipped", ",,\n\na,b,c\n1,2,3\n", ',', '.', 3, false);
    row("unterminated quote", "a,b\n1,\"open\n", ',', '.', 1, false);
}

void TestFormatSniffer::inlineSamples()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(char, decimal);
    QFETCH(int, headerLine);
    QFETCH(bool, quoted);
    const mc::FormatGuess guess = mc::sniffFormat(view(text));
    QCOMPARE(guess.delimiter, delimiter);
    QCOMPARE(guess.decimalSeparator, decimal);
    QCOMPARE(int(guess.headerLine), headerLine);
    QCOMPARE(guess.quoted, quoted);
}

void TestFormatSniffer::firstLineOffset()
{
    // A caller that already skipped 9 lines still gets physical line numbers.
    const mc::FormatGuess guess = mc::sniffFormat("Title\n\nx;y\n1;2\n", 10);
    QCOMPARE(guess.delimiter, ';');
    QCOMPARE(int(guess.headerLine), 12);
}

void TestFormatSniffer::realHeaders_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("preamble");  // prepended: title lines some exports add
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QString>("secondColumn");
    const QString nerrs = QStringLiteral("nerrs-swmp-gtm-raw15min-2019/extracted/gtmpiwq2019.csv");
    const QString daily = QStringLiteral("nerrs-swmp-gtm-daily/daily/gtmpiwq_daily.csv");
    const QString hk = QStringLiteral("hk-epd-marine-wq-2015-2020/MarineQuality_2015-2020.csv");
    QTest::newRow("nerrs 15 min") << nerrs << QByteArray() << 1 << true << QStringLiteral("isSWMP");
    QTest::newRow("nerrs daily") << daily << QByteArray() << 1 << true << QStringLiteral("date");
    QTest::newRow("hk epd") << hk << QByteArray() << 1 << false << QStringLiteral("Station");
    QTest::newRow("nerrs 15 min after a title") << nerrs << QByteArray("Guana Tolomato Matanzas\r\n# raw\r\n\r\n") << 4
                                                << true << QStringLiteral("isSWMP");
    QTest::newRow("hk epd after a title") << hk << QByteArray("Marine water quality, 2015-2020\r\n") << 2 << false
                                          << QStringLiteral("Station");
}

void TestFormatSniffer::realHeaders()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, preamble);
    QFETCH(int, headerLine);
    QFETCH(bool, quoted);
    QFETCH(QString, secondColumn);
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    if (root.isEmpty())
        QSKIP("MARINECAST_DATA_DIR is not set");
    QFile file(root + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(relative + QStringLiteral(" is not in MARINECAST_DATA_DIR")));
    const QByteArray head = preamble + file.read(64 * 1024);
    const mc::FormatGuess guess = mc::sniffFormat(view(head));
    QCOMPARE(guess.delimiter, ',');
    QCOMPARE(guess.decimalSeparator, '.');
    QCOMPARE(int(guess.headerLine), headerLine);
    QCOMPARE(guess.quoted, quoted);
    const auto header = recordAt(view(head), guess.delimiter, guess.headerLine);
    QVERIFY(header.size() > 2);
    QCOMPARE(QString::fromStdString(header[1]), secondColumn);
}

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_format_sniffer.moc"
