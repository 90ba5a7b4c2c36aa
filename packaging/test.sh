#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through CTest (GUI tests offscreen).
# Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mc_install_packages
mc_build

# The import's libFuzzer targets (clang, own build folder), 60 s each; before CTest so that its
# summary stays the last thing printed. MC_SKIP_FUZZ=1 leaves them out (quick local runs).
if [ "${MC_SKIP_FUZZ:-0}" != 1 ]; then
    MC_FUZZ_BUILD_DIR="${MC_BUILD}-fuzz" bash "$(dirname "${BASH_SOURCE[0]}")/fuzz.sh"
fi

export QT_QPA_PLATFORM=offscreen
# Two test processes share two cores: OpenMP workers that spin while waiting starve each other.
export OMP_WAIT_POLICY=PASSIVE
cd "$MC_BUILD"
ctest --output-on-failure --parallel "${MC_TEST_JOBS:-2}" "$@"
