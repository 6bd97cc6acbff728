/* test-paste-notes.c: lines pasted as notes, paths /ui/paste-notes/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real window on a real file: text put on the display's clipboard is
 * pasted into a canvas box and into a SWOT quadrant, by Ctrl+V in the
 * notes and by the "Paste as Notes" action of the box's or quadrant's
 * menu; each paste adds one note per line, bullets and numbers taken off,
 * and one Ctrl+Z takes them all away again.
 */

#include "config.h"

#include "trellis-canvas-view.h"
#include "trellis-swot-board.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

#define PASTED "- Regional bank\n\n* Chamber of crafts  \n3. Technology transfer agency\n"

static TrellisWindow *
open_project (const char *basename)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Paste Test");
  g_autoptr(GFile) file = NULL;

  trellis_canvas_add_note (project, NULL, TRELLIS_BOX_KEY_PARTNERS, "University", G_MAXUINT);
  trellis_swot_add_item (project, TRELLIS_QUADRANT_OPPORTUNITY, "Recycling rules", G_MAXUINT);
  file = ui_test_write_project (tmpdir, basename, project);
  return ui_test_open_window (G_APPLICATION (app), file);
}

static void
wait_for_n_items (GListModel *model,
                  guint       n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (model) != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
}

static char *
canvas_texts (GListModel *model)
{
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisCanvasNote) note = g_list_model_get_item (model, i);

      g_string_append_printf (texts, "%s%s", i > 0 ? "|" : "", trellis_canvas_note_get_text (note));
    }
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

static char *
swot_texts (TrellisProject  *project,
            TrellisQuadrant  quadrant)
{
  g_autoptr(GPtrArray) items = trellis_swot_list_quadrant (project, quadrant);
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (texts, "%s%s", i > 0 ? "|" : "", trellis_swot_item_get_text (items->pdata[i]));
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

static void
test_canvas (void)
{
  TrellisWindow *window = open_project ("canvas.trellis");
  TrellisCanvasView *view = TRELLIS_CANVAS_VIEW (ui_test_show_page (window, "strategy/canvas",
                                                                    TRELLIS_TYPE_CANVAS_VIEW));
  TrellisCanvasBoxWidget *partners = trellis_canvas_view_get_box (view, TRELLIS_BOX_KEY_PARTNERS);
  TrellisCanvasBoxWidget *segments = trellis_canvas_view_get_box (view, TRELLIS_BOX_MEMBER_SEGMENTS);
  GListModel *model = trellis_canvas_box_widget_get_model (partners);
  guint n_undo = ui_test_n_undo (window);
  TrellisCanvasNoteCard *card;

  /* Ctrl+V with a note of the box focused */
  ui_test_set_clipboard (GTK_WIDGET (view), PASTED);
  card = trellis_canvas_box_widget_get_card (partners, 0);
  g_assert_nonnull (card);
  gtk_widget_grab_focus (GTK_WIDGET (card));
  g_assert_true (ui_test_press_shortcut (GTK_WIDGET (card), "<Control>v"));
  wait_for_n_items (model, 4);
  {
    g_autofree char *texts = canvas_texts (model);

    g_assert_cmpstr (texts, ==, "University|Regional bank|Chamber of crafts|Technology transfer agency");
  }
  /* One step: one undo takes the three away. */
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);
  ui_test_undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  ui_test_redo (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  ui_test_undo (window);

  /* The menu's "Paste as Notes", into an empty box; the first pasted note
   * gets the focus. */
  ui_test_set_clipboard (GTK_WIDGET (view), "Start-ups\r\nSMEs\r\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (segments), "box.paste-notes", NULL));
  wait_for_n_items (trellis_canvas_box_widget_get_model (segments), 2);
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_cards (segments), ==, 2);
  g_assert_cmpstr (trellis_canvas_note_card_get_text (trellis_canvas_box_widget_get_card (segments, 1)), ==, "SMEs");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (trellis_canvas_box_widget_get_card (segments, 0))));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_canvas_box_widget_get_n_cards (segments), ==, 0);

  /* Blank text adds nothing and makes no step. */
  n_undo = ui_test_n_undo (window);
  g_assert_cmpuint (trellis_canvas_box_widget_paste (segments, " \n - \n"), ==, 0);
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo);

  /* Read-only: nothing is pasted. */
  trellis_window_set_read_only (window, TRUE);
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_canvas_box_widget_paste (partners, PASTED), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (partners), "box.paste-notes", NULL);
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (10000);
      ui_test_iterate_pending ();
    }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
}

static gboolean
is_grid_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_GRID_VIEW (widget);
}

static void
test_swot (void)
{
  TrellisWindow *window = open_project ("swot.trellis");
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *board = ui_test_show_page (window, "potentials/swot", TRELLIS_TYPE_SWOT_BOARD);
  GtkWidget *list;
  g_autoptr(GPtrArray) lists = NULL;
  guint n_undo = ui_test_n_undo (window);
  gint64 deadline;

  /* The quadrant menu's action */
  ui_test_set_clipboard (board, PASTED);
  g_assert_true (gtk_widget_activate_action (board, "swot.paste-notes", "i", TRELLIS_QUADRANT_OPPORTUNITY));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (trellis_swot_count_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY) < 4 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  {
    g_autofree char *texts = swot_texts (project, TRELLIS_QUADRANT_OPPORTUNITY);

    g_assert_cmpstr (texts, ==, "Recycling rules|Regional bank|Chamber of crafts|Technology transfer agency");
  }
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);
  ui_test_undo (window);
  g_assert_cmpuint (trellis_swot_count_quadrant (project, TRELLIS_QUADRANT_OPPORTUNITY), ==, 1);

  /* Ctrl+V in a quadrant's list: the threats' (the fourth list) */
  lists = ui_test_find_all (board, is_grid_view, NULL);
  g_assert_cmpuint (lists->len, ==, 4);
  list = lists->pdata[TRELLIS_QUADRANT_THREAT];
  ui_test_set_clipboard (board, "a) Steel prices\nb) New competitor");
  g_assert_true (ui_test_press_shortcut (list, "<Control>v"));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (trellis_swot_count_quadrant (project, TRELLIS_QUADRANT_THREAT) < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  {
    g_autofree char *texts = swot_texts (project, TRELLIS_QUADRANT_THREAT);

    g_assert_cmpstr (texts, ==, "Steel prices|New competitor");
  }
  ui_test_undo (window);
  g_assert_cmpuint (trellis_swot_count_quadrant (project, TRELLIS_QUADRANT_THREAT), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/paste-notes/canvas", test_canvas);
  g_test_add_func ("/ui/paste-notes/swot", test_swot);

  return ui_test_run (app, tmpdir);
}
