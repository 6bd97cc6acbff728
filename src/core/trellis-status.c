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
 * Milestones: reached (on or before the day) is green; past its date and not
 * reached is red; due within warn_days (14) is amber; later is green; without
 * a date, grey.
 *
 * Actions: cancelled is grey, done green, on hold amber; without a due date,
 * grey; past due and not done, red.  The progress expected on a day is the
 * share of the time from start to due that has passed; due within warn_days
 * and behind it by more than behind_points (10) is amber.  Budget spent ahead
 * of progress by budget_amber_points (20) is amber, by budget_red_points (40)
 * red.  The worst of these counts.
 *
 * Indicators: the progress from baseline to target, with the last value
 * measured on or before the day, against the share of the time from baseline date to target
 * date that has passed: at or ahead is green, behind amber, below
 * indicator_red_share (0.5) of it red; without the data, grey.
 */

#define G_LOG_DOMAIN "trellis-status"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-status.h"

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

/* The worse of the two lights wins; grey (no data) is the least. */
static void
take_worse (TrellisStatus *status,
            TrellisLight   light,
            char          *reason)
{
  if (light > status->light)
    set_status (status, light, reason);
  else
    g_free (reason);
}

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

static guint32
parse_day (TrellisItem *item,
           const char  *property)
{
  return trellis_date_parse (trellis_item_get_string (item, property));
}

/**
 * trellis_status_of_milestone:
 * @as_of: the day to judge (YYYY-MM-DD)
 * @status: (out caller-allocates): the light and its reason
 */
void
trellis_status_of_milestone (TrellisProject           *project,
                             TrellisItem              *milestone,
                             const char               *as_of,
                             const TrellisStatusRules *rules,
                             TrellisStatus            *status)
{
  g_autofree char *title = status->light_only ? NULL : trellis_item_dup_label (milestone);
  const char *date = trellis_item_get_string (milestone, "date");
  const char *reached = trellis_item_get_string (milestone, "reached");
  guint32 day = parse_as_of (as_of);
  guint32 due = trellis_date_parse (date);
  guint32 reached_day = trellis_date_parse (reached);

  g_return_if_fail (day != 0);

  /* translators: in all these reasons %s are titles and dates (YYYY-MM-DD) */
  if (reached_day != 0 && reached_day <= day)
    set_status (status, TRELLIS_LIGHT_GREEN,
                REASON (_("Milestone “%s” was reached on %s"), title, reached));
  else if (due == 0)
    set_status (status, TRELLIS_LIGHT_GREY, REASON (_("Milestone “%s” has no date"), title));
  else if (due < day)
    set_status (status, TRELLIS_LIGHT_RED,
                REASON (_("Milestone “%s” was due on %s and is not reached"), title, date));
  else if (due == day)
    set_status (status, TRELLIS_LIGHT_AMBER,
                REASON (_("Milestone “%s” is due today, %s, and not reached yet"), title, date));
  else if (due - day <= rules->warn_days)
    set_status (status, TRELLIS_LIGHT_AMBER,
                REASON (g_dngettext (GETTEXT_PACKAGE,
                                              "Milestone “%s” is due on %s, in %u day, and not reached yet",
                                              "Milestone “%s” is due on %s, in %u days, and not reached yet",
                                              due - day),
                                 title, date, due - day));
  else
    set_status (status, TRELLIS_LIGHT_GREEN, REASON (_("Milestone “%s” is due on %s"), title, date));
}

/* The share of the action's time that has passed on @day, in % (0 … 100). */
static double
expected_progress (guint32 start,
                   guint32 due,
                   guint32 day)
{
  if (start == 0 || due <= start)
    return day >= due ? 100 : 0;
  return CLAMP (100.0 * ((double) day - start) / ((double) due - start), 0, 100);
}

static void
check_budget (TrellisItem              *action,
              const char               *title,
              int                       progress,
              const TrellisStatusRules *rules,
              TrellisStatus            *status)
{
  double planned = trellis_item_get_double (action, "budget-planned");
  double spent = trellis_item_get_double (action, "budget-spent");
  double spent_share, ahead;

  if (!trellis_double_is_set (planned) || !trellis_double_is_set (spent) || planned <= 0)
    return;

  spent_share = 100 * spent / planned;
  ahead = spent_share - progress;
  if (ahead >= rules->budget_amber_points)
    take_worse (status, ahead >= rules->budget_red_points ? TRELLIS_LIGHT_RED : TRELLIS_LIGHT_AMBER,
                REASON (_("Action “%s” has spent %.0f %% of its budget at %d %% progress"),
                                 title, spent_share, progress));
}

/**
 * trellis_status_of_action:
 * @as_of: the day to judge (YYYY-MM-DD)
 * @status: (out caller-allocates): the light and its reason
 */
void
trellis_status_of_action (TrellisProject           *project,
                          TrellisItem              *action,
                          const char               *as_of,
                          const TrellisStatusRules *rules,
                          TrellisStatus            *status)
{
  g_autofree char *title = status->light_only ? NULL : trellis_item_dup_label (action);
  const char *due_text = trellis_item_get_string (action, "due");
  int progress = trellis_item_get_int (action, "progress");
  guint32 day = parse_as_of (as_of);
  guint32 start = parse_day (action, "start");
  guint32 due = trellis_date_parse (due_text);
  double expected;

  g_return_if_fail (day != 0);

  switch (trellis_item_get_enum (action, "status"))
    {
    case TRELLIS_STATUS_CANCELLED:
      set_status (status, TRELLIS_LIGHT_GREY, REASON (_("Action “%s” was cancelled"), title));
      return;
    case TRELLIS_STATUS_DONE:
      set_status (status, TRELLIS_LIGHT_GREEN, REASON (_("Action “%s” is done"), title));
      return;
    case TRELLIS_STATUS_ON_HOLD:
      set_status (status, TRELLIS_LIGHT_AMBER, REASON (_("Action “%s” is on hold"), title));
      check_budget (action, title, progress, rules, status);
      return;
    default:
      break;
    }

  if (due == 0)
    {
      set_status (status, TRELLIS_LIGHT_GREY, REASON (_("Action “%s” has no due date"), title));
      return;
    }
  if (due < day)
    {
      set_status (status, TRELLIS_LIGHT_RED,
                  REASON (_("Action “%s” was due on %s and is not done (%d %%)"),
                                   title, due_text, progress));
      return;
    }

  expected = expected_progress (start, due, day);
  if (due - day <= rules->warn_days && progress < expected - rules->behind_points)
    set_status (status, TRELLIS_LIGHT_AMBER,
                REASON (_("Action “%s” is due on %s at %d %% done, where %.0f %% was expected"),
                                 title, due_text, progress, expected));
  else if (progress < expected - rules->behind_points)
    {
      g_autofree char *from = status->light_only ? NULL : trellis_date_format (due - rules->warn_days);

      /* Behind, but not yet near its due date: green, and says so. */
      set_status (status, TRELLIS_LIGHT_GREEN,
                  REASON (_("Action “%s” is behind, %d %% done where %.0f %% was expected by now; it turns "
                            "amber from %s if it is still behind"), title, progress, expected, from));
    }
  else
    set_status (status, TRELLIS_LIGHT_GREEN,
                REASON (_("Action “%s” is on track: %d %% done, %.0f %% expected by now"),
                                 title, progress, expected));
  check_budget (action, title, progress, rules, status);
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
  guint32 from = parse_day (indicator, "baseline-date");
  guint32 to = parse_day (indicator, "target-date");
  double expected;

  g_return_if_fail (day != 0);

  if (isnan (progress))
    {
      /* Say what is missing. */
      if (!trellis_double_is_set (trellis_item_get_double (indicator, "baseline")))
        set_status (status, TRELLIS_LIGHT_GREY, REASON (_("Indicator “%s” has no baseline yet"), name));
      else if (!trellis_double_is_set (trellis_item_get_double (indicator, "target")))
        set_status (status, TRELLIS_LIGHT_GREY, REASON (_("Indicator “%s” has no target yet"), name));
      else if (trellis_item_get_double (indicator, "target") == trellis_item_get_double (indicator, "baseline"))
        set_status (status, TRELLIS_LIGHT_GREY,
                    REASON (_("Indicator “%s” has a target equal to its baseline"), name));
      else
        set_status (status, TRELLIS_LIGHT_GREY,
                    REASON (_("Indicator “%s” has no measurement by %s yet"), name, as_of));
      return;
    }
  if (from == 0 || to <= from)
    {
      set_status (status, TRELLIS_LIGHT_GREY,
                  REASON (_("Indicator “%s” needs the dates of its baseline and target"), name));
      return;
    }

  expected = CLAMP (((double) day - from) / ((double) to - from), 0, 1);
  if (progress >= expected)
    set_status (status, TRELLIS_LIGHT_GREEN,
                REASON (_("Indicator “%s” is %.0f %% of the way to its target, "
                                   "with %.0f %% of the time passed"), name, 100 * progress, 100 * expected));
  else
    set_status (status, progress >= expected * rules->indicator_red_share ? TRELLIS_LIGHT_AMBER
                                                                         : TRELLIS_LIGHT_RED,
                REASON (_("Indicator “%s” is only %.0f %% of the way to its target, "
                                   "with %.0f %% of the time passed"), name, 100 * progress, 100 * expected));
}
