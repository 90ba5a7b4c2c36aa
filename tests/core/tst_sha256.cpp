// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

namespace {

QString hex(const std::string& digest) { return QString::fromStdString(digest); }

QString qtDigest(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Bytes that vary with position, so a block-order mistake changes the digest.
QByteArray pattern(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 131 + 7) & 0xff);
    return bytes;
}

}  // namespace

class TestSha256 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data();
    void knownVectors();
    void paddingBoundaries();
    void millionAsFile();
    void fileLargerThanChunk();
    void missingFile();
};

void TestSha256::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the empty message.
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSha256::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(hex(mc::sha256Hex(std::string(input.constData(), static_cast<std::size_t>(input.size())))), digest);
}

void TestSha256::paddingBoundaries()
{
    // Lengths around 55/56/64 bytes decide whether the length field needs an extra block.
    for (int size = 0; size <= 200; ++size) {
        const QByteArray bytes = pattern(size);
        const std::string digest = mc::sha256Hex(std::string(bytes.constData(), static_cast<std::size_t>(size)));
        QVERIFY2(hex(digest) == qtDigest(bytes), qPrintable(QStringLiteral("length %1").arg(size)));
    }
}

void TestSha256::millionAsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("million_a.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000000, 'a'));
    file.close();
    const auto digest = mc::sha256File(path.toStdString());
    QVERIFY(digest.has_value());
    // FIPS 180-4 long-message example (NIST CSRC "SHA256.pdf"), agreed by sha256sum and Python hashlib.
    QCOMPARE(hex(*digest), QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestSha256::fileLargerThanChunk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Not a multiple of the read chunk or of the block size.
    const QByteArray bytes = pattern(200001);
    const QString path = dir.filePath(QStringLiteral("pattern.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const auto digest = mc::sha256File(path.toStdString());
    QVERIFY(digest.has_value());
    QCOMPARE(hex(*digest), qtDigest(bytes));
}

void TestSha256::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!mc::sha256File(dir.filePath(QStringLiteral("absent.csv")).toStdString()).has_value());
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
