# SPDX-License-Identifier: GPL-3.0-or-later
"""PyTorch reference for bench_training: the same model, data and training loop as MarineCast's
"current" (stateless) and "original" (Keras-style stateful) presets, timed per epoch.

Prints one JSON object on stdout: {"config", "threads", "windows", "epoch_seconds",
"seconds_per_epoch", "cpu_seconds_per_epoch"}; seconds_per_epoch (wall clock) and
cpu_seconds_per_epoch (process CPU time, all threads) are the means of the epochs after the first (which pays for
allocator and thread-pool warm-up). With --infer N (stateless "current" only), after training it
also times N single-window forecasts (eval mode, no_grad, values out as numpy) and adds
"infer_median_us".
"""
import argparse
import json
import math
import time

import numpy as np
import pandas as pd
import torch

TRAIN_FIRST = pd.Timestamp("2013-01-01")
TRAIN_LAST = pd.Timestamp("2017-12-31")
LOOKBACK = 30
HORIZON = 3


def load_grid(path, target):
    """Target on a daily grid from the first to the last row, NaN where missing, as MarineCast's
    window builder places it."""
    df = pd.read_csv(path, parse_dates=["date"])
    series = df.set_index("date")[target].astype("float64")
    series = series[~series.index.duplicated(keep="last")]
    grid = pd.date_range(series.index.min(), series.index.max(), freq="D")
    return grid, series.reindex(grid).to_numpy()


def prepare(path, target):
    grid, values = load_grid(path, target)
    # A window (and a stateful origin) belongs to the range of its first target time.
    in_train = (grid >= TRAIN_FIRST) & (grid <= TRAIN_LAST)
    fit = values[in_train]
    lo, hi = np.nanmin(fit), np.nanmax(fit)
    scaled = (values - lo) / (hi - lo if hi > lo else 1.0)
    n = len(values)
    xs, ys = [], []
    for i in range(LOOKBACK - 1, n - HORIZON):
        if not in_train[i + 1]:
            continue
        window = scaled[i + 1 - LOOKBACK: i + 1]
        target_rows = scaled[i + 1: i + 1 + HORIZON]
        # Windows that touch a missing value are skipped, never filled.
        if np.isnan(window).any() or np.isnan(target_rows).any():
            continue
        xs.append(window)
        ys.append(target_rows)
    x = torch.tensor(np.array(xs), dtype=torch.float32).unsqueeze(-1)
    y = torch.tensor(np.array(ys), dtype=torch.float32)
    # Per-origin targets on the grid for the stateful loop: NaN unless all horizon steps exist.
    grid_y = np.full((n, HORIZON), np.nan)
    for i in range(n - HORIZON):
        rows = scaled[i + 1: i + 1 + HORIZON]
        if not np.isnan(scaled[i]) and not np.isnan(rows).any():
            grid_y[i] = rows
    origin_train = np.zeros(n, dtype=bool)
    origin_train[:-1] = in_train[1:]
    return x, y, scaled, grid_y, origin_train


class Net(torch.nn.Module):
    def __init__(self, hidden, keras_init):
        super().__init__()
        self.lstm = torch.nn.LSTM(1, hidden, batch_first=True)
        self.linear = torch.nn.Linear(hidden, HORIZON)
        with torch.no_grad():
            if keras_init:
                # Keras: Glorot-uniform input kernel, orthogonal recurrent kernel, forget bias 1.
                torch.nn.init.xavier_uniform_(self.lstm.weight_ih_l0)
                rec = torch.empty(hidden, 4 * hidden)
                torch.nn.init.orthogonal_(rec)
                self.lstm.weight_hh_l0.copy_(rec.t())
                self.lstm.bias_ih_l0.zero_()
                self.lstm.bias_ih_l0[hidden:2 * hidden].fill_(1.0)
                self.lstm.bias_hh_l0.zero_()
                torch.nn.init.xavier_uniform_(self.linear.weight)
                self.linear.bias.zero_()
            else:
                # As MarineCast: a ReLU head starts at the middle of the min-max range, not dead.
                self.linear.bias.fill_(0.5)

    def forward(self, x):
        out, _ = self.lstm(x)
        return torch.relu(self.linear(out[:, -1]))

    def forward_steps(self, x, state):
        out, state = self.lstm(x, state)
        return torch.relu(self.linear(out)), state


def stateless_epoch(net, opt, x, y, batch, rng):
    net.train()
    order = torch.from_numpy(rng.permutation(x.shape[0]))
    total = 0.0
    for s in range(0, x.shape[0], batch):
        idx = order[s: s + batch]
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(net(x.index_select(0, idx)), y.index_select(0, idx))
        value = loss.item()
        loss.backward()
        opt.step()
        total += value * len(idx)
    return total / x.shape[0]


def make_streams(scaled, grid_y, origin_train, streams):
    """Keras's stateful layout: the training origins cut into `streams` contiguous pieces."""
    first = int(np.argmax(origin_train))
    last = len(origin_train) - 1 - int(np.argmax(origin_train[::-1]))
    length = (last - first + 1) // streams
    origins = first + np.arange(streams)[:, None] * length + np.arange(length)[None, :]
    x = torch.tensor(scaled[origins], dtype=torch.float32).unsqueeze(-1)
    y = torch.tensor(grid_y[origins], dtype=torch.float32)
    input_valid = ~torch.isnan(x).any(-1)
    x = torch.nan_to_num(x, 0.0)
    target_valid = ~torch.isnan(y) & input_valid.unsqueeze(-1)
    return x, y, input_valid, target_valid, length


def stateful_epoch(net, opt, streams_data, steps):
    x, y, input_valid, target_valid, length = streams_data
    net.train()
    state = None  # zeros: each epoch starts fresh
    total, batches = 0.0, 0
    for start in range(0, length - steps + 1, steps):
        opt.zero_grad()
        outputs = []
        for s in range(start, start + steps):
            out, state = net.forward_steps(x[:, s: s + 1], state)
            outputs.append(out)
            # A missing input ends that stream's memory.
            keep = input_valid[:, s].float().view(1, -1, 1)
            state = tuple(t * keep for t in state)
        pred = torch.cat(outputs, 1)
        mask = target_valid[:, start: start + steps]
        if not mask.any():
            state = tuple(t.detach() for t in state)
            continue
        target = torch.where(mask, y[:, start: start + steps], pred.detach())
        each = torch.nn.functional.mse_loss(pred, target, reduction="none")
        loss = (each * mask).sum() / mask.sum().clamp_min(1)
        value = loss.item()
        loss.backward()
        opt.step()
        state = tuple(t.detach() for t in state)  # truncated back-propagation through time
        total += value
        batches += 1
    return total / max(batches, 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--target", default="temp_mean")
    ap.add_argument("--config", choices=["current", "original"], default="current")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--infer", type=int, default=0)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    x, y, scaled, grid_y, origin_train = prepare(args.data, args.target)
    if args.config == "current":
        net = Net(32, keras_init=False)
        opt = torch.optim.Adam(net.parameters(), lr=1e-5, betas=(0.9, 0.999), eps=1e-8)
        rng = np.random.default_rng(args.seed)
        windows = x.shape[0]
        run_epoch = lambda: stateless_epoch(net, opt, x, y, 128, rng)  # noqa: E731
    else:
        net = Net(5, keras_init=True)
        opt = torch.optim.NAdam(net.parameters(), lr=0.002, betas=(0.9, 0.999), eps=1e-7, momentum_decay=0.004)
        streams_data = make_streams(scaled, grid_y, origin_train, 100)
        windows = 100 * streams_data[4]
        run_epoch = lambda: stateful_epoch(net, opt, streams_data, 1)  # noqa: E731

    seconds, cpu_seconds, losses = [], [], []
    for _ in range(args.epochs):
        t0, c0 = time.perf_counter(), time.process_time()
        losses.append(run_epoch())
        seconds.append(time.perf_counter() - t0)
        cpu_seconds.append(time.process_time() - c0)
    timed = seconds[1:] if len(seconds) > 1 else seconds
    timed_cpu = cpu_seconds[1:] if len(cpu_seconds) > 1 else cpu_seconds
    extra = {}
    if args.infer > 0 and args.config == "current":
        net.eval()
        window = x[:1].clone()
        times = []
        with torch.no_grad():
            for _ in range(20):
                net(window).numpy()
            for _ in range(args.infer):
                t0 = time.perf_counter()
                net(window).numpy()
                times.append(time.perf_counter() - t0)
        extra["infer_median_us"] = float(np.median(times) * 1e6)
    print(json.dumps({
        **extra,
        "config": args.config,
        "threads": torch.get_num_threads(),
        "windows": int(windows),
        "epoch_seconds": seconds,
        "seconds_per_epoch": sum(timed) / len(timed),
        "cpu_seconds_per_epoch": sum(timed_cpu) / len(timed_cpu),
        "last_loss": losses[-1] if math.isfinite(losses[-1]) else None,
        "torch": torch.__version__,
    }))


if __name__ == "__main__":
    main()
