/* trellis-export-dialog.c: choosing where to export a file, and saying why it failed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas poster and the board report are exported the same way: a
 * file chooser with the right filter and a suggested name, the extension
 * added when the name was typed without it, and a dialog naming the file
 * and the reason when it could not be written.
 */

#define G_LOG_DOMAIN "trellis-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-export-dialog.h"

typedef struct
{
  GtkWidget         *parent;
  char              *extension;
  TrellisExportFunc  write;
  gpointer           user_data;
  GDestroyNotify     destroy;
} Export;

static void
export_free (Export *export)
{
  if (export->destroy != NULL)
    export->destroy (export->user_data);
  g_object_unref (export->parent);
  g_free (export->extension);
  g_free (export);
}

static void
show_error (GtkWidget    *parent,
            GFile        *file,
            const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), NULL, error->message);

  /* translators: %s is the name of a file */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could not export “%s”"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * trellis_export_write:
 * @parent: a widget of the window to show an error over
 *
 * Writes an export to @file; says why in a dialog if it cannot.
 *
 * Returns: %FALSE if the file could not be written
 */
gboolean
trellis_export_write (GtkWidget         *parent,
                      GFile             *file,
                      TrellisExportFunc  write,
                      gpointer           user_data)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (write (file, user_data, &error))
    return TRUE;
  show_error (parent, file, error);
  return FALSE;
}

static void
on_response_cb (GtkNativeDialog *native,
                int              response,
                gpointer         user_data)
{
  Export *export = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;

      /* A name typed without the extension gets it. */
      if (path != NULL && !g_str_has_suffix (path, export->extension))
        {
          g_autofree char *with_extension = g_strconcat (path, export->extension, NULL);

          file = g_file_new_for_path (with_extension);
        }
      else
        file = g_object_ref (chosen);
      trellis_export_write (export->parent, file, export->write, export->user_data);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  export_free (export);
}

/**
 * trellis_export_dialog_run:
 * @parent: a widget of the window the chooser belongs to
 * @title: the chooser's title ("Export as PDF Poster")
 * @filter_name: the name of the file filter ("PDF Documents")
 * @extension: added to a name typed without it (".pdf")
 * @suggested_name: the name proposed, without directory; separators become dashes
 * @write: writes the export once a file is chosen
 * @destroy: (nullable): frees @user_data when the chooser is done
 *
 * Asks where to export, then writes there.
 */
void
trellis_export_dialog_run (GtkWidget         *parent,
                           const char        *title,
                           const char        *filter_name,
                           const char        *mime_type,
                           const char        *extension,
                           const char        *suggested_name,
                           TrellisExportFunc  write,
                           gpointer           user_data,
                           GDestroyNotify     destroy)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup (suggested_name);
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (write != NULL);

  export = g_new0 (Export, 1);
  export->parent = g_object_ref (parent);
  export->extension = g_strdup (extension);
  export->write = write;
  export->user_data = user_data;
  export->destroy = destroy;

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (parent)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_strdelimit (name, G_DIR_SEPARATOR_S, '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
