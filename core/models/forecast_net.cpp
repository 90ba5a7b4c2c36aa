// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/forecast_net.h"

#include "models/attention_forecaster.h"
#include "models/conv_lstm.h"
#include "models/gnn_forecaster.h"
#include "models/lstm_forecaster.h"

#include <algorithm>

namespace mc {

torch::Tensor lastObservedTarget(const torch::Tensor& x, int64_t targetFeature, int64_t observedFeature)
{
    TORCH_CHECK(x.dim() == 3 && x.size(1) >= 1, "lastObservedTarget: expected (batch, lookback, features), got ",
                x.sizes());
    TORCH_CHECK(targetFeature >= 0 && targetFeature < x.size(2) && observedFeature < x.size(2),
                "lastObservedTarget: features ", targetFeature, " and ", observedFeature, " are not among ", x.size(2));
    const auto values = x.select(2, targetFeature);  // (batch, lookback)
    if (observedFeature < 0)
        return values.select(1, -1);
    // Index of the last observed step, -1 when none: the step index where observed, else -1, maximised.
    const auto steps = torch::arange(x.size(1), x.options().dtype(torch::kLong)).unsqueeze(0);
    const auto last = torch::where(x.select(2, observedFeature) > 0.5, steps, torch::full_like(steps, -1)).amax(1);
    const auto found = values.gather(1, last.clamp_min(0).unsqueeze(1)).squeeze(1);
    return torch::where(last >= 0, found, torch::zeros_like(found));
}

bool residualForecast(const ParamSet& params)
{
    const bool change = params.has("predict-change") && params.getBool("predict-change");
    return params.has("residual") && params.getString("residual") == "on" && !change;
}

std::shared_ptr<ForecastNetImpl> createNet(const std::string& kind, const ParamSet& params, const NetShape& shape,
                                           const std::string& outputActivation)
{
    if (kind == "lstm") {
        TORCH_CHECK(shape.layout == NodeLayout::Single, "createNet: lstm forecasts one station at a time");
        LstmForecasterOptions o(shape.features, shape.horizon);
        o.hidden_size(params.getInt("hidden")).num_layers(params.getInt("layers")).dropout(params.getDouble("dropout"));
        o.relu_output(outputActivation == "relu");
        o.keras_init(params.getString("init") == "keras");
        // Model files written before the option existed do not name it.
        const auto impl = parseLstmImpl(params.has("lstm-impl") ? params.getString("lstm-impl") : "auto");
        TORCH_CHECK(impl, "createNet: lstm-impl must be auto, fused or torch");
        o.impl(*impl);
        return std::make_shared<LstmForecasterImpl>(o);
    }
    if (kind == "convlstm") {
        // A single station is a one-row station frame of its features.
        ConvLstmShape s;
        s.features = shape.features;
        s.horizon = shape.horizon;
        s.nodes = std::max(1, shape.nodes);
        s.gridRows = shape.gridRows;
        s.gridCols = shape.gridCols;
        s.layout = shape.layout == NodeLayout::Grid ? ConvLstmLayout::Grid : ConvLstmLayout::Stations;
        s.targetFeature = shape.targetFeature;
        s.indicators = shape.layout != NodeLayout::Single;
        return std::make_shared<ConvLstmForecasterImpl>(convLstmOptions(params, s, outputActivation));
    }
    if (kind == "gnn") {
        TORCH_CHECK(shape.layout == NodeLayout::Stations, "createNet: gnn forecasts a network of several stations");
        std::vector<GnnNodePosition> nodes;
        for (const auto& n : shape.nodeInfo)
            nodes.push_back({n.latitude, n.longitude, n.depth});
        GnnForecasterOptions o(shape.features, shape.horizon, params.getInt("lookback"), std::move(nodes));
        o.state_size(params.getInt("state-size"))
            .mu(params.getDouble("mu"))
            .eps_forward(params.getDouble("eps-forward"))
            .eps_backward(params.getDouble("eps-backward"))
            .max_iterations(params.getInt("max-iterations"))
            .neighbours(params.getInt("neighbours"))
            .radius_km(params.getDouble("radius-km"))
            .variant(params.getString("gnn-variant") == "nonlinear" ? GnnVariant::Nonlinear : GnnVariant::Linear)
            .beta(params.getDouble("beta"))
            .hidden(params.getInt("gnn-hidden"))
            .relu_output(outputActivation == "relu")
            .residual(residualForecast(params))
            .target_feature(shape.targetFeature)
            .observed_feature(shape.features / 2 + shape.targetFeature);
        return std::make_shared<GnnForecasterImpl>(o);
    }
    if (kind == "attention") {
        TORCH_CHECK(shape.layout != NodeLayout::Stations, "createNet: attention takes one station or a grid");
        AttentionForecasterOptions o(shape.features, shape.horizon);
        o.variant(parseAttentionVariant(params.getString("attention-variant")))
            .window(params.getInt("attention-window"))
            .heads(params.getInt("heads"))
            .layers(params.getInt("attention-layers"))
            .embedding_dim(params.getInt("embedding-dim"));
        o.relu_output(outputActivation == "relu").residual(residualForecast(params)).target_feature(shape.targetFeature);
        if (shape.layout != NodeLayout::Single)
            o.observed_feature(shape.features / 2 + shape.targetFeature);
        if (shape.layout == NodeLayout::Grid)
            o.grid_rows(shape.gridRows).grid_cols(shape.gridCols).lookback(params.getInt("lookback"));
        return std::make_shared<AttentionForecasterImpl>(o);
    }
    TORCH_CHECK(false, "createNet: unknown model kind '", kind, "'");
}

}  // namespace mc
