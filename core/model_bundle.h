// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "node_layout.h"
#include "run_config.h"
#include "scaler.h"
#include "time_axis.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

/// The newest bundle format this build writes and reads; older ones keep loading. Format 2 adds
/// calendar time steps (ModelBundle::stepUnit Months); a bundle on a Seconds axis is still written
/// as format 1, byte for byte as before, so older builds keep reading it.
constexpr int kBundleFormatVersion = 2;

/// One network tensor: float32, little-endian in the file, CPU-side here.
struct BundleTensor {
    std::string name;                  ///< the module's parameter or buffer name, e.g. "lstm.weight_ih_l0"
    std::vector<std::int64_t> shape;
    std::vector<float> values;         ///< row-major, product(shape) values
};

/// Everything a trained model needs to forecast again, anywhere: the contents of model.mcmodel
/// (a zip holding bundle.json and one raw float32 entry per tensor). A plain value.
struct ModelBundle {
    int formatVersion = 1;                     ///< the version the file was written in
    std::string marinecastVersion;
    std::string libtorchVersion;
    std::string created;                       ///< ISO 8601 UTC

    RunConfig config;                          ///< model kind and options, import settings, split, seed
    std::vector<std::string> stations;         ///< target station, or every node of a multi-node layout in window order
    NodeLayout layout = NodeLayout::Single;    ///< multi-node models also keep where their nodes are
    std::vector<NodeInfo> nodeInfo;            ///< (stations.size()) for multi-node layouts
    int gridRows = 0, gridCols = 0;            ///< Grid layout only
    std::string target;
    std::string unit;                          ///< of the target, may be empty
    std::vector<std::string> featureNames;     ///< feature 0 is the target, then InputRef::text() of each input
    std::vector<Scaler> scalers;               ///< per feature, as fitted on the training range
    int lookback = 0;
    int horizon = 0;
    bool predictChange = false;
    std::string outputActivation;              ///< resolved ("relu" or "none")
    bool stateful = false;
    TimePoint step = kSecondsPerDay;           ///< time step of the training data, in stepUnit
    TimeUnit stepUnit = TimeUnit::Seconds;     ///< format 1 files have no unit: seconds
    bool dateOnly = true;
    std::array<double, 367> climatology{};     ///< target mean by day of year 1..366 (index 0 unused)
    /// Multi-node layouts: the same per node, in stations order (bundle.json "node_climatology";
    /// empty in bundles written before it, whose forecasts then use the pooled table).
    std::vector<std::array<double, 367>> nodeClimatology;
    std::vector<SourceFile> dataFiles;         ///< what the model was trained on, with SHA-256
    std::string metricsJson;                   ///< metrics.json of the training run (JSON text)
    std::vector<BundleTensor> tensors;
};

enum class BundleErrorCode {
    None,
    CannotOpen,       ///< the file cannot be read
    NotABundle,       ///< not a zip, or no bundle.json inside
    Damaged,          ///< CRC error, inconsistent archive, or a tensor entry of the wrong size
    Truncated,        ///< the file is cut off
    Unsupported,      ///< encrypted, ZIP64 or compressed entries
    NewerFormat,      ///< written by a newer MarineCast (formatVersion set)
    BadDescription,   ///< bundle.json is not valid JSON or lacks or mistypes a field (entry = field)
    UnknownModel,     ///< a model kind this build does not know
    MissingTensor,    ///< the network needs a tensor the bundle lacks (entry = tensor name)
    ExtraTensor,      ///< the bundle holds a tensor the network does not have, or an unlisted entry
    ShapeMismatch,    ///< a tensor's shape differs from the network's (entry = tensor name)
    UnsupportedDtype, ///< a tensor type other than float32
    WriteFailed,
};

struct BundleError {
    BundleErrorCode code = BundleErrorCode::None;
    std::string entry;        ///< the field, tensor or archive entry concerned
    std::string detail;       ///< plain English, for the CLI and logs
    int formatVersion = 0;    ///< for NewerFormat
};

struct BundleReadResult {
    ModelBundle bundle;
    BundleError error;
    [[nodiscard]] bool ok() const { return error.code == BundleErrorCode::None; }
};

/// The model.mcmodel bytes of @p bundle. Deterministic: equal bundles give equal bytes.
[[nodiscard]] std::string bundleBytes(const ModelBundle& bundle);
/// Parses and validates model.mcmodel bytes: archive integrity (CRC-32 of every entry), format
/// version, every field of bundle.json, and that the tensor table and the entries agree. Never
/// runs code from the file. Whether the tensors fit the network is checked when the network is
/// built (Forecaster::fromBundle).
[[nodiscard]] BundleReadResult readBundle(std::string_view bytes);
/// readBundle of a file; errors name @p path.
[[nodiscard]] BundleReadResult loadBundle(const std::string& path);
/// Writes bundleBytes(@p bundle) to @p path atomically. Returns an English error, empty on success.
[[nodiscard]] std::string saveBundle(const ModelBundle& bundle, const std::string& path);

/// The bundle.json text of @p bundle (also what the tensor table lists).
[[nodiscard]] std::string bundleDescriptionJson(const ModelBundle& bundle);

/// Why a bundle does not fit a dataset.
enum class BundleDataIssueCode {
    MissingStation,    ///< the data has no station the bundle was trained on
    MissingVariable,   ///< the station lacks the target or an input variable
    StepDiffers,       ///< the data's time step (or its kind, seconds or calendar months) is not the training step
    TooShort,          ///< fewer time steps than the lookback
    UnitDiffers,       ///< the data states another unit for a variable (a warning: values may be off)
    DataDiffers,       ///< the data files are not the training files (a note, not a problem)
};

struct BundleDataIssue {
    BundleDataIssueCode code = BundleDataIssueCode::MissingStation;
    bool blocking = true;                  ///< false for warnings and notes
    std::string station;
    std::string variable;
    std::string detail;                    ///< plain English
    std::vector<std::string> candidates;   ///< e.g. the stations or variables the data does have
};

/// Checks @p bundle against @p dataset before forecasting: stations, variables, time step, length,
/// units. @p station overrides the bundle's station (forecasting another site with the same model).
/// Multi-node bundles: the data must have every node (Stations: each station id; Grid: a grid of
/// the same rows x columns with the same cell ids), the missing ones named in one issue's detail
/// (station: the first of them; no candidates, since the data cannot offer a substitute); the target on some node, inputs, step and length over the nodes; @p station unused.
[[nodiscard]] std::vector<BundleDataIssue> checkBundleData(const ModelBundle& bundle, const Dataset& dataset,
                                                           const std::string& station = {});
/// True when none of @p issues is blocking.
[[nodiscard]] bool bundleFitsData(const std::vector<BundleDataIssue>& issues);

}  // namespace mc
