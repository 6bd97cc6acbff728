/* trellis-goals.h: goals, their sources, indicators and measurements (step 3)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-goal.h"
#include "trellis-indicator.h"
#include "trellis-measurement.h"
#include "trellis-milestone.h"
#include "trellis-project.h"

G_BEGIN_DECLS

GPtrArray          *trellis_goal_list_indicators         (TrellisProject    *project,
                                                          TrellisGoal       *goal);
GPtrArray          *trellis_item_list_goals              (TrellisProject    *project,
                                                          TrellisItem       *source);
gboolean            trellis_goal_link_source             (TrellisProject    *project,
                                                          TrellisGoal       *goal,
                                                          TrellisItem       *source,
                                                          GError           **error);
void                trellis_goal_unlink_source           (TrellisProject    *project,
                                                          TrellisGoal       *goal,
                                                          TrellisItem       *source);
gboolean            trellis_goal_is_measurable           (TrellisProject    *project,
                                                          TrellisGoal       *goal,
                                                          char             **reason);
GPtrArray          *trellis_goals_in_area                (TrellisProject    *project,
                                                          TrellisServiceArea area);

TrellisIndicator   *trellis_goal_add_indicator           (TrellisProject    *project,
                                                          TrellisGoal       *goal,
                                                          const char        *name);
gboolean            trellis_indicator_is_measurable      (TrellisIndicator  *indicator,
                                                          char             **reason);
GPtrArray          *trellis_indicator_list_measurements  (TrellisProject    *project,
                                                          TrellisIndicator  *indicator);
TrellisMeasurement *trellis_indicator_add_measurement    (TrellisProject    *project,
                                                          TrellisIndicator  *indicator,
                                                          const char        *date,
                                                          double             value,
                                                          const char        *note,
                                                          GError           **error);
double              trellis_indicator_get_current        (TrellisProject    *project,
                                                          TrellisIndicator  *indicator,
                                                          TrellisDay        *day);
double              trellis_indicator_get_progress       (TrellisProject    *project,
                                                          TrellisIndicator  *indicator);
double              trellis_indicator_get_progress_on    (TrellisProject    *project,
                                                          TrellisIndicator  *indicator,
                                                          const char        *date);
TrellisItem        *trellis_measurement_find_on          (GPtrArray         *measurements,
                                                          const char        *date);
double              trellis_indicator_progress_of        (TrellisIndicator  *indicator,
                                                          GPtrArray         *measurements,
                                                          const char        *date);

G_END_DECLS

G_BEGIN_DECLS

/* Reading and writing the numbers and dates people type for indicators */
gboolean            trellis_indicator_parse_value        (const char        *text,
                                                          double            *value,
                                                          GError           **error);
char               *trellis_indicator_format_value       (double             value);
gboolean            trellis_indicator_check_date         (const char        *text,
                                                          GError           **error);

G_END_DECLS

G_BEGIN_DECLS

/* Interim goals: milestones of a goal */
GPtrArray          *trellis_goal_list_milestones         (TrellisProject    *project,
                                                          TrellisGoal       *goal);
TrellisMilestone   *trellis_goal_add_milestone           (TrellisProject    *project,
                                                          TrellisGoal       *goal,
                                                          const char        *title,
                                                          const char        *date,
                                                          GError           **error);

G_END_DECLS
