// SPDX-License-Identifier: GPL-3.0-or-later
// model.mcmodel without LibTorch: the zip container, bundle.json, every way a file can be
// broken, and the checks of a bundle against new data.
#include "model_bundle.h"
#include "time_format.h"
#include "zip_archive.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace {

using mc::BundleErrorCode;
using mc::BundleDataIssueCode;

mc::ModelBundle sampleBundle()
{
    mc::ModelBundle b;
    b.marinecastVersion = "0.0-test";
    b.libtorchVersion = "0.0";
    b.created = "2026-11-28T00:00:00Z";
    b.config.target = "water_temp";
    b.config.station = "s1";
    b.config.inputs = {mc::parseInputRef("air_temp"), mc::parseInputRef("met:wind")};
    b.config.params.set("lookback", std::int64_t{4});
    b.config.params.set("horizon", std::int64_t{2});
    b.config.params.set("hidden", std::int64_t{3});
    b.config.params.fillDefaults(mc::optionsFor("lstm"));
    b.stations = {"s1"};
    b.target = "water_temp";
    b.unit = "°C";
    b.featureNames = {"water_temp", "air_temp", "met:wind"};
    b.scalers = {{10.0, 20.0}, {-5.0, 40.0}, {0.1, 0.30000000000000004}};
    b.lookback = 4;
    b.horizon = 2;
    b.outputActivation = "relu";
    for (std::size_t d = 1; d <= 366; ++d)
        b.climatology[d] = 15 + std::sin(double(d));
    b.climatology[60] = std::nan("");
    b.dataFiles = {{"/data/a.csv", std::string(64, 'a')}};
    b.metricsJson = R"({"model":{"rmse":0.5}})";
    b.tensors = {{"w", {2, 3}, {1, -2, 3.5f, 1e-30f, -0.0f, 7}}, {"b", {3}, {0.25f, 0.5f, 0.75f}}};
    return b;
}

// The archive of @p bytes with bundle.json edited by @p edit and the entries run through @p entries.
std::string rewritten(const std::string& bytes, const std::function<void(nlohmann::json&)>& edit,
                      const std::function<void(std::vector<mc::ZipEntry>&)>& entries = {})
{
    auto zip = mc::readZip(bytes);
    for (auto& e : zip.entries)
        if (e.name == "bundle.json") {
            auto j = nlohmann::json::parse(e.data);
            edit(j);
            e.data = j.dump();
        }
    if (entries)
        entries(zip.entries);
    return mc::writeZip(zip.entries);
}

mc::Dataset stationData(const std::vector<std::string>& variables, mc::TimePoint step = mc::kSecondsPerDay, int count = 40)
{
    mc::Dataset ds;
    mc::StationData s;
    s.id = "s1";
    for (int i = 0; i < count; ++i)
        s.times.push_back(*mc::parseIsoTime("2020-01-01") + i * step);
    for (const auto& v : variables)
        s.variables[v] = std::vector<double>(s.times.size(), 1.0);
    ds.stations.push_back(s);
    mc::StationData met;
    met.id = "met";
    met.times = s.times;
    met.variables["wind"] = std::vector<double>(s.times.size(), 2.0);
    ds.stations.push_back(met);
    ds.units["water_temp"] = "°C";
    ds.sources = {{"/data/a.csv", std::string(64, 'a')}};
    return ds;
}

}  // namespace

Q_DECLARE_METATYPE(mc::Dataset)
Q_DECLARE_METATYPE(std::function<std::string(const std::string&)>)

class TestModelBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32KnownValue();
    void zipRoundTrip();
    void zipErrors_data();
    void zipErrors();
    void bundleRoundTrip();
    void bundleIsDeterministic();
    void brokenBundles_data();
    void brokenBundles();
    void newerFormatNamesBothVersions();
    void dataChecks_data();
    void dataChecks();
};

void TestModelBundle::crc32KnownValue()
{
    QCOMPARE(mc::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(mc::crc32(""), 0u);
}

void TestModelBundle::zipRoundTrip()
{
    const std::vector<mc::ZipEntry> in = {{"a.json", "{}"}, {"dir/b.bin", std::string("\0\1\2\xff", 4)}, {"empty", ""}};
    const auto bytes = mc::writeZip(in);
    const auto out = mc::readZip(bytes);
    QVERIFY2(out.ok(), out.error.detail.c_str());
    QCOMPARE(out.entries.size(), in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        QCOMPARE(out.entries[i].name, in[i].name);
        QCOMPARE(out.entries[i].data, in[i].data);
    }
    QVERIFY(out.find("dir/b.bin"));
    QVERIFY(!out.find("missing"));
}

void TestModelBundle::zipErrors_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("code");
    QTest::newRow("not a zip") << 0 << int(mc::ZipErrorCode::NotZip);
    QTest::newRow("truncated") << 1 << int(mc::ZipErrorCode::Truncated);
    QTest::newRow("corrupt data") << 2 << int(mc::ZipErrorCode::CrcMismatch);
    QTest::newRow("encrypted") << 3 << int(mc::ZipErrorCode::Encrypted);
    QTest::newRow("deflated") << 4 << int(mc::ZipErrorCode::Unsupported);
    QTest::newRow("zip64 sizes") << 5 << int(mc::ZipErrorCode::Zip64);
    QTest::newRow("cut inside an entry") << 6 << int(mc::ZipErrorCode::Truncated);
}

void TestModelBundle::zipErrors()
{
    QFETCH(int, edit);
    QFETCH(int, code);
    std::string bytes = mc::writeZip({{"first", "hello world"}, {"second", "abc"}});
    const std::size_t central = bytes.find("PK\x01\x02");
    switch (edit) {
    case 0: bytes = "just some text, long enough to look for an end record in it"; break;
    case 1: bytes.resize(bytes.size() - 10); break;
    case 2: bytes[30 + 5 + 3] ^= 0x20; break;              // a byte of "hello world"
    case 3: bytes[central + 8] |= 0x01; break;             // general-purpose flag: encrypted
    case 4: bytes[central + 10] = 8; break;                // method 8: deflate
    case 5: for (int k = 0; k < 4; ++k) bytes[central + 24 + k] = '\xff'; break;
    case 6: {
        // The directory claims an entry longer than the data before it.
        bytes[central + 20] = bytes[central + 24] = 100;
        break;
    }
    }
    const auto r = mc::readZip(bytes);
    QCOMPARE(int(r.error.code), code);
    QVERIFY(!r.error.detail.empty());
}

void TestModelBundle::bundleRoundTrip()
{
    const auto b = sampleBundle();
    const auto r = mc::readBundle(mc::bundleBytes(b));
    QVERIFY2(r.ok(), r.error.detail.c_str());
    const auto& o = r.bundle;
    QCOMPARE(o.formatVersion, 1);
    QCOMPARE(o.marinecastVersion, b.marinecastVersion);
    QCOMPARE(o.config.model, std::string("lstm"));
    QCOMPARE(o.config.inputs.size(), std::size_t(2));
    QCOMPARE(o.config.inputs[1].station, std::string("met"));
    QCOMPARE(o.config.params.getInt("hidden"), std::int64_t{3});
    QCOMPARE(o.config.params.getInt("seed"), b.config.params.getInt("seed"));
    QCOMPARE(o.stations, b.stations);
    QCOMPARE(o.featureNames, b.featureNames);
    QCOMPARE(o.unit, b.unit);
    for (std::size_t f = 0; f < b.scalers.size(); ++f) {
        QCOMPARE(o.scalers[f].offset, b.scalers[f].offset);  // exact: JSON numbers round-trip
        QCOMPARE(o.scalers[f].scale, b.scalers[f].scale);
    }
    for (std::size_t d = 1; d <= 366; ++d)
        QVERIFY(o.climatology[d] == b.climatology[d] || (std::isnan(o.climatology[d]) && std::isnan(b.climatology[d])));
    QCOMPARE(o.dataFiles.size(), std::size_t(1));
    QCOMPARE(o.dataFiles[0].sha256, b.dataFiles[0].sha256);
    QCOMPARE(nlohmann::json::parse(o.metricsJson)["model"]["rmse"].get<double>(), 0.5);
    QCOMPARE(o.tensors.size(), std::size_t(2));
    QCOMPARE(o.tensors[0].shape, (std::vector<std::int64_t>{2, 3}));
    QCOMPARE(o.tensors[0].values, b.tensors[0].values);
    QVERIFY(std::signbit(o.tensors[0].values[4]));
}

void TestModelBundle::bundleIsDeterministic()
{
    QCOMPARE(mc::bundleBytes(sampleBundle()), mc::bundleBytes(sampleBundle()));
}

void TestModelBundle::brokenBundles_data()
{
    using J = nlohmann::json;
    using E = std::vector<mc::ZipEntry>;
    QTest::addColumn<std::function<std::string(const std::string&)>>("breakIt");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    using F = std::function<std::string(const std::string&)>;
    QTest::newRow("corrupt CRC") << F([](const std::string& s) {
        std::string b = s;
        b[b.find("\"format\"") + 3] ^= 0x01;
        return b;
    }) << int(BundleErrorCode::Damaged) << QStringLiteral("CRC");
    QTest::newRow("truncated") << F([](const std::string& s) { return s.substr(0, s.size() / 2); })
                               << int(BundleErrorCode::Truncated) << QStringLiteral("incomplete");
    QTest::newRow("not a zip") << F([](const std::string&) { return std::string(200, 'x'); })
                               << int(BundleErrorCode::NotABundle) << QStringLiteral("not a MarineCast model");
    QTest::newRow("old MCMODEL1 file") << F([](const std::string&) { return std::string("MCMODEL1\n2\n{}") + std::string(100, '\0'); })
                                       << int(BundleErrorCode::NotABundle) << QStringLiteral("not a MarineCast model");
    QTest::newRow("no bundle.json") << F([](const std::string& s) {
        return rewritten(s, [](J&) {}, [](E& e) { e.erase(e.begin()); });
    }) << int(BundleErrorCode::NotABundle) << QStringLiteral("bundle.json");
    QTest::newRow("missing tensor data") << F([](const std::string& s) {
        return rewritten(s, [](J&) {}, [](E& e) { e.pop_back(); });
    }) << int(BundleErrorCode::MissingTensor) << QStringLiteral("'b'");
    QTest::newRow("unlisted entry") << F([](const std::string& s) {
        return rewritten(s, [](J&) {}, [](E& e) { e.push_back({"tensors/9999.f32", "1234"}); });
    }) << int(BundleErrorCode::ExtraTensor) << QStringLiteral("9999");
    QTest::newRow("tensor data of the wrong size") << F([](const std::string& s) {
        return rewritten(s, [](J& j) { j["tensors"][0]["shape"] = {2, 4}; });
    }) << int(BundleErrorCode::Damaged) << QStringLiteral("'w'");
    QTest::newRow("float64 tensor") << F([](const std::string& s) {
        return rewritten(s, [](J& j) { j["tensors"][1]["dtype"] = "float64"; });
    }) << int(BundleErrorCode::UnsupportedDtype) << QStringLiteral("float64");
    QTest::newRow("no scalers") << F([](const std::string& s) { return rewritten(s, [](J& j) { j.erase("features"); }); })
                                << int(BundleErrorCode::BadDescription) << QStringLiteral("features");
    QTest::newRow("zero scale") << F([](const std::string& s) {
        return rewritten(s, [](J& j) { j["features"][1]["scale"] = 0; });
    }) << int(BundleErrorCode::BadDescription) << QStringLiteral("air_temp");
    QTest::newRow("short climatology") << F([](const std::string& s) {
        return rewritten(s, [](J& j) { j["climatology"].erase(0); });
    }) << int(BundleErrorCode::BadDescription) << QStringLiteral("climatology");
    QTest::newRow("kind disagrees") << F([](const std::string& s) {
        return rewritten(s, [](J& j) { j["model"]["kind"] = "gru"; });
    }) << int(BundleErrorCode::BadDescription) << QStringLiteral("model");
    QTest::newRow("bundle.json not JSON") << F([](const std::string& s) {
        auto zip = mc::readZip(s);
        zip.entries[0].data = "{not json";
        return mc::writeZip(zip.entries);
    }) << int(BundleErrorCode::BadDescription) << QStringLiteral("not valid JSON");
}

void TestModelBundle::brokenBundles()
{
    QFETCH(std::function<std::string(const std::string&)>, breakIt);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const auto r = mc::readBundle(breakIt(mc::bundleBytes(sampleBundle())));
    QVERIFY2(int(r.error.code) == code, r.error.detail.c_str());
    QVERIFY2(QString::fromStdString(r.error.detail).contains(mentions), r.error.detail.c_str());
}

void TestModelBundle::newerFormatNamesBothVersions()
{
    const auto bytes = rewritten(mc::bundleBytes(sampleBundle()), [](nlohmann::json& j) {
        j["format_version"] = 7;
        j.erase("features");  // a newer format may change anything: the version is checked first
    });
    const auto r = mc::readBundle(bytes);
    QCOMPARE(r.error.code, BundleErrorCode::NewerFormat);
    QCOMPARE(r.error.formatVersion, 7);
    QCOMPARE(r.error.detail, std::string("made by a newer MarineCast (bundle format 7; this version reads up to 2)"));
}

void TestModelBundle::dataChecks_data()
{
    QTest::addColumn<mc::Dataset>("data");
    QTest::addColumn<QString>("station");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QString>("mentions");
    const std::vector<std::string> all = {"water_temp", "air_temp"};
    QTest::newRow("fits") << stationData(all) << QString() << QList<int>{} << true << QString();
    QTest::newRow("lacks the target") << stationData({"air_temp"}) << QString() << QList<int>{int(BundleDataIssueCode::MissingVariable)}
                                      << false << QStringLiteral("lacks the variable 'water_temp'");
    QTest::newRow("lacks an input") << stationData({"water_temp"}) << QString() << QList<int>{int(BundleDataIssueCode::MissingVariable)}
                                    << false << QStringLiteral("input variable 'air_temp'");
    QTest::newRow("station missing") << stationData(all) << QStringLiteral("s9") << QList<int>{int(BundleDataIssueCode::MissingStation)}
                                     << false << QStringLiteral("no station 's9'");
    QTest::newRow("hourly data") << stationData(all, 3600, 200) << QString() << QList<int>{int(BundleDataIssueCode::StepDiffers)}
                                 << false << QStringLiteral("time step is 1 hour; the model was trained on steps of 1 day");
    QTest::newRow("too short") << stationData(all, mc::kSecondsPerDay, 3) << QString() << QList<int>{int(BundleDataIssueCode::TooShort)}
                               << false << QStringLiteral("at least 4");
    auto fahrenheit = stationData(all);
    fahrenheit.units["water_temp"] = "°F";
    QTest::newRow("other unit") << fahrenheit << QString() << QList<int>{int(BundleDataIssueCode::UnitDiffers)} << true
                                << QStringLiteral("°F");
    auto other = stationData(all);
    other.sources[0].sha256 = std::string(64, 'b');
    QTest::newRow("other files") << other << QString() << QList<int>{int(BundleDataIssueCode::DataDiffers)} << true
                                 << QStringLiteral("differ");
}

void TestModelBundle::dataChecks()
{
    QFETCH(mc::Dataset, data);
    QFETCH(QString, station);
    QFETCH(QList<int>, codes);
    QFETCH(bool, fits);
    QFETCH(QString, mentions);
    const auto issues = mc::checkBundleData(sampleBundle(), data, station.toStdString());
    QList<int> got;
    QString text;
    for (const auto& i : issues) {
        got << int(i.code);
        text += QString::fromStdString(i.detail) + QLatin1Char('\n');
    }
    QCOMPARE(got, codes);
    QCOMPARE(mc::bundleFitsData(issues), fits);
    QVERIFY2(text.contains(mentions), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestModelBundle)
#include "tst_model_bundle.moc"
