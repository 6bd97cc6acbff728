/* trellis-import-dialog-open.c: choosing the spreadsheet to import, and saying why it cannot be read
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.import asks for a CSV file (GtkFileChooserNative: the portal's
 * chooser where there is one), then shows its preview, or a dialog that
 * names the file and says why it could not be read: not found, not
 * UTF-8, a quote never closed, too large.
 */

#define G_LOG_DOMAIN "trellis-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-import-dialog.h"

static void
show_open_error (GtkWindow    *parent,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  GtkWidget *dialog = adw_message_dialog_new (parent, NULL, error->message);

  /* translators: %s is the name of a file */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could not import “%s”"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * trellis_import_dialog_open:
 *
 * Shows the preview of @file, or a dialog naming it and saying why it
 * cannot be read.
 *
 * Returns: (transfer none) (nullable): the import dialog shown, %NULL if
 *   the file could not be read
 */
GtkWidget *
trellis_import_dialog_open (GtkWindow      *parent,
                            TrellisProject *project,
                            GFile          *file,
                            const char     *kind)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = trellis_import_dialog_new (parent, project, file, kind, &error);

  if (dialog == NULL)
    {
      show_open_error (parent, file, error);
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

typedef struct
{
  GtkWindow      *parent;
  TrellisProject *project;
  char           *kind;
} Choice;

static void
choice_free (Choice *choice)
{
  g_object_unref (choice->parent);
  g_object_unref (choice->project);
  g_free (choice->kind);
  g_free (choice);
}

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      trellis_import_dialog_open (choice->parent, choice->project, file, choice->kind);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  choice_free (choice);
}

/**
 * trellis_import_dialog_choose:
 * @kind: the kind of item the rows become at first ("stakeholders")
 *
 * Asks for a CSV file, then previews it (trellis_import_dialog_open()).
 */
void
trellis_import_dialog_choose (GtkWindow      *parent,
                              TrellisProject *project,
                              const char     *kind)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  Choice *choice;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));

  choice = g_new0 (Choice, 1);
  choice->parent = g_object_ref (parent);
  choice->project = g_object_ref (project);
  choice->kind = g_strdup (kind);
  native = gtk_file_chooser_native_new (_("Import a Spreadsheet"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, TSV, TXT)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.tsv");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "text/tab-separated-values");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
