/* trellis-application.c: the Trellis application
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "trellis-application"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-application.h"
#include "trellis-accessible.h"
#include "trellis-preferences-window.h"
#include "trellis-settings.h"
#include "trellis-new-project-dialog.h"
#include "trellis-window.h"

#define TRELLIS_WEBSITE   "https://github.com/trellis/Trellis"
#define TRELLIS_ISSUE_URL "https://github.com/trellis/Trellis/issues"
#define MAX_ERROR_LINES   5

struct _TrellisApplication
{
  AdwApplication   parent_instance;

  TrellisRegistry *registry;
  GSettings       *settings;
};

G_DEFINE_FINAL_TYPE (TrellisApplication, trellis_application, ADW_TYPE_APPLICATION)

/**
 * trellis_application_find_window:
 *
 * Returns: (transfer none) (nullable): the window showing @file
 */
TrellisWindow *
trellis_application_find_window (TrellisApplication *self,
                                 GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *window_file;

      if (!TRELLIS_IS_WINDOW (l->data))
        continue;

      window_file = trellis_window_get_file (l->data);
      if (window_file != NULL && g_file_equal (window_file, file))
        return l->data;
    }

  return NULL;
}

/* A start window: a window that shows no project yet. */
static TrellisWindow *
find_start_window (TrellisApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (TRELLIS_IS_WINDOW (l->data) && trellis_window_get_project (l->data) == NULL)
        return l->data;
    }

  return NULL;
}

static GtkWindow *
ensure_window (TrellisApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (trellis_window_new (GTK_APPLICATION (self)));
      gtk_window_present (window);
    }

  return window;
}

/* A file can have dozens of problems, one a line, and the dialog would grow
 * taller than the screen: keep the first lines and count the others. */
static char *
shorten_message (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  guint n_lines = g_strv_length (lines);
  guint n_more = n_lines - MAX_ERROR_LINES;
  g_autofree char *head = NULL;
  g_autofree char *more = NULL;
  char *rest;

  if (n_lines <= MAX_ERROR_LINES + 1)
    return g_strdup (message);

  rest = lines[MAX_ERROR_LINES];
  lines[MAX_ERROR_LINES] = NULL;
  head = g_strjoinv ("\n", lines);
  lines[MAX_ERROR_LINES] = rest;

  /* translators: ends a list of problems found in a file that is too long to show */
  more = g_strdup_printf (ngettext ("…and %u more problem", "…and %u more problems", n_more), n_more);
  return g_strconcat (head, "\n", more, NULL);
}

static void
show_open_error (TrellisApplication *self,
                 GFile              *file,
                 const GError       *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *body = shorten_message (error->message);
  GtkWindow *parent = ensure_window (self);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, NULL, body);
  /* translators: %s is the name of a file */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could not open “%s”"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A start window without a project takes the first project opened from it. */
static TrellisWindow *
show_project (TrellisApplication *self,
              GFile              *file,
              TrellisProject     *project,
              TrellisLock        *lock,
              gboolean            read_only)
{
  TrellisWindow *window = find_start_window (self);

  if (window == NULL)
    window = trellis_window_new (GTK_APPLICATION (self));
  trellis_window_set_file (window, file);
  trellis_window_set_project (window, project);
  trellis_window_set_lock (window, lock);
  trellis_window_set_read_only (window, read_only);
  gtk_window_present (GTK_WINDOW (window));
  if (file != NULL)
    trellis_application_register (self, file, project);
  return window;
}

typedef struct
{
  TrellisApplication *application;
  GFile              *file;
  TrellisProject     *project;
} LockedOpen;

static void
locked_open_free (gpointer  user_data,
                  GClosure *closure)
{
  LockedOpen *data = user_data;

  g_object_unref (data->application);
  g_object_unref (data->file);
  g_object_unref (data->project);
  g_free (data);
}

static void
on_locked_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              LockedOpen       *data)
{
  g_autoptr(TrellisLock) lock = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "read-only") == 0)
    show_project (data->application, data->file, data->project, NULL, TRUE);
  else if (g_strcmp0 (response, "steal") == 0)
    {
      lock = trellis_lock_acquire (data->file, TRUE, &error);
      if (lock == NULL)
        show_open_error (data->application, data->file, error);
      else
        show_project (data->application, data->file, data->project, lock, FALSE);
    }
}

static char *
describe_lock (GFile *file)
{
  g_autoptr(TrellisLock) lock = trellis_lock_read (file, NULL);
  g_autofree char *when = NULL;

  if (lock == NULL || trellis_lock_get_time (lock) == NULL)
    return g_strdup (_("Someone else has this project open."));

  when = g_date_time_format (trellis_lock_get_time (lock), "%x %X");
  /* translators: a user name, a computer's name, and a date and time */
  return g_strdup_printf (_("%s has had this project open on %s since %s. If you both change it, "
                            "one of you loses work."),
                          trellis_lock_get_user (lock), trellis_lock_get_host (lock), when);
}

static void
ask_locked (TrellisApplication *self,
            GFile              *file,
            TrellisProject     *project)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *body = describe_lock (file);
  LockedOpen *data = g_new0 (LockedOpen, 1);
  GtkWidget *dialog = adw_message_dialog_new (ensure_window (self), NULL, body);

  /* translators: %s is the name of a file */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("“%s” Is Open Elsewhere"), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "steal", _("Open _Anyway"),
                                    "read-only", _("Open _Read-Only"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "steal",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data->application = g_object_ref (self);
  data->file = g_object_ref (file);
  data->project = g_object_ref (project);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_locked_dialog_response_cb),
                         data, locked_open_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_file (TrellisApplication *self,
           GFile              *file)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisLock) lock = NULL;
  g_autoptr(GError) error = NULL;
  TrellisWindow *window = trellis_application_find_window (self, file);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  /* Synchronous: a 6 MB project loads in about 0.1 s (tests/bench). */
  project = trellis_project_load (file, &error);
  if (project == NULL)
    {
      show_open_error (self, file, error);
      return;
    }

  lock = trellis_lock_acquire (file, FALSE, &error);
  if (g_error_matches (error, TRELLIS_LOCK_ERROR, TRELLIS_LOCK_ERROR_LOCKED))
    {
      ask_locked (self, file, project);
      return;
    }
  /* Where no lock can be written (a full disk, a read-only folder) another
   * window could edit the same file unseen: the project opens read-only. */
  if (lock == NULL)
    g_message ("Opening %s read-only: %s", g_file_peek_path (file), error->message);

  show_project (self, file, project, lock, lock == NULL);
}

static void
trellis_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  TrellisApplication *self = TRELLIS_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    open_file (self, files[i]);
  trellis_application_check_recovery (self);
}

static void
trellis_application_activate (GApplication *application)
{
  TrellisApplication *self = TRELLIS_APPLICATION (application);

  gtk_window_present (ensure_window (self));
  trellis_application_check_recovery (self);
}

static void
on_file_chooser_response_cb (TrellisApplication *self,
                             int                 response,
                             GtkNativeDialog    *native)
{
  g_assert (TRELLIS_IS_APPLICATION (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      guint n_files = g_list_model_get_n_items (model);
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n_files; i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));
      if (n_files > 0)
        g_application_open (G_APPLICATION (self), (GFile **) files->pdata, n_files, "");
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_application_release (G_APPLICATION (self));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TrellisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Project"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_filter_set_name (filter, _("Trellis Projects"));
  gtk_file_filter_add_pattern (filter, "*.trellis");
  gtk_file_filter_add_mime_type (filter, "application/x-trellis");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* The dialog is not an application window: hold the application so that
   * it stays alive while the dialog is shown without a parent. */
  g_application_hold (G_APPLICATION (self));
  g_signal_connect_object (native, "response", G_CALLBACK (on_file_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  TrellisApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (trellis_window_new (GTK_APPLICATION (self))));
}

static void
new_project_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TrellisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (trellis_new_project_dialog_new (parent)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TrellisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Trellis"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Trellis developers"),
                        "copyright", _("© 2026 The Trellis developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", TRELLIS_WEBSITE,
                        "issue-url", TRELLIS_ISSUE_URL,
                        /* translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TrellisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences = trellis_preferences_window_new (self->settings);

  /* Modal and destroyed with its parent, so there is one at a time. */
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TrellisApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing rather than destroying lets a window keep unsaved work open;
   * the application ends when the last window is gone. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
set_accels (GtkApplication *application,
            const char     *action_name,
            const char     *accel)
{
  const char *accels[] = { accel, NULL };

  gtk_application_set_accels_for_action (application, action_name, accels);
}

static void
trellis_application_startup (GApplication *application)
{
  static const GActionEntry entries[] = {
    { "new-window", new_window_action },
    { "open", open_action },
    { "preferences", preferences_action },
    { "new-project", new_project_action },
    { "about", about_action },
    { "quit", quit_action },
  };

  TrellisApplication *self = TRELLIS_APPLICATION (application);

  G_APPLICATION_CLASS (trellis_application_parent_class)->startup (application);
  trellis_accessible_init ();

  self->settings = g_settings_new (APP_ID);
  trellis_settings_follow_color_scheme (self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (application), entries, G_N_ELEMENTS (entries),
                                   application);
  set_accels (GTK_APPLICATION (application), "app.open", "<Control>o");
  set_accels (GTK_APPLICATION (application), "app.preferences", "<Control>comma");
  set_accels (GTK_APPLICATION (application), "app.new-project", "<Control>n");
  set_accels (GTK_APPLICATION (application), "app.quit", "<Control>q");
  set_accels (GTK_APPLICATION (application), "app.new-window", "<Control><Shift>n");
  set_accels (GTK_APPLICATION (application), "win.close", "<Control>w");
  gtk_window_set_default_icon_name (APP_ID);
}

static void
trellis_application_dispose (GObject *object)
{
  TrellisApplication *self = TRELLIS_APPLICATION (object);

  g_clear_object (&self->registry);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (trellis_application_parent_class)->dispose (object);
}

static void
trellis_application_class_init (TrellisApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = trellis_application_dispose;

  application_class->startup = trellis_application_startup;
  application_class->activate = trellis_application_activate;
  application_class->open = trellis_application_open;
}

static void
trellis_application_init (TrellisApplication *self)
{
  g_set_application_name (_("Trellis"));
}

/**
 * trellis_application_new:
 * @application_id: %APP_ID, or another id for tests
 * @flags: %G_APPLICATION_HANDLES_OPEN, plus %G_APPLICATION_NON_UNIQUE in tests
 *
 * Returns: (transfer full): the application
 */
TrellisApplication *
trellis_application_new (const char        *application_id,
                         GApplicationFlags  flags)
{
  g_return_val_if_fail (g_application_id_is_valid (application_id), NULL);

  /* The resource path is fixed so that tests with other ids find the same
   * resources (gtk/help-overlay.ui, style.css). */
  return g_object_new (TRELLIS_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", "/io/github/trellis/Trellis",
                       NULL);
}

/**
 * trellis_application_get_registry:
 * @error: return location for a #GError
 *
 * Opens the registry of every project on this computer on first use
 * (`$TRELLIS_REGISTRY`, else the default path); after a failure the next
 * call tries again.
 *
 * Returns: (transfer none) (nullable): the registry, or %NULL with @error set
 */
TrellisRegistry *
trellis_application_get_registry (TrellisApplication  *self,
                                  GError             **error)
{
  g_return_val_if_fail (TRELLIS_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->registry == NULL)
    self->registry = trellis_registry_open (NULL, error);

  return self->registry;
}

/**
 * trellis_application_register:
 *
 * Adds @file to the registry and marks it opened.  The registry only feeds
 * the project library: a project that cannot be registered (read-only or
 * newer registry, full disk) is still open and saved.
 */
void
trellis_application_register (TrellisApplication *self,
                              GFile              *file,
                              TrellisProject     *project)
{
  g_autoptr(GError) error = NULL;
  TrellisRegistry *registry;

  g_return_if_fail (TRELLIS_IS_APPLICATION (self));

  registry = trellis_application_get_registry (self, &error);
  if (registry == NULL
      || !trellis_registry_add_project (registry, file, project, &error)
      || !trellis_registry_mark_opened (registry, file, &error))
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_debug ("Could not register %s: %s", uri, error->message);
    }
}

/**
 * trellis_application_get_settings:
 *
 * The settings of the schema %APP_ID (whatever the application's id),
 * created in startup.
 *
 * Returns: (transfer none) (nullable): the settings, %NULL before startup
 */
GSettings *
trellis_application_get_settings (TrellisApplication *self)
{
  g_return_val_if_fail (TRELLIS_IS_APPLICATION (self), NULL);

  return self->settings;
}
