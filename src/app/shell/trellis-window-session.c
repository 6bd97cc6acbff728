/* trellis-window-session.c: templates and workshop sessions in the window
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.save-as-template asks for a name and a description and says what a
 * template keeps and leaves out; win.start-workshop, win.end-workshop and
 * win.workshop-log run a TrellisWorkshopLog on the window's project (the
 * header shows a "Workshop" button while a session runs) and show its log.
 */

#define G_LOG_DOMAIN "trellis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-window-private.h"
#include "trellis-workshop-log-dialog.h"

static GtkWidget *
add_entry_row (GtkWidget  *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
new_entry_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
on_template_response_cb (TrellisWindow    *self,
                         const char       *response,
                         AdwMessageDialog *dialog)
{
  GtkWidget *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  GtkWidget *description_row = g_object_get_data (G_OBJECT (dialog), "description-row");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (name_row));

  if (g_strcmp0 (response, "save") != 0)
    return;
  file = trellis_project_save_as_template (self->project, name,
                                           gtk_editable_get_text (GTK_EDITABLE (description_row)),
                                           &error);
  if (file == NULL)
    /* translators: %s is why the template could not be saved */
    message = g_strdup_printf (_("The template was not saved: %s"), error->message);
  else
    /* translators: %s is the template's name */
    message = g_strdup_printf (_("Saved the template “%s”: choose it under New Project"), name);
  trellis_window_add_toast (self, message);
}

static void
save_as_template_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save as Template"), NULL);
  GtkWidget *list = new_entry_list ();
  GtkWidget *name_row;

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
    _("A template keeps the structure, prompts and key questions: SWOT and canvas notes, TOWS "
      "strategies, goals and indicators, actions, services and the self-check. It leaves out "
      "people and numbers: stakeholders, owners, budgets, dates, progress, measurements, "
      "baselines and targets, votes, answers, reviews and snapshots."));
  name_row = add_entry_row (list, _("Template Name"), trellis_project_get_name (self->project));
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  g_object_set_data (G_OBJECT (dialog), "description-row",
                     add_entry_row (list, _("What It Is For"), NULL));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save Template"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_template_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_start_response_cb (TrellisWindow    *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  GtkWidget *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row))));

  if (g_strcmp0 (response, "start") != 0)
    return;
  if (*name == '\0')
    {
      g_free (name);
      name = g_strdup (_("Workshop"));
    }
  trellis_workshop_log_start (self->workshop_log, name, NULL);
  _trellis_window_update_actions (self);
}

static void
start_workshop_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Start Workshop Session"), NULL);
  GtkWidget *list = new_entry_list ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%x");
  /* translators: the suggested name of a workshop session; %s is today's date */
  g_autofree char *suggested = g_strdup_printf (_("Workshop of %s"), date);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
    _("From now on every item added, changed or removed is logged, until the session ends. "
      "The log is saved with the project and can be exported for the minutes."));
  g_object_set_data (G_OBJECT (dialog), "name-row",
                     add_entry_row (list, _("Session Name"), suggested));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "start", _("_Start"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "start");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_start_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
end_workshop_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  guint n = g_list_model_get_n_items (trellis_workshop_log_get_changes (self->workshop_log));
  g_autofree char *message = NULL;

  trellis_workshop_log_end (self->workshop_log, NULL);
  /* translators: a toast when a workshop session ends */
  message = g_strdup_printf (ngettext ("Workshop session ended: %u item added, changed or removed",
                                       "Workshop session ended: %u items added, changed or removed",
                                       n), n);
  trellis_window_add_toast (self, message);
  _trellis_window_update_actions (self);
}

/* The running session, or else the last one in the file. */
static void
workshop_log_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TrellisWindow *self = TRELLIS_WINDOW (widget);
  TrellisWorkshopSession *running = trellis_workshop_log_get_session (self->workshop_log);
  GListModel *sessions = trellis_project_get_items (self->project, TRELLIS_TYPE_WORKSHOP_SESSION);
  guint n_sessions = g_list_model_get_n_items (sessions);
  g_autoptr(TrellisWorkshopSession) session = NULL;
  g_autoptr(GListStore) past = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  if (running != NULL)
    {
      gtk_window_present (GTK_WINDOW (trellis_workshop_log_dialog_new (
        GTK_WINDOW (self), self->project, running, trellis_workshop_log_get_changes (self->workshop_log))));
      return;
    }
  if (n_sessions == 0)
    return;
  session = g_list_model_get_item (sessions, n_sessions - 1);
  past = g_list_store_new (TRELLIS_TYPE_WORKSHOP_CHANGE);
  lines = trellis_workshop_list_changes (self->project, session);
  g_list_store_splice (past, 0, 0, lines->pdata, lines->len);
  gtk_window_present (GTK_WINDOW (trellis_workshop_log_dialog_new (GTK_WINDOW (self), self->project,
                                                                   session, G_LIST_MODEL (past))));
}

void
_trellis_window_session_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-as-template", NULL,
                                   save_as_template_action);
  gtk_widget_class_install_action (widget_class, "win.start-workshop", NULL, start_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.end-workshop", NULL, end_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.workshop-log", NULL, workshop_log_action);
}

void
_trellis_window_session_update_actions (TrellisWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = self->project != NULL && !self->read_only;
  gboolean running = self->workshop_log != NULL &&
                     trellis_workshop_log_get_running (self->workshop_log);
  gboolean any = self->project != NULL &&
                 trellis_project_count_items (self->project, TRELLIS_TYPE_WORKSHOP_SESSION) > 0;

  gtk_widget_action_set_enabled (widget, "win.save-as-template", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "win.start-workshop", editable && !running);
  gtk_widget_action_set_enabled (widget, "win.end-workshop", running);
  gtk_widget_action_set_enabled (widget, "win.workshop-log", running || any);
  if (self->workshop_button != NULL)
    gtk_widget_set_visible (self->workshop_button, running);
}

void
_trellis_window_session_set_project (TrellisWindow *self)
{
  self->workshop_log = trellis_workshop_log_new (self->project);
}
