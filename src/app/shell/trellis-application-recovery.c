/* trellis-application-recovery.c: offering the work of a crashed session back
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recovery copy whose writing process is gone (trellis-recovery.c) is
 * offered once per start: restore it into a window, with its changes
 * unsaved, or discard it.  "Later" keeps it for the next start.
 */

#define G_LOG_DOMAIN "trellis-application"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-application.h"
#include "trellis-window.h"

/* The window that shows @file as saved, if any: opening the file is what
 * made the offer. */
static TrellisWindow *
find_clean_window_for (TrellisApplication *self,
                       GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      TrellisProject *project;
      GFile *window_file;

      if (!TRELLIS_IS_WINDOW (l->data))
        continue;
      project = trellis_window_get_project (l->data);
      window_file = trellis_window_get_file (l->data);
      if (project != NULL && !trellis_project_get_dirty (project) &&
          window_file != NULL && g_file_equal (window_file, file))
        return l->data;
    }

  return NULL;
}

static void
restore (TrellisApplication *self,
         TrellisRecovery    *recovery)
{
  g_autoptr(TrellisProject) project = NULL;
  g_autoptr(TrellisLock) lock = NULL;
  g_autoptr(GError) error = NULL;
  GFile *original = trellis_recovery_get_original (recovery);
  TrellisWindow *saved_window = NULL;
  TrellisWindow *window;

  project = trellis_recovery_load (recovery, &error);
  if (project == NULL)
    {
      g_warning ("Could not load the recovery copy of %s: %s",
                 trellis_recovery_get_name (recovery), error->message);
      return;
    }

  /* The changes are not in the file yet. */
  trellis_history_mark_unsaved (trellis_project_get_history (project));
  window = trellis_window_new (GTK_APPLICATION (self));
  if (original != NULL)
    saved_window = find_clean_window_for (self, original);
  /* Two windows on one file would both hold its lock: the restored one
   * replaces the one without changes, before taking the lock it releases. */
  if (saved_window != NULL)
    gtk_window_destroy (GTK_WINDOW (saved_window));
  if (original != NULL)
    lock = trellis_lock_acquire (original, FALSE, NULL);
  trellis_window_set_file (window, original);
  trellis_window_set_project (window, project);
  trellis_window_set_lock (window, lock);
  /* Writing the copy again makes it this process's, no longer an orphan. */
  if (!trellis_window_autosave (window, &error))
    g_debug ("Could not renew the recovery copy: %s", error->message);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_recovery_dialog_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                TrellisRecovery  *recovery)
{
  TrellisApplication *self = TRELLIS_APPLICATION (g_application_get_default ());
  g_autoptr(GError) error = NULL;

  /* Restoring may replace the window the dialog is transient for; GTK 4.8
   * would then unset a freed parent when the dialog goes. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  if (g_strcmp0 (response, "restore") == 0)
    restore (self, recovery);
  else if (g_strcmp0 (response, "discard") == 0 && !trellis_recovery_discard (recovery, &error))
    g_warning ("Could not delete the recovery copy: %s", error->message);
}

static void
unref_recovery (gpointer  data,
                GClosure *closure)
{
  g_object_unref (data);
}

static void
offer (TrellisApplication *self,
       TrellisRecovery    *recovery)
{
  GDateTime *time = trellis_recovery_get_time (recovery);
  g_autoptr(GDateTime) local = time != NULL ? g_date_time_to_local (time) : NULL;
  /* translators: when a recovery copy was written, if its record lost the time */
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%x %X") : g_strdup (_("an unknown time"));
  g_autofree char *body = NULL;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  /* translators: a project's name, then a date and time */
  body = g_strdup_printf (_("Trellis stopped before the changes to “%s” were saved. "
                            "A recovery copy from %s has them."),
                          trellis_recovery_get_name (recovery), when);
  dialog = adw_message_dialog_new (parent, _("Restore Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_recovery_dialog_response_cb),
                         g_object_ref (recovery), unref_recovery, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * trellis_application_check_recovery:
 *
 * Offers every orphaned recovery copy, once per run of the application.
 */
void
trellis_application_check_recovery (TrellisApplication *self)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TRELLIS_IS_APPLICATION (self));

  if (g_object_get_data (G_OBJECT (self), "trellis-recovery-checked") != NULL)
    return;
  g_object_set_data (G_OBJECT (self), "trellis-recovery-checked", GINT_TO_POINTER (TRUE));

  orphans = trellis_recovery_list_orphans (&error);
  if (orphans == NULL)
    {
      g_debug ("Could not look for recovery copies: %s", error->message);
      return;
    }
  for (guint i = 0; i < orphans->len; i++)
    offer (self, orphans->pdata[i]);
}
