/* test-swot.c: the operations of the SWOT board, paths /core/swot/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

#define assert_quadrant(project, quadrant, expected)                  \
  G_STMT_START {                                                      \
    g_autofree char *texts_ = trellis_test_quadrant_texts (project, quadrant);     \
    g_assert_cmpstr (texts_, ==, expected);                           \
  } G_STMT_END

/* S1 W1 S2 O1 S3, votes 1 0 3 2 3 */
static TrellisProject *
build_project (void)
{
  TrellisProject *project = trellis_project_new ("SWOT");
  const struct { TrellisQuadrant quadrant; const char *text; int votes; } notes[] = {
    { TRELLIS_QUADRANT_STRENGTH, "S1", 1 },
    { TRELLIS_QUADRANT_WEAKNESS, "W1", 0 },
    { TRELLIS_QUADRANT_STRENGTH, "S2", 3 },
    { TRELLIS_QUADRANT_OPPORTUNITY, "O1", 2 },
    { TRELLIS_QUADRANT_STRENGTH, "S3", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      TrellisSwotItem *item = trellis_swot_add_item (project, notes[i].quadrant, notes[i].text, G_MAXUINT);

      trellis_swot_item_set_votes (item, notes[i].votes);
    }

  return project;
}

static TrellisSwotItem *
find_note (TrellisProject *project,
           const char     *text)
{
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_swot_item_get_text (item), text) == 0)
        return item;
    }

  g_error ("No note “%s”", text);
}

static void
test_add (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Add");
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *item;

  g_assert_cmpuint (trellis_swot_count_quadrant (project, TRELLIS_QUADRANT_THREAT), ==, 0);
  item = trellis_swot_add_item (project, TRELLIS_QUADRANT_THREAT, "T1", 0);
  g_assert_true (TRELLIS_IS_SWOT_ITEM (item));
  g_assert_cmpint (trellis_swot_item_get_quadrant (item), ==, TRELLIS_QUADRANT_THREAT);
  trellis_swot_add_item (project, TRELLIS_QUADRANT_STRENGTH, "S1", 5);
  /* Past the end appends; 0 puts first; in between goes between. */
  trellis_swot_add_item (project, TRELLIS_QUADRANT_THREAT, "T3", 99);
  trellis_swot_add_item (project, TRELLIS_QUADRANT_THREAT, "T0", 0);
  trellis_swot_add_item (project, TRELLIS_QUADRANT_THREAT, "T2", 2);
  assert_quadrant (project, TRELLIS_QUADRANT_THREAT, "T0|T1|T2|T3");
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1");
  g_assert_cmpint (trellis_swot_index_in_quadrant (project, find_note (project, "T2")), ==, 2);
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, 5);

  g_assert_true (trellis_history_undo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_THREAT, "T0|T1|T3");
  g_assert_true (trellis_history_redo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_THREAT, "T0|T1|T2|T3");
}

static void
test_move_within (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  guint n_undo = trellis_history_get_n_undo (history);

  /* To its own place: no step. */
  g_assert_false (trellis_swot_move_item (project, find_note (project, "S2"), TRELLIS_QUADRANT_STRENGTH, 1));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);

  g_assert_true (trellis_swot_move_item (project, find_note (project, "S3"), TRELLIS_QUADRANT_STRENGTH, 0));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S3|S1|S2");
  g_assert_true (trellis_swot_move_item (project, find_note (project, "S3"), TRELLIS_QUADRANT_STRENGTH, 1));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S3|S2");
  /* Past the end: last. */
  g_assert_true (trellis_swot_move_item (project, find_note (project, "S1"), TRELLIS_QUADRANT_STRENGTH, 40));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S3|S2|S1");
  g_assert_false (trellis_swot_move_item (project, find_note (project, "S1"), TRELLIS_QUADRANT_STRENGTH, 2));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 3);
  assert_quadrant (project, TRELLIS_QUADRANT_WEAKNESS, "W1");
  assert_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY, "O1");

  g_assert_true (trellis_history_undo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S3|S2");
  g_assert_true (trellis_history_undo (history));
  g_assert_true (trellis_history_undo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S2|S3");
  g_assert_true (trellis_history_redo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S3|S1|S2");
}

static void
test_move_across (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *s2 = find_note (project, "S2");
  guint n_undo = trellis_history_get_n_undo (history);

  /* Quadrant and place change in one step. */
  g_assert_true (trellis_swot_move_item (project, s2, TRELLIS_QUADRANT_OPPORTUNITY, 0));
  g_assert_cmpint (trellis_swot_item_get_quadrant (s2), ==, TRELLIS_QUADRANT_OPPORTUNITY);
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S3");
  assert_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY, "S2|O1");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Move Note");

  /* Into an empty quadrant, at any index. */
  g_assert_true (trellis_swot_move_item (project, find_note (project, "S1"), TRELLIS_QUADRANT_THREAT, 7));
  assert_quadrant (project, TRELLIS_QUADRANT_THREAT, "S1");
  /* Past the end of a quadrant that has notes. */
  g_assert_true (trellis_swot_move_item (project, find_note (project, "W1"), TRELLIS_QUADRANT_OPPORTUNITY, 9));
  assert_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY, "S2|O1|W1");
  assert_quadrant (project, TRELLIS_QUADRANT_WEAKNESS, "");

  g_assert_true (trellis_history_undo (history));
  g_assert_true (trellis_history_undo (history));
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_swot_item_get_quadrant (s2), ==, TRELLIS_QUADRANT_STRENGTH);
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S2|S3");
  assert_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY, "O1");
  assert_quadrant (project, TRELLIS_QUADRANT_WEAKNESS, "W1");
  g_assert_true (trellis_history_redo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY, "S2|O1");
}

static void
test_vote (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *w1 = find_note (project, "W1");
  guint n_undo;

  trellis_history_set_merge_window (history, G_USEC_PER_SEC * 60);
  n_undo = trellis_history_get_n_undo (history);

  /* Never below 0; no step then. */
  g_assert_false (trellis_swot_vote (project, w1, -1));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo);

  g_assert_true (trellis_swot_vote (project, w1, 1));
  g_assert_true (trellis_swot_vote (project, w1, 1));
  g_assert_cmpint (trellis_swot_item_get_votes (w1), ==, 2);
  /* Each vote is its own step, even within the merge window. */
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 2);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Add Vote");

  g_assert_true (trellis_swot_vote (project, w1, -5));
  g_assert_cmpint (trellis_swot_item_get_votes (w1), ==, 0);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Remove Vote");

  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_swot_item_get_votes (w1), ==, 2);
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpint (trellis_swot_item_get_votes (w1), ==, 1);
  g_assert_true (trellis_history_redo (history));
  g_assert_cmpint (trellis_swot_item_get_votes (w1), ==, 2);
}

static void
test_sort (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  guint n_undo = trellis_history_get_n_undo (history);
  GListModel *model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  g_autoptr(TrellisItem) first = NULL;

  /* S1(1) S2(3) S3(3): equal votes keep their order. */
  g_assert_true (trellis_swot_sort_by_votes (project, TRELLIS_QUADRANT_STRENGTH));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S2|S3|S1");
  assert_quadrant (project, TRELLIS_QUADRANT_WEAKNESS, "W1");
  assert_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY, "O1");
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (trellis_history_get_undo_label (history), ==, "Sort by Votes");
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (trellis_swot_item_get_text (TRELLIS_SWOT_ITEM (first)), ==, "S2");

  /* Sorted already, or too few notes: no step. */
  g_assert_false (trellis_swot_sort_by_votes (project, TRELLIS_QUADRANT_STRENGTH));
  g_assert_false (trellis_swot_sort_by_votes (project, TRELLIS_QUADRANT_OPPORTUNITY));
  g_assert_false (trellis_swot_sort_by_votes (project, TRELLIS_QUADRANT_THREAT));
  g_assert_cmpuint (trellis_history_get_n_undo (history), ==, n_undo + 1);

  g_assert_true (trellis_history_undo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S2|S3");
  g_assert_true (trellis_history_redo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S2|S3|S1");

  /* Stability when the later equal note was voted last. */
  trellis_swot_item_set_votes (find_note (project, "S1"), 3);
  trellis_swot_item_set_votes (find_note (project, "S2"), 0);
  g_assert_true (trellis_swot_sort_by_votes (project, TRELLIS_QUADRANT_STRENGTH));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S3|S1|S2");
}

static void
test_delete (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *s2 = find_note (project, "S2");
  TrellisTowsStrategy *strategy = trellis_tows_strategy_new (TRELLIS_TOWS_SO, "Grow");
  g_autoptr(GPtrArray) strategies = NULL;
  const char * const *refs;

  trellis_tows_strategy_set_items_uuids (strategy,
                                         (const char * const[]) { trellis_item_get_uuid (TRELLIS_ITEM (s2)), NULL });
  trellis_project_add_item (project, strategy);
  g_object_unref (strategy);
  strategies = trellis_tows_list_strategies_for (project, s2);
  g_assert_cmpuint (strategies->len, ==, 1);
  g_assert_true (strategies->pdata[0] == (gpointer) strategy);
  g_clear_pointer (&strategies, g_ptr_array_unref);
  strategies = trellis_tows_list_strategies_for (project, find_note (project, "S1"));
  g_assert_cmpuint (strategies->len, ==, 0);
  g_clear_pointer (&strategies, g_ptr_array_unref);

  trellis_project_remove_item (project, s2);
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S3");
  refs = trellis_tows_strategy_get_items_uuids (strategy);
  g_assert_true (refs == NULL || refs[0] == NULL);
  g_assert_true (trellis_history_undo (history));
  assert_quadrant (project, TRELLIS_QUADRANT_STRENGTH, "S1|S2|S3");
  strategies = trellis_tows_list_strategies_for (project, find_note (project, "S2"));
  g_assert_cmpuint (strategies->len, ==, 1);
}

static void
test_source_tag (void)
{
  g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (TRELLIS_QUADRANT_OPPORTUNITY, "Demand");
  char *tag;

  g_assert_null (trellis_swot_item_dup_source_tag (item));
  trellis_swot_item_set_source (item, "");
  g_assert_null (trellis_swot_item_dup_source_tag (item));
  trellis_swot_item_set_source (item, "Workshop in May");
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Workshop in May");
  g_free (tag);

  trellis_swot_item_set_source_kind (item, TRELLIS_SOURCE_FORCE);
  trellis_swot_item_set_source (item, "buyers");
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Force: buyers’ bargaining power");
  g_free (tag);

  trellis_swot_item_set_source_kind (item, TRELLIS_SOURCE_DIAMOND);
  trellis_swot_item_set_source (item, "demand-conditions");
  trellis_swot_item_set_score (item, TRELLIS_SCORE_PLUS);
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Diamond: demand conditions +");
  g_free (tag);
  trellis_swot_item_set_score (item, TRELLIS_SCORE_MIXED);
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Diamond: demand conditions ±");
  g_free (tag);

  trellis_swot_item_set_source_kind (item, TRELLIS_SOURCE_VALUE_CHAIN);
  trellis_swot_item_set_source (item, "operations");
  trellis_swot_item_set_score (item, TRELLIS_SCORE_NONE);
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Value chain: operations");
  g_free (tag);

  /* A source the method does not know shows as written; a kind alone too. */
  trellis_swot_item_set_source (item, "packaging");
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Value chain: packaging");
  g_free (tag);
  trellis_swot_item_set_source_kind (item, TRELLIS_SOURCE_FORCE);
  trellis_swot_item_set_source (item, NULL);
  tag = trellis_swot_item_dup_source_tag (item);
  g_assert_cmpstr (tag, ==, "Force");
  g_free (tag);
}

static void
test_help (void)
{
  const char *source = NULL;
  TrellisSourceKind kind = TRELLIS_SOURCE_FREE;
  gboolean seen_diamond = FALSE;

  for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
    {
      gboolean internal = trellis_swot_quadrant_is_internal (q);

      g_assert_nonnull (strstr (trellis_swot_quadrant_get_help (q), internal ? "Internal" : "External"));
      g_assert_true (g_str_has_prefix (trellis_swot_quadrant_get_placeholder (q), "Add a"));
      g_assert_cmpuint (trellis_swot_get_n_prompts (q), ==, internal ? 9 : 11);
      for (guint i = 0; i < trellis_swot_get_n_prompts (q); i++)
        {
          const char *prompt = trellis_swot_get_prompt (q, i, &kind, &source);

          g_assert_nonnull (strchr (prompt, '?'));
          g_assert_cmpint (kind, ==, internal ? TRELLIS_SOURCE_VALUE_CHAIN
                                              : kind == TRELLIS_SOURCE_DIAMOND ? kind : TRELLIS_SOURCE_FORCE);
          seen_diamond |= kind == TRELLIS_SOURCE_DIAMOND;
          /* Every prompt names a source the method knows. */
          g_assert_cmpstr (trellis_swot_source_label (kind, source), !=, source);
        }
    }
  g_assert_true (seen_diamond);

  g_assert_cmpuint (trellis_swot_get_n_sources (TRELLIS_SOURCE_VALUE_CHAIN), ==, 9);
  g_assert_cmpuint (trellis_swot_get_n_sources (TRELLIS_SOURCE_FORCE), ==, 5);
  g_assert_cmpuint (trellis_swot_get_n_sources (TRELLIS_SOURCE_DIAMOND), ==, 6);
  g_assert_cmpuint (trellis_swot_get_n_sources (TRELLIS_SOURCE_FREE), ==, 0);
  g_assert_cmpstr (trellis_swot_get_source (TRELLIS_SOURCE_FORCE, 3), ==, "buyers");
  g_assert_cmpstr (trellis_swot_source_label (TRELLIS_SOURCE_VALUE_CHAIN, "operations"), ==, "Operations");
  g_assert_cmpstr (trellis_swot_source_label (TRELLIS_SOURCE_FREE, "mine"), ==, "mine");
}

/* The sample's sources are all ones the method knows. */
static void
test_sample_sources (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  GListModel *model;

  model = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 10);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisSwotItem) item = g_list_model_get_item (model, i);
      TrellisSourceKind kind = trellis_swot_item_get_source_kind (item);
      const char *source = trellis_swot_item_get_source (item);

      if (kind != TRELLIS_SOURCE_FREE)
        g_assert_cmpstr (trellis_swot_source_label (kind, source), !=, source);
    }
}

static void
test_round_trip (void)
{
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "swot.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) project = build_project ();
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  trellis_swot_move_item (project, find_note (project, "S3"), TRELLIS_QUADRANT_THREAT, 0);
  trellis_swot_move_item (project, find_note (project, "O1"), TRELLIS_QUADRANT_OPPORTUNITY, 0);
  trellis_swot_move_item (project, find_note (project, "S2"), TRELLIS_QUADRANT_STRENGTH, 0);
  trellis_swot_vote (project, find_note (project, "W1"), 1);
  trellis_swot_vote (project, find_note (project, "S1"), 2);
  trellis_swot_item_set_source_kind (find_note (project, "O1"), TRELLIS_SOURCE_DIAMOND);
  trellis_swot_item_set_source (find_note (project, "O1"), "government");
  trellis_swot_item_set_score (find_note (project, "O1"), TRELLIS_SCORE_MINUS);

  g_assert_true (trellis_project_save (project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);

  assert_quadrant (loaded, TRELLIS_QUADRANT_STRENGTH, "S2|S1");
  assert_quadrant (loaded, TRELLIS_QUADRANT_THREAT, "S3");
  assert_quadrant (loaded, TRELLIS_QUADRANT_WEAKNESS, "W1");
  g_assert_cmpint (trellis_swot_item_get_votes (find_note (loaded, "W1")), ==, 1);
  g_assert_cmpint (trellis_swot_item_get_votes (find_note (loaded, "S1")), ==, 3);
  {
    g_autofree char *tag = trellis_swot_item_dup_source_tag (find_note (loaded, "O1"));

    g_assert_cmpstr (tag, ==, "Diamond: government −");
  }
  g_assert_true (trellis_project_equal (project, loaded));

  trellis_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/swot/add", test_add);
  g_test_add_func ("/core/swot/move-within", test_move_within);
  g_test_add_func ("/core/swot/move-across", test_move_across);
  g_test_add_func ("/core/swot/vote", test_vote);
  g_test_add_func ("/core/swot/sort", test_sort);
  g_test_add_func ("/core/swot/delete", test_delete);
  g_test_add_func ("/core/swot/source-tag", test_source_tag);
  g_test_add_func ("/core/swot/help", test_help);
  g_test_add_func ("/core/swot/sample-sources", test_sample_sources);
  g_test_add_func ("/core/swot/round-trip", test_round_trip);

  return g_test_run ();
}
