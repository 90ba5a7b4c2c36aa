// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <cstdint>
#include <string>

namespace mc {

/// Settings of the synthetic sample generator. The same options give bit-identical data on every
/// platform and standard library, so the bundled sample file can be checked against the code.
struct SampleOptions {
    std::uint64_t seed = 20130101;
};

/// Builds the bundled synthetic sample: stations `station1` … `station3` in a subtropical estuary,
/// daily values 2013-01-01 … 2018-12-31 of air_temp (°C), water_temp (°C), salinity (PSU),
/// chlorophyll_a (µg/L) and dissolved_oxygen (mg/L), with seasonal cycles, physically linked
/// variables and realistic sensor outages (missing values are NaN). The result has
/// `synthetic == true` and `dateOnly == true`. These are not real observations.
[[nodiscard]] Dataset generateSampleDataset(const SampleOptions& options = {});

/// Writes @p dataset as long-layout CSV (UTF-8, LF): three `#` comment lines (provenance with the
/// seed from @p options, units, station coordinates), the header
/// `station,date,air_temp,water_temp,salinity,chlorophyll_a,dissolved_oxygen`, then one row per
/// station and day sorted by station then date, missing values as empty fields. Numbers are
/// written with fixed decimals independently of the C and C++ locales. Pass the options the
/// dataset was generated with so the header names the right seed.
[[nodiscard]] std::string sampleCsv(const Dataset& dataset, const SampleOptions& options = {});

}  // namespace mc
