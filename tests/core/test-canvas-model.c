/* test-canvas-model.c: one canvas box as a list model, paths /core/canvas-model/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A "mirror" follows a box model's items-changed as a view would, by
 * applying each signal to its own array.  After every change both the model
 * and the mirror must equal trellis_canvas_list_notes (), so a signal at a
 * wrong place, or one too many or few, shows.  The signals are logged as
 * "position-removed+added" to check that a change is reported where it is.
 */

#include "config.h"

#include "trellis.h"
#include "trellis-paste.h"
#include "trellis-test-utils.h"

typedef struct
{
  TrellisCanvasModel *model;
  GPtrArray          *rows;
  GString            *signals;
} Mirror;

static void
on_model_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->rows->len);
  g_ptr_array_remove_range (mirror->rows, position, removed);
  for (guint i = position; i < position + added; i++)
    g_ptr_array_insert (mirror->rows, i, g_list_model_get_item (model, i));
  g_string_append_printf (mirror->signals, "%s%u-%u+%u", mirror->signals->len > 0 ? " " : "",
                          position, removed, added);
}

static Mirror *
mirror_new (TrellisProject       *project,
            TrellisCanvasVersion *version,
            TrellisCanvasBox      box)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  GListModel *model;

  mirror->model = trellis_canvas_model_new (project, version, box);
  mirror->rows = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->signals = g_string_new (NULL);
  model = G_LIST_MODEL (mirror->model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (mirror->rows, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), mirror);
  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_object_unref (mirror->model);
  g_ptr_array_unref (mirror->rows);
  g_string_free (mirror->signals, TRUE);
  g_free (mirror);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mirror, mirror_free)

/* Checks the model and the mirror against the core's list; returns the
 * signals since the last check. */
static char *
mirror_check (Mirror *mirror)
{
  TrellisCanvasModel *model = mirror->model;
  g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (trellis_canvas_model_get_project (model),
                                                          trellis_canvas_model_get_version (model),
                                                          trellis_canvas_model_get_box (model));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, notes->len);
  g_assert_cmpuint (mirror->rows->len, ==, notes->len);
  for (guint i = 0; i < notes->len; i++)
    {
      g_autoptr(TrellisCanvasNote) note = g_list_model_get_item (G_LIST_MODEL (model), i);
      guint position = G_MAXUINT;

      g_assert_true (note == notes->pdata[i]);
      g_assert_true (mirror->rows->pdata[i] == notes->pdata[i]);
      /* find () is a scan: the first, last and a few between will do */
      if (i % 97 != 0 && i + 1 != notes->len)
        continue;
      g_assert_true (trellis_canvas_model_find (model, note, &position));
      g_assert_cmpuint (position, ==, i);
    }
  return g_strdup (mirror->signals->str);
}

#define assert_signals(mirror, expected) \
  G_STMT_START { \
    g_autofree char *signals_ = mirror_check (mirror); \
    g_string_truncate ((mirror)->signals, 0); \
    g_assert_cmpstr (signals_, ==, expected); \
  } G_STMT_END

static TrellisCanvasNote *
nth_note (TrellisProject   *project,
          TrellisCanvasBox  box,
          guint             index)
{
  g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, NULL, box);

  g_assert_cmpuint (index, <, notes->len);
  return notes->pdata[index];
}

/* Partners: P1 P2 P3, activities: A1, interleaved in the list. */
static TrellisProject *
make_project (void)
{
  TrellisProject *project = trellis_project_new ("Canvas model");

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "P1", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "A1", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "P2", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "P3", G_MAXUINT);
  return project;
}

static void
test_add_delete (void)
{
  g_autoptr(TrellisProject) project = make_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  g_autoptr(Mirror) partners = mirror_new (project, NULL, TRELLIS_BOX_KEY_PARTNERS);
  g_autoptr(Mirror) activities = mirror_new (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partners->model)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (partners->model)) == TRELLIS_TYPE_CANVAS_NOTE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (partners->model), 3));

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "P1.5", 1);
  assert_signals (partners, "1-0+1");
  assert_signals (activities, "");

  trellis_project_remove_item (project, TRELLIS_ITEM (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 3)));
  assert_signals (partners, "3-1+0");

  g_assert_true (trellis_history_undo (history));
  assert_signals (partners, "3-0+1");
  g_assert_true (trellis_history_undo (history));
  assert_signals (partners, "1-1+0");
  g_assert_true (trellis_history_redo (history));
  assert_signals (partners, "1-0+1");
  assert_signals (activities, "");

  /* Text and colour are the rows' business, not the list's. */
  trellis_canvas_note_set_text (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 0), "P1 edited");
  trellis_canvas_note_set_color (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 0), "green");
  assert_signals (partners, "");
}

static void
test_move (void)
{
  g_autoptr(TrellisProject) project = make_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  g_autoptr(Mirror) partners = mirror_new (project, NULL, TRELLIS_BOX_KEY_PARTNERS);
  g_autoptr(Mirror) activities = mirror_new (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES);
  g_autoptr(Mirror) resources = mirror_new (project, NULL, TRELLIS_BOX_KEY_RESOURCES);
  TrellisCanvasNote *p3 = nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 2);

  /* Within the box: out at its place, in at the new one. */
  trellis_canvas_move_note (project, p3, TRELLIS_BOX_KEY_PARTNERS, 0);
  assert_signals (partners, "2-1+0 0-0+1");
  assert_signals (activities, "");

  /* To another box: it leaves one, and comes into the other at its place
   * in the list before going where it was dropped. */
  trellis_canvas_move_note (project, p3, TRELLIS_BOX_KEY_ACTIVITIES, 0);
  assert_signals (partners, "0-1+0");
  assert_signals (activities, "0-0+1 0-1+0 0-0+1");
  assert_signals (resources, "");
  g_assert_false (trellis_canvas_model_find (partners->model, p3, NULL));

  g_assert_true (trellis_history_undo (history));
  assert_signals (partners, "0-0+1");
  assert_signals (activities, "0-1+0 0-0+1 0-1+0");
  g_assert_true (trellis_history_undo (history));
  assert_signals (partners, "0-1+0 2-0+1");
  g_assert_true (trellis_history_redo (history));
  g_assert_true (trellis_history_redo (history));
  assert_signals (partners, "2-1+0 0-0+1 0-1+0");
  assert_signals (activities, "0-0+1 0-1+0 0-0+1");
}

/* A version's notes are its own: the as-is boxes do not see them, and
 * deleting the version takes them away from its models. */
static void
test_versions (void)
{
  g_autoptr(TrellisProject) project = make_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  g_autoptr(Mirror) as_is = mirror_new (project, NULL, TRELLIS_BOX_KEY_PARTNERS);
  g_autoptr(Mirror) later = NULL;
  TrellisCanvasVersion *version;

  version = trellis_canvas_add_version (project, "To-be", "2029-12-31", TRUE, NULL);
  assert_signals (as_is, "");
  later = mirror_new (project, version, TRELLIS_BOX_KEY_PARTNERS);
  g_assert_true (trellis_canvas_model_get_version (later->model) == version);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (later->model)), ==, 3);

  trellis_canvas_add_note (project, version, TRELLIS_BOX_KEY_PARTNERS, "Only later", 0);
  assert_signals (later, "0-0+1");
  assert_signals (as_is, "");

  trellis_project_remove_item (project, TRELLIS_ITEM (version));
  assert_signals (later, "0-1+0 0-1+0 0-1+0 0-1+0");
  assert_signals (as_is, "");
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (later->model)), ==, 4);
  g_free (mirror_check (later));
}

/* Pasted lines are one step: one undo takes them all. */
static void
test_paste (void)
{
  g_autoptr(TrellisProject) project = make_project ();
  TrellisHistory *history = trellis_project_get_history (project);
  g_autoptr(Mirror) partners = mirror_new (project, NULL, TRELLIS_BOX_KEY_PARTNERS);
  g_auto(GStrv) lines = trellis_paste_split_lines ("- Bank\n\n- Chamber\n3. Agency\n");

  g_assert_cmpuint (trellis_canvas_add_notes (project, NULL, TRELLIS_BOX_KEY_PARTNERS,
                                              (const char * const *) lines, G_MAXUINT), ==, 3);
  assert_signals (partners, "3-0+1 4-0+1 5-0+1");
  g_assert_cmpstr (trellis_canvas_note_get_text (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 5)), ==, "Agency");
  g_assert_true (trellis_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partners->model)), ==, 3);
  g_free (mirror_check (partners));

  /* At a place, in their order */
  trellis_canvas_add_notes (project, NULL, TRELLIS_BOX_KEY_PARTNERS, (const char * const *) lines, 1);
  g_assert_cmpstr (trellis_canvas_note_get_text (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 1)), ==, "Bank");
  g_assert_cmpstr (trellis_canvas_note_get_text (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 3)), ==, "Agency");
  g_assert_cmpstr (trellis_canvas_note_get_text (nth_note (project, TRELLIS_BOX_KEY_PARTNERS, 4)), ==, "P2");
  g_free (mirror_check (partners));
}

/* 10,000 notes over the ten boxes, then random adds, deletes, moves, undo
 * and redo, every model checked after each. */
static void
test_large (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Large canvas");
  TrellisHistory *history = trellis_project_get_history (project);
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  guint n_boxes = trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX);
  Mirror *mirrors[16];
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %u", i);
      g_autoptr(TrellisCanvasNote) note = trellis_canvas_note_new (g_rand_int_range (rand, 0, n_boxes), text);

      trellis_project_add_item (project, note);
    }
  start = g_get_monotonic_time ();
  for (guint b = 0; b < n_boxes; b++)
    mirrors[b] = mirror_new (project, NULL, b);
  g_test_message ("10 models over 10,000 notes: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  for (guint step = 0; step < 300; step++)
    {
      TrellisCanvasBox box = g_rand_int_range (rand, 0, n_boxes);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (mirrors[box]->model));
      g_autoptr(TrellisCanvasNote) note = n > 0 ? g_list_model_get_item (G_LIST_MODEL (mirrors[box]->model),
                                                                         g_rand_int_range (rand, 0, n)) : NULL;

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          trellis_canvas_add_note (project, NULL, box, "Added", g_rand_int_range (rand, 0, n + 1));
          break;
        case 1:
          if (note != NULL)
            trellis_project_remove_item (project, TRELLIS_ITEM (note));
          break;
        case 2:
          if (note != NULL)
            trellis_canvas_move_note (project, note, g_rand_int_range (rand, 0, n_boxes), g_rand_int_range (rand, 0, 50));
          break;
        case 3:
          trellis_history_undo (history);
          break;
        case 4:
          trellis_history_redo (history);
          break;
        default:
          if (note != NULL)
            trellis_canvas_note_set_text (note, "Edited");
        }
      /* The mirrors equal their models after every step, and the models
       * the core's listing now and then (a full listing is slow). */
      for (guint b = 0; b < n_boxes; b++)
        {
          GListModel *model = G_LIST_MODEL (mirrors[b]->model);

          g_assert_cmpuint (mirrors[b]->rows->len, ==, g_list_model_get_n_items (model));
          for (guint i = 0; i < mirrors[b]->rows->len; i++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (model, i);

              g_assert_true (item == mirrors[b]->rows->pdata[i]);
            }
          if (step % 20 == 0 || step == 299)
            g_free (mirror_check (mirrors[b]));
          g_string_truncate (mirrors[b]->signals, 0);
        }
    }
  g_test_message ("300 random edits, checked: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  for (guint b = 0; b < n_boxes; b++)
    mirror_free (mirrors[b]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/canvas-model/add-delete", test_add_delete);
  g_test_add_func ("/core/canvas-model/move", test_move);
  g_test_add_func ("/core/canvas-model/versions", test_versions);
  g_test_add_func ("/core/canvas-model/paste", test_paste);
  g_test_add_func ("/core/canvas-model/large", test_large);

  return g_test_run ();
}
