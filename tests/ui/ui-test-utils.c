/* ui-test-utils.c: helpers shared by the tests that drive real windows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "trellis-project-view.h"
#include "trellis-test-utils.h"
#include "ui-test-utils.h"

#define WAIT_TIMEOUT_USEC (10 * G_USEC_PER_SEC)

void
ui_test_iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * ui_test_wait:
 * @msec: how long
 *
 * Runs the main loop for @msec milliseconds (animations, timeouts, frames).
 */
void
ui_test_wait (guint msec)
{
  gint64 until = g_get_monotonic_time () + (gint64) msec * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/**
 * ui_test_save_png:
 * @widget: a realized widget
 * @path: the PNG to write
 *
 * Renders @widget as it is now with its window's renderer and saves it, to
 * look at (the tests save their pictures only when asked to).
 */
void
ui_test_save_png (GtkWidget  *widget,
                  const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
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

/**
 * ui_test_destroy_app_windows:
 *
 * Destroys every window, as ui_test_destroy_all_windows() does, and
 * asserts that @app has no window left.
 */
void
ui_test_destroy_app_windows (GApplication *app)
{
  ui_test_destroy_all_windows ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static GtkWidget *
find (GtkWidget       *widget,
      UiTestMatchFunc  match,
      gconstpointer    data,
      gboolean         mapped_only)
{
  if (mapped_only && !gtk_widget_get_mapped (widget))
    return NULL;
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, match, data, mapped_only);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * ui_test_find:
 * @root: where to look: the widget and everything under it
 * @match: what to look for
 * @data: passed to @match
 *
 * Looks through @root and its descendants, parents before their
 * children and children in order, hidden ones too.
 *
 * Returns: (transfer none) (nullable): the first widget @match accepts
 */
GtkWidget *
ui_test_find (GtkWidget       *root,
              UiTestMatchFunc  match,
              gconstpointer    data)
{
  return find (root, match, data, FALSE);
}

/**
 * ui_test_find_mapped:
 *
 * The same as ui_test_find(), but only among the widgets on screen: it
 * does not look under a widget that is not mapped (such as a hidden stack
 * page).
 *
 * Returns: (transfer none) (nullable): the first mapped widget @match accepts
 */
GtkWidget *
ui_test_find_mapped (GtkWidget       *root,
                     UiTestMatchFunc  match,
                     gconstpointer    data)
{
  return find (root, match, data, TRUE);
}

static void
find_all (GtkWidget       *widget,
          UiTestMatchFunc  match,
          gconstpointer    data,
          GPtrArray       *found)
{
  if (match (widget, data))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, match, data, found);
}

/**
 * ui_test_find_all:
 *
 * Looks through @root and its descendants in the order of ui_test_find(),
 * hidden ones too, and under the widgets it finds as well.
 *
 * Returns: (transfer container) (element-type GtkWidget): every widget
 *   @match accepts, in that order
 */
GPtrArray *
ui_test_find_all (GtkWidget       *root,
                  UiTestMatchFunc  match,
                  gconstpointer    data)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, match, data, found);
  return found;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

/**
 * ui_test_find_descendant:
 *
 * Returns: (transfer none) (nullable): the first widget of @type at or under @widget
 */
GtkWidget *
ui_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  return ui_test_find (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/**
 * ui_test_find_named:
 *
 * Returns: (transfer none) (nullable): the first widget at or under @root
 *   whose name (gtk_widget_set_name()) is @name
 */
GtkWidget *
ui_test_find_named (GtkWidget  *root,
                    const char *name)
{
  return ui_test_find (root, is_named, name);
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

/**
 * ui_test_find_with_class:
 *
 * Returns: (transfer none) (nullable): the first widget at or under @root
 *   that has the style class @css_class
 */
GtkWidget *
ui_test_find_with_class (GtkWidget  *root,
                         const char *css_class)
{
  return ui_test_find (root, has_css_class, css_class);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/**
 * ui_test_find_label:
 *
 * Returns: (transfer none) (nullable): the first #GtkLabel at or under
 *   @root whose text is exactly @text, shown or not
 */
GtkWidget *
ui_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return ui_test_find (root, is_label_reading, text);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/**
 * ui_test_find_button:
 * @label: the button's label, exactly, with its mnemonic if it has one
 *
 * Returns: (transfer none) (nullable): the first #GtkButton at or under
 *   @root labelled @label, shown or not
 */
GtkWidget *
ui_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return ui_test_find (root, is_button_labelled, label);
}

/**
 * ui_test_find_mapped_button:
 *
 * The same as ui_test_find_button(), among the widgets on screen only.
 *
 * Returns: (transfer none) (nullable): the button
 */
GtkWidget *
ui_test_find_mapped_button (GtkWidget  *root,
                            const char *label)
{
  return ui_test_find_mapped (root, is_button_labelled, label);
}

static gboolean
is_toggle_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && is_button_labelled (widget, label);
}

/**
 * ui_test_find_toggle:
 *
 * Returns: (transfer none) (nullable): the first #GtkToggleButton at or
 *   under @root labelled exactly @label, shown or not
 */
GtkWidget *
ui_test_find_toggle (GtkWidget  *root,
                     const char *label)
{
  return ui_test_find (root, is_toggle_labelled, label);
}

static gboolean
is_button_for_action (GtkWidget     *widget,
                      gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/**
 * ui_test_find_action_button:
 * @action_name: the detailed action name, such as "win.undo"
 *
 * Returns: (transfer none) (nullable): the first #GtkButton at or under
 *   @root that activates @action_name, shown or not
 */
GtkWidget *
ui_test_find_action_button (GtkWidget  *root,
                            const char *action_name)
{
  return ui_test_find (root, is_button_for_action, action_name);
}

/**
 * ui_test_find_mapped_action_button:
 *
 * The same as ui_test_find_action_button(), among the widgets on screen only.
 *
 * Returns: (transfer none) (nullable): the button
 */
GtkWidget *
ui_test_find_mapped_action_button (GtkWidget  *root,
                                   const char *action_name)
{
  return ui_test_find_mapped (root, is_button_for_action, action_name);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/**
 * ui_test_find_row:
 *
 * Returns: (transfer none) (nullable): the mapped #AdwPreferencesRow at
 *   or under @widget whose title is @title
 */
GtkWidget *
ui_test_find_row (GtkWidget  *widget,
                  const char *title)
{
  return ui_test_find_mapped (widget, is_row_titled, title);
}

/**
 * ui_test_shows_label:
 *
 * Returns: whether a label on screen at or under @widget reads exactly
 *   @text (hidden stack pages are not mapped)
 */
gboolean
ui_test_shows_label (GtkWidget  *widget,
                     const char *text)
{
  return ui_test_find_mapped (widget, is_label_reading, text) != NULL;
}

/**
 * ui_test_get_controller:
 *
 * Fails the test if @widget has no event controller of @type.
 *
 * Returns: (transfer none) (type GtkEventController): the first event
 *   controller of @type on @widget
 */
gpointer
ui_test_get_controller (GtkWidget *widget,
                        GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* @widget keeps it */
    }

  g_error ("No %s on %s", g_type_name (type), G_OBJECT_TYPE_NAME (widget));
}

/**
 * ui_test_activate:
 * @action: a detailed action name, such as "win.undo", taking no parameter
 *
 * Activates @action from @widget, asserting that some widget above it
 * has it, then lets the main loop run what is pending.
 */
void
ui_test_activate (GtkWidget  *widget,
                  const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  ui_test_iterate_pending ();
}

/* Tries the shortcuts of @widget's shortcut controllers in @phase. */
static gboolean
try_shortcuts (GtkWidget          *widget,
               GtkPropagationPhase phase,
               GtkShortcutTrigger *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
          || gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;
      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          GtkShortcutTrigger *own = gtk_shortcut_get_trigger (shortcut);

          if (own != NULL && GTK_IS_KEYVAL_TRIGGER (own) && gtk_shortcut_trigger_equal (own, trigger)
              && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                               gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * ui_test_press_shortcut:
 * @focus: the widget that has the focus, e.g. the GtkText inside an entry
 * @accelerator: e.g. "<Control>z"
 *
 * Delivers a key press as GTK does to shortcuts: the shortcut controllers
 * in the capture phase from the window down to @focus, then those in the
 * bubble phase (a widget class's key bindings among them) from @focus up.
 *
 * Returns: whether a shortcut took the key
 */
gboolean
ui_test_press_shortcut (GtkWidget  *focus,
                        const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accelerator);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean handled = FALSE;

  g_assert_nonnull (trigger);
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);
  for (guint i = chain->len; i > 0 && !handled; i--)
    handled = try_shortcuts (g_ptr_array_index (chain, i - 1), GTK_PHASE_CAPTURE, trigger);
  for (guint i = 0; i < chain->len && !handled; i++)
    handled = try_shortcuts (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, trigger);
  ui_test_iterate_pending ();
  return handled;
}

/**
 * ui_test_undo:
 *
 * Undoes through the window's own action, win.undo.
 */
void
ui_test_undo (TrellisWindow *window)
{
  ui_test_activate (GTK_WIDGET (window), "win.undo");
}

/**
 * ui_test_redo:
 *
 * Redoes through the window's own action, win.redo.
 */
void
ui_test_redo (TrellisWindow *window)
{
  ui_test_activate (GTK_WIDGET (window), "win.redo");
}

/**
 * ui_test_n_undo:
 *
 * Returns: how many steps the history of @window's project can undo
 */
guint
ui_test_n_undo (TrellisWindow *window)
{
  return trellis_history_get_n_undo (trellis_project_get_history (trellis_window_get_project (window)));
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
 * user's registry or data. Without a display it ends the program with
 * status 77, which meson reports as skipped.
 *
 * Returns: (transfer full): the registered application
 */
/* GTK 4.8 warns when libadwaita 1.2 folds a flap or leaflet in the middle
 * of a resize and draws a gizmo of it before it has a size again.  It is
 * not ours and draws nothing wrong, and it comes about once in a few runs
 * of the narrow-window cases: it is noted, not fatal.  Every other warning
 * and critical still goes to GLib's writer, which fails the test. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (fields[i].length < 0 && g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
    else if (fields[i].length < 0 && g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if ((log_level & G_LOG_LEVEL_WARNING) != 0 && g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      g_str_has_prefix (message, "Trying to snapshot AdwGizmo ") &&
      g_str_has_suffix (message, " without a current allocation"))
    {
      g_test_message ("ignored (GTK 4.8 and libadwaita 1.2): %s", message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

TrellisApplication *
ui_test_init (int    *argc,
              char ***argv,
              char  **tmpdir)
{
  g_autoptr(TrellisApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *registry = NULL;

  g_test_init (argc, argv, NULL);
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run (build-aux/test)\n");
      exit (77);
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
 * ui_test_open_sample:
 *
 * Saves the sample project as sample.trellis in @tmpdir and opens it
 * (ui_test_open_window()).
 *
 * Returns: (transfer none): the window
 */
TrellisWindow *
ui_test_open_sample (GApplication *app,
                     const char   *tmpdir)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autoptr(GFile) file = ui_test_write_project (tmpdir, "sample.trellis", project);

  return ui_test_open_window (app, file);
}

/**
 * ui_test_show_page:
 * @page: the page's path, such as "actors/grid"
 * @type: the type of the tool the page shows
 *
 * Shows @page in @window's project view and waits until its tool of
 * @type is on screen.
 *
 * Returns: (transfer none): the tool
 */
GtkWidget *
ui_test_show_page (TrellisWindow *window,
                   const char    *page,
                   GType          type)
{
  TrellisProjectView *view = TRELLIS_PROJECT_VIEW (trellis_window_get_project_view (window));
  GtkWidget *tool;

  g_assert_true (trellis_project_view_set_page (view, page));
  ui_test_iterate_pending ();
  tool = ui_test_find_descendant (GTK_WIDGET (view), type);
  g_assert_nonnull (tool);
  ui_test_iterate_until_mapped (tool);
  return tool;
}

/**
 * ui_test_popup:
 *
 * Opens the popover of @button and waits until it is drawn (its surface
 * comes a little later on a busy machine).
 *
 * Returns: (transfer none): the popover
 */
GtkPopover *
ui_test_popup (GtkMenuButton *button)
{
  GtkPopover *popover;

  gtk_menu_button_popup (button);
  ui_test_iterate_pending ();
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  ui_test_iterate_until_mapped (GTK_WIDGET (popover));
  return popover;
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

/**
 * ui_test_set_clipboard:
 *
 * Puts @text on the clipboard of @widget's display, as a copy from another
 * application would.
 */
void
ui_test_set_clipboard (GtkWidget  *widget,
                       const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  ui_test_iterate_pending ();
}
