/* trellis-goals-view.h: the goals of step 3, by strategic area, with their indicators
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_GOALS_VIEW (trellis_goals_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisGoalsView, trellis_goals_view, TRELLIS, GOALS_VIEW, GtkWidget)

GtkWidget   *trellis_goals_view_new           (TrellisProject   *project);
TrellisGoal *trellis_goals_view_get_selected  (TrellisGoalsView *self);
void         trellis_goals_view_select        (TrellisGoalsView *self,
                                               TrellisGoal      *goal);

G_END_DECLS
