// SPDX-License-Identifier: GPL-3.0-or-later
// The one way to include QCustomPlot: Debian's header uses the `signals` and `foreach` keywords,
// which QT_NO_KEYWORDS removes, so map them to the Q_ macros around the include.
#pragma once

#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef foreach
