/* test-history.c: the model and its undo/redo history
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "trellis-test-utils.h"

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_notify_on_change_only (void)
{
  g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Skilled workforce");
  guint n_notify = 0;

  g_signal_connect_swapped (item, "notify::text", G_CALLBACK (count_cb), &n_notify);
  g_object_set (item, "text", "Skilled workforce", NULL);
  g_assert_cmpuint (n_notify, ==, 0);
  g_object_set (item, "text", "Strong SME base", NULL);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_cmpstr (trellis_item_get_string (TRELLIS_ITEM (item), "text"), ==, "Strong SME base");
  g_assert_true (g_uuid_string_is_valid (trellis_item_get_uuid (TRELLIS_ITEM (item))));
  /* An optional number starts unset. */
  {
    g_autoptr(TrellisIndicator) indicator = trellis_indicator_new ("Members");
    g_assert_true (isnan (trellis_item_get_double (TRELLIS_ITEM (indicator), "target")));
    g_object_set (indicator, "target", 0.0, NULL);
    g_assert_cmpfloat (trellis_item_get_double (TRELLIS_ITEM (indicator), "target"), ==, 0.0);
  }
}

static void
test_set_undo_redo (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Plastics");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *item = trellis_swot_item_new (TRELLIS_QUADRANT_WEAKNESS, "Few exporters");
  guint n_changed = 0;

  g_signal_connect_swapped (project, "changed", G_CALLBACK (count_cb), &n_changed);
  g_assert_false (trellis_project_get_dirty (project));
  g_assert_false (trellis_history_get_can_undo (history));

  trellis_project_add_item (project, item);
  g_object_unref (item);
  g_object_set (item, "votes", 3, NULL);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 2);
  g_assert_true (trellis_project_get_dirty (project));
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Edit “Few exporters”");

  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_item_get_int (TRELLIS_ITEM (item), "votes"), ==, 0);
  g_assert_true (trellis_history_get_can_redo (history));
  g_assert_cmpstr (trellis_history_get_redo_label (history), ==, "Edit “Few exporters”");
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, 0);
  g_assert_null (trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (item))));
  g_assert_false (trellis_history_undo (history));
  g_assert_false (trellis_project_get_dirty (project));

  g_assert_true (trellis_history_redo (history));
  g_assert_true (trellis_history_redo (history));
  g_assert_false (trellis_history_redo (history));
  g_assert_cmpint (trellis_item_get_int (TRELLIS_ITEM (item), "votes"), ==, 3);
  g_assert_true (trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (item))) ==
                 TRELLIS_ITEM (item));
  g_assert_cmpuint (n_changed, ==, 6);

  /* A new edit after undo drops what could be redone. */
  trellis_history_undo (history);
  g_object_set (item, "text", "Few exporting SMEs", NULL);
  g_assert_false (trellis_history_get_can_redo (history));
  g_assert_cmpint (trellis_item_get_int (TRELLIS_ITEM (item), "votes"), ==, 0);
}

static void
test_reset_field (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Reset");
  TrellisIndicator *indicator = trellis_indicator_new ("Members");

  trellis_project_add_item (project, indicator);
  g_object_unref (indicator);
  g_object_set (indicator, "target", 45.0, NULL);
  trellis_item_reset_field (TRELLIS_ITEM (indicator), "target");
  g_assert_true (isnan (trellis_item_get_double (TRELLIS_ITEM (indicator), "target")));
  trellis_history_undo (trellis_project_get_history (project));
  g_assert_cmpfloat (trellis_item_get_double (TRELLIS_ITEM (indicator), "target"), ==, 45.0);
}

/* A date or reference without its file syntax is refused, so every saved
 * file loads again. */
static void
test_invalid_values_refused (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TrellisMilestone) milestone = trellis_milestone_new ("Kick-off", trellis_date_parse ("2026-05-01"));
      g_object_set (milestone, "date", "soon", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*date*of TrellisMilestone must be a date written as YYYY-MM-DD, not*soon*");

  {
    g_autoptr(TrellisMilestone) milestone = trellis_milestone_new ("Kick-off", trellis_date_parse ("2026-05-01"));
    g_object_set (milestone, "date", "2026-06-30", "action", NULL, NULL);
    g_assert_cmpstr (trellis_item_get_string (TRELLIS_ITEM (milestone), "date"), ==, "2026-06-30");
  }
}

static void
test_header_edit (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Old name");
  TrellisHistory *history = trellis_project_get_history (project);

  g_object_set (trellis_project_get_header (project), "name", "New name", NULL);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "New name");
  g_assert_true (trellis_project_get_dirty (project));
  trellis_history_undo (history);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "Old name");
}

static const char *
title_at (TrellisProject *project,
          guint           position)
{
  g_autoptr(TrellisItem) item = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL),
                                                       position);
  return trellis_item_get_string (item, "title");
}

static void
test_insert_remove_move (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Order");
  TrellisHistory *history = trellis_project_get_history (project);
  const char *titles[] = { "A", "B", "C" };
  TrellisGoal *b;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      TrellisGoal *goal = trellis_goal_new (titles[i]);
      trellis_project_add_item (project, goal);
      g_object_unref (goal);
    }
  b = TRELLIS_GOAL (g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL), 1));

  trellis_project_move_item (project, b, 0);
  g_assert_cmpstr (title_at (project, 0), ==, "B");
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Move “B”");
  trellis_history_undo (history);
  g_assert_cmpstr (title_at (project, 0), ==, "A");
  g_assert_cmpstr (title_at (project, 1), ==, "B");

  trellis_project_remove_item (project, b);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==, 2);
  g_assert_cmpstr (title_at (project, 1), ==, "C");
  trellis_history_undo (history);
  g_assert_cmpstr (title_at (project, 1), ==, "B");
  g_assert_true (trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (b))) == TRELLIS_ITEM (b));

  /* Removed items are still edited through the history once back. */
  g_object_set (b, "title", "B2", NULL);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Edit “B”");
  g_object_unref (b);
}

static void
test_group (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Group");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisHeader *header = trellis_project_get_header (project);

  trellis_history_begin_group (history, "Fill in the header");
  g_object_set (header, "cluster", "C", "region", "R", NULL);
  trellis_history_begin_group (history, "inner");
  g_object_set (header, "sector", "S", NULL);
  trellis_history_end_group (history);
  g_assert_false (trellis_history_get_can_undo (history));
  trellis_history_end_group (history);

  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Fill in the header");
  trellis_history_undo (history);
  g_assert_null (trellis_item_get_string (TRELLIS_ITEM (header), "cluster"));
  g_assert_null (trellis_item_get_string (TRELLIS_ITEM (header), "sector"));

  /* An empty group leaves no step. */
  trellis_history_begin_group (history, "Nothing");
  trellis_history_end_group (history);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 0);
}

static TrellisItem *
find_first (TrellisProject *project,
            GType           type)
{
  g_autoptr(TrellisItem) item = g_list_model_get_item (trellis_project_get_items (project, type), 0);
  return item; /* the project keeps it alive */
}

static void
test_delete_referenced (void)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisItem *goal = find_first (project, TRELLIS_TYPE_GOAL);
  TrellisItem *action = find_first (project, TRELLIS_TYPE_ACTION);
  TrellisItem *tows = find_first (project, TRELLIS_TYPE_TOWS_STRATEGY);
  TrellisItem *firm = find_first (project, TRELLIS_TYPE_STAKEHOLDER);
  g_autoptr(GPtrArray) referrers = trellis_project_list_referrers (project, goal);
  g_autofree char *goal_uuid = g_strdup (trellis_item_get_uuid (goal));
  guint steps = trellis_history_get_n_undo (history);

  /* tows, indicator, action, milestone */
  g_assert_cmpuint (referrers->len, ==, 4);

  /* Deleting the goal deletes its indicator and that indicator's
   * measurement (owned), and clears the references of the action, the
   * milestone and the TOWS strategy: one step. */
  trellis_project_remove_item (project, goal);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, steps + 1);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_GOAL), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_INDICATOR), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT), ==, 0);
  g_assert_null (trellis_item_get_string (action, "goal"));
  g_assert_null (trellis_item_get_string (tows, "goal"));
  g_assert_null (trellis_item_get_string (find_first (project, TRELLIS_TYPE_MILESTONE), "goal"));
  /* Snapshots keep history: their weak reference stays. */
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 1);

  trellis_history_undo (history);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_INDICATOR), ==, 1);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT), ==, 1);
  g_assert_cmpstr (trellis_item_get_string (action, "goal"), ==, goal_uuid);
  g_assert_cmpstr (trellis_item_get_string (tows, "goal"), ==, goal_uuid);

  /* An owner is cleared, and so is an entry of a list of references. */
  trellis_project_remove_item (project, firm);
  g_assert_null (trellis_item_get_string (action, "owner"));
  trellis_project_remove_item (project, find_first (project, TRELLIS_TYPE_SWOT_ITEM));
  g_assert_cmpuint (g_strv_length ((char **) trellis_item_get_strv (tows, "items")), ==, 1);
  g_assert_null (trellis_item_get_strv (goal, "sources"));
  trellis_history_undo (history);
  trellis_history_undo (history);
  g_assert_cmpuint (g_strv_length ((char **) trellis_item_get_strv (tows, "items")), ==, 2);
  g_assert_nonnull (trellis_item_get_string (action, "owner"));

  /* Deleting an action deletes its override, which is owned. */
  trellis_project_remove_item (project, trellis_project_lookup (project,
                               trellis_item_get_string (find_first (project, TRELLIS_TYPE_STATUS_OVERRIDE), "target")));
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STATUS_OVERRIDE), ==, 0);
}

static void
test_no_cap (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Many");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *item = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "x");

  trellis_project_add_item (project, item);
  g_object_unref (item);
  for (int i = 1; i <= 20000; i++)
    g_object_set (item, "votes", i, NULL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 20001);
  while (trellis_history_undo (history))
    ;
  g_assert_cmpuint (trellis_history_get_n_redo (history), ==, 20001);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, 0);
}

static void
test_merge_window (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Typing");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisHeader *header = trellis_project_get_header (project);

  trellis_history_set_merge_window (history, G_TIME_SPAN_MINUTE);
  g_object_set (header, "region", "N", NULL);
  g_object_set (header, "region", "No", NULL);
  g_object_set (header, "region", "Nor", NULL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  /* Another property is another step; sealing ends the merge. */
  g_object_set (header, "sector", "Plastics", NULL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 2);
  g_object_set (header, "sector", "Plastics and rubber", NULL);
  trellis_history_seal (history);
  g_object_set (header, "sector", "Plastics, rubber", NULL);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 3);

  trellis_history_undo (history);
  trellis_history_undo (history);
  trellis_history_undo (history);
  g_assert_null (trellis_item_get_string (TRELLIS_ITEM (header), "region"));
}

static void
test_dirty (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Dirty");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisHeader *header = trellis_project_get_header (project);
  guint n_notify = 0;

  g_signal_connect_swapped (project, "notify::dirty", G_CALLBACK (count_cb), &n_notify);
  g_object_set (header, "region", "A", NULL);
  trellis_project_mark_saved (project);
  g_assert_false (trellis_project_get_dirty (project));
  g_object_set (header, "region", "B", NULL);
  g_assert_true (trellis_project_get_dirty (project));
  trellis_history_undo (history);
  g_assert_false (trellis_project_get_dirty (project));
  trellis_history_undo (history);
  g_assert_true (trellis_project_get_dirty (project));
  /* Once the saved state cannot be reached by redo, it stays dirty. */
  g_object_set (header, "region", "C", NULL);
  g_assert_true (trellis_project_get_dirty (project));
  g_assert_cmpuint (n_notify, >, 0);
}

static void
test_equal (void)
{
  g_autoptr(TrellisProject) a = trellis_test_build_full_project ();
  g_autoptr(TrellisProject) b = trellis_test_build_full_project ();

  g_assert_true (trellis_project_equal (a, a));
  /* Same values but new UUIDs: not the same project. */
  g_assert_false (trellis_project_equal (a, b));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/history/notify-on-change-only", test_notify_on_change_only);
  g_test_add_func ("/core/history/set-undo-redo", test_set_undo_redo);
  g_test_add_func ("/core/history/header-edit", test_header_edit);
  g_test_add_func ("/core/history/reset-field", test_reset_field);
  g_test_add_func ("/core/history/invalid-values-refused", test_invalid_values_refused);
  g_test_add_func ("/core/history/insert-remove-move", test_insert_remove_move);
  g_test_add_func ("/core/history/group", test_group);
  g_test_add_func ("/core/history/delete-referenced", test_delete_referenced);
  g_test_add_func ("/core/history/no-cap", test_no_cap);
  g_test_add_func ("/core/history/merge-window", test_merge_window);
  g_test_add_func ("/core/history/dirty", test_dirty);
  g_test_add_func ("/core/history/equal", test_equal);

  return g_test_run ();
}
