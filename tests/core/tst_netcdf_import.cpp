// SPDX-License-Identifier: GPL-3.0-or-later
#include "cf_time.h"
#include "netcdf_import.h"
#include "sha256.h"
#include "time_format.h"

#include <netcdf.h>

#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using mc::ImportErrorCode;
using Values = std::vector<double>;
const double kNaN = qQNaN();

QString text(const std::string& s) { return QString::fromStdString(s); }
mc::TimePoint at(const char* iso) { return *mc::parseIsoTime(iso); }

// Values as text, so that NaN equals NaN and a failure prints both series.
QString render(const Values& values)
{
    QStringList parts;
    for (double v : values)
        parts << (std::isnan(v) ? QStringLiteral("NaN") : QString::number(v, 'g', 10));
    return parts.join(QStringLiteral(", "));
}

QString oisstPath()
{
    const QString root = qEnvironmentVariable("MARINECAST_DATA_DIR");
    return root.isEmpty() ? QString() : root + QStringLiteral("/noaa-oisst-wa-2x2-daily/oisst_short.nc");
}

// Writes a NetCDF file through the C API; the first failing call is kept and reported by close().
class Writer {
public:
    Writer(const std::string& path, int mode) { step(nc_create(path.c_str(), mode | NC_CLOBBER, &m_id)); }
    ~Writer()
    {
        if (m_id >= 0)
            nc_close(m_id);
    }
    int dim(const char* name, std::size_t length)
    {
        int id = -1;
        step(nc_def_dim(m_id, name, length, &id));
        return id;
    }
    int var(const char* name, nc_type type, std::initializer_list<int> dims)
    {
        const std::vector<int> ids(dims);
        int id = -1;
        step(nc_def_var(m_id, name, type, static_cast<int>(ids.size()), ids.data(), &id));
        return id;
    }
    void att(int var, const char* name, const std::string& value)
    {
        step(nc_put_att_text(m_id, var, name, value.size(), value.c_str()));
    }
    void att(int var, const char* name, nc_type type, const Values& values)
    {
        step(nc_put_att_double(m_id, var, name, type, values.size(), values.data()));
    }
    void endDefinitions() { step(nc_enddef(m_id)); }
    void put(int var, const Values& values) { step(nc_put_var_double(m_id, var, values.data())); }
    // Needed for record variables, whose length grows with what is written.
    void put(int var, const std::vector<std::size_t>& count, const Values& values)
    {
        const std::vector<std::size_t> start(count.size(), 0);
        step(nc_put_vara_double(m_id, var, start.data(), count.data(), values.data()));
    }
    void putStrings(int var, const std::vector<std::string>& values)
    {
        std::vector<const char*> p;
        for (const auto& s : values)
            p.push_back(s.c_str());
        step(nc_put_var_string(m_id, var, p.data()));
    }
    void putChars(int var, const std::vector<std::string>& values, std::size_t width)
    {
        std::string all;
        for (const auto& s : values)
            all += s + std::string(width - s.size(), '\0');
        step(nc_put_var_text(m_id, var, all.data()));
    }
    bool close()
    {
        step(nc_close(m_id));
        m_id = -1;
        if (m_status != NC_NOERR)
            qWarning("netCDF write failed: %s", nc_strerror(m_status));
        return m_status == NC_NOERR;
    }

private:
    void step(int status)
    {
        if (m_status == NC_NOERR)
            m_status = status;
    }
    int m_id = -1;
    int m_status = NC_NOERR;
};

// A 3-step, 2 × 3 grid with descending latitudes; sst(t, r, c) = 10 t + r + c / 10, one fill value.
enum class GridOrder { TimeFirst, TimeLast, WithDepth };
double gridValue(int t, int r, int c) { return 10.0 * t + r + c / 10.0; }

bool writeGrid(const std::string& path, int mode, GridOrder order, bool unlimited = false)
{
    Writer w(path, mode);
    const int t = w.dim("time", unlimited ? NC_UNLIMITED : 3), y = w.dim("lat", 2), x = w.dim("lon", 3);
    const int z = order == GridOrder::WithDepth ? w.dim("depth", 1) : -1;
    const int time = w.var("time", NC_DOUBLE, {t});
    w.att(time, "units", "days since 2000-1-1");
    w.att(time, "calendar", "gregorian");
    const int lat = w.var("lat", NC_FLOAT, {y});
    w.att(lat, "units", "degrees_north");
    const int lon = w.var("lon", NC_FLOAT, {x});
    w.att(lon, "units", "degrees_east");
    const int sst = order == GridOrder::TimeFirst ? w.var("sst", NC_FLOAT, {t, y, x})
                    : order == GridOrder::TimeLast ? w.var("sst", NC_FLOAT, {y, x, t})
                                                   : w.var("sst", NC_FLOAT, {t, z, y, x});
    w.att(sst, "units", "degC");
    w.att(sst, "_FillValue", NC_FLOAT, {-999.0});
    w.endDefinitions();
    w.put(time, {3}, {0, 1, 2});
    w.put(lat, {-29.125, -29.375});
    w.put(lon, {112.625, 112.875, 250.5});
    Values values;
    for (int a = 0; a < 3; ++a)
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                values.push_back(gridValue(a, r, c));
    if (order == GridOrder::TimeLast) {
        values.clear();
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                for (int a = 0; a < 3; ++a)
                    values.push_back(gridValue(a, r, c));
    }
    values[1] = -999.0;  // one missing cell value in file order
    const std::vector<std::size_t> shape = order == GridOrder::TimeFirst ? std::vector<std::size_t>{3, 2, 3}
                                           : order == GridOrder::TimeLast ? std::vector<std::size_t>{2, 3, 3}
                                                                          : std::vector<std::size_t>{3, 1, 2, 3};
    w.put(sst, shape, values);
    return w.close();
}

// Three stations with ids, coordinates and temp over `hours since 2000-01-01 06:00:00`.
bool writeStations(const std::string& path, int mode, bool stationFirst, bool cfRole)
{
    const bool strings = (mode & NC_NETCDF4) != 0 && (mode & NC_CLASSIC_MODEL) == 0;
    Writer w(path, mode);
    const int s = w.dim("station", 3), t = w.dim("time", 4);
    const int len = strings ? -1 : w.dim("name_strlen", 8);
    w.att(NC_GLOBAL, "featureType", "timeSeries");
    // Without cf_role the id variable is known by its name.
    const char* idName = cfRole ? "code" : "station";
    const int id = strings ? w.var(idName, NC_STRING, {s}) : w.var(idName, NC_CHAR, {s, len});
    if (cfRole)
        w.att(id, "cf_role", "timeseries_id");
    const int name = strings ? w.var("site", NC_STRING, {s}) : w.var("site", NC_CHAR, {s, len});
    w.att(name, "standard_name", "platform_name");
    const int lat = w.var("latitude", NC_DOUBLE, {s});
    w.att(lat, "standard_name", "latitude");
    const int lon = w.var("longitude", NC_DOUBLE, {s});
    w.att(lon, "standard_name", "longitude");
    const int time = w.var("time", NC_INT, {t});
    w.att(time, "units", "hours since 2000-01-01 06:00:00");
    const int temp = stationFirst ? w.var("temp", NC_DOUBLE, {s, t}) : w.var("temp", NC_DOUBLE, {t, s});
    w.att(temp, "units", "degree_Celsius");
    w.att(temp, "missing_value", NC_DOUBLE, {-99.0});
    w.endDefinitions();
    const std::vector<std::string> ids = {"ALPHA", "B2", "C-3"};
    strings ? w.putStrings(id, ids) : w.putChars(id, ids, 8);
    const std::vector<std::string> names = {"Alpha", "Bay No 2", "Cape"};
    strings ? w.putStrings(name, names) : w.putChars(name, names, 8);
    w.put(lat, {-31.5, -32.0, -33.25});
    w.put(lon, {115.0, 115.5, 116.0});
    w.put(time, {0, 1, 3, 30});
    Values values;
    for (int a = 0; a < (stationFirst ? 3 : 4); ++a)
        for (int b = 0; b < (stationFirst ? 4 : 3); ++b)
            values.push_back(stationFirst ? 100.0 * a + b : 100.0 * b + a);
    values[stationFirst ? 5 : 4] = -99.0;  // station 1, time 1
    w.put(temp, values);
    return w.close();
}

// A single series over time alone; @p attributes sets up the value variable before data are written.
template <typename Setup>
bool writeSeries(const std::string& path, nc_type type, const Values& times, const Values& values, Setup setup,
                 const char* units = "days since 2010-01-01", const char* calendar = nullptr)
{
    Writer w(path, NC_NETCDF4);
    const int t = w.dim("time", times.size());
    const int time = w.var("time", NC_DOUBLE, {t});
    w.att(time, "units", units);
    if (calendar)
        w.att(time, "calendar", calendar);
    const int lat = w.var("lat", NC_DOUBLE, {});
    const int lon = w.var("lon", NC_DOUBLE, {});
    const int v = w.var("level", type, {t});
    setup(w, v);
    w.endDefinitions();
    w.put(time, times);
    w.put(v, values);
    w.put(lat, {-27.5});
    w.put(lon, {153.25});
    return w.close();
}

const auto kNoAttributes = [](Writer&, int) {};

}  // namespace

class TestNetCdfImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realOisst();
    void realOisstValues_data();
    void realOisstValues();
    void realOisstMatchesCsv();
    void grid_data();
    void grid();
    void stations_data();
    void stations();
    void decoding_data();
    void decoding();
    void timeUnits_data();
    void timeUnits();
    void singleSeriesSortsTimes();
    void calendarError();
    void selectsVariables();
    void noTimeDimension();
    void corruptFiles_data();
    void corruptFiles();
    void largeGridInBlocks();
    void detectsNetCdfFiles();

private:
    QTemporaryDir m_dir;
    std::string file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }
};

void TestNetCdfImport::realOisst()
{
    const QString path = oisstPath();
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("MARINECAST_DATA_DIR does not hold noaa-oisst-wa-2x2-daily");
    const auto r = mc::importNetCdf(path.toStdString(), {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto& ds = r.dataset;
    QCOMPARE(ds.stations.size(), std::size_t{4});
    QCOMPARE(ds.grid.latitudes, (Values{-29.125, -29.375}));  // descending, as in the file
    QCOMPARE(ds.grid.longitudes, (Values{112.625, 112.875}));
    QCOMPARE(ds.grid.cellStations, (std::vector<std::string>{"r0c0", "r0c1", "r1c0", "r1c1"}));
    const auto* cell = ds.station("r1c0");
    QVERIFY(cell);
    QCOMPARE(text(cell->name), QStringLiteral("29.375°S 112.625°E"));
    QCOMPARE(cell->latitude, -29.375);
    QCOMPARE(cell->longitude, 112.625);
    QCOMPARE(cell->times.size(), std::size_t{14975});
    QCOMPARE(cell->times.front(), at("1982-01-01"));
    QCOMPARE(cell->times.back(), at("2022-12-31"));
    for (std::size_t i = 1; i < cell->times.size(); ++i)
        QCOMPARE(cell->times[i] - cell->times[i - 1], mc::kSecondsPerDay);
    QVERIFY(ds.dateOnly);
    QCOMPARE(ds.utcOffsetMinutes, 0);
    QVERIFY(ds.units.empty());  // OISST's cut-out has no units attribute
    QCOMPARE(ds.sources.size(), std::size_t{1});
    QCOMPARE(text(ds.sources[0].sha256), QStringLiteral("5d90f6d937a3e3cb20c9accc373a9ff67469ea2060c6042d785153d097b21e7d"));
    QCOMPARE(r.report.files.size(), std::size_t{1});
    QCOMPARE(r.report.files[0].rows, std::size_t{4 * 14975});
    QCOMPARE(r.report.files[0].missingCells, std::size_t{0});
    for (const auto& s : ds.stations)
        QCOMPARE(s.variables.count("oisst_short"), std::size_t{1});
}

void TestNetCdfImport::realOisstValues_data()
{
    // Spot values from sst_q.csv, which holds the same four pixels.
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("date");
    QTest::addColumn<double>("expected");
    QTest::newRow("S row, W col, first day") << "r1c0" << "1982-01-01" << 20.940000534057617;
    QTest::newRow("S row, W col, last day") << "r1c0" << "2022-12-31" << 21.93000030517578;
    QTest::newRow("N row, W col, first day") << "r0c0" << "1982-01-01" << 20.889999389648438;
    QTest::newRow("S row, E col, 1982-02-18") << "r1c1" << "1982-02-18" << 22.829999923706055;
    QTest::newRow("S row, E col, last day") << "r1c1" << "2022-12-31" << 21.979999542236328;
    QTest::newRow("N row, E col, last day") << "r0c1" << "2022-12-31" << 22.389999389648438;
}

void TestNetCdfImport::realOisstValues()
{
    const QString path = oisstPath();
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("MARINECAST_DATA_DIR does not hold noaa-oisst-wa-2x2-daily");
    QFETCH(QString, cell);
    QFETCH(QString, date);
    QFETCH(double, expected);
    const auto r = mc::importNetCdf(path.toStdString(), {}, {"oisst_short"});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto* s = r.dataset.station(cell.toStdString());
    QVERIFY(s);
    const long i = s->indexOf(at(date.toLatin1().constData()));
    QVERIFY(i >= 0);
    QCOMPARE(s->variables.at("oisst_short")[static_cast<std::size_t>(i)], expected);
}

void TestNetCdfImport::realOisstMatchesCsv()
{
    const QString path = oisstPath();
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("MARINECAST_DATA_DIR does not hold noaa-oisst-wa-2x2-daily");
    const auto r = mc::importNetCdf(path.toStdString(), {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    std::map<std::pair<double, double>, const mc::StationData*> byPosition;
    for (const auto& s : r.dataset.stations)
        byPosition[{s.longitude, s.latitude}] = &s;
    std::ifstream csv(QString(path).replace(QStringLiteral("oisst_short.nc"), QStringLiteral("sst_q.csv")).toStdString());
    std::string line;
    QVERIFY(std::getline(csv, line));
    int rows = 0;
    while (std::getline(csv, line)) {
        const QStringList f = QString::fromStdString(line).split(QLatin1Char(','));
        QCOMPARE(f.size(), 4);
        const auto* s = byPosition.at({f[0].toDouble(), f[1].toDouble()});
        const long i = s->indexOf(at(f[2].toLatin1().constData()));
        QVERIFY2(i >= 0, line.c_str());
        // The CSV prints the float32 values in full, so they must agree exactly.
        QVERIFY2(s->variables.at("oisst_short")[static_cast<std::size_t>(i)] == f[3].toDouble(), line.c_str());
        ++rows;
    }
    QCOMPARE(rows, 59900);
}

void TestNetCdfImport::grid_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("unlimited");
    QTest::newRow("classic") << 0 << int(GridOrder::TimeFirst) << false;
    QTest::newRow("classic, unlimited time") << 0 << int(GridOrder::TimeFirst) << true;
    QTest::newRow("CDF-5, unlimited time") << int(NC_64BIT_DATA) << int(GridOrder::TimeFirst) << true;
    QTest::newRow("netCDF-4, unlimited time") << int(NC_NETCDF4) << int(GridOrder::TimeFirst) << true;
    QTest::newRow("64-bit offset") << int(NC_64BIT_OFFSET) << int(GridOrder::TimeFirst) << false;
    QTest::newRow("CDF-5") << int(NC_64BIT_DATA) << int(GridOrder::TimeFirst) << false;
    QTest::newRow("netCDF-4") << int(NC_NETCDF4) << int(GridOrder::TimeFirst) << false;
    QTest::newRow("netCDF-4 classic model") << int(NC_NETCDF4 | NC_CLASSIC_MODEL) << int(GridOrder::TimeFirst) << false;
    QTest::newRow("netCDF-4, time last") << int(NC_NETCDF4) << int(GridOrder::TimeLast) << false;
    QTest::newRow("classic, single depth level") << 0 << int(GridOrder::WithDepth) << false;
}

void TestNetCdfImport::grid()
{
    QFETCH(int, mode);
    QFETCH(int, order);
    QFETCH(bool, unlimited);
    const std::string path = file("grid.nc");
    QVERIFY(writeGrid(path, mode, GridOrder(order), unlimited));
    const auto r = mc::importNetCdf(path, {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto& ds = r.dataset;
    QCOMPARE(ds.stations.size(), std::size_t{6});
    QCOMPARE(ds.grid.latitudes, (Values{-29.125, -29.375}));
    QCOMPARE(ds.grid.longitudes, (Values{112.625, 112.875, 250.5}));
    QCOMPARE(ds.grid.cellStations.at(5), std::string("r1c2"));
    QCOMPARE(text(ds.station("r1c2")->name), QStringLiteral("29.375°S 109.5°W"));
    QCOMPARE(ds.units.at("sst"), std::string("degC"));
    QCOMPARE(ds.station("r0c0")->times, (std::vector<mc::TimePoint>{at("2000-01-01"), at("2000-01-02"), at("2000-01-03")}));
    QVERIFY(ds.dateOnly);
    for (int rr = 0; rr < 2; ++rr) {
        for (int c = 0; c < 3; ++c) {
            const auto& s = *ds.station("r" + std::to_string(rr) + "c" + std::to_string(c));
            QCOMPARE(s.latitude, ds.grid.latitudes[rr]);
            Values expected;
            for (int t = 0; t < 3; ++t)
                expected.push_back(static_cast<float>(gridValue(t, rr, c)));
            if (GridOrder(order) == GridOrder::TimeLast ? (rr == 0 && c == 0) : (rr == 0 && c == 1))
                expected[GridOrder(order) == GridOrder::TimeLast ? 1 : 0] = kNaN;  // the fill value
            QCOMPARE(render(s.variables.at("sst")), render(expected));
        }
    }
    QCOMPARE(r.report.files.at(0).rows, std::size_t{18});
    QCOMPARE(r.report.files.at(0).missingCells, std::size_t{1});
}

void TestNetCdfImport::stations_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("stationFirst");
    QTest::addColumn<bool>("cfRole");
    QTest::newRow("netCDF-4 strings, (station, time)") << int(NC_NETCDF4) << true << true;
    QTest::newRow("netCDF-4 strings, (time, station)") << int(NC_NETCDF4) << false << true;
    QTest::newRow("classic chars, (station, time)") << 0 << true << true;
    QTest::newRow("classic chars, (time, station)") << 0 << false << true;
    QTest::newRow("netCDF-4, ids without cf_role") << int(NC_NETCDF4) << true << false;
    QTest::newRow("classic, ids without cf_role") << 0 << false << false;
}

void TestNetCdfImport::stations()
{
    QFETCH(int, mode);
    QFETCH(bool, stationFirst);
    QFETCH(bool, cfRole);
    const std::string path = file("stations.nc");
    QVERIFY(writeStations(path, mode, stationFirst, cfRole));
    const auto r = mc::importNetCdf(path, {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    const auto& ds = r.dataset;
    QVERIFY(ds.grid.empty());
    QCOMPARE(ds.stations.size(), std::size_t{3});
    QCOMPARE(ds.stations[0].id, std::string("ALPHA"));
    QCOMPARE(ds.stations[2].id, std::string("C-3"));
    const auto* b = ds.station("B2");
    QVERIFY(b);
    QCOMPARE(b->latitude, -32.0);
    QCOMPARE(b->longitude, 115.5);
    QCOMPARE(b->name, std::string("Bay No 2"));
    QCOMPARE(b->times, (std::vector<mc::TimePoint>{at("2000-01-01T06:00:00"), at("2000-01-01T07:00:00"),
                                                    at("2000-01-01T09:00:00"), at("2000-01-02T12:00:00")}));
    QVERIFY(!ds.dateOnly);
    QCOMPARE(render(b->variables.at("temp")), render({100, kNaN, 102, 103}));
    QCOMPARE(render(ds.station("C-3")->variables.at("temp")), render({200, 201, 202, 203}));
    QCOMPARE(ds.units.at("temp"), std::string("degree_Celsius"));
    QCOMPARE(r.report.files.at(0).missingCells, std::size_t{1});
}

void TestNetCdfImport::decoding_data()
{
    using Setup = std::function<void(Writer&, int)>;
    QTest::addColumn<int>("type");
    QTest::addColumn<Values>("raw");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Values>("expected");
    const Values shorts = {0, 100, -32767, 250, -5};
    QTest::newRow("packed short with _FillValue")
        << int(NC_SHORT) << shorts << Setup([](Writer& w, int v) {
               w.att(v, "scale_factor", NC_FLOAT, {0.5});
               w.att(v, "add_offset", NC_FLOAT, {20.0});
               w.att(v, "_FillValue", NC_SHORT, {-32767});
           })
        << Values{20, 70, kNaN, 145, 17.5};
    QTest::newRow("short without _FillValue: the default fill is missing")
        << int(NC_SHORT) << shorts << Setup(kNoAttributes) << Values{0, 100, kNaN, 250, -5};
    QTest::newRow("packed byte keeps -127 (no default fill)")
        << int(NC_BYTE) << Values{-127, 0, 10} << Setup([](Writer& w, int v) {
               w.att(v, "scale_factor", NC_DOUBLE, {0.1});
           })
        << Values{-12.7, 0, 1};
    QTest::newRow("missing_value scalar")
        << int(NC_FLOAT) << Values{1, -9, 3} << Setup([](Writer& w, int v) { w.att(v, "missing_value", NC_FLOAT, {-9}); })
        << Values{1, kNaN, 3};
    QTest::newRow("missing_value pair and _FillValue")
        << int(NC_INT) << Values{1, -9, -8, 7, 4} << Setup([](Writer& w, int v) {
               w.att(v, "missing_value", NC_INT, {-9, -8});
               w.att(v, "_FillValue", NC_INT, {7});
           })
        << Values{1, kNaN, kNaN, kNaN, 4};
    QTest::newRow("NaN in a double variable")
        << int(NC_DOUBLE) << Values{1, kNaN, 3} << Setup(kNoAttributes) << Values{1, kNaN, 3};
    QTest::newRow("valid_min and valid_max")
        << int(NC_DOUBLE) << Values{-3, 0, 5, 40, 41} << Setup([](Writer& w, int v) {
               w.att(v, "valid_min", NC_DOUBLE, {-2});
               w.att(v, "valid_max", NC_DOUBLE, {40});
           })
        << Values{kNaN, 0, 5, 40, kNaN};
    QTest::newRow("valid_range in packed units")
        << int(NC_SHORT) << Values{-1, 0, 1000, 1001} << Setup([](Writer& w, int v) {
               w.att(v, "scale_factor", NC_DOUBLE, {0.01});
               w.att(v, "valid_range", NC_SHORT, {0, 1000});
           })
        << Values{kNaN, 0, 10, kNaN};
    QTest::newRow("valid_range in unpacked units")
        << int(NC_SHORT) << Values{-1, 0, 1000, 1001} << Setup([](Writer& w, int v) {
               w.att(v, "scale_factor", NC_DOUBLE, {0.01});
               w.att(v, "add_offset", NC_DOUBLE, {5});
               w.att(v, "valid_range", NC_DOUBLE, {5, 15});
           })
        << Values{kNaN, 5, 15, kNaN};
}

void TestNetCdfImport::decoding()
{
    using Setup = std::function<void(Writer&, int)>;
    QFETCH(int, type);
    QFETCH(Values, raw);
    QFETCH(Setup, setup);
    QFETCH(Values, expected);
    Values times;
    for (std::size_t i = 0; i < raw.size(); ++i)
        times.push_back(static_cast<double>(i));
    const std::string path = file("series.nc");
    QVERIFY(writeSeries(path, type, times, raw, setup));
    const auto r = mc::importNetCdf(path, {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(r.dataset.stations.size(), std::size_t{1});
    Values got = r.dataset.stations[0].variables.at("level");
    for (double& v : got)  // packed values carry float rounding
        v = std::round(v * 1e6) / 1e6;
    QCOMPARE(render(got), render(expected));
}

void TestNetCdfImport::timeUnits_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");  // ISO time, or empty when the units must be refused
    QTest::addColumn<int>("offset");
    QTest::newRow("OISST, unpadded date") << "days since 1970-1-1" << "" << 4383.0 << "1982-01-01T00:00:00" << 0;
    QTest::newRow("hours since 06:00") << "hours since 2000-01-01 06:00:00" << "standard" << 1.5 << "2000-01-01T07:30:00" << 0;
    QTest::newRow("ISO T and Z") << "seconds since 1970-01-01T00:00:00Z" << "gregorian" << 86401.0 << "1970-01-02T00:00:01" << 0;
    QTest::newRow("UTC suffix") << "minutes since 2010-06-01 00:00:00 UTC" << "" << -30.0 << "2010-05-31T23:30:00" << 0;
    QTest::newRow("zone +10:00") << "minutes since 2000-01-01 00:00 +10:00" << "" << 90.0 << "2000-01-01T01:30:00" << 600;
    QTest::newRow("zone -0330") << "hours since 2000-01-01 -0330" << "" << 2.0 << "2000-01-01T02:00:00" << -210;
    QTest::newRow("fractional reference second") << "seconds since 2000-01-01 00:00:00.5" << "" << 0.6 << "2000-01-01T00:00:01" << 0;
    QTest::newRow("rounded to whole seconds") << "days since 2000-01-01" << "" << 0.4 / 86400 << "2000-01-01T00:00:00" << 0;
    QTest::newRow("singular unit, upper case") << "Day since 2000-02-28" << "PROLEPTIC_GREGORIAN" << 1.0 << "2000-02-29T00:00:00" << 0;
    QTest::newRow("standard: Julian before 1582-10-15") << "days since 1582-10-04" << "standard" << 1.0 << "1582-10-15T00:00:00" << 0;
    QTest::newRow("proleptic Gregorian before 1582") << "days since 1582-10-04" << "proleptic_gregorian" << 1.0 << "1582-10-05T00:00:00" << 0;
    QTest::newRow("months refused") << "months since 2000-01-01" << "" << 1.0 << "" << 0;
    QTest::newRow("no since") << "days" << "" << 1.0 << "" << 0;
    QTest::newRow("bad month") << "days since 2000-13-01" << "" << 1.0 << "" << 0;
    QTest::newRow("trailing words") << "days since 2000-01-01 at noon" << "" << 1.0 << "" << 0;
    QTest::newRow("noleap calendar") << "days since 2000-01-01" << "noleap" << 1.0 << "" << 0;
    QTest::newRow("360_day calendar") << "days since 2000-01-01" << "360_day" << 1.0 << "" << 0;
}

void TestNetCdfImport::timeUnits()
{
    QFETCH(QString, units);
    QFETCH(QString, calendar);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QFETCH(int, offset);
    std::string error;
    const auto parsed = mc::parseCfTimeUnits(units.toStdString(), calendar.toStdString(), error);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.empty());
        return;
    }
    QVERIFY2(parsed, error.c_str());
    QCOMPARE(parsed->utcOffsetMinutes, offset);
    const auto t = mc::cfTimeToPoint(value, *parsed);
    QVERIFY(t);
    QCOMPARE(text(mc::formatTime(*t, false)), expected);
    QVERIFY(!mc::cfTimeToPoint(kNaN, *parsed));
}

void TestNetCdfImport::singleSeriesSortsTimes()
{
    const std::string path = file("tide_gauge.nc");
    // Unsorted, with a repeated time: the later one in the file wins.
    QVERIFY(writeSeries(path, NC_DOUBLE, {2, 0, 1, 1}, {12, 10, 11, 11.5}, kNoAttributes,
                        "hours since 2020-03-01 00:00:00 +08:00"));
    const auto r = mc::importNetCdf(path, {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(r.dataset.stations.size(), std::size_t{1});
    const auto& s = r.dataset.stations[0];
    QCOMPARE(s.id, std::string("tide_gauge"));
    QCOMPARE(s.latitude, -27.5);
    QCOMPARE(s.longitude, 153.25);
    QCOMPARE(s.times, (std::vector<mc::TimePoint>{at("2020-03-01T00:00:00"), at("2020-03-01T01:00:00"),
                                                   at("2020-03-01T02:00:00")}));
    QCOMPARE(render(s.variables.at("level")), render({10, 11.5, 12}));
    QCOMPARE(r.dataset.utcOffsetMinutes, 480);
    QCOMPARE(r.report.files.at(0).duplicateTimes, std::size_t{1});
    QCOMPARE(r.report.files.at(0).rows, std::size_t{3});
    QVERIFY(r.dataset.units.empty());
}

void TestNetCdfImport::calendarError()
{
    const std::string path = file("noleap.nc");
    QVERIFY(writeSeries(path, NC_DOUBLE, {0, 1}, {1, 2}, kNoAttributes, "days since 2000-01-01", "noleap"));
    const auto r = mc::importNetCdf(path, {});
    QCOMPARE(r.error.code, ImportErrorCode::UnsupportedCalendar);
    QVERIFY(r.dataset.stations.empty());
    const QString message = text(mc::describe(r.error));
    QVERIFY2(message.contains(QStringLiteral("noleap.nc")) && message.contains(QStringLiteral("noleap\""))
                 && message.contains(QStringLiteral("time")),
             qPrintable(message));

    QVERIFY(writeSeries(path, NC_DOUBLE, {0, 1}, {1, 2}, kNoAttributes, "fortnights since 2000-01-01"));
    QCOMPARE(mc::importNetCdf(path, {}).error.code, ImportErrorCode::BadTimeUnits);
}

void TestNetCdfImport::selectsVariables()
{
    const std::string path = file("two.nc");
    {
        Writer w(path, NC_NETCDF4);
        const int t = w.dim("time", 2);
        const int time = w.var("time", NC_DOUBLE, {t});
        w.att(time, "units", "days since 2000-01-01");
        const int a = w.var("a", NC_FLOAT, {t});
        const int b = w.var("b", NC_FLOAT, {t});
        const int qc = w.var("a_qc", NC_BYTE, {t});
        w.att(qc, "flag_values", NC_BYTE, {0, 1});
        w.endDefinitions();
        w.put(time, {0, 1});
        w.put(a, {1, 2});
        w.put(b, {3, 4});
        w.put(qc, {0, 1});
        QVERIFY(w.close());
    }
    auto r = mc::importNetCdf(path, {});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(r.dataset.stations[0].variables.size(), std::size_t{2});  // the flag variable is not data
    r = mc::importNetCdf(path, {}, {"b", "a_qc"});
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(r.dataset.stations[0].variables.size(), std::size_t{2});
    QCOMPARE(render(r.dataset.stations[0].variables.at("b")), render({3, 4}));
    QVERIFY(!r.dataset.stations[0].hasVariable("a"));
    r = mc::importNetCdf(path, {}, {"c"});
    QCOMPARE(r.error.code, ImportErrorCode::UnknownVariable);
    QCOMPARE(r.error.columnName, std::string("c"));
    r = mc::importNetCdf(path, {}, {"time"});
    QCOMPARE(r.error.code, ImportErrorCode::UnknownVariable);
}

void TestNetCdfImport::noTimeDimension()
{
    const std::string path = file("map.nc");
    Writer w(path, 0);
    const int y = w.dim("lat", 2);
    const int lat = w.var("lat", NC_FLOAT, {y});
    const int depth = w.var("depth", NC_FLOAT, {y});
    w.endDefinitions();
    w.put(lat, {1, 2});
    w.put(depth, {10, 20});
    QVERIFY(w.close());
    const auto r = mc::importNetCdf(path, {});
    QCOMPARE(r.error.code, ImportErrorCode::NoTimeDimension);
    QCOMPARE(r.error.file, path);
    QVERIFY(r.dataset.stations.empty());
}

void TestNetCdfImport::corruptFiles_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("keep");  // bytes kept of a valid file; -2: half of them; -1: replace by text
    QTest::addColumn<ImportErrorCode>("code");
    QTest::addColumn<bool>("unlimited");
    const auto library = ImportErrorCode::NetCdfError;
    QTest::newRow("netCDF-4 cut to half") << int(NC_NETCDF4) << -2 << library << false;
    QTest::newRow("netCDF-4 cut to 100 bytes") << int(NC_NETCDF4) << 100 << library << false;
    QTest::newRow("classic cut to half") << 0 << -2 << library << false;
    QTest::newRow("classic without its last value") << 0 << -3 << library << false;
    QTest::newRow("CDF-5 without its last value") << int(NC_64BIT_DATA) << -3 << library << false;
    QTest::newRow("classic records without the last value") << 0 << -3 << library << true;
    QTest::newRow("CDF-5 records without the last value") << int(NC_64BIT_DATA) << -3 << library << true;
    QTest::newRow("netCDF-4 without its last 8 bytes") << int(NC_NETCDF4) << -3 << library << false;
    // libnetcdf reads a classic header cut inside its dimension list as a file with nothing in it.
    QTest::newRow("classic cut to 10 bytes") << 0 << 10 << ImportErrorCode::NoTimeDimension << false;
    QTest::newRow("text with .nc name") << 0 << -1 << library << false;
    QTest::newRow("empty file") << 0 << 0 << library << false;
}

void TestNetCdfImport::corruptFiles()
{
    QFETCH(int, mode);
    QFETCH(int, keep);
    QFETCH(ImportErrorCode, code);
    QFETCH(bool, unlimited);
    const std::string path = file("broken.nc");
    QVERIFY(writeGrid(path, mode, GridOrder::TimeFirst, unlimited));
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray bytes = f.readAll();
    f.resize(0);
    f.seek(0);
    if (keep == -1)
        f.write("time,value\n2000-01-01,1\n");
    else
        f.write(bytes.left(keep == -2 ? bytes.size() / 2 : keep == -3 ? bytes.size() - 4 : keep));
    f.close();
    const auto r = mc::importNetCdf(path, {});
    QVERIFY(!r.ok());
    qInfo("%s", mc::describe(r.error).c_str());
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.file, path);
    QVERIFY(!r.error.detail.empty());
    QVERIFY(r.dataset.stations.empty());
    QVERIFY(r.report.files.empty());

    QCOMPARE(mc::importNetCdf(file("absent.nc"), {}).error.code, ImportErrorCode::FileNotFound);
}

void TestNetCdfImport::largeGridInBlocks()
{
    // 64 × 64 cells × 1100 days: 4.5 million values, more than one read block.
    const std::size_t rows = 64, cols = 64, days = 1100;
    const std::string path = file("large.nc");
    {
        Writer w(path, NC_NETCDF4);
        const int t = w.dim("time", days), y = w.dim("latitude", rows), x = w.dim("longitude", cols);
        const int time = w.var("time", NC_INT, {t});
        w.att(time, "units", "days since 1990-01-01");
        const int lat = w.var("latitude", NC_DOUBLE, {y});
        const int lon = w.var("longitude", NC_DOUBLE, {x});
        const int v = w.var("chl", NC_SHORT, {t, y, x});
        w.att(v, "scale_factor", NC_DOUBLE, {0.25});
        w.endDefinitions();
        Values tv, yv, xv, values;
        for (std::size_t i = 0; i < days; ++i)
            tv.push_back(static_cast<double>(i));
        for (std::size_t i = 0; i < rows; ++i)
            yv.push_back(-10.0 - static_cast<double>(i));
        for (std::size_t i = 0; i < cols; ++i)
            xv.push_back(100.0 + static_cast<double>(i));
        values.reserve(days * rows * cols);
        for (std::size_t d = 0; d < days; ++d)
            for (std::size_t r = 0; r < rows; ++r)
                for (std::size_t c = 0; c < cols; ++c)
                    values.push_back(static_cast<double>((d * 7 + r * 3 + c) % 30000));
        w.put(time, tv);
        w.put(lat, yv);
        w.put(lon, xv);
        w.put(v, values);
        QVERIFY(w.close());
    }
    QElapsedTimer timer;
    timer.start();
    const auto r = mc::importNetCdf(path, {});
    qInfo("read 64 x 64 x 1100 in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(r.ok(), mc::describe(r.error).c_str());
    QCOMPARE(r.dataset.stations.size(), rows * cols);
    for (std::size_t r0 = 0; r0 < rows; ++r0) {
        for (std::size_t c = 0; c < cols; ++c) {
            const auto& s = r.dataset.stations[r0 * cols + c];
            QCOMPARE(s.latitude, -10.0 - static_cast<double>(r0));
            const auto& v = s.variables.at("chl");
            for (std::size_t d = 0; d < days; ++d)
                if (v[d] != 0.25 * static_cast<double>((d * 7 + r0 * 3 + c) % 30000))
                    QFAIL(qPrintable(QStringLiteral("cell %1/%2 day %3: %4").arg(r0).arg(c).arg(d).arg(v[d])));
        }
    }
}

void TestNetCdfImport::detectsNetCdfFiles()
{
    QVERIFY(mc::isNetCdfFile("/nowhere/a.nc"));
    QVERIFY(mc::isNetCdfFile("/nowhere/A.NC4"));
    QVERIFY(mc::isNetCdfFile("/nowhere/b.cdf"));
    QVERIFY(mc::isNetCdfFile("/nowhere/c.netCDF"));
    QVERIFY(!mc::isNetCdfFile("/nowhere/d.csv"));
    QVERIFY(!mc::isNetCdfFile("/nowhere/nc"));
    const std::string classic = file("classic.bin");
    const std::string hdf = file("hdf.dat");
    QVERIFY(writeGrid(classic, 0, GridOrder::TimeFirst));
    QVERIFY(writeGrid(hdf, NC_NETCDF4, GridOrder::TimeFirst));
    QVERIFY(mc::isNetCdfFile(classic));
    QVERIFY(mc::isNetCdfFile(hdf));
    const std::string csv = file("table.txt");
    std::ofstream(csv) << "CDF is not enough\n";
    QVERIFY(!mc::isNetCdfFile(csv));
}

QTEST_GUILESS_MAIN(TestNetCdfImport)
#include "tst_netcdf_import.moc"
