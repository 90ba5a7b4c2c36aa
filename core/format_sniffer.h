#pragma once
#include "csv_reader.h"
#include <string_view>
namespace mc {
struct FormatGuess { char delimiter=','; char decimalSeparator='.'; std::size_t headerLine=1; bool quoted=false; };
inline FormatGuess sniffFormat(std::string_view head, std::size_t firstLine = 1) { FormatGuess g; g.delimiter = CsvReader::detectDelimiter(head); g.headerLine = firstLine; return g; }
}
