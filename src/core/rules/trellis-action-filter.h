/* trellis-action-filter.h: which actions the action plan table shows, and in what order
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action.h"
#include "trellis-date.h"
#include "trellis-milestone.h"
#include "trellis-project.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_ACTION_FILTER (trellis_action_filter_get_type ())

typedef struct _TrellisActionFilter TrellisActionFilter;

GType                trellis_action_filter_get_type     (void) G_GNUC_CONST;
TrellisActionFilter *trellis_action_filter_new          (void);
TrellisActionFilter *trellis_action_filter_copy         (const TrellisActionFilter *self);
void                 trellis_action_filter_free         (TrellisActionFilter       *self);
void                 trellis_action_filter_set_search   (TrellisActionFilter       *self,
                                                         const char                *text);
void                 trellis_action_filter_set_owner    (TrellisActionFilter       *self,
                                                         const char                *owner);
const char          *trellis_action_filter_get_owner    (const TrellisActionFilter *self);
void                 trellis_action_filter_set_goal     (TrellisActionFilter       *self,
                                                         const char                *goal);
const char          *trellis_action_filter_get_goal     (const TrellisActionFilter *self);
void                 trellis_action_filter_set_status   (TrellisActionFilter       *self,
                                                         int                        status);
int                  trellis_action_filter_get_status   (const TrellisActionFilter *self);
void                 trellis_action_filter_set_overdue  (TrellisActionFilter       *self,
                                                         gboolean                   overdue_only,
                                                         const char                *today);
gboolean             trellis_action_filter_get_overdue  (const TrellisActionFilter *self);
gboolean             trellis_action_filter_is_restricted (const TrellisActionFilter *self);
gboolean             trellis_action_filter_is_empty     (const TrellisActionFilter *self);
void                 trellis_action_filter_clear        (TrellisActionFilter       *self);
gboolean             trellis_action_filter_matches      (const TrellisActionFilter *self,
                                                         TrellisProject            *project,
                                                         TrellisAction             *action);

gboolean             trellis_action_is_overdue          (TrellisAction             *action,
                                                         TrellisDay                 today);
char                *trellis_action_dup_owner_label     (TrellisProject            *project,
                                                         TrellisAction             *action);
char                *trellis_action_dup_goal_label      (TrellisProject            *project,
                                                         TrellisAction             *action);
char                *trellis_action_format_budget       (TrellisAction             *action);
int                  trellis_action_compare             (TrellisProject            *project,
                                                         TrellisAction             *a,
                                                         TrellisAction             *b,
                                                         guint                      field);
int                  trellis_action_compare_goals       (TrellisProject            *project,
                                                         TrellisAction             *a,
                                                         TrellisAction             *b);
GHashTable          *trellis_plan_rank_goals            (TrellisProject            *project);
int                  trellis_action_compare_goal_ranks  (GHashTable                *ranks,
                                                         TrellisAction             *a,
                                                         TrellisAction             *b);

gboolean             trellis_action_check_date          (const char                *text,
                                                         GError                   **error);
gboolean             trellis_action_parse_amount        (const char                *text,
                                                         double                    *amount,
                                                         GError                   **error);
void                 trellis_plan_set_owner             (TrellisProject            *project,
                                                         GPtrArray                 *actions,
                                                         const char                *owner,
                                                         const char                *owner_name);
TrellisAction       *trellis_project_add_action         (TrellisProject            *project,
                                                         const char                *title,
                                                         const TrellisActionFilter *filter);
TrellisMilestone    *trellis_action_add_milestone       (TrellisProject            *project,
                                                         TrellisAction             *action,
                                                         const char                *title,
                                                         const char                *date,
                                                         GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisActionFilter, trellis_action_filter_free)

G_END_DECLS
