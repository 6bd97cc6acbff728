/* trellis-status.c: the traffic light of every part of the plan, with its reason
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A light that cannot say why it is red is useless: every status comes with
 * its reason in words, and is computed for a day ("as of"), so the board can
 * see the plan on any past or future date.  The rules, with the defaults of
 * trellis_status_rules_init():
 *
 * Every judgement (late, behind, over budget, missed, reached late) is made
 * in trellis-rules.c; this file turns them into lights and words.  With the
 * defaults of trellis_status_rules_init():
 *
 * Milestones: reached (on or before the day) is green, and says how late if
 * it was; past its date and not reached is red; due within warn_days (14)
 * is amber; later is green; without a date, grey.
 *
 * Actions: cancelled is grey, done green; past due and not done red, on
 * hold included; on hold amber; without a due date grey.  The progress
 * expected on a day is the share of the time from start to due that has
 * passed; due within warn_days and behind it by more than behind_points
 * (10) is amber.  An action not started yet is green and says when it
 * starts, never "on track".  Budget: spent above planned is amber whatever
 * the progress (done too), and so is spending budget_amber_points (20)
 * ahead of progress; budget_red_points (40) ahead is red.  The worse of
 * schedule and budget counts.
 *
 * Indicators: up to and including the target date, the progress from
 * baseline to target, with the last value measured on or before the day,
 * against the share of the time from baseline date to target date that has
 * passed: at or ahead is green, behind amber, below indicator_red_share
 * (0.5) of it red; without the data, grey.  After the target date: met
 * green, missed red.
 */

#define G_LOG_DOMAIN "trellis-status"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-locale-format.h"
#include "trellis-status.h"
#include "trellis-rules.h"

/**
 * trellis_status_rules_init:
 * @rules: (out caller-allocates): the thresholds to fill
 *
 * Sets the default thresholds: warn 14 days ahead, 10 points behind, a
 * budget 20 points ahead of progress amber and 40 red, an indicator under
 * half of its expected way red, a project red from a third of red parts.
 */
void
trellis_status_rules_init (TrellisStatusRules *rules)
{
  rules->warn_days = TRELLIS_STATUS_DEFAULT_WARN_DAYS;
  rules->behind_points = 10;
  rules->budget_amber_points = 20;
  rules->budget_red_points = 40;
  rules->indicator_red_share = 0.5;
  rules->project_red_share = 1.0 / 3;
}

/**
 * trellis_status_clear:
 *
 * Frees @status's reason and sets its light back to grey; the struct
 * itself belongs to the caller.
 */
void
trellis_status_clear (TrellisStatus *status)
{
  g_clear_pointer (&status->reason, g_free);
  status->light = TRELLIS_LIGHT_GREY;
}

static void
set_status (TrellisStatus *status,
            TrellisLight   light,
            char          *reason)
{
  g_free (status->reason);
  status->light = light;
  status->reason = reason;
}

/* The reason, unless the caller asked for the light only: the arguments
 * (titles and all) are not even evaluated then. */
#define REASON(...) (status->light_only ? NULL : g_strdup_printf (__VA_ARGS__))

/* The day to judge, parsed once per thread while it stays the same: a
 * report judges thousands of items on one day. */
static guint32
parse_as_of (const char *as_of)
{
  static _Thread_local char last[11];
  static _Thread_local guint32 last_day;

  if (as_of == NULL)
    return 0;
  if (last_day == 0 || strncmp (as_of, last, sizeof last) != 0)
    {
      last_day = trellis_date_parse (as_of);
      g_strlcpy (last, last_day != 0 ? as_of : "", sizeof last);
    }
  return last_day;
}

static char *
milestone_reason (TrellisItem *milestone,
                  guint32      day,
                  guint        warn_days,
                  TrellisLight light)
{
  g_autofree char *title = trellis_item_dup_label (milestone);
  guint32 due = trellis_milestone_get_date (TRELLIS_MILESTONE (milestone));
  guint32 reached_day = trellis_milestone_get_reached (TRELLIS_MILESTONE (milestone));
  char date[TRELLIS_DISPLAY_DATE_SIZE], reached[TRELLIS_DISPLAY_DATE_SIZE];
  int late = trellis_rules_milestone_days_late (TRELLIS_MILESTONE (milestone), day);

  trellis_format_date_into (due, date);
  trellis_format_date_into (reached_day, reached);
  /* translators: in all these reasons %s are titles and dates (YYYY-MM-DD) */
  if (late > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Milestone “%s” was reached on %s, %d day late",
                                         "Milestone “%s” was reached on %s, %d days late", late),
                            title, reached, late);
  if (light == TRELLIS_LIGHT_GREEN && reached_day != 0 && reached_day <= day)
    return g_strdup_printf (_("Milestone “%s” was reached on %s"), title, reached);
  if (due == 0)
    return g_strdup_printf (_("Milestone “%s” has no date"), title);
  if (due < day)
    return g_strdup_printf (_("Milestone “%s” was due on %s and is not reached"), title, date);
  if (due == day)
    return g_strdup_printf (_("Milestone “%s” is due today, %s, and not reached yet"), title, date);
  if (trellis_rules_is_due_soon (due, day, warn_days))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Milestone “%s” is due on %s, in %u day, and not reached yet",
                                         "Milestone “%s” is due on %s, in %u days, and not reached yet",
                                         due - day),
                            title, date, due - day);
  return g_strdup_printf (_("Milestone “%s” is due on %s"), title, date);
}

/**
 * trellis_status_of_milestone:
 * @as_of: the day to judge (YYYY-MM-DD)
 * @status: (out caller-allocates): the light and its reason
 *
 * Reached on or before the day: green (a reason says how late, if it was);
 * missed (its date passed, not reached): red; due within warn_days: amber;
 * later: green; without a date: grey.  The judgements are trellis-rules.c's.
 */
void
trellis_status_of_milestone (TrellisProject           *project,
                             TrellisItem              *milestone,
                             const char               *as_of,
                             const TrellisStatusRules *rules,
                             TrellisStatus            *status)
{
  guint32 day = parse_as_of (as_of);
  guint32 due = trellis_milestone_get_date (TRELLIS_MILESTONE (milestone));
  guint32 reached = trellis_milestone_get_reached (TRELLIS_MILESTONE (milestone));
  TrellisLight light;

  g_return_if_fail (day != 0);

  if (reached != 0 && reached <= day)
    light = TRELLIS_LIGHT_GREEN;
  else if (due == 0)
    light = TRELLIS_LIGHT_GREY;
  else if (trellis_rules_milestone_is_missed (TRELLIS_MILESTONE (milestone), day))
    light = TRELLIS_LIGHT_RED;
  else if (trellis_rules_is_due_soon (due, day, rules->warn_days))
    light = TRELLIS_LIGHT_AMBER;
  else
    light = TRELLIS_LIGHT_GREEN;
  set_status (status, light,
              status->light_only ? NULL : milestone_reason (milestone, day, rules->warn_days, light));
}

/* The budget: amber or red by trellis_rules_action_budget_light(), with
 * the amounts in the reason. */
static void
check_budget (TrellisItem              *action,
              const char               *title,
              const TrellisStatusRules *rules,
              TrellisStatus            *status)
{
  TrellisLight light = trellis_rules_action_budget_light (TRELLIS_ACTION (action), rules);
  TrellisBudgetFacts facts;
  g_autofree char *share = NULL;
  g_autofree char *progress = NULL;

  if (light <= status->light || light <= TRELLIS_LIGHT_GREEN)
    return;
  if (status->light_only)
    {
      set_status (status, light, NULL);
      return;
    }
  if (trellis_rules_action_is_over_budget (TRELLIS_ACTION (action)))
    {
      g_autofree char *amounts = trellis_rules_describe_overrun (TRELLIS_ACTION (action));

      /* translators: the first %s is an action's title, the second its amounts, "spent 52 300 EUR of …" */
      set_status (status, light, g_strdup_printf (_("Action “%s” is over budget: %s"), title, amounts));
      return;
    }
  trellis_rules_action_budget (TRELLIS_ACTION (action), &facts);
  share = trellis_rules_format_percent (facts.share);
  progress = trellis_rules_format_percent (facts.share - facts.ahead);
  /* translators: an action's title, then two shares: "… has spent 40 % of its budget at 35 % progress" */
  set_status (status, light, g_strdup_printf (_("Action “%s” has spent %s of its budget at %s progress"),
                                              title, share, progress));
}

static char *
not_started_reason (TrellisItem *action,
                    const char  *title,
                    guint32      day)
{
  guint32 start_day = trellis_action_get_start (TRELLIS_ACTION (action));
  char start[TRELLIS_DISPLAY_DATE_SIZE], due[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (start_day, start);
  trellis_format_date_into (trellis_action_get_due (TRELLIS_ACTION (action)), due);

  if (start_day > day)
    return g_strdup_printf (_("Action “%s” has not started yet; it starts on %s"), title, start);
  if (start_day != 0)
    return g_strdup_printf (_("Action “%s” has not started yet; it was to start on %s"), title, start);
  return g_strdup_printf (_("Action “%s” has not started yet; it is due on %s"), title, due);
}

/* The reason of an action's schedule, by its state. */
static char *
action_reason (TrellisItem              *action,
               TrellisActionState        state,
               guint32                   day,
               const TrellisStatusRules *rules)
{
  g_autofree char *title = trellis_item_dup_label (action);
  int progress = trellis_action_get_progress (TRELLIS_ACTION (action));
  char due[TRELLIS_DISPLAY_DATE_SIZE];
  double expected = trellis_rules_expected_progress (TRELLIS_ACTION (action), day);
  g_autofree char *from = NULL;

  trellis_format_date_into (trellis_action_get_due (TRELLIS_ACTION (action)), due);
  switch (state)
    {
    case TRELLIS_ACTION_STATE_CANCELLED:
      return g_strdup_printf (_("Action “%s” was cancelled"), title);
    case TRELLIS_ACTION_STATE_DONE:
      return g_strdup_printf (_("Action “%s” is done"), title);
    case TRELLIS_ACTION_STATE_UNDATED:
      return g_strdup_printf (_("Action “%s” has no due date"), title);
    case TRELLIS_ACTION_STATE_ON_HOLD:
      return g_strdup_printf (_("Action “%s” is on hold"), title);
    case TRELLIS_ACTION_STATE_OVERDUE:
      if (trellis_action_get_status (TRELLIS_ACTION (action)) == TRELLIS_STATUS_ON_HOLD)
        return g_strdup_printf (_("Action “%s” is on hold and was due on %s (%d %% done)"), title, due, progress);
      return g_strdup_printf (_("Action “%s” was due on %s and is not done (%d %%)"), title, due, progress);
    case TRELLIS_ACTION_STATE_AT_RISK:
      return g_strdup_printf (_("Action “%s” is due on %s at %d %% done, where %.0f %% was expected"),
                              title, due, progress, expected);
    case TRELLIS_ACTION_STATE_BEHIND:
      /* Behind, but not yet near its due date: green, and says so. */
      from = trellis_format_date (trellis_action_get_due (TRELLIS_ACTION (action)) - rules->warn_days);
      return g_strdup_printf (_("Action “%s” is behind, %d %% done where %.0f %% was expected by now; it turns "
                                "amber from %s if it is still behind"), title, progress, expected, from);
    case TRELLIS_ACTION_STATE_NOT_STARTED:
      return not_started_reason (action, title, day);
    case TRELLIS_ACTION_STATE_ON_TRACK:
    default:
      return g_strdup_printf (_("Action “%s” is on track: %d %% done, %.0f %% expected by now"),
                              title, progress, expected);
    }
}

/**
 * trellis_status_of_action:
 * @as_of: the day to judge (YYYY-MM-DD)
 * @status: (out caller-allocates): the light and its reason
 *
 * The light of trellis_rules_action_state(), made worse by the budget
 * (trellis_rules_action_budget_light()).
 */
void
trellis_status_of_action (TrellisProject           *project,
                          TrellisItem              *action,
                          const char               *as_of,
                          const TrellisStatusRules *rules,
                          TrellisStatus            *status)
{
  guint32 day = parse_as_of (as_of);
  g_autofree char *title = NULL;
  TrellisActionState state;

  g_return_if_fail (day != 0);

  state = trellis_rules_action_state (TRELLIS_ACTION (action), day, rules);
  set_status (status, trellis_rules_action_state_light (state),
              status->light_only ? NULL : action_reason (action, state, day, rules));
  if (!status->light_only)
    title = trellis_item_dup_label (action);
  check_budget (action, title, rules, status);
}

/**
 * trellis_status_of_indicator:
 * @as_of: the day to judge (YYYY-MM-DD)
 * @status: (out caller-allocates): the light and its reason
 */
void
trellis_status_of_indicator (TrellisProject           *project,
                             TrellisItem              *indicator,
                             const char               *as_of,
                             const TrellisStatusRules *rules,
                             TrellisStatus            *status)
{
  g_autoptr(GPtrArray) measurements = trellis_indicator_list_measurements (project, TRELLIS_INDICATOR (indicator));

  trellis_status_of_indicator_measured (indicator, measurements, as_of, rules, status);
}

/* "Indicator “Visitors”: its target of 40 by 2026-06-30 was missed: 31 reached" */
static char *
target_reason (TrellisItem *indicator,
               const char  *name,
               double       value,
               gboolean     met)
{
  g_autofree char *target = trellis_indicator_format_value (trellis_indicator_get_target (TRELLIS_INDICATOR (indicator)));
  g_autofree char *reached = trellis_indicator_format_value (value);
  char date[TRELLIS_DISPLAY_DATE_SIZE];

  trellis_format_date_into (trellis_indicator_get_target_date (TRELLIS_INDICATOR (indicator)), date);

  if (met)
    /* translators: an indicator's name, its target value and date, the value measured */
    return g_strdup_printf (_("Indicator “%s”: its target of %s by %s was met: %s reached"),
                            name, target, date, reached);
  /* translators: an indicator's name, its target value and date, the value measured */
  return g_strdup_printf (_("Indicator “%s”: its target of %s by %s was missed: %s reached"),
                          name, target, date, reached);
}

/* What an indicator lacks to be judged: say what is missing. */
static char *
missing_reason (TrellisItem *indicator,
                const char  *name,
                const char  *as_of)
{
  double baseline = trellis_indicator_get_baseline (TRELLIS_INDICATOR (indicator));
  double target = trellis_indicator_get_target (TRELLIS_INDICATOR (indicator));
  g_autofree char *shown = NULL;

  if (!trellis_double_is_set (baseline))
    return g_strdup_printf (_("Indicator “%s” has no baseline yet"), name);
  if (!trellis_double_is_set (target))
    return g_strdup_printf (_("Indicator “%s” has no target yet"), name);
  if (target == baseline)
    return g_strdup_printf (_("Indicator “%s” has a target equal to its baseline"), name);
  shown = trellis_format_date (trellis_date_parse (as_of));
  return g_strdup_printf (_("Indicator “%s” has no measurement by %s yet"), name, shown != NULL ? shown : as_of);
}

/**
 * trellis_status_of_indicator_measured:
 * @measurements: (element-type TrellisMeasurement) (nullable): the
 *   indicator's measurements, oldest first
 *
 * trellis_status_of_indicator() for a caller that has the measurements.
 */
void
trellis_status_of_indicator_measured (TrellisItem              *indicator,
                                      GPtrArray                *measurements,
                                      const char               *as_of,
                                      const TrellisStatusRules *rules,
                                      TrellisStatus            *status)
{
  g_autofree char *name = status->light_only ? NULL : trellis_item_dup_label (indicator);
  /* What was known on the day: the last value measured by then. */
  double progress = trellis_indicator_progress_of (TRELLIS_INDICATOR (indicator), measurements, as_of);
  guint32 day = parse_as_of (as_of);
  guint32 from = trellis_indicator_get_baseline_date (TRELLIS_INDICATOR (indicator));
  guint32 to = trellis_indicator_get_target_date (TRELLIS_INDICATOR (indicator));
  double expected, value;
  g_autofree char *way = NULL;
  g_autofree char *elapsed = NULL;

  g_return_if_fail (day != 0);

  /* After its target date, the only question is met or missed. */
  switch (trellis_rules_indicator_target (TRELLIS_INDICATOR (indicator), measurements, day, &value))
    {
    case TRELLIS_TARGET_MET:
      set_status (status, TRELLIS_LIGHT_GREEN, status->light_only ? NULL
                  : target_reason (indicator, name, value, TRUE));
      return;
    case TRELLIS_TARGET_MISSED:
      set_status (status, TRELLIS_LIGHT_RED, status->light_only ? NULL
                  : target_reason (indicator, name, value, FALSE));
      return;
    default:
      break;
    }

  if (isnan (progress))
    {
      set_status (status, TRELLIS_LIGHT_GREY, status->light_only ? NULL : missing_reason (indicator, name, as_of));
      return;
    }
  if (from == 0 || to <= from)
    {
      set_status (status, TRELLIS_LIGHT_GREY,
                  REASON (_("Indicator “%s” needs the dates of its baseline and target"), name));
      return;
    }

  expected = CLAMP (((double) day - from) / ((double) to - from), 0, 1);
  if (!status->light_only)
    {
      way = trellis_rules_format_percent (100 * progress);
      elapsed = trellis_rules_format_percent (100 * expected);
    }
  if (progress >= expected)
    set_status (status, TRELLIS_LIGHT_GREEN,
                REASON (_("Indicator “%s” is %s of the way to its target, "
                          "with %s of the time passed"), name, way, elapsed));
  else
    set_status (status, progress >= expected * rules->indicator_red_share ? TRELLIS_LIGHT_AMBER
                                                                         : TRELLIS_LIGHT_RED,
                REASON (_("Indicator “%s” is only %s of the way to its target, "
                          "with %s of the time passed"), name, way, elapsed));
}
