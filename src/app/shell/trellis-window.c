/* trellis-window.c: a window showing one project, or the project library
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window starts on the project library and shows one project once it
 * has one: the project view with the method's pages, the title with the
 * file name and an unsaved-changes mark, and the lock of the file.  The
 * actions (save, undo, close, autosave) are in trellis-window-actions.c.
 */

#define G_LOG_DOMAIN "trellis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-application.h"
#include "trellis-project-view.h"
#include "trellis-window-private.h"

G_DEFINE_FINAL_TYPE (TrellisWindow, trellis_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_file_name (TrellisWindow *self)
{
  g_autofree char *basename = NULL;

  if (self->file == NULL)
    /* translators: the file name of a project that was never saved */
    return g_strdup (_("Not saved yet"));

  basename = g_file_get_basename (self->file);
  return g_filename_display_name (basename);
}

void
_trellis_window_update_title (TrellisWindow *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean dirty;

  g_assert (TRELLIS_IS_WINDOW (self));

  if (self->project == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Trellis"));
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), _("Trellis"));
      return;
    }

  dirty = trellis_project_get_dirty (self->project);
  file_name = dup_file_name (self);
  /* translators: the window title of a project with unsaved changes */
  title = dirty ? g_strdup_printf (_("*%s"), trellis_project_get_name (self->project))
                : g_strdup (trellis_project_get_name (self->project));
  /* translators: a file name, then that its project has unsaved changes */
  subtitle = dirty ? g_strdup_printf (_("%s — unsaved changes"), file_name) : g_strdup (file_name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_mode (TrellisWindow *self)
{
  gboolean has_project = self->project != NULL;
  GtkWidget *view = trellis_window_get_project_view (self);

  gtk_stack_set_visible_child_name (self->stack, has_project ? "project" : "library");
  gtk_widget_set_visible (self->open_button, !has_project);
  gtk_widget_set_visible (self->history_box, has_project);
  gtk_widget_set_visible (self->sidebar_button, has_project);
  gtk_widget_set_visible (self->save_button, has_project);
  gtk_widget_set_visible (self->read_only_label, has_project && self->read_only);
  _trellis_window_update_workshop (self);
  /* Only the mode changes what can be edited: not every edit. */
  if (view != NULL)
    trellis_project_view_set_editable (TRELLIS_PROJECT_VIEW (view), !self->read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->voting_bar), !self->read_only);

  _trellis_window_update_title (self);
  _trellis_window_update_actions (self);
}

static void
on_project_changed_cb (TrellisWindow *self,
                       TrellisItem   *item)
{
  g_assert (TRELLIS_IS_WINDOW (self));

  _trellis_window_update_title (self);
  _trellis_window_update_actions (self);
}

/* The application, and so its registry, is set after init. */
static void
on_notify_application_cb (TrellisWindow *self,
                          GParamSpec    *pspec)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  TrellisRegistry *registry;

  g_assert (TRELLIS_IS_WINDOW (self));

  if (!TRELLIS_IS_APPLICATION (application))
    return;

  registry = trellis_application_get_registry (TRELLIS_APPLICATION (application), &error);
  if (registry == NULL)
    trellis_library_view_show_error (self->library_view, error);
  else
    trellis_library_view_set_registry (self->library_view, registry);
}

/* Opens through the application, as a file given on the command line: a
 * file already open elsewhere raises its window, and this start window
 * takes the project. */
static void
on_library_view_project_activated_cb (TrellisWindow      *self,
                                      GFile              *file,
                                      TrellisLibraryView *library_view)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_assert (TRELLIS_IS_WINDOW (self));

  if (application != NULL)
    g_application_open (G_APPLICATION (application), &file, 1, "");
}

static void
trellis_window_dispose (GObject *object)
{
  TrellisWindow *self = TRELLIS_WINDOW (object);

  if (self->lock != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!trellis_lock_release (self->lock, &error))
        g_debug ("Could not release the lock: %s", error->message);
    }
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_WINDOW);
  g_clear_object (&self->lock);
  g_clear_object (&self->workshop_log);
  g_clear_object (&self->project);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  _trellis_window_dispose_workshop (self);

  G_OBJECT_CLASS (trellis_window_parent_class)->dispose (object);
}

static void
trellis_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TrellisWindow *self = TRELLIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, trellis_window_get_project (self));
      break;
    case PROP_FILE:
      g_value_set_object (value, trellis_window_get_file (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, trellis_window_get_read_only (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TrellisWindow *self = TRELLIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      trellis_window_set_project (self, g_value_get_object (value));
      break;
    case PROP_FILE:
      trellis_window_set_file (self, g_value_get_object (value));
      break;
    case PROP_READ_ONLY:
      trellis_window_set_read_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, history_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, project_bin);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, timer_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, parking_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, parking_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, voting_bar);
  gtk_widget_class_bind_template_child (widget_class, TrellisWindow, workshop_button);
}

static void
trellis_window_class_init (TrellisWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_window_dispose;
  object_class->get_property = trellis_window_get_property;
  object_class->set_property = trellis_window_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-window.ui");
  bind_template_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_library_view_project_activated_cb);
  g_type_ensure (TRELLIS_TYPE_LIBRARY_VIEW);

  _trellis_window_class_add_actions (widget_class);
  _trellis_window_class_add_workshop_actions (widget_class);
}

static void
trellis_window_init (TrellisWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _trellis_window_init_workshop (self);
  _trellis_window_add_history_shortcuts (self);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::autosave-interval",
                           G_CALLBACK (_trellis_window_restart_autosave), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::application", G_CALLBACK (on_notify_application_cb), NULL);
  update_mode (self);
}

/**
 * trellis_window_new:
 *
 * Creates a window without a project: it shows the project library.
 *
 * Returns: (transfer none): a new window, owned by GTK until it is destroyed
 */
TrellisWindow *
trellis_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TRELLIS_TYPE_WINDOW, "application", application, NULL);
}

/**
 * trellis_window_get_project:
 *
 * Returns: (transfer none) (nullable): the project shown, %NULL on the library
 */
TrellisProject *
trellis_window_get_project (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), NULL);

  return self->project;
}

/* Conflicts a merge left in the file (trellis-cli merge, the git driver):
 * a toast that stays until dismissed, with a button to resolve them. */
static void
announce_conflicts (TrellisWindow *self)
{
  guint n = trellis_project_count_items (self->project, TRELLIS_TYPE_MERGE_CONFLICT);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (n == 0)
    return;
  /* translators: %u is a number of merge conflicts in the opened file */
  title = g_strdup_printf (ngettext ("%u merge conflict", "%u merge conflicts", n), n);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Resolve…"));
  adw_toast_set_action_name (toast, "win.resolve-conflicts");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * trellis_window_set_project:
 *
 * Shows @project.  A window shows one project for its life: a window that
 * has one cannot take another.
 */
void
trellis_window_set_project (TrellisWindow  *self,
                            TrellisProject *project)
{
  GtkWidget *view;

  g_return_if_fail (TRELLIS_IS_WINDOW (self));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (self->project == NULL || self->project == project);

  if (self->project == project)
    return;

  self->project = g_object_ref (project);
  _trellis_window_session_set_project (self);
  /* Typing into a field within a second is one undo step. */
  trellis_history_set_merge_window (trellis_project_get_history (project), G_USEC_PER_SEC);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (trellis_project_get_history (project), "notify",
                           G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  view = trellis_project_view_new (project);
  adw_bin_set_child (self->project_bin, view);
  trellis_voting_bar_set_project (self->voting_bar, project);
  _trellis_window_follow_voting (self, view);
  g_object_bind_property (view, "sidebar-shown", self->sidebar_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_mode (self);
  /* Showing the project moves a focus that was in the library into the
   * page, onto the name's entry, which selects all its text: the focus
   * goes to the steps instead (or, while they are folded away, to the
   * button that shows them). */
  if (!trellis_project_view_focus_steps (TRELLIS_PROJECT_VIEW (view)))
    gtk_widget_grab_focus (self->sidebar_button);
  _trellis_window_restart_autosave (self);
  announce_conflicts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * trellis_window_get_file:
 *
 * Returns: (transfer none) (nullable): the project's file, %NULL before it is first saved
 */
GFile *
trellis_window_get_file (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), NULL);

  return self->file;
}

void
trellis_window_set_file (TrellisWindow *self,
                         GFile         *file)
{
  g_return_if_fail (TRELLIS_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (!g_set_object (&self->file, file))
    return;

  _trellis_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * trellis_window_set_lock:
 * @lock: (nullable) (transfer none): the lock this window holds on its file
 *
 * The window releases the lock when it is closed or saved elsewhere.
 */
void
trellis_window_set_lock (TrellisWindow *self,
                         TrellisLock   *lock)
{
  g_return_if_fail (TRELLIS_IS_WINDOW (self));

  if (self->lock != NULL && self->lock != lock)
    {
      g_autoptr(GError) error = NULL;

      if (!trellis_lock_release (self->lock, &error))
        g_debug ("Could not release the lock: %s", error->message);
    }
  g_set_object (&self->lock, lock);
}

gboolean
trellis_window_get_read_only (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), FALSE);

  return self->read_only;
}

/**
 * trellis_window_set_read_only:
 *
 * A read-only window shows its project but takes no edit: the pages are
 * insensitive, and undo, redo and save are disabled.  Save As stays, to
 * keep a copy of one's own.
 */
void
trellis_window_set_read_only (TrellisWindow *self,
                              gboolean       read_only)
{
  g_return_if_fail (TRELLIS_IS_WINDOW (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  update_mode (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/**
 * trellis_window_get_project_view:
 *
 * Returns: (transfer none) (nullable): the #TrellisProjectView, %NULL without a project
 */
GtkWidget *
trellis_window_get_project_view (TrellisWindow *self)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), NULL);

  return adw_bin_get_child (self->project_bin);
}

/**
 * trellis_window_add_toast:
 *
 * Shows a short message over the window.
 */
void
trellis_window_add_toast (TrellisWindow *self,
                          const char    *title)
{
  g_return_if_fail (TRELLIS_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}
