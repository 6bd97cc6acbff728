/* test-plan.c: dependencies, bulk edits, warnings and traceability, paths /core/plan/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

static TrellisAction *
add_action (TrellisProject *project,
            const char     *title,
            const char     *start,
            const char     *due)
{
  TrellisAction *action = add (project, trellis_action_new (title));

  trellis_action_set_start (action, trellis_date_parse (start));
  trellis_action_set_due (action, trellis_date_parse (due));
  return action;
}

static const char *
uuid (gpointer item)
{
  return trellis_item_get_uuid (item);
}

static TrellisHistory *
history (TrellisProject *project)
{
  return trellis_project_get_history (project);
}

static void
test_dependencies (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisAction *survey = add_action (project, "Survey", "2026-01-10", "2026-02-28");
  TrellisAction *report = add_action (project, "Report", "2026-03-01", "2026-03-31");
  TrellisAction *workshop = add_action (project, "Workshop", "2026-04-15", "2026-04-15");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dependencies = NULL;
  g_autoptr(GPtrArray) dependents = NULL;
  guint n_undo;

  g_assert_true (trellis_action_add_dependency (project, report, survey, &error));
  g_assert_no_error (error);
  g_assert_true (trellis_action_add_dependency (project, workshop, report, &error));
  g_assert_no_error (error);

  /* Twice is once, without an undo step. */
  n_undo = trellis_history_get_n_undo (history (project));
  g_assert_true (trellis_action_add_dependency (project, report, survey, &error));
  g_assert_cmpuint (trellis_history_get_n_undo (history (project)), ==, n_undo);

  /* Circles are refused, however long, and nothing changes. */
  g_assert_false (trellis_action_add_dependency (project, survey, workshop, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“Survey” cannot depend on “Workshop”, which already waits for it");
  g_clear_error (&error);
  g_assert_false (trellis_action_add_dependency (project, survey, survey, &error));
  g_assert_cmpstr (error->message, ==, "“Survey” cannot depend on itself");
  g_clear_error (&error);
  g_assert_null (trellis_action_get_depends_on_uuids (survey));
  g_assert_cmpuint (trellis_history_get_n_undo (history (project)), ==, n_undo);

  dependencies = trellis_action_list_dependencies (project, workshop);
  g_assert_cmpuint (dependencies->len, ==, 1);
  g_assert_true (dependencies->pdata[0] == report);
  dependents = trellis_action_list_dependents (project, survey);
  g_assert_cmpuint (dependents->len, ==, 1);
  g_assert_true (dependents->pdata[0] == report);

  /* Removing one is one step; undo brings it back. */
  trellis_action_remove_dependency (project, workshop, report);
  g_clear_pointer (&dependencies, g_ptr_array_unref);
  dependencies = trellis_action_list_dependencies (project, workshop);
  g_assert_cmpuint (dependencies->len, ==, 0);
  /* Once gone, the circle can be closed the other way. */
  g_assert_true (trellis_action_add_dependency (project, survey, workshop, NULL));
  trellis_history_undo (history (project));
  trellis_history_undo (history (project));
  g_clear_pointer (&dependencies, g_ptr_array_unref);
  dependencies = trellis_action_list_dependencies (project, workshop);
  g_assert_cmpuint (dependencies->len, ==, 1);
}

static void
test_set_status (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  TrellisAction *a = add_action (project, "A", NULL, NULL);
  TrellisAction *b = add_action (project, "B", NULL, NULL);
  TrellisAction *c = add_action (project, "C", NULL, NULL);
  guint n_undo;

  trellis_action_set_status (b, TRELLIS_STATUS_DONE);
  g_ptr_array_add (selected, a);
  g_ptr_array_add (selected, b);

  n_undo = trellis_history_get_n_undo (history (project));
  trellis_plan_set_status (project, selected, TRELLIS_STATUS_DONE);
  g_assert_cmpuint (trellis_history_get_n_undo (history (project)), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history (project)), ==, "Change 2 Items");
  g_assert_cmpint (trellis_action_get_status (a), ==, TRELLIS_STATUS_DONE);
  g_assert_cmpint (trellis_action_get_status (c), ==, TRELLIS_STATUS_PLANNED);

  /* One undo restores every one, each to its own value. */
  trellis_history_undo (history (project));
  g_assert_cmpint (trellis_action_get_status (a), ==, TRELLIS_STATUS_PLANNED);
  g_assert_cmpint (trellis_action_get_status (b), ==, TRELLIS_STATUS_DONE);
}

static gboolean
has_warning (GPtrArray              *warnings,
             TrellisPlanWarningKind  kind,
             gpointer                item,
             const char             *message)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      TrellisPlanWarning *warning = warnings->pdata[i];

      if (warning->kind == kind && warning->item == item &&
          (message == NULL || g_strcmp0 (warning->message, message) == 0))
        return TRUE;
    }

  return FALSE;
}

static void
test_warnings (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisGoal *goal = add (project, trellis_goal_new ("Exports"));
  TrellisGoal *idle = add (project, trellis_goal_new ("Idle goal"));
  TrellisStakeholder *critic = add (project, trellis_stakeholder_new ("Old Guild"));
  TrellisStakeholder *friend = add (project, trellis_stakeholder_new ("Agency"));
  TrellisAction *fair = add_action (project, "Trade fair", "2026-05-01", "2026-05-31");
  TrellisAction *follow = add_action (project, "Follow-up", "2026-05-20", "2026-04-30");
  TrellisAction *loose = add_action (project, "Loose end", NULL, NULL);
  TrellisAction *dropped = add_action (project, "Dropped", NULL, NULL);
  TrellisMilestone *stand = add (project, trellis_milestone_new ("Stand booked", trellis_date_parse ("2026-06-15")));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) fixed = NULL;

  trellis_stakeholder_set_attitude (critic, TRELLIS_ATTITUDE_CRITICAL);
  trellis_action_set_goal_uuid (fair, uuid (goal));
  trellis_action_set_owner_uuid (fair, uuid (critic));
  trellis_action_set_goal_uuid (follow, uuid (goal));
  trellis_action_set_owner_name (follow, "A. Outsider");
  trellis_action_set_status (dropped, TRELLIS_STATUS_CANCELLED);
  trellis_milestone_set_action_uuid (stand, uuid (fair));
  trellis_action_add_dependency (project, follow, fair, NULL);

  warnings = trellis_plan_list_warnings (project);
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_GOAL_WITHOUT_ACTION, idle,
                              "Goal “Idle goal” has no action yet"));
  g_assert_false (has_warning (warnings, TRELLIS_PLAN_GOAL_WITHOUT_ACTION, goal, NULL));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_GOAL, loose,
                              "Action “Loose end” serves no goal"));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_OWNER, loose,
                              "Nobody is responsible for action “Loose end”"));
  /* A person's name is an owner too. */
  g_assert_false (has_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_OWNER, follow, NULL));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_ACTION_WITHOUT_DUE, loose,
                              "Action “Loose end” has no due date"));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_ACTION_ENDS_BEFORE_START, follow,
                              "Action “Follow-up” is due on 2026-04-30, before it starts on 2026-05-20"));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY, follow,
                              "Action “Follow-up” starts on 2026-05-20, before “Trade fair”, "
                              "which it waits for, is due on 2026-05-31"));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_MILESTONE_AFTER_ACTION, stand,
                              "Milestone “Stand booked” on 2026-06-15 is after its action “Trade fair” "
                              "is due on 2026-05-31"));
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_CRITICAL_OWNER, fair,
                              "Action “Trade fair” is owned by Old Guild, a critical stakeholder"));
  /* Cancelled actions are left alone. */
  for (guint i = 0; i < warnings->len; i++)
    g_assert_true (((TrellisPlanWarning *) warnings->pdata[i])->item != (gpointer) dropped);

  /* Put right, the warnings go. */
  trellis_action_set_start (follow, trellis_date_parse ("2026-07-01"));
  trellis_action_set_due (follow, trellis_date_parse ("2026-07-31"));
  trellis_action_set_owner_uuid (fair, uuid (friend));
  trellis_action_set_due (fair, trellis_date_parse ("2026-06-30"));
  fixed = trellis_plan_list_warnings (project);
  g_assert_false (has_warning (fixed, TRELLIS_PLAN_ACTION_ENDS_BEFORE_START, follow, NULL));
  g_assert_false (has_warning (fixed, TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY, follow, NULL));
  g_assert_false (has_warning (fixed, TRELLIS_PLAN_MILESTONE_AFTER_ACTION, stand, NULL));
  g_assert_false (has_warning (fixed, TRELLIS_PLAN_CRITICAL_OWNER, fair, NULL));
}

/* The overrun warning follows the rule of the lights: spent above planned,
 * whatever the progress, done included; never for a cancelled action. */
static void
test_budget_overrun (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisAction *lab = add_action (project, "Test lab", "2026-01-01", "2026-12-31");
  g_autoptr(GPtrArray) even = NULL;
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GPtrArray) done = NULL;
  g_autoptr(GPtrArray) cancelled = NULL;
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TRELLIS_TYPE_PLAN_WARNING_KIND);

  /* The command line prints the kind by its nick. */
  g_assert_cmpstr (g_enum_get_value (kinds, TRELLIS_PLAN_BUDGET_OVERRUN)->value_nick, ==, "budget-overrun");
  trellis_action_set_budget_planned (lab, 48000.0);
  trellis_action_set_budget_spent (lab, 48000.0);
  trellis_action_set_currency (lab, "EUR");
  trellis_action_set_progress (lab, 10);
  even = trellis_plan_list_warnings (project);
  g_assert_false (has_warning (even, TRELLIS_PLAN_BUDGET_OVERRUN, lab, NULL));

  trellis_action_set_budget_spent (lab, 52300.0);
  over = trellis_plan_list_warnings (project);
  g_assert_true (has_warning (over, TRELLIS_PLAN_BUDGET_OVERRUN, lab,
                              "Action “Test lab” is over budget: spent 52\u202f300 EUR of 48\u202f000 EUR planned, 109 %"));

  trellis_action_set_status (lab, TRELLIS_STATUS_DONE);
  trellis_action_set_progress (lab, 100);
  trellis_action_set_budget_spent (lab, 48000.01);
  done = trellis_plan_list_warnings (project);
  g_assert_true (has_warning (done, TRELLIS_PLAN_BUDGET_OVERRUN, lab, NULL));

  trellis_action_set_status (lab, TRELLIS_STATUS_CANCELLED);
  cancelled = trellis_plan_list_warnings (project);
  g_assert_false (has_warning (cancelled, TRELLIS_PLAN_BUDGET_OVERRUN, lab, NULL));
}

/* A file written by hand may hold a circle that the app would refuse. */
static void
test_cycle_in_file (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisAction *a = add_action (project, "A", NULL, "2026-01-31");
  TrellisAction *b = add_action (project, "B", NULL, "2026-02-28");
  TrellisAction *c = add_action (project, "C", NULL, "2026-03-31");
  const char *on_b[] = { uuid (b), NULL };
  const char *on_c[] = { uuid (c), NULL };
  const char *on_a[] = { uuid (a), NULL };
  g_autoptr(GPtrArray) warnings = NULL;
  guint n_cycles = 0;

  trellis_action_set_depends_on_uuids (a, (const char * const *) on_b);
  trellis_action_set_depends_on_uuids (b, (const char * const *) on_c);
  trellis_action_set_depends_on_uuids (c, (const char * const *) on_a);
  warnings = trellis_plan_list_warnings (project);
  for (guint i = 0; i < warnings->len; i++)
    n_cycles += ((TrellisPlanWarning *) warnings->pdata[i])->kind == TRELLIS_PLAN_DEPENDENCY_CYCLE;
  g_assert_cmpuint (n_cycles, ==, 1);
  g_assert_true (has_warning (warnings, TRELLIS_PLAN_DEPENDENCY_CYCLE, c,
                              "Actions “C” and “A” wait for each other in a circle"));
}

static gboolean
contains_exactly (GPtrArray *items,
                  ...)
{
  va_list args;
  guint n = 0;
  gpointer item;

  va_start (args, items);
  while ((item = va_arg (args, gpointer)) != NULL)
    {
      if (n >= items->len || items->pdata[n] != item)
        {
          va_end (args);
          return FALSE;
        }
      n++;
    }
  va_end (args);
  return n == items->len;
}

static void
test_trace (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plan");
  TrellisSwotItem *strength = add (project, trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Labs"));
  TrellisSwotItem *chance = add (project, trellis_swot_item_new (TRELLIS_QUADRANT_OPPORTUNITY, "Rules"));
  TrellisTowsStrategy *strategy = add (project, trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Test centre"));
  TrellisGoal *goal = add (project, trellis_goal_new ("Certified recyclates"));
  TrellisIndicator *indicator = NULL;
  TrellisAction *setup = add_action (project, "Set up lab", "2026-01-01", "2026-06-30");
  TrellisAction *launch = add_action (project, "Launch", "2026-07-01", "2026-07-31");
  TrellisMilestone *opened = add (project, trellis_milestone_new ("Lab opened", trellis_date_parse ("2026-06-30")));
  TrellisStakeholder *owner = add (project, trellis_stakeholder_new ("Institute"));
  const char *items[] = { uuid (strength), uuid (chance), NULL };
  g_autoptr(GPtrArray) from_strength = NULL;
  g_autoptr(GPtrArray) to_strength = NULL;
  g_autoptr(GPtrArray) from_goal = NULL;
  g_autoptr(GPtrArray) to_goal = NULL;
  g_autoptr(GPtrArray) from_launch = NULL;
  g_autoptr(GPtrArray) to_setup = NULL;
  g_autoptr(GPtrArray) from_milestone = NULL;

  trellis_tows_strategy_set_items_uuids (strategy, (const char * const *) items);
  trellis_tows_strategy_set_goal_uuid (strategy, uuid (goal));
  indicator = trellis_goal_add_indicator (project, goal, "Grades certified");
  trellis_action_set_goal_uuid (setup, uuid (goal));
  trellis_action_set_owner_uuid (setup, uuid (owner));
  trellis_action_set_goal_uuid (launch, uuid (goal));
  trellis_action_add_dependency (project, launch, setup, NULL);
  trellis_milestone_set_action_uuid (opened, uuid (setup));

  from_strength = trellis_trace_comes_from (project, TRELLIS_ITEM (strength));
  g_assert_cmpuint (from_strength->len, ==, 0);
  to_strength = trellis_trace_leads_to (project, TRELLIS_ITEM (strength));
  g_assert_true (contains_exactly (to_strength, strategy, NULL));

  /* The goal comes from the strategy, which holds the link, and leads to
   * its indicator and actions, which hold theirs; the owner is no step. */
  from_goal = trellis_trace_comes_from (project, TRELLIS_ITEM (goal));
  g_assert_true (contains_exactly (from_goal, strategy, NULL));
  to_goal = trellis_trace_leads_to (project, TRELLIS_ITEM (goal));
  g_assert_true (contains_exactly (to_goal, indicator, setup, launch, NULL));

  from_launch = trellis_trace_comes_from (project, TRELLIS_ITEM (launch));
  g_assert_true (contains_exactly (from_launch, goal, setup, NULL));
  to_setup = trellis_trace_leads_to (project, TRELLIS_ITEM (setup));
  g_assert_true (contains_exactly (to_setup, launch, opened, NULL));
  from_milestone = trellis_trace_comes_from (project, TRELLIS_ITEM (opened));
  g_assert_true (contains_exactly (from_milestone, setup, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/plan/dependencies", test_dependencies);
  g_test_add_func ("/core/plan/set-status", test_set_status);
  g_test_add_func ("/core/plan/warnings", test_warnings);
  g_test_add_func ("/core/plan/budget-overrun", test_budget_overrun);
  g_test_add_func ("/core/plan/cycle-in-file", test_cycle_in_file);
  g_test_add_func ("/core/plan/trace", test_trace);

  return g_test_run ();
}
