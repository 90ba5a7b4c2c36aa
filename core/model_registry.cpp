// SPDX-License-Identifier: GPL-3.0-or-later
#include "model_registry.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace mc {
namespace {

OptionDesc intOption(std::string key, std::int64_t def, double lo, double hi, std::string label,
                     std::string help)
{
    return {std::move(key), OptionType::Int, ParamValue{def}, lo, hi, {}, std::move(label), std::move(help), "N"};
}

OptionDesc doubleOption(std::string key, double def, double lo, double hi, std::string label,
                        std::string help)
{
    return {std::move(key), OptionType::Double, ParamValue{def}, lo, hi, {}, std::move(label), std::move(help), "X"};
}

// A coefficient whose useful values differ in the third decimal or span decades (β2 = 0.999,
// weight decay 1e-4): typed, not stepped.
OptionDesc typedDoubleOption(std::string key, double def, double lo, double hi, std::string label,
                             std::string help)
{
    OptionDesc d = doubleOption(std::move(key), def, lo, hi, std::move(label), std::move(help));
    d.typed = true;
    return d;
}

OptionDesc choiceOption(std::string key, std::string def, std::vector<std::string> choices,
                        std::string label, std::string help)
{
    return {std::move(key), OptionType::Choice, ParamValue{std::move(def)}, 0, 0, std::move(choices),
            std::move(label), std::move(help), "NAME"};
}

// The residual forecast of the multi-node families (see lastObservedTarget in models/forecast_net.h).
OptionDesc residualOption()
{
    return choiceOption("residual", "on", {"on", "off"}, "Residual forecast",
                        "on: predict the change from each node's last observed value, starting from the persistence "
                        "forecast; off: predict the level. Has no effect with Predict change.");
}

OptionDesc boolOption(std::string key, std::string label, std::string help)
{
    return {std::move(key), OptionType::Bool, ParamValue{false}, 0, 1, {}, std::move(label), std::move(help), ""};
}

}  // namespace

const std::vector<OptionDesc>& trainingOptions()
{
    static const std::vector<OptionDesc> kOptions = {
        choiceOption("optimizer", "adam", {"adam", "nadam", "adamw", "sgd", "rmsprop"}, "Optimizer",
                     "Gradient-descent optimizer: Adam, Nadam (Adam with Nesterov momentum), AdamW (decoupled weight decay), SGD or RMSprop."),
        doubleOption("lr", 1e-3, 1e-7, 10.0, "Learning rate", "Step size of the optimizer."),
        // Ranges are closed in the registry; validateConfig() refuses a beta or momentum of 1.
        typedDoubleOption("beta1", 0.9, 0.0, 1.0, "Beta 1",
                          "Adam, Nadam, AdamW: decay of the running gradient average; below 1."),
        typedDoubleOption("beta2", 0.999, 0.0, 1.0, "Beta 2",
                          "Adam, Nadam, AdamW: decay of the running squared-gradient average; below 1."),
        typedDoubleOption("eps", 1e-8, 0.0, 1.0, "Epsilon",
                          "Adam, Nadam, AdamW, RMSprop: added to the denominator for numerical stability."),
        typedDoubleOption("weight-decay", 0.0, 0.0, 1.0, "Weight decay",
                          "L2 penalty on the weights; AdamW decouples it from the gradient step. 0 turns it off."),
        typedDoubleOption("momentum-decay", 0.004, 0.0, 1.0, "Momentum decay",
                          "Nadam: how fast the momentum warms up towards beta 1 (psi of its schedule; 0.004 as in PyTorch)."),
        typedDoubleOption("momentum", 0.0, 0.0, 1.0, "Momentum",
                          "SGD, RMSprop: momentum factor, below 1; 0 turns it off."),
        intOption("batch", 128, 1, 65536, "Batch size", "Windows per gradient step."),
        intOption("epochs", 300, 1, 100000, "Epochs", "Passes over the training windows."),
        intOption("lookback", 30, 1, 10000, "Lookback", "Past time steps the model sees."),
        intOption("horizon", 3, 1, 1000, "Horizon", "Future time steps predicted at once."),
        choiceOption("output-activation", "auto", {"auto", "relu", "none"}, "Output activation",
                     "Activation on the model output; auto is ReLU for min-max scaled levels, none otherwise."),
        boolOption("predict-change", "Predict change",
                   "Predict the change from the last observed value instead of the level."),
        choiceOption("loss", "mse", {"mse", "mae", "huber"}, "Loss", "Training loss, in scaled units."),
        choiceOption("scaling", "minmax", {"minmax", "zscore"}, "Scaling",
                     "Scaling fitted on the training range only."),
        intOption("early-stop", 0, 0, 100000, "Early-stopping patience",
                  "Stop after this many epochs without a better validation loss; 0 turns it off."),
        intOption("seed", 42, 0, 2147483647, "Seed", "Seed for weight initialisation and shuffling."),
        {"device", OptionType::Text, ParamValue{std::string("auto")}, 0, 0, {}, "Device",
         "auto (CUDA when available, else CPU), cpu, cuda or cuda:N.", "DEV"},
        intOption("threads", 0, 0, 1024, "Threads", "CPU threads for training; 0 uses all cores but one (at least 1)."),
        boolOption("stateful", "Stateful",
                   "Keras-style stateful training: the batch is cut into contiguous streams whose state carries "
                   "across batches; lookback does not apply."),
        intOption("stateful-steps", 1, 1, 10000, "Steps per batch",
                  "Time steps each stream advances per batch in stateful mode."),
    };
    return kOptions;
}

const std::vector<ModelDescription>& modelKinds()
{
    static const std::vector<ModelDescription> kModels = {
        {"lstm", "LSTM", "Long short-term memory network: LSTM, then a linear layer to the horizon.",
         {
             intOption("hidden", 32, 1, 4096, "Hidden size", "Units in each LSTM layer."),
             intOption("layers", 1, 1, 16, "Layers", "Stacked LSTM layers."),
             doubleOption("dropout", 0.0, 0.0, 0.95, "Dropout",
                          "Dropout between stacked LSTM layers (needs at least 2 layers)."),
             choiceOption("init", "torch", {"torch", "keras"}, "Initialisation",
                          "Initial weights: LibTorch's defaults, or Keras's (Glorot-uniform, orthogonal recurrent, forget-gate bias 1)."),
             choiceOption("lstm-impl", "auto", {"auto", "fused", "torch"}, "LSTM implementation",
                          "auto: MarineCast's fused LSTM on the CPU (several times faster for small models, same results), "
                          "LibTorch's on CUDA; fused: always the fused one (CPU only); torch: always LibTorch's."),
         }},
        {"convlstm", "ConvLSTM",
         "Convolutional LSTM encoder-forecaster (Shi et al. 2015) over grid cells or station frames.",
         {
             intOption("conv-layers", 2, 1, 3, "ConvLSTM layers",
                       "Stacked ConvLSTM layers in the encoding and in the forecasting network."),
             {"hidden-channels", OptionType::Text, ParamValue{std::string("16,16")}, 0, 0, {}, "Hidden channels",
              "Hidden channels of each ConvLSTM layer, one value per layer, e.g. 16,16.", "LIST"},
             {"kernel", OptionType::Text, ParamValue{std::string("3")}, 0, 0, {}, "Kernel size",
              "Odd side of the square convolution kernels: one value for all layers, or one per layer.", "LIST"},
             residualOption(),
         },
         {NodeLayout::Single, NodeLayout::Stations, NodeLayout::Grid}},
        {"gnn", "Graph neural network",
         "Graph neural network of Scarselli et al. (2009) over the station network: states at the fixed point of a "
         "contraction, one forecast per station.",
         {
             intOption("state-size", 5, 1, 256, "State size", "Length s of each station's state x_n."),
             doubleOption("mu", 0.9, 0.01, 0.99, "Contraction constant",
                          "mu in (0, 1): the linear variant's bound on the transition's Jacobian norm, the nonlinear "
                          "variant's target for its penalty."),
             typedDoubleOption("eps-forward", 1e-5, 1e-12, 1.0, "Forward tolerance",
                               "The state iteration stops when no state changes by more than this."),
             typedDoubleOption("eps-backward", 1e-5, 1e-12, 1.0, "Backward tolerance",
                               "The gradient iteration stops when no adjoint value changes by more than this."),
             intOption("max-iterations", 50, 1, 100000, "Maximum iterations",
                       "Cap on the state and on the gradient iterations; passes that reach it are counted as not "
                       "converged."),
             intOption("neighbours", 3, 1, 1000, "Neighbours",
                       "Each station is linked to its k nearest stations (and they to it); used when the radius is 0."),
             doubleOption("radius-km", 0.0, 0.0, 20040.0, "Radius (km)",
                          "Link every pair of stations closer than this great-circle distance; 0 uses neighbours."),
             choiceOption("gnn-variant", "linear", {"linear", "nonlinear"}, "Variant",
                          "linear: a contraction for any weights; nonlinear: an MLP transition kept contractive by a "
                          "penalty weighted by beta."),
             typedDoubleOption("beta", 1.0, 0.0, 1e6, "Penalty weight",
                               "Nonlinear variant: weight of the penalty on Jacobian columns whose norm exceeds mu."),
             intOption("gnn-hidden", 16, 1, 4096, "Hidden units",
                       "Hidden units of each of the network's MLPs (transition, forcing, output)."),
             residualOption(),
         },
         {NodeLayout::Stations},
         true},
        {"attention", "Local self-attention",
         "Local self-attention over the lookback window (Stand-Alone Self-Attention or local relation layers), then a linear layer to the horizon.",
         {
             choiceOption("attention-variant", "sasa", {"sasa", "local-relation"}, "Attention layer",
                          "Stand-Alone Self-Attention (queries, keys, values, relative position embeddings) or local relation "
                          "(key-query composability plus a learned geometry prior, aggregating the input)."),
             intOption("attention-window", 7, 1, 64, "Attention window",
                       "Extent k of the local window each step attends over: (k-1)/2 rounded down before, the rest after."),
             intOption("heads", 4, 1, 64, "Heads",
                       "Attention heads (channel groups sharing aggregation weights); must divide the embedding dimension."),
             intOption("attention-layers", 2, 1, 16, "Attention layers",
                       "Stacked attention blocks, each with a residual connection, normalisation and a feed-forward layer."),
             intOption("embedding-dim", 32, 1, 1024, "Embedding dimension", "Channels of the attention blocks."),
             residualOption(),
         },
         {NodeLayout::Single, NodeLayout::Grid}},
    };
    return kModels;
}

bool ModelDescription::supports(NodeLayout layout) const
{
    for (const auto l : layouts)
        if (l == layout)
            return true;
    return false;
}

const ModelDescription* findModel(std::string_view kind)
{
    for (const auto& m : modelKinds())
        if (m.kind == kind)
            return &m;
    return nullptr;
}

std::vector<OptionDesc> optionsFor(std::string_view kind)
{
    std::vector<OptionDesc> out = trainingOptions();
    if (const auto* m = findModel(kind))
        out.insert(out.end(), m->options.begin(), m->options.end());
    return out;
}

const OptionDesc* findOption(const std::vector<OptionDesc>& options, std::string_view key)
{
    for (const auto& o : options)
        if (o.key == key)
            return &o;
    return nullptr;
}

std::optional<ParamValue> parseParam(const OptionDesc& desc, std::string_view text, std::string& error)
{
    ParamValue value;
    switch (desc.type) {
    case OptionType::Bool:
        if (text == "1" || text == "true" || text == "yes" || text == "on")
            value = true;
        else if (text == "0" || text == "false" || text == "no" || text == "off")
            value = false;
        else {
            error = "expected true or false, got '" + std::string(text) + "'";
            return std::nullopt;
        }
        break;
    case OptionType::Int: {
        std::int64_t v = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
        if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
            error = "expected an integer, got '" + std::string(text) + "'";
            return std::nullopt;
        }
        value = v;
        break;
    }
    case OptionType::Double: {
        double v = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
        if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
            error = "expected a number, got '" + std::string(text) + "'";
            return std::nullopt;
        }
        value = v;
        break;
    }
    case OptionType::Choice:
    case OptionType::Text:
        value = std::string(text);
        break;
    }
    error = checkParam(desc, value);
    if (!error.empty())
        return std::nullopt;
    return value;
}

std::string checkParam(const OptionDesc& desc, const ParamValue& value)
{
    const auto range = [&](double v) -> std::string {
        if (!std::isfinite(v) || v < desc.minValue || v > desc.maxValue)
            return "must be between " + formatParam(desc.type == OptionType::Int
                                                        ? ParamValue{std::int64_t(desc.minValue)}
                                                        : ParamValue{desc.minValue})
                + " and "
                + formatParam(desc.type == OptionType::Int ? ParamValue{std::int64_t(desc.maxValue)}
                                                           : ParamValue{desc.maxValue})
                + ", got " + formatParam(value);
        return {};
    };
    switch (desc.type) {
    case OptionType::Bool:
        return std::holds_alternative<bool>(value) ? "" : "expected true or false";
    case OptionType::Int:
        if (!std::holds_alternative<std::int64_t>(value))
            return "expected an integer";
        return range(double(std::get<std::int64_t>(value)));
    case OptionType::Double:
        if (std::holds_alternative<std::int64_t>(value))
            return range(double(std::get<std::int64_t>(value)));
        if (!std::holds_alternative<double>(value))
            return "expected a number";
        return range(std::get<double>(value));
    case OptionType::Choice: {
        if (!std::holds_alternative<std::string>(value))
            return "expected one of the choices";
        const auto& s = std::get<std::string>(value);
        for (const auto& c : desc.choices)
            if (c == s)
                return {};
        std::string list;
        for (const auto& c : desc.choices)
            list += (list.empty() ? "" : ", ") + c;
        return "unknown value '" + s + "' (choose " + list + ")";
    }
    case OptionType::Text:
        return std::holds_alternative<std::string>(value) ? "" : "expected text";
    }
    return {};
}

std::string formatParam(const ParamValue& value)
{
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, *d);
        return std::string(buf, r.ptr);
    }
    return std::get<std::string>(value);
}

const ParamValue& ParamSet::lookup(const std::string& key) const
{
    const auto it = m_values.find(key);
    if (it != m_values.end())
        return it->second;
    for (const auto& o : trainingOptions())
        if (o.key == key)
            return o.defaultValue;
    for (const auto& m : modelKinds())
        for (const auto& o : m.options)
            if (o.key == key)
                return o.defaultValue;
    throw std::logic_error("unknown hyperparameter '" + key + "'");
}

std::int64_t ParamSet::getInt(const std::string& key) const
{
    const auto& v = lookup(key);
    if (const auto* d = std::get_if<double>(&v))
        return static_cast<std::int64_t>(*d);
    return std::get<std::int64_t>(v);
}

double ParamSet::getDouble(const std::string& key) const
{
    const auto& v = lookup(key);
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    return std::get<double>(v);
}

bool ParamSet::getBool(const std::string& key) const { return std::get<bool>(lookup(key)); }

std::string ParamSet::getString(const std::string& key) const { return std::get<std::string>(lookup(key)); }

void ParamSet::fillDefaults(const std::vector<OptionDesc>& options)
{
    for (const auto& o : options)
        if (!has(o.key))
            m_values[o.key] = o.defaultValue;
}

const std::vector<Preset>& presets()
{
    // The reference deck's two columns. "Current" is its PyTorch code as printed (lr 1e-5);
    // "Original" is the Keras model it replaced, with Keras's defaults where the deck is silent.
    using V = ParamValue;
    static const std::vector<Preset> kPresets = {
        {"current",
         "Current model of the reference deck: LSTM hidden 32, Adam lr 1e-5, batch 128, 300 epochs, stateless.",
         {{"hidden", V{std::int64_t{32}}}, {"optimizer", V{std::string("adam")}}, {"lr", V{1e-5}},
          {"batch", V{std::int64_t{128}}}, {"epochs", V{std::int64_t{300}}}, {"stateful", V{false}},
          {"lookback", V{std::int64_t{30}}}, {"horizon", V{std::int64_t{3}}}, {"loss", V{std::string("mse")}},
          {"output-activation", V{std::string("auto")}}, {"scaling", V{std::string("minmax")}},
          {"init", V{std::string("torch")}}}},
        {"original",
         "Original Keras model of the reference deck: LSTM hidden 5, Nadam (Keras defaults), batch 100, stateful "
         "(1 step per batch), Keras initialisation. Reproduced from Keras: stateful streams, the Nadam schedule, the "
         "initialisation; not reproduced: old Keras's hard-sigmoid gates.",
         {{"hidden", V{std::int64_t{5}}}, {"optimizer", V{std::string("nadam")}}, {"lr", V{0.002}},
          {"beta1", V{0.9}}, {"beta2", V{0.999}}, {"eps", V{1e-7}}, {"momentum-decay", V{0.004}},
          {"batch", V{std::int64_t{100}}}, {"epochs", V{std::int64_t{300}}}, {"stateful", V{true}},
          {"stateful-steps", V{std::int64_t{1}}}, {"lookback", V{std::int64_t{30}}}, {"horizon", V{std::int64_t{3}}},
          {"loss", V{std::string("mse")}}, {"output-activation", V{std::string("auto")}},
          {"scaling", V{std::string("minmax")}}, {"init", V{std::string("keras")}}}},
    };
    return kPresets;
}

const Preset* findPreset(std::string_view name)
{
    for (const auto& p : presets())
        if (p.name == name)
            return &p;
    return nullptr;
}

}  // namespace mc
