/* trellis-indicator.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_INDICATOR (trellis_indicator_get_type ())

G_DECLARE_FINAL_TYPE (TrellisIndicator, trellis_indicator, TRELLIS, INDICATOR, TrellisItem)

TrellisIndicator *trellis_indicator_new (const char *name);

G_END_DECLS
