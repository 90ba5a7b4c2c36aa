#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference trajectories for mc::Nadam (core/optim/nadam.cpp), checked by tests/core/tst_nadam.cpp.

An independent NumPy implementation of NAdam as the PyTorch 2.x documentation of torch.optim.NAdam
states it (Dozat 2016, with the momentum schedule mu_t = beta1 * (1 - 0.5 * 0.96^(t * psi))):

    g_t      = grad f(theta_{t-1}) + lambda * theta_{t-1}
    mu_t     = beta1 * (1 - 0.5 * 0.96^(t psi)),   mu_{t+1} = beta1 * (1 - 0.5 * 0.96^((t+1) psi))
    m_t      = beta1 m_{t-1} + (1 - beta1) g_t
    v_t      = beta2 v_{t-1} + (1 - beta2) g_t^2
    m_hat    = mu_{t+1} m_t / (1 - prod_{i<=t+1} mu_i) + (1 - mu_t) g_t / (1 - prod_{i<=t} mu_i)
    v_hat    = v_t / (1 - beta2^t)
    theta_t  = theta_{t-1} - lr * m_hat / (sqrt(v_hat) + eps)

Debian's PyTorch 1.13 NAdam is not the reference: its default path has a formula bug that 2.0 fixed.

The problem is a least-squares fit, f(W, b) = 0.5 / N * sum((X W^T + b - Y)^2), of a 3x4 matrix W
and a bias b of 3 over N = 8 fixed samples. Everything the C++ test needs -- the data, the starting
point, each case's options and the parameters after selected steps -- goes to nadam_reference.txt at
full double precision (repr), so CI needs no Python.

Run:  /usr/bin/python3 tests/core/reference/nadam_reference.py   (rewrites nadam_reference.txt)
"""

import math
import os
import sys

import numpy as np

STEPS = 200
RECORDED = [1, 2, 3, 5, 10, 20, 50, 51, 100, 150, 200]

# Each case: name, lr, beta1, beta2, eps, weight_decay, momentum_decay.
CASES = [
    # torch.optim.NAdam's defaults.
    ("defaults", 2e-3, 0.9, 0.999, 1e-8, 0.0, 4e-3),
    # Larger steps, other betas, a visible eps, L2 weight decay and a faster momentum warm-up.
    ("weight_decay", 1e-2, 0.85, 0.995, 1e-6, 0.05, 1e-2),
]


def problem():
    """Fixed data from closed-form expressions (no random generator whose stream could change)."""
    n, d, k = 8, 4, 3
    i = np.arange(n, dtype=np.float64)[:, None]
    j = np.arange(d, dtype=np.float64)[None, :]
    x = np.sin(1.3 * i + 0.7 * j + 0.1) + 0.25 * np.cos(0.5 * i * (j + 1.0))
    w_true = np.array([[2.5, -3.0, 1.75, 4.0],
                       [-2.25, 3.5, -4.5, 2.0],
                       [3.25, 2.75, -2.0, -3.5]])
    b_true = np.array([1.5, -2.5, 3.0])
    # Not exactly reachable, so the optimum keeps a residual, as real data does.
    noise = 0.1 * np.cos(2.1 * i + 1.7 * np.arange(k, dtype=np.float64)[None, :])
    y = x @ w_true.T + b_true + noise
    w0 = np.array([[0.75, -1.0, 0.5, 1.25],
                   [-0.5, 1.5, -1.25, 0.875],
                   [1.0, 0.625, -0.75, -1.125]])
    b0 = np.array([0.5, -0.75, 1.0])
    return x, y, w0, b0


def gradients(x, y, w, b):
    r = x @ w.T + b - y
    n = x.shape[0]
    return (r.T @ x) / n, r.sum(axis=0) / n


def nadam(x, y, w0, b0, lr, beta1, beta2, eps, weight_decay, momentum_decay):
    """Yields (step, W, b) after every step; one state per parameter, as in torch.optim.NAdam."""
    params = [w0.copy(), b0.copy()]
    exp_avg = [np.zeros_like(p) for p in params]
    exp_avg_sq = [np.zeros_like(p) for p in params]
    mu_product = [1.0 for _ in params]
    for t in range(1, STEPS + 1):
        grads = gradients(x, y, params[0], params[1])
        for idx, (p, g) in enumerate(zip(params, grads)):
            if weight_decay != 0:
                g = g + weight_decay * p
            mu = beta1 * (1.0 - 0.5 * 0.96 ** (t * momentum_decay))
            mu_next = beta1 * (1.0 - 0.5 * 0.96 ** ((t + 1) * momentum_decay))
            mu_product[idx] *= mu
            exp_avg[idx] = beta1 * exp_avg[idx] + (1.0 - beta1) * g
            exp_avg_sq[idx] = beta2 * exp_avg_sq[idx] + (1.0 - beta2) * g * g
            v_hat = exp_avg_sq[idx] / (1.0 - beta2 ** t)
            m_hat = (mu_next * exp_avg[idx] / (1.0 - mu_product[idx] * mu_next)
                     + (1.0 - mu) * g / (1.0 - mu_product[idx]))
            params[idx] = p - lr * m_hat / (np.sqrt(v_hat) + eps)
        yield t, params[0], params[1]


def fmt(values):
    return " ".join(repr(float(v)) for v in np.ravel(values))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "nadam_reference.txt")
    x, y, w0, b0 = problem()
    lines = [
        "# Written by nadam_reference.py (NumPy %s, Python %s); do not edit by hand."
        % (np.__version__, sys.version.split()[0]),
        "# matrix NAME ROWS COLS VALUES... (row-major); b is a 1x3 matrix.",
        "# case NAME LR BETA1 BETA2 EPS WEIGHT_DECAY MOMENTUM_DECAY STEPS",
        "# step CASE T  W(12 values, row-major)  b(3 values)",
        "matrix X %d %d %s" % (x.shape[0], x.shape[1], fmt(x)),
        "matrix Y %d %d %s" % (y.shape[0], y.shape[1], fmt(y)),
        "matrix W0 %d %d %s" % (w0.shape[0], w0.shape[1], fmt(w0)),
        "matrix b0 1 %d %s" % (b0.shape[0], fmt(b0)),
    ]
    smallest = math.inf
    for name, lr, beta1, beta2, eps, wd, psi in CASES:
        lines.append("case %s %s %s %s %s %s %s %d"
                     % (name, repr(lr), repr(beta1), repr(beta2), repr(eps), repr(wd), repr(psi), STEPS))
        loss0 = None
        for t, w, b in nadam(x, y, w0, b0, lr, beta1, beta2, eps, wd, psi):
            if t in RECORDED:
                lines.append("step %s %d %s %s" % (name, t, fmt(w), fmt(b)))
                smallest = min(smallest, np.abs(w).min(), np.abs(b).min())
            r = x @ w.T + b - y
            loss = 0.5 * float((r * r).sum()) / x.shape[0]
            loss0 = loss if loss0 is None else loss0
        print("%s: loss after step 1 %.6g, after step %d %.6g" % (name, loss0, STEPS, loss))
    # The test compares each element relatively; an element near zero would make that meaningless.
    assert smallest > 1e-2, smallest
    with open(out_path, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    print("smallest recorded |parameter| %.6g; wrote %s" % (smallest, out_path))


if __name__ == "__main__":
    main()
