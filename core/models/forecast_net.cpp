// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/forecast_net.h"

#include "models/attention_forecaster.h"
#include "models/lstm_forecaster.h"

namespace mc {

std::shared_ptr<ForecastNetImpl> createNet(const std::string& kind, const ParamSet& params, int features,
                                           int horizon, const std::string& outputActivation)
{
    if (kind == "lstm") {
        LstmForecasterOptions o(features, horizon);
        o.hidden_size(params.getInt("hidden")).num_layers(params.getInt("layers")).dropout(params.getDouble("dropout"));
        o.relu_output(outputActivation == "relu");
        o.keras_init(params.getString("init") == "keras");
        return std::make_shared<LstmForecasterImpl>(o);
    }
    if (kind == "attention") {
        // Station series only for now: grids reach the 2-D mode once createNet gets the spatial NetShape.
        AttentionForecasterOptions o(features, horizon);
        o.variant(parseAttentionVariant(params.getString("attention-variant")))
            .window(params.getInt("attention-window"))
            .heads(params.getInt("heads"))
            .layers(params.getInt("attention-layers"))
            .embedding_dim(params.getInt("embedding-dim"));
        o.relu_output(outputActivation == "relu");
        return std::make_shared<AttentionForecasterImpl>(o);
    }
    TORCH_CHECK(false, "createNet: unknown model kind '", kind, "'");
}

}  // namespace mc
