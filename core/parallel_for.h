// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import's few parallel loops: independent items (blocks, stations, series) spread over a
// handful of threads. Each item writes only its own slot, so results do not depend on timing.

#include <algorithm>
#include <cstddef>
#include <future>
#include <thread>
#include <vector>

namespace mc::csv {

/// More threads than this gain little: reading and joining stay on one thread.
constexpr std::size_t kMaxImportThreads = 4;

/// @p requested threads, or with 0 one per core, at most kMaxImportThreads.
[[nodiscard]] inline std::size_t importThreads(std::size_t requested)
{
    if (requested > 0)
        return requested;
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxImportThreads);
}

/// Calls @p body(i) for i in [0, @p count) on up to @p threads threads (the caller's among them);
/// thread t takes items t, t + threads, … so that large and small items mix.
template <typename Body>
void parallelFor(std::size_t count, std::size_t threads, const Body& body)
{
    threads = std::max<std::size_t>(1, std::min(threads, count));
    std::vector<std::future<void>> others;
    for (std::size_t t = 1; t < threads; ++t)
        others.push_back(std::async(std::launch::async, [&body, t, count, threads] {
            for (std::size_t i = t; i < count; i += threads)
                body(i);
        }));
    for (std::size_t i = 0; i < count; i += threads)
        body(i);
    for (auto& other : others)
        other.get();
}

}  // namespace mc::csv
