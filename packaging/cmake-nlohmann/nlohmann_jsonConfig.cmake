# SPDX-License-Identifier: GPL-3.0-or-later
# Stand-in package config for machines without nlohmann-json's CMake files (see verify_cuda.sh):
# the header-only library's include folder comes through CMAKE_CXX_FLAGS there.
if(NOT TARGET nlohmann_json::nlohmann_json)
    add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
endif()
set(nlohmann_json_VERSION 3.11.0)
