/* trellis-rules.c: the one place where the plan is judged
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every judgement of the plan is made here, for an item and a day (the day
 * to judge: trellis_date_today(), which honours TRELLIS_TODAY, or the day
 * the user picked), so that the status lights, the board report, the
 * timeline's colours, the action table's overdue marks, the plan check and
 * the self-check cannot disagree.  The definitions:
 *
 * - Overdue: an action whose due date is before the day and that is not
 *   done or cancelled.  An action ON HOLD past its due date IS overdue:
 *   holding it does not move its date, and the board must see it.
 * - Cancelled: never judged (not late, not behind, not over budget); what
 *   it spent still counts in the budget sums.
 * - Expected progress: the share of the time from start to due that has
 *   passed on the day, in %.  Behind: progress below it by more than
 *   behind_points.  At risk: behind and due soon.
 * - Due soon: due on the day or within warn_days after it.
 * - Not started: nothing done yet (0 %), and still planned or starting
 *   after the day; such an action is never "on track".
 * - Over budget: spent above planned (spent equal to planned is not),
 *   whatever the progress, done actions included.  Spending that runs
 *   budget_amber_points ahead of progress (done counts 100 %) is amber even
 *   within the budget; budget_red_points ahead is red.  An overrun is at
 *   least amber.
 * - Missed milestone: its date is before the day and it was not reached by
 *   then.  Reached late: reached (on or before the day) after its date, by
 *   so many days.
 * - Target of an indicator: open up to and including its target date; the
 *   day after, met or missed by the last value measured on or before the
 *   day to judge (direction-aware), or unmeasured.
 */

#define G_LOG_DOMAIN "trellis-rules"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-rules.h"

/**
 * trellis_rules_is_due_soon:
 * @due: a due date (%TRELLIS_DAY_NONE: none)
 * @day: the day to judge
 * @warn_days: how many days ahead "soon" reaches
 *
 * Returns: whether @due is @day or at most @warn_days days after it
 */
gboolean
trellis_rules_is_due_soon (TrellisDay due,
                           TrellisDay day,
                           guint      warn_days)
{
  return due != TRELLIS_DAY_NONE && due >= day && due - day <= warn_days;
}

/**
 * trellis_rules_expected_progress:
 * @day: the day to judge
 *
 * Returns: the progress @action should have on @day, in % (0 … 100): the
 *   share of the time from its start to its due date that has passed; 0
 *   before its due date and 100 from it if it has no start (or starts on
 *   or after its due date)
 */
double
trellis_rules_expected_progress (TrellisAction *action,
                                 TrellisDay     day)
{
  TrellisDay start, due;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), 0);

  start = trellis_action_get_start (action);
  due = trellis_action_get_due (action);
  if (due == TRELLIS_DAY_NONE)
    return 0;
  if (start == TRELLIS_DAY_NONE || due <= start)
    return day >= due ? 100 : 0;
  return CLAMP (100.0 * ((double) day - start) / ((double) due - start), 0, 100);
}

/**
 * trellis_rules_action_is_overdue:
 * @day: the day to judge
 *
 * Returns: whether @action was due before @day and is neither done nor
 *   cancelled; an action on hold can be overdue
 */
gboolean
trellis_rules_action_is_overdue (TrellisAction *action,
                                 TrellisDay     day)
{
  TrellisActionStatus status;
  TrellisDay due;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  status = trellis_action_get_status (action);
  if (status == TRELLIS_STATUS_DONE || status == TRELLIS_STATUS_CANCELLED)
    return FALSE;
  due = trellis_action_get_due (action);
  return due != TRELLIS_DAY_NONE && due < day;
}

/**
 * trellis_rules_action_is_behind:
 * @rules: the thresholds (behind_points)
 *
 * Returns: whether @action, open and with a due date, is more than
 *   behind_points below the progress expected on @day
 */
gboolean
trellis_rules_action_is_behind (TrellisAction            *action,
                                TrellisDay                day,
                                const TrellisStatusRules *rules)
{
  TrellisActionStatus status;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  status = trellis_action_get_status (action);
  if (status == TRELLIS_STATUS_DONE || status == TRELLIS_STATUS_CANCELLED ||
      trellis_action_get_due (action) == TRELLIS_DAY_NONE)
    return FALSE;
  return trellis_action_get_progress (action) < trellis_rules_expected_progress (action, day) - rules->behind_points;
}

static gboolean
is_not_started (TrellisAction *action,
                TrellisDay     day)
{
  TrellisDay start = trellis_action_get_start (action);

  return trellis_action_get_progress (action) == 0 &&
         (trellis_action_get_status (action) == TRELLIS_STATUS_PLANNED || (start != TRELLIS_DAY_NONE && start > day));
}

/**
 * trellis_rules_action_state:
 * @day: the day to judge
 * @rules: the thresholds (warn_days, behind_points)
 *
 * Where @action's schedule stands on @day; see #TrellisActionState.  In
 * this order: cancelled, done, overdue, on hold, undated, at risk, behind,
 * not started, on track.
 */
TrellisActionState
trellis_rules_action_state (TrellisAction            *action,
                            TrellisDay                day,
                            const TrellisStatusRules *rules)
{
  TrellisDay due;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), TRELLIS_ACTION_STATE_UNDATED);
  g_return_val_if_fail (rules != NULL, TRELLIS_ACTION_STATE_UNDATED);

  switch (trellis_action_get_status (action))
    {
    case TRELLIS_STATUS_CANCELLED:
      return TRELLIS_ACTION_STATE_CANCELLED;
    case TRELLIS_STATUS_DONE:
      return TRELLIS_ACTION_STATE_DONE;
    default:
      break;
    }
  if (trellis_rules_action_is_overdue (action, day))
    return TRELLIS_ACTION_STATE_OVERDUE;
  if (trellis_action_get_status (action) == TRELLIS_STATUS_ON_HOLD)
    return TRELLIS_ACTION_STATE_ON_HOLD;
  due = trellis_action_get_due (action);
  if (due == TRELLIS_DAY_NONE)
    return TRELLIS_ACTION_STATE_UNDATED;
  if (trellis_rules_action_is_behind (action, day, rules))
    return trellis_rules_is_due_soon (due, day, rules->warn_days) ? TRELLIS_ACTION_STATE_AT_RISK
                                                                   : TRELLIS_ACTION_STATE_BEHIND;
  if (is_not_started (action, day))
    return TRELLIS_ACTION_STATE_NOT_STARTED;
  return TRELLIS_ACTION_STATE_ON_TRACK;
}

/**
 * trellis_rules_action_state_light:
 *
 * Returns: the light of a schedule state alone (the budget and the
 *   action's milestones may make it worse): overdue red; on hold and at
 *   risk amber; cancelled and undated grey; the others green
 */
TrellisLight
trellis_rules_action_state_light (TrellisActionState state)
{
  switch (state)
    {
    case TRELLIS_ACTION_STATE_OVERDUE:
      return TRELLIS_LIGHT_RED;
    case TRELLIS_ACTION_STATE_ON_HOLD:
    case TRELLIS_ACTION_STATE_AT_RISK:
      return TRELLIS_LIGHT_AMBER;
    case TRELLIS_ACTION_STATE_CANCELLED:
    case TRELLIS_ACTION_STATE_UNDATED:
      return TRELLIS_LIGHT_GREY;
    case TRELLIS_ACTION_STATE_DONE:
    case TRELLIS_ACTION_STATE_BEHIND:
    case TRELLIS_ACTION_STATE_NOT_STARTED:
    case TRELLIS_ACTION_STATE_ON_TRACK:
    default:
      return TRELLIS_LIGHT_GREEN;
    }
}

/**
 * trellis_rules_action_budget:
 * @facts: (out caller-allocates): the budget figures of @action
 */
void
trellis_rules_action_budget (TrellisAction      *action,
                             TrellisBudgetFacts *facts)
{
  int progress;

  g_return_if_fail (TRELLIS_IS_ACTION (action));
  g_return_if_fail (facts != NULL);

  facts->planned = trellis_action_get_budget_planned (action);
  facts->spent = trellis_action_get_budget_spent (action);
  facts->currency = trellis_action_get_currency (action);
  if (facts->currency != NULL && facts->currency[0] == '\0')
    facts->currency = NULL;
  facts->share = facts->ahead = NAN;
  if (!trellis_double_is_set (facts->planned) || !trellis_double_is_set (facts->spent) || facts->planned <= 0)
    return;
  progress = trellis_action_get_status (action) == TRELLIS_STATUS_DONE ? 100 : trellis_action_get_progress (action);
  facts->share = 100 * facts->spent / facts->planned;
  facts->ahead = facts->share - progress;
}

/**
 * trellis_rules_action_is_over_budget:
 *
 * Returns: whether @action spent more than it planned (equal is not over),
 *   whatever its progress, done included; never for a cancelled action
 */
gboolean
trellis_rules_action_is_over_budget (TrellisAction *action)
{
  TrellisBudgetFacts facts;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  if (trellis_action_get_status (action) == TRELLIS_STATUS_CANCELLED)
    return FALSE;
  trellis_rules_action_budget (action, &facts);
  return trellis_double_is_set (facts.planned) && trellis_double_is_set (facts.spent) &&
         facts.spent > facts.planned;
}

/**
 * trellis_rules_action_budget_light:
 * @rules: the thresholds (budget_amber_points, budget_red_points)
 *
 * Returns: red when spending runs budget_red_points (of % of the planned
 *   budget) ahead of progress; amber when it runs budget_amber_points
 *   ahead, or when the action is over budget at all; else green (also
 *   without a budget, and for a cancelled action)
 */
TrellisLight
trellis_rules_action_budget_light (TrellisAction            *action,
                                   const TrellisStatusRules *rules)
{
  TrellisBudgetFacts facts;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), TRELLIS_LIGHT_GREEN);
  g_return_val_if_fail (rules != NULL, TRELLIS_LIGHT_GREEN);

  if (trellis_action_get_status (action) == TRELLIS_STATUS_CANCELLED)
    return TRELLIS_LIGHT_GREEN;
  trellis_rules_action_budget (action, &facts);
  if (!isnan (facts.ahead) && facts.ahead >= rules->budget_red_points)
    return TRELLIS_LIGHT_RED;
  if ((!isnan (facts.ahead) && facts.ahead >= rules->budget_amber_points) ||
      trellis_rules_action_is_over_budget (action))
    return TRELLIS_LIGHT_AMBER;
  return TRELLIS_LIGHT_GREEN;
}

/**
 * trellis_rules_describe_overrun:
 *
 * Returns: (transfer full): the budget of @action in words, with its
 *   amounts in its currency: "spent 52 300 EUR of 48 000 EUR planned,
 *   109 %"
 */
char *
trellis_rules_describe_overrun (TrellisAction *action)
{
  TrellisBudgetFacts facts;
  g_autofree char *spent = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *share = NULL;

  g_return_val_if_fail (TRELLIS_IS_ACTION (action), NULL);

  trellis_rules_action_budget (action, &facts);
  spent = trellis_dashboard_format_money (trellis_double_is_set (facts.spent) ? facts.spent : 0, facts.currency);
  planned = trellis_dashboard_format_money (trellis_double_is_set (facts.planned) ? facts.planned : 0,
                                            facts.currency);
  if (isnan (facts.share))
    /* translators: amounts of money, "spent 1 200 EUR of 0 EUR planned" */
    return g_strdup_printf (_("spent %s of %s planned"), spent, planned);
  share = trellis_rules_format_percent (facts.share);
  /* translators: amounts of money, then the share spent: "spent 52 300 EUR of 48 000 EUR planned, 109 %" */
  return g_strdup_printf (_("spent %s of %s planned, %s"), spent, planned, share);
}

/**
 * trellis_rules_format_percent:
 * @percent: a share in per cent (109.4 for 109 %)
 *
 * Words a share for a reason: rounded to a whole number, never "-0 %";
 * beyond ±1,000 % (a tiny budget, a target next to its baseline) or not a
 * number at all, it says so instead of printing hundreds of digits or "inf".
 *
 * Returns: (transfer full): "109 %", "more than 1,000 %", …
 */
char *
trellis_rules_format_percent (double percent)
{
  double rounded = round (percent);

  if (isnan (percent))
    /* translators: a share that cannot be computed */
    return g_strdup (_("an unknown share"));
  if (rounded > 1000)
    return g_strdup (_("more than 1,000 %"));
  if (rounded < -1000)
    return g_strdup (_("less than −1,000 %"));
  return trellis_format_percent (rounded);
}

/**
 * trellis_rules_milestone_is_missed:
 * @day: the day to judge
 *
 * Returns: whether @milestone's date is before @day and it was not reached
 *   on or before @day
 */
gboolean
trellis_rules_milestone_is_missed (TrellisMilestone *milestone,
                                   TrellisDay        day)
{
  TrellisDay date, reached;

  g_return_val_if_fail (TRELLIS_IS_MILESTONE (milestone), FALSE);

  date = trellis_milestone_get_date (milestone);
  reached = trellis_milestone_get_reached (milestone);
  if (reached != TRELLIS_DAY_NONE && reached <= day)
    return FALSE;
  return date != TRELLIS_DAY_NONE && date < day;
}

/**
 * trellis_rules_milestone_days_late:
 * @day: the day to judge
 *
 * Returns: by how many days @milestone, reached on or before @day, was
 *   reached after its date; 0 if it was reached in time, is not reached
 *   yet or has no date
 */
int
trellis_rules_milestone_days_late (TrellisMilestone *milestone,
                                   TrellisDay        day)
{
  TrellisDay date, reached;

  g_return_val_if_fail (TRELLIS_IS_MILESTONE (milestone), 0);

  date = trellis_milestone_get_date (milestone);
  reached = trellis_milestone_get_reached (milestone);
  if (date == TRELLIS_DAY_NONE || reached == TRELLIS_DAY_NONE || reached > day || reached <= date)
    return 0;
  return (int) (reached - date);
}

/**
 * trellis_rules_indicator_target:
 * @measurements: (element-type TrellisMeasurement) (nullable): the
 *   indicator's measurements, oldest first
 * @day: the day to judge
 * @value: (out) (optional): the last value measured on or before @day,
 *   NaN if none
 *
 * Whether @indicator met its target: open up to and including its target
 * date, then met or missed by the last value measured on or before @day
 * (lower-is-better indicators count the other way).
 */
TrellisTargetState
trellis_rules_indicator_target (TrellisIndicator *indicator,
                                GPtrArray        *measurements,
                                TrellisDay        day,
                                double           *value)
{
  char date[TRELLIS_DATE_BUF_SIZE];
  TrellisItem *measurement;
  double target, measured;
  TrellisDay due;

  g_return_val_if_fail (TRELLIS_IS_INDICATOR (indicator), TRELLIS_TARGET_UNSET);

  trellis_date_format_into (day, date);
  measurement = trellis_measurement_find_on (measurements, date);
  measured = measurement != NULL ? trellis_measurement_get_value (TRELLIS_MEASUREMENT (measurement)) : NAN;
  if (value != NULL)
    *value = measured;

  target = trellis_indicator_get_target (indicator);
  due = trellis_indicator_get_target_date (indicator);
  if (!trellis_double_is_set (target) || due == TRELLIS_DAY_NONE)
    return TRELLIS_TARGET_UNSET;
  if (day <= due)
    return TRELLIS_TARGET_OPEN;
  if (!trellis_double_is_set (measured))
    return TRELLIS_TARGET_UNMEASURED;
  if (trellis_indicator_get_direction (indicator) == TRELLIS_DIRECTION_LOWER ? measured <= target
                                                                           : measured >= target)
    return TRELLIS_TARGET_MET;
  return TRELLIS_TARGET_MISSED;
}

/* Services.  A service of the portfolio needs review when it takes a high
 * effort and members rate it low: the organisation spends most where it
 * is valued least.  The funding only changes what the reason suggests. */

/**
 * trellis_rules_service_needs_review:
 * @service: a service of the portfolio
 *
 * Returns: whether @service takes a high effort while members appreciate
 *   it little
 */
gboolean
trellis_rules_service_needs_review (TrellisService *service)
{
  g_return_val_if_fail (TRELLIS_IS_SERVICE (service), FALSE);

  return trellis_service_get_effort (service) == TRELLIS_LEVEL_HIGH &&
         trellis_service_get_appreciation (service) == TRELLIS_LEVEL_LOW;
}

/**
 * trellis_rules_describe_service_review:
 * @service: a service of the portfolio
 *
 * Returns: (transfer full) (nullable): why @service needs review, in
 *   words, or %NULL when trellis_rules_service_needs_review() says it does
 *   not
 */
char *
trellis_rules_describe_service_review (TrellisService *service)
{
  const char *advice;

  g_return_val_if_fail (TRELLIS_IS_SERVICE (service), NULL);

  if (!trellis_rules_service_needs_review (service))
    return NULL;

  switch (trellis_service_get_funding (service))
    {
    case TRELLIS_FUNDING_FEE_BASED:
      advice = _("few members will keep paying for it: improve it or stop it");
      break;
    case TRELLIS_FUNDING_MEMBERSHIP:
      advice = _("the membership fees pay for it: improve it or spend them elsewhere");
      break;
    case TRELLIS_FUNDING_FREE:
      advice = _("it is offered free: improve it, charge for it or stop it");
      break;
    case TRELLIS_FUNDING_TO_REVIEW:
    default:
      advice = _("decide how it is funded, or whether to keep it");
      break;
    }
  /* translators: %s is advice such as “it is offered free: improve it, charge for it or stop it” */
  return g_strdup_printf (_("High effort, but members rate it low; %s"), advice);
}
