// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin read-only wrapper over libnetcdf's C API for the NetCDF import: it owns the file handle and
// turns every library status into one ImportError that names the file and the variable.

#include "csv_import.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace mc::nc {

struct Dimension {
    std::string name;
    std::size_t length = 0;
};

struct Variable {
    int id = -1;
    std::string name;
    int type = 0;           ///< nc_type
    std::vector<int> dims;  ///< indices into File::dimensions(), slowest-varying first
    [[nodiscard]] bool isNumeric() const;
    [[nodiscard]] bool isText() const;  ///< NC_CHAR or NC_STRING
};

class File {
public:
    /// Opens @p path read-only and lists its root group's dimensions and variables. On failure
    /// ok() is false and error() says why (FileNotFound or NetCdfError).
    explicit File(std::string path);
    ~File();
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    [[nodiscard]] bool ok() const { return m_error.code == ImportErrorCode::None; }
    [[nodiscard]] const ImportError& error() const { return m_error; }
    /// Records a failure that is not the library's (the first one wins).
    void fail(ImportErrorCode code, const std::string& variable, const std::string& detail);

    [[nodiscard]] const std::vector<Dimension>& dimensions() const { return m_dims; }
    [[nodiscard]] const std::vector<Variable>& variables() const { return m_vars; }
    [[nodiscard]] const Variable* variable(const std::string& name) const;
    /// Total number of values of @p var (1 for a scalar).
    [[nodiscard]] std::size_t size(const Variable& var) const;

    /// Text attribute (NC_CHAR or NC_STRING) of a variable, or of the file for varId -1 (NC_GLOBAL).
    [[nodiscard]] std::optional<std::string> text(int varId, const char* name) const;
    /// Numeric attribute converted to double (all its values); empty when absent or text.
    [[nodiscard]] std::vector<double> numbers(int varId, const char* name) const;
    /// nc_type of an attribute, 0 when absent.
    [[nodiscard]] int attributeType(int varId, const char* name) const;

    /// Reads the hyperslab @p start / @p count of @p var as raw (unscaled) doubles into @p out.
    bool read(const Variable& var, const std::vector<std::size_t>& start, const std::vector<std::size_t>& count,
              double* out);
    /// Whole variable as raw doubles.
    bool readAll(const Variable& var, std::vector<double>& out);
    /// One string per element of the first dimension: NC_STRING (1-D) or NC_CHAR (2-D, trailing
    /// NULs and spaces dropped); integers are written in decimal.
    bool readLabels(const Variable& var, std::vector<std::string>& out);

private:
    bool check(int status, const std::string& variable);

    std::string m_path;
    int m_ncid = -1;
    ImportError m_error;
    std::vector<Dimension> m_dims;
    std::vector<Variable> m_vars;
};

/// Turns a variable's raw values into physical ones following the CF attributes: values equal to
/// `_FillValue` (else the type's default fill, bytes excepted) or to any `missing_value`, NaN, and
/// values outside `valid_min`/`valid_max`/`valid_range` become NaN; then `scale_factor` and
/// `add_offset` apply. Valid limits of the variable's own type are compared before unpacking,
/// others after (CF 8.1).
class Decoder {
public:
    Decoder(const File& file, const Variable& var);
    [[nodiscard]] double decode(double raw) const;

private:
    std::vector<double> m_missing;
    double m_scale = 1.0;
    double m_offset = 0.0;
    double m_min;
    double m_max;
    bool m_limitsPacked = true;
};

}  // namespace mc::nc
