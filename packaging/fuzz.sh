#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of the text-level import (clang, ASan + UBSan; no Qt, no LibTorch)
# in build-fuzz and runs each for MC_FUZZ_SECONDS (default 60) from a few written seeds.
# Exits non-zero when a build fails or a fuzzer finds a crash, a sanitizer report or a broken
# property. Crash inputs are left in build-fuzz/artifacts.
set -euo pipefail

MC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MC_FUZZ_BUILD="${MC_FUZZ_BUILD_DIR:-$MC_ROOT/build-fuzz}"
seconds="${MC_FUZZ_SECONDS:-60}"

if [ ! -f "$MC_FUZZ_BUILD/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$MC_ROOT" -B "$MC_FUZZ_BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARINECAST_FUZZ=ON
fi
cmake --build "$MC_FUZZ_BUILD" --parallel "${MC_JOBS:-2}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$MC_FUZZ_BUILD/artifacts"

# Seeds: one small input per layout the importer meets, so the fuzzers start inside the formats.
seed() {  # seed TARGET NAME TEXT (printf format)
    mkdir -p "$work/seeds-$1"
    printf "$3" > "$work/seeds-$1/$2"
}
seed fuzz_csv_reader nerrs '\x01"StationCode","DateTimeStamp","Temp","F_Temp",\r\n"gtmpiwq   ",01/01/2019 0:15,19.8,<0> ,\r\n'
seed fuzz_csv_reader semicolon '\x03# comment\nTitle\nDatum;Zeit;Temp\n19.01.2015;8:30;12,5\n20.01.2015;24:00;13,0\n'
seed fuzz_csv_reader gb18030 '\x02\xe6\x97\xb6\xe9\x97\xb4,\xcb\xae\xce\xc2\n2019\xc4\xea1\xd4\xc25\xc8\xd5,12.5\n'
seed fuzz_csv_reader latin1 '\x05date|Temp \xb0C\n2019-01-05T08:30:00Z|12.5\n43466.5|1\n'
seed fuzz_time_parse iso '2019-01-05T08:30:00.5Z\n2019-02-28 23:59'
seed fuzz_time_parse mdy '01/01/2019 0:15\n12:30'
seed fuzz_time_parse chinese '2019\xe5\xb9\xb41\xe6\x9c\x885\xe6\x97\xa5 8\xe6\x97\xb630\xe5\x88\x86\n'
seed fuzz_time_parse excel '43466.5\n25569\n2019/2/29 1:00 PM'

status=0
for target in fuzz_csv_reader fuzz_time_parse; do
    corpus="$work/corpus-$target"
    mkdir -p "$corpus"
    echo "== $target: ${seconds}s"
    if ! "$MC_FUZZ_BUILD/fuzz/$target" -seed=1 -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$MC_FUZZ_BUILD/artifacts/$target-" "$corpus" "$work/seeds-$target"; then
        echo "error: $target failed; the input is in $MC_FUZZ_BUILD/artifacts" >&2
        status=1
    fi
done
exit $status
