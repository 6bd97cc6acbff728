/* test-workshop.c: templates and workshop sessions in a real window, paths /ui/workshop/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves the sample as a template through Save as Template…, creates a
 * project from it in the New Project dialog and deletes it there; runs a
 * workshop session: the header's indicator, the log dialog's list
 * following edits and undo, and ending the session.
 */

#include "config.h"

#include <string.h>

#include "trellis-new-project-dialog.h"
#include "trellis-workshop-log-dialog.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

static TrellisWindow *
open_sample (const char *name)
{
  g_autofree char *path = trellis_test_sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisProject) project = trellis_project_load (sample, &error);
  g_autoptr(GFile) file = NULL;
  TrellisWindow *window;

  g_assert_no_error (error);
  file = ui_test_write_project (tmpdir, name, project);
  window = ui_test_open_window (G_APPLICATION (app), file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  return window;
}

static void
click_delete (GtkWidget *row)
{
  GtkWidget *button = ui_test_find_descendant (row, GTK_TYPE_BUTTON);

  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Delete Template"));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate_pending ();
}

static void
test_template (void)
{
  g_autofree char *templates = g_build_filename (tmpdir, "templates", NULL);
  g_autofree char *template_path = g_build_filename (templates, "year-one.trellis", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  g_autoptr(GFile) made = NULL;
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window;
  AdwMessageDialog *message;
  TrellisNewProjectDialog *dialog;
  GtkWidget *row, *name_row;

  g_setenv ("TRELLIS_TEMPLATE_DIR", templates, TRUE);
  window = open_sample ("for-template.trellis");
  ui_test_activate (GTK_WIDGET (window), "win.save-as-template");
  message = ui_test_expect_dialog ("Save as Template");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "leaves out people and numbers"));
  row = ui_test_find_row (GTK_WIDGET (message), "Template Name");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Year One");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (message), "What It Is For")),
                         "Our first year");
  ui_test_respond (message, "save");
  g_assert_true (g_file_test (template_path, G_FILE_TEST_EXISTS));

  /* The New Project dialog lists it beside the built-in ones. */
  dialog = TRELLIS_NEW_PROJECT_DIALOG (trellis_new_project_dialog_new (GTK_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  trellis_new_project_dialog_set_folder (dialog, folder);
  g_assert_nonnull (ui_test_find_row (GTK_WIDGET (dialog), "Worked Sample"));
  row = ui_test_find_row (GTK_WIDGET (dialog), "Year One");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Our first year"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "17 SWOT notes"));
  name_row = ui_test_find_row (GTK_WIDGET (dialog), "Project Name");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Lakeside Cluster");
  adw_action_row_activate (ADW_ACTION_ROW (row));
  made = trellis_new_project_dialog_dup_file (dialog);

  /* Delete asks first; Cancel keeps it. */
  click_delete (row);
  ui_test_respond (ui_test_expect_dialog ("Delete “Year One”?"), "cancel");
  g_assert_true (g_file_test (template_path, G_FILE_TEST_EXISTS));

  ui_test_activate (GTK_WIDGET (dialog), "new-project.create");
  ui_test_iterate_pending ();
  project = trellis_project_load (made, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_project_get_name (project), ==, "Lakeside Cluster");
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_SWOT_ITEM), ==, 17);
  g_assert_cmpuint (trellis_project_count_items (project, TRELLIS_TYPE_STAKEHOLDER), ==, 0);

  /* Deleting from a new dialog removes the file and the row. */
  dialog = TRELLIS_NEW_PROJECT_DIALOG (trellis_new_project_dialog_new (GTK_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  row = ui_test_find_row (GTK_WIDGET (dialog), "Year One");
  click_delete (row);
  ui_test_respond (ui_test_expect_dialog ("Delete “Year One”?"), "delete");
  g_assert_false (g_file_test (template_path, G_FILE_TEST_EXISTS));
  g_assert_null (ui_test_find_row (GTK_WIDGET (dialog), "Year One"));
  g_unsetenv ("TRELLIS_TEMPLATE_DIR");
  ui_test_destroy_all_windows ();
}

static TrellisWorkshopLogDialog *
find_log_dialog (void)
{
  return (TrellisWorkshopLogDialog *) ui_test_find_toplevel (TRELLIS_TYPE_WORKSHOP_LOG_DIALOG);
}

static guint
n_rows (TrellisWorkshopLogDialog *dialog)
{
  GtkWidget *list = ui_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))));
}

static void
test_session (void)
{
  TrellisWindow *window = open_sample ("workshop.trellis");
  TrellisProject *project = trellis_window_get_project (window);
  g_autoptr(TrellisSwotItem) note = trellis_swot_item_new (TRELLIS_QUADRANT_THREAT, "Energy prices");
  TrellisWorkshopLogDialog *dialog;
  AdwMessageDialog *message;
  GtkWidget *indicator;
  GListModel *sessions;

  g_assert_null (ui_test_find_mapped_action_button (GTK_WIDGET (window), "win.workshop-log"));
  ui_test_activate (GTK_WIDGET (window), "win.start-workshop");
  message = ui_test_expect_dialog ("Start Workshop Session");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (GTK_WIDGET (message), "Session Name")),
                         "SWOT morning");
  ui_test_respond (message, "start");
  ui_test_iterate_pending ();
  indicator = ui_test_find_mapped_action_button (GTK_WIDGET (window), "win.workshop-log");
  g_assert_nonnull (indicator);

  g_signal_emit_by_name (indicator, "clicked");
  ui_test_iterate_pending ();
  dialog = find_log_dialog ();
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "Nothing Changed Yet"));

  trellis_project_add_item (project, note);
  ui_test_iterate_pending ();
  g_assert_cmpuint (n_rows (dialog), ==, 1);
  g_assert_false (ui_test_shows_label (GTK_WIDGET (dialog), "Nothing Changed Yet"));
  ui_test_undo (window);
  g_assert_cmpuint (n_rows (dialog), ==, 0);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (dialog), "Nothing Changed Yet"));
  ui_test_redo (window);
  g_assert_cmpuint (n_rows (dialog), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  ui_test_activate (GTK_WIDGET (window), "win.end-workshop");
  ui_test_iterate_pending ();
  g_assert_null (ui_test_find_mapped_action_button (GTK_WIDGET (window), "win.workshop-log"));
  sessions = trellis_project_get_items (project, TRELLIS_TYPE_WORKSHOP_SESSION);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);

  /* The log of the past session still opens from the menu. */
  ui_test_activate (GTK_WIDGET (window), "win.workshop-log");
  dialog = find_log_dialog ();
  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  g_assert_cmpuint (n_rows (dialog), ==, 1);
  ui_test_destroy_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);
  if (app == NULL)
    return 77;

  g_test_add_func ("/ui/workshop/template", test_template);
  g_test_add_func ("/ui/workshop/session", test_session);

  return ui_test_run (app, tmpdir);
}
