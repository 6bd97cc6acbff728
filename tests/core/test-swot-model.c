/* test-swot-model.c: one SWOT quadrant as a list model, paths /core/swot-model/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case records the items-changed signals of the four quadrant models
 * and replays them on a copy, so that a signal at a wrong position shows
 * up as a copy that differs from the quadrant as the core lists it.
 */

#include "config.h"

#include "trellis.h"
#include "trellis-test-utils.h"

typedef struct
{
  TrellisSwotModel *model;
  GPtrArray        *copy;     /* what a view that follows the signals shows */
  GString          *log;      /* "position-removed+added " per signal */
} Watch;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Watch      *watch)
{
  g_assert_cmpuint (position + removed, <=, watch->copy->len);
  g_ptr_array_remove_range (watch->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watch->copy, position + i, g_list_model_get_item (model, position + i));
  g_string_append_printf (watch->log, "%u-%u+%u ", position, removed, added);
}

static void
watch_init (Watch          *watch,
            TrellisProject *project,
            TrellisQuadrant quadrant)
{
  watch->model = trellis_swot_model_new (project, quadrant);
  watch->copy = g_ptr_array_new_with_free_func (g_object_unref);
  watch->log = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (watch->model)); i++)
    g_ptr_array_add (watch->copy, g_list_model_get_item (G_LIST_MODEL (watch->model), i));
  g_signal_connect (watch->model, "items-changed", G_CALLBACK (on_items_changed_cb), watch);
}

static void
watch_clear (Watch *watch)
{
  g_clear_object (&watch->model);
  g_clear_pointer (&watch->copy, g_ptr_array_unref);
  g_string_free (watch->log, TRUE);
}

/* The signals since the last call, and both the model and the copy made
 * from its signals equal the quadrant as the core lists it. */
static char *
take_log (Watch *watch)
{
  TrellisProject *project = trellis_swot_model_get_project (watch->model);
  g_autoptr(GPtrArray) expected = trellis_swot_list_quadrant (project, trellis_swot_model_get_quadrant (watch->model));
  GListModel *model = G_LIST_MODEL (watch->model);
  char *log;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);
  g_assert_cmpuint (watch->copy->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == expected->pdata[i]);
      g_assert_true (watch->copy->pdata[i] == expected->pdata[i]);
    }

  if (watch->log->len > 0)
    g_string_truncate (watch->log, watch->log->len - 1);
  log = g_strdup (watch->log->str);
  g_string_truncate (watch->log, 0);
  return log;
}

#define assert_log(watch, expected)                \
  G_STMT_START {                                   \
    g_autofree char *log_ = take_log (watch);      \
    g_assert_cmpstr (log_, ==, expected);          \
  } G_STMT_END

/* S1 W1 S2 O1 S3 */
static TrellisProject *
build_project (void)
{
  TrellisProject *project = trellis_project_new ("SWOT");
  const struct { TrellisQuadrant quadrant; const char *text; } notes[] = {
    { TRELLIS_QUADRANT_STRENGTH, "S1" },
    { TRELLIS_QUADRANT_WEAKNESS, "W1" },
    { TRELLIS_QUADRANT_STRENGTH, "S2" },
    { TRELLIS_QUADRANT_OPPORTUNITY, "O1" },
    { TRELLIS_QUADRANT_STRENGTH, "S3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    trellis_swot_add_item (project, notes[i].quadrant, notes[i].text, G_MAXUINT);
  return project;
}

static TrellisSwotItem *
note_at (TrellisProject  *project,
         TrellisQuadrant  quadrant,
         guint            index)
{
  g_autoptr(GPtrArray) items = trellis_swot_list_quadrant (project, quadrant);

  g_assert_cmpuint (index, <, items->len);
  return items->pdata[index];
}

static void
test_add_remove (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  Watch s, w;

  watch_init (&s, project, TRELLIS_QUADRANT_STRENGTH);
  watch_init (&w, project, TRELLIS_QUADRANT_WEAKNESS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (s.model)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (s.model)) == TRELLIS_TYPE_SWOT_ITEM);

  /* A note added second among the strengths: one row at 1, none elsewhere. */
  trellis_swot_add_item (project, TRELLIS_QUADRANT_STRENGTH, "S1.5", 1);
  assert_log (&s, "1-0+1");
  assert_log (&w, "");

  trellis_project_remove_item (project, note_at (project, TRELLIS_QUADRANT_STRENGTH, 2));
  assert_log (&s, "2-1+0");
  assert_log (&w, "");

  g_assert_true (trellis_history_undo (history));
  assert_log (&s, "2-0+1");
  g_assert_true (trellis_history_undo (history));
  assert_log (&s, "1-1+0");
  g_assert_true (trellis_history_redo (history));
  assert_log (&s, "1-0+1");
  g_assert_true (trellis_history_redo (history));
  assert_log (&s, "2-1+0");

  /* Editing a text, or votes, changes no position. */
  trellis_swot_item_set_text (note_at (project, TRELLIS_QUADRANT_STRENGTH, 0), "S1 edited");
  trellis_swot_vote (project, note_at (project, TRELLIS_QUADRANT_STRENGTH, 0), 2);
  assert_log (&s, "");

  watch_clear (&s);
  watch_clear (&w);
}

static void
test_move (void)
{
  g_autoptr(TrellisProject) project = build_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  TrellisSwotItem *s3 = note_at (project, TRELLIS_QUADRANT_STRENGTH, 2);
  gboolean found;
  guint position = 99;
  Watch s, w, o;

  watch_init (&s, project, TRELLIS_QUADRANT_STRENGTH);
  watch_init (&w, project, TRELLIS_QUADRANT_WEAKNESS);
  watch_init (&o, project, TRELLIS_QUADRANT_OPPORTUNITY);

  /* Within a quadrant: out at its old place, in at its new one. */
  g_assert_true (trellis_swot_move_item (project, s3, TRELLIS_QUADRANT_STRENGTH, 0));
  assert_log (&s, "2-1+0 0-0+1");
  assert_log (&w, "");
  found = trellis_swot_model_find (s.model, s3, &position);
  g_assert_true (found);
  g_assert_cmpuint (position, ==, 0);

  /* Across: out of one, into the other (in at its place in the project's
   * list, then moved within it to the top), and nothing else. */
  g_assert_true (trellis_swot_move_item (project, s3, TRELLIS_QUADRANT_WEAKNESS, 0));
  assert_log (&s, "0-1+0");
  assert_log (&w, "0-0+1 0-1+0 0-0+1");
  assert_log (&o, "");
  g_assert_false (trellis_swot_model_find (s.model, s3, NULL));

  g_assert_true (trellis_history_undo (history));
  assert_log (&s, "0-0+1");
  assert_log (&w, "0-1+0 0-0+1 0-1+0");
  g_assert_true (trellis_history_undo (history));
  assert_log (&s, "0-1+0 2-0+1");
  g_assert_true (trellis_history_redo (history));
  g_assert_true (trellis_history_redo (history));
  g_free (take_log (&s));
  g_free (take_log (&w));

  /* Sorting is one step of many moves; the copy still ends up right. */
  trellis_swot_vote (project, note_at (project, TRELLIS_QUADRANT_STRENGTH, 1), 3);
  trellis_swot_sort_by_votes (project, TRELLIS_QUADRANT_STRENGTH);
  g_free (take_log (&s));
  g_assert_true (trellis_history_undo (history));
  g_free (take_log (&s));
  assert_log (&o, "");

  watch_clear (&s);
  watch_clear (&w);
  watch_clear (&o);
}

/* 10,000 notes, then random edits of every kind, undo and redo, each
 * checked against the core's own listing. */
static void
test_large (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Large");
  TrellisHistory *history = trellis_project_get_history (project);
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  Watch watches[4];
  gint64 start;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %u", i);
      g_autoptr(TrellisSwotItem) item = trellis_swot_item_new (g_rand_int_range (rand, 0, 4), text);

      trellis_project_add_item (project, item);
    }
  g_test_message ("10,000 notes: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  for (guint q = 0; q < 4; q++)
    watch_init (&watches[q], project, q);
  g_test_message ("4 models over 10,000 notes: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  for (guint step = 0; step < 200; step++)
    {
      TrellisQuadrant q = g_rand_int_range (rand, 0, 4);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (watches[q].model));
      TrellisSwotItem *item = n > 0 ? note_at (project, q, g_rand_int_range (rand, 0, n)) : NULL;

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          trellis_swot_add_item (project, q, "Added", g_rand_int_range (rand, 0, n + 1));
          break;
        case 1:
          if (item != NULL)
            trellis_project_remove_item (project, item);
          break;
        case 2:
          if (item != NULL)
            trellis_swot_move_item (project, item, g_rand_int_range (rand, 0, 4), g_rand_int_range (rand, 0, 100));
          break;
        case 3:
          trellis_history_undo (history);
          break;
        case 4:
          trellis_history_redo (history);
          break;
        default:
          if (item != NULL)
            trellis_swot_item_set_text (item, "Edited");
        }

      for (guint k = 0; k < 4; k++)
        g_free (take_log (&watches[k]));
    }

  g_test_message ("200 random edits, checked: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  for (guint q = 0; q < 4; q++)
    watch_clear (&watches[q]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/swot-model/add-remove", test_add_remove);
  g_test_add_func ("/core/swot-model/move", test_move);
  g_test_add_func ("/core/swot-model/large", test_large);

  return g_test_run ();
}
