/* test-canvas.c: canvas notes, versions and their differences, paths /core/canvas/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis.h"
#include "trellis-test-utils.h"

/* The texts of a box's notes, joined with "|". */
static char *
box_texts (TrellisProject       *project,
           TrellisCanvasVersion *version,
           TrellisCanvasBox      box)
{
  g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, version, box);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) texts = NULL;

  for (guint i = 0; i < notes->len; i++)
    g_strv_builder_add (builder, trellis_canvas_note_get_text (notes->pdata[i]));
  texts = g_strv_builder_end (builder);
  return g_strjoinv ("|", texts);
}

#define assert_box(project, version, box, expected) \
  G_STMT_START { \
    g_autofree char *texts_ = box_texts (project, version, box); \
    g_assert_cmpstr (texts_, ==, expected); \
  } G_STMT_END

static void
undo (TrellisProject *project)
{
  g_assert_true (trellis_history_undo (trellis_project_get_history (project)));
}

static void
test_add (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Canvas");

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "University", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Office rent", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Chamber", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Ministry", 0);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Bank", 2);
  assert_box (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Ministry|University|Bank|Chamber");
  assert_box (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Office rent");
  assert_box (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "");

  undo (project);
  assert_box (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Ministry|University|Chamber");
}

static void
test_move (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Canvas");
  TrellisCanvasNote *fees;
  guint n_undo;

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants", G_MAXUINT);
  fees = trellis_canvas_add_note (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Fees", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Staff", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Sponsors", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Events", G_MAXUINT);

  /* Within a box, to the front, to the back and to the middle. */
  trellis_canvas_move_note (project, fees, TRELLIS_BOX_REVENUE_STREAMS, 0);
  assert_box (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Fees|Grants|Sponsors");
  trellis_canvas_move_note (project, fees, TRELLIS_BOX_REVENUE_STREAMS, G_MAXUINT);
  assert_box (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants|Sponsors|Fees");
  trellis_canvas_move_note (project, fees, TRELLIS_BOX_REVENUE_STREAMS, 1);
  assert_box (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants|Fees|Sponsors");

  /* Into another box, between its notes, as one step. */
  n_undo = trellis_history_get_n_undo (trellis_project_get_history (project));
  trellis_canvas_move_note (project, fees, TRELLIS_BOX_COST_STRUCTURE, 1);
  g_assert_cmpuint (trellis_history_get_n_undo (trellis_project_get_history (project)), ==, n_undo + 1);
  assert_box (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants|Sponsors");
  assert_box (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Staff|Fees|Events");

  /* Into an empty box. */
  trellis_canvas_move_note (project, fees, TRELLIS_BOX_KEY_CHALLENGES, 0);
  assert_box (project, NULL, TRELLIS_BOX_KEY_CHALLENGES, "Fees");
  assert_box (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Staff|Events");

  undo (project);
  assert_box (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Staff|Fees|Events");
  undo (project);
  assert_box (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants|Fees|Sponsors");
  assert_box (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Staff|Events");
  g_assert_true (trellis_history_redo (trellis_project_get_history (project)));
  assert_box (project, NULL, TRELLIS_BOX_COST_STRUCTURE, "Staff|Fees|Events");
}

static void
test_versions (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Canvas");
  TrellisCanvasVersion *to_be, *empty;
  TrellisCanvasNote *note;

  note = trellis_canvas_add_note (project, NULL, TRELLIS_BOX_VALUE_PROPOSITIONS, "Shared lab", G_MAXUINT);
  trellis_canvas_note_set_color (note, "green");
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_MEMBER_SEGMENTS, "Moulders", G_MAXUINT);

  /* A copy starts with the same notes, colours included, in one step. */
  to_be = trellis_canvas_add_version (project, "To-be 2029", "2026-10-15", TRUE, NULL);
  g_assert_cmpuint (trellis_canvas_version_get_date (to_be), ==, trellis_date_from_dmy (15, 10, 2026));
  assert_box (project, to_be, TRELLIS_BOX_VALUE_PROPOSITIONS, "Shared lab");
  assert_box (project, to_be, TRELLIS_BOX_MEMBER_SEGMENTS, "Moulders");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_CANVAS_NOTE), ==, 4);
  {
    g_autoptr(GPtrArray) copied = trellis_canvas_list_notes (project, to_be, TRELLIS_BOX_VALUE_PROPOSITIONS);

    g_assert_cmpstr (trellis_canvas_note_get_color (copied->pdata[0]), ==, "green");
    g_assert_true (copied->pdata[0] != (gpointer) note);
  }

  /* The versions are separate: a note added to one is not in the other. */
  trellis_canvas_add_note (project, to_be, TRELLIS_BOX_VALUE_PROPOSITIONS, "Export desk", G_MAXUINT);
  assert_box (project, to_be, TRELLIS_BOX_VALUE_PROPOSITIONS, "Shared lab|Export desk");
  assert_box (project, NULL, TRELLIS_BOX_VALUE_PROPOSITIONS, "Shared lab");

  empty = trellis_canvas_add_version (project, "Blank", NULL, FALSE, NULL);
  g_assert_cmpuint (trellis_canvas_version_get_date (empty), ==, TRELLIS_DAY_NONE);
  assert_box (project, empty, TRELLIS_BOX_VALUE_PROPOSITIONS, "");

  /* Undoing the copy removes the version and its notes at once. */
  undo (project);
  undo (project);
  undo (project);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_CANVAS_VERSION), ==, 0);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_CANVAS_NOTE), ==, 2);

  /* Deleting a version deletes its notes; the as-is canvas keeps its own. */
  to_be = trellis_canvas_add_version (project, "To-be", NULL, TRUE, NULL);
  trellis_project_remove_item (project, to_be);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_CANVAS_NOTE), ==, 2);
  assert_box (project, NULL, TRELLIS_BOX_MEMBER_SEGMENTS, "Moulders");
}

static void
test_diff (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Canvas");
  TrellisCanvasVersion *to_be;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) reverse = NULL;
  g_autoptr(GPtrArray) drop = NULL;
  TrellisCanvasChange *change;

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Matchmaking", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Newsletter", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants", G_MAXUINT);
  to_be = trellis_canvas_add_version (project, "To-be", NULL, TRUE, NULL);

  none = trellis_canvas_diff (project, NULL, to_be);
  g_assert_cmpuint (none->len, ==, 0);

  /* Case and surrounding spaces do not make a note new. */
  {
    g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, to_be, TRELLIS_BOX_KEY_ACTIVITIES);

    trellis_canvas_note_set_text (notes->pdata[0], "  matchmaking ");
    trellis_project_remove_item (project, notes->pdata[1]);
  }
  trellis_canvas_add_note (project, to_be, TRELLIS_BOX_REVENUE_STREAMS, "Service fees", G_MAXUINT);
  trellis_canvas_add_note (project, to_be, TRELLIS_BOX_KEY_ACTIVITIES, "Training", G_MAXUINT);

  changes = trellis_canvas_diff (project, NULL, to_be);
  g_assert_cmpuint (changes->len, ==, 3);
  change = changes->pdata[0];
  g_assert_cmpint (change->box, ==, TRELLIS_BOX_KEY_ACTIVITIES);
  g_assert_cmpstr (change->text, ==, "Newsletter");
  g_assert_false (change->added);
  change = changes->pdata[1];
  g_assert_cmpint (change->box, ==, TRELLIS_BOX_KEY_ACTIVITIES);
  g_assert_cmpstr (change->text, ==, "Training");
  g_assert_true (change->added);
  change = changes->pdata[2];
  g_assert_cmpint (change->box, ==, TRELLIS_BOX_REVENUE_STREAMS);
  g_assert_cmpstr (change->text, ==, "Service fees");
  g_assert_true (change->added);

  /* The other way round, added is removed. */
  reverse = trellis_canvas_diff (project, to_be, NULL);
  g_assert_cmpuint (reverse->len, ==, 3);
  g_assert_cmpstr (((TrellisCanvasChange *) reverse->pdata[0])->text, ==, "Training");
  g_assert_false (((TrellisCanvasChange *) reverse->pdata[0])->added);
  g_assert_cmpstr (((TrellisCanvasChange *) reverse->pdata[1])->text, ==, "Newsletter");
  g_assert_true (((TrellisCanvasChange *) reverse->pdata[1])->added);

  /* A note written twice and kept once counts once as removed. */
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_REVENUE_STREAMS, "Grants", G_MAXUINT);
  drop = trellis_canvas_diff (project, NULL, to_be);
  g_assert_cmpuint (drop->len, ==, 4);
  change = drop->pdata[2];
  g_assert_cmpstr (change->text, ==, "Grants");
  g_assert_false (change->added);
}

static void
test_sample (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisCanvasVersion) to_be = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  guint n_as_is = 0;

  to_be = g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_VERSION), 0);
  g_assert_nonnull (to_be);
  for (guint b = 0; b <= TRELLIS_BOX_REVENUE_STREAMS; b++)
    {
      g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, NULL, b);

      n_as_is += notes->len;
    }
  g_assert_cmpuint (n_as_is, >, 10);

  /* The worked example shows how a to-be canvas differs from today's. */
  changes = trellis_canvas_diff (project, NULL, to_be);
  g_assert_cmpuint (changes->len, >, 0);
}

static void
test_poster_pdf (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "poster.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_true (trellis_canvas_poster_write_pdf (project, NULL, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  info = trellis_test_run_poppler ("pdfinfo", path);
  text = trellis_test_run_poppler ("pdftotext", path);
  if (info == NULL || text == NULL)
    {
      g_test_skip ("pdftotext is not installed: the poster's text is not checked");
      trellis_test_remove_tree (tmpdir);
      return;
    }
  /* One A3 landscape page. */
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "Page size:       1190.55 x 841.89 pts (A3)"));
  g_assert_nonnull (strstr (info, "Title:           Alpine Polymer Network"));
  for (guint b = 0; b <= TRELLIS_BOX_REVENUE_STREAMS; b++)
    {
      g_auto(GStrv) words = g_strsplit (trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, b), " ", -1);

      /* Titles may wrap in narrow boxes: look for their first word. */
      g_assert_nonnull (strstr (text, words[0]));
    }
  g_assert_nonnull (strstr (text, "Alpine Polymer Network"));
  g_assert_nonnull (strstr (text, "Trust of the founding owners"));
  g_assert_nonnull (strstr (text, "As is"));
  trellis_test_remove_tree (tmpdir);
}

static void
test_poster_png (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(TrellisCanvasVersion) to_be =
    g_list_model_get_item (trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_VERSION), 0);
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "poster.png", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "no", "such", "folder", "poster.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (trellis_canvas_poster_write_png (project, to_be, file, 1000, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 707);
  cairo_surface_destroy (image);

  /* A folder that is not there gives an error, not a crash. */
  g_assert_false (trellis_canvas_poster_write_png (project, to_be, missing_file, 1000, &error));
  g_assert_nonnull (error);
  trellis_test_remove_tree (tmpdir);
}

static void
test_poster_overflow (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Crowded");
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "crowded.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *note = g_strdup_printf ("Idea number %u from the workshop wall, written at length", i);

      trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_RESOURCES, note, G_MAXUINT);
    }
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "Only one", G_MAXUINT);

  g_assert_true (trellis_canvas_poster_write_pdf (project, NULL, file, &error));
  g_assert_no_error (error);
  text = trellis_test_run_poppler ("pdftotext", path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed: the poster's text is not checked");
      trellis_test_remove_tree (tmpdir);
      return;
    }
  /* What does not fit is counted, the first notes are there, and an empty
   * box shows its prompts. */
  g_assert_nonnull (strstr (text, "Idea number 0 "));
  g_assert_nonnull (strstr (text, "more notes"));
  g_assert_null (strstr (text, "Idea number 79 "));
  g_assert_nonnull (strstr (text, "Only one"));
  g_assert_nonnull (strstr (text, "biggest"));
  trellis_test_remove_tree (tmpdir);
}

static void
test_list_added (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Canvas");
  TrellisCanvasVersion *to_be;
  TrellisCanvasNote *second, *training;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) reverse = NULL;
  g_autoptr(GPtrArray) none = NULL;

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Matchmaking", G_MAXUINT);
  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_ACTIVITIES, "Newsletter", G_MAXUINT);
  to_be = trellis_canvas_add_version (project, "To-be", "2027-01-31", TRUE, NULL);
  none = trellis_canvas_list_added (project, NULL, to_be, TRELLIS_BOX_KEY_ACTIVITIES);
  g_assert_cmpuint (none->len, ==, 0);

  /* A second note with a known text is new; the first one is matched. */
  training = trellis_canvas_add_note (project, to_be, TRELLIS_BOX_KEY_ACTIVITIES, "Training", 0);
  second = trellis_canvas_add_note (project, to_be, TRELLIS_BOX_KEY_ACTIVITIES, " MATCHMAKING", G_MAXUINT);
  added = trellis_canvas_list_added (project, NULL, to_be, TRELLIS_BOX_KEY_ACTIVITIES);
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_true (added->pdata[0] == training);
  g_assert_true (added->pdata[1] == second);

  /* The other way round nothing is added to the as-is canvas. */
  reverse = trellis_canvas_list_added (project, to_be, NULL, TRELLIS_BOX_KEY_ACTIVITIES);
  g_assert_cmpuint (reverse->len, ==, 0);

  g_assert_true (trellis_canvas_date_is_valid ("2027-01-31"));
  g_assert_false (trellis_canvas_date_is_valid ("2027-02-30"));
  g_assert_false (trellis_canvas_date_is_valid ("31.01.2027"));
  g_assert_false (trellis_canvas_date_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/canvas/add", test_add);
  g_test_add_func ("/core/canvas/move", test_move);
  g_test_add_func ("/core/canvas/versions", test_versions);
  g_test_add_func ("/core/canvas/diff", test_diff);
  g_test_add_func ("/core/canvas/sample", test_sample);
  g_test_add_func ("/core/canvas/poster-pdf", test_poster_pdf);
  g_test_add_func ("/core/canvas/poster-png", test_poster_png);
  g_test_add_func ("/core/canvas/poster-overflow", test_poster_overflow);
  g_test_add_func ("/core/canvas/list-added", test_list_added);

  return g_test_run ();
}
