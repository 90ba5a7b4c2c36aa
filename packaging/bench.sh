#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs every benchmark (training vs PyTorch, CSV import vs pandas, chart redraw, GUI
# event-loop lateness during training), one after another, then prints each ratio against its
# target. Not part of ctest; takes several minutes (bench_training trains both presets in full).
#   packaging/bench.sh [--no-build] [BUILD_DIR]        (or: ninja -C build bench)
# Extra arguments per program: MC_BENCH_TRAINING_ARGS, MC_BENCH_IMPORT_ARGS, MC_BENCH_CHART_ARGS,
# MC_BENCH_LATENCY_ARGS (e.g. MC_BENCH_TRAINING_ARGS="--threads 1,2").
# The JSON files land in BUILD_DIR: bench_training.json, bench_import.json, bench_chart.json,
# bench_ui_latency.json.
set -euo pipefail

MC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=1
if [ "${1:-}" = --no-build ]; then
    build=0
    shift
fi
MC_BUILD="${1:-${MC_BUILD_DIR:-$MC_ROOT/build}}"
targets=(bench_training bench_import bench_chart bench_ui_latency)

if [ "$build" = 1 ]; then
    if [ ! -f "$MC_BUILD/CMakeCache.txt" ]; then
        cmake -S "$MC_ROOT" -B "$MC_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release ${MC_CMAKE_ARGS:-}
    fi
    cmake --build "$MC_BUILD" --parallel "${MC_JOBS:-2}" --target "${targets[@]}"
fi

MC_BUILD="$(cd "$MC_BUILD" && pwd)"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$MC_BUILD"
echo "== training (bench_training)"
# shellcheck disable=SC2086
tests/bench_training --threads 1,2 --reps 5 ${MC_BENCH_TRAINING_ARGS:-}
echo "== CSV import (bench_import)"
# shellcheck disable=SC2086
tests/bench_import --reps 5 ${MC_BENCH_IMPORT_ARGS:-}
echo "== chart redraw (bench_chart)"
# shellcheck disable=SC2086
tests/bench_chart ${MC_BENCH_CHART_ARGS:-}
echo "== GUI event-loop lateness while training (bench_ui_latency)"
# shellcheck disable=SC2086
tests/bench_ui_latency ${MC_BENCH_LATENCY_ARGS:-}
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$MC_BUILD" <<'EOF'
import json, os, sys

build = sys.argv[1]


def load(name):
    try:
        with open(os.path.join(build, name)) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


rows = []  # (what, measured text, target text, met)
t = load("bench_training.json")
if t:
    for r in t.get("results", []):
        ratio = r.get("ratio_pytorch_over_fused", 0)
        rows.append((f"training {r['config']}, {r['threads']} thread(s): PyTorch s/epoch / MarineCast",
                     f"{ratio:.2f}x", ">= 4x", ratio >= 4))
i = load("bench_import.json")
if i and "ratio_plain" in i:
    rows.append(("CSV import 1M rows: pandas.read_csv / MarineCast", f"{i['ratio_plain']:.2f}x", ">= 3x",
                 i["ratio_plain"] >= 3))
c = load("bench_chart.json")
if c and c.get("rows"):
    big = max(c["rows"], key=lambda r: r["points"])
    rows.append((f"chart full redraw, {big['points']:,} points", f"{big['replot_ms']:.1f} ms", "< 100 ms",
                 big["replot_ms"] < 100))
u = load("bench_ui_latency.json")
if u:
    p95 = u["worst_training_p95_ms"]
    rows.append(("GUI lateness while training, worst p95", f"{p95:.2f} ms", f"< {u['target_p95_ms']:.0f} ms",
                 p95 < u["target_p95_ms"]))
print("\n== summary")
width = max(len(r[0]) for r in rows) if rows else 10
for what, value, target, met in rows:
    print(f"{what:<{width}}  {value:>10}  target {target:<9} {'met' if met else 'MISSED'}")
EOF
