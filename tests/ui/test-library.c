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

#include <string.h>

#include <glib/gstdio.h>

#include "trellis-application.h"
#include "trellis-library-row.h"
#include "trellis-library-view.h"
#include "trellis-new-project-dialog.h"
#include "trellis-window.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define WAIT_TIMEOUT_USEC (10 * G_USEC_PER_SEC)

static TrellisApplication *app;
static char *tmpdir;

/* Helpers */

static TrellisWindow *
get_only_window (void)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_nonnull (windows);
  g_assert_null (windows->next);
  g_assert_true (TRELLIS_IS_WINDOW (windows->data));
  return windows->data;
}

static gboolean
is_library_list (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "library-list");
}

/* The project list, not the list in the sort dropdown's popover. */
static GtkWidget *
find_library_list (GtkWidget *widget)
{
  return ui_test_find (widget, is_library_list, NULL);
}

typedef struct
{
  GType       type;
  const char *title;
} RowQuery;

static gboolean
is_row (GtkWidget     *widget,
        gconstpointer  data)
{
  const RowQuery *query = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, query->type)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), query->title) == 0;
}

/* The first row of @type under @widget titled @title (an AdwEntryRow, AdwActionRow…). */
static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  RowQuery query = { type, title };

  return ui_test_find (widget, is_row, &query);
}

/* Waits until a mapped button labelled @label shows under @widget (toasts slide in). */
static GtkWidget *
wait_for_button (GtkWidget  *widget,
                 const char *label)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  GtkWidget *button;

  while (!(button = ui_test_find_mapped_button (widget, label)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (button);
  return button;
}

static void
wait_for_label (GtkWidget  *widget,
                const char *text)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  while (!ui_test_shows_label (widget, text) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (ui_test_shows_label (widget, text));
}

/* gtk_widget_activate () would click only after a 250 ms animation. */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
iterate_a_little (void)
{
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static GFile *
write_project (const char *basename,
               const char *name)
{
  g_autoptr(TrellisProject) project = trellis_test_build_full_project ();

  trellis_header_set_name (trellis_project_get_header (project), name);
  return ui_test_write_project (tmpdir, basename, project);
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

  ui_test_destroy_app_windows (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = get_only_window ();
  ui_test_iterate_until_mapped (GTK_WIDGET (window));
  g_assert_null (trellis_window_get_project (window));
  return window;
}

static GListModel *
get_list_model (TrellisWindow *window)
{
  GtkWidget *list_view = find_library_list (GTK_WIDGET (window));

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
  GtkWidget *entry = ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
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
  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (*danube);
  open_file (*timber);
}

static TrellisLibraryView *
get_library_view (TrellisWindow *window)
{
  GtkWidget *view = ui_test_find_descendant (GTK_WIDGET (window), TRELLIS_TYPE_LIBRARY_VIEW);

  g_assert_nonnull (view);
  return TRELLIS_LIBRARY_VIEW (view);
}

static gboolean
is_library_row (GtkWidget     *widget,
                gconstpointer  name)
{
  TrellisRegistryEntry *entry;

  if (!TRELLIS_IS_LIBRARY_ROW (widget))
    return FALSE;
  entry = trellis_library_row_get_entry (TRELLIS_LIBRARY_ROW (widget));
  return entry != NULL && g_strcmp0 (trellis_registry_entry_get_name (entry), name) == 0;
}

/* The row on screen that shows the project named @name. */
static GtkWidget *
find_library_row (GtkWidget  *widget,
                  const char *name)
{
  return ui_test_find (widget, is_library_row, name);
}

static TrellisRegistryEntry *
lookup_entry (GFile *file)
{
  g_autoptr(GError) error = NULL;
  TrellisRegistryEntry *entry = trellis_registry_lookup (get_registry (), file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entry);
  return entry;
}

static void
assert_not_registered (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrellisRegistryEntry) entry = trellis_registry_lookup (get_registry (), file, &error);

  g_assert_error (error, TRELLIS_REGISTRY_ERROR, TRELLIS_REGISTRY_ERROR_NOT_FOUND);
  g_assert_null (entry);
}

/* Opens the dialog through app.new-project from a start window, the
 * projects going to the test's folder. */
static TrellisNewProjectDialog *
show_new_project_dialog (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  TrellisNewProjectDialog *dialog = NULL;
  GList *toplevels;

  show_start_window ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-project", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TRELLIS_IS_NEW_PROJECT_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);

  g_assert_nonnull (dialog);
  ui_test_iterate_until_mapped (GTK_WIDGET (dialog));
  trellis_new_project_dialog_set_folder (dialog, folder);
  return dialog;
}

static void
type_project_name (TrellisNewProjectDialog *dialog,
                   const char              *name)
{
  GtkWidget *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Project Name");

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), name);
  iterate_a_little ();
}

static GtkWidget *
get_create_button (TrellisNewProjectDialog *dialog)
{
  GtkWidget *button = ui_test_find_mapped_button (GTK_WIDGET (dialog), "C_reate");

  g_assert_nonnull (button);
  return button;
}

static gboolean
dialog_is_open (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    found |= TRELLIS_IS_NEW_PROJECT_DIALOG (l->data);
  g_list_free (toplevels);
  return found;
}

static void
set_default_facilitator (const char *facilitator)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.trellis.Trellis");

  g_settings_set_string (settings, "default-facilitator", facilitator);
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
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "No Projects Yet"));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "No Projects Found"));
  entry = ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
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
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "Danube Food Cluster"));
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "Northern Timber Network"));
  /* Cluster · region · stage of trellis_test_build_full_project () */
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window),
                              "Polymer Valley e.V. · Upper Austria · Establishment"));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "Missing"));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "No Projects Yet"));
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
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "Northern Timber Network"));

  search (window, "nowhere", 0);
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "No Projects Found"));
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "No Projects Yet"));

  search (window, "", 2);
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "No Projects Found"));
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

  list_view = find_library_list (GTK_WIDGET (window));
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
  g_assert_true (ui_test_shows_label (GTK_WIDGET (window), "Missing"));
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
  ui_test_iterate_until_mapped (window);

  g_assert_true (ui_test_shows_label (window, "Could Not Read the Project Library"));
  g_assert_true (ui_test_shows_label (window, "Written by a <newer> Trellis"));
  g_assert_false (ui_test_shows_label (window, "No Projects Yet"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 18, case 8: a damaged registry was replaced by an empty one and
 * the window said nothing.  It says, once, that the list was rebuilt. */
static void
test_rebuilt_told (void)
{
  g_autofree char *dir = trellis_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "damaged.db", NULL);
  g_autofree char *base = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(TrellisRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = trellis_library_view_new ();

  g_assert_true (g_file_set_contents (db_path, "not a database at all", -1, NULL));
  registry = trellis_registry_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (trellis_registry_get_recovered_from (registry));

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  trellis_library_view_set_registry (TRELLIS_LIBRARY_VIEW (view), registry);
  ui_test_iterate_until_mapped (window);
  ui_test_iterate_pending ();
  base = g_path_get_basename (trellis_registry_get_recovered_from (registry));
  expected = g_strdup_printf ("The project list was damaged and has been rebuilt, with 0 projects found "
                              "again; the damaged list is kept as “%s”", base);
  g_assert_true (g_str_has_prefix (base, "damaged.db.corrupt-"));
  g_assert_true (ui_test_shows_label (window, expected));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Creates @name from the template row titled @template_title through the
 * dialog's own widgets; returns the file written, as the window shows it. */
static TrellisProject *
create_through_dialog (const char  *name,
                       const char  *template_title,
                       GFile      **out_file)
{
  TrellisNewProjectDialog *dialog = show_new_project_dialog ();
  GtkWidget *template_row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, template_title);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  TrellisProject *project;
  TrellisWindow *window;

  g_assert_nonnull (template_row);
  type_project_name (dialog, name);
  adw_action_row_activate (ADW_ACTION_ROW (template_row));
  file = trellis_new_project_dialog_dup_file (dialog);
  g_assert_false (g_file_query_exists (file, NULL));

  click (get_create_button (dialog));
  iterate_a_little ();

  g_assert_false (dialog_is_open ());
  g_assert_true (g_file_query_exists (file, NULL));
  /* The start window took the new project, as any file opened. */
  window = get_only_window ();
  g_assert_nonnull (trellis_window_get_project (window));
  g_assert_true (g_file_equal (trellis_window_get_file (window), file));

  project = trellis_project_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trellis_project_get_name (project), ==, name);
  *out_file = g_steal_pointer (&file);
  return project;
}

static const char *
get_facilitator (TrellisProject *project)
{
  return trellis_header_get_facilitator (trellis_project_get_header (project));
}

static void
test_new_project_templates (void)
{
  g_autoptr(TrellisProject) blank = NULL;
  g_autoptr(TrellisProject) guided = NULL;
  g_autoptr(TrellisProject) sample = NULL;
  g_autoptr(GFile) blank_file = NULL;
  g_autoptr(GFile) guided_file = NULL;
  g_autoptr(GFile) sample_file = NULL;
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autofree char *blank_path = g_build_filename (tmpdir, "Blank Valley.trellis", NULL);

  clear_registry ();
  set_default_facilitator ("Ana Facilitator");

  blank = create_through_dialog ("Blank Valley", "Blank", &blank_file);
  g_assert_cmpuint (trellis_project_count_items (blank, TRELLIS_TYPE_KEY_QUESTION), ==, 0);
  g_assert_cmpstr (get_facilitator (blank), ==, "Ana Facilitator");
  g_assert_cmpstr (g_file_peek_path (blank_file), ==, blank_path);
  entry = lookup_entry (blank_file);
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Blank Valley");

  guided = create_through_dialog ("Guided / Kick-off", "Guided Initiation", &guided_file);
  g_assert_cmpuint (trellis_project_count_items (guided, TRELLIS_TYPE_KEY_QUESTION), >, 0);
  g_assert_cmpuint (trellis_project_count_items (guided, TRELLIS_TYPE_SWOT_ITEM), ==, 0);
  /* No folder separator from the name in the file name. */
  g_assert_true (g_str_has_suffix (g_file_peek_path (guided_file), "/Guided - Kick-off.trellis"));

  sample = create_through_dialog ("My Sample", "Worked Sample", &sample_file);
  g_assert_cmpuint (trellis_project_count_items (sample, TRELLIS_TYPE_SWOT_ITEM), >, 0);
  /* The sample names its own facilitator, which the default does not replace. */
  g_assert_cmpstr (get_facilitator (sample), ==, "Dr. Lena Brunner, Brunner Cluster Consulting");

  set_default_facilitator ("");
}

static void
test_new_project_needs_name (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                 "app.new-project");
  TrellisNewProjectDialog *dialog = show_new_project_dialog ();
  GtkWidget *create = get_create_button (dialog);

  g_assert_true (accels != NULL && g_strv_contains ((const char * const *) accels, "<Control>n"));
  g_assert_false (gtk_widget_is_sensitive (create));
  type_project_name (dialog, "   ");
  g_assert_false (gtk_widget_is_sensitive (create));
  type_project_name (dialog, "Lake Cluster");
  g_assert_true (gtk_widget_is_sensitive (create));
  type_project_name (dialog, "");
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_null (trellis_new_project_dialog_dup_file (dialog));

  /* Enter in the name row, or the disabled action, writes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-project.create", NULL);
  iterate_a_little ();
  g_assert_true (dialog_is_open ());
  g_assert_false (ui_test_shows_label (GTK_WIDGET (dialog), "The file name cannot hold a “/”: choose the "
                                                    "folder with Choose…"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The dialog opens with the focus in its name field, so typing names the
 * project at once. */
static void
test_new_project_focuses_name (void)
{
  TrellisNewProjectDialog *dialog = show_new_project_dialog ();
  GtkWidget *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Project Name");
  GtkWidget *focus;

  iterate_a_little ();
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_new_project_refuses_existing (void)
{
  static const char contents[] = "<not-a-project>kept as it is</not-a-project>\n";
  g_autofree char *path = g_build_filename (tmpdir, "Existing Cluster.trellis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  TrellisNewProjectDialog *dialog;
  GtkWidget *name_row;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  dialog = show_new_project_dialog ();
  type_project_name (dialog, "Existing Cluster");
  click (get_create_button (dialog));
  iterate_a_little ();

  /* The dialog stays, with what was typed, and says which file. */
  g_assert_true (dialog_is_open ());
  g_assert_null (trellis_window_get_project (get_only_window ()));
  name_row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Project Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Existing Cluster");
  message = g_strdup_printf ("Could not create “Existing Cluster.trellis”: there is already a file "
                             "of that name in %s, which was left as it was. Choose another file "
                             "name or folder.", tmpdir);
  wait_for_label (GTK_WIDGET (dialog), message);
  after = trellis_test_load_bytes (file);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after),
                   contents, strlen (contents));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
}

static void
test_remove_undo (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  TrellisWindow *window;
  GtkWidget *row;

  open_two_projects (&danube, &timber);
  window = show_start_window ();
  row = find_library_row (GTK_WIDGET (window), "Danube Food Cluster");
  g_assert_nonnull (row);

  /* What the row's menu item does. */
  gtk_widget_activate_action (row, "row.remove", NULL);
  iterate_a_little ();
  assert_not_registered (danube);
  g_assert_true (g_file_query_exists (danube, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (get_list_model (window)), ==, 1);
  g_assert_cmpstr (get_entry_name (get_list_model (window), 0), ==, "Northern Timber Network");
  wait_for_label (GTK_WIDGET (window), "Removed “Danube Food Cluster” from the list");

  click (wait_for_button (GTK_WIDGET (window), "_Undo"));
  iterate_a_little ();
  entry = lookup_entry (danube);
  g_assert_cmpstr (trellis_registry_entry_get_name (entry), ==, "Danube Food Cluster");
  g_assert_cmpuint (g_list_model_get_n_items (get_list_model (window)), ==, 2);
  g_assert_nonnull (find_library_row (GTK_WIDGET (window), "Danube Food Cluster"));
}

static void
test_locate (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  g_autofree char *moved_path = g_build_filename (tmpdir, "danube-moved.trellis", NULL);
  g_autoptr(GFile) moved = g_file_new_for_path (moved_path);
  g_autoptr(TrellisRegistryEntry) before = NULL;
  g_autoptr(TrellisRegistryEntry) after = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window;

  open_two_projects (&danube, &timber);
  g_file_move (danube, moved, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  trellis_registry_rebuild (get_registry (), &error);
  g_assert_no_error (error);
  before = lookup_entry (danube);
  g_assert_true (trellis_registry_entry_get_missing (before));

  /* Activating the missing row offers Locate… rather than an error. */
  window = show_start_window ();
  search (window, "danube", 1);
  g_signal_emit_by_name (find_library_list (GTK_WIDGET (window)), "activate", 0);
  wait_for_label (GTK_WIDGET (window), "“Danube Food Cluster” was moved or deleted");
  g_assert_null (trellis_window_get_project (window));
  g_assert_true (get_only_window () == window);

  trellis_library_view_relocate (get_library_view (window), danube, moved, &error);
  g_assert_no_error (error);
  after = lookup_entry (moved);
  g_assert_cmpstr (trellis_registry_entry_get_path (after), ==, moved_path);
  g_assert_false (trellis_registry_entry_get_missing (after));
  assert_not_registered (danube);
  search (window, "", 2);
  g_assert_false (ui_test_shows_label (GTK_WIDGET (window), "Missing"));
  wait_for_label (GTK_WIDGET (window), "Found “Danube Food Cluster”");
  g_unlink (moved_path);
}

static void
test_locate_refuses_broken (void)
{
  g_autoptr(GFile) danube = NULL;
  g_autoptr(GFile) timber = NULL;
  g_autofree char *broken_path = g_build_filename (tmpdir, "broken.trellis", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(TrellisRegistryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window;

  open_two_projects (&danube, &timber);
  g_file_delete (danube, NULL, &error);
  g_assert_no_error (error);
  trellis_registry_rebuild (get_registry (), &error);
  g_assert_no_error (error);
  g_file_set_contents (broken_path, "<trellis", -1, &error);
  g_assert_no_error (error);

  window = show_start_window ();
  g_assert_false (trellis_library_view_relocate (get_library_view (window), danube, broken,
                                                 &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.trellis"));
  entry = lookup_entry (danube);
  g_assert_true (trellis_registry_entry_get_missing (entry));
  assert_not_registered (broken);
  g_unlink (broken_path);
}

static void
test_sort (void)
{
  g_autoptr(GFile) zeta = NULL;
  g_autoptr(GFile) alpha = NULL;
  g_autoptr(GFile) mu = NULL;
  TrellisWindow *window;
  GtkWidget *dropdown;
  GListModel *model;

  clear_registry ();
  zeta = write_project ("zeta.trellis", "Zeta Textiles");
  alpha = write_project ("alpha.trellis", "alpha Agri-Food");
  mu = write_project ("mu.trellis", "Mu Maritime");
  ui_test_destroy_app_windows (G_APPLICATION (app));
  open_file (zeta);
  open_file (alpha);
  open_file (mu);
  window = show_start_window ();
  model = get_list_model (window);
  dropdown = ui_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dropdown);

  /* Last opened first, by default. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 0);
  g_assert_cmpstr (get_entry_name (model, 0), ==, "Mu Maritime");
  g_assert_cmpstr (get_entry_name (model, 1), ==, "alpha Agri-Food");
  g_assert_cmpstr (get_entry_name (model, 2), ==, "Zeta Textiles");

  /* By name, whatever the case. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  iterate_a_little ();
  g_assert_cmpstr (get_entry_name (model, 0), ==, "alpha Agri-Food");
  g_assert_cmpstr (get_entry_name (model, 1), ==, "Mu Maritime");
  g_assert_cmpstr (get_entry_name (model, 2), ==, "Zeta Textiles");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  iterate_a_little ();
  g_assert_cmpstr (get_entry_name (model, 0), ==, "Mu Maritime");
}

/* Each row shows its project's overall light: the word, a colour and why. */
static GFile *
register_with_milestone (const char *basename,
                         const char *name,
                         gboolean    with_milestone,
                         TrellisDay  reached)
{
  g_autoptr(TrellisProject) project = trellis_project_new (name);
  g_autoptr(TrellisMilestone) milestone = trellis_milestone_new ("Members' survey",
                                                                 trellis_date_from_dmy (1, 10, 2026));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (with_milestone)
    {
      trellis_milestone_set_reached (milestone, reached);
      trellis_project_add_item (project, TRELLIS_ITEM (milestone));
    }
  file = ui_test_write_project (tmpdir, basename, project);
  g_assert_true (trellis_registry_add_project (get_registry (), file, project, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
assert_row_light (TrellisWindow *window,
                  const char    *name,
                  const char    *word,
                  const char    *css_class,
                  const char    *tooltip_part)
{
  GtkWidget *row = find_library_row (GTK_WIDGET (window), name);
  GtkWidget *label;
  const char *tooltip;

  g_assert_nonnull (row);
  label = ui_test_find_with_class (row, "library-light");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, word);
  g_assert_true (gtk_widget_has_css_class (label, css_class));
  tooltip = gtk_widget_get_tooltip_text (label);
  g_assert_nonnull (strstr (tooltip, tooltip_part));
}

static void
test_light (void)
{
  g_autoptr(GFile) late = NULL;
  g_autoptr(GFile) done = NULL;
  g_autoptr(GFile) old = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window;

  clear_registry ();
  g_setenv ("TRELLIS_TODAY", "2026-11-30", TRUE);
  late = register_with_milestone ("late.trellis", "Late Cluster", TRUE, TRELLIS_DAY_NONE);
  done = register_with_milestone ("done.trellis", "Done Cluster", TRUE, trellis_date_from_dmy (20, 9, 2026));
  /* No milestone: nothing to judge */
  old = register_with_milestone ("empty.trellis", "Empty Cluster", FALSE, TRELLIS_DAY_NONE);
  g_unsetenv ("TRELLIS_TODAY");

  window = show_start_window ();
  iterate_a_little ();
  assert_row_light (window, "Late Cluster", "Red", "library-light-red",
                    "Status on 2026-11-30: Red. 1 of the 1");
  assert_row_light (window, "Done Cluster", "Green", "library-light-green",
                    "Status on 2026-11-30: Green.");
  assert_row_light (window, "Empty Cluster", "Not enough data", "library-light-grey",
                    "Status on 2026-11-30: Not enough data");
  g_assert_false (gtk_widget_has_css_class (ui_test_find_with_class (find_library_row (GTK_WIDGET (window),
                                                                                       "Done Cluster"),
                                                                     "library-light"),
                                            "library-light-red"));

  /* A light set without a day (as older registries kept it) says so. */
  g_assert_true (trellis_registry_set_light (get_registry (), old, "amber", &error));
  g_assert_no_error (error);
  window = show_start_window ();
  iterate_a_little ();
  assert_row_light (window, "Empty Cluster", "Amber", "library-light-amber",
                    "Open the project to judge it again");
}

static void
add_tests (void)
{
  g_test_add_func ("/ui/library/empty", test_empty);
  g_test_add_func ("/ui/library/rebuilt-told", test_rebuilt_told);
  g_test_add_func ("/ui/library/registers-opened", test_registers_opened);
  g_test_add_func ("/ui/library/lists-opened", test_lists_opened);
  g_test_add_func ("/ui/library/search", test_search);
  g_test_add_func ("/ui/library/activate", test_activate);
  g_test_add_func ("/ui/library/missing", test_missing);
  g_test_add_func ("/ui/library/error", test_error);
  g_test_add_func ("/ui/library/new-project/templates", test_new_project_templates);
  g_test_add_func ("/ui/library/new-project/needs-name", test_new_project_needs_name);
  g_test_add_func ("/ui/library/new-project/focuses-name", test_new_project_focuses_name);
  g_test_add_func ("/ui/library/new-project/refuses-existing", test_new_project_refuses_existing);
  g_test_add_func ("/ui/library/remove-undo", test_remove_undo);
  g_test_add_func ("/ui/library/locate", test_locate);
  g_test_add_func ("/ui/library/locate-refuses-broken", test_locate_refuses_broken);
  g_test_add_func ("/ui/library/sort", test_sort);
  g_test_add_func ("/ui/library/light", test_light);
}

int
main (int   argc,
      char *argv[])
{
  app = ui_test_init (&argc, &argv, &tmpdir);

  add_tests ();

  return ui_test_run (app, tmpdir);
}
