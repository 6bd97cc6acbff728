/* test-parking-lot.c: the parking lot in a real window, paths /ui/parking-lot/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the header bar's parking lot on a copy of the sample (by its
 * shortcut), parks a question and an idea with the entry, edits one in
 * place, turns one into a SWOT note through the row's action, follows
 * the row's link to the SWOT board, deletes one, and undoes each through
 * the window.
 */

#include "config.h"

#include "trellis-parking-lot-view.h"
#include "trellis-parking-row.h"
#include "trellis-project-view.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  text)
{
  TrellisParkingItem *item;

  if (!TRELLIS_IS_PARKING_ROW (widget))
    return FALSE;
  item = trellis_parking_row_get_item (TRELLIS_PARKING_ROW (widget));
  return item != NULL && g_strcmp0 (trellis_parking_item_get_text (item), text) == 0;
}

static GtkWidget *
find_row (GtkWidget  *view,
          const char *text)
{
  GtkWidget *row;

  ui_test_iterate_pending ();
  row = ui_test_find_mapped (view, is_row_of, text);
  g_assert_nonnull (row);
  return row;
}

static GListModel *
parking_items (TrellisWindow *window)
{
  return trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_PARKING_ITEM);
}

static void
park (GtkWidget  *view,
      const char *text)
{
  GtkWidget *entry = ui_test_find_descendant (view, GTK_TYPE_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  ui_test_iterate_pending ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* Opens the lot with Shift+Ctrl+L from the page, as a facilitator would. */
static GtkWidget *
open_lot (TrellisWindow *window)
{
  GtkWidget *view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_PARKING_LOT_VIEW);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (view);
  g_assert_true (ui_test_press_shortcut (focus != NULL ? focus : GTK_WIDGET (window), "<Control><Shift>l"));
  ui_test_iterate_until_mapped (view);
  return view;
}


/* With $TRELLIS_WORKSHOP_SHOTS set to a folder, the lot's popover and the
 * window are saved there (light and dark), to look at. */
static void
maybe_save_shots (TrellisWindow *window,
                  GtkWidget     *view,
                  const char    *name)
{
  const char *folder = g_getenv ("TRELLIS_WORKSHOP_SHOTS");
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *popover = gtk_widget_get_ancestor (view, GTK_TYPE_POPOVER);

  if (folder == NULL)
    return;
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *lot = g_strdup_printf ("%s/%s%s.png", folder, name, dark ? "-dark" : "");
      g_autofree char *whole = g_strdup_printf ("%s/%s-window%s.png", folder, name, dark ? "-dark" : "");

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_DEFAULT);
      ui_test_wait (500);
      ui_test_save_png (popover, lot);
      ui_test_save_png (GTK_WIDGET (window), whole);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ui_test_wait (500);
}

static gboolean
is_idea_toggle (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "emoji-objects-symbolic") == 0;
}

static TrellisParkingItem *
nth_item (TrellisWindow *window,
          guint          position)
{
  g_autoptr(TrellisParkingItem) item = g_list_model_get_item (parking_items (window), position);

  g_assert_nonnull (item);
  return item;   /* the project keeps it */
}

static void
test_park_and_edit (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  GtkWidget *view = open_lot (window);
  GListModel *items = parking_items (window);
  GtkWidget *row, *label;
  TrellisParkingItem *item;

  /* Empty, it says what it is for; the focus waits in the entry */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  g_assert_true (ui_test_shows_label (view, "Nothing Parked"));
  maybe_save_shots (window, view, "parking-empty");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (view)),
                                         ui_test_find_descendant (view, GTK_TYPE_ENTRY)));

  park (view, "Who funds the shared lab?");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_false (ui_test_shows_label (view, "Nothing Parked"));
  g_assert_true (ui_test_shows_label (view, "1 open"));
  item = nth_item (window, 0);
  g_assert_cmpint (trellis_parking_item_get_kind (item), ==, TRELLIS_PARKING_QUESTION);
  g_assert_cmpuint (trellis_parking_item_get_created (item), ==, trellis_date_today ());
  row = find_row (view, "Who funds the shared lab?");

  /* Edited in place: one undo step */
  label = ui_test_find_descendant (row, GTK_TYPE_EDITABLE_LABEL);
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
  gtk_editable_set_text (GTK_EDITABLE (label), "Who pays for the shared lab?");
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (label), TRUE);
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_parking_item_get_text (item), ==, "Who pays for the shared lab?");
  ui_test_undo (window);
  g_assert_cmpstr (trellis_parking_item_get_text (item), ==, "Who funds the shared lab?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "Who funds the shared lab?");

  /* An idea, then the undo of both */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ui_test_find (view, is_idea_toggle, NULL)), TRUE);
  park (view, "Open lab days");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_cmpint (trellis_parking_item_get_kind (nth_item (window, 1)), ==, TRELLIS_PARKING_IDEA);
  g_assert_true (ui_test_shows_label (view, "2 open"));
  ui_test_undo (window);
  ui_test_undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  g_assert_true (ui_test_shows_label (view, "Nothing Parked"));
}

static void
test_turn_into_and_follow (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  TrellisProject *project = trellis_window_get_project (window);
  GtkWidget *view = open_lot (window);
  GtkWidget *project_view = trellis_window_get_project_view (window);
  guint n_notes = trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM);
  guint n_questions = trellis_project_count_items (project, TRELLIS_TYPE_KEY_QUESTION);
  GtkWidget *row, *link;
  TrellisParkingItem *item;
  TrellisItem *became;

  park (view, "Regional suppliers of recycled granulate");
  park (view, "Which firms would host a lab day?");
  item = nth_item (window, 0);
  row = find_row (view, "Regional suppliers of recycled granulate");
  link = ui_test_find_action_button (row, "parking.show-target");
  g_assert_false (gtk_widget_get_visible (link));

  /* Turn into… a SWOT opportunity: one step, the row links to it */
  g_assert_true (gtk_widget_activate_action (row, "parking.to-swot", "i", TRELLIS_QUADRANT_OPPORTUNITY));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, n_notes + 1);
  became = trellis_parking_item_get_became (item);
  g_assert_true (TRELLIS_IS_SWOT_ITEM (became));
  g_assert_cmpint (trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (became)), ==, TRELLIS_QUADRANT_OPPORTUNITY);
  g_assert_true (gtk_widget_get_visible (link));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, "→ SWOT: Opportunity");
  g_assert_false (gtk_widget_get_visible (ui_test_find_descendant (row, GTK_TYPE_MENU_BUTTON)));
  g_assert_true (ui_test_shows_label (view, "1 open"));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, n_notes);
  g_assert_null (trellis_parking_item_get_became (item));
  g_assert_false (gtk_widget_get_visible (link));
  ui_test_redo (window);
  g_assert_true (gtk_widget_get_visible (link));

  /* The link shows the SWOT board and closes the lot */
  g_signal_emit_by_name (link, "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_project_view_get_page (TRELLIS_PROJECT_VIEW (project_view)), ==, "potentials");
  g_assert_false (gtk_widget_get_mapped (view));

  /* The other becomes a key question of step 2 */
  view = open_lot (window);
  row = find_row (view, "Which firms would host a lab day?");
  g_assert_true (gtk_widget_activate_action (row, "parking.to-key-question", "i", TRELLIS_STEP_ACTORS));
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_KEY_QUESTION), ==, n_questions + 1);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (ui_test_find_action_button (row, "parking.show-target"))),
                   ==, "→ Key question: Actors");
  g_assert_true (ui_test_shows_label (view, "0 open"));
  park (view, "Invite the regional energy agency?");
  maybe_save_shots (window, view, "parking-lot");
}

static void
test_delete_and_read_only (void)
{
  TrellisWindow *window = ui_test_open_sample (G_APPLICATION (app), tmpdir);
  GtkWidget *view = open_lot (window);
  GListModel *items = parking_items (window);
  GtkWidget *row;

  park (view, "Ask the chamber about a stand");
  row = find_row (view, "Ask the chamber about a stand");
  g_signal_emit_by_name (ui_test_find_action_button (row, "parking.delete"), "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  ui_test_undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  row = find_row (view, "Ask the chamber about a stand");

  /* Read-only: no entry, no edits, the list still shown */
  trellis_window_set_read_only (window, TRUE);
  ui_test_iterate_pending ();
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (ui_test_find_descendant (view, GTK_TYPE_ENTRY))));
  row = find_row (view, "Ask the chamber about a stand");
  g_assert_false (gtk_widget_get_visible (ui_test_find_action_button (row, "parking.delete")));
  gtk_widget_activate_action (row, "parking.to-action", NULL);
  ui_test_iterate_pending ();
  g_assert_null (trellis_parking_item_get_became (nth_item (window, 0)));
  trellis_window_set_read_only (window, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/parking-lot/park-and-edit", test_park_and_edit);
  g_test_add_func ("/ui/parking-lot/turn-into-and-follow", test_turn_into_and_follow);
  g_test_add_func ("/ui/parking-lot/delete-and-read-only", test_delete_and_read_only);

  return ui_test_run (app, tmpdir);
}
