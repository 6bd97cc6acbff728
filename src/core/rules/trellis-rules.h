/* trellis-rules.h: the one place where the plan is judged
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-date.h"
#include "trellis-action.h"
#include "trellis-indicator.h"
#include "trellis-milestone.h"
#include "trellis-service.h"
#include "trellis-status.h"

G_BEGIN_DECLS

/**
 * TrellisActionState:
 * @TRELLIS_ACTION_STATE_CANCELLED: cancelled: not judged any more
 * @TRELLIS_ACTION_STATE_DONE: done
 * @TRELLIS_ACTION_STATE_UNDATED: open, without a due date: cannot be judged
 * @TRELLIS_ACTION_STATE_OVERDUE: its due date has passed and it is not done,
 *   whether it is planned, in progress or on hold
 * @TRELLIS_ACTION_STATE_ON_HOLD: on hold, and not overdue
 * @TRELLIS_ACTION_STATE_AT_RISK: due soon (within the warning days) and behind
 * @TRELLIS_ACTION_STATE_BEHIND: behind, but not due soon yet
 * @TRELLIS_ACTION_STATE_NOT_STARTED: nothing done, and it starts later or
 *   is still planned; not behind
 * @TRELLIS_ACTION_STATE_ON_TRACK: started, and not behind
 *
 * Where an action's schedule stands on a day: the status light, the
 * timeline's colours and the action table's overdue mark all read it.
 */
typedef enum
{
  TRELLIS_ACTION_STATE_CANCELLED,
  TRELLIS_ACTION_STATE_DONE,
  TRELLIS_ACTION_STATE_UNDATED,
  TRELLIS_ACTION_STATE_OVERDUE,
  TRELLIS_ACTION_STATE_ON_HOLD,
  TRELLIS_ACTION_STATE_AT_RISK,
  TRELLIS_ACTION_STATE_BEHIND,
  TRELLIS_ACTION_STATE_NOT_STARTED,
  TRELLIS_ACTION_STATE_ON_TRACK,
} TrellisActionState;

/**
 * TrellisTargetState:
 * @TRELLIS_TARGET_UNSET: the indicator has no target value or no target date
 * @TRELLIS_TARGET_OPEN: the target date has not passed (on the date itself
 *   it is still open)
 * @TRELLIS_TARGET_UNMEASURED: the target date has passed and nothing was
 *   measured by the day
 * @TRELLIS_TARGET_MET: the target date has passed and the last value
 *   measured by the day reaches the target
 * @TRELLIS_TARGET_MISSED: the target date has passed and the last value
 *   measured by the day falls short of it
 */
typedef enum
{
  TRELLIS_TARGET_UNSET,
  TRELLIS_TARGET_OPEN,
  TRELLIS_TARGET_UNMEASURED,
  TRELLIS_TARGET_MET,
  TRELLIS_TARGET_MISSED,
} TrellisTargetState;

/**
 * TrellisBudgetFacts:
 * @planned: the planned budget (NaN if unset)
 * @spent: what was spent (NaN if unset)
 * @share: @spent in % of @planned; NaN unless both are set and @planned > 0
 * @ahead: points of % by which @share runs ahead of the progress (a done
 *   action counts 100 %); NaN where @share is
 * @currency: (nullable): the action's currency; owned by the action
 */
typedef struct
{
  double      planned;
  double      spent;
  double      share;
  double      ahead;
  const char *currency;
} TrellisBudgetFacts;

gboolean           trellis_rules_is_due_soon             (TrellisDay                due,
                                                          TrellisDay                day,
                                                          guint                     warn_days);
double             trellis_rules_expected_progress       (TrellisAction            *action,
                                                          TrellisDay                day);
gboolean           trellis_rules_action_is_overdue       (TrellisAction            *action,
                                                          TrellisDay                day);
gboolean           trellis_rules_action_is_behind        (TrellisAction            *action,
                                                          TrellisDay                day,
                                                          const TrellisStatusRules *rules);
TrellisActionState trellis_rules_action_state            (TrellisAction            *action,
                                                          TrellisDay                day,
                                                          const TrellisStatusRules *rules);
TrellisLight       trellis_rules_action_state_light      (TrellisActionState        state);
void               trellis_rules_action_budget           (TrellisAction            *action,
                                                          TrellisBudgetFacts       *facts);
gboolean           trellis_rules_action_is_over_budget   (TrellisAction            *action);
TrellisLight       trellis_rules_action_budget_light     (TrellisAction            *action,
                                                          const TrellisStatusRules *rules);
char              *trellis_rules_describe_overrun        (TrellisAction            *action);
char              *trellis_rules_format_percent          (double                    percent);
gboolean           trellis_rules_milestone_is_missed     (TrellisMilestone         *milestone,
                                                          TrellisDay                day);
int                trellis_rules_milestone_days_late     (TrellisMilestone         *milestone,
                                                          TrellisDay                day);
TrellisTargetState trellis_rules_indicator_target        (TrellisIndicator         *indicator,
                                                          GPtrArray                *measurements,
                                                          TrellisDay                day,
                                                          double                   *value);

gboolean           trellis_rules_service_needs_review    (TrellisService           *service);
char              *trellis_rules_describe_service_review (TrellisService           *service);

G_END_DECLS
