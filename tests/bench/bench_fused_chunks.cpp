// SPDX-License-Identifier: GPL-3.0-or-later
// bench_fused_chunks: one forward and backward pass of mc::fusedLstm, whole batch against the
// batch split into chunks on LibTorch's intra-op threads, over a grid of shapes; the medians are
// what fusedLstmChunkCount's thresholds were chosen from. Not a test (timings depend on the machine):
//   build/tests/bench_fused_chunks [--threads 2] [--calls 200]
#include "models/fused_lstm.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

double medianMicros(torch::nn::LSTM& lstm, const torch::Tensor& x, int chunks, int calls)
{
    std::vector<double> us;
    for (int k = 0; k < calls + 5; ++k) {
        const auto start = std::chrono::steady_clock::now();
        const auto r = mc::fusedLstm(x, {}, {}, lstm->all_weights(), chunks);
        r.output.sum().backward();
        const double t = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
        if (k >= 5)
            us.push_back(t);
    }
    std::nth_element(us.begin(), us.begin() + long(us.size() / 2), us.end());
    return us[us.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    // As bench_training and mc::fit: idle OpenMP workers sleep, OpenBLAS runs on the calling
    // thread. Both are read once, when the libraries load: set them, then start over.
    if (!std::getenv("OMP_WAIT_POLICY")) {
        ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        ::setenv("OPENBLAS_NUM_THREADS", "1", 1);
        ::execv("/proc/self/exe", argv);
    }
    int threads = 2, calls = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--threads")
            threads = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--calls")
            calls = std::max(1, std::atoi(argv[i + 1]));
    }
    torch::set_num_threads(threads);
    torch::manual_seed(1);
    std::printf("threads %d, %d calls each; forward+backward median µs\n", threads, calls);
    std::printf("%6s %6s %6s %10s %10s %8s %6s\n", "batch", "steps", "hidden", "1 chunk", "chunked", "speedup", "auto");
    for (int hidden : {5, 16, 32})
        for (int steps : {1, 3, 30})
            for (int batch : {16, 32, 64, 128, 256}) {
                torch::nn::LSTM lstm(torch::nn::LSTMOptions(1, hidden).batch_first(true));
                const auto x = torch::randn({batch, steps, 1});
                const double one = medianMicros(lstm, x, 1, calls);
                const double many = medianMicros(lstm, x, threads, calls);
                std::printf("%6d %6d %6d %10.1f %10.1f %8.2f %6d\n", batch, steps, hidden, one, many, one / many,
                            mc::fusedLstmChunkCount(batch, steps, hidden, threads));
            }
    return 0;
}
