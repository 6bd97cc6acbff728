/* trellis-window-actions.c: save, save as, undo, redo, close and autosave
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is lost: a save that fails leaves the project dirty and says
 * why; closing with unsaved changes asks; while there are unsaved changes a
 * recovery copy is written every autosave-interval seconds, and deleted
 * once the project is saved or its changes discarded.
 */

#define G_LOG_DOMAIN "trellis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-application.h"
#include "trellis-print.h"
#include "trellis-exchange.h"
#include "trellis-export-options-dialog.h"
#include "trellis-import-dialog.h"
#include "trellis-presenter-window.h"
#include "trellis-project-view.h"
#include "trellis-status-rules-dialog.h"
#include "trellis-window-private.h"
#include "trellis-snapshot-dialog.h"
#include "trellis-merge-dialog.h"

static void
show_save_error (TrellisWindow *self,
                 GFile         *file,
                 const GError  *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, error->message);

  /* translators: %s is the name of a file */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could not save “%s”"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
discard_recovery (TrellisWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!trellis_recovery_discard_for (self->project, &error))
    g_debug ("Could not delete the recovery copy: %s", error->message);
}

/* Saving to another file moves the lock there first, so that two windows
 * never write the same file. */
static gboolean
take_lock_for (TrellisWindow  *self,
               GFile          *file,
               TrellisLock   **out_lock,
               GError        **error)
{
  /* Someone may have opened the file anyway and taken the lock over. */
  if (self->file != NULL && g_file_equal (file, self->file) && self->lock != NULL)
    return trellis_lock_check (self->lock, error);

  *out_lock = trellis_lock_acquire (file, FALSE, error);
  return *out_lock != NULL;
}

/**
 * trellis_window_save:
 * @file: where to save: the window's file, or another for Save As
 *
 * Saves the project.  On success the window shows @file, holds its lock,
 * is no longer read-only, and the recovery copy is gone.
 *
 * Returns: %FALSE with @error set if the project could not be saved; the
 *   file on disk is then untouched and the project still dirty
 */
gboolean
trellis_window_save (TrellisWindow  *self,
                     GFile          *file,
                     GError        **error)
{
  g_autoptr(TrellisLock) lock = NULL;
  GtkApplication *application;

  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->project != NULL, FALSE);

  if (!take_lock_for (self, file, &lock, error))
    return FALSE;
  if (!trellis_project_save (self->project, file, error))
    {
      if (lock != NULL)
        trellis_lock_release (lock, NULL);
      return FALSE;
    }

  if (lock != NULL)
    trellis_window_set_lock (self, lock);
  trellis_window_set_file (self, file);
  trellis_window_set_read_only (self, FALSE);
  discard_recovery (self);

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (TRELLIS_IS_APPLICATION (application))
    trellis_application_register (TRELLIS_APPLICATION (application), file, self->project);
  _trellis_window_update_title (self);
  _trellis_window_update_actions (self);
  return TRUE;
}

static gboolean
save_or_report (TrellisWindow *self,
                GFile         *file)
{
  g_autoptr(GError) error = NULL;

  if (trellis_window_save (self, file, &error))
    return TRUE;

  show_save_error (self, file, error);
  return FALSE;
}

/* Save As for a project without a file, and afterwards close if asked. */
typedef struct
{
  TrellisWindow *window;
  gboolean       close_after;
} SaveAsData;

static void
on_save_as_response_cb (GtkNativeDialog *native,
                        int              response,
                        SaveAsData      *data)
{
  g_autoptr(TrellisWindow) self = data->window;
  gboolean close_after = data->close_after;

  g_free (data);
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;

      /* A name typed without the extension gets it, so the file manager knows it. */
      if (path != NULL && !g_str_has_suffix (path, ".trellis"))
        {
          g_autofree char *with_extension = g_strconcat (path, ".trellis", NULL);

          file = g_file_new_for_path (with_extension);
        }
      else
        file = g_object_ref (chosen);

      if (save_or_report (self, file) && close_after)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
run_save_as (TrellisWindow *self,
             gboolean       close_after)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strconcat (trellis_project_get_name (self->project), ".trellis", NULL);
  SaveAsData *data = g_new0 (SaveAsData, 1);

  native = gtk_file_chooser_native_new (_("Save Project As"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Trellis Projects"));
  gtk_file_filter_add_pattern (filter, "*.trellis");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_strdelimit (name, G_DIR_SEPARATOR_S, '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  data->window = g_object_ref (self);
  data->close_after = close_after;
  g_signal_connect (native, "response", G_CALLBACK (on_save_as_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
save_then (TrellisWindow *self,
           gboolean       close_after)
{
  if (self->file == NULL)
    {
      run_save_as (self, close_after);
      return FALSE;
    }

  return save_or_report (self, self->file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_then (TRELLIS_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run_save_as (TRELLIS_WINDOW (widget), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  trellis_history_undo (trellis_project_get_history (self->project));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  trellis_history_redo (trellis_project_get_history (self->project));
}

/* Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y, seen before the focused widget sees
 * them.  GtkText and GtkTextView bind these keys to their own undo and take
 * them even when that undo is off (it is, on every field bound with
 * trellis_app_bind_text()), so the window's own bindings, which come after
 * the focused widget, never saw them while a field had the focus.
 *
 * The undo applies to the committed history: a bound field commits each
 * keystroke as it is typed (merged into one step by the history), so there
 * is no pending text to commit first.  A field that commits only on Enter
 * or on leaving it keeps what was typed since, and the undo goes to the
 * step before.
 *
 * In the library (no project) the keys are left to the focused entry. */
static gboolean
history_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (self->project == NULL)
    return FALSE;
  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

static void
add_history_shortcut (GtkShortcutController *controller,
                      guint                  keyval,
                      GdkModifierType        modifiers,
                      const char            *action_name)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_callback_action_new (history_shortcut_cb,
                                                                                   (gpointer) action_name,
                                                                                   NULL)));
}

void
_trellis_window_add_history_shortcuts (TrellisWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "trellis-history-shortcuts");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_history_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_z, GDK_CONTROL_MASK, "win.undo");
  add_history_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_z,
                        GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo");
  add_history_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_y, GDK_CONTROL_MASK, "win.redo");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  GtkWidget *view = trellis_window_get_project_view (self);

  if (view != NULL)
    trellis_project_view_set_page (TRELLIS_PROJECT_VIEW (view), g_variant_get_string (parameter, NULL));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

/* Presenter mode on the board of the tool shown; again (or Escape there) leaves it. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  GtkWidget *view = trellis_window_get_project_view (self);
  g_autofree char *page = NULL;

  if (self->project == NULL)
    return;
  if (view != NULL)
    page = trellis_print_dup_shown_tool (TRELLIS_PROJECT_VIEW (view));
  trellis_presenter_toggle (GTK_WINDOW (self), self->project, page, self->timer);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
destroy_cb (gpointer user_data)
{
  gtk_window_destroy (user_data);
  return G_SOURCE_REMOVE;
}

/* The dialog is still emitting its response and closes itself after it:
 * the window, its parent, goes once that is done. */
static void
destroy_later (TrellisWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_cb, g_object_ref (self), g_object_unref);
}

static void
on_close_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             TrellisWindow    *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      discard_recovery (self);
      destroy_later (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (save_then (self, TRUE))
        destroy_later (self);
    }
}

static gboolean
trellis_window_close_request (GtkWindow *window)
{
  TrellisWindow *self = TRELLIS_WINDOW (window);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->project == NULL || self->read_only || !trellis_project_get_dirty (self->project))
    return FALSE;

  /* translators: %s is the name of a project */
  body = g_strdup_printf (_("“%s” has changes that are not saved. Closing without saving "
                            "loses them."), trellis_project_get_name (self->project));
  dialog = adw_message_dialog_new (window, _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/**
 * trellis_window_autosave:
 *
 * Writes a recovery copy if the project has unsaved changes.
 *
 * Returns: %FALSE with @error set if the copy could not be written
 */
gboolean
trellis_window_autosave (TrellisWindow  *self,
                         GError        **error)
{
  g_return_val_if_fail (TRELLIS_IS_WINDOW (self), FALSE);

  if (self->project == NULL || self->read_only || !trellis_project_get_dirty (self->project))
    return TRUE;

  return trellis_recovery_save (self->project, self->file, error);
}

static gboolean
autosave_cb (gpointer user_data)
{
  TrellisWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (trellis_window_autosave (self, &error))
    self->autosave_failed = FALSE;
  else if (!self->autosave_failed)
    {
      /* translators: %s says why, such as "No space left on device" */
      g_autofree char *title = g_strdup_printf (_("Could not write a recovery copy: %s"),
                                                error->message);

      /* Once, not every minute: the next success resets it. */
      self->autosave_failed = TRUE;
      trellis_window_add_toast (self, title);
    }

  return G_SOURCE_CONTINUE;
}

void
_trellis_window_restart_autosave (TrellisWindow *self)
{
  g_assert (TRELLIS_IS_WINDOW (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->project != NULL)
    self->autosave_source = g_timeout_add_seconds (g_settings_get_uint (self->settings,
                                                                        "autosave-interval"),
                                                   autosave_cb, self);
}

void
_trellis_window_update_actions (TrellisWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  TrellisHistory *history = NULL;
  gboolean editable = self->project != NULL && !self->read_only;

  if (self->project != NULL)
    history = trellis_project_get_history (self->project);

  gtk_widget_action_set_enabled (widget, "win.save", editable);
  gtk_widget_action_set_enabled (widget, "win.save-as", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "win.undo", editable && trellis_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", editable && trellis_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.show-page", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "win.take-snapshot", editable);
  gtk_widget_action_set_enabled (widget, "win.status-rules", editable);
  gtk_widget_action_set_enabled (widget, "win.print", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "win.print-report", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "win.import", editable);
  gtk_widget_action_set_enabled (widget, "win.export", self->project != NULL);
  _trellis_window_update_workshop_actions (self);
  gtk_widget_action_set_enabled (widget, "win.present", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "win.merge-group-files", editable);
  gtk_widget_action_set_enabled (widget, "win.resolve-conflicts", editable);
  _trellis_window_session_update_actions (self);
}

static gboolean
toggle_sidebar (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (!gtk_widget_get_visible (self->sidebar_button))
    return FALSE;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->sidebar_button),
                                !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->sidebar_button)));
  return TRUE;
}

/* From the table of steps and tools: Alt and a page's position, and the
 * shortcut of each tool that has one. */
static void
add_page_shortcuts (GtkWidgetClass *widget_class)
{
  const TrellisAppStep *steps;
  const TrellisAppTool *tools;
  guint n_steps, n_tools;

  steps = trellis_app_get_steps (&n_steps);
  /* Alt+1 to Alt+4 are the four steps, so Alt+0 is the overview before them. */
  for (guint i = 0; i < n_steps && i < 10; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", steps[i].page_name);

  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = NULL;
      guint key;
      GdkModifierType mods;

      if (tools[i].accel == NULL)
        continue;
      if (!gtk_accelerator_parse (tools[i].accel, &key, &mods))
        g_error ("The shortcut “%s” of a tool does not parse", tools[i].accel);
      path = trellis_app_tool_dup_path (&tools[i]);
      gtk_widget_class_add_binding_action (widget_class, key, mods, "win.show-page", "s", path);
    }
}

/* The thresholds of the project's traffic lights. */
static void
status_rules_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (self->project == NULL || self->read_only)
    return;
  gtk_window_present (GTK_WINDOW (trellis_status_rules_dialog_new (GTK_WINDOW (self), self->project)));
}

/* Print: what the page shows, as the report prints it (trellis-print.c). */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  GtkWidget *view = trellis_window_get_project_view (self);
  g_autoptr(TrellisPrint) print = NULL;

  if (view == NULL)
    return;
  print = trellis_print_new_for_view (TRELLIS_PROJECT_VIEW (view));
  trellis_print_run (print, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self));
}

/* Print Report: the whole workshop report, the preset ("workshop",
 * "board", "all") changeable in the dialog's Report tab. */
static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  g_autoptr(TrellisPrint) print = NULL;
  TrellisReportSections sections;

  if (self->project == NULL ||
      !trellis_report_preset_parse (g_variant_get_string (parameter, NULL), &sections, NULL))
    return;
  print = trellis_print_new (self->project, sections);
  trellis_print_set_offer_presets (print, TRUE);
  trellis_print_run (print, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self));
}

/* A toast from a widget of the page, which does not know the window. */
static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  trellis_window_add_toast (TRELLIS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
add_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", "s", print_report_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  _trellis_window_session_add_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}

/* The kind of item @parameter names ("stakeholders"), or for "" the one
 * of the tool on screen. */
static const char *
exchange_kind (TrellisWindow *self,
               GVariant      *parameter)
{
  const char *kind = g_variant_get_string (parameter, NULL);
  GtkWidget *view = trellis_window_get_project_view (self);

  if (trellis_import_kind_to_type (kind) != G_TYPE_INVALID)
    return kind;
  return view != NULL ? trellis_exchange_kind_for_view (TRELLIS_PROJECT_VIEW (view)) : "stakeholders";
}

/* A spreadsheet's rows into the project, previewed first. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (self->project == NULL || self->read_only)
    return;
  trellis_import_dialog_choose (GTK_WINDOW (self), self->project, exchange_kind (self, parameter));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);

  if (self->project == NULL)
    return;
  gtk_window_present (GTK_WINDOW (trellis_export_options_dialog_new (GTK_WINDOW (self), self->project,
                                                                     exchange_kind (self, parameter))));
}

void
_trellis_window_class_add_actions (GtkWidgetClass *widget_class)
{
  GTK_WINDOW_CLASS (widget_class)->close_request = trellis_window_close_request;

  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  add_page_shortcuts (widget_class);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F9, 0, toggle_sidebar, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_install_action (widget_class, "win.take-snapshot", NULL,
                                   trellis_snapshot_dialog_take_snapshot_action);
  gtk_widget_class_install_action (widget_class, "win.status-rules", NULL, status_rules_action);
  add_print_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.import", "s", import_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  _trellis_window_class_add_voting_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.merge-group-files", NULL,
                                   trellis_merge_dialog_merge_group_files_action);
  gtk_widget_class_install_action (widget_class, "win.resolve-conflicts", NULL,
                                   trellis_merge_dialog_resolve_conflicts_action);
}
