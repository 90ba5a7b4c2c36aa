#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reference for bench_import: times pandas.read_csv on the benchmark's file, once plain and once
# parsing the time column, and prints one JSON line {"plain": s, "dates": s, "rows": n, "pandas": v}.
# Run with Debian's python3-pandas: /usr/bin/python3 bench_import_pandas.py FILE
import json
import sys
import time

import pandas as pd


def main():
    path = sys.argv[1]
    t0 = time.perf_counter()
    plain = pd.read_csv(path)
    t1 = time.perf_counter()
    dated = pd.read_csv(path, parse_dates=["datetime"])
    t2 = time.perf_counter()
    assert len(plain) == len(dated)
    print(json.dumps({"plain": t1 - t0, "dates": t2 - t1, "rows": len(plain), "pandas": pd.__version__}))


if __name__ == "__main__":
    main()
