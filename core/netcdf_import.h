// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_import.h"
#include "import_settings.h"

#include <string>
#include <vector>

namespace mc {

/// Reads a NetCDF file into a Dataset. Gridded variables (time, lat, lon) become one station per cell,
/// with Dataset::grid filled; CF time-series (station) files (featureType timeSeries: variables (station, time)
/// or (time, station), station ids from the variable with cf_role = timeseries_id or a char/string station variable,
/// lat/lon per station) become stations with coordinates; a file with only a time dimension becomes one station
/// named after the file. @p variables empty = all numeric data variables with a time dimension.
///
/// NetCDF-4 (HDF5) and classic (CDF-1/2/5) files are read through libnetcdf (the root group only). Values equal to
/// `_FillValue` (or the type's default fill when that is absent, except for bytes) or `missing_value`,
/// NaN, and values outside `valid_min`/`valid_max`/`valid_range` become NaN; `scale_factor` and
/// `add_offset` are applied. Extra dimensions of length 1 (a single depth level) are accepted.
/// Variables that carry `flag_values`/`flag_meanings` are quality flags, not data, and are only read
/// when named. Times come from the time coordinate's CF units (see cf_time.h), rounded to whole
/// seconds, sorted; of repeated times the last in the file wins. Times stay in the clock of the
/// units' reference time and Dataset::utcOffsetMinutes is that zone's offset (0 unless the units say
/// otherwise). Of @p settings, `units` (overriding the file's) and `variableMap` (canonical ids) apply.
/// Each file report counts rows as (station, time) records and missingCells as NaN values.
[[nodiscard]] ImportResult importNetCdf(const std::string& path, const ImportSettings& settings,
                                        const std::vector<std::string>& variables = {});

/// True for .nc, .nc4, .cdf, .netcdf (any case) or files starting with the NetCDF/HDF5 magic bytes.
[[nodiscard]] bool isNetCdfFile(const std::string& path);

}  // namespace mc
