#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a finished build, unpacks it into a temporary root (no install,
# no root needed) and runs the packaged marinecast-cli from there: --help, --version and a short
# training on the packaged sample data. Usage: deb_package_test.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/pkg/marinecast_*.deb)"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
# Captured first: `grep -q` closing a pipe early would fail the pipeline under pipefail.
info="$(dpkg-deb --info "$deb")"
grep -E "Depends|Version" <<<"$info" | sed 's/^/  /'
grep -q "Depends:.*libtorch" <<<"$info" || { echo "FAIL: no LibTorch dependency"; exit 1; }
grep -q "Depends:.*libqt6widgets6" <<<"$info" || { echo "FAIL: no Qt 6 dependency"; exit 1; }
grep -q "Depends:.*fonts-noto-cjk" <<<"$info" || { echo "FAIL: no CJK font dependency"; exit 1; }
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/marinecast usr/bin/marinecast-cli usr/share/applications/io.github.marinecast.MarineCast.desktop \
         usr/share/metainfo/io.github.marinecast.MarineCast.metainfo.xml usr/share/icons/hicolor/scalable/apps/marinecast.svg \
         usr/share/icons/hicolor/64x64/apps/marinecast.png usr/share/marinecast/sample/marinecast_sample_synthetic.csv; do
    [ -e "$root/$f" ] || { echo "FAIL: $f missing from the package"; exit 1; }
done
grep -q "^Name\[zh_CN\]=" "$root/usr/share/applications/io.github.marinecast.MarineCast.desktop" || { echo "FAIL: no Chinese name"; exit 1; }
grep -q "compare" <<<"$("$root/usr/bin/marinecast-cli" --help)" || { echo "FAIL: packaged --help"; exit 1; }
version="$("$root/usr/bin/marinecast-cli" --version)"
echo "  $version"
grep -q "LibTorch" <<<"$version" || { echo "FAIL: packaged marinecast-cli --version"; exit 1; }
gui_version="$("$root/usr/bin/marinecast" --version)"
echo "  $gui_version"
grep -q "default device" <<<"$gui_version" || { echo "FAIL: packaged marinecast --version"; exit 1; }
out="$work/run"
"$root/usr/bin/marinecast-cli" train --data "$root/usr/share/marinecast/sample/marinecast_sample_synthetic.csv" \
    --station station1 --target water_temp --epochs 2 --lookback 7 --threads 1 --out "$out" 2>"$work/train.log" \
    || { cat "$work/train.log"; exit 1; }
for f in metrics.json forecast.csv loss.csv run.json model.mcmodel chart.png; do
    [ -s "$out/$f" ] || { echo "FAIL: the packaged CLI did not write $f"; exit 1; }
done
echo "PASS: packaged marinecast-cli trained from the unpacked root"
