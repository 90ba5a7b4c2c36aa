// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Works out how a NetCDF file's variables map onto stations: a latitude/longitude grid, a CF
// timeSeries station dimension, or a single series.

#include "netcdf_file.h"

#include <string>
#include <vector>

namespace mc::nc {

/// Which variables and dimensions a NetCDF file's data are laid out on. Dimensions are indices into
/// File::dimensions(), -1 when absent; variables point into File::variables().
struct Layout {
    enum class Kind { Grid, Stations, Single };
    Kind kind = Kind::Single;
    const Variable* time = nullptr;  ///< the time coordinate
    int timeDim = -1;
    int rowDim = -1;      ///< Grid: the latitude dimension
    int colDim = -1;      ///< Grid: the longitude dimension
    int stationDim = -1;  ///< Stations: the station dimension
    /// Grid: the 1-D axes; Stations: per-station (or scalar) coordinates; Single: scalar coordinates.
    const Variable* latitude = nullptr;
    const Variable* longitude = nullptr;
    const Variable* stationId = nullptr;    ///< Stations: cf_role timeseries_id or a station text variable
    const Variable* stationName = nullptr;  ///< Stations: platform_name / station_name text, if any
    std::vector<const Variable*> data;      ///< the variables to read, in file order
};

class LayoutFinder {
public:
    explicit LayoutFinder(File& file) : m_file(file) {}

    /// Fills @p out for the variables named in @p requested (all data variables when empty). On
    /// failure records the reason in the file's error (NoTimeDimension, NoVariables, UnknownVariable)
    /// and returns false.
    bool find(const std::vector<std::string>& requested, Layout& out);

private:
    bool findTime(Layout& out);
    void findCoordinates(Layout& out);
    [[nodiscard]] bool isData(const Variable& var, const Layout& layout) const;
    [[nodiscard]] bool fits(const Variable& var, const Layout& layout, Layout::Kind kind) const;
    [[nodiscard]] std::string describeDims(const Variable& var) const;

    File& m_file;
};

}  // namespace mc::nc
