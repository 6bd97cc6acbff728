/* test-tows.c: TOWS strategies and the SWOT items they combine, paths /core/tows/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

typedef struct
{
  TrellisProject      *project;
  TrellisHistory      *history;
  TrellisSwotItem     *strength;
  TrellisSwotItem     *weakness;
  TrellisSwotItem     *opportunity;
  TrellisSwotItem     *threat;
  TrellisTowsStrategy *so;
  TrellisTowsStrategy *wt;
} Fixture;

static gpointer
add (TrellisProject *project,
     gpointer        item)
{
  trellis_project_add_item (project, item);
  g_object_unref (item);
  return item;  /* the project keeps it alive */
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->project = trellis_project_new ("TOWS");
  f->history = trellis_project_get_history (f->project);
  f->strength = add (f->project, trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Skilled workforce"));
  f->weakness = add (f->project, trellis_swot_item_new (TRELLIS_QUADRANT_WEAKNESS, "No joint R&D"));
  f->opportunity = add (f->project, trellis_swot_item_new (TRELLIS_QUADRANT_OPPORTUNITY, "Recyclate rules"));
  f->threat = add (f->project, trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Cheap imports"));
  f->so = add (f->project, trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Qualify recyclates"));
  f->wt = add (f->project, trellis_tows_strategy_new (TRELLIS_TOWS_WT, "Defend together"));
  trellis_tows_strategy_set_description (f->so, "Use the lab for recycled grades");
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->project);
}

static guint
n_items (TrellisTowsStrategy *strategy)
{
  const char * const *refs = trellis_tows_strategy_get_items_uuids (strategy);

  return refs != NULL ? g_strv_length ((char **) refs) : 0;
}

static const char *
uuid (gpointer item)
{
  return trellis_item_get_uuid (TRELLIS_ITEM (item));
}

static void
test_quadrants (void)
{
  struct { TrellisTowsType type; TrellisQuadrant internal, external; } pairs[] = {
    { TRELLIS_TOWS_SO, TRELLIS_QUADRANT_STRENGTH, TRELLIS_QUADRANT_OPPORTUNITY },
    { TRELLIS_TOWS_ST, TRELLIS_QUADRANT_STRENGTH, TRELLIS_QUADRANT_THREAT },
    { TRELLIS_TOWS_WO, TRELLIS_QUADRANT_WEAKNESS, TRELLIS_QUADRANT_OPPORTUNITY },
    { TRELLIS_TOWS_WT, TRELLIS_QUADRANT_WEAKNESS, TRELLIS_QUADRANT_THREAT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      TrellisQuadrant internal = -1, external = -1;
      guint taken = 0;

      trellis_tows_type_get_quadrants (pairs[i].type, &internal, &external);
      g_assert_cmpint (internal, ==, pairs[i].internal);
      g_assert_cmpint (external, ==, pairs[i].external);
      for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
        taken += trellis_tows_type_takes_quadrant (pairs[i].type, q);
      g_assert_cmpuint (taken, ==, 2);
      g_assert_true (trellis_tows_type_takes_quadrant (pairs[i].type, pairs[i].internal));
      g_assert_true (trellis_tows_type_takes_quadrant (pairs[i].type, pairs[i].external));
    }
}

static void
test_link_unlink (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint steps = trellis_history_get_n_undo (f->history);

  g_assert_true (trellis_tows_strategy_accepts (f->so, f->strength));
  g_assert_true (trellis_tows_strategy_accepts (f->so, f->opportunity));
  g_assert_false (trellis_tows_strategy_accepts (f->so, f->weakness));
  g_assert_false (trellis_tows_strategy_accepts (f->so, f->threat));

  g_assert_true (trellis_tows_link_item (f->project, f->so, f->opportunity, &error));
  g_assert_no_error (error);
  g_assert_true (trellis_tows_link_item (f->project, f->so, f->strength, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 2);
  g_assert_cmpstr (trellis_history_get_undo_label (f->history), ==, "Link Item to “Qualify recyclates”");

  /* Items come back resolved, in the order they were linked. */
  items = trellis_tows_list_items (f->project, f->so);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_true (items->pdata[0] == (gpointer) f->opportunity);
  g_assert_true (items->pdata[1] == (gpointer) f->strength);

  /* Linking again records nothing and adds no duplicate. */
  g_assert_true (trellis_tows_link_item (f->project, f->so, f->strength, &error));
  g_assert_cmpuint (n_items (f->so), ==, 2);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 2);

  /* Unlinking is one step; unlinking what is not there is refused. */
  g_assert_true (trellis_tows_unlink_item (f->project, f->so, f->opportunity));
  g_assert_cmpuint (n_items (f->so), ==, 1);
  g_assert_false (trellis_tows_strategy_has_item (f->so, f->opportunity));
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 3);
  g_assert_false (trellis_tows_unlink_item (f->project, f->so, f->opportunity));
  g_assert_false (trellis_tows_unlink_item (f->project, f->so, f->threat));
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 3);

  /* Undo and redo, one operation at a time. */
  g_assert_true (trellis_history_undo (f->history));
  g_assert_cmpuint (n_items (f->so), ==, 2);
  g_assert_true (trellis_tows_strategy_has_item (f->so, f->opportunity));
  g_assert_true (trellis_history_undo (f->history));
  g_assert_cmpuint (n_items (f->so), ==, 1);
  g_assert_true (trellis_history_undo (f->history));
  g_assert_cmpuint (n_items (f->so), ==, 0);
  g_assert_true (trellis_history_redo (f->history));
  g_assert_cmpstr (trellis_tows_strategy_get_items_uuids (f->so)[0], ==, uuid (f->opportunity));
  g_assert_true (trellis_history_redo (f->history));
  g_assert_true (trellis_history_redo (f->history));
  g_assert_cmpuint (n_items (f->so), ==, 1);
  g_assert_true (trellis_tows_strategy_has_item (f->so, f->strength));
}

static void
test_wrong_quadrant (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint steps = trellis_history_get_n_undo (f->history);

  g_assert_false (trellis_tows_link_item (f->project, f->so, f->threat, &error));
  g_assert_error (error, TRELLIS_TOWS_ERROR, TRELLIS_TOWS_ERROR_WRONG_QUADRANT);
  g_assert_nonnull (strstr (error->message, "Cheap imports"));
  g_assert_nonnull (strstr (error->message, "strengths with opportunities"));
  g_clear_error (&error);

  g_assert_false (trellis_tows_link_item (f->project, f->wt, f->strength, &error));
  g_assert_error (error, TRELLIS_TOWS_ERROR, TRELLIS_TOWS_ERROR_WRONG_QUADRANT);
  g_assert_nonnull (strstr (error->message, "weaknesses with threats"));

  g_assert_cmpuint (n_items (f->so), ==, 0);
  g_assert_cmpuint (n_items (f->wt), ==, 0);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps);
}

static void
test_reverse_links (Fixture       *f,
                    gconstpointer  data)
{
  TrellisTowsStrategy *wo = add (f->project, trellis_tows_strategy_new (TRELLIS_TOWS_WO, "Joint training"));
  g_autoptr(GPtrArray) for_opportunity = NULL;
  g_autoptr(GPtrArray) for_threat = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *dangling[] = { "00000000-0000-4000-8000-000000000000", NULL, NULL };

  trellis_tows_link_item (f->project, f->so, f->opportunity, NULL);
  trellis_tows_link_item (f->project, wo, f->opportunity, NULL);
  trellis_tows_link_item (f->project, wo, f->weakness, NULL);

  for_opportunity = trellis_tows_list_strategies_for (f->project, f->opportunity);
  g_assert_cmpuint (for_opportunity->len, ==, 2);
  g_assert_true (for_opportunity->pdata[0] == (gpointer) f->so);
  g_assert_true (for_opportunity->pdata[1] == (gpointer) wo);
  for_threat = trellis_tows_list_strategies_for (f->project, f->threat);
  g_assert_cmpuint (for_threat->len, ==, 0);

  /* A reference to an item that is not there is skipped, not returned. */
  dangling[1] = uuid (f->weakness);
  trellis_tows_strategy_set_items_uuids (f->wt, dangling);
  items = trellis_tows_list_items (f->project, f->wt);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_true (items->pdata[0] == (gpointer) f->weakness);
}

static void
test_unused_and_empty (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) unused = trellis_tows_list_unused_items (f->project);
  g_autoptr(GPtrArray) empty = trellis_tows_list_empty_strategies (f->project);

  g_assert_cmpuint (unused->len, ==, 4);
  g_assert_cmpuint (empty->len, ==, 2);
  g_clear_pointer (&unused, g_ptr_array_unref);
  g_clear_pointer (&empty, g_ptr_array_unref);

  trellis_tows_link_item (f->project, f->so, f->strength, NULL);
  trellis_tows_link_item (f->project, f->wt, f->threat, NULL);
  unused = trellis_tows_list_unused_items (f->project);
  g_assert_cmpuint (unused->len, ==, 2);
  g_assert_true (unused->pdata[0] == (gpointer) f->weakness);
  g_assert_true (unused->pdata[1] == (gpointer) f->opportunity);
  empty = trellis_tows_list_empty_strategies (f->project);
  g_assert_cmpuint (empty->len, ==, 0);
  g_clear_pointer (&unused, g_ptr_array_unref);
  g_clear_pointer (&empty, g_ptr_array_unref);

  /* Undo brings the threat back to the unused, and the WT strategy to the empty. */
  trellis_history_undo (f->history);
  unused = trellis_tows_list_unused_items (f->project);
  g_assert_cmpuint (unused->len, ==, 3);
  g_assert_true (unused->pdata[2] == (gpointer) f->threat);
  empty = trellis_tows_list_empty_strategies (f->project);
  g_assert_cmpuint (empty->len, ==, 1);
  g_assert_true (empty->pdata[0] == (gpointer) f->wt);
}

static void
test_delete_item (Fixture       *f,
                  gconstpointer  data)
{
  guint steps;

  trellis_tows_link_item (f->project, f->so, f->strength, NULL);
  trellis_tows_link_item (f->project, f->so, f->opportunity, NULL);
  steps = trellis_history_get_n_undo (f->history);

  /* Deleting a SWOT item takes it out of every strategy, in the same step. */
  g_object_ref (f->strength);
  trellis_project_remove_item (f->project, f->strength);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 1);
  g_assert_cmpuint (n_items (f->so), ==, 1);
  g_assert_cmpstr (trellis_tows_strategy_get_items_uuids (f->so)[0], ==, uuid (f->opportunity));

  trellis_history_undo (f->history);
  g_assert_true (trellis_project_lookup (f->project, uuid (f->strength)) == TRELLIS_ITEM (f->strength));
  g_assert_cmpuint (n_items (f->so), ==, 2);
  g_assert_true (trellis_tows_strategy_has_item (f->so, f->strength));
  g_object_unref (f->strength);
}

static void
test_make_goal (Fixture       *f,
                gconstpointer  data)
{
  TrellisGoal *goal, *again;
  const char * const *sources;
  guint steps;

  trellis_tows_link_item (f->project, f->so, f->strength, NULL);
  trellis_tows_link_item (f->project, f->so, f->opportunity, NULL);
  steps = trellis_history_get_n_undo (f->history);
  g_assert_null (trellis_tows_get_goal (f->project, f->so));

  goal = trellis_tows_make_goal (f->project, f->so);
  g_assert_nonnull (goal);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (f->history), ==, "Make Goal of “Qualify recyclates”");
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_GOAL), ==, 1);
  g_assert_cmpstr (trellis_goal_get_title (goal), ==, "Qualify recyclates");
  g_assert_cmpstr (trellis_goal_get_description (goal), ==, "Use the lab for recycled grades");
  sources = trellis_goal_get_sources_uuids (goal);
  g_assert_cmpuint (g_strv_length ((char **) sources), ==, 3);
  g_assert_cmpstr (sources[0], ==, uuid (f->so));
  g_assert_cmpstr (sources[1], ==, uuid (f->strength));
  g_assert_cmpstr (sources[2], ==, uuid (f->opportunity));
  g_assert_cmpstr (trellis_tows_strategy_get_goal_uuid (f->so), ==, uuid (goal));
  g_assert_true (trellis_tows_get_goal (f->project, f->so) == goal);

  /* A second time gives the same goal and records nothing. */
  again = trellis_tows_make_goal (f->project, f->so);
  g_assert_true (again == goal);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_GOAL), ==, 1);
  g_assert_cmpuint (trellis_history_get_n_undo (f->history), ==, steps + 1);

  /* One undo removes the goal and the strategy's link to it. */
  g_object_ref (goal);
  trellis_history_undo (f->history);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_GOAL), ==, 0);
  g_assert_null (trellis_tows_strategy_get_goal_uuid (f->so));
  g_assert_null (trellis_tows_get_goal (f->project, f->so));
  trellis_history_redo (f->history);
  g_assert_cmpuint (trellis_project_count_items (f->project, TRELLIS_TYPE_GOAL), ==, 1);
  g_assert_true (trellis_tows_get_goal (f->project, f->so) == goal);
  g_object_unref (goal);

  /* Deleting the goal clears the strategy's link; making it again works. */
  trellis_project_remove_item (f->project, goal);
  g_assert_null (trellis_tows_get_goal (f->project, f->so));
  goal = trellis_tows_make_goal (f->project, f->so);
  g_assert_nonnull (goal);
  g_assert_true (trellis_tows_get_goal (f->project, f->so) == goal);
}

static void
test_make_goal_saved (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "tows.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  TrellisItem *strategy, *goal;
  const char * const *sources;

  trellis_tows_link_item (f->project, f->so, f->strength, NULL);
  trellis_tows_link_item (f->project, f->so, f->opportunity, NULL);
  trellis_tows_make_goal (f->project, f->so);

  g_assert_true (trellis_project_save (f->project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (trellis_project_equal (f->project, loaded));

  /* The links hold both ways in the file that was read back. */
  strategy = trellis_project_lookup (loaded, uuid (f->so));
  g_assert_true (TRELLIS_IS_TOWS_STRATEGY (strategy));
  goal = TRELLIS_ITEM (trellis_tows_get_goal (loaded, TRELLIS_TOWS_STRATEGY (strategy)));
  g_assert_nonnull (goal);
  sources = trellis_goal_get_sources_uuids (TRELLIS_GOAL (goal));
  g_assert_true (g_strv_contains (sources, uuid (strategy)));
  items = trellis_tows_list_items (loaded, TRELLIS_TOWS_STRATEGY (strategy));
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_true (g_strv_contains (sources, uuid (items->pdata[0])));
  g_assert_true (g_strv_contains (sources, uuid (items->pdata[1])));
  /* A loaded strategy that has its goal is not made into another. */
  g_assert_true (trellis_tows_make_goal (loaded, TRELLIS_TOWS_STRATEGY (strategy)) == TRELLIS_GOAL (goal));
  g_assert_cmpuint (trellis_project_count_items (loaded, TRELLIS_TYPE_GOAL), ==, 1);

  trellis_test_remove_tree (dir);
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  GListModel *strategies;

  strategies = trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY);
  g_assert_cmpuint (g_list_model_get_n_items (strategies), >=, 4);

  /* The worked example keeps to the rules it teaches. */
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GPtrArray) items = trellis_tows_list_items (project, strategy);

      g_assert_cmpuint (items->len, ==, n_items (strategy));
      for (guint j = 0; j < items->len; j++)
        g_assert_true (trellis_tows_strategy_accepts (strategy, items->pdata[j]));
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, set_up, func, tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/tows/quadrants", test_quadrants);
  ADD ("/core/tows/link-unlink", test_link_unlink);
  ADD ("/core/tows/wrong-quadrant", test_wrong_quadrant);
  ADD ("/core/tows/reverse-links", test_reverse_links);
  ADD ("/core/tows/unused-and-empty", test_unused_and_empty);
  ADD ("/core/tows/delete-item", test_delete_item);
  ADD ("/core/tows/make-goal", test_make_goal);
  ADD ("/core/tows/make-goal-saved", test_make_goal_saved);
  g_test_add_func ("/core/tows/sample", test_sample);

  return g_test_run ();
}
