# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that sets language level, warnings and project-wide defines: every target links it.
add_library(marinecast_options INTERFACE)
add_library(MarineCast::options ALIAS marinecast_options)

target_compile_features(marinecast_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

# -Wshadow=local is GCC's spelling; clang (used for the fuzzers) rejects it.
target_compile_options(marinecast_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-unused-parameter>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)

# Qt's `slots`/`signals`/`emit` macros collide with ATen (pytorch issue 19405).
target_compile_definitions(marinecast_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    MARINECAST_VERSION="${PROJECT_VERSION}")

if(MARINECAST_SANITIZE)
    target_compile_options(marinecast_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(marinecast_options INTERFACE -fsanitize=address,undefined)
endif()
