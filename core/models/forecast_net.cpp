// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/forecast_net.h"

#include "models/lstm_forecaster.h"

namespace mc {

std::shared_ptr<ForecastNetImpl> createNet(const std::string& kind, const ParamSet& params, const NetShape& shape,
                                           const std::string& outputActivation)
{
    if (kind == "lstm") {
        TORCH_CHECK(shape.layout == NodeLayout::Single, "createNet: lstm forecasts one station at a time");
        LstmForecasterOptions o(shape.features, shape.horizon);
        o.hidden_size(params.getInt("hidden")).num_layers(params.getInt("layers")).dropout(params.getDouble("dropout"));
        o.relu_output(outputActivation == "relu");
        o.keras_init(params.getString("init") == "keras");
        return std::make_shared<LstmForecasterImpl>(o);
    }
    TORCH_CHECK(false, "createNet: unknown model kind '", kind, "'");
}

}  // namespace mc
