// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/forecast_net.h"

#include "models/conv_lstm.h"
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
    if (kind == "convlstm") {
        // Until the multi-node pipeline hands over its NetShape, every window is one station: a
        // one-row station frame of its features.
        ConvLstmShape shape;
        shape.features = features;
        shape.horizon = horizon;
        return std::make_shared<ConvLstmForecasterImpl>(convLstmOptions(params, shape, outputActivation));
    }
    TORCH_CHECK(false, "createNet: unknown model kind '", kind, "'");
}

}  // namespace mc
