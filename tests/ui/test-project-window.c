/* test-project-window.c: a project's window: pages, edits, undo, save, close, locks,
 * paths /ui/project-window/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real application under Xvfb through its actions and widgets,
 * with real files in a folder of its own.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-library-view.h"
#include "trellis-project-view.h"
#include "trellis-stakeholder-grid.h"
#include "trellis-tool-page.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define ORIGINAL_CLUSTER "Polymer Valley e.V."

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static GFile *
write_project (const char     *basename,
               TrellisProject *project)
{
  return ui_test_write_project (tmpdir, basename, project);
}

static TrellisWindow *
open_window (GFile *file)
{
  return ui_test_open_window (G_APPLICATION (app), file);
}

static TrellisHeader *
window_header (TrellisWindow *window)
{
  return trellis_project_get_header (trellis_window_get_project (window));
}

static GtkEditable *
find_entry_row (TrellisWindow *window,
                const char    *title)
{
  GtkWidget *row = ui_test_find_row (GTK_WIDGET (window), title);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return GTK_EDITABLE (row);
}

/* A widget action's enabled state shows in the buttons that use it. */
static gboolean
action_enabled (TrellisWindow *window,
                const char    *action_name)
{
  GtkWidget *button = ui_test_find_action_button (GTK_WIDGET (window), action_name);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static char *
read_bytes (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return trellis_test_read_file (path);
}

static void
edit_cluster (TrellisWindow *window,
              const char    *text)
{
  gtk_editable_set_text (find_entry_row (window, "Cluster organisation"), text);
  ui_test_iterate_pending ();
}

/* Tests */

static void
test_navigation (void)
{
  g_autoptr(GFile) file = write_project ("pages.trellis", NULL);
  TrellisWindow *window = open_window (file);
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  const char *pages[] = { "potentials", "actors", "value", "strategy", "dashboard", "overview" };
  const char *questions[] = { "What potentials does the region have?", "Who needs to be involved?",
                              "Which value do we want to create for the members?",
                              "How do we develop a strategy?", "Are we on track?", NULL };
  GtkWidget *grid, *tool_page;

  g_assert_cmpstr (trellis_project_view_get_page (view), ==, "overview");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      ui_test_iterate_pending ();
      g_assert_cmpstr (trellis_project_view_get_page (view), ==, pages[i]);
      if (questions[i] != NULL)
        g_assert_true (ui_test_shows_label (GTK_WIDGET (window), questions[i]));
    }

  /* A page's tool can be named after a slash. */
  g_assert_true (trellis_project_view_set_page (view, "actors/grid"));
  g_assert_cmpstr (trellis_project_view_get_page (view), ==, "actors");
  grid = ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_STAKEHOLDER_GRID);
  tool_page = gtk_widget_get_ancestor (grid, TRELLIS_TYPE_TOOL_PAGE);
  g_assert_cmpstr (trellis_tool_page_get_view_name (TRELLIS_TOOL_PAGE (tool_page)), ==, "grid");
  g_assert_true (gtk_widget_is_visible (grid));
  trellis_project_view_set_page (view, "overview");

  /* An unknown page or tool changes nothing. */
  g_assert_false (trellis_project_view_set_page (view, "nowhere"));
  g_assert_false (trellis_project_view_set_page (view, "actors/nowhere"));
  g_assert_false (trellis_project_view_set_page (view, "overview/grid"));
  g_assert_cmpstr (trellis_project_view_get_page (view), ==, "overview");
}

static void
test_step_checklist (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Checklist");
  g_autoptr(GFile) file = write_project ("checklist.trellis", project);
  TrellisWindow *window = open_window (file);
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));

  GtkWidget *tool_page, *guide_button;

  /* A step with tools keeps its guide and checklist behind a button. */
  trellis_project_view_set_page (view, "potentials");
  ui_test_iterate_pending ();
  tool_page = ui_test_find_descendant (GTK_WIDGET (view), TRELLIS_TYPE_TOOL_PAGE);
  guide_button = ui_test_find_descendant (tool_page, GTK_TYPE_MENU_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (guide_button), ==, "How This Step Works");
  ui_test_popup (GTK_MENU_BUTTON (guide_button));
  g_assert_nonnull (ui_test_find_row (GTK_WIDGET (window), "Strengths listed"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "Step 1"));

  /* The overview's progress counts what the page lists. */
  trellis_project_add_item (trellis_window_get_project (window),
                            trellis_swot_item_new (TRELLIS_QUADRANT_STRENGTH, "Skilled people"));
  trellis_project_view_set_page (view, "overview");
  ui_test_iterate_pending ();
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "1 of 5"));
}

static void
test_edit_undo_redo (void)
{
  g_autoptr(GFile) file = write_project ("undo.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkEditable *row = find_entry_row (window, "Cluster organisation");
  const char *name = trellis_project_get_name (trellis_window_get_project (window));

  g_assert_cmpstr (gtk_editable_get_text (row), ==, ORIGINAL_CLUSTER);
  g_assert_false (action_enabled (window, "win.undo"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, name);

  edit_cluster (window, "Valley Polymers");
  g_assert_cmpstr (trellis_header_get_cluster (window_header (window)), ==, "Valley Polymers");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "*"));
  g_assert_true (action_enabled (window, "win.undo"));

  ui_test_undo (window);
  g_assert_cmpstr (trellis_header_get_cluster (window_header (window)), ==, ORIGINAL_CLUSTER);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, ORIGINAL_CLUSTER);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, name);
  g_assert_true (action_enabled (window, "win.redo"));

  ui_test_redo (window);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "Valley Polymers");

  /* Clearing a field unsets it; the required name is kept. */
  edit_cluster (window, "");
  g_assert_null (trellis_header_get_cluster (window_header (window)));
  gtk_editable_set_text (find_entry_row (window, "Name"), "  ");
  ui_test_iterate_pending ();
  g_assert_cmpstr (trellis_header_get_name (window_header (window)), ==, name);
  g_assert_true (gtk_widget_has_css_class (ui_test_find_row (GTK_WIDGET (window), "Name"), "error"));
}

/* Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y reach the project's history while an
 * entry has the focus: the entry's own text undo does not swallow them. */
static void
test_undo_keys_in_entry (void)
{
  g_autoptr(GFile) file = write_project ("undo-keys.trellis", NULL);
  TrellisWindow *window = open_window (file);
  GtkEditable *row = find_entry_row (window, "Cluster organisation");
  GtkWidget *text;

  edit_cluster (window, "Valley Polymers");
  g_assert_cmpuint (ui_test_n_undo (window), ==, 1);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  ui_test_iterate_pending ();
  text = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT (text));
  g_assert_true (gtk_widget_is_ancestor (text, GTK_WIDGET (row)));

  g_assert_true (ui_test_press_shortcut (text, "<Control>z"));
  g_assert_cmpstr (trellis_header_get_cluster (window_header (window)), ==, ORIGINAL_CLUSTER);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, ORIGINAL_CLUSTER);
  g_assert_cmpuint (ui_test_n_undo (window), ==, 0);

  g_assert_true (ui_test_press_shortcut (text, "<Shift><Control>z"));
  g_assert_cmpstr (trellis_header_get_cluster (window_header (window)), ==, "Valley Polymers");
  g_assert_true (ui_test_press_shortcut (text, "<Control>z"));
  g_assert_true (ui_test_press_shortcut (text, "<Control>y"));
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "Valley Polymers");
}

/* The focus of a window that has just opened a project is in no field, so
 * that a stray key edits nothing (a focused entry selects all its text). */
static void
assert_focus_not_editable (TrellisWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      int start = 0, end = 0;

      if (GTK_IS_EDITABLE (w))
        gtk_editable_get_selection_bounds (GTK_EDITABLE (w), &start, &end);
      if (GTK_IS_EDITABLE (w) || GTK_IS_TEXT_VIEW (w))
        g_error ("The focus is in a field (%s, %d characters selected)", G_OBJECT_TYPE_NAME (w), end - start);
    }
}

static void
test_open_focuses_no_field (void)
{
  g_autoptr(GFile) file = write_project ("open-focus.trellis", NULL);
  g_autoptr(GFile) file2 = write_project ("open-focus-2.trellis", NULL);
  TrellisWindow *window = open_window (file);
  TrellisWindow *start;

  ui_test_iterate_pending ();
  assert_focus_not_editable (window);

  /* A start window (the library) takes the project opened from it. */
  ui_test_destroy_all_windows ();
  start = trellis_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (start), 1366, 768);
  gtk_window_present (GTK_WINDOW (start));
  ui_test_iterate_until_mapped (GTK_WIDGET (start));
  /* as after choosing the project in the library's list */
  g_assert_true (gtk_widget_child_focus (ui_test_find_descendant (GTK_WIDGET (start), TRELLIS_TYPE_LIBRARY_VIEW),
                                         GTK_DIR_TAB_FORWARD));
  g_application_open (G_APPLICATION (app), &file2, 1, "");
  ui_test_iterate_pending ();
  g_assert_true (trellis_application_find_window (app, file2) == start);
  assert_focus_not_editable (start);
}

static void
test_stage_combo (void)
{
  g_autoptr(GFile) file = write_project ("stage.trellis", NULL);
  TrellisWindow *window = open_window (file);
  AdwComboRow *row = ADW_COMBO_ROW (ui_test_find_row (GTK_WIDGET (window), "Maturity stage"));
  TrellisHeader *header = window_header (window);

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, TRELLIS_STAGE_ESTABLISHMENT);
  adw_combo_row_set_selected (row, TRELLIS_STAGE_TRANSFORMATION);
  g_assert_cmpint (trellis_header_get_stage (header), ==, TRELLIS_STAGE_TRANSFORMATION);
  ui_test_undo (window);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, TRELLIS_STAGE_ESTABLISHMENT);
}

static void
test_key_questions (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("Questions");
  g_autoptr(GFile) file = write_project ("questions.trellis", project);
  TrellisWindow *window = open_window (file);
  TrellisProject *shown = trellis_window_get_project (window);
  GtkWidget *add = ui_test_find_button (GTK_WIDGET (window), "_Add Key Questions");
  g_autoptr(TrellisKeyQuestion) first = NULL;
  GtkWidget *check;

  g_assert_nonnull (add);
  g_assert_true (gtk_widget_get_visible (add));
  g_signal_emit_by_name (add, "clicked");
  ui_test_iterate_pending ();
  g_assert_cmpuint (trellis_project_count_items (shown, TRELLIS_TYPE_KEY_QUESTION), ==, 10);
  g_assert_false (gtk_widget_get_visible (add));

  /* Ticking a question off in the list sets it done. */
  first = g_list_model_get_item (trellis_project_get_items (shown, TRELLIS_TYPE_KEY_QUESTION), 0);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), trellis_key_question_get_question (first)));
  check = ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (trellis_key_question_get_done (first));

  /* The questions came as one step, and go as one. */
  ui_test_undo (window);
  g_assert_false (trellis_key_question_get_done (first));
  ui_test_undo (window);
  g_assert_cmpuint (trellis_project_count_items (shown, TRELLIS_TYPE_KEY_QUESTION), ==, 0);
  g_assert_true (gtk_widget_get_visible (add));
}

static void
test_save (void)
{
  g_autoptr(GFile) file = write_project ("save.trellis", NULL);
  TrellisWindow *window = open_window (file);
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  edit_cluster (window, "Saved Cluster");
  ui_test_activate (GTK_WIDGET (window), "win.save");
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "*"));

  reloaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_header_get_cluster (trellis_project_get_header (reloaded)), ==, "Saved Cluster");
}

static void
test_save_fails (void)
{
  g_autoptr(GFile) file = write_project ("fails.trellis", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "fails.trellis", NULL);
  g_autoptr(GFile) nowhere = g_file_new_for_path (path);
  TrellisWindow *window = open_window (file);

  edit_cluster (window, "Unsaved");
  trellis_window_set_file (window, nowhere);
  ui_test_activate (GTK_WIDGET (window), "win.save");
  ui_test_expect_dialog ("Could not save");
  g_assert_true (trellis_project_get_dirty (trellis_window_get_project (window)));
  g_assert_false (g_file_query_exists (nowhere, NULL));
}

static void
test_close_cancel_discard (void)
{
  g_autoptr(GFile) file = write_project ("close.trellis", NULL);
  g_autofree char *before = read_bytes (file);
  g_autofree char *after = NULL;
  TrellisWindow *window = open_window (file);

  edit_cluster (window, "Not Kept");
  ui_test_activate (GTK_WIDGET (window), "win.close");
  ui_test_respond (ui_test_expect_dialog ("Save Changes?"), "cancel");
  g_assert_true (trellis_application_find_window (app, file) == window);

  ui_test_activate (GTK_WIDGET (window), "win.close");
  ui_test_respond (ui_test_expect_dialog ("Save Changes?"), "discard");
  g_assert_null (trellis_application_find_window (app, file));
  after = read_bytes (file);
  g_assert_cmpstr (before, ==, after);
}

static void
test_close_save (void)
{
  g_autoptr(GFile) file = write_project ("close-save.trellis", NULL);
  g_autoptr(TrellisProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window = open_window (file);

  edit_cluster (window, "Kept");
  ui_test_activate (GTK_WIDGET (window), "win.close");
  ui_test_respond (ui_test_expect_dialog ("Save Changes?"), "save");
  g_assert_null (trellis_application_find_window (app, file));

  reloaded = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_header_get_cluster (trellis_project_get_header (reloaded)), ==, "Kept");
}

static void
test_locked_read_only (void)
{
  g_autoptr(GFile) file = write_project ("locked.trellis", NULL);
  g_autoptr(TrellisLock) lock = NULL;
  AdwMessageDialog *dialog;
  TrellisWindow *window;

  ui_test_destroy_all_windows ();
  ui_test_write_foreign_lock (file);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_null (trellis_application_find_window (app, file));
  dialog = ui_test_expect_dialog ("Is Open Elsewhere");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "someone"));
  ui_test_respond (dialog, "read-only");

  window = trellis_application_find_window (app, file);
  g_assert_nonnull (window);
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_true (trellis_window_get_read_only (window));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "Read-Only"));
  g_assert_false (action_enabled (window, "win.save"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_entry_row (window, "Cluster organisation"))));

  /* The other person's lock stays theirs. */
  lock = trellis_lock_read (file, NULL);
  g_assert_nonnull (lock);
  g_assert_cmpstr (trellis_lock_get_user (lock), ==, "someone");
}

static void
test_locked_open_anyway (void)
{
  g_autoptr(GFile) file = write_project ("stolen.trellis", NULL);
  g_autoptr(TrellisLock) lock = NULL;
  TrellisWindow *window;

  ui_test_destroy_all_windows ();
  ui_test_write_foreign_lock (file);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  ui_test_respond (ui_test_expect_dialog ("Is Open Elsewhere"), "steal");

  window = trellis_application_find_window (app, file);
  g_assert_nonnull (window);
  g_assert_false (trellis_window_get_read_only (window));
  lock = trellis_lock_read (file, NULL);
  g_assert_true (trellis_lock_is_ours (lock));

  /* Closing gives it up. */
  ui_test_destroy_all_windows ();
  g_assert_null (trellis_lock_read (file, NULL));
}

static void
test_save_as (void)
{
  g_autoptr(GFile) file = write_project ("original.trellis", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "copy.trellis", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  g_autofree char *before = read_bytes (file);
  g_autofree char *after = NULL;
  g_autoptr(TrellisLock) copy_lock = NULL;
  TrellisWindow *window = open_window (file);
  GtkWindow *chooser;

  edit_cluster (window, "Copied");
  ui_test_activate (GTK_WIDGET (window), "win.save-as");
  chooser = ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  /* Without the extension: the window adds it. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "copy");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the folder before it answers. */
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       g_file_equal (trellis_window_get_file (window), file) && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (g_file_equal (trellis_window_get_file (window), copy));
  g_assert_true (g_file_query_exists (copy, NULL));
  g_assert_false (trellis_project_get_dirty (trellis_window_get_project (window)));
  after = read_bytes (file);
  g_assert_cmpstr (before, ==, after);
  /* The lock moved with the project. */
  g_assert_null (trellis_lock_read (file, NULL));
  copy_lock = trellis_lock_read (copy, NULL);
  g_assert_true (trellis_lock_is_ours (copy_lock));
}

/* Issue 18, case 3: where no lock can be written the project opened for
 * editing, so two windows could edit it.  It opens read-only now, and Save
 * says why it cannot. */
static void
test_no_lock_opens_read_only (void)
{
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "unlockable.trellis", NULL);
  g_autoptr(GFile) lock = trellis_lock_file_for (file);
  TrellisWindow *window;

  /* A folder where the lock file should be: no lock can be made. */
  g_assert_cmpint (g_mkdir (g_file_peek_path (lock), 0700), ==, 0);
  window = open_window (file);
  g_assert_nonnull (trellis_window_get_project (window));
  g_assert_true (trellis_window_get_read_only (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Recovery copies are named by the project's UUID and its file's path. */
static guint
count_recovery_copies (const char *uuid)
{
  g_autoptr(GFile) directory = trellis_recovery_get_directory ();
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (directory), 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, uuid) && g_str_has_suffix (name, ".trellis");
  return n;
}

static void
test_autosave (void)
{
  g_autoptr(GFile) file = write_project ("autosave.trellis", NULL);
  TrellisWindow *window = open_window (file);
  TrellisProject *project = trellis_window_get_project (window);
  const char *uuid = trellis_project_get_uuid (project);
  g_autoptr(GError) error = NULL;

  /* Nothing unsaved, nothing written. */
  g_assert_true (trellis_window_autosave (window, &error));
  g_assert_cmpuint (count_recovery_copies (uuid), ==, 0);

  edit_cluster (window, "Recovered");
  g_assert_true (trellis_window_autosave (window, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_recovery_copies (uuid), ==, 1);

  ui_test_activate (GTK_WIDGET (window), "win.save");
  g_assert_cmpuint (count_recovery_copies (uuid), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/project-window/navigation", test_navigation);
  g_test_add_func ("/ui/project-window/no-lock-opens-read-only", test_no_lock_opens_read_only);
  g_test_add_func ("/ui/project-window/step-checklist", test_step_checklist);
  g_test_add_func ("/ui/project-window/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/ui/project-window/undo-keys-in-entry", test_undo_keys_in_entry);
  g_test_add_func ("/ui/project-window/open-focuses-no-field", test_open_focuses_no_field);
  g_test_add_func ("/ui/project-window/stage-combo", test_stage_combo);
  g_test_add_func ("/ui/project-window/key-questions", test_key_questions);
  g_test_add_func ("/ui/project-window/save", test_save);
  g_test_add_func ("/ui/project-window/save-fails", test_save_fails);
  g_test_add_func ("/ui/project-window/close-cancel-discard", test_close_cancel_discard);
  g_test_add_func ("/ui/project-window/close-save", test_close_save);
  g_test_add_func ("/ui/project-window/locked-read-only", test_locked_read_only);
  g_test_add_func ("/ui/project-window/locked-open-anyway", test_locked_open_anyway);
  g_test_add_func ("/ui/project-window/save-as", test_save_as);
  g_test_add_func ("/ui/project-window/autosave", test_autosave);

  return ui_test_run (app, tmpdir);
}
