/* ui-test-utils.c: helpers shared by the tests that drive real windows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define WAIT_TIMEOUT_USEC (10 * G_USEC_PER_SEC)

void
ui_test_iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
ui_test_iterate_until_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (widget));

  /* Let the first frames be laid out and drawn, which catches warnings there. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Destroys rather than closes: no window asks about unsaved changes. */
void
ui_test_destroy_all_windows (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  ui_test_iterate_pending ();
}

GtkWidget *
ui_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The mapped AdwPreferencesRow under @widget whose title is @title. */
GtkWidget *
ui_test_find_row (GtkWidget  *widget,
                  const char *title)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether a label on screen under @widget reads @text (hidden stack
 * pages are not mapped). */
gboolean
ui_test_shows_label (GtkWidget  *widget,
                     const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ui_test_shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

GtkWindow *
ui_test_find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

AdwMessageDialog *
ui_test_find_message_dialog (void)
{
  return (AdwMessageDialog *) ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/**
 * ui_test_init:
 * @tmpdir: (out): a new folder of the program's own, for its files, its
 *   registry and its user data (recovery copies)
 *
 * Calls g_test_init() and starts an application that never touches the
 * user's registry or data.
 *
 * Returns: (transfer full) (nullable): the registered application, or
 *   %NULL when there is no display (the program should exit with 77: skipped)
 */
TrellisApplication *
ui_test_init (int    *argc,
              char ***argv,
              char  **tmpdir)
{
  g_autoptr(TrellisApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *registry = NULL;

  g_test_init (argc, argv, NULL);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run (build-aux/test)\n");
      return NULL;
    }

  *tmpdir = trellis_test_make_tmpdir ();
  trellis_test_isolate_user_data (*tmpdir);
  registry = g_build_filename (*tmpdir, "registry.db", NULL);
  g_setenv ("TRELLIS_REGISTRY", registry, TRUE);
  app = trellis_application_new ("io.github.trellis.Trellis.Test",
                                 G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&app);
}

/**
 * ui_test_run:
 * @app: (transfer full): from ui_test_init()
 * @tmpdir: (transfer full): from ui_test_init()
 *
 * Runs the tests, then closes every window and deletes @tmpdir.
 *
 * Returns: the exit status of g_test_run()
 */
int
ui_test_run (TrellisApplication *app,
             char               *tmpdir)
{
  int status = g_test_run ();

  ui_test_destroy_all_windows ();
  g_object_unref (app);
  trellis_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}

/**
 * ui_test_write_project:
 * @project: (nullable): the project to save, %NULL for one with every part filled
 *
 * Returns: (transfer full): the file @basename in @tmpdir, holding @project
 */
GFile *
ui_test_write_project (const char     *tmpdir,
                       const char     *basename,
                       TrellisProject *project)
{
  g_autoptr(TrellisProject) full = project == NULL ? trellis_test_build_full_project () : NULL;
  g_autofree char *path = g_build_filename (tmpdir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  trellis_project_save (project != NULL ? project : full, file, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

/**
 * ui_test_open_window:
 *
 * Closes every window, then opens @file as the user would, in a window of
 * the size of the tests' screen (1366×768, a laptop's), and waits until it
 * is shown.
 *
 * Returns: (transfer none): the window
 */
TrellisWindow *
ui_test_open_window (GApplication *app,
                     GFile        *file)
{
  TrellisWindow *window;

  ui_test_destroy_all_windows ();
  g_application_open (app, &file, 1, "");
  window = trellis_application_find_window (TRELLIS_APPLICATION (app), file);
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  return window;
}

/**
 * ui_test_expect_dialog:
 * @heading_part: what its heading says, or part of it
 *
 * Returns: (transfer none): the message dialog shown, once it is drawn
 *   (answered before, it would warn as it goes)
 */
AdwMessageDialog *
ui_test_expect_dialog (const char *heading_part)
{
  AdwMessageDialog *dialog = ui_test_find_message_dialog ();

  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), heading_part));
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  return dialog;
}

/**
 * ui_test_respond:
 *
 * Answers @dialog with @response and closes it, as its button would.
 */
void
ui_test_respond (AdwMessageDialog *dialog,
                 const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  ui_test_iterate_pending ();
}

/**
 * ui_test_write_foreign_lock:
 *
 * Locks @file as another user on another computer would: a lock that is
 * always live.
 */
void
ui_test_write_foreign_lock (GFile *file)
{
  g_autoptr(GFile) lock_file = trellis_lock_file_for (file);
  g_autofree char *path = g_file_get_path (lock_file);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "[Lock]\nuser=someone\nhost=elsewhere.example\npid=4242\n"
                             "time=2026-12-01T08:00:00Z\n", -1, &error);
  g_assert_no_error (error);
}

/**
 * ui_test_open_read_only:
 *
 * Opens @file while someone else has it open, and answers the question
 * with "Open Read-Only", as the user would.
 *
 * Returns: (transfer none): the read-only window
 */
TrellisWindow *
ui_test_open_read_only (GApplication *app,
                        GFile        *file)
{
  AdwMessageDialog *dialog;
  TrellisWindow *window;

  ui_test_destroy_all_windows ();
  ui_test_write_foreign_lock (file);
  g_application_open (app, &file, 1, "");
  dialog = ui_test_expect_dialog ("Is Open Elsewhere");
  ui_test_respond (dialog, "read-only");

  window = trellis_application_find_window (TRELLIS_APPLICATION (app), file);
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_true (trellis_window_get_read_only (window));
  return window;
}
