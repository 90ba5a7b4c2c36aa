#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The CUDA check for a GPU machine: builds core and a Qt-free marinecast-cli against that
# machine's PyTorch (LibTorch 2.x with CUDA), runs the *_cuda tests, then the reference training
# on CUDA and on CPU and prints both metrics and speeds. Writes logs under ${OUT:-/tmp/mc-cuda}.
#   packaging/verify_cuda.sh [DATA_CSV]
# nlohmann-json is header-only: where the machine lacks it, put its include folder (the one holding
# nlohmann/json.hpp) under .deps/include in the checkout, e.g. `cp -r /usr/include/nlohmann .deps/include/`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-/tmp/mc-cuda}"
mkdir -p "$out"
prefix="$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')"
python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "devices", torch.cuda.device_count())' | tee "$out/torch.txt"
extra=()
[ -d "$root/.deps/include/nlohmann" ] && extra+=("-Dnlohmann_json_DIR=$root/packaging/cmake-nlohmann" "-DCMAKE_CXX_FLAGS=-I$root/.deps/include")
cmake -S "$root" -B "$out/build" -DCMAKE_BUILD_TYPE=Release -DMARINECAST_WITH_QT=OFF \
    -DCMAKE_PREFIX_PATH="$prefix" "${extra[@]}" 2>&1 | tail -5 | tee "$out/configure.log"
cmake --build "$out/build" --parallel "$(nproc)" 2>&1 | tail -3 | tee "$out/build.log"
(cd "$out/build" && ctest --output-on-failure -L cuda) 2>&1 | tee "$out/ctest.log"
data="${1:-$root/../shared/data/nerrs-swmp-gtm-daily/daily/gtmpiwq_daily.csv}"
[ -f "$data" ] || data="$root/resources/sample/marinecast_sample_synthetic.csv"
station=(); [[ "$data" == *sample* ]] && station=(--station station1) && target=water_temp || target=temp_mean
for device in cuda cpu; do
    if ! "$out/build/app/marinecast-cli" train --data "$data" "${station[@]}" --target "$target" --device "$device" \
        --out "$out/run-$device" 2>"$out/train-$device.log"; then
        echo "$device: failed: $(tail -n 1 "$out/train-$device.log")"
        continue
    fi
    grep -E "RMSE|epochs on" "$out/train-$device.log" | sed "s/^/$device: /"
done
