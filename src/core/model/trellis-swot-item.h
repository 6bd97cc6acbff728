/* trellis-swot-item.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SWOT_ITEM (trellis_swot_item_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSwotItem, trellis_swot_item, TRELLIS, SWOT_ITEM, TrellisItem)

TrellisSwotItem *trellis_swot_item_new (TrellisQuadrant  quadrant,
                                        const char      *text);

G_END_DECLS
