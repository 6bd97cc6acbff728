/* test-goals.c: goals, sources, indicators and measurements, paths /core/goals/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "trellis.h"

static TrellisHistory *
history (TrellisProject *project)
{
  return trellis_project_get_history (project);
}

static TrellisGoal *
add_goal (TrellisProject *project,
          const char     *title)
{
  g_autoptr(TrellisGoal) goal = trellis_goal_new (title);

  trellis_project_add_item (project, goal);
  return goal;
}

/* Round trip through the file format, as the user's next session sees it. */
static TrellisProject *
reload (TrellisProject *project)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  TrellisProject *loaded = trellis_project_load_from_data (data, length, "reload.trellis", &error);

  g_assert_no_error (error);
  g_assert_true (trellis_project_equal (project, loaded));
  return loaded;
}

static void
test_indicators (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "More joint R&D");
  TrellisGoal *other = add_goal (project, "Visibility abroad");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  TrellisIndicator *first, *second;

  before = trellis_goal_list_indicators (project, goal);
  g_assert_cmpuint (before->len, ==, 0);

  first = trellis_goal_add_indicator (project, goal, "Joint projects");
  second = trellis_goal_add_indicator (project, goal, "Partners in projects");
  trellis_goal_add_indicator (project, other, "Trade fairs");
  after = trellis_goal_list_indicators (project, goal);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_true (after->pdata[0] == first);
  g_assert_true (after->pdata[1] == second);
  g_assert_cmpstr (trellis_indicator_get_goal_uuid (first), ==, trellis_item_get_uuid (TRELLIS_ITEM (goal)));
  g_assert_true (trellis_indicator_get_goal (first) == goal);

  /* Each addition is one step. */
  g_assert_true (trellis_history_undo (history (project)));
  g_assert_true (trellis_history_undo (history (project)));
  undone = trellis_goal_list_indicators (project, goal);
  g_assert_cmpuint (undone->len, ==, 1);
  g_assert_true (undone->pdata[0] == first);
}

static void
test_measurable (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Skilled staff");
  TrellisIndicator *indicator;
  g_autofree char *no_indicator = NULL;
  g_autofree char *no_target = NULL;
  g_autofree char *none = NULL;

  g_assert_false (trellis_goal_is_measurable (project, goal, &no_indicator));
  g_assert_cmpstr (no_indicator, ==, "The goal has no indicator to measure it by");

  indicator = trellis_goal_add_indicator (project, goal, "Apprentices trained");
  g_assert_false (trellis_indicator_is_measurable (indicator, NULL));
  g_assert_false (trellis_goal_is_measurable (project, goal, &no_target));
  g_assert_cmpstr (no_target, ==, "Indicator “Apprentices trained” has no target value");

  /* A target of zero is a target. */
  trellis_indicator_set_target (indicator, 0.0);
  g_assert_true (trellis_indicator_is_measurable (indicator, NULL));
  g_assert_true (trellis_goal_is_measurable (project, goal, &none));
  g_assert_null (none);

  /* One indicator without a target makes the goal unmeasurable again. */
  trellis_goal_add_indicator (project, goal, "Courses held");
  g_assert_false (trellis_goal_is_measurable (project, goal, NULL));
  trellis_history_undo (history (project));
  g_assert_true (trellis_goal_is_measurable (project, goal, NULL));
  trellis_history_undo (history (project));
  g_assert_false (trellis_goal_is_measurable (project, goal, NULL));
}

static void
test_sources (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Recycled compounds");
  g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Compounders");
  g_autoptr(TrellisTowsStrategy) strategy = trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Joint lab");
  g_autoptr(TrellisStakeholder) stakeholder = trellis_stakeholder_new ("Ministry");
  g_autoptr(TrellisSwotItem) outsider = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Elsewhere");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) after_delete = NULL;
  g_autoptr(GPtrArray) after_undo = NULL;
  guint n_undo;

  trellis_project_add_item (project, item);
  trellis_project_add_item (project, strategy);
  trellis_project_add_item (project, stakeholder);

  g_assert_true (trellis_goal_link_source (project, goal, TRELLIS_ITEM (item), &error));
  g_assert_no_error (error);
  g_assert_true (trellis_goal_link_source (project, goal, TRELLIS_ITEM (strategy), &error));
  g_assert_no_error (error);

  /* Twice is once, and no undo step. */
  n_undo = trellis_history_get_n_undo (history (project));
  g_assert_true (trellis_goal_link_source (project, goal, TRELLIS_ITEM (item), NULL));
  g_assert_cmpuint (trellis_history_get_n_undo (history (project)), ==, n_undo);

  /* Only analysis items of this project are sources. */
  g_assert_false (trellis_goal_link_source (project, goal, TRELLIS_ITEM (stakeholder), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (trellis_goal_link_source (project, goal, TRELLIS_ITEM (outsider), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  sources = trellis_goal_list_sources (goal);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_true (sources->pdata[0] == (gpointer) item);
  g_assert_true (sources->pdata[1] == (gpointer) strategy);

  /* Both ways. */
  goals = trellis_item_list_goals (project, TRELLIS_ITEM (strategy));
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_true (goals->pdata[0] == (gpointer) goal);

  /* Deleting a source clears the link; undo brings both back. */
  trellis_project_remove_item (project, item);
  after_delete = trellis_goal_list_sources (goal);
  g_assert_cmpuint (after_delete->len, ==, 1);
  g_assert_cmpuint (g_strv_length ((GStrv) trellis_goal_get_sources_uuids (goal)), ==, 1);
  trellis_history_undo (history (project));
  after_undo = trellis_goal_list_sources (goal);
  g_assert_cmpuint (after_undo->len, ==, 2);

  trellis_goal_unlink_source (project, goal, TRELLIS_ITEM (strategy));
  g_clear_pointer (&goals, g_ptr_array_unref);
  goals = trellis_item_list_goals (project, TRELLIS_ITEM (strategy));
  g_assert_cmpuint (goals->len, ==, 0);
  trellis_history_undo (history (project));
  g_clear_pointer (&goals, g_ptr_array_unref);
  goals = trellis_item_list_goals (project, TRELLIS_ITEM (strategy));
  g_assert_cmpuint (goals->len, ==, 1);
}

static void
test_measurements (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Members");
  TrellisIndicator *indicator = trellis_goal_add_indicator (project, goal, "Member firms");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  TrellisMeasurement *spring, *autumn, *autumn_again;
  TrellisDay day = TRELLIS_DAY_NONE;
  guint n_undo;

  /* Bad input is refused, and nothing is recorded. */
  n_undo = trellis_history_get_n_undo (history (project));
  g_assert_null (trellis_indicator_add_measurement (project, indicator, "1 May", 3, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“1 May” is not a date: write it as YYYY-MM-DD");
  g_clear_error (&error);
  g_assert_null (trellis_indicator_add_measurement (project, indicator, "2026-02-30", 3, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (trellis_indicator_add_measurement (project, indicator, "2026-05-01", NAN, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (trellis_history_get_n_undo (history (project)), ==, n_undo);

  /* Without measurements the current value is the baseline. */
  g_assert_true (isnan (trellis_indicator_get_current (project, indicator, &day)));
  g_assert_cmpuint (day, ==, TRELLIS_DAY_NONE);
  trellis_indicator_set_baseline (indicator, 20.0);
  trellis_indicator_set_baseline_date (indicator, trellis_date_from_dmy (1, 1, 2026));
  g_assert_cmpfloat (trellis_indicator_get_current (project, indicator, &day), ==, 20.0);
  g_assert_cmpuint (day, ==, trellis_date_from_dmy (1, 1, 2026));

  /* Listed by date, whatever the order they were added in. */
  autumn = trellis_indicator_add_measurement (project, indicator, "2026-10-01", 31, "Survey", &error);
  g_assert_no_error (error);
  spring = trellis_indicator_add_measurement (project, indicator, "2026-04-01", 24, NULL, &error);
  g_assert_no_error (error);
  autumn_again = trellis_indicator_add_measurement (project, indicator, "2026-10-01", 32, "Corrected", &error);
  g_assert_no_error (error);
  measurements = trellis_indicator_list_measurements (project, indicator);
  g_assert_cmpuint (measurements->len, ==, 3);
  g_assert_true (measurements->pdata[0] == spring);
  g_assert_true (measurements->pdata[1] == autumn);
  g_assert_true (measurements->pdata[2] == autumn_again);
  g_assert_cmpfloat (trellis_indicator_get_current (project, indicator, &day), ==, 32.0);
  g_assert_cmpuint (day, ==, trellis_date_from_dmy (1, 10, 2026));
  g_assert_cmpuint (trellis_measurement_get_date (autumn_again), ==, trellis_date_from_dmy (1, 10, 2026));
  g_assert_cmpstr (trellis_measurement_get_note (autumn_again), ==, "Corrected");
  g_assert_true (trellis_measurement_get_indicator (autumn_again) == indicator);

  /* Each measurement is one step. */
  trellis_history_undo (history (project));
  g_assert_cmpfloat (trellis_indicator_get_current (project, indicator, NULL), ==, 31.0);
  trellis_history_redo (history (project));
  g_assert_cmpfloat (trellis_indicator_get_current (project, indicator, NULL), ==, 32.0);
}

static void
test_progress (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Greener production");
  TrellisIndicator *more = trellis_goal_add_indicator (project, goal, "Recycled share");
  TrellisIndicator *less = trellis_goal_add_indicator (project, goal, "Scrap rate");

  /* Not enough data: no baseline, no target or no measurement. */
  g_assert_true (isnan (trellis_indicator_get_progress (project, more)));
  trellis_indicator_set_baseline (more, 10.0);
  g_assert_true (isnan (trellis_indicator_get_progress (project, more)));
  trellis_indicator_set_target (more, 30.0);
  g_assert_true (isnan (trellis_indicator_get_progress (project, more)));

  trellis_indicator_add_measurement (project, more, "2026-06-01", 15, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress (project, more), 0.25, 1e-9);
  trellis_indicator_add_measurement (project, more, "2026-09-01", 35, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress (project, more), 1.25, 1e-9);
  trellis_indicator_add_measurement (project, more, "2026-11-01", 5, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress (project, more), -0.25, 1e-9);
  /* As of a day: what was measured by then. */
  g_assert_true (isnan (trellis_indicator_get_progress_on (project, more, "2026-05-31")));
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress_on (project, more, "2026-06-01"), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress_on (project, more, "2026-10-31"), 1.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress_on (project, more, "2027-01-01"), -0.25, 1e-9);

  /* Lower is better: the target lies below the baseline. */
  trellis_indicator_set_direction (less, TRELLIS_DIRECTION_LOWER);
  trellis_indicator_set_baseline (less, 8.0);
  trellis_indicator_set_target (less, 4.0);
  trellis_indicator_add_measurement (project, less, "2026-06-01", 7, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress (project, less), 0.25, 1e-9);
  trellis_indicator_add_measurement (project, less, "2026-09-01", 4, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (trellis_indicator_get_progress (project, less), 1.0, 1e-9);

  /* A target equal to the baseline has no way to go. */
  trellis_indicator_set_target (less, 8.0);
  g_assert_true (isnan (trellis_indicator_get_progress (project, less)));
}

static void
test_delete_cascades (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Exports");
  TrellisIndicator *indicator = trellis_goal_add_indicator (project, goal, "Export share");
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(GPtrArray) indicators = NULL;

  trellis_indicator_add_measurement (project, indicator, "2026-03-01", 12, NULL, NULL);
  trellis_indicator_add_measurement (project, indicator, "2026-09-01", 14, NULL, NULL);

  /* Deleting a goal deletes its indicators and their measurements, in one step. */
  trellis_project_remove_item (project, goal);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_INDICATOR), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_true (trellis_history_undo (history (project)));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_INDICATOR), ==, 1);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT), ==, 2);

  /* And all of it survives the file. */
  loaded = reload (project);
  goal = TRELLIS_GOAL (trellis_project_lookup (loaded, trellis_item_get_uuid (TRELLIS_ITEM (goal))));
  indicators = trellis_goal_list_indicators (loaded, goal);
  g_assert_cmpuint (indicators->len, ==, 1);
  measurements = trellis_indicator_list_measurements (loaded, indicators->pdata[0]);
  g_assert_cmpuint (measurements->len, ==, 2);
  g_assert_cmpfloat (trellis_indicator_get_current (loaded, indicators->pdata[0], NULL), ==, 14.0);
}

static void
test_areas (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *a = add_goal (project, "Fairs");
  TrellisGoal *b = add_goal (project, "Labs");
  TrellisGoal *c = add_goal (project, "Delegations");
  g_autoptr(GPtrArray) international = NULL;
  g_autoptr(GPtrArray) other = NULL;

  trellis_goal_set_area (a, TRELLIS_AREA_INTERNATIONALISATION);
  trellis_goal_set_area (b, TRELLIS_AREA_INNOVATION);
  trellis_goal_set_area (c, TRELLIS_AREA_INTERNATIONALISATION);
  international = trellis_goals_in_area (project, TRELLIS_AREA_INTERNATIONALISATION);
  g_assert_cmpuint (international->len, ==, 2);
  g_assert_true (international->pdata[0] == a);
  g_assert_true (international->pdata[1] == c);
  other = trellis_goals_in_area (project, TRELLIS_AREA_OTHER);
  g_assert_cmpuint (other->len, ==, 0);
}

static void
test_parse_value (void)
{
  const char *bad[] = { "abc", "12abc", "1.2.3", "-", ".", "inf", "nan", "0x10", "1e999", NULL };
  g_autoptr(GError) error = NULL;
  double value = 0;

  g_assert_true (trellis_indicator_parse_value ("12", &value, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value, ==, 12);
  g_assert_true (trellis_indicator_parse_value (" 12.5 ", &value, NULL));
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_true (trellis_indicator_parse_value ("12,5", &value, NULL));
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_true (trellis_indicator_parse_value ("-3", &value, NULL));
  g_assert_cmpfloat (value, ==, -3);

  /* Empty clears: not set. */
  g_assert_true (trellis_indicator_parse_value ("  ", &value, NULL));
  g_assert_true (isnan (value));
  g_assert_true (trellis_indicator_parse_value (NULL, &value, NULL));
  g_assert_true (isnan (value));

  for (guint i = 0; bad[i] != NULL; i++)
    {
      value = 7;
      g_assert_false (trellis_indicator_parse_value (bad[i], &value, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_assert_cmpfloat (value, ==, 7);
      g_clear_error (&error);
    }
}

static void
test_check_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *twelve = trellis_indicator_format_value (12.5);
  g_autofree char *none = trellis_indicator_format_value (NAN);
  g_autofree char *tenth = trellis_indicator_format_value (0.1);

  g_assert_true (trellis_indicator_check_date ("2026-12-01", &error));
  g_assert_no_error (error);
  g_assert_true (trellis_indicator_check_date ("", NULL));
  g_assert_true (trellis_indicator_check_date (NULL, NULL));
  g_assert_false (trellis_indicator_check_date ("2026-02-30", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (trellis_indicator_check_date ("1.12.2026", &error));
  g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));

  g_assert_cmpstr (twelve, ==, "12.5");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (tenth, ==, "0.1");
}

static void
test_milestones (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Exports");
  TrellisGoal *other = add_goal (project, "Labs");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  TrellisMilestone *late, *early;

  late = trellis_goal_add_milestone (project, goal, "  Ten exporters  ", "2027-06-30", &error);
  g_assert_no_error (error);
  early = trellis_goal_add_milestone (project, goal, "Five exporters", " 2026-12-31 ", &error);
  g_assert_no_error (error);
  trellis_goal_add_milestone (project, other, "Lab opened", "2026-01-01", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (trellis_milestone_get_title (late), ==, "Ten exporters");
  g_assert_cmpuint (trellis_milestone_get_date (early), ==, trellis_date_from_dmy (31, 12, 2026));
  g_assert_true (trellis_milestone_get_goal (late) == goal);
  g_assert_null (trellis_milestone_get_action_uuid (late));

  /* By date, not in the order added; only those of this goal. */
  list = trellis_goal_list_milestones (project, goal);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (list->pdata[0] == early);
  g_assert_true (list->pdata[1] == late);

  /* Each addition is one undo step. */
  g_assert_true (trellis_history_undo (history (project)));
  g_assert_true (trellis_history_undo (history (project)));
  undone = trellis_goal_list_milestones (project, goal);
  g_assert_cmpuint (undone->len, ==, 1);
  g_assert_true (undone->pdata[0] == late);
}

static void
test_milestone_refused (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Exports");
  const char *bad[] = { "", "31.12.2026", "2026-02-30", "next year", NULL };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_assert_null (trellis_goal_add_milestone (project, goal, "Five exporters", bad[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_clear_error (&error);
    }
  g_assert_null (trellis_goal_add_milestone (project, goal, "  ", "2026-12-31", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (trellis_goal_add_milestone (project, goal, NULL, NULL, NULL));

  /* Nothing added, nothing to undo. */
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), ==, 0);
  g_assert_true (trellis_history_undo (history (project)));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==, 0);
}

static void
test_milestone_goal_deleted (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Goals");
  TrellisGoal *goal = add_goal (project, "Exports");
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (goal));
  TrellisMilestone *milestone = trellis_goal_add_milestone (project, goal, "Five exporters",
                                                            "2026-12-31", NULL);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;

  /* The "goal" field is a plain reference, not an owner: deleting the goal
   * keeps the milestone (the timeline still shows it) and clears the field. */
  trellis_project_remove_item (project, goal);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MILESTONE), ==, 1);
  g_assert_null (trellis_milestone_get_goal_uuid (milestone));

  /* One undo brings the goal back with its interim goal. */
  g_assert_true (trellis_history_undo (history (project)));
  goal = TRELLIS_GOAL (trellis_project_lookup (project, uuid));
  g_assert_nonnull (goal);
  g_assert_cmpstr (trellis_milestone_get_goal_uuid (milestone), ==, uuid);

  loaded = reload (project);
  list = trellis_goal_list_milestones (loaded, TRELLIS_GOAL (trellis_project_lookup (loaded, uuid)));
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (trellis_milestone_get_title (list->pdata[0]), ==, "Five exporters");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/goals/indicators", test_indicators);
  g_test_add_func ("/core/goals/measurable", test_measurable);
  g_test_add_func ("/core/goals/sources", test_sources);
  g_test_add_func ("/core/goals/measurements", test_measurements);
  g_test_add_func ("/core/goals/progress", test_progress);
  g_test_add_func ("/core/goals/delete-cascades", test_delete_cascades);
  g_test_add_func ("/core/goals/areas", test_areas);
  g_test_add_func ("/core/goals/parse-value", test_parse_value);
  g_test_add_func ("/core/goals/check-date", test_check_date);
  g_test_add_func ("/core/goals/milestones", test_milestones);
  g_test_add_func ("/core/goals/milestone-refused", test_milestone_refused);
  g_test_add_func ("/core/goals/milestone-goal-deleted", test_milestone_goal_deleted);

  return g_test_run ();
}
