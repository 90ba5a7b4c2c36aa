// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_error_text.h"

#include <QCoreApplication>

namespace mcui {
QString importErrorLead(mc::ImportErrorCode code)
{
    using C = mc::ImportErrorCode;
    switch (code) {
    case C::None: return QCoreApplication::translate("ImportErrorText", "The data could not be read.");
    case C::FileNotFound: return QCoreApplication::translate("ImportErrorText", "A data file could not be found or opened.");
    case C::NoDataFiles: return QCoreApplication::translate("ImportErrorText", "The folder holds no readable data file.");
    case C::EmptyFile: return QCoreApplication::translate("ImportErrorText", "A data file is empty: it has no header row.");
    case C::NoTimeColumn: return QCoreApplication::translate("ImportErrorText", "No time column was found. Name it date, time, datetime or timestamp, or give a column the time role.");
    case C::BadTime: return QCoreApplication::translate("ImportErrorText", "A time value could not be read. Choose the time format in the import settings.");
    case C::RaggedRow: return QCoreApplication::translate("ImportErrorText", "A row has more fields than the header.");
    case C::UnterminatedQuote: return QCoreApplication::translate("ImportErrorText", "A quoted field is never closed.");
    case C::NoStation: return QCoreApplication::translate("ImportErrorText", "No station could be derived from the file name. Add a station column.");
    case C::BinaryFile: return QCoreApplication::translate("ImportErrorText", "This is not a text file. Save spreadsheets as CSV (UTF-8) first.");
    case C::BadEncoding: return QCoreApplication::translate("ImportErrorText", "The file holds bytes that are not valid in the chosen encoding. Choose another encoding.");
    case C::WrongDelimiter: return QCoreApplication::translate("ImportErrorText", "The chosen delimiter does not split the header into columns.");
    case C::FileChanged: return QCoreApplication::translate("ImportErrorText", "The file changed while it was being read. Import it again once it is complete.");
    case C::ReadError: return QCoreApplication::translate("ImportErrorText", "The file could not be read to its end.");
    case C::Cancelled: return QCoreApplication::translate("ImportErrorText", "The import was cancelled.");
    case C::BadSettings: return QCoreApplication::translate("ImportErrorText", "The import settings cannot be applied.");
    case C::StationTable: return QCoreApplication::translate("ImportErrorText", "The station table could not be read.");
    case C::NetCdfError: return QCoreApplication::translate("ImportErrorText", "The NetCDF file could not be read.");
    case C::NoTimeDimension: return QCoreApplication::translate("ImportErrorText", "The NetCDF file has no time coordinate.");
    case C::BadTimeUnits: return QCoreApplication::translate("ImportErrorText", "The NetCDF time units are not understood.");
    case C::UnsupportedCalendar: return QCoreApplication::translate("ImportErrorText", "The NetCDF calendar is not supported.");
    case C::NoVariables: return QCoreApplication::translate("ImportErrorText", "The NetCDF file has no data variable over time.");
    case C::UnknownVariable: return QCoreApplication::translate("ImportErrorText", "A requested NetCDF variable does not exist.");
    }
    return QCoreApplication::translate("ImportErrorText", "The data could not be read.");
}

QString importErrorMessage(const mc::ImportError& error)
{
    return importErrorLead(error.code) + QStringLiteral("\n") + QString::fromStdString(mc::describe(error));
}

}  // namespace mcui
