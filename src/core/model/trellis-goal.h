/* trellis-goal.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_GOAL (trellis_goal_get_type ())

G_DECLARE_FINAL_TYPE (TrellisGoal, trellis_goal, TRELLIS, GOAL, TrellisItem)

TrellisGoal *trellis_goal_new (const char *title);

G_END_DECLS
