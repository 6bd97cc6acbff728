/* test-rules.c: every judgement at its boundaries, and all its callers agreeing, paths /core/rules/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "trellis.h"

static TrellisStatusRules rules;

static TrellisDay
day (const char *text)
{
  TrellisDay parsed = trellis_date_parse (text);

  g_assert_cmpuint (parsed, !=, TRELLIS_DAY_NONE);
  return parsed;
}

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

static TrellisAction *
add_action (TrellisProject      *project,
            const char          *title,
            const char          *start,
            const char          *due,
            TrellisActionStatus  status,
            int                  progress)
{
  TrellisAction *action = add (project, trellis_action_new (title));

  trellis_action_set_start (action, start != NULL ? day (start) : TRELLIS_DAY_NONE);
  trellis_action_set_due (action, due != NULL ? day (due) : TRELLIS_DAY_NONE);
  trellis_action_set_status (action, status);
  trellis_action_set_progress (action, progress);
  return action;
}

static void
test_overdue (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisAction *fair = add_action (project, "Fair", "2026-03-01", "2026-04-30", TRELLIS_STATUS_IN_PROGRESS, 50);
  TrellisAction *undated = add_action (project, "Undated", NULL, NULL, TRELLIS_STATUS_PLANNED, 0);

  /* The day before and on the due date it is not late; the day after it is. */
  g_assert_false (trellis_rules_action_is_overdue (fair, day ("2026-04-29")));
  g_assert_false (trellis_rules_action_is_overdue (fair, day ("2026-04-30")));
  g_assert_true (trellis_rules_action_is_overdue (fair, day ("2026-05-01")));
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2026-05-01"), &rules), ==, TRELLIS_ACTION_STATE_OVERDUE);

  /* On hold does not move the due date. */
  trellis_action_set_status (fair, TRELLIS_STATUS_ON_HOLD);
  g_assert_true (trellis_rules_action_is_overdue (fair, day ("2026-05-01")));
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2026-05-01"), &rules), ==, TRELLIS_ACTION_STATE_OVERDUE);
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2026-04-30"), &rules), ==, TRELLIS_ACTION_STATE_ON_HOLD);
  g_assert_cmpint (trellis_rules_action_state_light (TRELLIS_ACTION_STATE_ON_HOLD), ==, TRELLIS_LIGHT_AMBER);
  g_assert_cmpint (trellis_rules_action_state_light (TRELLIS_ACTION_STATE_OVERDUE), ==, TRELLIS_LIGHT_RED);

  /* Done and cancelled are never late; nor is an action without a due date. */
  trellis_action_set_status (fair, TRELLIS_STATUS_DONE);
  g_assert_false (trellis_rules_action_is_overdue (fair, day ("2027-01-01")));
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2027-01-01"), &rules), ==, TRELLIS_ACTION_STATE_DONE);
  trellis_action_set_status (fair, TRELLIS_STATUS_CANCELLED);
  g_assert_false (trellis_rules_action_is_overdue (fair, day ("2027-01-01")));
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2027-01-01"), &rules), ==, TRELLIS_ACTION_STATE_CANCELLED);
  g_assert_false (trellis_rules_action_is_overdue (undated, day ("2027-01-01")));
  g_assert_cmpint (trellis_rules_action_state (undated, day ("2027-01-01"), &rules), ==, TRELLIS_ACTION_STATE_UNDATED);
}

static void
test_behind (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  /* 100 days, from 2026-01-01 to 2026-04-11. */
  TrellisAction *fair = add_action (project, "Fair", "2026-01-01", "2026-04-11", TRELLIS_STATUS_IN_PROGRESS, 20);

  g_assert_cmpfloat_with_epsilon (trellis_rules_expected_progress (fair, day ("2026-02-20")), 50, 1e-9);
  g_assert_cmpfloat (trellis_rules_expected_progress (fair, day ("2025-12-01")), ==, 0);
  g_assert_cmpfloat (trellis_rules_expected_progress (fair, day ("2026-05-01")), ==, 100);

  /* Behind, not due soon; due soon from warn_days (14) before the due date. */
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2026-03-27"), &rules), ==, TRELLIS_ACTION_STATE_BEHIND);
  g_assert_cmpint (trellis_rules_action_state (fair, day ("2026-03-28"), &rules), ==, TRELLIS_ACTION_STATE_AT_RISK);
  g_assert_false (trellis_rules_is_due_soon (day ("2026-04-11"), day ("2026-03-27"), rules.warn_days));
  g_assert_true (trellis_rules_is_due_soon (day ("2026-04-11"), day ("2026-03-28"), rules.warn_days));
  g_assert_true (trellis_rules_is_due_soon (day ("2026-04-11"), day ("2026-04-11"), rules.warn_days));
  g_assert_false (trellis_rules_is_due_soon (day ("2026-04-11"), day ("2026-04-12"), rules.warn_days));

  /* Exactly behind_points (10) behind is not behind; one more is. */
  trellis_action_set_progress (fair, 40);
  g_assert_false (trellis_rules_action_is_behind (fair, day ("2026-02-20"), &rules));
  trellis_action_set_progress (fair, 39);
  g_assert_true (trellis_rules_action_is_behind (fair, day ("2026-02-20"), &rules));
}

static void
test_not_started (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisAction *study = add_action (project, "Study", "2026-03-01", "2026-06-30", TRELLIS_STATUS_PLANNED, 0);

  g_assert_cmpint (trellis_rules_action_state (study, day ("2026-02-28"), &rules), ==,
                   TRELLIS_ACTION_STATE_NOT_STARTED);
  g_assert_cmpint (trellis_rules_action_state (study, day ("2026-03-01"), &rules), ==,
                   TRELLIS_ACTION_STATE_NOT_STARTED);
  /* In progress at 0 % before its start has not started either … */
  trellis_action_set_status (study, TRELLIS_STATUS_IN_PROGRESS);
  g_assert_cmpint (trellis_rules_action_state (study, day ("2026-02-28"), &rules), ==,
                   TRELLIS_ACTION_STATE_NOT_STARTED);
  /* … and from its start it is judged on its progress. */
  g_assert_cmpint (trellis_rules_action_state (study, day ("2026-03-01"), &rules), ==,
                   TRELLIS_ACTION_STATE_ON_TRACK);
  trellis_action_set_progress (study, 5);
  g_assert_cmpint (trellis_rules_action_state (study, day ("2026-02-28"), &rules), ==,
                   TRELLIS_ACTION_STATE_ON_TRACK);
}

/* Issue 18, case 17: reasons printed "inf %", hundreds of digits or "-0 %". */
static void
test_percent (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisAction *tiny = add_action (project, "Tiny", "2026-01-01", "2026-12-31", TRELLIS_STATUS_IN_PROGRESS, 10);
  struct { double value; const char *words; } cases[] = {
    { 42.4, "42 %" }, { 42.5, "43 %" }, { -0.3, "0 %" }, { -0.0, "0 %" }, { 1000, "1\u202f000 %" },
    { 1000.6, "more than 1,000 %" }, { 1e300, "more than 1,000 %" }, { INFINITY, "more than 1,000 %" },
    { -1e300, "less than −1,000 %" }, { -INFINITY, "less than −1,000 %" }, { NAN, "an unknown share" },
  };
  g_autofree char *words = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = trellis_rules_format_percent (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].words);
    }

  /* A budget of one cent, overspent by millions. */
  trellis_action_set_budget_planned (tiny, 0.01);
  trellis_action_set_budget_spent (tiny, 1e9);
  trellis_action_set_currency (tiny, "EUR");
  words = trellis_rules_describe_overrun (tiny);
  g_assert_true (g_str_has_suffix (words, "planned, more than 1,000 %"));
}

static void
set_budget (TrellisAction *action,
            double         planned,
            double         spent)
{
  trellis_action_set_budget_planned (action, planned);
  trellis_action_set_budget_spent (action, spent);
  trellis_action_set_currency (action, "EUR");
}

static void
test_budget (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisAction *lab = add_action (project, "Lab", "2026-01-01", "2026-12-31", TRELLIS_STATUS_IN_PROGRESS, 50);
  g_autofree char *words = NULL;

  /* No budget, or only one of the amounts: nothing to judge. */
  g_assert_false (trellis_rules_action_is_over_budget (lab));
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_GREEN);
  trellis_action_set_budget_spent (lab, 100);
  g_assert_false (trellis_rules_action_is_over_budget (lab));

  /* Spent = planned is not over; one cent more is, whatever the progress. */
  set_budget (lab, 48000, 48000);
  g_assert_false (trellis_rules_action_is_over_budget (lab));
  /* All spent at 50 % is 50 points ahead of progress, red; at 75 %, amber. */
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_RED);
  trellis_action_set_progress (lab, 75);
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_AMBER);
  trellis_action_set_progress (lab, 100);
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_GREEN);
  set_budget (lab, 48000, 48000.01);
  g_assert_true (trellis_rules_action_is_over_budget (lab));
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_AMBER);

  /* Done and over budget is over budget. */
  trellis_action_set_status (lab, TRELLIS_STATUS_DONE);
  trellis_action_set_progress (lab, 80);
  set_budget (lab, 48000, 52300);
  g_assert_true (trellis_rules_action_is_over_budget (lab));
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_AMBER);
  words = trellis_rules_describe_overrun (lab);
  g_assert_cmpstr (words, ==, "spent 52\u202f300 EUR of 48\u202f000 EUR planned, 109 %");

  /* Red from budget_red_points (40) ahead of progress (done counts 100). */
  set_budget (lab, 10000, 14000);
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_RED);
  set_budget (lab, 10000, 13999);
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_AMBER);

  /* Nothing planned and something spent is over, without a share. */
  set_budget (lab, 0, 1200);
  g_assert_true (trellis_rules_action_is_over_budget (lab));
  g_clear_pointer (&words, g_free);
  words = trellis_rules_describe_overrun (lab);
  g_assert_cmpstr (words, ==, "spent 1\u202f200 EUR of 0 EUR planned");

  /* A cancelled action is not judged. */
  trellis_action_set_status (lab, TRELLIS_STATUS_CANCELLED);
  g_assert_false (trellis_rules_action_is_over_budget (lab));
  g_assert_cmpint (trellis_rules_action_budget_light (lab, &rules), ==, TRELLIS_LIGHT_GREEN);
}

static void
test_milestone (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisMilestone *survey = add (project, trellis_milestone_new ("Survey", day ("2026-10-01")));

  g_assert_false (trellis_rules_milestone_is_missed (survey, day ("2026-09-30")));
  g_assert_false (trellis_rules_milestone_is_missed (survey, day ("2026-10-01")));
  g_assert_true (trellis_rules_milestone_is_missed (survey, day ("2026-10-02")));

  /* Reached twelve days late: missed until then, late by twelve days after. */
  trellis_milestone_set_reached (survey, day ("2026-10-13"));
  g_assert_true (trellis_rules_milestone_is_missed (survey, day ("2026-10-12")));
  g_assert_cmpint (trellis_rules_milestone_days_late (survey, day ("2026-10-12")), ==, 0);
  g_assert_false (trellis_rules_milestone_is_missed (survey, day ("2026-10-13")));
  g_assert_cmpint (trellis_rules_milestone_days_late (survey, day ("2026-10-13")), ==, 12);

  /* Reached on its date is in time. */
  trellis_milestone_set_reached (survey, day ("2026-10-01"));
  g_assert_cmpint (trellis_rules_milestone_days_late (survey, day ("2026-12-01")), ==, 0);
  g_assert_false (trellis_rules_milestone_is_missed (survey, day ("2026-12-01")));
}

static TrellisIndicator *
add_indicator (TrellisProject   *project,
               TrellisGoal      *goal,
               const char       *name,
               TrellisDirection  direction,
               double            baseline,
               double            target)
{
  TrellisIndicator *indicator = trellis_goal_add_indicator (project, goal, name);

  trellis_indicator_set_direction (indicator, direction);
  trellis_indicator_set_baseline (indicator, baseline);
  trellis_indicator_set_baseline_date (indicator, day ("2026-01-01"));
  trellis_indicator_set_target (indicator, target);
  trellis_indicator_set_target_date (indicator, day ("2026-06-30"));
  return indicator;
}

static TrellisTargetState
target_on (TrellisProject   *project,
           TrellisIndicator *indicator,
           const char       *on,
           double           *value)
{
  g_autoptr(GPtrArray) measurements = trellis_indicator_list_measurements (project, indicator);

  return trellis_rules_indicator_target (indicator, measurements, day (on), value);
}

static void
test_target (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisGoal *goal = add (project, trellis_goal_new ("Growth"));
  TrellisIndicator *firms = add_indicator (project, goal, "Firms", TRELLIS_DIRECTION_HIGHER, 20, 40);
  TrellisIndicator *scrap = add_indicator (project, goal, "Scrap", TRELLIS_DIRECTION_LOWER, 8, 4);
  TrellisIndicator *bare = trellis_goal_add_indicator (project, goal, "Bare");
  double value;

  g_assert_cmpint (target_on (project, bare, "2027-01-01", NULL), ==, TRELLIS_TARGET_UNSET);
  /* Nothing measured: open up to the date, unmeasured after it. */
  g_assert_cmpint (target_on (project, firms, "2026-06-30", NULL), ==, TRELLIS_TARGET_OPEN);
  g_assert_cmpint (target_on (project, firms, "2026-07-01", &value), ==, TRELLIS_TARGET_UNMEASURED);
  g_assert_true (isnan (value));

  trellis_indicator_add_measurement (project, firms, "2026-06-15", 31, NULL, NULL);
  g_assert_cmpint (target_on (project, firms, "2026-06-29", NULL), ==, TRELLIS_TARGET_OPEN);
  g_assert_cmpint (target_on (project, firms, "2026-06-30", NULL), ==, TRELLIS_TARGET_OPEN);
  g_assert_cmpint (target_on (project, firms, "2026-07-01", &value), ==, TRELLIS_TARGET_MISSED);
  g_assert_cmpfloat (value, ==, 31);
  /* Exactly the target is met. */
  trellis_indicator_add_measurement (project, firms, "2026-06-30", 40, NULL, NULL);
  g_assert_cmpint (target_on (project, firms, "2026-07-01", &value), ==, TRELLIS_TARGET_MET);
  g_assert_cmpfloat (value, ==, 40);

  /* Lower is better: at or below the target is met. */
  trellis_indicator_add_measurement (project, scrap, "2026-06-01", 4.5, NULL, NULL);
  g_assert_cmpint (target_on (project, scrap, "2026-07-01", NULL), ==, TRELLIS_TARGET_MISSED);
  trellis_indicator_add_measurement (project, scrap, "2026-06-20", 4, NULL, NULL);
  g_assert_cmpint (target_on (project, scrap, "2026-07-01", NULL), ==, TRELLIS_TARGET_MET);
}

/* The cross-check ------------------------------------------------------- */

#define AS_OF "2026-07-15"

typedef struct
{
  TrellisProject *project;
  GPtrArray      *actions;
  GPtrArray      *indicators;
} Plan;

/* A plan with one of each case, judged on AS_OF. */
static void
build_plan (Plan *plan)
{
  TrellisProject *project = trellis_project_new ("Cross-check");
  TrellisGoal *goal = add (project, trellis_goal_new ("Growth"));
  TrellisAction *a;

  plan->project = project;
  plan->actions = g_ptr_array_new ();
  plan->indicators = g_ptr_array_new ();

  g_ptr_array_add (plan->actions, add_action (project, "Late", "2026-01-01", "2026-07-14",
                                              TRELLIS_STATUS_IN_PROGRESS, 60));
  g_ptr_array_add (plan->actions, add_action (project, "Due today", "2026-01-01", "2026-07-15",
                                              TRELLIS_STATUS_IN_PROGRESS, 95));
  g_ptr_array_add (plan->actions, add_action (project, "Held and late", "2026-01-01", "2026-06-30",
                                              TRELLIS_STATUS_ON_HOLD, 30));
  g_ptr_array_add (plan->actions, add_action (project, "Held", "2026-01-01", "2026-12-31",
                                              TRELLIS_STATUS_ON_HOLD, 30));
  g_ptr_array_add (plan->actions, add_action (project, "At risk", "2026-01-01", "2026-07-20",
                                              TRELLIS_STATUS_IN_PROGRESS, 10));
  g_ptr_array_add (plan->actions, add_action (project, "Not started", "2026-09-01", "2026-12-31",
                                              TRELLIS_STATUS_PLANNED, 0));
  g_ptr_array_add (plan->actions, add_action (project, "Cancelled and late", "2026-01-01", "2026-02-01",
                                              TRELLIS_STATUS_CANCELLED, 0));
  a = add_action (project, "Done over budget", "2026-01-01", "2026-05-31", TRELLIS_STATUS_DONE, 100);
  set_budget (a, 48000, 52300);
  g_ptr_array_add (plan->actions, a);
  a = add_action (project, "Even budget", "2026-01-01", "2026-12-31", TRELLIS_STATUS_IN_PROGRESS, 60);
  set_budget (a, 10000, 10000);
  g_ptr_array_add (plan->actions, a);
  a = add_action (project, "A cent over", "2026-01-01", "2026-12-31", TRELLIS_STATUS_IN_PROGRESS, 90);
  set_budget (a, 10000, 10000.01);
  g_ptr_array_add (plan->actions, a);
  for (guint i = 0; i < plan->actions->len; i++)
    trellis_action_set_goal (plan->actions->pdata[i], goal);

  /* Targets on 2026-06-30: one met, one missed; one still open. */
  g_ptr_array_add (plan->indicators, add_indicator (project, goal, "Met", TRELLIS_DIRECTION_HIGHER, 20, 40));
  trellis_indicator_add_measurement (project, plan->indicators->pdata[0], "2026-06-20", 41, NULL, NULL);
  g_ptr_array_add (plan->indicators, add_indicator (project, goal, "Missed", TRELLIS_DIRECTION_HIGHER, 20, 40));
  trellis_indicator_add_measurement (project, plan->indicators->pdata[1], "2026-06-20", 39, NULL, NULL);
  g_ptr_array_add (plan->indicators, add_indicator (project, goal, "Open", TRELLIS_DIRECTION_HIGHER, 20, 40));
  trellis_indicator_set_target_date (plan->indicators->pdata[2], day (AS_OF));
  trellis_indicator_add_measurement (project, plan->indicators->pdata[2], "2026-06-20", 39, NULL, NULL);
}

static gboolean
has_warning (GPtrArray              *warnings,
             TrellisPlanWarningKind  kind,
             gpointer                item)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      TrellisPlanWarning *warning = warnings->pdata[i];

      if (warning->kind == kind && warning->item == item)
        return TRUE;
    }
  return FALSE;
}

static gboolean
in_deadlines (GPtrArray *deadlines,
              gpointer   item,
              gboolean   overdue)
{
  for (guint i = 0; i < deadlines->len; i++)
    {
      TrellisDashboardDeadline *deadline = deadlines->pdata[i];

      if (deadline->item == item && (deadline->days < 0) == overdue)
        return TRUE;
    }
  return FALSE;
}

/* The action table, the timeline, the lights, the board and the plan check
 * on each action. */
static void
cross_check_action (TrellisAction       *action,
                    TrellisStatusReport *report,
                    GPtrArray           *warnings,
                    GPtrArray           *deadlines,
                    TrellisActionFilter *filter)
{
  TrellisProject *project = trellis_status_report_get_project (report);
  const TrellisStatusEntry *entry = trellis_status_report_lookup (report, TRELLIS_ITEM (action));
  TrellisActionState state = trellis_rules_action_state (action, day (AS_OF), &rules);
  gboolean overdue = trellis_rules_action_is_overdue (action, day (AS_OF));
  gboolean over = trellis_rules_action_is_over_budget (action);
  TrellisLight budget = trellis_rules_action_budget_light (action, &rules);
  /* A budget without concern (green) does not lift a grey schedule. */
  TrellisLight light = budget > TRELLIS_LIGHT_GREEN ? MAX (trellis_rules_action_state_light (state), budget)
                                                    : trellis_rules_action_state_light (state);

  g_test_message ("%s: state %d, light %d", trellis_action_get_title (action), state, entry->light);
  /* The action table's filter and mark. */
  g_assert_cmpint (trellis_action_filter_matches (filter, project, action), ==, overdue);
  g_assert_cmpint (trellis_action_is_overdue (action, day (AS_OF)), ==, overdue);
  /* The timeline paints the state: error colour exactly when overdue. */
  g_assert_cmpint (state == TRELLIS_ACTION_STATE_OVERDUE, ==, overdue);
  /* The light: the worse of schedule and budget; overdue is red, an overrun at least amber. */
  g_assert_cmpint (entry->light, ==, light);
  if (overdue)
    g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_RED);
  if (over)
    g_assert_cmpint (entry->light, >=, TRELLIS_LIGHT_AMBER);
  /* The plan check warns of exactly the overruns. */
  g_assert_cmpint (has_warning (warnings, TRELLIS_PLAN_BUDGET_OVERRUN, action), ==, over);
  /* The board's deadlines list exactly the overdue actions as overdue. */
  g_assert_cmpint (in_deadlines (deadlines, action, TRUE), ==, overdue);
}

static void
test_cross_check (void)
{
  Plan plan;
  g_autoptr(TrellisStatusReport) report = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(TrellisActionFilter) filter = trellis_action_filter_new ();
  g_auto(TrellisExcellenceResult) targets = { 0, };
  g_autofree char *counts = NULL;
  guint n_overdue = 0, n_over = 0, n_met = 0, n_missed = 0;

  build_plan (&plan);
  report = trellis_status_report_new (plan.project, AS_OF);
  warnings = trellis_plan_list_warnings (plan.project);
  deadlines = trellis_dashboard_list_deadlines (plan.project, AS_OF, rules.warn_days);
  trellis_action_filter_set_overdue (filter, TRUE, AS_OF);

  for (guint i = 0; i < plan.actions->len; i++)
    {
      cross_check_action (plan.actions->pdata[i], report, warnings, deadlines, filter);
      n_overdue += trellis_rules_action_is_overdue (plan.actions->pdata[i], day (AS_OF));
      n_over += trellis_rules_action_is_over_budget (plan.actions->pdata[i]);
    }
  /* The plan covers the cases: late, held and late; done and a cent over. */
  g_assert_cmpuint (n_overdue, ==, 2);
  g_assert_cmpuint (n_over, ==, 2);

  /* Indicators: the lights and the self-check (4.4) count the same targets. */
  for (guint i = 0; i < plan.indicators->len; i++)
    {
      TrellisIndicator *indicator = plan.indicators->pdata[i];
      const TrellisStatusEntry *entry = trellis_status_report_lookup (report, TRELLIS_ITEM (indicator));
      TrellisTargetState state = target_on (plan.project, indicator, AS_OF, NULL);

      if (state == TRELLIS_TARGET_MET)
        {
          g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_GREEN);
          n_met++;
        }
      else if (state == TRELLIS_TARGET_MISSED)
        {
          g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_RED);
          g_assert_nonnull (strstr (trellis_status_entry_get_reason (entry), "was missed: 39 reached"));
          n_missed++;
        }
      else
        g_assert_cmpint (state, ==, TRELLIS_TARGET_OPEN);
    }
  g_assert_cmpuint (n_met, ==, 1);
  g_assert_cmpuint (n_missed, ==, 1);
  g_assert_true (trellis_excellence_check (plan.project, "4.4", AS_OF, &targets));
  counts = g_strdup_printf ("%u of %u targets", n_met, n_met + n_missed);
  g_assert_true (g_str_has_prefix (targets.reason, counts));

  g_ptr_array_unref (plan.actions);
  g_ptr_array_unref (plan.indicators);
  g_object_unref (plan.project);
}

/* High effort and low appreciation, and only that, needs review; the
 * reason follows the funding. */
static void
test_service_review (void)
{
  g_autoptr(TrellisService) service = trellis_service_new ("Trade fair stand");
  g_autofree char *reason = NULL;

  for (int effort = TRELLIS_LEVEL_LOW; effort <= TRELLIS_LEVEL_HIGH; effort++)
    for (int appreciation = TRELLIS_LEVEL_LOW; appreciation <= TRELLIS_LEVEL_HIGH; appreciation++)
      {
        gboolean expected = effort == TRELLIS_LEVEL_HIGH && appreciation == TRELLIS_LEVEL_LOW;
        g_autofree char *why = NULL;

        trellis_service_set_effort (service, effort);
        trellis_service_set_appreciation (service, appreciation);
        why = trellis_rules_describe_service_review (service);
        g_assert_cmpint (trellis_rules_service_needs_review (service), ==, expected);
        g_assert_cmpint (why != NULL, ==, expected);
      }

  trellis_service_set_effort (service, TRELLIS_LEVEL_HIGH);
  trellis_service_set_appreciation (service, TRELLIS_LEVEL_LOW);
  trellis_service_set_funding (service, TRELLIS_FUNDING_FREE);
  reason = trellis_rules_describe_service_review (service);
  g_assert_cmpstr (reason, ==,
                   "High effort, but members rate it low; it is offered free: improve it, charge for it or stop it");
  g_clear_pointer (&reason, g_free);
  trellis_service_set_funding (service, TRELLIS_FUNDING_TO_REVIEW);
  reason = trellis_rules_describe_service_review (service);
  g_assert_cmpstr (reason, ==, "High effort, but members rate it low; decide how it is funded, or whether to keep it");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trellis_status_rules_init (&rules);

  g_test_add_func ("/core/rules/overdue", test_overdue);
  g_test_add_func ("/core/rules/behind", test_behind);
  g_test_add_func ("/core/rules/not-started", test_not_started);
  g_test_add_func ("/core/rules/budget", test_budget);
  g_test_add_func ("/core/rules/milestone", test_milestone);
  g_test_add_func ("/core/rules/target", test_target);
  g_test_add_func ("/core/rules/cross-check", test_cross_check);
  g_test_add_func ("/core/rules/service-review", test_service_review);
  g_test_add_func ("/core/rules/percent", test_percent);

  return g_test_run ();
}
