/* trellis-action.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_ACTION (trellis_action_get_type ())

G_DECLARE_FINAL_TYPE (TrellisAction, trellis_action, TRELLIS, ACTION, TrellisItem)

TrellisAction *trellis_action_new (const char *title);

G_END_DECLS
