// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle_forecast_text.h"

#include <QCoreApplication>

namespace mcui {

namespace {

// The context lupdate files these strings under.
class BundleForecastText {
    Q_DECLARE_TR_FUNCTIONS(BundleForecastText)
};

QString q(const std::string& s) { return QString::fromStdString(s); }

QString list(const std::vector<std::string>& items)
{
    QStringList out;
    for (const auto& i : items)
        out << q(i);
    //: Separator between listed names, e.g. stations (顿号 in Chinese).
    return out.join(BundleForecastText::tr(", "));
}

}  // namespace

QString bundleErrorText(const mc::BundleError& e)
{
    using C = mc::BundleErrorCode;
    const QString entry = q(e.entry);
    switch (e.code) {
    case C::None: return {};
    case C::CannotOpen: return BundleForecastText::tr("The model file cannot be opened.");
    case C::NotABundle: return BundleForecastText::tr("This is not a MarineCast model file (model.mcmodel).");
    case C::Damaged: return BundleForecastText::tr("The model file is damaged (%1).").arg(entry);
    case C::Truncated: return BundleForecastText::tr("The model file is cut off: it was not copied or saved completely.");
    case C::Unsupported: return BundleForecastText::tr("The model file uses a storage method MarineCast does not read.");
    case C::NewerFormat:
        return BundleForecastText::tr("The model file was made by a newer MarineCast (format %1; this version reads up to %2). Update MarineCast to use it.")
            .arg(e.formatVersion)
            .arg(mc::kBundleFormatVersion);
    case C::BadDescription: return BundleForecastText::tr("The model file's description is invalid at “%1”.").arg(entry);
    case C::UnknownModel: return BundleForecastText::tr("The model file holds a model kind this version does not know (%1).").arg(entry);
    case C::MissingTensor: return BundleForecastText::tr("The model file lacks the network weights “%1”.").arg(entry);
    case C::ExtraTensor: return BundleForecastText::tr("The model file holds weights the network does not have (“%1”).").arg(entry);
    case C::ShapeMismatch: return BundleForecastText::tr("The network weights “%1” in the model file have the wrong size.").arg(entry);
    case C::UnsupportedDtype: return BundleForecastText::tr("The model file stores weights in a number type MarineCast does not read.");
    case C::WriteFailed: return BundleForecastText::tr("The model file could not be written.");
    }
    return BundleForecastText::tr("The model file cannot be used.");
}

QString bundleDataIssueText(const mc::BundleDataIssue& i)
{
    using C = mc::BundleDataIssueCode;
    const QString station = q(i.station), variable = q(i.variable);
    QString text;
    switch (i.code) {
    case C::MissingStation:
        // A grid model names no station: the data's grid is missing or has another shape.
        text = i.station.empty() ? BundleForecastText::tr("The data's grid differs from the grid the model was trained on.")
                                 : BundleForecastText::tr("The data has no station “%1”, which the model was trained on.").arg(station);
        break;
    case C::MissingVariable: text = BundleForecastText::tr("The data lacks the variable “%1” at station “%2”, which the model needs.").arg(variable, station); break;
    case C::StepDiffers: text = BundleForecastText::tr("The data's time step differs from the one the model was trained on."); break;
    case C::TooShort: text = BundleForecastText::tr("The data is shorter than the model's lookback window."); break;
    case C::UnitDiffers: text = BundleForecastText::tr("The data states another unit for “%1” than the training data: the forecasts may be off.").arg(variable); break;
    case C::DataDiffers: text = BundleForecastText::tr("The data files are not the ones the model was trained on."); break;
    }
    if (!i.candidates.empty())
        //: %1 lists what the data offers instead, e.g. stations or variables.
        text += QLatin1Char(' ') + BundleForecastText::tr("The data has: %1.").arg(list(i.candidates));
    return text;
}

QString prepErrorText(const mc::PrepError& e)
{
    using C = mc::PrepErrorCode;
    switch (e.code) {
    case C::None: return {};
    case C::NoStationWithTarget: return BundleForecastText::tr("No station in the data has the model's target variable.");
    case C::StationRequired: return BundleForecastText::tr("Several stations have the target variable: choose one (%1).").arg(list(e.candidates));
    case C::UnknownStation: return BundleForecastText::tr("The station is not in the data.");
    case C::UnknownVariable: return BundleForecastText::tr("The station lacks the target or an input variable.");
    case C::EmptyRange: return BundleForecastText::tr("The data has no complete window to forecast from.");
    case C::LayoutNotSupported: return BundleForecastText::tr("The model cannot forecast this arrangement of stations.");
    case C::StationsWithoutCoordinates:
        return BundleForecastText::tr("Some stations have no latitude and longitude, which the model needs: %1.").arg(list(e.candidates));
    }
    return BundleForecastText::tr("The forecast windows could not be built.");
}

QStringList blockingIssueTexts(const std::vector<mc::BundleDataIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues)
        if (i.blocking)
            out << bundleDataIssueText(i);
    return out;
}

QStringList nonBlockingIssueTexts(const std::vector<mc::BundleDataIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues)
        if (!i.blocking)
            out << bundleDataIssueText(i);
    return out;
}

QString forecastFailureText(const mc::ForecastResult& r)
{
    switch (r.failedStage) {
    case mc::ForecastStage::Ok: return {};
    case mc::ForecastStage::Model:
        return BundleForecastText::tr("The saved model cannot be used.") + QLatin1Char('\n') + bundleErrorText(r.bundleError);
    case mc::ForecastStage::Data: {
        QStringList reasons = blockingIssueTexts(r.issues);
        if (r.prepError.code != mc::PrepErrorCode::None)
            reasons << prepErrorText(r.prepError);
        if (reasons.isEmpty())
            reasons << BundleForecastText::tr("The data has neither a complete window nor a forecast ahead.");
        return BundleForecastText::tr("The saved model cannot forecast on this data:") + QStringLiteral("\n• ") + reasons.join(QStringLiteral("\n• "));
    }
    }
    return {};
}

}  // namespace mcui
