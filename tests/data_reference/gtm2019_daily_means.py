#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent reference for MarineCast's 15-min -> daily resampling (issue "Import real monitoring data").

Reads the raw 2019 NERRS CDMO files of the GTM reserve with pandas alone (none of MarineCast's code),
keeps a value only when its flag column F_<name> holds flag code 0 (the text starts with "<0>"; an
empty value is missing), groups by the local calendar date of DateTimeStamp/DatetimeStamp (local
standard time, as written in the file) and writes the daily mean of every variable on days with at
least 48 kept values (half of the 96 expected 15-min readings).

Run with Debian's pandas:  /usr/bin/python3 tests/data_reference/gtm2019_daily_means.py [DATA_DIR]
DATA_DIR defaults to $MARINECAST_DATA_DIR or /work/shared/data. The output is committed next to
this script (gtm2019_daily_means.csv) so that the C++ tests need no Python.
"""

import os
import sys

import pandas as pd

FILES = ["gtmfmwq2019.csv", "gtmpcmet2019.csv", "gtmpcwq2019.csv", "gtmpiwq2019.csv", "gtmsswq2019.csv"]
VARIABLES = [
    "Temp", "SpCond", "Sal", "DO_Pct", "DO_mgl", "Depth", "cDepth", "Level", "cLevel", "pH", "Turb", "ChlFluor",
    "ATemp", "RH", "BP", "WSpd", "MaxWSpd", "Wdir", "SDWDir", "TotPAR", "TotPrcp", "TotSoRad",
]
EXPECTED_PER_DAY = 96  # 15-min readings
MIN_COUNT = EXPECTED_PER_DAY // 2


def daily_means(path):
    # Every cell as text, so that nothing is guessed: "" stays "", flags stay "<0> " etc.
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.columns = [c.strip() for c in frame.columns]
    time_column = "DateTimeStamp" if "DateTimeStamp" in frame.columns else "DatetimeStamp"
    stamps = pd.to_datetime(frame[time_column].str.strip(), format="%m/%d/%Y %H:%M")
    if stamps.duplicated().any():
        raise SystemExit(f"{path}: duplicate time stamps; the reference does not define which one wins")
    dates = stamps.dt.strftime("%Y-%m-%d")
    stations = frame["StationCode"].str.strip()
    if stations.nunique() != 1:
        raise SystemExit(f"{path}: expected one station")
    station = stations.iloc[0]

    rows = []
    for name in VARIABLES:
        if name not in frame.columns or "F_" + name not in frame.columns:
            continue
        values = pd.to_numeric(frame[name].str.strip().replace("", float("nan")), errors="raise")
        kept = values.where(frame["F_" + name].str.startswith("<0>"))
        grouped = kept.groupby(dates).agg(["mean", "count"])
        grouped = grouped[grouped["count"] >= MIN_COUNT]
        for date, row in grouped.iterrows():
            rows.append((station, date, name, float(row["mean"]), int(row["count"])))
    return rows


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MARINECAST_DATA_DIR", "/work/shared/data")
    folder = os.path.join(root, "nerrs-swmp-gtm-raw15min-2019", "extracted")
    rows = []
    for name in FILES:
        rows.extend(daily_means(os.path.join(folder, name)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gtm2019_daily_means.csv")
    with open(out, "w", newline="\n") as f:
        f.write("station,date,variable,mean,count\n")
        for station, date, variable, mean, count in rows:
            f.write(f"{station},{date},{variable},{mean:.17g},{count}\n")
    print(f"{out}: {len(rows)} rows (pandas {pd.__version__})")


if __name__ == "__main__":
    main()
