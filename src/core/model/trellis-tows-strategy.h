/* trellis-tows-strategy.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TOWS_STRATEGY (trellis_tows_strategy_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTowsStrategy, trellis_tows_strategy, TRELLIS, TOWS_STRATEGY, TrellisItem)

TrellisTowsStrategy *trellis_tows_strategy_new (TrellisTowsType  type,
                                                const char      *title);

G_END_DECLS
