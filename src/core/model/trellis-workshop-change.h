/* trellis-workshop-change.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_WORKSHOP_CHANGE (trellis_workshop_change_get_type ())

G_DECLARE_FINAL_TYPE (TrellisWorkshopChange, trellis_workshop_change, TRELLIS, WORKSHOP_CHANGE,
                      TrellisItem)

/* The values of the "change" field. */
#define TRELLIS_WORKSHOP_ADDED   "added"
#define TRELLIS_WORKSHOP_CHANGED "changed"
#define TRELLIS_WORKSHOP_REMOVED "removed"

TrellisWorkshopChange *trellis_workshop_change_new (TrellisWorkshopSession *session);

G_END_DECLS
