#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through CTest (GUI tests offscreen).
# Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mc_install_packages
mc_build

export QT_QPA_PLATFORM=offscreen
# Two test processes share two cores: OpenMP workers that spin while waiting starve each other.
export OMP_WAIT_POLICY=PASSIVE
cd "$MC_BUILD"
ctest --output-on-failure --parallel "${MC_TEST_JOBS:-2}" "$@"
