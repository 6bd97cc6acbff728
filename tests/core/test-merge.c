/* test-merge.c: three-way merge by item UUID, and conflicts in the file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis-test-utils.h"

static TrellisProject *
copy_project (TrellisProject *project)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  g_autoptr(GError) error = NULL;
  TrellisProject *copy = trellis_project_load_from_data (g_bytes_get_data (bytes, NULL),
                                                         g_bytes_get_size (bytes), "copy", &error);

  g_assert_no_error (error);
  return copy;
}

typedef struct
{
  TrellisProject *base;
  TrellisProject *ours;
  TrellisProject *theirs;
  TrellisMerge   *merge;
  char           *tmpdir;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->base = trellis_test_load_sample ();
  f->ours = copy_project (f->base);
  f->theirs = copy_project (f->base);
  f->tmpdir = trellis_test_make_tmpdir ();
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->merge);
  g_clear_object (&f->base);
  g_clear_object (&f->ours);
  g_clear_object (&f->theirs);
  trellis_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
}

/* Saves @project, validates the file against the schema and loads it back. */
static TrellisProject *
assert_valid (Fixture        *f,
              TrellisProject *project)
{
  g_autofree char *path = g_build_filename (f->tmpdir, "merged.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisProject *loaded;

  g_assert_true (trellis_project_save_copy (project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (trellis_project_equal (project, loaded));
  return loaded;
}

static TrellisProject *
run_merge (Fixture *f,
           guint    expected_conflicts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) loaded = NULL;
  TrellisProject *result;

  f->merge = trellis_merge_new (f->base, f->ours, f->theirs);
  g_assert_true (trellis_merge_run (f->merge, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_merge_count_conflicts (f->merge), ==, expected_conflicts);
  result = trellis_merge_get_result (f->merge);
  g_assert_cmpuint (trellis_project_count_items (result, TRELLIS_TYPE_MERGE_CONFLICT), ==,
                    expected_conflicts);
  g_assert_false (trellis_project_get_dirty (result));
  loaded = assert_valid (f, result);
  return result;
}

static gpointer
nth_item (TrellisProject *project,
          GType           type,
          guint           n)
{
  g_autoptr(TrellisItem) item = g_list_model_get_item (trellis_project_get_items (project, type), n);

  g_assert_nonnull (item);
  return item;   /* the project keeps it */
}

static gpointer
same_item (TrellisProject *project,
           gpointer        item)
{
  TrellisItem *found = trellis_project_lookup (project, trellis_item_get_uuid (item));

  g_assert_nonnull (found);
  return found;
}

static char *
swot_order (TrellisProject *project)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);
      g_string_append_printf (out, "%s|", trellis_swot_item_get_text (item));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static TrellisMergeChange *
find_change (TrellisMerge           *merge,
             TrellisMergeChangeKind  kind,
             guint                   nth)
{
  GListModel *changes = trellis_merge_get_changes (merge);

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(TrellisMergeChange) change = g_list_model_get_item (changes, i);

      if (trellis_merge_change_get_kind (change) == kind && nth-- == 0)
        return change;   /* the list keeps it */
    }
  return NULL;
}

static void
test_nothing_changed (Fixture       *f,
                      gconstpointer  data)
{
  TrellisProject *result = run_merge (f, 0);

  g_assert_cmpuint (g_list_model_get_n_items (trellis_merge_get_changes (f->merge)), ==, 0);
  g_assert_true (trellis_project_equal (result, f->ours));
}

static void
test_add_add (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TrellisSwotItem) mine = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Ours");
  g_autoptr(TrellisSwotItem) theirs = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Theirs");
  guint n = trellis_project_count_items (f->base, TRELLIS_TYPE_SWOT_ITEM);
  TrellisProject *result;
  TrellisMergeChange *change;

  trellis_project_add_item (f->ours, mine);
  trellis_project_insert_item (f->theirs, theirs, 1);
  result = run_merge (f, 0);

  g_assert_cmpuint (trellis_project_count_items (result, TRELLIS_TYPE_SWOT_ITEM), ==, n + 2);
  /* Theirs goes after its predecessor in theirs, ours stays last. */
  g_assert_cmpstr (trellis_item_get_uuid (nth_item (result, TRELLIS_TYPE_SWOT_ITEM, 1)), ==,
                   trellis_item_get_uuid (TRELLIS_ITEM (theirs)));
  g_assert_cmpstr (trellis_item_get_uuid (nth_item (result, TRELLIS_TYPE_SWOT_ITEM, n + 1)), ==,
                   trellis_item_get_uuid (TRELLIS_ITEM (mine)));
  change = find_change (f->merge, TRELLIS_MERGE_CHANGE_ADDED, 0);
  g_assert_nonnull (change);
  g_assert_cmpstr (trellis_merge_change_get_title (change), ==, "Theirs");
  g_assert_true (trellis_merge_change_get_item_type (change) == TRELLIS_TYPE_SWOT_ITEM);
  g_assert_cmpstr (trellis_merge_change_get_value (change, TRELLIS_MERGE_VERSION_BASE), ==, "");
  g_assert_cmpstr (trellis_merge_change_get_value (change, TRELLIS_MERGE_VERSION_THEIRS), ==, "Theirs");
  g_assert_null (find_change (f->merge, TRELLIS_MERGE_CHANGE_ADDED, 1));
}

static void
test_edit_same_value (Fixture       *f,
                      gconstpointer  data)
{
  TrellisGoal *goal = nth_item (f->base, TRELLIS_TYPE_GOAL, 0);
  TrellisProject *result;

  trellis_goal_set_title (same_item (f->ours, goal), "Same new title");
  trellis_goal_set_title (same_item (f->theirs, goal), "Same new title");
  result = run_merge (f, 0);
  g_assert_cmpstr (trellis_goal_get_title (same_item (result, goal)), ==, "Same new title");
  g_assert_cmpuint (g_list_model_get_n_items (trellis_merge_get_changes (f->merge)), ==, 0);
}

static void
test_different_fields (Fixture       *f,
                       gconstpointer  data)
{
  TrellisAction *action = nth_item (f->base, TRELLIS_TYPE_ACTION, 0);
  TrellisDay due = trellis_action_get_due (action) + 30;
  TrellisProject *result;
  TrellisMergeChange *change;
  g_autofree char *due_text = trellis_date_format (due);

  trellis_action_set_title (same_item (f->ours, action), "Our title");
  trellis_action_set_due (same_item (f->theirs, action), due);
  trellis_action_set_progress (same_item (f->theirs, action), 55);
  result = run_merge (f, 0);

  g_assert_cmpstr (trellis_action_get_title (same_item (result, action)), ==, "Our title");
  g_assert_cmpuint (trellis_action_get_due (same_item (result, action)), ==, due);
  g_assert_cmpint (trellis_action_get_progress (same_item (result, action)), ==, 55);
  change = find_change (f->merge, TRELLIS_MERGE_CHANGE_CHANGED, 0);
  g_assert_nonnull (change);
  g_assert_cmpuint (trellis_merge_change_get_field (change)->pspec->param_id - 1, ==,
                    TRELLIS_ACTION_FIELD_DUE);
  g_assert_cmpstr (trellis_merge_change_get_value (change, TRELLIS_MERGE_VERSION_THEIRS), ==, due_text);
  /* Named as in their version. */
  g_assert_cmpstr (trellis_merge_change_get_title (change), ==, trellis_action_get_title (action));
}

static void
test_same_field_conflict (Fixture       *f,
                          gconstpointer  data)
{
  TrellisAction *action = nth_item (f->base, TRELLIS_TYPE_ACTION, 1);
  TrellisStakeholder *someone = nth_item (f->base, TRELLIS_TYPE_STAKEHOLDER, 2);
  TrellisProject *result;
  TrellisMergeConflict *conflict;
  TrellisHistory *history;
  g_autoptr(GError) error = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  trellis_action_set_title (same_item (f->ours, action), "Ours wins");
  trellis_action_set_title (same_item (f->theirs, action), "Theirs loses");
  /* The base's owner is the first stakeholder; we make it the second, they the third. */
  trellis_action_set_owner (action, nth_item (f->base, TRELLIS_TYPE_STAKEHOLDER, 0));
  trellis_action_set_owner (same_item (f->ours, action), nth_item (f->ours, TRELLIS_TYPE_STAKEHOLDER, 1));
  trellis_action_set_owner (same_item (f->theirs, action), same_item (f->theirs, someone));
  result = run_merge (f, 2);

  /* The result keeps our values and records theirs. */
  g_assert_cmpstr (trellis_action_get_title (same_item (result, action)), ==, "Ours wins");
  g_assert_true (TRELLIS_ITEM (trellis_action_get_owner (same_item (result, action))) ==
                 same_item (result, nth_item (f->base, TRELLIS_TYPE_STAKEHOLDER, 1)));
  conflict = nth_item (result, TRELLIS_TYPE_MERGE_CONFLICT, 0);
  g_assert_cmpstr (trellis_merge_conflict_get_item_uuid (conflict), ==,
                   trellis_item_get_uuid (TRELLIS_ITEM (action)));
  g_assert_cmpstr (trellis_merge_conflict_get_field (conflict), ==,
                   trellis_merge_conflict_find_field (conflict)->pspec->name);
  g_assert_cmpstr (trellis_merge_conflict_get_ours (conflict), ==, "Ours wins");
  g_assert_cmpstr (trellis_merge_conflict_get_theirs (conflict), ==, "Theirs loses");
  g_assert_cmpstr (trellis_merge_conflict_get_base (conflict), ==, trellis_action_get_title (action));
  ours = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_OURS);
  g_assert_cmpstr (ours, ==, "Ours wins");

  /* The owner conflict shows the stakeholder's name, and resolves to it. */
  conflict = nth_item (result, TRELLIS_TYPE_MERGE_CONFLICT, 1);
  theirs = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_THEIRS);
  g_assert_cmpstr (theirs, ==, trellis_stakeholder_get_name (someone));

  history = trellis_project_get_history (result);
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_action_get_owner_uuid (same_item (result, action)), ==,
                   trellis_item_get_uuid (TRELLIS_ITEM (someone)));
  g_assert_cmpuint (trellis_project_count_items (result, TRELLIS_TYPE_MERGE_CONFLICT), ==, 1);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  g_assert_true (trellis_history_undo (history));
  g_assert_true (TRELLIS_ITEM (trellis_action_get_owner (same_item (result, action))) ==
                 same_item (result, nth_item (f->base, TRELLIS_TYPE_STAKEHOLDER, 1)));
  g_assert_cmpuint (trellis_project_count_items (result, TRELLIS_TYPE_MERGE_CONFLICT), ==, 2);
}

static void
test_delete_edit (Fixture       *f,
                  gconstpointer  data)
{
  TrellisSwotItem *mine_gone = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 0);
  TrellisSwotItem *theirs_gone = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 1);
  TrellisProject *result;
  TrellisMergeConflict *conflict;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  g_object_ref (mine_gone);
  g_object_ref (theirs_gone);
  trellis_project_remove_item (f->ours, same_item (f->ours, mine_gone));
  trellis_swot_item_set_text (same_item (f->theirs, mine_gone), "Edited by them");
  trellis_project_remove_item (f->theirs, same_item (f->theirs, theirs_gone));
  trellis_swot_item_set_text (same_item (f->ours, theirs_gone), "Edited by us");
  result = run_merge (f, 2);

  /* Both items are kept, with the edits, each with a conflict. */
  g_assert_cmpstr (trellis_swot_item_get_text (same_item (result, mine_gone)), ==, "Edited by them");
  g_assert_cmpstr (trellis_swot_item_get_text (same_item (result, theirs_gone)), ==, "Edited by us");
  conflicts = trellis_merge_conflict_list_by_item (result, same_item (result, mine_gone));
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_true (trellis_merge_conflict_get_ours_deleted (conflict));
  g_assert_false (trellis_merge_conflict_get_theirs_deleted (conflict));
  g_assert_null (trellis_merge_conflict_find_field (conflict));
  value = trellis_merge_conflict_dup_value (conflict, TRELLIS_MERGE_SIDE_OURS);
  g_assert_cmpstr (value, ==, "(deleted)");

  /* Taking ours deletes it now. */
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_OURS, &error));
  g_assert_null (trellis_project_lookup (result, trellis_item_get_uuid (TRELLIS_ITEM (mine_gone))));
  /* Taking ours for the other keeps our edit. */
  conflict = nth_item (result, TRELLIS_TYPE_MERGE_CONFLICT, 0);
  g_assert_true (trellis_merge_conflict_get_theirs_deleted (conflict));
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_OURS, &error));
  g_assert_nonnull (trellis_project_lookup (result, trellis_item_get_uuid (TRELLIS_ITEM (theirs_gone))));
  g_assert_cmpuint (trellis_project_count_items (result, TRELLIS_TYPE_MERGE_CONFLICT), ==, 0);
  g_object_unref (mine_gone);
  g_object_unref (theirs_gone);
}

static void
test_delete_delete (Fixture       *f,
                    gconstpointer  data)
{
  TrellisSwotItem *both = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 0);
  TrellisSwotItem *theirs_only = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 1);
  TrellisSwotItem *ours_only = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 2);
  guint n = trellis_project_count_items (f->base, TRELLIS_TYPE_SWOT_ITEM);
  TrellisProject *result;

  trellis_project_remove_item (f->ours, same_item (f->ours, both));
  trellis_project_remove_item (f->theirs, same_item (f->theirs, both));
  trellis_project_remove_item (f->theirs, same_item (f->theirs, theirs_only));
  trellis_project_remove_item (f->ours, same_item (f->ours, ours_only));
  result = run_merge (f, 0);

  g_assert_cmpuint (trellis_project_count_items (result, TRELLIS_TYPE_SWOT_ITEM), ==, n - 3);
  g_assert_null (trellis_project_lookup (result, trellis_item_get_uuid (TRELLIS_ITEM (both))));
  g_assert_null (trellis_project_lookup (result, trellis_item_get_uuid (TRELLIS_ITEM (theirs_only))));
  g_assert_null (trellis_project_lookup (result, trellis_item_get_uuid (TRELLIS_ITEM (ours_only))));
  g_assert_nonnull (find_change (f->merge, TRELLIS_MERGE_CHANGE_REMOVED, 0));
  g_assert_null (find_change (f->merge, TRELLIS_MERGE_CHANGE_REMOVED, 1));
}

/* The texts of @project's SWOT notes in order, with @extra inserted
 * after the note @after of the base. */
static char *
expected_order (TrellisProject *project,
                TrellisItem    *after,
                const char     *extra)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s|", trellis_swot_item_get_text (item));
      if (g_strcmp0 (trellis_item_get_uuid (TRELLIS_ITEM (item)), trellis_item_get_uuid (after)) == 0)
        g_string_append_printf (out, "%s|", extra);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_moves (Fixture       *f,
            gconstpointer  data)
{
  guint n = trellis_project_count_items (f->base, TRELLIS_TYPE_SWOT_ITEM);
  TrellisSwotItem *last = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, n - 1);
  TrellisItem *second = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 1);
  g_autoptr(TrellisSwotItem) mine = trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Ours");
  g_autofree char *expected = NULL;
  g_autofree char *order = NULL;
  TrellisProject *result;

  /* They move the last note first; we add one after the second. */
  g_assert_cmpuint (n, >, 3);
  trellis_project_move_item (f->theirs, same_item (f->theirs, last), 0);
  trellis_project_insert_item (f->ours, mine, 2);
  result = run_merge (f, 0);
  g_assert_nonnull (find_change (f->merge, TRELLIS_MERGE_CHANGE_MOVED, 0));

  /* Their order, with ours after its predecessor in ours. */
  expected = expected_order (f->theirs, second, "Ours");
  order = swot_order (result);
  g_assert_cmpstr (order, ==, expected);
}

static void
test_reorder_both (Fixture       *f,
                   gconstpointer  data)
{
  guint n = trellis_project_count_items (f->base, TRELLIS_TYPE_SWOT_ITEM);
  TrellisSwotItem *first = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, 0);
  TrellisSwotItem *last = nth_item (f->base, TRELLIS_TYPE_SWOT_ITEM, n - 1);
  g_autoptr(TrellisSwotItem) theirs = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Theirs");
  g_autofree char *expected = NULL;
  g_autofree char *order = NULL;
  TrellisProject *result;

  /* Both reorder, differently: ours stands, their new note after its predecessor. */
  trellis_project_move_item (f->ours, same_item (f->ours, first), n - 1);
  trellis_project_move_item (f->theirs, same_item (f->theirs, last), 0);
  trellis_project_insert_item (f->theirs, theirs, 1);   /* after the moved last note */
  result = run_merge (f, 0);
  g_assert_null (find_change (f->merge, TRELLIS_MERGE_CHANGE_MOVED, 0));
  expected = expected_order (f->ours, TRELLIS_ITEM (last), "Theirs");
  order = swot_order (result);
  g_assert_cmpstr (order, ==, expected);
}

static void
test_header (Fixture       *f,
             gconstpointer  data)
{
  TrellisHeader *ours = trellis_project_get_header (f->ours);
  TrellisHeader *theirs = trellis_project_get_header (f->theirs);
  TrellisHeader *result;
  TrellisMergeConflict *conflict;

  trellis_header_set_cluster (ours, "Our cluster");
  trellis_header_set_region (theirs, "Their region");
  trellis_header_set_name (ours, "Our name");
  trellis_header_set_name (theirs, "Their name");
  /* Save stamps differ on both sides: never a conflict, the later wins. */
  trellis_header_set_modified (ours, "2027-01-05T10:00:00Z");
  trellis_header_set_revision (ours, 7);
  trellis_header_set_modified (theirs, "2027-02-01T09:30:00Z");
  trellis_header_set_revision (theirs, 4);
  result = trellis_project_get_header (run_merge (f, 1));

  g_assert_cmpstr (trellis_header_get_cluster (result), ==, "Our cluster");
  g_assert_cmpstr (trellis_header_get_region (result), ==, "Their region");
  g_assert_cmpstr (trellis_header_get_name (result), ==, "Our name");
  g_assert_cmpstr (trellis_header_get_modified (result), ==, "2027-02-01T09:30:00Z");
  g_assert_cmpint (trellis_header_get_revision (result), ==, 7);
  conflict = nth_item (trellis_merge_get_result (f->merge), TRELLIS_TYPE_MERGE_CONFLICT, 0);
  g_assert_cmpstr (trellis_merge_conflict_get_item_uuid (conflict), ==,
                   trellis_project_get_uuid (f->base));
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_THEIRS, NULL));
  g_assert_cmpstr (trellis_header_get_name (result), ==, "Their name");
}

/* We delete a goal, they add an action for it: the goal is kept, as a conflict. */
static void
test_reference_to_deleted (Fixture       *f,
                           gconstpointer  data)
{
  TrellisGoal *goal = nth_item (f->base, TRELLIS_TYPE_GOAL, 0);
  g_autoptr(TrellisAction) action = trellis_action_new ("For the deleted goal");
  TrellisProject *result;
  TrellisMergeConflict *conflict;
  TrellisAction *merged;
  const char *goal_uuid = trellis_item_get_uuid (TRELLIS_ITEM (goal));

  trellis_project_remove_item (f->ours, same_item (f->ours, goal));
  trellis_action_set_goal (action, same_item (f->theirs, goal));
  trellis_project_add_item (f->theirs, action);
  result = run_merge (f, 1);

  merged = same_item (result, action);
  g_assert_cmpstr (trellis_action_get_goal_uuid (merged), ==, goal_uuid);
  g_assert_nonnull (trellis_project_lookup (result, goal_uuid));
  conflict = nth_item (result, TRELLIS_TYPE_MERGE_CONFLICT, 0);
  g_assert_cmpstr (trellis_merge_conflict_get_item_uuid (conflict), ==, goal_uuid);
  g_assert_true (trellis_merge_conflict_get_ours_deleted (conflict));

  /* Taking ours deletes the goal and clears the action's reference. */
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_OURS, NULL));
  g_assert_null (trellis_project_lookup (result, goal_uuid));
  g_assert_null (trellis_action_get_goal_uuid (merged));
  g_clear_object (&f->theirs);   /* assert_valid below needs only the result */
  g_object_unref (assert_valid (f, result));
}

/* They delete a stakeholder we made the owner of a new action. */
static void
test_reference_to_removed (Fixture       *f,
                           gconstpointer  data)
{
  TrellisStakeholder *someone = nth_item (f->base, TRELLIS_TYPE_STAKEHOLDER, 3);
  g_autoptr(TrellisAction) action = trellis_action_new ("Owned by the removed");
  TrellisProject *result;
  TrellisMergeConflict *conflict;
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (someone));

  trellis_project_remove_item (f->theirs, same_item (f->theirs, someone));
  trellis_action_set_owner (action, same_item (f->ours, someone));
  trellis_project_add_item (f->ours, action);
  result = run_merge (f, 1);

  g_assert_nonnull (trellis_project_lookup (result, uuid));
  g_assert_cmpstr (trellis_action_get_owner_uuid (same_item (result, action)), ==, uuid);
  conflict = nth_item (result, TRELLIS_TYPE_MERGE_CONFLICT, 0);
  g_assert_true (trellis_merge_conflict_get_theirs_deleted (conflict));
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_THEIRS, NULL));
  g_assert_null (trellis_project_lookup (result, uuid));
  g_assert_null (trellis_action_get_owner_uuid (same_item (result, action)));
}

/* Conflicts are written, validated, read back and resolved in the file. */
static void
test_conflicts_in_file (Fixture       *f,
                        gconstpointer  data)
{
  TrellisAction *action = nth_item (f->base, TRELLIS_TYPE_ACTION, 2);
  g_autofree char *path = g_build_filename (f->tmpdir, "conflicts.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  TrellisMergeConflict *conflict;

  trellis_action_set_description (same_item (f->ours, action), "Ours\non two lines");
  trellis_action_set_description (same_item (f->theirs, action), "Theirs & <more>");
  g_assert_true (trellis_project_save_copy (run_merge (f, 1), file, &error));
  text = trellis_test_read_file (path);
  g_assert_nonnull (strstr (text, "<conflicts>"));
  g_assert_nonnull (strstr (text, "<theirs>Theirs &amp; &lt;more&gt;</theirs>"));
  trellis_test_assert_valid_file (path);

  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  conflict = nth_item (loaded, TRELLIS_TYPE_MERGE_CONFLICT, 0);
  g_assert_true (trellis_merge_conflict_resolve (conflict, TRELLIS_MERGE_SIDE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_action_get_description (same_item (loaded, action)), ==, "Theirs & <more>");
  g_assert_true (trellis_project_save (loaded, file, &error));
  g_free (text);
  text = trellis_test_read_file (path);
  /* Once resolved, the section is gone again. */
  g_assert_null (strstr (text, "conflicts"));
  trellis_test_assert_valid_file (path);
}

/* Merging a group's file into the open project: one undo step, chosen changes. */
static void
test_apply_one_step (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TrellisProject) open = copy_project (f->base);
  g_autoptr(TrellisSwotItem) added = trellis_swot_item_new (TRELLIS_QUADRANT_OPPORTUNITY, "Group idea");
  g_autoptr(TrellisSwotItem) rejected = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Rejected");
  TrellisGoal *goal = nth_item (f->base, TRELLIS_TYPE_GOAL, 1);
  TrellisHistory *history = trellis_project_get_history (open);
  g_autoptr(GPtrArray) accepted = g_ptr_array_new ();
  g_autoptr(GBytes) before = trellis_project_to_bytes (open);
  GListModel *changes;

  trellis_project_add_item (f->theirs, added);
  trellis_project_add_item (f->theirs, rejected);
  trellis_goal_set_title (same_item (f->theirs, goal), "Group title");
  f->merge = trellis_merge_new (open, open, f->theirs);
  g_assert_true (trellis_merge_run (f->merge, NULL));
  changes = trellis_merge_get_changes (f->merge);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TrellisMergeChange) change = g_list_model_get_item (changes, i);

      g_assert_true (trellis_merge_change_get_accepted (change));
      if (g_strcmp0 (trellis_merge_change_get_title (change), "Rejected") != 0)
        g_ptr_array_add (accepted, change);
    }

  trellis_merge_apply_to (f->merge, open, accepted);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Merge");
  g_assert_nonnull (trellis_project_lookup (open, trellis_item_get_uuid (TRELLIS_ITEM (added))));
  g_assert_null (trellis_project_lookup (open, trellis_item_get_uuid (TRELLIS_ITEM (rejected))));
  g_assert_cmpstr (trellis_goal_get_title (same_item (open, goal)), ==, "Group title");
  g_object_unref (assert_valid (f, open));

  g_assert_true (trellis_history_undo (history));
  {
    g_autoptr(GBytes) after = trellis_project_to_bytes (open);
    g_assert_true (g_bytes_equal (before, after));
  }
}

/* Loading and saving a file changes no byte, so merges and diffs stay small. */
static void
test_no_churn (void)
{
  g_autofree char *sample = trellis_test_sample_path ();
  g_autofree char *samples = g_path_get_dirname (sample);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.trellis", NULL);
  g_autoptr(GDir) dir = g_dir_open (samples, 0, NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".trellis"))
      g_ptr_array_add (paths, g_build_filename (samples, name, NULL));
  g_ptr_array_add (paths, g_strdup (minimal));
  g_assert_cmpuint (paths->len, >=, 2);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *text = trellis_test_read_file (g_ptr_array_index (paths, i));
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
      g_autoptr(GError) error = NULL;
      g_autoptr(TrellisProject) project = trellis_project_load (file, &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      bytes = trellis_project_to_bytes (project);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), text, strlen (text));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/core/merge/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("nothing-changed", test_nothing_changed);
  ADD ("add-add", test_add_add);
  ADD ("edit-same-value", test_edit_same_value);
  ADD ("different-fields", test_different_fields);
  ADD ("same-field-conflict", test_same_field_conflict);
  ADD ("delete-edit", test_delete_edit);
  ADD ("delete-delete", test_delete_delete);
  ADD ("moves", test_moves);
  ADD ("reorder-both", test_reorder_both);
  ADD ("header", test_header);
  ADD ("reference-to-deleted", test_reference_to_deleted);
  ADD ("reference-to-removed", test_reference_to_removed);
  ADD ("conflicts-in-file", test_conflicts_in_file);
  ADD ("apply-one-step", test_apply_one_step);
#undef ADD
  g_test_add_func ("/core/merge/no-churn", test_no_churn);

  return g_test_run ();
}
