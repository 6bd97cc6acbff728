/* trellis-parking-item.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PARKING_ITEM (trellis_parking_item_get_type ())

G_DECLARE_FINAL_TYPE (TrellisParkingItem, trellis_parking_item, TRELLIS, PARKING_ITEM, TrellisItem)

TrellisParkingItem *trellis_parking_item_new (TrellisParkingKind  kind,
                                              const char         *text);

G_END_DECLS
