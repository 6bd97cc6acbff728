/* test-action-filter.c: filtering, sorting and grouping the action plan, paths /core/action-filter/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "trellis.h"

typedef struct
{
  TrellisProject     *project;
  TrellisGoal        *skills;
  TrellisGoal        *markets;
  TrellisStakeholder *school;
  TrellisStakeholder *chamber;
  TrellisAction      *course;    /* skills, school, in progress, due 2027-06-30 */
  TrellisAction      *fair;      /* markets, chamber, planned, due 2027-01-31 */
  TrellisAction      *study;     /* no goal, outside owner, on hold, due 2026-11-30 */
  TrellisAction      *website;   /* skills, nobody, done, due 2026-10-15 */
} Plan;

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

static const char *
uuid (gpointer item)
{
  return trellis_item_get_uuid (item);
}

static void
plan_set_up (Plan          *plan,
             gconstpointer  data)
{
  TrellisProject *project = plan->project = trellis_project_new ("Plan");

  plan->skills = add (project, trellis_goal_new ("Close the skills gap"));
  plan->markets = add (project, trellis_goal_new ("Open markets abroad"));
  plan->school = add (project, trellis_stakeholder_new ("Vocational School"));
  plan->chamber = add (project, trellis_stakeholder_new ("Chamber of Commerce"));

  plan->course = add (project, trellis_action_new ("Tool-setter course"));
  trellis_action_set_goal_uuid (plan->course, uuid (plan->skills));
  trellis_action_set_owner_uuid (plan->course, uuid (plan->school));
  trellis_action_set_status (plan->course, TRELLIS_STATUS_IN_PROGRESS);
  trellis_action_set_due (plan->course, trellis_date_parse ("2027-06-30"));
  trellis_action_set_progress (plan->course, 20);
  trellis_action_set_budget_planned (plan->course, 24000.0);
  trellis_action_set_budget_spent (plan->course, 3100.0);
  trellis_action_set_currency (plan->course, "EUR");
  trellis_action_set_description (plan->course, "Evening classes in the école professionnelle");
  plan->fair = add (project, trellis_action_new ("Joint stand at a fair"));
  trellis_action_set_goal_uuid (plan->fair, uuid (plan->markets));
  trellis_action_set_owner_uuid (plan->fair, uuid (plan->chamber));
  trellis_action_set_due (plan->fair, trellis_date_parse ("2027-01-31"));
  trellis_action_set_progress (plan->fair, 0);
  trellis_action_set_budget_planned (plan->fair, 30000.0);
  trellis_action_set_currency (plan->fair, "EUR");
  plan->study = add (project, trellis_action_new ("Energy pool study"));
  trellis_action_set_owner_name (plan->study, "Dr. Lena Brunner");
  trellis_action_set_status (plan->study, TRELLIS_STATUS_ON_HOLD);
  trellis_action_set_due (plan->study, trellis_date_parse ("2026-11-30"));
  trellis_action_set_progress (plan->study, 50);
  trellis_action_set_quick_win (plan->study, TRUE);
  plan->website = add (project, trellis_action_new ("Website"));
  trellis_action_set_goal_uuid (plan->website, uuid (plan->skills));
  trellis_action_set_status (plan->website, TRELLIS_STATUS_DONE);
  trellis_action_set_due (plan->website, trellis_date_parse ("2026-10-15"));
  trellis_action_set_progress (plan->website, 100);
}

static void
plan_tear_down (Plan          *plan,
                gconstpointer  data)
{
  g_clear_object (&plan->project);
}

/* The titles of the actions that pass, "A; B". */
static char *
passing (Plan                      *plan,
         const TrellisActionFilter *filter)
{
  GListModel *actions = trellis_project_get_items (plan->project, TRELLIS_TYPE_ACTION);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisItem) action = g_list_model_get_item (actions, i);

      if (!trellis_action_filter_matches (filter, plan->project, TRELLIS_ACTION (action)))
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, trellis_action_get_title (TRELLIS_ACTION (action)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_passing(plan, filter, expected) \
  G_STMT_START { \
    g_autofree char *got__ = passing (plan, filter); \
    g_assert_cmpstr (got__, ==, expected); \
  } G_STMT_END

static void
test_filter (Plan          *plan,
             gconstpointer  data)
{
  g_autoptr(TrellisActionFilter) filter = trellis_action_filter_new ();
  g_autoptr(TrellisActionFilter) copy = NULL;

  g_assert_true (trellis_action_filter_is_empty (filter));
  assert_passing (plan, filter, "Tool-setter course; Joint stand at a fair; Energy pool study; Website");

  /* Owners: a stakeholder, an outside name, nobody. */
  trellis_action_filter_set_owner (filter, uuid (plan->school));
  g_assert_true (trellis_action_filter_is_restricted (filter));
  assert_passing (plan, filter, "Tool-setter course");
  trellis_action_filter_set_owner (filter, "Dr. Lena Brunner");
  assert_passing (plan, filter, "Energy pool study");
  trellis_action_filter_set_owner (filter, "");
  assert_passing (plan, filter, "Website");
  trellis_action_filter_set_owner (filter, NULL);

  /* Goals: one, none. */
  trellis_action_filter_set_goal (filter, uuid (plan->skills));
  assert_passing (plan, filter, "Tool-setter course; Website");
  trellis_action_filter_set_goal (filter, "");
  assert_passing (plan, filter, "Energy pool study");
  trellis_action_filter_set_goal (filter, NULL);

  /* Status, combined with a goal. */
  trellis_action_filter_set_status (filter, TRELLIS_STATUS_PLANNED);
  assert_passing (plan, filter, "Joint stand at a fair");
  trellis_action_filter_set_goal (filter, uuid (plan->skills));
  assert_passing (plan, filter, "");
  trellis_action_filter_set_goal (filter, NULL);
  trellis_action_filter_set_status (filter, -1);

  /* Overdue as of a day: the done website is not late, the study on hold is. */
  trellis_action_filter_set_overdue (filter, TRUE, "2027-02-01");
  assert_passing (plan, filter, "Joint stand at a fair; Energy pool study");
  trellis_action_filter_set_overdue (filter, TRUE, "2026-12-01");
  assert_passing (plan, filter, "Energy pool study");

  /* Search: words in any text, owner and goal included, no case or accents. */
  trellis_action_filter_set_overdue (filter, FALSE, NULL);
  trellis_action_filter_set_search (filter, "ECOLE evening");
  assert_passing (plan, filter, "Tool-setter course");
  trellis_action_filter_set_search (filter, "chamber");
  assert_passing (plan, filter, "Joint stand at a fair");
  trellis_action_filter_set_search (filter, "skills");
  assert_passing (plan, filter, "Tool-setter course; Website");
  g_assert_false (trellis_action_filter_is_restricted (filter));
  g_assert_false (trellis_action_filter_is_empty (filter));

  /* A copy keeps it all; clearing lets everything through. */
  trellis_action_filter_set_status (filter, TRELLIS_STATUS_DONE);
  copy = trellis_action_filter_copy (filter);
  assert_passing (plan, copy, "Website");
  trellis_action_filter_clear (filter);
  g_assert_true (trellis_action_filter_is_empty (filter));
  assert_passing (plan, filter, "Tool-setter course; Joint stand at a fair; Energy pool study; Website");
  g_assert_cmpint (trellis_action_filter_get_status (copy), ==, TRELLIS_STATUS_DONE);
}

static void
test_overdue (Plan          *plan,
              gconstpointer  data)
{
  g_autofree char *today = trellis_date_format (trellis_date_today ());

  g_assert_true (trellis_action_is_overdue (plan->fair, trellis_date_parse ("2027-02-01")));
  /* Due today is not late yet. */
  g_assert_false (trellis_action_is_overdue (plan->fair, trellis_date_parse ("2027-01-31")));
  g_assert_false (trellis_action_is_overdue (plan->website, trellis_date_parse ("2030-01-01")));
  /* On hold past its due date is overdue, as the lights and the timeline say. */
  trellis_action_set_status (plan->fair, TRELLIS_STATUS_ON_HOLD);
  g_assert_true (trellis_action_is_overdue (plan->fair, trellis_date_parse ("2027-02-01")));
  g_assert_false (trellis_action_is_overdue (plan->fair, trellis_date_parse ("2027-01-31")));
  trellis_action_set_status (plan->fair, TRELLIS_STATUS_CANCELLED);
  g_assert_false (trellis_action_is_overdue (plan->fair, trellis_date_parse ("2030-01-01")));
  trellis_action_set_status (plan->fair, TRELLIS_STATUS_ON_HOLD);
  trellis_action_set_due (plan->fair, TRELLIS_DAY_NONE);
  g_assert_false (trellis_action_is_overdue (plan->fair, trellis_date_parse ("2030-01-01")));

  g_assert_cmpuint (strlen (today), ==, 10);
  g_assert_true (trellis_action_check_date (today, NULL));
}

/* The titles in the order of a comparison, "A; B"; by the goals' order
 * where @field is -1. */
static char *
sorted_by (Plan *plan,
           int   field)
{
  TrellisAction *actions[] = { plan->course, plan->fair, plan->study, plan->website };
  g_autoptr(GString) text = g_string_new (NULL);

  /* Insertion sort: stable, so ties keep the file's order. */
  for (guint i = 1; i < G_N_ELEMENTS (actions); i++)
    for (guint j = i; j > 0; j--)
      {
        int order = field >= 0
                    ? trellis_action_compare (plan->project, actions[j - 1], actions[j], field)
                    : trellis_action_compare_goals (plan->project, actions[j - 1], actions[j]);
        TrellisAction *swap;

        if (order <= 0)
          break;
        swap = actions[j];
        actions[j] = actions[j - 1];
        actions[j - 1] = swap;
      }

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "; " : "",
                            trellis_action_get_title (TRELLIS_ACTION (TRELLIS_ITEM (actions[i]))));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_sorted(plan, field, expected) \
  G_STMT_START { \
    g_autofree char *got__ = sorted_by (plan, field); \
    g_assert_cmpstr (got__, ==, expected); \
  } G_STMT_END

static void
test_sort (Plan          *plan,
           gconstpointer  data)
{
  assert_sorted (plan, TRELLIS_ACTION_FIELD_TITLE,
                 "Energy pool study; Joint stand at a fair; Tool-setter course; Website");
  assert_sorted (plan, TRELLIS_ACTION_FIELD_DUE,
                 "Website; Energy pool study; Joint stand at a fair; Tool-setter course");
  /* Goal and owner by their names; none last. */
  assert_sorted (plan, TRELLIS_ACTION_FIELD_GOAL,
                 "Tool-setter course; Website; Joint stand at a fair; Energy pool study");
  assert_sorted (plan, TRELLIS_ACTION_FIELD_OWNER,
                 "Joint stand at a fair; Energy pool study; Tool-setter course; Website");
  assert_sorted (plan, TRELLIS_ACTION_FIELD_STATUS,
                 "Joint stand at a fair; Tool-setter course; Website; Energy pool study");
  assert_sorted (plan, TRELLIS_ACTION_FIELD_PROGRESS,
                 "Joint stand at a fair; Tool-setter course; Energy pool study; Website");
  /* Unset budgets last. */
  assert_sorted (plan, TRELLIS_ACTION_FIELD_BUDGET_PLANNED,
                 "Tool-setter course; Joint stand at a fair; Energy pool study; Website");
  assert_sorted (plan, TRELLIS_ACTION_FIELD_QUICK_WIN,
                 "Tool-setter course; Joint stand at a fair; Website; Energy pool study");
  /* Empty start dates are level. */
  assert_sorted (plan, TRELLIS_ACTION_FIELD_START,
                 "Tool-setter course; Joint stand at a fair; Energy pool study; Website");

  /* Grouping: the goals' order in the project, no goal last. */
  assert_sorted (plan, -1, "Tool-setter course; Website; Joint stand at a fair; Energy pool study");
  trellis_project_move_item (plan->project, TRELLIS_ITEM (plan->markets), 0);
  assert_sorted (plan, -1, "Joint stand at a fair; Tool-setter course; Website; Energy pool study");
}

static void
test_labels (Plan          *plan,
             gconstpointer  data)
{
  g_autofree char *owner = trellis_action_dup_owner_label (plan->project, plan->course);
  g_autofree char *outside = trellis_action_dup_owner_label (plan->project, plan->study);
  g_autofree char *nobody = trellis_action_dup_owner_label (plan->project, plan->website);
  g_autofree char *goal = trellis_action_dup_goal_label (plan->project, plan->fair);
  g_autofree char *no_goal = trellis_action_dup_goal_label (plan->project, plan->study);
  g_autofree char *budget = trellis_action_format_budget (plan->course);
  g_autofree char *planned = trellis_action_format_budget (plan->fair);
  g_autofree char *none = trellis_action_format_budget (plan->website);

  g_assert_cmpstr (owner, ==, "Vocational School");
  g_assert_cmpstr (outside, ==, "Dr. Lena Brunner");
  g_assert_null (nobody);
  g_assert_cmpstr (goal, ==, "Open markets abroad");
  g_assert_null (no_goal);
  g_assert_cmpstr (budget, ==, "3\u202f100 / 24\u202f000 EUR");
  g_assert_cmpstr (planned, ==, "– / 30\u202f000 EUR");
  g_assert_cmpstr (none, ==, "");
  trellis_action_set_budget_planned (plan->website, 1234567.5);
  trellis_action_set_budget_spent (plan->website, 999.999);
  g_clear_pointer (&none, g_free);
  none = trellis_action_format_budget (plan->website);
  g_assert_cmpstr (none, ==, "1\u202f000 / 1\u202f234\u202f567.50");

  /* A deleted owner leaves the action without one. */
  trellis_project_remove_item (plan->project, TRELLIS_ITEM (plan->school));
  g_clear_pointer (&owner, g_free);
  owner = trellis_action_dup_owner_label (plan->project, plan->course);
  g_assert_null (owner);
}

static void
test_input (void)
{
  g_autoptr(GError) error = NULL;
  double amount = 0;

  g_assert_true (trellis_action_check_date ("2027-02-28", &error));
  g_assert_true (trellis_action_check_date ("", &error));
  g_assert_true (trellis_action_check_date (NULL, &error));
  g_assert_no_error (error);
  g_assert_false (trellis_action_check_date ("2027-02-30", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
  g_clear_error (&error);
  g_assert_false (trellis_action_check_date ("31.03.2027", &error));
  g_assert_nonnull (strstr (error->message, "“31.03.2027”"));
  g_clear_error (&error);

  g_assert_true (trellis_action_parse_amount ("1500,50", &amount, &error));
  g_assert_cmpfloat (amount, ==, 1500.5);
  g_assert_true (trellis_action_parse_amount (" ", &amount, &error));
  g_assert_true (isnan (amount));
  g_assert_no_error (error);
  g_assert_false (trellis_action_parse_amount ("lots", &amount, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (trellis_action_parse_amount ("-5", &amount, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_add (Plan          *plan,
          gconstpointer  data)
{
  TrellisHistory *history = trellis_project_get_history (plan->project);
  g_autoptr(TrellisActionFilter) filter = trellis_action_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  TrellisAction *action;
  TrellisMilestone *milestone;

  /* A new action fits the filter it was added under; one undo step. */
  trellis_action_filter_set_goal (filter, uuid (plan->markets));
  trellis_action_filter_set_owner (filter, "Dr. Lena Brunner");
  trellis_action_filter_set_status (filter, TRELLIS_STATUS_IN_PROGRESS);
  action = trellis_project_add_action (plan->project, NULL, filter);
  g_assert_cmpstr (trellis_action_get_title (action), ==, "New action");
  g_assert_cmpstr (trellis_action_get_goal_uuid (action), ==, uuid (plan->markets));
  g_assert_cmpstr (trellis_action_get_owner_name (action), ==, "Dr. Lena Brunner");
  g_assert_null (trellis_action_get_owner_uuid (action));
  g_assert_true (trellis_action_filter_matches (filter, plan->project, action));
  g_assert_cmpuint (trellis_project_count_items (plan->project, TRELLIS_TYPE_ACTION), ==, 5);

  /* Milestones: checked, then one undo step each. */
  g_assert_null (trellis_action_add_milestone (plan->project, action, "  ", "2027-03-01", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (trellis_action_add_milestone (plan->project, action, "Stand booked", "March", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  milestone = trellis_action_add_milestone (plan->project, action, " Stand booked ", "2027-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_milestone_get_title (milestone), ==, "Stand booked");
  milestones = trellis_milestone_list_by_action (plan->project, TRELLIS_ACTION (action));
  g_assert_cmpuint (milestones->len, ==, 1);

  trellis_history_undo (history);
  g_assert_cmpuint (trellis_project_count_items (plan->project, TRELLIS_TYPE_MILESTONE), ==, 0);
  trellis_history_undo (history);
  g_assert_cmpuint (trellis_project_count_items (plan->project, TRELLIS_TYPE_ACTION), ==, 4);

  /* A stakeholder as the filter's owner becomes the owner. */
  trellis_action_filter_set_owner (filter, uuid (plan->school));
  action = trellis_project_add_action (plan->project, "Course flyer", filter);
  g_assert_cmpstr (trellis_action_get_owner_uuid (action), ==, uuid (plan->school));
  g_assert_null (trellis_action_get_owner_name (action));
}

static void
test_set_owner (Plan          *plan,
                gconstpointer  data)
{
  TrellisHistory *history = trellis_project_get_history (plan->project);
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();

  g_ptr_array_add (actions, plan->course);
  g_ptr_array_add (actions, plan->study);

  /* An outside name replaces both kinds of owner, as one step. */
  trellis_plan_set_owner (plan->project, actions, NULL, "Sara Keller");
  g_assert_null (trellis_action_get_owner_uuid (plan->course));
  g_assert_cmpstr (trellis_action_get_owner_name (plan->course), ==, "Sara Keller");
  g_assert_cmpstr (trellis_action_get_owner_name (plan->study), ==, "Sara Keller");
  trellis_history_undo (history);
  g_assert_cmpstr (trellis_action_get_owner_uuid (plan->course), ==, uuid (plan->school));
  g_assert_null (trellis_action_get_owner_name (plan->course));
  g_assert_cmpstr (trellis_action_get_owner_name (plan->study), ==, "Dr. Lena Brunner");

  /* A stakeholder clears the outside name. */
  trellis_plan_set_owner (plan->project, actions, uuid (plan->chamber), "ignored");
  g_assert_cmpstr (trellis_action_get_owner_uuid (plan->study), ==, uuid (plan->chamber));
  g_assert_null (trellis_action_get_owner_name (plan->study));
  trellis_history_undo (history);
  g_assert_null (trellis_action_get_owner_uuid (plan->study));
}

/* Ranked once, the goals' order is the one trellis_action_compare_goals ()
 * gives; a goal added later is unknown to an old table and sorts last. */
static void
test_goal_ranks (Plan          *plan,
                 gconstpointer  data)
{
  TrellisAction *actions[] = { plan->course, plan->fair, plan->study, plan->website };
  g_autoptr(GHashTable) ranks = trellis_plan_rank_goals (plan->project);
  TrellisGoal *late;

  g_assert_cmpuint (g_hash_table_size (ranks), ==,
                    g_list_model_get_n_items (trellis_project_get_items (plan->project, TRELLIS_TYPE_GOAL)));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    for (guint j = 0; j < G_N_ELEMENTS (actions); j++)
      {
        int expected = trellis_action_compare_goals (plan->project, actions[i], actions[j]);
        int ranked = trellis_action_compare_goal_ranks (ranks, actions[i], actions[j]);

        g_assert_cmpint ((expected > 0) - (expected < 0), ==, (ranked > 0) - (ranked < 0));
      }
  /* The study has no goal: after the others. */
  g_assert_cmpint (trellis_action_compare_goal_ranks (ranks, plan->study, plan->course), >, 0);
  g_assert_cmpint (trellis_action_compare_goal_ranks (ranks, plan->course, plan->study), <, 0);

  late = trellis_goal_new ("Added after the ranking");
  trellis_project_add_item (plan->project, TRELLIS_ITEM (late));
  trellis_action_set_goal (plan->study, late);
  g_assert_cmpint (trellis_action_compare_goal_ranks (ranks, plan->study, plan->course), >, 0);
  g_object_unref (late);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/action-filter/filter", Plan, NULL, plan_set_up, test_filter, plan_tear_down);
  g_test_add ("/core/action-filter/overdue", Plan, NULL, plan_set_up, test_overdue, plan_tear_down);
  g_test_add ("/core/action-filter/sort", Plan, NULL, plan_set_up, test_sort, plan_tear_down);
  g_test_add ("/core/action-filter/labels", Plan, NULL, plan_set_up, test_labels, plan_tear_down);
  g_test_add_func ("/core/action-filter/input", test_input);
  g_test_add ("/core/action-filter/add", Plan, NULL, plan_set_up, test_add, plan_tear_down);
  g_test_add ("/core/action-filter/set-owner", Plan, NULL, plan_set_up, test_set_owner, plan_tear_down);
  g_test_add ("/core/action-filter/goal-ranks", Plan, NULL, plan_set_up, test_goal_ranks, plan_tear_down);

  return g_test_run ();
}
