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
  trellis_swot_item_set_text (item, "Skilled workforce");
  g_assert_cmpuint (n_notify, ==, 0);
  trellis_swot_item_set_text (item, "Strong SME base");
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_cmpstr (trellis_swot_item_get_text (item), ==, "Strong SME base");
  g_assert_true (g_uuid_string_is_valid (trellis_item_get_uuid (TRELLIS_ITEM (item))));
  /* An optional number starts unset. */
  {
    g_autoptr(TrellisIndicator) indicator = trellis_indicator_new ("Members");
    g_assert_true (isnan (trellis_indicator_get_target (indicator)));
    trellis_indicator_set_target (indicator, 0.0);
    g_assert_cmpfloat (trellis_indicator_get_target (indicator), ==, 0.0);
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
  trellis_swot_item_set_votes (item, 3);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 2);
  g_assert_true (trellis_project_get_dirty (project));
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Edit “Few exporters”");

  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_swot_item_get_votes (item), ==, 0);
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
  g_assert_cmpint (trellis_swot_item_get_votes (item), ==, 3);
  g_assert_true (trellis_project_lookup (project, trellis_item_get_uuid (TRELLIS_ITEM (item))) ==
                 TRELLIS_ITEM (item));
  g_assert_cmpuint (n_changed, ==, 6);

  /* A new edit after undo drops what could be redone. */
  trellis_history_undo (history);
  trellis_swot_item_set_text (item, "Few exporting SMEs");
  g_assert_false (trellis_history_get_can_redo (history));
  g_assert_cmpint (trellis_swot_item_get_votes (item), ==, 0);
}

static void
test_reset_field (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Reset");
  TrellisIndicator *indicator = trellis_indicator_new ("Members");

  trellis_project_add_item (project, indicator);
  g_object_unref (indicator);
  trellis_indicator_set_target (indicator, 45.0);
  /* NaN clears an optional number, as one undoable edit. */
  trellis_indicator_set_target (indicator, NAN);
  g_assert_true (isnan (trellis_indicator_get_target (indicator)));
  trellis_history_undo (trellis_project_get_history (project));
  g_assert_cmpfloat (trellis_indicator_get_target (indicator), ==, 45.0);
}

/* A reference without its file syntax is refused, so every saved file
 * loads again. */
static void
test_invalid_values_refused (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TrellisMilestone) milestone = trellis_milestone_new ("Kick-off", trellis_date_from_dmy (1, 5, 2026));
      trellis_milestone_set_action_uuid (milestone, "soon");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*action*of TrellisMilestone must be the UUID of an item, not*soon*");

  {
    g_autoptr(TrellisMilestone) milestone = trellis_milestone_new ("Kick-off", trellis_date_from_dmy (1, 5, 2026));
    trellis_milestone_set_date (milestone, trellis_date_from_dmy (30, 6, 2026));
    trellis_milestone_set_action_uuid (milestone, NULL);
    g_assert_cmpuint (trellis_milestone_get_date (milestone), ==, trellis_date_from_dmy (30, 6, 2026));
    g_assert_null (trellis_milestone_get_action_uuid (milestone));
  }
}

static void
test_header_edit (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Old name");
  TrellisHistory *history = trellis_project_get_history (project);

  trellis_header_set_name (trellis_project_get_header (project), "New name");
  g_assert_cmpstr (trellis_project_get_name (project), ==, "New name");
  g_assert_true (trellis_project_get_dirty (project));
  trellis_history_undo (history);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "Old name");
}

static const char *
title_at (TrellisProject *project,
          guint           position)
{
  g_autoptr(TrellisGoal) goal = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_GOAL),
                                                       position);
  return trellis_goal_get_title (goal);
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
  trellis_goal_set_title (b, "B2");
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
  trellis_header_set_cluster (header, "C");
  trellis_header_set_region (header, "R");
  trellis_history_begin_group (history, "inner");
  trellis_header_set_sector (header, "S");
  trellis_history_end_group (history);
  g_assert_false (trellis_history_get_can_undo (history));
  trellis_history_end_group (history);

  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Fill in the header");
  trellis_history_undo (history);
  g_assert_null (trellis_header_get_cluster (header));
  g_assert_null (trellis_header_get_region (header));
  g_assert_null (trellis_header_get_sector (header));

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
  TrellisAction *action = TRELLIS_ACTION (find_first (project, TRELLIS_TYPE_ACTION));
  TrellisTowsStrategy *tows = TRELLIS_TOWS_STRATEGY (find_first (project, TRELLIS_TYPE_TOWS_STRATEGY));
  TrellisMilestone *milestone = TRELLIS_MILESTONE (find_first (project, TRELLIS_TYPE_MILESTONE));
  TrellisStatusOverride *override = TRELLIS_STATUS_OVERRIDE (find_first (project, TRELLIS_TYPE_STATUS_OVERRIDE));
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
  g_assert_null (trellis_action_get_goal_uuid (action));
  g_assert_null (trellis_tows_strategy_get_goal_uuid (tows));
  g_assert_null (trellis_milestone_get_goal_uuid (milestone));
  /* Snapshots keep history: their weak reference stays. */
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SNAPSHOT_ENTRY), ==, 1);

  trellis_history_undo (history);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_INDICATOR), ==, 1);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_MEASUREMENT), ==, 1);
  g_assert_cmpstr (trellis_action_get_goal_uuid (action), ==, goal_uuid);
  g_assert_cmpstr (trellis_tows_strategy_get_goal_uuid (tows), ==, goal_uuid);
  g_assert_cmpstr (trellis_milestone_get_goal_uuid (milestone), ==, goal_uuid);
  g_assert_true (trellis_action_get_goal (action) == TRELLIS_GOAL (goal));

  /* An owner is cleared, and so is an entry of a list of references. */
  trellis_project_remove_item (project, firm);
  g_assert_null (trellis_action_get_owner_uuid (action));
  trellis_project_remove_item (project, find_first (project, TRELLIS_TYPE_SWOT_ITEM));
  g_assert_cmpuint (g_strv_length ((char **) trellis_tows_strategy_get_items_uuids (tows)), ==, 1);
  g_assert_null (trellis_goal_get_sources_uuids (TRELLIS_GOAL (goal)));
  trellis_history_undo (history);
  trellis_history_undo (history);
  g_assert_cmpuint (g_strv_length ((char **) trellis_tows_strategy_get_items_uuids (tows)), ==, 2);
  g_assert_true (trellis_action_get_owner (action) == TRELLIS_STAKEHOLDER (firm));

  /* Deleting an action deletes its override, which is owned. */
  trellis_project_remove_item (project, trellis_status_override_get_target (override));
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
    trellis_swot_item_set_votes (item, i);
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
  trellis_header_set_region (header, "N");
  trellis_header_set_region (header, "No");
  trellis_header_set_region (header, "Nor");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  /* Another property is another step; sealing ends the merge. */
  trellis_header_set_sector (header, "Plastics");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 2);
  trellis_header_set_sector (header, "Plastics and rubber");
  trellis_history_seal (history);
  trellis_header_set_sector (header, "Plastics, rubber");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 3);

  trellis_history_undo (history);
  trellis_history_undo (history);
  trellis_history_undo (history);
  g_assert_null (trellis_header_get_region (header));
}

static void
test_dirty (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Dirty");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisHeader *header = trellis_project_get_header (project);
  guint n_notify = 0;

  g_signal_connect_swapped (project, "notify::dirty", G_CALLBACK (count_cb), &n_notify);
  trellis_header_set_region (header, "A");
  trellis_project_mark_saved (project);
  g_assert_false (trellis_project_get_dirty (project));
  trellis_header_set_region (header, "B");
  g_assert_true (trellis_project_get_dirty (project));
  trellis_history_undo (history);
  g_assert_false (trellis_project_get_dirty (project));
  trellis_history_undo (history);
  g_assert_true (trellis_project_get_dirty (project));
  /* Once the saved state cannot be reached by redo, it stays dirty. */
  trellis_header_set_region (header, "C");
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
