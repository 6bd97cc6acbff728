/* trellis-goal-row.h: one goal in the list of the goals page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_GOAL_ROW (trellis_goal_row_get_type ())

G_DECLARE_FINAL_TYPE (TrellisGoalRow, trellis_goal_row, TRELLIS, GOAL_ROW, GtkWidget)

GtkWidget   *trellis_goal_row_new              (TrellisProject *project);
TrellisGoal *trellis_goal_row_get_goal         (TrellisGoalRow *self);
void         trellis_goal_row_set_goal         (TrellisGoalRow *self,
                                                TrellisGoal    *goal);
void         trellis_goal_row_set_first_of_area (TrellisGoalRow *self,
                                                 gboolean        first);
gboolean     trellis_goal_row_get_first_of_area (TrellisGoalRow *self);
void         trellis_goal_row_update            (TrellisGoalRow *self);

G_END_DECLS
