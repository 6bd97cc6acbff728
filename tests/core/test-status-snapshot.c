/* test-status-snapshot.c: snapshots, trends and overrides, paths /core/status-snapshot/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

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

static TrellisHistory *
history (TrellisProject *project)
{
  return trellis_project_get_history (project);
}

static const char *
uuid (gpointer item)
{
  return trellis_item_get_uuid (TRELLIS_ITEM (item));
}

/* A small plan: a goal with a late action (red on 2026-11-30), an on-track
 * action and an indicator measured twice. */
typedef struct
{
  TrellisProject   *project;
  TrellisGoal      *goal;
  TrellisAction    *late;
  TrellisAction    *fine;
  TrellisMilestone *milestone;
  TrellisIndicator *indicator;
} Plan;

static void
plan_init (Plan *plan)
{
  g_autoptr(GError) error = NULL;

  plan->project = trellis_project_new ("Snapshots");
  plan->goal = add (plan->project, trellis_goal_new ("Joint research"));
  plan->late = add (plan->project, trellis_action_new ("Open the test lab"));
  trellis_action_set_goal_uuid (plan->late, uuid (plan->goal));
  trellis_action_set_start (plan->late, trellis_date_from_dmy (1, 1, 2026));
  trellis_action_set_due (plan->late, trellis_date_from_dmy (31, 10, 2026));
  trellis_action_set_progress (plan->late, 60);
  plan->fine = add (plan->project, trellis_action_new ("Members' survey"));
  trellis_action_set_goal_uuid (plan->fine, uuid (plan->goal));
  trellis_action_set_start (plan->fine, trellis_date_from_dmy (1, 1, 2026));
  trellis_action_set_due (plan->fine, trellis_date_from_dmy (30, 6, 2027));
  trellis_action_set_progress (plan->fine, 90);
  plan->milestone = add (plan->project, trellis_milestone_new ("Lab contract signed",
                                                                   trellis_date_from_dmy (1, 3, 2026)));
  trellis_milestone_set_action_uuid (plan->milestone, uuid (plan->late));
  trellis_milestone_set_reached (plan->milestone, trellis_date_from_dmy (20, 2, 2026));
  plan->indicator = trellis_goal_add_indicator (plan->project, plan->goal, "Joint projects");
  trellis_indicator_set_baseline (plan->indicator, 2.0);
  trellis_indicator_set_baseline_date (plan->indicator, trellis_date_from_dmy (1, 1, 2026));
  trellis_indicator_set_target (plan->indicator, 10.0);
  trellis_indicator_set_target_date (plan->indicator, trellis_date_from_dmy (31, 12, 2027));
  trellis_indicator_add_measurement (plan->project, plan->indicator, "2026-06-30", 4, NULL, &error);
  g_assert_no_error (error);
  trellis_indicator_add_measurement (plan->project, plan->indicator, "2026-12-15", 7, NULL, &error);
  g_assert_no_error (error);
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->project);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

static TrellisSnapshotEntry *
entry_of (TrellisProject  *project,
          TrellisSnapshot *snapshot,
          gpointer         target)
{
  g_autoptr(GPtrArray) entries = trellis_snapshot_list_entries (project, snapshot);

  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (trellis_snapshot_entry_get_target_uuid (g_ptr_array_index (entries, i)), uuid (target)) == 0)
      return g_ptr_array_index (entries, i);
  return NULL;
}

static TrellisLight
light_of (TrellisProject *project,
          gpointer        item,
          const char     *as_of)
{
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, as_of);

  return trellis_status_report_lookup (report, TRELLIS_ITEM (item))->light;
}

static void
test_take (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisStatusReport) report = NULL;
  TrellisHeader *header;
  TrellisSnapshot *snapshot;
  TrellisSnapshotEntry *entry;
  guint n_undo;

  plan_init (&plan);
  header = trellis_project_get_header (plan.project);
  n_undo = trellis_history_get_n_undo (history (plan.project));
  snapshot = trellis_status_take_snapshot (plan.project, "2026-11-30", "Q4 2026 report to the board",
                                           "Lab delayed by the landlord", &error);
  g_assert_no_error (error);
  g_assert_nonnull (snapshot);
  g_assert_cmpuint (trellis_snapshot_get_date (snapshot), ==, trellis_date_from_dmy (30, 11, 2026));
  g_assert_cmpstr (trellis_snapshot_get_title (snapshot), ==, "Q4 2026 report to the board");
  g_assert_cmpstr (trellis_snapshot_get_note (snapshot), ==, "Lab delayed by the landlord");

  /* The project, one goal, one indicator, two actions, one milestone. */
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 6);
  report = trellis_status_report_new (plan.project, "2026-11-30");
  entry = entry_of (plan.project, snapshot, plan.late);
  g_assert_cmpstr (trellis_snapshot_entry_get_label (entry), ==, "Open the test lab");
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry), ==, TRELLIS_LIGHT_RED);
  g_assert_false (trellis_double_is_set (trellis_snapshot_entry_get_value (entry)));
  entry = entry_of (plan.project, snapshot, plan.fine);
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry), ==, TRELLIS_LIGHT_GREEN);
  entry = entry_of (plan.project, snapshot, plan.milestone);
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry), ==, TRELLIS_LIGHT_GREEN);
  entry = entry_of (plan.project, snapshot, plan.goal);
  g_assert_cmpstr (trellis_snapshot_entry_get_label (entry), ==, "Joint research");
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry), ==, TRELLIS_LIGHT_RED);
  entry = entry_of (plan.project, snapshot, header);
  g_assert_cmpstr (trellis_snapshot_entry_get_label (entry), ==, "Snapshots");
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry), ==,
                   trellis_status_report_get_overall (report)->light);
  /* The value on the day, not the later measurement of 2026-12-15. */
  entry = entry_of (plan.project, snapshot, plan.indicator);
  g_assert_cmpstr (trellis_snapshot_entry_get_label (entry), ==, "Joint projects");
  g_assert_cmpfloat (trellis_snapshot_entry_get_value (entry), ==, 4.0);
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry), ==,
                   trellis_status_report_lookup (report, TRELLIS_ITEM (plan.indicator))->light);

  /* One undo step takes all of it away, one redo brings it back. */
  g_assert_cmpuint (trellis_history_get_n_undo (history (plan.project)), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history (plan.project)), ==, "Take Snapshot");
  g_assert_true (trellis_history_undo (history (plan.project)));
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 0);
  g_assert_true (trellis_history_redo (history (plan.project)));
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT), ==, 1);
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 6);
}

static void
test_bad_date (void)
{
  g_auto(Plan) plan = { 0 };
  const char *bad[] = { NULL, "", "30.11.2026", "2026-02-30", "tomorrow" };

  plan_init (&plan);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (trellis_status_take_snapshot (plan.project, bad[i], "Report", NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 0);
}

static void
test_indicator_value (void)
{
  g_auto(Plan) plan = { 0 };
  TrellisItem *indicator;

  plan_init (&plan);
  indicator = TRELLIS_ITEM (plan.indicator);
  /* Before the baseline nothing was known; from it, the baseline; then each measurement. */
  g_assert_true (isnan (trellis_status_indicator_value_on (plan.project, indicator, "2025-12-31")));
  g_assert_cmpfloat (trellis_status_indicator_value_on (plan.project, indicator, "2026-01-01"), ==, 2.0);
  g_assert_cmpfloat (trellis_status_indicator_value_on (plan.project, indicator, "2026-06-29"), ==, 2.0);
  g_assert_cmpfloat (trellis_status_indicator_value_on (plan.project, indicator, "2026-06-30"), ==, 4.0);
  g_assert_cmpfloat (trellis_status_indicator_value_on (plan.project, indicator, "2027-01-01"), ==, 7.0);
}

static void
test_trend (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autofree char *late_uuid = NULL;
  g_autofree char *label = NULL;
  TrellisSnapshot *december, *june;

  plan_init (&plan);
  /* Taken out of order: the trend follows the dates, not the file. */
  december = trellis_status_take_snapshot (plan.project, "2026-12-31", "Year end", NULL, NULL);
  june = trellis_status_take_snapshot (plan.project, "2026-06-30", "Mid-year", NULL, NULL);
  snapshots = trellis_status_list_snapshots (plan.project);
  g_assert_cmpuint (snapshots->len, ==, 2);
  g_assert_true (snapshots->pdata[0] == june);
  g_assert_true (snapshots->pdata[1] == december);

  trend = trellis_status_list_trend (plan.project, TRELLIS_ITEM (plan.late));
  g_assert_cmpuint (trend->len, ==, 2);
  g_assert_cmpstr (trellis_snapshot_entry_get_snapshot_uuid (trend->pdata[0]), ==, uuid (june));
  g_assert_cmpint (trellis_snapshot_entry_get_light (trend->pdata[0]), ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpstr (trellis_snapshot_entry_get_snapshot_uuid (trend->pdata[1]), ==, uuid (december));
  g_assert_cmpint (trellis_snapshot_entry_get_light (trend->pdata[1]), ==, TRELLIS_LIGHT_RED);

  values = trellis_status_list_trend (plan.project, TRELLIS_ITEM (plan.indicator));
  g_assert_cmpuint (values->len, ==, 2);
  g_assert_cmpfloat (trellis_snapshot_entry_get_value (values->pdata[0]), ==, 4.0);
  g_assert_cmpfloat (trellis_snapshot_entry_get_value (values->pdata[1]), ==, 7.0);

  /* Every judged item and the project, once each. */
  targets = trellis_status_list_trend_targets (plan.project);
  g_assert_cmpuint (targets->len, ==, 6);
  g_assert_true (g_ptr_array_find_with_equal_func (targets, uuid (trellis_project_get_header (plan.project)),
                                                   g_str_equal, NULL));

  /* A deleted action keeps its trend, under the label it had. */
  late_uuid = g_strdup (uuid (plan.late));
  trellis_project_remove_item (plan.project, plan.late);
  g_assert_null (trellis_project_lookup (plan.project, late_uuid));
  kept = trellis_status_list_trend_for (plan.project, late_uuid);
  g_assert_cmpuint (kept->len, ==, 2);
  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = trellis_status_list_trend_targets (plan.project);
  g_assert_true (g_ptr_array_find_with_equal_func (targets, late_uuid, g_str_equal, NULL));
  label = trellis_status_dup_trend_label (plan.project, late_uuid);
  g_assert_cmpstr (label, ==, "Open the test lab");

  /* Removing a snapshot takes its entries with it. */
  trellis_project_remove_item (plan.project, june);
  g_clear_pointer (&kept, g_ptr_array_unref);
  kept = trellis_status_list_trend_for (plan.project, late_uuid);
  g_assert_cmpuint (kept->len, ==, 1);
}

static void
test_override_checks (void)
{
  g_auto(Plan) plan = { 0 };
  const char *reasons[] = { NULL, "", "   \n" };
  guint n_undo;

  plan_init (&plan);
  n_undo = trellis_history_get_n_undo (history (plan.project));
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (trellis_status_set_override (plan.project, TRELLIS_ITEM (plan.late), TRELLIS_LIGHT_AMBER,
                                                  reasons[i], "Lena", "2026-11-01", &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (trellis_status_set_override (plan.project, TRELLIS_ITEM (plan.late), TRELLIS_LIGHT_AMBER,
                                                "The landlord signed", "Lena", "2026-13-01", &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  }
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 0);
  g_assert_cmpuint (trellis_history_get_n_undo (history (plan.project)), ==, n_undo);
}

static void
test_override (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisStatusReport) before = NULL;
  g_autoptr(TrellisStatusReport) on = NULL;
  const TrellisStatusEntry *entry;
  TrellisStatusOverride *override;
  TrellisHeader *header;

  plan_init (&plan);
  header = trellis_project_get_header (plan.project);
  override = trellis_status_set_override (plan.project, TRELLIS_ITEM (plan.late), TRELLIS_LIGHT_GREEN,
                                          "  The landlord has signed; the lab opens in January  ",
                                          "Lena Brunner", "2026-11-15", &error);
  g_assert_no_error (error);
  g_assert_nonnull (override);
  g_assert_cmpstr (trellis_status_override_get_target_uuid (override), ==, uuid (plan.late));
  g_assert_cmpstr (trellis_status_override_get_reason (override), ==,
                   "The landlord has signed; the lab opens in January");
  g_assert_cmpstr (trellis_status_override_get_author (override), ==, "Lena Brunner");
  g_assert_cmpstr (trellis_history_get_undo_label (history (plan.project)), ==, "Override Light");

  /* Not yet the day before it was set. */
  before = trellis_status_report_new (plan.project, "2026-11-14");
  entry = trellis_status_report_lookup (before, TRELLIS_ITEM (plan.late));
  g_assert_null (entry->override);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpint (trellis_status_report_lookup (before, TRELLIS_ITEM (plan.goal))->light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpint (trellis_status_report_get_overall (before)->light, ==, TRELLIS_LIGHT_RED);

  /* From its date: the override counts, the computed light stays beside it,
   * and the goal and the project roll up the override's light. */
  on = trellis_status_report_new (plan.project, "2026-11-15");
  entry = trellis_status_report_lookup (on, TRELLIS_ITEM (plan.late));
  g_assert_true (entry->override == TRELLIS_ITEM (override));
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpint (entry->computed.light, ==, TRELLIS_LIGHT_RED);
  g_assert_cmpstr (trellis_status_entry_get_computed_reason (entry), ==, "Action “Open the test lab” was due on 2026-10-31 and is not done (60 %)");
  g_assert_cmpstr (trellis_status_entry_get_reason (entry), ==, "The landlord has signed; the lab opens in January");
  g_assert_cmpint (trellis_status_report_lookup (on, TRELLIS_ITEM (plan.goal))->light, !=, TRELLIS_LIGHT_RED);
  g_assert_cmpint (trellis_status_report_get_overall (on)->light, !=, TRELLIS_LIGHT_RED);

  /* An override of the project as a whole. */
  g_assert_nonnull (trellis_status_set_override (plan.project, TRELLIS_ITEM (header), TRELLIS_LIGHT_AMBER,
                                                 "The board wants a closer look", NULL, "2026-11-20", &error));
  g_assert_no_error (error);
  g_assert_cmpint (light_of (plan.project, header, "2026-11-20"), ==, TRELLIS_LIGHT_AMBER);

  /* Undo takes each override away in one step. */
  g_assert_true (trellis_history_undo (history (plan.project)));
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 1);
  g_assert_true (trellis_history_undo (history (plan.project)));
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 0);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-11-15"), ==, TRELLIS_LIGHT_RED);
}

static void
test_override_expiry (void)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(GError) error = NULL;
  TrellisSnapshot *snapshot, *same_day;
  TrellisStatusOverride *renewed;

  plan_init (&plan);
  trellis_status_set_override (plan.project, TRELLIS_ITEM (plan.late), TRELLIS_LIGHT_GREEN,
                               "The landlord has signed", "Lena Brunner", "2026-11-15", &error);
  g_assert_no_error (error);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-12-01"), ==, TRELLIS_LIGHT_GREEN);

  /* The snapshot records the override's light; after it, the override has expired. */
  snapshot = trellis_status_take_snapshot (plan.project, "2026-11-30", "Q4", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry_of (plan.project, snapshot, plan.late)), ==,
                   TRELLIS_LIGHT_GREEN);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-11-29"), ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-11-30"), ==, TRELLIS_LIGHT_RED);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-12-01"), ==, TRELLIS_LIGHT_RED);
  g_assert_cmpint (light_of (plan.project, plan.goal, "2026-12-01"), ==, TRELLIS_LIGHT_RED);

  /* Renewed on the snapshot's day, it counts again, and a second snapshot
   * that same day does not end it. */
  renewed = trellis_status_set_override (plan.project, TRELLIS_ITEM (plan.late), TRELLIS_LIGHT_GREEN,
                                         "Still signed; opening moved to February", "Lena Brunner",
                                         "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-12-01"), ==, TRELLIS_LIGHT_GREEN);
  same_day = trellis_status_take_snapshot (plan.project, "2026-11-30", "Q4, corrected", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry_of (plan.project, same_day, plan.late)), ==,
                   TRELLIS_LIGHT_GREEN);
  g_assert_true (trellis_status_find_override (plan.project, TRELLIS_ITEM (plan.late), "2026-12-01") ==
                 TRELLIS_ITEM (renewed));

  /* Clearing removes both overrides in one step; undo brings them back. */
  g_assert_cmpuint (trellis_status_clear_override (plan.project, TRELLIS_ITEM (plan.late)), ==, 2);
  g_assert_cmpstr (trellis_history_get_undo_label (history (plan.project)), ==, "Remove Override");
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 0);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-12-01"), ==, TRELLIS_LIGHT_RED);
  g_assert_cmpuint (trellis_status_clear_override (plan.project, TRELLIS_ITEM (plan.late)), ==, 0);
  g_assert_true (trellis_history_undo (history (plan.project)));
  g_assert_cmpuint (trellis_project_count_items (plan.project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 2);
  g_assert_cmpint (light_of (plan.project, plan.late, "2026-12-01"), ==, TRELLIS_LIGHT_GREEN);
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) sample = trellis_test_load_sample ();
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "saved.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrellisSnapshot *snapshot;
  TrellisItem *milestone;
  gsize length;
  const char *data;
  guint n_judged;

  /* The sample's override of a milestone (2026-11-05) counts on 2026-11-30. */
  milestone = trellis_project_lookup (sample, "26667d73-4d00-4a74-8ce6-7d2b1fd37ca9");
  g_assert_nonnull (trellis_status_find_override (sample, milestone, "2026-11-30"));

  snapshot = trellis_status_take_snapshot (sample, "2026-11-30", "Q4 2026 report to the board", NULL, &error);
  g_assert_no_error (error);
  n_judged = 1 + trellis_project_count_items (sample, TRELLIS_TYPE_GOAL) +
             trellis_project_count_items (sample, TRELLIS_TYPE_INDICATOR) +
             trellis_project_count_items (sample, TRELLIS_TYPE_ACTION) +
             trellis_project_count_items (sample, TRELLIS_TYPE_MILESTONE);
  {
    g_autoptr(GPtrArray) entries = trellis_snapshot_list_entries (sample, snapshot);

    g_assert_cmpuint (entries->len, ==, n_judged);
  }
  g_assert_cmpint (trellis_snapshot_entry_get_light (entry_of (sample, snapshot, milestone)), ==, TRELLIS_LIGHT_AMBER);
  g_assert_null (trellis_status_find_override (sample, milestone, "2026-12-01"));

  snapshots = trellis_status_list_snapshots (sample);
  g_assert_cmpuint (snapshots->len, ==, 2);
  g_assert_cmpuint (trellis_snapshot_get_date (snapshots->pdata[0]), ==, trellis_date_from_dmy (30, 9, 2026));
  trend = trellis_status_list_trend_for (sample, "829f73b0-8f49-4f73-a3f6-55c7efc7bb25");
  g_assert_cmpuint (trend->len, ==, 2);
  g_assert_cmpfloat (trellis_snapshot_entry_get_value (trend->pdata[0]), ==, 14.0);

  /* Saved, it is a valid file and reads back the same. */
  g_assert_true (trellis_project_save (sample, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  bytes = trellis_project_to_bytes (sample);
  data = g_bytes_get_data (bytes, &length);
  loaded = trellis_project_load_from_data (data, length, "saved.trellis", &error);
  g_assert_no_error (error);
  g_assert_true (trellis_project_equal (sample, loaded));
  g_assert_cmpuint (trellis_project_count_items (loaded, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==,
                    trellis_project_count_items (sample, TRELLIS_TYPE_SNAPSHOT_ENTRY));
  trellis_test_remove_tree (dir);
}

/* Which overrides a snapshot of a day would end: those counting that day
 * and set before it. */
static void
test_ending_overrides (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GPtrArray) before = trellis_status_list_ending_overrides (project, "2026-11-05");
  g_autoptr(GPtrArray) after = trellis_status_list_ending_overrides (project, "2026-11-30");
  g_autoptr(GPtrArray) bad = trellis_status_list_ending_overrides (project, "30.11.2026");
  g_autoptr(GPtrArray) taken = NULL;
  g_autoptr(GError) error = NULL;

  /* The sample's override of 2026-11-05: kept by a snapshot that day, ended by a later one. */
  g_assert_cmpuint (before->len, ==, 0);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (trellis_status_override_get_author (g_ptr_array_index (after, 0)), ==, "Tobias Egger");
  g_assert_cmpuint (bad->len, ==, 0);

  g_assert_nonnull (trellis_status_take_snapshot (project, "2026-11-30", "Q4", NULL, &error));
  g_assert_no_error (error);
  taken = trellis_status_list_ending_overrides (project, "2026-12-31");
  g_assert_cmpuint (taken->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/status-snapshot/take", test_take);
  g_test_add_func ("/core/status-snapshot/bad-date", test_bad_date);
  g_test_add_func ("/core/status-snapshot/indicator-value", test_indicator_value);
  g_test_add_func ("/core/status-snapshot/trend", test_trend);
  g_test_add_func ("/core/status-snapshot/override-checks", test_override_checks);
  g_test_add_func ("/core/status-snapshot/override", test_override);
  g_test_add_func ("/core/status-snapshot/override-expiry", test_override_expiry);
  g_test_add_func ("/core/status-snapshot/sample", test_sample);
  g_test_add_func ("/core/status-snapshot/ending-overrides", test_ending_overrides);

  return g_test_run ();
}
