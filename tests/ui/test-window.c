/* test-window.c: the application opens projects in windows, paths /ui/window/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: meson runs the suite under xvfb-run (build-aux/test);
 * without one the program exits 77 and meson reports it skipped.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-library-view.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static guint
count_trellis_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    n += TRELLIS_IS_WINDOW (l->data);

  return n;
}

static TrellisWindow *
get_only_window (void)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (count_trellis_windows (), ==, 1);
  g_assert_true (TRELLIS_IS_WINDOW (windows->data));
  return windows->data;
}

static gboolean
is_text_reading (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_TEXT (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0;
}

/* Whether a text entry on screen under @widget holds @text. */
static gboolean
shows_editable_text (GtkWidget  *widget,
                     const char *text)
{
  return ui_test_find_mapped (widget, is_text_reading, text) != NULL;
}

static GFile *
write_project (const char *basename)
{
  return ui_test_write_project (tmpdir, basename, NULL);
}

static GFile *
write_broken (const char *basename)
{
  g_autofree char *path = g_build_filename (tmpdir, basename, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "<trellis", -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
open_file (GFile *file)
{
  g_application_open (G_APPLICATION (app), &file, 1, "");
}

static void
assert_error_dialog (const char *basename,
                     GtkWindow  *parent)
{
  AdwMessageDialog *dialog = ui_test_find_message_dialog ();

  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), basename));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), basename));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
}

/* Tests */

static void
test_open (void)
{
  g_autoptr(GFile) file = write_project ("full.trellis");
  TrellisWindow *window;
  AdwWindowTitle *title;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (file);

  window = get_only_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_true (g_file_equal (trellis_window_get_file (window), file));
  g_assert_nonnull (trellis_window_get_project (window));

  title = ADW_WINDOW_TITLE (ui_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Test & <Cluster> “quoted”");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "full.trellis");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Test & <Cluster> “quoted”");
  /* Shown as text, not parsed as markup. */
  g_assert_true (ui_test_shows_label (GTK_WIDGET (title), "Test & <Cluster> “quoted”"));
}

static void
test_overview (void)
{
  g_autoptr(GFile) file = write_project ("overview.trellis");
  GtkWidget *window;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (file);
  window = GTK_WIDGET (get_only_window ());
  ui_test_iterate_until_mapped (window);

  /* The details are in editable rows, the stage in a combo row. */
  g_assert_true (shows_editable_text (window, "Polymer Valley e.V."));
  g_assert_true (shows_editable_text (window, "Upper Austria"));
  g_assert_true (shows_editable_text (window, "Plastics"));
  g_assert_true (ui_test_shows_label (window, "Establishment"));
  /* The progress of each step, numbered. */
  g_assert_true (ui_test_shows_label (window, "1 · Potentials"));
  g_assert_true (ui_test_shows_label (window, "4 · Strategy"));
  g_assert_false (gtk_widget_get_mapped (ui_test_find_descendant (window, TRELLIS_TYPE_LIBRARY_VIEW)));
}

static void
test_open_twice (void)
{
  g_autoptr(GFile) file = write_project ("twice.trellis");
  g_autofree char *dotted = g_build_filename (tmpdir, ".", "twice.trellis", NULL);
  g_autoptr(GFile) same = g_file_new_for_path (dotted);
  TrellisWindow *window;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (file);
  window = get_only_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));

  open_file (same);
  g_assert_true (get_only_window () == window);
  open_file (file);
  g_assert_true (get_only_window () == window);
}

static void
test_open_two_files (void)
{
  g_autoptr(GFile) first = write_project ("first.trellis");
  g_autoptr(GFile) second = write_project ("second.trellis");
  GFile *files[] = { first, second };

  ui_test_destroy_app_windows (G_APPLICATION (app));
  g_application_open (G_APPLICATION (app), files, G_N_ELEMENTS (files), "");
  g_assert_cmpuint (count_trellis_windows (), ==, 2);
}

static void
test_open_broken (void)
{
  g_autoptr(GFile) file = write_project ("good.trellis");
  g_autoptr(GFile) broken = write_broken ("broken.trellis");
  TrellisWindow *window;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (file);
  window = get_only_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));

  open_file (broken);
  g_assert_true (get_only_window () == window);
  assert_error_dialog ("broken.trellis", GTK_WINDOW (window));
}

static void
test_open_broken_alone (void)
{
  g_autoptr(GFile) broken = write_broken ("alone.trellis");
  g_autoptr(GFile) file = write_project ("after.trellis");
  TrellisWindow *window;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (broken);

  /* No project window, but a start window to carry the error and to stay open. */
  window = get_only_window ();
  g_assert_null (trellis_window_get_project (window));
  g_assert_null (trellis_window_get_file (window));
  assert_error_dialog ("alone.trellis", GTK_WINDOW (window));

  /* The start window takes the next project. */
  open_file (file);
  g_assert_true (get_only_window () == window);
  g_assert_true (g_file_equal (trellis_window_get_file (window), file));
}

static void
test_open_many_problems (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "many.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) xml = g_string_new ("<trellis xmlns=\"" TRELLIS_FILE_NAMESPACE "\" "
                                         "format-version=\"1.0\">\n"
                                         "<header uuid=\"11111111-1111-4111-8111-111111111111\" "
                                         "name=\"Many\"/>\n<swot>\n");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  AdwMessageDialog *dialog;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (xml, "<swot-item uuid=\"22222222-2222-4222-8222-%012u\" "
                                 "quadrant=\"bogus\"><text>x</text></swot-item>\n", i);
  g_string_append (xml, "</swot>\n</trellis>\n");
  g_file_set_contents (path, xml->str, -1, &error);
  g_assert_no_error (error);

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (file);
  assert_error_dialog ("many.trellis", GTK_WINDOW (get_only_window ()));

  /* The dialog keeps the first problems, counts the others, and fits on screen. */
  dialog = ui_test_find_message_dialog ();
  lines = g_strsplit (adw_message_dialog_get_body (dialog), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), <=, 6);
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (dialog), "more problems"));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <, 600);
}

static void
test_start_window (void)
{
  TrellisWindow *window;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = get_only_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_null (trellis_window_get_project (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Trellis");
  g_assert_true (gtk_widget_get_mapped (ui_test_find_descendant (GTK_WIDGET (window),
                                                         TRELLIS_TYPE_LIBRARY_VIEW)));

  g_application_activate (G_APPLICATION (app));
  g_assert_true (get_only_window () == window);
}

static void
test_close_action (void)
{
  g_autoptr(GFile) file = write_project ("close.trellis");

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (file);
  ui_test_iterate_until_mapped (GTK_WIDGET (get_only_window ()));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_only_window ()), "win.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (count_trellis_windows (), ==, 0);
}

/* Without a portal GtkFileChooserNative shows a GtkFileChooserDialog, which
 * the test can answer. */
static void
test_open_action (void)
{
  g_autoptr(GFile) file = write_project ("chosen.trellis");
  GtkWindow *chooser;
  GtkFileFilter *filter;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  ui_test_iterate_until_mapped (GTK_WIDGET (get_only_window ()));

  g_action_group_activate_action (G_ACTION_GROUP (app), "open", NULL);
  chooser = ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (filter);
  g_assert_cmpstr (gtk_file_filter_get_name (filter), ==, "Trellis Projects");

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (trellis_window_get_project (get_only_window ()));
}

static void
test_about_action (void)
{
  GtkWindow *about;

  ui_test_destroy_app_windows (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);

  about = ui_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_true (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)) == GTK_LICENSE_GPL_3_0);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (get_only_window ()));
}

static void
test_quit_action (void)
{
  g_autoptr(GFile) first = write_project ("quit-1.trellis");
  g_autoptr(GFile) second = write_project ("quit-2.trellis");

  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (first);
  open_file (second);
  g_assert_cmpuint (count_trellis_windows (), ==, 2);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (count_trellis_windows (), ==, 0);
}

static void
test_accels (void)
{
  const char *expected[][2] = {
    { "app.open", "<Control>o" },
    { "app.quit", "<Control>q" },
    { "win.close", "<Control>w" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i][0]);

      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i][1]));
    }
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  g_test_add_func ("/ui/window/open", test_open);
  g_test_add_func ("/ui/window/overview", test_overview);
  g_test_add_func ("/ui/window/open-twice", test_open_twice);
  g_test_add_func ("/ui/window/open-two-files", test_open_two_files);
  g_test_add_func ("/ui/window/open-broken", test_open_broken);
  g_test_add_func ("/ui/window/open-broken-alone", test_open_broken_alone);
  g_test_add_func ("/ui/window/open-many-problems", test_open_many_problems);
  g_test_add_func ("/ui/window/start-window", test_start_window);
  g_test_add_func ("/ui/window/close-action", test_close_action);
  g_test_add_func ("/ui/window/open-action", test_open_action);
  g_test_add_func ("/ui/window/about-action", test_about_action);
  g_test_add_func ("/ui/window/quit-action", test_quit_action);
  g_test_add_func ("/ui/window/accels", test_accels);

  return ui_test_run (app, tmpdir);
}
