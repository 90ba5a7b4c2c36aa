// SPDX-License-Identifier: GPL-3.0-or-later
#include "netcdf_file.h"

#include "netcdf_classic.h"

#include <netcdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <system_error>
#include <utility>

namespace mc::nc {

bool Variable::isNumeric() const
{
    switch (type) {
    case NC_BYTE: case NC_UBYTE: case NC_SHORT: case NC_USHORT: case NC_INT: case NC_UINT:
    case NC_INT64: case NC_UINT64: case NC_FLOAT: case NC_DOUBLE:
        return true;
    default:
        return false;
    }
}

bool Variable::isText() const { return type == NC_CHAR || type == NC_STRING; }

File::File(std::string path) : m_path(std::move(path))
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(m_path, ec)) {
        fail(ImportErrorCode::FileNotFound, {}, "no such file");
        return;
    }
    if (const int status = nc_open(m_path.c_str(), NC_NOWRITE, &m_ncid); status != NC_NOERR) {
        m_ncid = -1;
        fail(ImportErrorCode::NetCdfError, {}, std::string("cannot open as NetCDF: ") + nc_strerror(status));
        return;
    }
    int format = 0;
    if (!check(nc_inq_format(m_ncid, &format), {}))
        return;
    if (format == NC_FORMAT_CLASSIC || format == NC_FORMAT_64BIT_OFFSET || format == NC_FORMAT_CDF5) {
        const auto required = classicRequiredSize(m_path);
        const auto actual = std::filesystem::file_size(m_path, ec);
        if (required && !ec && actual < *required) {
            fail(ImportErrorCode::NetCdfError, {},
                 "file is truncated: it holds " + std::to_string(actual) + " bytes, its header describes "
                     + std::to_string(*required));
            return;
        }
    }
    int ndims = 0;
    if (!check(nc_inq_dimids(m_ncid, &ndims, nullptr, 0), {}))
        return;
    std::vector<int> dimIds(static_cast<std::size_t>(ndims));
    if (ndims > 0 && !check(nc_inq_dimids(m_ncid, &ndims, dimIds.data(), 0), {}))
        return;
    for (int id : dimIds) {
        char name[NC_MAX_NAME + 1] = {};
        std::size_t length = 0;
        if (!check(nc_inq_dim(m_ncid, id, name, &length), {}))
            return;
        m_dims.push_back({name, length});
    }
    int nvars = 0;
    if (!check(nc_inq_nvars(m_ncid, &nvars), {}))
        return;
    std::vector<int> varIds(static_cast<std::size_t>(nvars));
    if (nvars > 0 && !check(nc_inq_varids(m_ncid, &nvars, varIds.data()), {}))
        return;
    for (int id : varIds) {
        char name[NC_MAX_NAME + 1] = {};
        nc_type type = 0;
        int nd = 0;
        int ids[NC_MAX_VAR_DIMS] = {};
        if (!check(nc_inq_var(m_ncid, id, name, &type, &nd, ids, nullptr), {}))
            return;
        Variable var{id, name, type, {}};
        for (int i = 0; i < nd; ++i) {
            const auto it = std::find(dimIds.begin(), dimIds.end(), ids[i]);
            if (it == dimIds.end()) {  // a dimension of a parent or sibling group: not ours to map
                var.dims.clear();
                var.type = NC_NAT;
                break;
            }
            var.dims.push_back(static_cast<int>(it - dimIds.begin()));
        }
        m_vars.push_back(std::move(var));
    }
}

File::~File()
{
    if (m_ncid >= 0)
        nc_close(m_ncid);
}

void File::fail(ImportErrorCode code, const std::string& variable, const std::string& detail)
{
    if (!ok())
        return;
    m_error.code = code;
    m_error.file = m_path;
    m_error.columnName = variable;
    m_error.detail = variable.empty() ? detail : "variable " + variable + ": " + detail;
}

bool File::check(int status, const std::string& variable)
{
    if (status == NC_NOERR)
        return true;
    fail(ImportErrorCode::NetCdfError, variable, nc_strerror(status));
    return false;
}

const Variable* File::variable(const std::string& name) const
{
    for (const auto& v : m_vars)
        if (v.name == name)
            return &v;
    return nullptr;
}

std::size_t File::size(const Variable& var) const
{
    std::size_t n = 1;
    for (int d : var.dims)
        n *= m_dims[static_cast<std::size_t>(d)].length;
    return n;
}

int File::attributeType(int varId, const char* name) const
{
    nc_type type = 0;
    return nc_inq_atttype(m_ncid, varId < 0 ? NC_GLOBAL : varId, name, &type) == NC_NOERR ? type : 0;
}

std::optional<std::string> File::text(int varId, const char* name) const
{
    const int vid = varId < 0 ? NC_GLOBAL : varId;
    nc_type type = 0;
    std::size_t length = 0;
    if (nc_inq_att(m_ncid, vid, name, &type, &length) != NC_NOERR)
        return std::nullopt;
    if (type == NC_CHAR) {
        std::string out(length, '\0');
        if (length > 0 && nc_get_att_text(m_ncid, vid, name, out.data()) != NC_NOERR)
            return std::nullopt;
        while (!out.empty() && out.back() == '\0')
            out.pop_back();
        return out;
    }
    if (type == NC_STRING && length >= 1) {
        std::vector<char*> values(length, nullptr);
        if (nc_get_att_string(m_ncid, vid, name, values.data()) != NC_NOERR)
            return std::nullopt;
        std::string out = values[0] ? values[0] : "";
        nc_free_string(length, values.data());
        return out;
    }
    return std::nullopt;
}

std::vector<double> File::numbers(int varId, const char* name) const
{
    const int vid = varId < 0 ? NC_GLOBAL : varId;
    nc_type type = 0;
    std::size_t length = 0;
    if (nc_inq_att(m_ncid, vid, name, &type, &length) != NC_NOERR || type == NC_CHAR || type == NC_STRING
        || length == 0)
        return {};
    std::vector<double> out(length);
    if (nc_get_att_double(m_ncid, vid, name, out.data()) != NC_NOERR)
        return {};
    return out;
}

bool File::read(const Variable& var, const std::vector<std::size_t>& start, const std::vector<std::size_t>& count,
                double* out)
{
    return check(nc_get_vara_double(m_ncid, var.id, start.data(), count.data(), out), var.name);
}

bool File::readAll(const Variable& var, std::vector<double>& out)
{
    out.assign(size(var), 0.0);
    if (out.empty())
        return true;
    return check(nc_get_var_double(m_ncid, var.id, out.data()), var.name);
}

bool File::readLabels(const Variable& var, std::vector<std::string>& out)
{
    out.clear();
    if (var.dims.empty())
        return true;
    const std::size_t n = m_dims[static_cast<std::size_t>(var.dims[0])].length;
    if (var.type == NC_STRING) {
        std::vector<char*> values(n, nullptr);
        if (n > 0 && !check(nc_get_var_string(m_ncid, var.id, values.data()), var.name))
            return false;
        for (char* v : values)
            out.emplace_back(v ? v : "");
        if (n > 0)
            nc_free_string(n, values.data());
    } else if (var.type == NC_CHAR) {
        std::string all(size(var), '\0');
        if (!all.empty() && !check(nc_get_var_text(m_ncid, var.id, all.data()), var.name))
            return false;
        const std::size_t width = n == 0 ? 0 : all.size() / n;
        for (std::size_t i = 0; i < n; ++i) {
            std::string s = all.substr(i * width, width);
            s.erase(std::find(s.begin(), s.end(), '\0'), s.end());
            while (!s.empty() && s.back() == ' ')
                s.pop_back();
            out.push_back(std::move(s));
        }
    } else {
        std::vector<double> values;
        if (!readAll(var, values))
            return false;
        const std::size_t stride = n == 0 ? 0 : values.size() / n;
        for (std::size_t i = 0; i < n; ++i) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.15g", values[i * stride]);
            out.emplace_back(buf);
        }
    }
    return true;
}

namespace {

// The library's fill for unwritten values of @p type; bytes have none (NUG: too likely a real value).
std::optional<double> defaultFill(int type)
{
    switch (type) {
    case NC_SHORT: return NC_FILL_SHORT;
    case NC_USHORT: return NC_FILL_USHORT;
    case NC_INT: return NC_FILL_INT;
    case NC_UINT: return NC_FILL_UINT;
    case NC_INT64: return static_cast<double>(NC_FILL_INT64);
    case NC_UINT64: return static_cast<double>(NC_FILL_UINT64);
    case NC_FLOAT: return static_cast<double>(NC_FILL_FLOAT);
    case NC_DOUBLE: return NC_FILL_DOUBLE;
    default: return std::nullopt;
    }
}

}  // namespace

Decoder::Decoder(const File& file, const Variable& var)
    : m_min(-std::numeric_limits<double>::infinity()), m_max(std::numeric_limits<double>::infinity())
{
    const auto fill = file.numbers(var.id, "_FillValue");
    if (!fill.empty())
        m_missing.push_back(fill[0]);
    else if (const auto def = defaultFill(var.type))
        m_missing.push_back(*def);
    for (double v : file.numbers(var.id, "missing_value"))
        m_missing.push_back(v);
    if (const auto scale = file.numbers(var.id, "scale_factor"); !scale.empty())
        m_scale = scale[0];
    if (const auto offset = file.numbers(var.id, "add_offset"); !offset.empty())
        m_offset = offset[0];

    int limitType = 0;
    if (const auto range = file.numbers(var.id, "valid_range"); range.size() >= 2) {
        m_min = range[0];
        m_max = range[1];
        limitType = file.attributeType(var.id, "valid_range");
    } else {
        if (const auto lo = file.numbers(var.id, "valid_min"); !lo.empty()) {
            m_min = lo[0];
            limitType = file.attributeType(var.id, "valid_min");
        }
        if (const auto hi = file.numbers(var.id, "valid_max"); !hi.empty()) {
            m_max = hi[0];
            limitType = file.attributeType(var.id, "valid_max");
        }
    }
    m_limitsPacked = limitType == 0 || limitType == var.type;
}

double Decoder::decode(double raw) const
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(raw) || std::find(m_missing.begin(), m_missing.end(), raw) != m_missing.end())
        return kNaN;
    if (m_limitsPacked && (raw < m_min || raw > m_max))
        return kNaN;
    const double value = raw * m_scale + m_offset;
    if (!m_limitsPacked && (value < m_min || value > m_max))
        return kNaN;
    return value;
}

}  // namespace mc::nc
