// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the core files that use LibTorch: parsing torch.h once saves ~20 s per file.
#pragma once
#include <torch/torch.h>
