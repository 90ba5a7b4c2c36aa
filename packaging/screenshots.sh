#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs MarineCast under Xvfb through a full sample-data training and comparison and writes
# screenshots of the data, training, results, compare and all-variables views. Usage: packaging/screenshots.sh [FOLDER] (default resources/screenshots)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mc_install_packages
mc_build
OUT="$(realpath -m "${1:-$MC_ROOT/resources/screenshots}")"
# A fresh settings file, so a developer's saved layout does not leak into the pictures.
export XDG_CONFIG_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
xvfb-run -a -s "-screen 0 1600x1000x24" "$MC_BUILD/app/marinecast" --screenshots "$OUT" --screenshot-epochs "${MC_EPOCHS:-60}"
ls -l "$OUT"
