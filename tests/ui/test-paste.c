/* test-paste.c: copying and pasting rows of a register in a real window,
 * paths /ui/paste/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Puts tab-separated text on the display's clipboard, pastes it into the
 * stakeholder register and the action plan through their actions (and
 * Ctrl+V), and checks the project, the toast, the undo step, and that a
 * bad row changes nothing.  Copy puts the selected rows on the clipboard,
 * and pasting them back gives the same items.
 */

#include "config.h"

#include <string.h>

#include "trellis-action-table.h"
#include "trellis-application.h"
#include "trellis-stakeholder-table.h"
#include "trellis-register-choice.h"
#include "trellis-register-slot.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define WAIT_USEC (10 * G_USEC_PER_SEC)

static TrellisApplication *app;
static char *tmpdir;

/* Two stakeholders, a goal and an action. */
static GFile *
write_project (const char *basename)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Paste");
  g_autoptr(TrellisStakeholder) hartmann = trellis_stakeholder_new ("Hartmann Polymer Parts");
  g_autoptr(TrellisStakeholder) university = trellis_stakeholder_new ("Valdor University");
  g_autoptr(TrellisGoal) goal = trellis_goal_new ("More joint research");
  g_autoptr(TrellisAction) action = trellis_action_new ("Kick-off meeting");

  trellis_stakeholder_set_organisation (hartmann, "Hartmann GmbH");
  trellis_stakeholder_set_helix (university, TRELLIS_HELIX_RESEARCH);
  trellis_project_add_item (project, hartmann);
  trellis_project_add_item (project, university);
  trellis_project_add_item (project, goal);
  trellis_action_set_owner (action, hartmann);
  trellis_project_add_item (project, action);
  return ui_test_write_project (tmpdir, basename, project);
}

static GtkWidget *
open_register (const char     *basename,
               const char     *page,
               GType           type,
               TrellisWindow **out_window)
{
  g_autoptr(GFile) file = write_project (basename);

  *out_window = ui_test_open_window (G_APPLICATION (app), file);
  return ui_test_show_page (*out_window, page, type);
}

static guint
count_items (TrellisWindow *window,
             GType          type)
{
  return g_list_model_get_n_items (trellis_project_get_items (trellis_window_get_project (window), type));
}

static TrellisStakeholder *
find_stakeholder (TrellisWindow *window,
                  const char    *name)
{
  GListModel *items = trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_STAKEHOLDER);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisStakeholder) stakeholder = g_list_model_get_item (items, i);

      if (g_str_equal (trellis_stakeholder_get_name (stakeholder), name))
        return stakeholder;   /* the project keeps it */
    }
  return NULL;
}

/* The paste reads the clipboard asynchronously: wait until the project
 * changed or a dialog came. */
static void
paste (GtkWidget     *table,
       TrellisWindow *window)
{
  guint n_undo = ui_test_n_undo (window);
  gint64 deadline = g_get_monotonic_time () + WAIT_USEC;

  ui_test_activate (table, "register.paste");
  while (ui_test_n_undo (window) == n_undo && ui_test_find_message_dialog () == NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_test_iterate_pending ();
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static char *
read_clipboard (GtkWidget *widget)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GAsyncResult *result = NULL;
  gint64 deadline = g_get_monotonic_time () + WAIT_USEC;
  g_autoptr(GError) error = NULL;
  char *text;

  gdk_clipboard_read_text_async (clipboard, NULL, on_read_cb, &result);
  while (result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (result);
  text = gdk_clipboard_read_text_finish (clipboard, result, &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return text;
}

/* Fails with the dialog's text if a paste was refused. */
static void
assert_no_dialog (void)
{
  AdwMessageDialog *dialog = ui_test_find_message_dialog ();

  if (dialog != NULL)
    g_error ("Unexpected dialog: %s: %s", adw_message_dialog_get_heading (dialog),
             adw_message_dialog_get_body (dialog));
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = strstr (text, "\r\n"); p != NULL; p = strstr (p + 2, "\r\n"))
    n++;
  return n;
}

/* A header row names the columns; three rows are new, one updates. */
static void
test_with_header (void)
{
  TrellisWindow *window;
  GtkWidget *table = open_register ("header.trellis", "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE, &window);
  guint n_undo = ui_test_n_undo (window);
  TrellisStakeholder *added;

  ui_test_set_clipboard (table,
                           "Name\tOrganisation\tHelix\tMember\tInfluence\r\n"
                           "Plastics Lab\tValdor Institute of Technology\tResearch\tyes\thigh\r\n"
                           "Chamber of Commerce\tChamber, Valdor region\tintermediary\tno\tmedium\r\n"
                           "Mould Makers Ltd\t\tbusiness\t\t\r\n"
                           "Hartmann Polymer Parts\tHartmann Polymer Parts GmbH\tbusiness\tyes\thigh\r\n");
  paste (table, window);
  assert_no_dialog ();
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 5);
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo + 1);
  added = find_stakeholder (window, "Plastics Lab");
  g_assert_nonnull (added);
  g_assert_cmpstr (trellis_stakeholder_get_organisation (added), ==, "Valdor Institute of Technology");
  g_assert_cmpint (trellis_stakeholder_get_helix (added), ==, TRELLIS_HELIX_RESEARCH);
  g_assert_true (trellis_stakeholder_get_internal (added));
  g_assert_cmpint (trellis_stakeholder_get_influence (added), ==, TRELLIS_LEVEL_HIGH);
  /* A comma in a cell is text: only tabs separate. */
  g_assert_cmpstr (trellis_stakeholder_get_organisation (find_stakeholder (window, "Chamber of Commerce")), ==,
                   "Chamber, Valdor region");
  g_assert_cmpstr (trellis_stakeholder_get_organisation (find_stakeholder (window, "Hartmann Polymer Parts")), ==,
                   "Hartmann Polymer Parts GmbH");
  g_assert_true (ui_test_find (GTK_WIDGET (window), is_label_containing, "3 stakeholders added, 1 updated") != NULL);
  g_assert_true (ui_test_shows_label (table, "Plastics Lab"));   /* the table follows */

  /* One undo step takes it all back. */
  ui_test_undo (window);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);
  g_assert_null (find_stakeholder (window, "Plastics Lab"));
  g_assert_cmpstr (trellis_stakeholder_get_organisation (find_stakeholder (window, "Hartmann Polymer Parts")), ==,
                   "Hartmann GmbH");
}

/* Without a header, the cells follow the table's visible columns. */
static void
test_without_header (void)
{
  TrellisWindow *window;
  GtkWidget *table = open_register ("no-header.trellis", "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE,
                                    &window);
  GtkColumnView *column_view = GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GtkColumnViewColumn) second = g_list_model_get_item (gtk_column_view_get_columns (column_view), 1);
  TrellisStakeholder *added;

  /* Name, Organisation, Helix, Member, Attitude … */
  ui_test_set_clipboard (table, "Plastics Lab\tValdor Institute\tResearch\tyes\tcritical\n"
                                  "Mould Makers Ltd\tMould Makers\tBusiness\tno\tneutral\n");
  paste (table, window);
  assert_no_dialog ();
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 4);
  added = find_stakeholder (window, "Plastics Lab");
  g_assert_cmpstr (trellis_stakeholder_get_organisation (added), ==, "Valdor Institute");
  g_assert_cmpint (trellis_stakeholder_get_helix (added), ==, TRELLIS_HELIX_RESEARCH);
  g_assert_cmpint (trellis_stakeholder_get_attitude (added), ==, TRELLIS_ATTITUDE_CRITICAL);
  g_assert_true (ui_test_find (GTK_WIDGET (window), is_label_containing, "2 stakeholders added") != NULL);

  /* A hidden column is skipped: the second cell is now the helix. */
  gtk_column_view_column_set_visible (second, FALSE);
  ui_test_set_clipboard (table, "Tooling Partners\tintermediary\tno\tpositive\n");
  paste (table, window);
  assert_no_dialog ();
  added = find_stakeholder (window, "Tooling Partners");
  g_assert_nonnull (added);
  g_assert_cmpint (trellis_stakeholder_get_helix (added), ==, TRELLIS_HELIX_INTERMEDIARY);
  g_assert_cmpint (trellis_stakeholder_get_attitude (added), ==, TRELLIS_ATTITUDE_POSITIVE);
  g_assert_null (trellis_stakeholder_get_organisation (added));
}

/* An unknown value: the problem is shown, nothing changes. */
static void
test_bad_rows (void)
{
  TrellisWindow *window;
  GtkWidget *table = open_register ("bad.trellis", "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE, &window);
  TrellisProject *project = trellis_window_get_project (window);
  guint n_undo = ui_test_n_undo (window);
  AdwMessageDialog *dialog;

  ui_test_set_clipboard (table, "name\thelix\n"
                                  "Plastics Lab\tresearch\n"
                                  "Martians Inc\tinterplanetary\n");
  paste (table, window);
  dialog = ui_test_expect_dialog ("Nothing Was Pasted");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "interplanetary"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "row 3"));
  ui_test_respond (dialog, "close");
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);
  g_assert_null (find_stakeholder (window, "Plastics Lab"));
  g_assert_cmpuint (ui_test_n_undo (window), ==, n_undo);
  g_assert_false (trellis_project_get_dirty (project));
}

/* A project opened read-only takes no paste, and says why. */
static void
test_read_only (void)
{
  g_autoptr(GFile) file = write_project ("read-only.trellis");
  TrellisWindow *window;
  GtkWidget *table, *label;

  window = ui_test_open_read_only (G_APPLICATION (app), file);
  table = ui_test_show_page (window, "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE);
  ui_test_set_clipboard (table, "name\nPlastics Lab\n");
  ui_test_activate (table, "register.paste");
  label = ui_test_find_label (table, "The project is read-only: nothing can be pasted into it");
  g_assert_nonnull (label);
  ui_test_iterate_until_mapped (label);
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
}

/* Ctrl+V in the table pastes; in a field being edited it is the field's. */
static void
test_shortcut (void)
{
  TrellisWindow *window;
  GtkWidget *table = open_register ("shortcut.trellis", "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE,
                                    &window);
  GtkWidget *column_view = ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW);
  GtkWidget *search = ui_test_find_descendant (table, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *cell, *text;
  gint64 deadline;

  ui_test_set_clipboard (table, "name\nPlastics Lab\n");
  /* The search entry is outside the table: Ctrl+V there is the entry's. */
  g_assert_false (ui_test_press_shortcut (search, "<Control>v"));
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);

  /* A cell being edited keeps Ctrl+V for its text. */
  /* Its editor is made when the cell is first used. */
  cell = trellis_register_cell_get_editor (ui_test_find_descendant (column_view, TRELLIS_TYPE_REGISTER_SLOT));
  g_assert_true (GTK_IS_EDITABLE_LABEL (cell));
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell));
  ui_test_iterate_pending ();
  text = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT (text));
  ui_test_press_shortcut (text, "<Control>v");
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell), FALSE);
  ui_test_iterate_pending ();
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);

  gtk_widget_grab_focus (column_view);
  g_assert_true (ui_test_press_shortcut (column_view, "<Control>v"));
  deadline = g_get_monotonic_time () + WAIT_USEC;
  while (count_items (window, TRELLIS_TYPE_STAKEHOLDER) == 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 3);
  g_assert_nonnull (find_stakeholder (window, "Plastics Lab"));
}

static GtkSelectionModel *
table_selection (GtkWidget *table)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (ui_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW));

  return gtk_column_view_get_model (column_view);
}

static char *
copy_rows (GtkWidget *table)
{
  ui_test_iterate_pending ();
  ui_test_activate (table, "register.copy");
  return read_clipboard (table);
}

/* Copy, change, paste back: the copied values return, nothing is added. */
static void
test_copy_round_trip (void)
{
  TrellisWindow *window;
  GtkWidget *table = open_register ("copy.trellis", "actors/register", TRELLIS_TYPE_STAKEHOLDER_TABLE, &window);
  TrellisStakeholder *university = find_stakeholder (window, "Valdor University");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  /* The register's order is by name: the university is the second row. */
  gtk_selection_model_select_item (table_selection (table), 1, TRUE);
  text = copy_rows (table);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* the header, the row, after the last line end */
  g_assert_true (g_str_has_prefix (lines[0], "name\torganisation\thelix\t"));
  g_assert_true (g_str_has_prefix (lines[1], "Valdor University\t\tresearch\t"));
  g_assert_cmpstr (lines[2], ==, "");

  trellis_stakeholder_set_helix (university, TRELLIS_HELIX_GOVERNMENT);
  trellis_stakeholder_set_contact (university, "Someone");
  paste (table, window);
  assert_no_dialog ();
  g_assert_cmpuint (count_items (window, TRELLIS_TYPE_STAKEHOLDER), ==, 2);
  g_assert_cmpint (trellis_stakeholder_get_helix (university), ==, TRELLIS_HELIX_RESEARCH);
  g_assert_null (trellis_stakeholder_get_contact (university));
  g_assert_true (ui_test_find (GTK_WIDGET (window), is_label_containing, "1 stakeholder updated") != NULL);
}

/* The action plan: references by name, an outside owner, a due date. */
static void
test_actions (void)
{
  TrellisWindow *window;
  GtkWidget *table = open_register ("actions.trellis", "strategy/plan", TRELLIS_TYPE_ACTION_TABLE, &window);
  GListModel *actions = trellis_project_get_items (trellis_window_get_project (window), TRELLIS_TYPE_ACTION);
  g_autoptr(TrellisAction) added = NULL;
  g_autofree char *text = NULL;

  ui_test_set_clipboard (table, "Title\tGoal\tOwner\tDue\n"
                                  "Joint lab proposal\tMore joint research\tValdor University\t2027-04-30\n"
                                  "Press release\t\tAnna Berger\t\n");
  paste (table, window);
  assert_no_dialog ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  added = g_list_model_get_item (actions, 1);
  g_assert_cmpstr (trellis_action_get_title (added), ==, "Joint lab proposal");
  g_assert_cmpstr (trellis_goal_get_title (trellis_action_get_goal (added)), ==, "More joint research");
  g_assert_cmpuint (trellis_action_get_due (added), ==, trellis_date_from_dmy (30, 4, 2027));
  g_assert_true (ui_test_find (GTK_WIDGET (window), is_label_containing, "2 actions added") != NULL);

  /* The plan takes several rows: all three copied, then pasted back over changes. */
  gtk_selection_model_select_all (table_selection (table));
  text = copy_rows (table);
  g_assert_cmpuint (count_lines (text), ==, 4);
  g_assert_nonnull (strstr (text, "Joint lab proposal\t"));
  g_assert_nonnull (strstr (text, "\tMore joint research\t"));
  g_assert_nonnull (strstr (text, "\t2027-04-30\t"));
  trellis_action_set_due (added, trellis_date_from_dmy (1, 1, 2028));
  paste (table, window);
  assert_no_dialog ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  g_assert_cmpuint (trellis_action_get_due (added), ==, trellis_date_from_dmy (30, 4, 2027));
  /* (its toast waits behind the first one: the overlay shows one at a time) */

  ui_test_undo (window);
  ui_test_undo (window);
  ui_test_undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/paste/with-header", test_with_header);
  g_test_add_func ("/ui/paste/without-header", test_without_header);
  g_test_add_func ("/ui/paste/bad-rows", test_bad_rows);
  g_test_add_func ("/ui/paste/read-only", test_read_only);
  g_test_add_func ("/ui/paste/shortcut", test_shortcut);
  g_test_add_func ("/ui/paste/copy-round-trip", test_copy_round_trip);
  g_test_add_func ("/ui/paste/actions", test_actions);

  return ui_test_run (app, tmpdir);
}
