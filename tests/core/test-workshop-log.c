/* test-workshop-log.c: what a workshop added, changed and removed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

static TrellisWorkshopChange *
find_line (GListModel *lines,
           const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(TrellisWorkshopChange) line = g_list_model_get_item (lines, i);

      if (g_strcmp0 (trellis_workshop_change_get_title (line), title) == 0)
        return line;
    }
  return NULL;
}

static TrellisSwotItem *
add_note (TrellisProject *project,
          const char     *text)
{
  g_autoptr(TrellisSwotItem) note = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, text);

  trellis_project_add_item (project, note);
  return note;
}

static TrellisAction *
first_action (TrellisProject *project)
{
  g_autoptr(TrellisAction) action = g_list_model_get_item (trellis_project_get_items (project,
                                                                                      TRELLIS_TYPE_ACTION), 0);
  return action;
}

static TrellisGoal *
first_goal (TrellisProject *project)
{
  g_autoptr(TrellisGoal) goal = g_list_model_get_item (trellis_project_get_items (project,
                                                                                  TRELLIS_TYPE_GOAL), 0);
  return goal;
}

static void
test_record (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisWorkshopLog) log = trellis_workshop_log_new (project);
  TrellisHistory *history = trellis_project_get_history (project);
  GListModel *lines = trellis_workshop_log_get_changes (log);
  TrellisAction *action = first_action (project);
  TrellisGoal *goal = first_goal (project);
  g_autofree char *action_title = g_strdup (trellis_action_get_title (action));
  g_autofree char *goal_title = g_strdup (trellis_goal_get_title (goal));
  g_autoptr(GPtrArray) indicators = trellis_indicator_list_by_goal (project, goal);
  guint n_indicators = indicators->len;
  TrellisWorkshopChange *line;
  TrellisSwotItem *note;

  /* Before a session nothing is logged. */
  trellis_action_set_progress (action, 55);
  g_assert_false (trellis_workshop_log_get_running (log));
  g_assert_nonnull (trellis_workshop_log_start (log, "SWOT workshop", NULL));
  g_assert_true (trellis_workshop_log_get_running (log));
  g_assert_true (trellis_project_get_dirty (project));
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 0);

  add_note (project, "Skilled mould makers");
  note = add_note (project, "Two universities nearby");
  trellis_action_set_due (action, trellis_date_parse ("2027-06-30"));
  trellis_action_set_status (action, TRELLIS_STATUS_ON_HOLD);
  trellis_project_remove_item (project, goal);
  /* The goal, its indicators, and the items that referred to it (changed). */
  g_assert_cmpuint (g_list_model_get_n_items (lines), >=, 4 + n_indicators);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==,
                    trellis_project_count_items (project, TRELLIS_TYPE_WORKSHOP_CHANGE));
  /* The log is no undo step of its own. */
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 6);

  line = find_line (lines, action_title);
  g_assert_nonnull (line);
  g_assert_cmpstr (trellis_workshop_change_get_change (line), ==, TRELLIS_WORKSHOP_CHANGED);
  g_assert_cmpstr (trellis_workshop_change_get_fields (line), ==, "due status");
  g_assert_cmpstr (trellis_workshop_change_get_kind (line), ==, "action");
  g_assert_true (trellis_workshop_change_get_item_type (line) == TRELLIS_TYPE_ACTION);
  line = find_line (lines, goal_title);
  g_assert_cmpstr (trellis_workshop_change_get_change (line), ==, TRELLIS_WORKSHOP_REMOVED);
  line = find_line (lines, "Skilled mould makers");
  g_assert_cmpstr (trellis_workshop_change_get_change (line), ==, TRELLIS_WORKSHOP_ADDED);
  g_assert_nonnull (trellis_workshop_change_get_time (line));

  /* Undoing the deletion takes its lines away; so does editing back. */
  g_assert_true (trellis_history_undo (history));
  g_assert_null (find_line (lines, goal_title));
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 3);
  trellis_swot_item_set_text (note, "Two universities close by");
  trellis_swot_item_set_text (note, "Two universities nearby");
  g_assert_cmpstr (trellis_workshop_change_get_change (find_line (lines, "Two universities nearby")),
                   ==, TRELLIS_WORKSHOP_ADDED);
  trellis_project_remove_item (project, note);
  g_assert_null (find_line (lines, "Two universities nearby"));
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_WORKSHOP_CHANGE), ==, 2);

  trellis_workshop_log_end (log, NULL);
  g_assert_false (trellis_workshop_log_get_running (log));
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 0);
  trellis_action_set_progress (action, 60);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_WORKSHOP_CHANGE), ==, 2);
}

static void
test_file_and_minutes (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "workshop.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(TrellisWorkshopLog) log = trellis_workshop_log_new (project);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 3, 15, 9, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2027, 3, 15, 12, 30, 0);
  g_autoptr(TrellisWorkshopSession) session = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *minutes = NULL;
  TrellisAction *action = first_action (project);
  g_autofree char *action_title = g_strdup (trellis_action_get_title (action));
  g_autofree char *expected = NULL;

  trellis_workshop_log_start (log, "Kick-off", start);
  add_note (project, "Skilled mould makers");
  add_note (project, "A *new* recycling plant");
  trellis_action_set_due (action, trellis_date_parse ("2027-06-30"));
  trellis_workshop_log_end (log, end);
  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);

  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_project_count_items (loaded, TRELLIS_TYPE_WORKSHOP_SESSION), ==, 1);
  session = g_list_model_get_item (trellis_project_get_items (loaded, TRELLIS_TYPE_WORKSHOP_SESSION), 0);
  g_assert_cmpstr (trellis_workshop_session_get_started (session), ==, "2027-03-15T09:00:00Z");
  g_assert_cmpstr (trellis_workshop_session_get_ended (session), ==, "2027-03-15T12:30:00Z");
  changes = trellis_workshop_list_changes (loaded, session);
  g_assert_cmpuint (changes->len, ==, 3);

  minutes = trellis_workshop_minutes_to_string (loaded, session);
  g_test_message ("%s", minutes);
  assert_contains (minutes, "# Minutes: Kick-off\n");
  assert_contains (minutes, "- **Started:** 2027-03-15T09:00:00Z\n");
  assert_contains (minutes, "- **Items added, changed or removed:** 3\n");
  assert_contains (minutes, "\n## Step 1: Potentials\n\n- Added 2 SWOT notes: “Skilled mould makers”, "
                            "“A \\*new\\* recycling plant”.\n");
  expected = g_strdup_printf ("\n## Step 4: Strategy\n\n- Changed 1 action “%s”: Due.\n", action_title);
  assert_contains (minutes, expected);
  g_assert_null (strstr (minutes, "Step 2"));

  /* The template of a project leaves its workshops out. */
  {
    g_autoptr(TrellisProject) template_ = trellis_project_dup_as_template (loaded, "T", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (trellis_project_count_items (template_, TRELLIS_TYPE_WORKSHOP_SESSION), ==, 0);
    g_assert_cmpuint (trellis_project_count_items (template_, TRELLIS_TYPE_WORKSHOP_CHANGE), ==, 0);
  }
  g_unlink (path);
  trellis_test_remove_tree (dir);
}

static void
test_empty_session (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Empty");
  g_autoptr(TrellisWorkshopLog) log = trellis_workshop_log_new (project);
  TrellisWorkshopSession *session = trellis_workshop_log_start (log, "Nothing", NULL);
  g_autofree char *minutes = trellis_workshop_minutes_to_string (project, session);

  assert_contains (minutes, "Nothing was added, changed or removed.");
  /* Starting again ends the running session first. */
  trellis_workshop_log_start (log, "Second", NULL);
  g_assert_nonnull (trellis_workshop_session_get_ended (session));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_WORKSHOP_SESSION), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/workshop-log/record", test_record);
  g_test_add_func ("/core/workshop-log/file-and-minutes", test_file_and_minutes);
  g_test_add_func ("/core/workshop-log/empty-session", test_empty_session);

  return g_test_run ();
}
