/* test-status-rules.c: per-project thresholds in the file, paths /core/status-rules/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

static TrellisProject *
save_and_reload (TrellisProject *project,
                 const char     *dir,
                 const char     *name,
                 char          **out_text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisProject *reloaded;

  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  if (out_text != NULL)
    *out_text = trellis_test_read_file (path);
  reloaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  return reloaded;
}

static void
assert_rules_equal (const TrellisStatusRules *a,
                    const TrellisStatusRules *b)
{
  g_assert_cmpuint (a->warn_days, ==, b->warn_days);
  g_assert_cmpfloat (a->behind_points, ==, b->behind_points);
  g_assert_cmpfloat (a->budget_amber_points, ==, b->budget_amber_points);
  g_assert_cmpfloat (a->budget_red_points, ==, b->budget_red_points);
  g_assert_cmpfloat (a->indicator_red_share, ==, b->indicator_red_share);
  g_assert_cmpfloat (a->project_red_share, ==, b->project_red_share);
  g_assert_true (trellis_status_rules_equal (a, b));
}

/* A file without thresholds (every file before they existed) has the defaults. */
static void
test_defaults (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *sample = trellis_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autofree char *original = trellis_test_read_file (sample);
  g_autofree char *text = NULL;
  TrellisStatusRules defaults, rules;

  g_assert_no_error (error);
  g_assert_null (strstr (original, "status-"));
  trellis_status_rules_init (&defaults);
  trellis_status_rules_load (&rules, project);
  assert_rules_equal (&rules, &defaults);
  g_assert_cmpuint (rules.warn_days, ==, 14);
  g_assert_cmpfloat (rules.project_red_share, ==, 1.0 / 3);

  /* Saving writes none of them. */
  reloaded = save_and_reload (project, dir, "sample.trellis", &text);
  g_assert_null (strstr (text, "status-"));
  trellis_test_remove_tree (dir);
}

static void
test_store_save_reload (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autoptr(TrellisProject) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisStatusRules rules, loaded, defaults;
  g_autoptr(GError) error = NULL;

  trellis_status_rules_init (&defaults);
  trellis_status_rules_init (&rules);
  rules.warn_days = 30;
  rules.behind_points = 5;
  rules.budget_amber_points = 15;
  rules.budget_red_points = 35.5;
  rules.indicator_red_share = 0.25;
  rules.project_red_share = 0.5;
  g_assert_true (trellis_status_rules_store (project, &rules, &error));
  g_assert_no_error (error);
  trellis_status_rules_load (&loaded, project);
  assert_rules_equal (&loaded, &rules);

  /* One undo step restores every default. */
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Change Status Rules");
  g_assert_true (trellis_history_undo (history));
  trellis_status_rules_load (&loaded, project);
  assert_rules_equal (&loaded, &defaults);
  g_assert_false (trellis_history_get_can_undo (history));
  g_assert_true (trellis_history_redo (history));

  reloaded = save_and_reload (project, dir, "rules.trellis", &text);
  g_assert_nonnull (strstr (text, " status-warn-days=\"30\""));
  g_assert_nonnull (strstr (text, " status-budget-red-points=\"35.5\""));
  g_assert_nonnull (strstr (text, " status-project-red-share=\"0.5\""));
  trellis_status_rules_load (&loaded, reloaded);
  assert_rules_equal (&loaded, &rules);

  /* Back to the defaults: they leave the file again, and the bytes are stable. */
  g_assert_true (trellis_status_rules_store (reloaded, &defaults, &error));
  again = save_and_reload (reloaded, dir, "defaults.trellis", &text_again);
  g_assert_null (strstr (text_again, "status-"));
  trellis_status_rules_load (&loaded, again);
  assert_rules_equal (&loaded, &defaults);

  /* Storing the same rules makes no undo step. */
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Change Status Rules");
  g_assert_true (trellis_history_undo (history));
  g_assert_false (trellis_history_get_can_undo (history));
  g_assert_true (trellis_status_rules_store (project, &defaults, &error));
  g_assert_false (trellis_history_get_can_undo (history));
  trellis_test_remove_tree (dir);
}

static void
assert_refused (TrellisProject           *project,
                const TrellisStatusRules *rules)
{
  TrellisHistory *history = trellis_project_get_history (project);
  gboolean could_undo = trellis_history_get_can_undo (history);
  g_autoptr(GError) error = NULL;
  TrellisStatusRules before, after;

  trellis_status_rules_load (&before, project);
  g_assert_false (trellis_status_rules_store (project, rules, &error));
  g_assert_error (error, TRELLIS_STATUS_ERROR, TRELLIS_STATUS_ERROR_OUT_OF_RANGE);
  trellis_status_rules_load (&after, project);
  assert_rules_equal (&after, &before);
  g_assert_cmpint (trellis_history_get_can_undo (history), ==, could_undo);
}

static void
test_out_of_range (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  TrellisStatusRules rules;

#define REFUSE(field, value) \
  G_STMT_START { trellis_status_rules_init (&rules); rules.field = value; \
                 assert_refused (project, &rules); } G_STMT_END
  REFUSE (warn_days, 366);
  REFUSE (behind_points, -1);
  REFUSE (behind_points, NAN);
  REFUSE (budget_amber_points, 501);
  REFUSE (budget_red_points, 10);   /* below amber (20) */
  REFUSE (indicator_red_share, 1.5);
  REFUSE (indicator_red_share, -0.1);
  REFUSE (project_red_share, 0);
  REFUSE (project_red_share, INFINITY);
#undef REFUSE

  /* The edges of the ranges are fine. */
  trellis_status_rules_init (&rules);
  rules.warn_days = 365;
  rules.behind_points = 0;
  rules.budget_amber_points = rules.budget_red_points = 500;
  rules.indicator_red_share = 1;
  rules.project_red_share = 1;
  g_assert_true (trellis_status_rules_store (project, &rules, NULL));
}

/* A hand-edited file with a value out of range loads, with the default for it. */
static void
test_file_out_of_range (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "odd.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_project_new ("Odd");
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_auto(GStrv) parts = NULL;
  TrellisStatusRules rules;

  trellis_header_set_status_behind_points (trellis_project_get_header (project), 7.0);
  g_assert_true (trellis_project_save (project, file, &error));
  text = trellis_test_read_file (path);
  parts = g_strsplit (text, "status-behind-points=\"7\"", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  edited = g_strjoin ("status-behind-points=\"-3\" status-indicator-red-share=\"0.75\" "
                      "status-budget-amber-points=\"90\"", parts[0], parts[1], NULL);
  g_assert_true (g_file_set_contents (path, edited, -1, &error));

  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  trellis_status_rules_load (&rules, loaded);
  g_assert_cmpfloat (rules.behind_points, ==, 10);
  g_assert_cmpfloat (rules.indicator_red_share, ==, 0.75);
  /* Amber 90 above the default red 40: both budget margins take the defaults. */
  g_assert_cmpfloat (rules.budget_amber_points, ==, 20);
  g_assert_cmpfloat (rules.budget_red_points, ==, 40);

  /* Days out of range are a file error, with the line, as for every whole number. */
  g_clear_pointer (&edited, g_free);
  g_clear_pointer (&parts, g_strfreev);
  parts = g_strsplit (text, "status-behind-points=\"7\"", 2);
  edited = g_strjoin ("status-warn-days=\"400\"", parts[0], parts[1], NULL);
  g_assert_true (g_file_set_contents (path, edited, -1, &error));
  g_clear_object (&loaded);
  loaded = trellis_project_load (file, &error);
  g_assert_null (loaded);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "status-warn-days"));
  trellis_test_remove_tree (dir);
}

/* The thresholds change the lights, in the report too. */
static void
test_changes_light (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autoptr(TrellisProject) project = trellis_project_new ("Rules");
  g_autoptr(TrellisMilestone) survey = trellis_milestone_new ("Members' survey", trellis_date_parse ("2026-10-21"));
  g_autoptr(TrellisStatusReport) before = NULL;
  g_autoptr(TrellisStatusReport) after = NULL;
  g_autoptr(TrellisStatusReport) reloaded_report = NULL;
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autoptr(GListModel) milestones = NULL;
  g_autoptr(TrellisItem) reloaded_survey = NULL;
  TrellisStatusRules rules;
  const TrellisStatusEntry *entry;

  trellis_project_add_item (project, TRELLIS_ITEM (survey));

  /* Due in 20 days: green with the default 14 days of warning. */
  before = trellis_status_report_new (project, "2026-10-01");
  entry = trellis_status_report_lookup (before, TRELLIS_ITEM (survey));
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_GREEN);
  g_assert_cmpuint (trellis_status_report_get_rules (before)->warn_days, ==, 14);

  trellis_status_rules_load (&rules, project);
  rules.warn_days = 30;
  g_assert_true (trellis_status_rules_store (project, &rules, NULL));
  after = trellis_status_report_new (project, "2026-10-01");
  entry = trellis_status_report_lookup (after, TRELLIS_ITEM (survey));
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_AMBER);
  g_assert_cmpstr (trellis_status_entry_get_reason (entry), ==,
                   "Milestone “Members' survey” is due on 2026-10-21, in 20 days, and not reached yet");
  g_assert_cmpint (trellis_status_report_get_overall (after)->light, ==, TRELLIS_LIGHT_AMBER);

  /* And after saving and loading again. */
  reloaded = save_and_reload (project, dir, "rules.trellis", NULL);
  milestones = trellis_project_get_items (reloaded, TRELLIS_TYPE_MILESTONE);
  g_object_ref (milestones);
  reloaded_survey = g_list_model_get_item (milestones, 0);
  reloaded_report = trellis_status_report_new (reloaded, "2026-10-01");
  entry = trellis_status_report_lookup (reloaded_report, reloaded_survey);
  g_assert_cmpint (entry->light, ==, TRELLIS_LIGHT_AMBER);
  trellis_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/status-rules/defaults", test_defaults);
  g_test_add_func ("/core/status-rules/store-save-reload", test_store_save_reload);
  g_test_add_func ("/core/status-rules/out-of-range", test_out_of_range);
  g_test_add_func ("/core/status-rules/file-out-of-range", test_file_out_of_range);
  g_test_add_func ("/core/status-rules/changes-light", test_changes_light);

  return g_test_run ();
}
