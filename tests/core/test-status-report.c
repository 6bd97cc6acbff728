/* test-status-report.c: the roll-up and the overrides, paths /core/status-report/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

/* An action of @goal, due on @due, done or not. */
static TrellisAction *
add_action (TrellisProject *project,
            TrellisGoal    *goal,
            const char     *title,
            const char     *due,
            gboolean        done)
{
  TrellisAction *action = add (project, trellis_action_new (title));

  trellis_action_set_start (action, trellis_date_parse ("2026-01-01"));
  trellis_action_set_due (action, trellis_date_parse (due));
  trellis_action_set_status (action, done ? TRELLIS_STATUS_DONE : TRELLIS_STATUS_IN_PROGRESS);
  if (goal != NULL)
    trellis_action_set_goal_uuid (action, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  return action;
}

static const TrellisStatusEntry *
lookup (TrellisStatusReport *report,
        gpointer             item)
{
  const TrellisStatusEntry *entry = trellis_status_report_lookup (report, TRELLIS_ITEM (item));

  g_assert_nonnull (entry);
  return entry;
}

static void
test_action_milestones (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Roll-up");
  TrellisAction *fair = add_action (project, NULL, "Trade fair", "2026-12-31", FALSE);
  TrellisMilestone *booth = add (project, trellis_milestone_new ("Booth booked", trellis_date_parse ("2026-06-01")));
  g_autoptr(TrellisStatusReport) report = NULL;
  const TrellisStatusEntry *entry;

  trellis_action_set_progress (fair, 50);
  report = trellis_status_report_new (project, "2026-05-01");
  g_assert_cmpint (lookup (report, fair)->light, ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpuint (lookup (report, fair)->causes->len, ==, 0);
  g_clear_object (&report);

  /* A missed milestone makes its action red, with the milestone's reason. */
  trellis_milestone_set_action_uuid (booth, trellis_item_get_uuid (TRELLIS_ITEM (fair)));
  report = trellis_status_report_new (project, "2026-06-02");
  entry = lookup (report, fair);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpstr (trellis_status_entry_get_reason (entry), ==,
                   "Milestone “Booth booked” was due on 2026-06-01 and is not reached");
  g_assert_cmpuint (entry->causes->len, ==, 1);
  g_assert_true (((TrellisStatusEntry *) g_ptr_array_index (entry->causes, 0))->item == TRELLIS_ITEM (booth));
  g_clear_object (&report);

  /* Reached, it no longer counts against the action. */
  trellis_milestone_set_reached (booth, trellis_date_parse ("2026-06-01"));
  report = trellis_status_report_new (project, "2026-06-02");
  g_assert_cmpint (lookup (report, fair)->light, ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (lookup (report, fair)), ==,
                   "Action “Trade fair” is on track: 50 % done, 42 % expected by now");
}

static void
test_goal_worst (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Roll-up");
  TrellisGoal *goal = add (project, trellis_goal_new ("Skills"));
  TrellisGoal *empty = add (project, trellis_goal_new ("Empty"));
  g_autoptr(TrellisStatusReport) report = NULL;
  const TrellisStatusEntry *entry;
  TrellisAction *late;
  TrellisMilestone *interim;

  report = trellis_status_report_new (project, "2026-06-02");
  g_assert_cmpint (lookup (report, empty)->light, ==, TRELLIS_LIGHT_GREY);
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (lookup (report, empty)), ==,
                   "Goal “Empty” has no actions, indicators or interim goals to judge it by");
  g_clear_object (&report);

  add_action (project, goal, "Course", "2026-12-31", FALSE);
  add_action (project, goal, "Survey", "2026-03-01", TRUE);
  add_action (project, goal, "No date", NULL, FALSE);
  report = trellis_status_report_new (project, "2026-06-02");
  entry = lookup (report, goal);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_GREEN);
  /* The grey part (no due date) does not count as judged. */
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (entry), ==, "Goal “Skills”: all 2 judged parts are green");
  g_assert_cmpuint (entry->causes->len, ==, 3);
  g_clear_object (&report);

  /* One late action of three: the goal is red, and says which. */
  late = add_action (project, goal, "Curriculum", "2026-05-31", FALSE);
  report = trellis_status_report_new (project, "2026-06-02");
  entry = lookup (report, goal);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (entry), ==,
                   "Goal “Skills” takes the worst light of its parts (1 red, 0 amber, 2 green): "
                   "Action “Curriculum” was due on 2026-05-31 and is not done (0 %)");
  g_assert_true (((TrellisStatusEntry *) g_ptr_array_index (entry->causes, 0))->item == TRELLIS_ITEM (late));
  g_assert_cmpuint (trellis_status_report_count (report, TRELLIS_TYPE_ACTION, TRELLIS_LIGHT_RED), ==, 1);
  g_assert_cmpuint (trellis_status_report_count (report, TRELLIS_TYPE_ACTION, TRELLIS_LIGHT_GREEN), ==, 2);
  g_assert_cmpuint (trellis_status_report_count (report, TRELLIS_TYPE_ACTION, TRELLIS_LIGHT_GREY), ==, 1);
  g_clear_object (&report);

  /* An interim goal (a milestone of the goal) counts as a part too. */
  trellis_action_set_status (late, TRELLIS_STATUS_DONE);
  interim = trellis_goal_add_milestone (project, goal, "Ten trainees", "2026-06-10", NULL);
  g_assert_nonnull (interim);
  report = trellis_status_report_new (project, "2026-06-02");
  entry = lookup (report, goal);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_AMBER);
  g_assert_true (((TrellisStatusEntry *) g_ptr_array_index (entry->causes, 0))->item == TRELLIS_ITEM (interim));
}

/* Three goals, @n_red of them with a late action; the others on track. */
static TrellisProject *
make_goals (guint n_goals,
            guint n_red,
            guint n_amber)
{
  TrellisProject *project = trellis_project_new ("Weighted");

  for (guint i = 0; i < n_goals; i++)
    {
      g_autofree char *title = g_strdup_printf ("Goal %u", i + 1);
      TrellisGoal *goal = add (project, trellis_goal_new (title));
      TrellisAction *action;

      if (i < n_red)
        add_action (project, goal, "Late", "2026-05-01", FALSE);
      else if (i < n_red + n_amber)
        {
          action = add_action (project, goal, "On hold", "2026-12-31", FALSE);
          trellis_action_set_status (action, TRELLIS_STATUS_ON_HOLD);
        }
      else
        add_action (project, goal, "Done", "2026-05-01", TRUE);
    }
  return project;
}

static void
assert_overall (guint        n_goals,
                guint        n_red,
                guint        n_amber,
                TrellisLight expected,
                const char  *reason)
{
  g_autoptr(TrellisProject) project = make_goals (n_goals, n_red, n_amber);
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, "2026-06-02");
  const TrellisStatusEntry *overall = trellis_status_report_get_overall (report);

  g_assert_cmpint (overall->light, ==, expected);
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (overall), ==, reason);
  g_assert_true (overall->item == TRELLIS_ITEM (trellis_project_get_header (project)));
  g_assert_true (trellis_status_report_lookup (report, overall->item) == overall);
  g_assert_cmpuint (overall->causes->len, ==, n_goals);
  if (n_red > 0)
    g_assert_cmpint (((TrellisStatusEntry *) g_ptr_array_index (overall->causes, 0))->light, ==, TRELLIS_LIGHT_RED);
}

static void
test_project_weighted (void)
{
  /* Red from a third of the judged parts. */
  assert_overall (3, 1, 0, TRELLIS_LIGHT_RED, "1 of the 3 goals and other parts that can be judged are red; from 33 % red the project is red");
  assert_overall (4, 1, 0, TRELLIS_LIGHT_AMBER,
                  "1 of the 4 goals and other parts that can be judged are red and 0 amber; from 33 % red the project would be red");
  assert_overall (6, 2, 0, TRELLIS_LIGHT_RED, "2 of the 6 goals and other parts that can be judged are red; from 33 % red the project is red");
  assert_overall (4, 0, 4, TRELLIS_LIGHT_AMBER,
                  "0 of the 4 goals and other parts that can be judged are red and 4 amber; from 33 % red the project would be red");
  assert_overall (2, 0, 0, TRELLIS_LIGHT_GREEN, "All 2 goals and other parts that can be judged are green");
  assert_overall (0, 0, 0, TRELLIS_LIGHT_GREY,
                  "Nothing in the plan can be judged yet: give the goals actions with due dates, "
                  "or indicators with a baseline, a target and a measurement");
}

static void
test_project_loose_parts (void)
{
  g_autoptr(TrellisProject) project = make_goals (2, 0, 0);
  g_autoptr(TrellisStatusReport) report = NULL;
  TrellisAction *loose;
  TrellisGoal *grey;

  /* A goal without data adds nothing; an action outside goals is a part. */
  grey = add (project, trellis_goal_new ("Not started"));
  loose = add_action (project, NULL, "Loose", "2026-05-01", FALSE);
  report = trellis_status_report_new (project, "2026-06-02");
  g_assert_cmpint (trellis_status_report_get_overall (report)->light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (trellis_status_report_get_overall (report)), ==,
                   "1 of the 3 goals and other parts that can be judged are red; from 33 % red the project is red");
  g_assert_true (((TrellisStatusEntry *) g_ptr_array_index (trellis_status_report_get_overall (report)->causes, 0))->item
                 == TRELLIS_ITEM (loose));
  g_assert_cmpint (lookup (report, grey)->light, ==, TRELLIS_LIGHT_GREY);
}

static void
test_thresholds (void)
{
  g_autoptr(TrellisProject) project = make_goals (4, 1, 0);
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, "2026-06-02");
  const TrellisStatusRules *rules = trellis_status_report_get_rules (report);

  /* The report uses the project's thresholds: the defaults here. */
  g_assert_cmpuint (rules->warn_days, ==, 14);
  g_assert_cmpfloat_with_epsilon (rules->project_red_share, 1.0 / 3, 1e-9);
  g_assert_cmpstr (trellis_status_report_get_as_of (report), ==, "2026-06-02");
  g_assert_true (trellis_status_report_get_project (report) == project);
}

static TrellisStatusOverride *
add_override (TrellisProject *project,
              gpointer        target,
              TrellisLight    light,
              const char     *date,
              const char     *reason)
{
  TrellisStatusOverride *override = trellis_status_override_new (trellis_item_get_uuid (TRELLIS_ITEM (target)),
                                                                 light, reason);

  trellis_status_override_set_date (override, trellis_date_parse (date));
  trellis_status_override_set_author (override, "Tobias Egger");
  return add (project, override);
}

static void
test_overrides (void)
{
  g_autoptr(TrellisProject) project = make_goals (3, 1, 0);
  TrellisGoal *late_goal = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL), 0);
  g_autoptr(TrellisStatusReport) report = NULL;
  const TrellisStatusEntry *entry;
  TrellisStatusOverride *first, *second;

  g_object_unref (late_goal);
  first = add_override (project, late_goal, TRELLIS_LIGHT_AMBER, "2026-06-01", "The partner confirmed a new date");

  /* Before its date it does not count. */
  report = trellis_status_report_new (project, "2026-05-31");
  g_assert_null (lookup (report, late_goal)->override);
  g_clear_object (&report);

  /* From its date: amber counts, the computed red stays visible, the roll-up uses amber. */
  report = trellis_status_report_new (project, "2026-06-02");
  entry = lookup (report, late_goal);
  g_assert_true (entry->override == TRELLIS_ITEM (first));
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_AMBER);
  g_assert_cmpint (entry->computed.light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpstr (trellis_status_entry_get_reason (entry), ==, "The partner confirmed a new date");
  g_assert_cmpint (trellis_status_report_get_overall (report)->light, ==, TRELLIS_LIGHT_AMBER);
  g_assert_true (trellis_status_find_override (project, TRELLIS_ITEM (late_goal), "2026-06-02") == TRELLIS_ITEM (first));
  g_clear_object (&report);

  /* A snapshot on the same day keeps it; one on a later day ends it. */
  add (project, trellis_snapshot_new (trellis_date_parse ("2026-06-01")));
  g_assert_true (trellis_status_find_override (project, TRELLIS_ITEM (late_goal), "2026-06-02") == TRELLIS_ITEM (first));
  add (project, trellis_snapshot_new (trellis_date_parse ("2026-06-30")));
  g_assert_true (trellis_status_find_override (project, TRELLIS_ITEM (late_goal), "2026-06-29") == TRELLIS_ITEM (first));
  g_assert_null (trellis_status_find_override (project, TRELLIS_ITEM (late_goal), "2026-06-30"));
  report = trellis_status_report_new (project, "2026-07-01");
  entry = lookup (report, late_goal);
  g_assert_null (entry->override);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_RED);
  g_clear_object (&report);

  /* Renewed after the snapshot, it counts again; the latest one wins. */
  second = add_override (project, late_goal, TRELLIS_LIGHT_GREEN, "2026-06-30", "Rescheduled with the board's consent");
  report = trellis_status_report_new (project, "2026-07-01");
  entry = lookup (report, late_goal);
  g_assert_true (entry->override == TRELLIS_ITEM (second));
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpint (trellis_status_report_get_overall (report)->light, ==, TRELLIS_LIGHT_GREEN);
  g_clear_object (&report);

  /* An override of the project as a whole. */
  add_override (project, trellis_project_get_header (project), TRELLIS_LIGHT_RED, "2026-07-01", "Funding ends");
  report = trellis_status_report_new (project, "2026-07-01");
  g_assert_cmpint (trellis_status_report_get_overall (report)->light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpint (trellis_status_report_get_overall (report)->computed.light, ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpstr (trellis_status_entry_get_reason (trellis_status_report_get_overall (report)), ==, "Funding ends");
}

/* Every item of the sample gets an entry, in file order, with a reason. */
static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, "2026-11-30");
  const GType types[] = { TRELLIS_TYPE_ACTION, TRELLIS_TYPE_MILESTONE, TRELLIS_TYPE_INDICATOR, TRELLIS_TYPE_GOAL };
  guint overridden = 0;

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) entries = trellis_status_report_list (report, types[t]);
      GListModel *items = trellis_project_get_items (project, types[t]);
      guint total = 0;

      g_assert_cmpuint (entries->len, ==, g_list_model_get_n_items (items));
      g_assert_cmpuint (entries->len, >, 0);
      for (guint i = 0; i < entries->len; i++)
        {
          const TrellisStatusEntry *entry = g_ptr_array_index (entries, i);
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

          g_assert_true (entry->item == item);
          g_assert_nonnull (trellis_status_entry_get_reason (entry));
          g_assert_cmpstr (trellis_status_entry_get_reason (entry), !=, "");
          overridden += entry->override != NULL;
        }
      for (TrellisLight light = TRELLIS_LIGHT_GREY; light <= TRELLIS_LIGHT_RED; light++)
        total += trellis_status_report_count (report, types[t], light);
      g_assert_cmpuint (total, ==, entries->len);
    }
  /* The sample's one override, set on 2026-11-05 after the snapshot of 2026-09-30. */
  g_assert_cmpuint (overridden, ==, 1);
  g_assert_cmpint (trellis_status_report_get_overall (report)->light, !=, TRELLIS_LIGHT_GREY);
}

/* The rules in words carry the thresholds they are given. */
static void
test_describe (void)
{
  TrellisStatusRules rules;
  g_autoptr(GPtrArray) texts = NULL;
  const TrellisStatusRuleText *milestones, *project;

  trellis_status_rules_init (&rules);
  rules.warn_days = 30;
  rules.project_red_share = 0.5;
  texts = trellis_status_describe_rules (&rules);
  g_assert_cmpuint (texts->len, ==, 7);
  milestones = g_ptr_array_index (texts, 0);
  project = g_ptr_array_index (texts, 5);
  g_assert_cmpstr (milestones->title, ==, "Milestones");
  g_assert_nonnull (strstr (milestones->text, "due within 30 days"));
  g_assert_cmpstr (project->title, ==, "The project");
  g_assert_nonnull (strstr (project->text, "at least 50 % of its goals"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/status-report/action-milestones", test_action_milestones);
  g_test_add_func ("/core/status-report/goal-worst", test_goal_worst);
  g_test_add_func ("/core/status-report/project-weighted", test_project_weighted);
  g_test_add_func ("/core/status-report/project-loose-parts", test_project_loose_parts);
  g_test_add_func ("/core/status-report/thresholds", test_thresholds);
  g_test_add_func ("/core/status-report/overrides", test_overrides);
  g_test_add_func ("/core/status-report/sample", test_sample);
  g_test_add_func ("/core/status-report/describe", test_describe);

  return g_test_run ();
}
