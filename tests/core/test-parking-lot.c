/* test-parking-lot.c: questions and ideas to come back to, paths /core/parking-lot/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each kind of conversion on a fresh project: the new item, the link both
 * ways, the words for the row, one undo step that takes both back, and a
 * redo; then the link through a saved file, and what deleting the target
 * does to it.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "trellis.h"
#include "trellis-test-utils.h"

typedef struct
{
  TrellisProject     *project;
  TrellisHistory     *history;
  TrellisParkingItem *item;
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  (void) data;
  fixture->project = trellis_project_new ("Parking");
  fixture->history = trellis_project_get_history (fixture->project);
  fixture->item = trellis_parking_lot_add (fixture->project, TRELLIS_PARKING_QUESTION,
                                           "Who funds the shared lab?");
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  (void) data;
  g_clear_object (&fixture->project);
}

/* The conversion just made: one step that undoes and redoes as a whole. */
static void
assert_one_step (Fixture     *fixture,
                 TrellisItem *target,
                 GType        type,
                 const char  *described)
{
  g_autofree char *words = trellis_parking_lot_describe_target (target);
  g_autofree char *uuid = g_strdup (trellis_item_get_uuid (target));

  g_assert_nonnull (target);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (target, type));
  g_assert_true (trellis_parking_item_get_became (fixture->item) == target);
  g_assert_true (trellis_parking_lot_find_origin (fixture->project, target) == fixture->item);
  g_assert_cmpstr (words, ==, described);
  g_assert_cmpuint (trellis_project_count_items (fixture->project, type), ==, 1);
  g_assert_cmpuint (trellis_parking_lot_count_open (fixture->project), ==, 0);
  g_assert_cmpuint (trellis_history_get_n_undo (fixture->history), ==, 2);   /* add, convert */

  /* Converted once only */
  g_assert_null (trellis_parking_lot_to_action (fixture->project, fixture->item));
  g_assert_cmpuint (trellis_history_get_n_undo (fixture->history), ==, 2);

  g_assert_true (trellis_history_undo (fixture->history));
  g_assert_cmpuint (trellis_project_count_items (fixture->project, type), ==, 0);
  g_assert_null (trellis_parking_item_get_became (fixture->item));
  g_assert_cmpuint (trellis_parking_lot_count_open (fixture->project), ==, 1);
  g_assert_cmpuint (trellis_project_count_items (fixture->project, TRELLIS_TYPE_PARKING_ITEM), ==, 1);

  g_assert_true (trellis_history_redo (fixture->history));
  target = trellis_project_lookup (fixture->project, uuid);
  g_assert_nonnull (target);
  g_assert_true (trellis_parking_item_get_became (fixture->item) == target);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  TrellisParkingItem *idea;

  (void) data;
  g_assert_cmpuint (trellis_parking_item_get_created (fixture->item), ==, trellis_date_from_dmy (15, 3, 2027));
  g_assert_cmpint (trellis_parking_item_get_kind (fixture->item), ==, TRELLIS_PARKING_QUESTION);
  g_assert_null (trellis_parking_item_get_became (fixture->item));
  g_assert_cmpuint (trellis_history_get_n_undo (fixture->history), ==, 1);

  idea = trellis_parking_lot_add (fixture->project, TRELLIS_PARKING_IDEA, "Joint trade fair stand");
  g_assert_cmpint (trellis_parking_item_get_kind (idea), ==, TRELLIS_PARKING_IDEA);
  g_assert_cmpuint (trellis_parking_lot_count_open (fixture->project), ==, 2);
  g_assert_true (trellis_history_undo (fixture->history));
  g_assert_cmpuint (trellis_project_count_items (fixture->project, TRELLIS_TYPE_PARKING_ITEM), ==, 1);
}

static void
test_to_swot (Fixture       *fixture,
              gconstpointer  data)
{
  TrellisSwotItem *note;

  (void) data;
  note = trellis_parking_lot_to_swot (fixture->project, fixture->item, TRELLIS_QUADRANT_WEAKNESS);
  g_assert_cmpint (trellis_swot_item_get_quadrant (note), ==, TRELLIS_QUADRANT_WEAKNESS);
  g_assert_cmpstr (trellis_swot_item_get_text (note), ==, "Who funds the shared lab?");
  g_assert_cmpstr (trellis_history_get_undo_label (fixture->history), ==, "Turn into SWOT Note");
  assert_one_step (fixture, TRELLIS_ITEM (note), TRELLIS_TYPE_SWOT_ITEM, "SWOT: Weakness");
}

static void
test_to_canvas (Fixture       *fixture,
                gconstpointer  data)
{
  TrellisCanvasNote *note;

  (void) data;
  note = trellis_parking_lot_to_canvas (fixture->project, fixture->item, NULL, TRELLIS_BOX_KEY_PARTNERS);
  g_assert_cmpint (trellis_canvas_note_get_box (note), ==, TRELLIS_BOX_KEY_PARTNERS);
  g_assert_null (trellis_canvas_note_get_version (note));
  g_assert_cmpstr (trellis_canvas_note_get_text (note), ==, "Who funds the shared lab?");
  assert_one_step (fixture, TRELLIS_ITEM (note), TRELLIS_TYPE_CANVAS_NOTE, "Canvas: Key Partners");
}

static void
test_to_action (Fixture       *fixture,
                gconstpointer  data)
{
  TrellisAction *action;

  (void) data;
  action = trellis_parking_lot_to_action (fixture->project, fixture->item);
  g_assert_cmpstr (trellis_action_get_title (action), ==, "Who funds the shared lab?");
  g_assert_cmpint (trellis_action_get_status (action), ==, TRELLIS_STATUS_PLANNED);
  assert_one_step (fixture, TRELLIS_ITEM (action), TRELLIS_TYPE_ACTION, "Action");
}

static void
test_to_key_question (Fixture       *fixture,
                      gconstpointer  data)
{
  TrellisKeyQuestion *question;

  (void) data;
  question = trellis_parking_lot_to_key_question (fixture->project, fixture->item, TRELLIS_STEP_ACTORS);
  g_assert_cmpstr (trellis_key_question_get_question (question), ==, "Who funds the shared lab?");
  g_assert_cmpint (trellis_key_question_get_step (question), ==, TRELLIS_STEP_ACTORS);
  g_assert_false (trellis_key_question_get_done (question));
  assert_one_step (fixture, TRELLIS_ITEM (question), TRELLIS_TYPE_KEY_QUESTION, "Key question: Actors");
}

/* Deleting what an entry became clears the link (and opens the entry
 * again); undoing the deletion brings both back. */
static void
test_delete_target (Fixture       *fixture,
                    gconstpointer  data)
{
  TrellisSwotItem *note;
  g_autofree char *uuid = NULL;

  (void) data;
  note = trellis_parking_lot_to_swot (fixture->project, fixture->item, TRELLIS_QUADRANT_THREAT);
  uuid = g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (note)));
  trellis_project_remove_item (fixture->project, note);
  g_assert_null (trellis_parking_item_get_became (fixture->item));
  g_assert_cmpuint (trellis_parking_lot_count_open (fixture->project), ==, 1);

  g_assert_true (trellis_history_undo (fixture->history));
  g_assert_nonnull (trellis_parking_item_get_became (fixture->item));
  g_assert_cmpstr (trellis_item_get_uuid (trellis_parking_item_get_became (fixture->item)), ==, uuid);
}

/* The link survives a file: written, valid against the schema, read back
 * to the same note. */
static void
test_save_load (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *tmpdir = trellis_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "parking.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  TrellisCanvasNote *note;
  TrellisItem *item, *became;

  (void) data;
  trellis_parking_lot_add (fixture->project, TRELLIS_PARKING_IDEA, "Open lab days");
  note = trellis_parking_lot_to_canvas (fixture->project, fixture->item, NULL, TRELLIS_BOX_REVENUE_STREAMS);
  g_assert_true (trellis_project_save (fixture->project, file, &error));
  g_assert_no_error (error);
  trellis_test_assert_valid_file (path);
  contents = trellis_test_read_file (path);
  g_assert_nonnull (strstr (contents, "<parking-lot>"));
  g_assert_nonnull (strstr (contents, "kind=\"idea\""));

  loaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_project_count_items (loaded, TRELLIS_TYPE_PARKING_ITEM), ==, 2);
  item = trellis_project_lookup (loaded, trellis_item_get_uuid (TRELLIS_ITEM (fixture->item)));
  g_assert_true (TRELLIS_IS_PARKING_ITEM (item));
  became = trellis_parking_item_get_became (TRELLIS_PARKING_ITEM (item));
  g_assert_true (TRELLIS_IS_CANVAS_NOTE (became));
  g_assert_cmpstr (trellis_item_get_uuid (became), ==, trellis_item_get_uuid (TRELLIS_ITEM (note)));
  g_assert_true (trellis_parking_lot_find_origin (loaded, became) == TRELLIS_PARKING_ITEM (item));
  g_assert_cmpuint (trellis_parking_item_get_created (TRELLIS_PARKING_ITEM (item)), ==,
                    trellis_date_from_dmy (15, 3, 2027));
  g_assert_cmpuint (trellis_parking_lot_count_open (loaded), ==, 1);
  g_assert_true (trellis_project_equal (fixture->project, loaded));

  g_assert_cmpint (g_unlink (path), ==, 0);
  trellis_test_remove_tree (tmpdir);
}

/* A file whose entry names an item of a kind it cannot become is refused. */
static void
test_refuses_wrong_kind (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Wrong");
  g_autoptr(TrellisProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisStakeholder) firm = trellis_stakeholder_new ("Firm");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  TrellisParkingItem *item;

  trellis_project_add_item (project, firm);
  item = trellis_parking_lot_add (project, TRELLIS_PARKING_IDEA, "Ask the firm");
  bytes = trellis_project_to_bytes (project);
  text = g_strdup_printf ("became=\"%s\"", trellis_item_get_uuid (TRELLIS_ITEM (firm)));
  {
    g_autofree char *xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autofree char *created = g_strdup_printf ("uuid=\"%s\"", trellis_item_get_uuid (TRELLIS_ITEM (item)));
    g_autofree char *with_ref = g_strdup_printf ("%s %s", created, text);
    g_auto(GStrv) parts = g_strsplit (xml, created, 2);
    g_autofree char *bad = g_strjoin (with_ref, parts[0], parts[1], NULL);

    loaded = trellis_project_load_from_data (bad, strlen (bad), "wrong.trellis", &error);
  }
  g_assert_null (loaded);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TRELLIS_TODAY", "2027-03-15", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/parking-lot/add", Fixture, NULL, set_up, test_add, tear_down);
  g_test_add ("/core/parking-lot/to-swot", Fixture, NULL, set_up, test_to_swot, tear_down);
  g_test_add ("/core/parking-lot/to-canvas", Fixture, NULL, set_up, test_to_canvas, tear_down);
  g_test_add ("/core/parking-lot/to-action", Fixture, NULL, set_up, test_to_action, tear_down);
  g_test_add ("/core/parking-lot/to-key-question", Fixture, NULL, set_up, test_to_key_question, tear_down);
  g_test_add ("/core/parking-lot/delete-target", Fixture, NULL, set_up, test_delete_target, tear_down);
  g_test_add ("/core/parking-lot/save-load", Fixture, NULL, set_up, test_save_load, tear_down);
  g_test_add_func ("/core/parking-lot/refuses-wrong-kind", test_refuses_wrong_kind);

  return g_test_run ();
}
