#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs MarineCast under Xvfb through a full sample-data training and writes screenshots of the
# data, training, results, compare and all-variables views, once per interface language: English into FOLDER, Chinese into
# FOLDER/zh_CN. Usage: packaging/screenshots.sh [FOLDER] (default resources/screenshots);
# MC_LANGUAGES="en zh_CN" picks the languages, MC_EPOCHS the epochs of each run (default 60).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mc_install_packages
mc_build
OUT="$(realpath -m "${1:-$MC_ROOT/resources/screenshots}")"
# A fresh settings file, so a developer's saved layout and language do not leak into the pictures.
export XDG_CONFIG_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
for lang in ${MC_LANGUAGES:-en zh_CN}; do
    dir="$OUT"
    [ "$lang" = en ] || dir="$OUT/$lang"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$MC_BUILD/app/marinecast" --language "$lang" \
        --screenshots "$dir" --screenshot-epochs "${MC_EPOCHS:-60}"
    ls -l "$dir"
done
