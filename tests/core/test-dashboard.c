/* test-dashboard.c: the budget sums and deadline lists of the board, paths /core/dashboard/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

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
            TrellisGoal    *goal,
            double          planned,
            double          spent)
{
  TrellisAction *action = add (project, trellis_action_new (title));

  if (goal != NULL)
    trellis_action_set_goal_uuid (action, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  trellis_action_set_budget_planned (action, planned);
  trellis_action_set_budget_spent (action, spent);
  trellis_action_set_currency (action, "EUR");
  return action;
}

static void
test_budgets (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Budget");
  TrellisGoal *members = add (project, trellis_goal_new ("More members"));
  TrellisGoal *quiet = add (project, trellis_goal_new ("No budget here"));
  TrellisGoal *research = add (project, trellis_goal_new ("Joint research"));
  TrellisAction *fair, *lost;
  TrellisDashboardBudget total;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *currency = NULL;
  TrellisDashboardBudget *line;

  (void) quiet;
  /* Research first in the actions, but goals keep their own order. */
  add_action (project, "Lab days", research, 5000, 1000);
  fair = add_action (project, "Trade fair", members, 10000, 7500);
  add_action (project, "Mailing", members, 500, 0);
  lost = add_action (project, "Lost", NULL, 300, 50);
  add (project, trellis_action_new ("No money"));

  lines = trellis_dashboard_list_budgets (project, &total, &currency);
  g_assert_cmpuint (lines->len, ==, 3);
  line = g_ptr_array_index (lines, 0);
  g_assert_true (line->goal == TRELLIS_ITEM (members));
  g_assert_cmpfloat (line->planned, ==, 10500);
  g_assert_cmpfloat (line->spent, ==, 7500);
  g_assert_cmpuint (line->n_actions, ==, 2);
  line = g_ptr_array_index (lines, 1);
  g_assert_true (line->goal == TRELLIS_ITEM (research));
  g_assert_cmpfloat (line->planned, ==, 5000);
  line = g_ptr_array_index (lines, 2);
  g_assert_null (line->goal);
  g_assert_cmpfloat (line->planned, ==, 300);
  g_assert_cmpfloat (line->spent, ==, 50);
  g_assert_cmpfloat (total.planned, ==, 15800);
  g_assert_cmpfloat (total.spent, ==, 8550);
  g_assert_cmpuint (total.n_actions, ==, 4);
  g_assert_cmpstr (currency, ==, "EUR");
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_clear_pointer (&currency, g_free);

  /* Cancelled: plans nothing, keeps what it spent; a second currency. */
  trellis_action_set_status (fair, TRELLIS_STATUS_CANCELLED);
  trellis_action_set_currency (lost, "CHF");
  lines = trellis_dashboard_list_budgets (project, &total, &currency);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpfloat (line->planned, ==, 500);
  g_assert_cmpfloat (line->spent, ==, 7500);
  g_assert_cmpfloat (total.planned, ==, 5800);
  g_assert_null (currency);
}

static void
test_budgets_empty (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Empty");
  g_autoptr(GPtrArray) lines = NULL;
  TrellisDashboardBudget total;
  g_autofree char *currency = NULL;

  add (project, trellis_goal_new ("Goal"));
  add (project, trellis_action_new ("Unbudgeted"));
  lines = trellis_dashboard_list_budgets (project, &total, &currency);
  g_assert_cmpuint (lines->len, ==, 0);
  g_assert_cmpuint (total.n_actions, ==, 0);
  g_assert_cmpfloat (total.planned, ==, 0);
  g_assert_null (currency);
}

static const char *
title_of (GPtrArray *deadlines,
          guint      index)
{
  TrellisDashboardDeadline *deadline = g_ptr_array_index (deadlines, index);

  /* An action or a milestone. */
  if (TRELLIS_IS_MILESTONE (deadline->item))
    return trellis_milestone_get_title (TRELLIS_MILESTONE (deadline->item));
  return trellis_action_get_title (TRELLIS_ACTION (deadline->item));
}

static void
test_deadlines (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Deadlines");
  TrellisAction *late = add (project, trellis_action_new ("Late action"));
  TrellisAction *soon = add (project, trellis_action_new ("Soon action"));
  TrellisAction *far = add (project, trellis_action_new ("Far action"));
  TrellisAction *edge = add (project, trellis_action_new ("Edge action"));
  TrellisMilestone *survey = add (project, trellis_milestone_new ("Survey", trellis_date_parse ("2026-12-10")));
  TrellisMilestone *reached = add (project, trellis_milestone_new ("Reached", trellis_date_parse ("2026-11-01")));
  GPtrArray *list;
  TrellisDashboardDeadline *first;

  add (project, trellis_action_new ("Undated"));
  trellis_action_set_due (late, trellis_date_parse ("2026-11-20"));
  trellis_action_set_due (soon, trellis_date_parse ("2026-12-10"));
  trellis_action_set_due (far, trellis_date_parse ("2027-01-15"));
  /* 2026-11-30 + 30 days: the last upcoming day. */
  trellis_action_set_due (edge, trellis_date_parse ("2026-12-30"));
  trellis_milestone_set_reached (reached, trellis_date_parse ("2026-11-05"));

  list = trellis_dashboard_list_deadlines (project, "2026-11-30", 30);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpstr (title_of (list, 0), ==, "Late action");
  first = g_ptr_array_index (list, 0);
  g_assert_cmpint (first->days, ==, -10);
  g_assert_cmpstr (first->date, ==, "2026-11-20");
  /* Same date: the milestone before the action. */
  g_assert_cmpstr (title_of (list, 1), ==, "Survey");
  g_assert_cmpint (((TrellisDashboardDeadline *) g_ptr_array_index (list, 1))->days, ==, 10);
  g_assert_cmpstr (title_of (list, 2), ==, "Soon action");
  g_assert_cmpstr (title_of (list, 3), ==, "Edge action");
  g_ptr_array_unref (list);

  /* One day fewer ahead drops the edge; done and cancelled drop out. */
  trellis_action_set_status (soon, TRELLIS_STATUS_DONE);
  trellis_action_set_status (late, TRELLIS_STATUS_CANCELLED);
  list = trellis_dashboard_list_deadlines (project, "2026-11-30", 29);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (title_of (list, 0), ==, "Survey");
  g_ptr_array_unref (list);

  /* Before it was reached, the reached milestone was still open (and
   * overdue after its date). */
  trellis_action_set_status (late, TRELLIS_STATUS_IN_PROGRESS);
  list = trellis_dashboard_list_deadlines (project, "2026-11-03", 30);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (title_of (list, 0), ==, "Reached");
  g_assert_cmpint (((TrellisDashboardDeadline *) g_ptr_array_index (list, 0))->days, ==, -2);
  g_assert_cmpstr (title_of (list, 1), ==, "Late action");
  g_ptr_array_unref (list);
  (void) survey;
}

static void
test_sample (void)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  TrellisDashboardBudget total, sum = { NULL, 0, 0, 0 };

  g_assert_no_error (error);
  lines = trellis_dashboard_list_budgets (project, &total, NULL);
  g_assert_cmpuint (lines->len, >, 0);
  for (guint i = 0; i < lines->len; i++)
    {
      TrellisDashboardBudget *line = g_ptr_array_index (lines, i);

      sum.planned += line->planned;
      sum.spent += line->spent;
      sum.n_actions += line->n_actions;
    }
  g_assert_cmpfloat_with_epsilon (sum.planned, total.planned, 1e-6);
  g_assert_cmpfloat_with_epsilon (sum.spent, total.spent, 1e-6);
  g_assert_cmpuint (sum.n_actions, ==, total.n_actions);
  g_assert_cmpfloat (total.planned, >, 0);

  deadlines = trellis_dashboard_list_deadlines (project, "2026-11-30", 30);
  for (guint i = 1; i < deadlines->len; i++)
    g_assert_cmpint (((TrellisDashboardDeadline *) g_ptr_array_index (deadlines, i - 1))->days, <=,
                     ((TrellisDashboardDeadline *) g_ptr_array_index (deadlines, i))->days);
}

static void
test_shift_month (void)
{
  char *day;

  day = trellis_dashboard_shift_month ("2026-11-30", 1);
  g_assert_cmpstr (day, ==, "2026-12-30");
  g_free (day);
  day = trellis_dashboard_shift_month ("2026-01-31", 1);
  g_assert_cmpstr (day, ==, "2026-02-28");
  g_free (day);
  day = trellis_dashboard_shift_month ("2026-01-15", -1);
  g_assert_cmpstr (day, ==, "2025-12-15");
  g_free (day);
  day = trellis_dashboard_shift_month ("2024-03-31", -1);
  g_assert_cmpstr (day, ==, "2024-02-29");
  g_free (day);
  g_assert_null (trellis_dashboard_shift_month ("not a day", 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/dashboard/budgets", test_budgets);
  g_test_add_func ("/core/dashboard/budgets-empty", test_budgets_empty);
  g_test_add_func ("/core/dashboard/deadlines", test_deadlines);
  g_test_add_func ("/core/dashboard/sample", test_sample);
  g_test_add_func ("/core/dashboard/shift-month", test_shift_month);

  return g_test_run ();
}
