// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/forecast_net.h"

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
        // Model files written before the option existed do not name it.
        const auto impl = parseLstmImpl(params.has("lstm-impl") ? params.getString("lstm-impl") : "auto");
        TORCH_CHECK(impl, "createNet: lstm-impl must be auto, fused or torch");
        o.impl(*impl);
        return std::make_shared<LstmForecasterImpl>(o);
    }
    TORCH_CHECK(false, "createNet: unknown model kind '", kind, "'");
}

}  // namespace mc
