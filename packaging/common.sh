#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing (Debian 12), then configure and build.
set -euo pipefail

MC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MC_BUILD="${MC_BUILD_DIR:-$MC_ROOT/build}"

MC_PACKAGES=(
    cmake ninja-build g++ pkg-config dpkg-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqcustomplot-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libtorch-dev libopenblas0-pthread libblas-dev libnetcdf-dev nlohmann-json3-dev
    fonts-noto-cjk xvfb xauth clang libclang-rt-14-dev
)

mc_install_packages() {
    local missing=()
    for p in "${MC_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

mc_build() {
    # Two jobs at most: a LibTorch translation unit needs about 1 GB of memory to compile.
    local jobs="${MC_JOBS:-2}"
    if [ ! -f "$MC_BUILD/CMakeCache.txt" ]; then
        cmake -S "$MC_ROOT" -B "$MC_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release ${MC_CMAKE_ARGS:-}
    fi
    cmake --build "$MC_BUILD" --parallel "$jobs"
}
