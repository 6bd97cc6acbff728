/* test-status.c: the traffic-light rules and their boundaries, paths /core/status/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "trellis.h"

static TrellisStatusRules rules;

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;
}

#define assert_status(kind, project, item, as_of, expected_light, expected_reason) \
  G_STMT_START { \
    g_auto(TrellisStatus) status_ = { 0 }; \
    trellis_status_of_##kind (project, TRELLIS_ITEM (item), as_of, &rules, &status_); \
    g_assert_cmpint (status_.light, ==, expected_light); \
    g_assert_cmpstr (status_.reason, ==, expected_reason); \
  } G_STMT_END

static void
test_milestone (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisMilestone *survey = add (project, trellis_milestone_new ("Members' survey", trellis_date_parse ("2026-10-01")));

  assert_status (milestone, project, survey, "2026-09-01", TRELLIS_LIGHT_GREEN,
                 "Milestone “Members' survey” is due on 2026-10-01");
  /* Fourteen days before is the first amber day, the day itself the last. */
  assert_status (milestone, project, survey, "2026-09-16", TRELLIS_LIGHT_GREEN,
                 "Milestone “Members' survey” is due on 2026-10-01");
  assert_status (milestone, project, survey, "2026-09-17", TRELLIS_LIGHT_AMBER,
                 "Milestone “Members' survey” is due on 2026-10-01, in 14 days, and not reached yet");
  assert_status (milestone, project, survey, "2026-10-01", TRELLIS_LIGHT_AMBER,
                 "Milestone “Members' survey” is due today, 2026-10-01, and not reached yet");
  assert_status (milestone, project, survey, "2026-10-02", TRELLIS_LIGHT_RED,
                 "Milestone “Members' survey” was due on 2026-10-01 and is not reached");

  /* Reached late: red before it was reached, green from that day. */
  trellis_milestone_set_reached (survey, trellis_date_parse ("2026-10-05"));
  assert_status (milestone, project, survey, "2026-10-04", TRELLIS_LIGHT_RED,
                 "Milestone “Members' survey” was due on 2026-10-01 and is not reached");
  assert_status (milestone, project, survey, "2026-10-05", TRELLIS_LIGHT_GREEN,
                 "Milestone “Members' survey” was reached on 2026-10-05, 4 days late");
  /* Reached on its date is not late. */
  trellis_milestone_set_reached (survey, trellis_date_parse ("2026-10-01"));
  assert_status (milestone, project, survey, "2026-10-05", TRELLIS_LIGHT_GREEN,
                 "Milestone “Members' survey” was reached on 2026-10-01");
  trellis_milestone_set_reached (survey, trellis_date_parse ("2026-10-02"));
  assert_status (milestone, project, survey, "2026-10-05", TRELLIS_LIGHT_GREEN,
                 "Milestone “Members' survey” was reached on 2026-10-02, 1 day late");
}

static void
test_action (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisAction *fair = add (project, trellis_action_new ("Trade fair"));

  assert_status (action, project, fair, "2026-05-01", TRELLIS_LIGHT_GREY, "Action “Trade fair” has no due date");

  /* 100 days, from 2026-01-01 to 2026-04-11. */
  trellis_action_set_start (fair, trellis_date_parse ("2026-01-01"));
  trellis_action_set_due (fair, trellis_date_parse ("2026-04-11"));
  trellis_action_set_progress (fair, 50);
  assert_status (action, project, fair, "2026-02-20", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is on track: 50 % done, 50 % expected by now");
  /* Behind, but not yet near its due date. */
  trellis_action_set_progress (fair, 20);
  assert_status (action, project, fair, "2026-03-27", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is behind, 20 % done where 85 % was expected by now; "
                 "it turns amber from 2026-03-28 if it is still behind");
  /* Within fourteen days and more than ten points behind: amber. */
  assert_status (action, project, fair, "2026-03-28", TRELLIS_LIGHT_AMBER,
                 "Action “Trade fair” is due on 2026-04-11 at 20 % done, where 86 % was expected");
  /* Exactly ten points behind is not behind. */
  trellis_action_set_progress (fair, 76);
  assert_status (action, project, fair, "2026-03-28", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is on track: 76 % done, 86 % expected by now");
  /* On its due day, all of it is expected; the day after, not done is red. */
  assert_status (action, project, fair, "2026-04-11", TRELLIS_LIGHT_AMBER,
                 "Action “Trade fair” is due on 2026-04-11 at 76 % done, where 100 % was expected");
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_RED,
                 "Action “Trade fair” was due on 2026-04-11 and is not done (76 %)");

  trellis_action_set_status (fair, TRELLIS_STATUS_DONE);
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_GREEN, "Action “Trade fair” is done");
  trellis_action_set_status (fair, TRELLIS_STATUS_CANCELLED);
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_GREY, "Action “Trade fair” was cancelled");
  trellis_action_set_status (fair, TRELLIS_STATUS_ON_HOLD);
  assert_status (action, project, fair, "2026-02-01", TRELLIS_LIGHT_AMBER, "Action “Trade fair” is on hold");
  /* On hold does not move the due date: past it, on hold is overdue, red. */
  assert_status (action, project, fair, "2026-04-11", TRELLIS_LIGHT_AMBER, "Action “Trade fair” is on hold");
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_RED,
                 "Action “Trade fair” is on hold and was due on 2026-04-11 (76 % done)");
}

static void
test_not_started (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisAction *fair = add (project, trellis_action_new ("Trade fair"));

  /* Planned, nothing done, starting later: not "on track", but green. */
  trellis_action_set_status (fair, TRELLIS_STATUS_PLANNED);
  trellis_action_set_start (fair, trellis_date_parse ("2026-03-01"));
  trellis_action_set_due (fair, trellis_date_parse ("2026-06-30"));
  trellis_action_set_progress (fair, 0);
  assert_status (action, project, fair, "2026-02-28", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” has not started yet; it starts on 2026-03-01");
  /* Started on paper, still planned, within the allowance of ten points. */
  assert_status (action, project, fair, "2026-03-10", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” has not started yet; it was to start on 2026-03-01");
  /* In progress at 0 % before its start is not started either. */
  trellis_action_set_status (fair, TRELLIS_STATUS_IN_PROGRESS);
  assert_status (action, project, fair, "2026-02-28", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” has not started yet; it starts on 2026-03-01");
  assert_status (action, project, fair, "2026-03-10", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is on track: 0 % done, 7 % expected by now");
  /* Far behind a start long passed: behind, never "on track". */
  trellis_action_set_status (fair, TRELLIS_STATUS_PLANNED);
  assert_status (action, project, fair, "2026-05-01", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is behind, 0 % done where 50 % was expected by now; "
                 "it turns amber from 2026-06-16 if it is still behind");
}

static void
test_budget (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisAction *lab = add (project, trellis_action_new ("Test lab"));

  trellis_action_set_start (lab, trellis_date_parse ("2026-01-01"));
  trellis_action_set_due (lab, trellis_date_parse ("2026-12-31"));
  trellis_action_set_progress (lab, 30);
  trellis_action_set_budget_planned (lab, 10000.0);
  trellis_action_set_budget_spent (lab, 4900.0);
  /* 49 % spent at 30 % progress: 19 points ahead, still green. */
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_GREEN,
                 "Action “Test lab” is on track: 30 % done, 16 % expected by now");
  trellis_action_set_budget_spent (lab, 5000.0);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_AMBER,
                 "Action “Test lab” has spent 50 % of its budget at 30 % progress");
  trellis_action_set_budget_spent (lab, 7000.0);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_RED,
                 "Action “Test lab” has spent 70 % of its budget at 30 % progress");
  /* A red for being late outweighs an amber budget. */
  trellis_action_set_budget_spent (lab, 5000.0);
  trellis_action_set_due (lab, trellis_date_parse ("2026-02-01"));
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_RED,
                 "Action “Test lab” was due on 2026-02-01 and is not done (30 %)");
}

static void
test_overrun (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisAction *lab = add (project, trellis_action_new ("Test lab"));

  /* Spent = planned is not over, done or not. */
  trellis_action_set_status (lab, TRELLIS_STATUS_DONE);
  trellis_action_set_start (lab, trellis_date_parse ("2026-01-01"));
  trellis_action_set_due (lab, trellis_date_parse ("2026-12-31"));
  trellis_action_set_progress (lab, 100);
  trellis_action_set_budget_planned (lab, 48000.0);
  trellis_action_set_budget_spent (lab, 48000.0);
  trellis_action_set_currency (lab, "EUR");
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_GREEN, "Action “Test lab” is done");
  /* One cent over is over, also once done. */
  trellis_action_set_budget_spent (lab, 48000.01);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_AMBER,
                 "Action “Test lab” is over budget: spent 48\u202f000 EUR of 48\u202f000 EUR planned, 100 %");
  trellis_action_set_budget_spent (lab, 52300.0);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_AMBER,
                 "Action “Test lab” is over budget: spent 52\u202f300 EUR of 48\u202f000 EUR planned, 109 %");
  /* Whatever the progress: in progress far ahead of its spending, still over. */
  trellis_action_set_status (lab, TRELLIS_STATUS_IN_PROGRESS);
  trellis_action_set_progress (lab, 95);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_AMBER,
                 "Action “Test lab” is over budget: spent 52\u202f300 EUR of 48\u202f000 EUR planned, 109 %");
  /* Over budget and the spending 40 points ahead of progress: red. */
  trellis_action_set_progress (lab, 68);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_RED,
                 "Action “Test lab” is over budget: spent 52\u202f300 EUR of 48\u202f000 EUR planned, 109 %");
  /* A cancelled action is not judged. */
  trellis_action_set_status (lab, TRELLIS_STATUS_CANCELLED);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_GREY, "Action “Test lab” was cancelled");
}

static void
test_indicator (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisGoal *goal = add (project, trellis_goal_new ("Members"));
  TrellisIndicator *members = trellis_goal_add_indicator (project, goal, "Member firms");
  TrellisIndicator *scrap = trellis_goal_add_indicator (project, goal, "Scrap rate");

  assert_status (indicator, project, members, "2026-06-01", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has no baseline yet");
  trellis_indicator_set_baseline (members, 20.0);
  assert_status (indicator, project, members, "2026-06-01", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has no target yet");
  trellis_indicator_set_target (members, 20.0);
  assert_status (indicator, project, members, "2026-06-01", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has a target equal to its baseline");

  /* From 20 to 40 members over 100 days. */
  trellis_indicator_set_baseline (members, 20.0);
  trellis_indicator_set_baseline_date (members, trellis_date_parse ("2026-01-01"));
  trellis_indicator_set_target (members, 40.0);
  trellis_indicator_set_target_date (members, trellis_date_parse ("2026-04-11"));
  trellis_indicator_add_measurement (project, members, "2026-02-20", 30, NULL, NULL);
  assert_status (indicator, project, members, "2026-02-20", TRELLIS_LIGHT_GREEN,
                 "Indicator “Member firms” is 50 % of the way to its target, with 50 % of the time passed");
  assert_status (indicator, project, members, "2026-02-21", TRELLIS_LIGHT_AMBER,
                 "Indicator “Member firms” is only 50 % of the way to its target, with 51 % of the time passed");
  /* Below half of what the time demands: red. */
  assert_status (indicator, project, members, "2026-04-11", TRELLIS_LIGHT_AMBER,
                 "Indicator “Member firms” is only 50 % of the way to its target, with 100 % of the time passed");
  trellis_indicator_add_measurement (project, members, "2026-03-01", 29, NULL, NULL);
  assert_status (indicator, project, members, "2026-04-11", TRELLIS_LIGHT_RED,
                 "Indicator “Member firms” is only 45 % of the way to its target, with 100 % of the time passed");

  /* After the target date, the only question is met or missed. */
  assert_status (indicator, project, members, "2026-04-12", TRELLIS_LIGHT_RED,
                 "Indicator “Member firms”: its target of 40 by 2026-04-11 was missed: 29 reached");
  /* Missed is red even where the old rule said amber (more than half the way). */
  trellis_indicator_add_measurement (project, members, "2026-04-10", 39, NULL, NULL);
  assert_status (indicator, project, members, "2026-04-11", TRELLIS_LIGHT_AMBER,
                 "Indicator “Member firms” is only 95 % of the way to its target, with 100 % of the time passed");
  assert_status (indicator, project, members, "2026-04-12", TRELLIS_LIGHT_RED,
                 "Indicator “Member firms”: its target of 40 by 2026-04-11 was missed: 39 reached");
  trellis_indicator_add_measurement (project, members, "2026-04-11", 40, NULL, NULL);
  assert_status (indicator, project, members, "2026-04-11", TRELLIS_LIGHT_GREEN,
                 "Indicator “Member firms” is 100 % of the way to its target, with 100 % of the time passed");
  assert_status (indicator, project, members, "2026-04-12", TRELLIS_LIGHT_GREEN,
                 "Indicator “Member firms”: its target of 40 by 2026-04-11 was met: 40 reached");

  /* As of a day before a measurement, it is not known yet. */
  assert_status (indicator, project, members, "2026-02-25", TRELLIS_LIGHT_AMBER,
                 "Indicator “Member firms” is only 50 % of the way to its target, with 55 % of the time passed");
  assert_status (indicator, project, members, "2026-02-19", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has no measurement by 2026-02-19 yet");

  /* Lower is better: from 8 % to 4 % scrap. */
  trellis_indicator_set_direction (scrap, TRELLIS_DIRECTION_LOWER);
  trellis_indicator_set_baseline (scrap, 8.0);
  trellis_indicator_set_baseline_date (scrap, trellis_date_parse ("2026-01-01"));
  trellis_indicator_set_target (scrap, 4.0);
  trellis_indicator_set_target_date (scrap, trellis_date_parse ("2026-04-11"));
  trellis_indicator_add_measurement (project, scrap, "2026-02-01", 5, NULL, NULL);
  assert_status (indicator, project, scrap, "2026-02-20", TRELLIS_LIGHT_GREEN,
                 "Indicator “Scrap rate” is 75 % of the way to its target, with 50 % of the time passed");
  assert_status (indicator, project, scrap, "2026-04-12", TRELLIS_LIGHT_RED,
                 "Indicator “Scrap rate”: its target of 4 by 2026-04-11 was missed: 5 reached");
  trellis_indicator_add_measurement (project, scrap, "2026-04-01", 3.5, NULL, NULL);
  assert_status (indicator, project, scrap, "2026-04-12", TRELLIS_LIGHT_GREEN,
                 "Indicator “Scrap rate”: its target of 4 by 2026-04-11 was met: 3.5 reached");
  trellis_indicator_set_target_date (scrap, TRELLIS_DAY_NONE);
  assert_status (indicator, project, scrap, "2026-02-20", TRELLIS_LIGHT_GREY,
                 "Indicator “Scrap rate” needs the dates of its baseline and target");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trellis_status_rules_init (&rules);

  g_test_add_func ("/core/status/milestone", test_milestone);
  g_test_add_func ("/core/status/action", test_action);
  g_test_add_func ("/core/status/not-started", test_not_started);
  g_test_add_func ("/core/status/budget", test_budget);
  g_test_add_func ("/core/status/overrun", test_overrun);
  g_test_add_func ("/core/status/indicator", test_indicator);

  return g_test_run ();
}
