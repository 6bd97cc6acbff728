/* test-library.c: the start window lists the registered projects, paths /ui/library/<case>
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: meson runs the suite under xvfb-run (build-aux/test);
 * without one the program exits 77 and meson reports it skipped. The
 * registry is a file in a temporary folder ($TRELLIS_REGISTRY).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-library-view.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"

#define WAIT_TIMEOUT_USEC (10 * G_USEC_PER_SEC)

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static void
iterate_until_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (widget));

  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
destroy_all_windows (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static TrellisWindow *
get_only_window (void)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_nonnull (windows);
  g_assert_null (windows->next);
  g_assert_true (TRELLIS_IS_WINDOW (windows->data));
  return windows->data;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether a label on screen under @widget reads @text. */
static gboolean
shows_label (GtkWidget  *widget,
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
      if (shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static GFile *
write_project (const char *basename,
               const char *name)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();
  g_autofree char *path = g_build_filename (tmpdir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_object_set (trellis_project_get_header (project), "name", name, NULL);
  trellis_project_save (project, file, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
open_file (GFile *file)
{
  g_application_open (G_APPLICATION (app), &file, 1, "");
}

static TrellisRegistry *
get_registry (void)
{
  g_autoptr(GError) error = NULL;
  TrellisRegistry *registry = trellis_application_get_registry (app, &error);

  g_assert_no_error (error);
  g_assert_nonnull (registry);
  return registry;
}

static void
clear_registry (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = trellis_registry_list (get_registry (), &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(GFile) file = trellis_registry_entry_dup_file (entries->pdata[i]);

      trellis_registry_remove (get_registry (), file, &error);
      g_assert_no_error (error);
    }
}

/* A new start window, mapped. */
static TrellisWindow *
show_start_window (void)
{
  TrellisWindow *window;

  destroy_all_windows ();
  g_application_activate (G_APPLICATION (app));
  window = get_only_window ();
  iterate_until_mapped (GTK_WIDGET (window));
  g_assert_null (trellis_window_get_project (window));
  return window;
}

static GListModel *
get_list_model (TrellisWindow *window)
{
  GtkWidget *list_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);

  g_assert_nonnull (list_view);
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
}

static const char *
get_entry_name (GListModel *model,
                guint       position)
{
  g_autoptr(TrellisRegistryEntry) entry = g_list_model_get_item (model, position);

  g_assert_nonnull (entry);
  /* The list store keeps its own reference. */
  return trellis_registry_entry_get_name (entry);
}

/* Types @text into the search entry and waits for the debounced search. */
static void
search (TrellisWindow *window,
        const char    *text,
        guint          n_expected)
{
  GtkWidget *entry = find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  GListModel *model = get_list_model (window);
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_get_mapped (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (g_list_model_get_n_items (model) != n_expected && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Opens two projects, the second one last: it comes first in the library. */
static void
open_two_projects (GFile **danube,
                   GFile **timber)
{
  clear_registry ();
  *danube = write_project ("danube.trellis", "Danube Food Cluster");
  *timber = write_project ("timber.trellis", "Northern Timber Network");
  destroy_all_windows ();
  open_file (*danube);
  open_file (*timber);
}

/* Tests */

static void
test_empty (void)
{
  TrellisWindow *window;
  GtkWidget *entry;

  clear_registry ();
  window = show_start_window ();

  g_assert_cmpuint (g_list_model_get_n_items (get_list_model (window)), ==, 0);
  g_assert_true (shows_label (GTK_WIDGET (window), "No Projects Yet"));
  g_assert_false (shows_label (GTK_WIDGET (window), "No Projects Found"));
  entry = find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_false (gtk_widget_get_mapped (entry));
}

static void
test_registers_opened (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  open_two_projects (&danube, &timber);

  entry = trellis_registry_lookup (get_registry (), danube, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Danube Food Cluster");
  g_assert_nonnull (trellis_registry_entry_get_last_opened (entry));
}

static void
test_lists_opened (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  TrellisWindow *window;
  GListModel *model;

  open_two_projects (&danube, &timber);
  window = show_start_window ();
  model = get_list_model (window);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (get_entry_name (model, 0), ==, "Northern Timber Network");
  g_assert_cmpstr (get_entry_name (model, 1), ==, "Danube Food Cluster");
  g_assert_true (shows_label (GTK_WIDGET (window), "Danube Food Cluster"));
  g_assert_true (shows_label (GTK_WIDGET (window), "Northern Timber Network"));
  /* Cluster · region · stage of trellis_test_build_full_project () */
  g_assert_true (shows_label (GTK_WIDGET (window),
                              "Polymer Valley e.V. · Upper Austria · Establishment"));
  g_assert_false (shows_label (GTK_WIDGET (window), "Missing"));
  g_assert_false (shows_label (GTK_WIDGET (window), "No Projects Yet"));
}

static void
test_search (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  TrellisWindow *window;

  open_two_projects (&danube, &timber);
  window = show_start_window ();

  search (window, "danu", 1);
  g_assert_cmpstr (get_entry_name (get_list_model (window), 0), ==, "Danube Food Cluster");
  g_assert_false (shows_label (GTK_WIDGET (window), "Northern Timber Network"));

  search (window, "nowhere", 0);
  g_assert_true (shows_label (GTK_WIDGET (window), "No Projects Found"));
  g_assert_false (shows_label (GTK_WIDGET (window), "No Projects Yet"));

  search (window, "", 2);
  g_assert_false (shows_label (GTK_WIDGET (window), "No Projects Found"));
}

static void
test_activate (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  TrellisWindow *window;
  GtkWidget *list_view;

  open_two_projects (&danube, &timber);
  window = show_start_window ();
  search (window, "danube", 1);

  list_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  g_signal_emit_by_name (list_view, "activate", 0);

  /* The start window takes the project. */
  g_assert_true (get_only_window () == window);
  g_assert_nonnull (trellis_window_get_project (window));
  g_assert_true (g_file_equal (trellis_window_get_file (window), danube));
}

static void
test_missing (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window;

  open_two_projects (&danube, &timber);
  g_file_delete (danube, NULL, &error);
  g_assert_no_error (error);
  trellis_registry_rebuild (get_registry (), &error);
  g_assert_no_error (error);

  window = show_start_window ();
  g_assert_cmpuint (g_list_model_get_n_items (get_list_model (window)), ==, 2);
  g_assert_true (shows_label (GTK_WIDGET (window), "Missing"));
}

static void
test_error (void)
{
  g_autoptr(GError) error = g_error_new_literal (TRELLIS_REGISTRY_ERROR,
                                                 TRELLIS_REGISTRY_ERROR_NEWER_SCHEMA,
                                                 "Written by a <newer> Trellis");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = trellis_library_view_new ();

  gtk_window_set_child (GTK_WINDOW (window), view);
  trellis_library_view_show_error (TRELLIS_LIBRARY_VIEW (view), error);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until_mapped (window);

  g_assert_true (shows_label (window, "Could Not Read the Project Library"));
  g_assert_true (shows_label (window, "Written by a <newer> Trellis"));
  g_assert_false (shows_label (window, "No Projects Yet"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
remove_tmpdir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *registry = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run (build-aux/test)\n");
      return 77;
    }

  tmpdir = trellis_test_make_tmpdir ();
  registry = g_build_filename (tmpdir, "registry.db", NULL);
  g_setenv ("TRELLIS_REGISTRY", registry, TRUE);
  app = trellis_application_new ("io.github.trellis.Trellis.Test",
                                 G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/library/empty", test_empty);
  g_test_add_func ("/ui/library/registers-opened", test_registers_opened);
  g_test_add_func ("/ui/library/lists-opened", test_lists_opened);
  g_test_add_func ("/ui/library/search", test_search);
  g_test_add_func ("/ui/library/activate", test_activate);
  g_test_add_func ("/ui/library/missing", test_missing);
  g_test_add_func ("/ui/library/error", test_error);
  status = g_test_run ();

  destroy_all_windows ();
  g_clear_object (&app);
  remove_tmpdir ();
  g_free (tmpdir);
  return status;
}
