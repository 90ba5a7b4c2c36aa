// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_decode.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QtTest>

#include <stdexcept>
#include <string>
#include <string_view>

namespace {

using mc::TextEncoding;

std::string_view view(const QByteArray& bytes) { return {bytes.constData(), static_cast<std::size_t>(bytes.size())}; }
QByteArray bytes(const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

struct Result {
    QByteArray text;
    bool ok = true;
    qint64 errorOffset = -1;
};

// Feeds @p input in chunks of @p chunk bytes, the last call marked as such.
Result decodeInChunks(TextEncoding encoding, const QByteArray& input, qsizetype chunk)
{
    mc::TextDecoder decoder(encoding);
    std::string out;
    Result r;
    qsizetype pos = 0;
    do {
        const qsizetype n = std::min(chunk, input.size() - pos);
        if (!decoder.decode(view(input.mid(pos, n)), out, pos + n == input.size())) {
            r.ok = false;
            r.errorOffset = qint64(decoder.errorOffset());
            break;
        }
        pos += n;
    } while (pos < input.size());
    r.text = bytes(out);
    return r;
}

// Byte text written with escapes, so every test input is visible as bytes.
const QByteArray kGbWaterTemp("\xCB\xAE\xCE\xC2");         // 水温 in GB18030/GBK/GB2312
const QByteArray kUtf8WaterTemp("\xE6\xB0\xB4\xE6\xB8\xA9");  // 水温 in UTF-8

QString dataFile(const char* relative)
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    return root.isEmpty() ? QString() : root + QLatin1Char('/') + QLatin1String(relative);
}

}  // namespace

Q_DECLARE_METATYPE(mc::TextEncoding)

class TestTextDecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void decode_data();
    void decode();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void invalidBytes_data();
    void invalidBytes();
    void staysFailed();
    void autoIsAProgrammingError();
    void utf8IsFast();
    void realFiles_data();
    void realFiles();
};

void TestTextDecode::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<TextEncoding>("expected");
    QTest::newRow("ascii") << QByteArray("date,temp\n2019-01-01,12.5\n") << TextEncoding::Utf8;
    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8;
    QTest::newRow("utf-8 chinese") << QByteArray("date," + kUtf8WaterTemp + "\n") << TextEncoding::Utf8;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" "a,b\n") << TextEncoding::Utf8;
    QTest::newRow("utf-8 cut at the end") << QByteArray("a,b\n" + kUtf8WaterTemp.left(5)) << TextEncoding::Utf8;
    QTest::newRow("gb18030") << QByteArray("\xCA\xB1\xBC\xE4," + kGbWaterTemp + "\n2019,12.5\n") << TextEncoding::Gb18030;
    QTest::newRow("gb18030 cut at the end") << QByteArray("a," + kGbWaterTemp + "\n\xCB") << TextEncoding::Gb18030;
    QTest::newRow("gb18030 degree sign") << QByteArray(kGbWaterTemp + "(\xA1\xE3" "C)") << TextEncoding::Gb18030;
    QTest::newRow("latin-1 degree") << QByteArray("Temp \xB0" "C,Sal\n") << TextEncoding::Latin1;
    QTest::newRow("latin-1 accents") << QByteArray("Temp\xE9rature,Salinit\xE9\n12,5\n") << TextEncoding::Latin1;
    QTest::newRow("latin-1 micro") << QByteArray("SpCond \xB5S/cm\n") << TextEncoding::Latin1;
    QTest::newRow("invalid everywhere") << QByteArray("\x80" "abc") << TextEncoding::Latin1;
}

void TestTextDecode::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(TextEncoding, expected);
    // As int: mc::toString(TextEncoding) lives in the settings code, which this test does not link.
    QCOMPARE(int(mc::detectEncoding(view(head))), int(expected));
}

void TestTextDecode::decode_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utf-8 passes through") << TextEncoding::Utf8 << QByteArray("a," + kUtf8WaterTemp + "\n")
                                          << QByteArray("a," + kUtf8WaterTemp + "\n");
    QTest::newRow("utf-8 bom dropped") << TextEncoding::Utf8 << QByteArray("\xEF\xBB\xBF" "a") << QByteArray("a");
    QTest::newRow("utf-8 later bom kept") << TextEncoding::Utf8 << QByteArray("a\xEF\xBB\xBF")
                                          << QByteArray("a\xEF\xBB\xBF");
    QTest::newRow("latin-1 degree") << TextEncoding::Latin1 << QByteArray("\xB0" "C") << QByteArray("\xC2\xB0" "C");
    QTest::newRow("latin-1 e acute, y diaeresis") << TextEncoding::Latin1 << QByteArray("\xE9\xFF")
                                                  << QByteArray("\xC3\xA9\xC3\xBF");
    QTest::newRow("latin-1 keeps a utf-8 bom as text") << TextEncoding::Latin1 << QByteArray("\xEF")
                                                       << QByteArray("\xC3\xAF");
    QTest::newRow("gb18030 water temperature") << TextEncoding::Gb18030 << kGbWaterTemp << kUtf8WaterTemp;
    QTest::newRow("gb18030 four bytes") << TextEncoding::Gb18030 << QByteArray("\x81\x30\x86\x38\x94\x39\xFC\x36")
                                        << QByteArray("\xC3\x80\xF0\x9F\x98\x80");  // À 😀
    QTest::newRow("gb18030 bom dropped") << TextEncoding::Gb18030 << QByteArray("\x84\x31\x95\x33" "a")
                                         << QByteArray("a");
}

void TestTextDecode::decode()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Result r = decodeInChunks(encoding, input, input.size() + 1);
    QVERIFY(r.ok);
    QCOMPARE(r.text, expected);
}

void TestTextDecode::chunkBoundaries_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("utf-8") << TextEncoding::Utf8
                           << QByteArray("\xEF\xBB\xBFtime," + kUtf8WaterTemp + "\xC2\xB0\xF0\x9F\x98\x80\n1,2\n");
    QTest::newRow("gb18030") << TextEncoding::Gb18030
                             << QByteArray("\x84\x31\x95\x33" "a," + kGbWaterTemp + "\x81\x30\x86\x38" "b\xA1\xE3\n");
    QTest::newRow("latin-1") << TextEncoding::Latin1 << QByteArray("a\xB0\xE9z\xFF");
}

void TestTextDecode::chunkBoundaries()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, input);
    const Result whole = decodeInChunks(encoding, input, input.size());
    QVERIFY(whole.ok);
    // Every chunk size puts a boundary inside some multi-byte sequence.
    for (qsizetype chunk = 1; chunk < input.size(); ++chunk) {
        const Result pieces = decodeInChunks(encoding, input, chunk);
        QVERIFY2(pieces.ok, qPrintable(QStringLiteral("chunk %1: error at %2").arg(chunk).arg(pieces.errorOffset)));
        QCOMPARE(pieces.text, whole.text);
    }
}

void TestTextDecode::invalidBytes_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QByteArray>("before");  // what is appended before the bad bytes
    QTest::newRow("utf-8 stray byte") << TextEncoding::Utf8 << QByteArray("ab\xFF" "cd") << qint64(2) << QByteArray("ab");
    QTest::newRow("utf-8 overlong") << TextEncoding::Utf8 << QByteArray("\xC0\x80") << qint64(0) << QByteArray();
    QTest::newRow("utf-8 surrogate") << TextEncoding::Utf8 << QByteArray("x\xED\xA0\x80") << qint64(1) << QByteArray("x");
    QTest::newRow("utf-8 latin-1 inside") << TextEncoding::Utf8 << QByteArray("abc\xB0" "C") << qint64(3)
                                          << QByteArray("abc");
    QTest::newRow("utf-8 cut at the end") << TextEncoding::Utf8 << QByteArray("ab" + kUtf8WaterTemp.left(2))
                                          << qint64(2) << QByteArray("ab");
    QTest::newRow("gb18030 bad trail") << TextEncoding::Gb18030 << QByteArray("ab\x81\x20") << qint64(2)
                                       << QByteArray("ab");
    QTest::newRow("gb18030 cut at the end") << TextEncoding::Gb18030 << QByteArray("ab\x81") << qint64(2)
                                            << QByteArray("ab");
    QTest::newRow("gb18030 0xff") << TextEncoding::Gb18030 << QByteArray(kGbWaterTemp + "\xFF") << qint64(4)
                                  << kUtf8WaterTemp;
}

void TestTextDecode::invalidBytes()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, input);
    QFETCH(qint64, offset);
    QFETCH(QByteArray, before);
    for (qsizetype chunk = 1; chunk <= input.size(); ++chunk) {
        const Result r = decodeInChunks(encoding, input, chunk);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorOffset, offset);
        QCOMPARE(r.text, before);
    }
}

void TestTextDecode::staysFailed()
{
    mc::TextDecoder decoder(TextEncoding::Utf8);
    std::string out;
    QVERIFY(decoder.decode("ok", out, false));
    QVERIFY(!decoder.decode("\xFF", out, false));
    QVERIFY(!decoder.decode("fine again", out, true));
    QCOMPARE(decoder.errorOffset(), std::size_t(2));
    QCOMPARE(out, std::string("ok"));
}

void TestTextDecode::autoIsAProgrammingError()
{
    bool thrown = false;
    try {
        mc::TextDecoder decoder(TextEncoding::Auto);
    } catch (const std::invalid_argument&) {
        thrown = true;
    }
    QVERIFY(thrown);
}

void TestTextDecode::utf8IsFast()
{
    // 64 MB of NERRS-like rows with a few multi-byte characters, in 4 MB chunks as the importer reads.
    std::string row = "\"gtmpiwq   \",\"P\",01/01/2019 0:15,0,1,\"\",19.8,<0> ,17.95,<0> ,10.6,<0> ,\xE6\xB0\xB4,\r\n";
    std::string input;
    while (input.size() < (64u << 20))
        input += row;
    constexpr std::size_t kChunk = 4u << 20;
    std::string out;
    out.reserve(kChunk + 8);
    mc::TextDecoder decoder(TextEncoding::Utf8);
    QElapsedTimer timer;
    timer.start();
    std::size_t total = 0;
    for (std::size_t pos = 0; pos < input.size(); pos += kChunk) {
        out.clear();
        const std::string_view chunk = std::string_view(input).substr(pos, kChunk);
        QVERIFY(decoder.decode(chunk, out, pos + kChunk >= input.size()));
        total += out.size();
    }
    const double mbPerSecond = double(input.size()) / 1e6 / (double(timer.nsecsElapsed()) / 1e9);
    qInfo("UTF-8 validation: %.0f MB/s", mbPerSecond);
    QCOMPARE(total, input.size());
    // The whole import must beat 120 MB/s; decoding may take only a small part of that.
    QVERIFY2(mbPerSecond > 360, qPrintable(QStringLiteral("%1 MB/s").arg(mbPerSecond)));
}

void TestTextDecode::realFiles_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("nerrs 15 min") << QStringLiteral("nerrs-swmp-gtm-raw15min-2019/extracted/gtmpiwq2019.csv");
    QTest::newRow("nerrs daily") << QStringLiteral("nerrs-swmp-gtm-daily/daily/gtmpiwq_daily.csv");
    QTest::newRow("hk epd") << QStringLiteral("hk-epd-marine-wq-2015-2020/MarineQuality_2015-2020.csv");
}

void TestTextDecode::realFiles()
{
    QFETCH(QString, relative);
    const QString path = dataFile(relative.toUtf8().constData());
    if (path.isEmpty())
        QSKIP("MARINECAST_DATA_DIR is not set");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(relative + QStringLiteral(" is not in MARINECAST_DATA_DIR")));
    const QByteArray content = file.readAll();
    QCOMPARE(int(mc::detectEncoding(view(content.left(64 * 1024)))), int(TextEncoding::Utf8));
    // Byte-exact pass-through, also with a chunk size that cuts lines anywhere.
    const Result r = decodeInChunks(TextEncoding::Utf8, content, 1'000'003);
    QVERIFY(r.ok);
    QVERIFY(r.text == content);
}

QTEST_GUILESS_MAIN(TestTextDecode)
#include "tst_text_decode.moc"
