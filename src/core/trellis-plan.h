/* trellis-plan.h: the action plan's rules: dependencies, bulk edits, warnings, traceability
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action.h"
#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisPlanWarningKind:
 * @TRELLIS_PLAN_GOAL_WITHOUT_ACTION: a goal no action serves
 * @TRELLIS_PLAN_ACTION_WITHOUT_GOAL: an action that serves no goal
 * @TRELLIS_PLAN_ACTION_WITHOUT_OWNER: nobody is responsible for an action
 * @TRELLIS_PLAN_ACTION_WITHOUT_DUE: an action without a due date
 * @TRELLIS_PLAN_ACTION_ENDS_BEFORE_START: an action due before it starts
 * @TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY: an action starts before an action it depends on is due
 * @TRELLIS_PLAN_MILESTONE_AFTER_ACTION: a milestone dated after its action's due date
 * @TRELLIS_PLAN_DEPENDENCY_CYCLE: actions that depend on each other in a circle
 * @TRELLIS_PLAN_CRITICAL_OWNER: an action owned by a critical stakeholder
 */
typedef enum
{
  TRELLIS_PLAN_GOAL_WITHOUT_ACTION,
  TRELLIS_PLAN_ACTION_WITHOUT_GOAL,
  TRELLIS_PLAN_ACTION_WITHOUT_OWNER,
  TRELLIS_PLAN_ACTION_WITHOUT_DUE,
  TRELLIS_PLAN_ACTION_ENDS_BEFORE_START,
  TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY,
  TRELLIS_PLAN_MILESTONE_AFTER_ACTION,
  TRELLIS_PLAN_DEPENDENCY_CYCLE,
  TRELLIS_PLAN_CRITICAL_OWNER,
} TrellisPlanWarningKind;

/**
 * TrellisPlanWarning:
 * @kind: what is wrong
 * @item: (transfer full): the item the warning is about
 * @related: (transfer full) (nullable): another item involved (the
 *   dependency, the owner, the action of a milestone)
 * @message: (transfer full): the warning in words, translated
 */
typedef struct
{
  TrellisPlanWarningKind  kind;
  TrellisItem            *item;
  TrellisItem            *related;
  char                   *message;
} TrellisPlanWarning;

gboolean   trellis_action_add_dependency    (TrellisProject  *project,
                                             TrellisAction   *action,
                                             TrellisAction   *on,
                                             GError         **error);
void       trellis_action_remove_dependency (TrellisProject  *project,
                                             TrellisAction   *action,
                                             TrellisAction   *on);
GPtrArray *trellis_action_list_dependencies (TrellisProject  *project,
                                             TrellisAction   *action);
GPtrArray *trellis_action_list_dependents   (TrellisProject  *project,
                                             TrellisAction   *action);
void       trellis_plan_set_many            (TrellisProject  *project,
                                             GPtrArray       *items,
                                             const char      *property,
                                             const GValue    *value);
GPtrArray *trellis_plan_list_warnings       (TrellisProject  *project);
GPtrArray *trellis_trace_comes_from         (TrellisProject  *project,
                                             TrellisItem     *item);
GPtrArray *trellis_trace_leads_to           (TrellisProject  *project,
                                             TrellisItem     *item);

G_END_DECLS
