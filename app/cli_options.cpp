// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_options.h"

#include "cli_import_options.h"
#include "preset_store.h"

#include <fstream>
#include <map>
#include <sstream>

namespace mc::cli {
namespace {

// Flags of the CLI itself; every other flag comes from the model registry.
const std::map<std::string, std::string> kFixedFlags = {
    {"data", "PATH..."}, {"station", "ID"}, {"target", "VAR"}, {"inputs", "LIST"}, {"preset", "NAME"},
    {"model", "KIND"}, {"train-range", "A/B"}, {"val-range", "A/B"}, {"val-fraction", "F"},
    {"test-range", "A/B"}, {"config", "FILE"}, {"out", "DIR"},
};

bool readFile(const std::string& path, std::string& text)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    return true;
}

bool setRange(const std::string& flag, const std::string& value, TimeRange& dst, std::string& error)
{
    const auto r = parseTimeRange(value);
    if (!r) {
        error = "--" + flag + ": expected an ISO 8601 interval A/B (e.g. 2013-01-01/2017-12-31), got '" + value + "'";
        return false;
    }
    dst = *r;
    return true;
}

}  // namespace

bool parseTrainArgs(const std::vector<std::string>& args, TrainCommand& out, std::string& error)
{
    // First pass: split into flags and their values, so --config and --preset can go first.
    std::vector<Flag> flags;
    if (!splitFlags(args, flags, error))
        return false;
    for (const auto& f : flags)
        if (f.name == "help") {
            out.help = true;
            return true;
        }

    RunConfig& c = out.config;
    for (const auto& f : flags)
        if (f.name == "config") {
            std::string text, why;
            if (f.values.size() != 1 || !readFile(f.values[0], text)) {
                error = "--config: cannot read '" + (f.values.empty() ? std::string() : f.values[0]) + "'";
                return false;
            }
            auto loaded = configFromJson(text, why);
            if (!loaded) {
                error = "--config " + f.values[0] + ": " + why;
                return false;
            }
            c = *loaded;
        }
    for (const auto& f : flags)
        if (f.name == "model" && f.values.size() == 1)
            c.model = f.values[0];
    if (!findModel(c.model)) {
        std::string known;
        for (const auto& m : modelKinds())
            known += (known.empty() ? "" : ", ") + m.kind;
        error = "--model: unknown model '" + c.model + "' (known: " + known + ")";
        return false;
    }
    for (const auto& f : flags)
        if (f.name == "preset") {
            PresetStore store;
            if (const auto why = store.load(); !why.empty()) {
                error = "--preset: " + why;
                return false;
            }
            const Preset* p = f.values.size() == 1 ? store.find(f.values[0]) : nullptr;
            if (!p) {
                std::string names;
                for (const auto& pr : store.all())
                    names += (names.empty() ? "" : ", ") + pr.name;
                error = "--preset: unknown preset '" + (f.values.empty() ? std::string() : f.values[0]) + "' (known: " + names + ")";
                return false;
            }
            applyPreset(c, *p);
        }

    const auto options = optionsFor(c.model);
    for (const auto& f : flags) {
        if (f.name == "config" || f.name == "model" || f.name == "preset")
            continue;
        if (isImportFlag(f.name)) {
            if (!applyImportFlag(f.name, f.values, c.import, error))
                return false;
            continue;
        }
        const auto* desc = findOption(options, f.name);
        if (!desc && !kFixedFlags.count(f.name)) {
            error = "unknown flag --" + f.name + " (see marinecast-cli train --help)";
            return false;
        }
        if (desc && desc->type == OptionType::Bool && f.values.empty()) {
            c.params.set(f.name, true);
            continue;
        }
        if (f.values.empty()) {
            error = "--" + f.name + " needs a value";
            return false;
        }
        if (f.name == "data") {
            c.dataPaths = f.values;
            continue;
        }
        if (f.values.size() != 1) {
            error = "--" + f.name + " takes one value, got " + std::to_string(f.values.size());
            return false;
        }
        const std::string& v = f.values[0];
        if (desc) {
            std::string why;
            const auto value = parseParam(*desc, v, why);
            if (!value) {
                error = "--" + f.name + ": " + why;
                return false;
            }
            c.params.set(f.name, *value);
        } else if (f.name == "station") {
            c.station = v;
        } else if (f.name == "target") {
            c.target = v;
        } else if (f.name == "inputs") {
            c.inputs.clear();
            for (const auto& item : splitList(v))
                c.inputs.push_back(parseInputRef(item));
        } else if (f.name == "train-range") {
            if (!setRange(f.name, v, c.trainRange, error))
                return false;
        } else if (f.name == "test-range") {
            if (!setRange(f.name, v, c.testRange, error))
                return false;
        } else if (f.name == "val-range") {
            TimeRange r;
            if (!setRange(f.name, v, r, error))
                return false;
            c.valRange = r;
        } else if (f.name == "val-fraction") {
            try {
                std::size_t used = 0;
                c.valFraction = std::stod(v, &used);
                if (used != v.size())
                    throw std::invalid_argument(v);
            } catch (const std::exception&) {
                error = "--val-fraction: expected a number, got '" + v + "'";
                return false;
            }
        } else if (f.name == "out") {
            out.outDir = v;
        }
    }
    if (c.dataPaths.empty()) {
        error = "--data is required (a CSV file, several files, or a folder)";
        return false;
    }
    if (c.target.empty()) {
        error = "--target is required (the variable to forecast, e.g. temp_mean)";
        return false;
    }
    if (out.outDir.empty()) {
        error = "--out is required (the folder that receives the results)";
        return false;
    }
    c.params.fillDefaults(options);
    if (const auto why = validateConfig(c); !why.empty()) {
        error = why;
        return false;
    }
    return true;
}

std::string mainHelp()
{
    return "MarineCast " MARINECAST_VERSION " — forecasting for marine monitoring time series\n\n"
           "Usage:\n"
           "  marinecast-cli train --data PATH... --target VAR --out DIR [options]\n"
           "  marinecast-cli forecast --bundle FILE --data PATH... --out DIR [--from DATE]\n"
           "  marinecast-cli compare --data PATH... --target VAR --preset A --preset B --out DIR [options]\n"
           "  marinecast-cli inspect --data PATH... [import options] [--json]\n"
           "  marinecast-cli generate-sample --out FILE\n"
           "  marinecast-cli --help | --version\n\n"
           "Commands:\n"
           "  train            train a model on one station's series and evaluate it on the test range\n"
           "  forecast         forecast with a saved model (model.mcmodel) on new or the same data\n"
           "  compare          train two or more configurations on the identical split and compare them\n"
           "  inspect          import data and report stations, variables, units, counts and the import report\n"
           "  generate-sample  write the bundled synthetic sample dataset (deterministic)\n\n"
           "Exit codes: 0 success, 2 usage error, 3 data error, 4 training failure.\n"
           "See 'marinecast-cli train --help' for every training option.\n";
}

std::string trainHelp()
{
    std::ostringstream o;
    o << "Usage: marinecast-cli train --data PATH... --target VAR --out DIR [options]\n\n"
         "Data:\n"
         "  --data PATH...        CSV file(s) or folder(s); long layout (station column) or one file per station\n"
         "  --station ID          station to forecast (required when several stations have the target)\n"
         "  --target VAR          variable to forecast, e.g. temp_mean\n"
         "  --inputs LIST         covariates, comma-separated: VAR (same station) or STATION:VAR (joined on time)\n"
         "  --train-range A/B     training range, ISO 8601 interval (default 2013-01-01/2017-12-31; A:B also accepted)\n"
         "  --val-range A/B       validation range inside the training range\n"
         "  --val-fraction F      else the last fraction F of the training range validates (default 0.1)\n"
         "  --test-range A/B      test range (default 2018-01-01/2018-12-31)\n\n"
         "Run:\n"
         "  --model KIND          model family (default lstm)\n"
         "  --preset NAME         start from a preset:";
    for (const auto& p : presets())
        o << " " << p.name << " (" << p.description << ")";
    o << "\n  --config FILE         read settings from a run.json; flags given here override it\n"
         "  --out DIR             folder for metrics.json, forecast.csv, forecast_ahead.csv, loss.csv, run.json,\n"
         "                        model.mcmodel, chart.png (+ charts/ per node for multi-node runs)\n";
    const auto printOptions = [&](const std::vector<OptionDesc>& options) {
        for (const auto& d : options) {
            std::string flag = "--" + d.key + (d.type == OptionType::Bool ? "" : " " + d.valueName);
            if (d.type == OptionType::Choice) {
                flag = "--" + d.key + " ";
                for (std::size_t i = 0; i < d.choices.size(); ++i)
                    flag += (i ? "|" : "") + d.choices[i];
            }
            o << "  " << flag << std::string(flag.size() < 22 ? 22 - flag.size() : 1, ' ') << d.help;
            if (d.type == OptionType::Int || d.type == OptionType::Double)
                o << " [" << formatParam(d.type == OptionType::Int ? ParamValue{std::int64_t(d.minValue)} : ParamValue{d.minValue})
                  << ".." << formatParam(d.type == OptionType::Int ? ParamValue{std::int64_t(d.maxValue)} : ParamValue{d.maxValue}) << "]";
            if (d.type != OptionType::Bool)
                o << " (default " << formatParam(d.defaultValue) << ")";
            o << "\n";
        }
    };
    o << "\n" << importFlagsHelp();
    o << "\nTraining options:\n";
    printOptions(trainingOptions());
    for (const auto& m : modelKinds()) {
        o << "\nModel " << m.kind << ": " << m.summary << "\n";
        printOptions(m.options);
    }
    o << "\nOutputs in DIR: metrics.json (model and baselines, per horizon), forecast.csv (test windows),\n"
         "forecast_ahead.csv (the horizon after the last observation), loss.csv,\n"
         "run.json (repeat with --config DIR/run.json), model.mcmodel, chart.png (Qt builds; the first node of a\n"
         "multi-node run, named in its title) and, for multi-node runs, charts/<node id>.png: one chart per node.\n"
         "Exit codes: 0 success, 2 usage error, 3 data error, 4 training failure.\n";
    return o.str();
}

}  // namespace mc::cli
