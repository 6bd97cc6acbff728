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
  g_object_set (survey, "reached", "2026-10-05", NULL);
  assert_status (milestone, project, survey, "2026-10-04", TRELLIS_LIGHT_RED,
                 "Milestone “Members' survey” was due on 2026-10-01 and is not reached");
  assert_status (milestone, project, survey, "2026-10-05", TRELLIS_LIGHT_GREEN,
                 "Milestone “Members' survey” was reached on 2026-10-05");
}

static void
test_action (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisAction *fair = add (project, trellis_action_new ("Trade fair"));

  assert_status (action, project, fair, "2026-05-01", TRELLIS_LIGHT_GREY, "Action “Trade fair” has no due date");

  /* 100 days, from 2026-01-01 to 2026-04-11. */
  g_object_set (fair, "start", "2026-01-01", "due", "2026-04-11", "progress", 50, NULL);
  assert_status (action, project, fair, "2026-02-20", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is on track: 50 % done, 50 % expected by now");
  /* Behind, but not yet near its due date. */
  g_object_set (fair, "progress", 20, NULL);
  assert_status (action, project, fair, "2026-03-27", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is behind, 20 % done where 85 % was expected by now; "
                 "it turns amber from 2026-03-28 if it is still behind");
  /* Within fourteen days and more than ten points behind: amber. */
  assert_status (action, project, fair, "2026-03-28", TRELLIS_LIGHT_AMBER,
                 "Action “Trade fair” is due on 2026-04-11 at 20 % done, where 86 % was expected");
  /* Exactly ten points behind is not behind. */
  g_object_set (fair, "progress", 76, NULL);
  assert_status (action, project, fair, "2026-03-28", TRELLIS_LIGHT_GREEN,
                 "Action “Trade fair” is on track: 76 % done, 86 % expected by now");
  /* On its due day, all of it is expected; the day after, not done is red. */
  assert_status (action, project, fair, "2026-04-11", TRELLIS_LIGHT_AMBER,
                 "Action “Trade fair” is due on 2026-04-11 at 76 % done, where 100 % was expected");
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_RED,
                 "Action “Trade fair” was due on 2026-04-11 and is not done (76 %)");

  g_object_set (fair, "status", TRELLIS_STATUS_DONE, NULL);
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_GREEN, "Action “Trade fair” is done");
  g_object_set (fair, "status", TRELLIS_STATUS_CANCELLED, NULL);
  assert_status (action, project, fair, "2026-04-12", TRELLIS_LIGHT_GREY, "Action “Trade fair” was cancelled");
  g_object_set (fair, "status", TRELLIS_STATUS_ON_HOLD, NULL);
  assert_status (action, project, fair, "2026-02-01", TRELLIS_LIGHT_AMBER, "Action “Trade fair” is on hold");
}

static void
test_budget (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Status");
  TrellisAction *lab = add (project, trellis_action_new ("Test lab"));

  g_object_set (lab, "start", "2026-01-01", "due", "2026-12-31", "progress", 30,
                "budget-planned", 10000.0, "budget-spent", 4900.0, NULL);
  /* 49 % spent at 30 % progress: 19 points ahead, still green. */
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_GREEN,
                 "Action “Test lab” is on track: 30 % done, 16 % expected by now");
  g_object_set (lab, "budget-spent", 5000.0, NULL);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_AMBER,
                 "Action “Test lab” has spent 50 % of its budget at 30 % progress");
  g_object_set (lab, "budget-spent", 7000.0, NULL);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_RED,
                 "Action “Test lab” has spent 70 % of its budget at 30 % progress");
  /* A red for being late outweighs an amber budget. */
  g_object_set (lab, "budget-spent", 5000.0, "due", "2026-02-01", NULL);
  assert_status (action, project, lab, "2026-03-01", TRELLIS_LIGHT_RED,
                 "Action “Test lab” was due on 2026-02-01 and is not done (30 %)");
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
  g_object_set (members, "baseline", 20.0, NULL);
  assert_status (indicator, project, members, "2026-06-01", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has no target yet");
  g_object_set (members, "target", 20.0, NULL);
  assert_status (indicator, project, members, "2026-06-01", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has a target equal to its baseline");

  /* From 20 to 40 members over 100 days. */
  g_object_set (members, "baseline", 20.0, "baseline-date", "2026-01-01",
                "target", 40.0, "target-date", "2026-04-11", NULL);
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

  /* As of a day before a measurement, it is not known yet. */
  assert_status (indicator, project, members, "2026-02-25", TRELLIS_LIGHT_AMBER,
                 "Indicator “Member firms” is only 50 % of the way to its target, with 55 % of the time passed");
  assert_status (indicator, project, members, "2026-02-19", TRELLIS_LIGHT_GREY,
                 "Indicator “Member firms” has no measurement by 2026-02-19 yet");

  /* Lower is better: from 8 % to 4 % scrap. */
  g_object_set (scrap, "direction", TRELLIS_DIRECTION_LOWER, "baseline", 8.0, "baseline-date", "2026-01-01",
                "target", 4.0, "target-date", "2026-04-11", NULL);
  trellis_indicator_add_measurement (project, scrap, "2026-02-01", 5, NULL, NULL);
  assert_status (indicator, project, scrap, "2026-02-20", TRELLIS_LIGHT_GREEN,
                 "Indicator “Scrap rate” is 75 % of the way to its target, with 50 % of the time passed");
  g_object_set (scrap, "target-date", NULL, NULL);
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
  g_test_add_func ("/core/status/budget", test_budget);
  g_test_add_func ("/core/status/indicator", test_indicator);

  return g_test_run ();
}
