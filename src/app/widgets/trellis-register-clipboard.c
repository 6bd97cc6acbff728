/* trellis-register-clipboard.c: copying rows of a register, and pasting rows from a spreadsheet
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register.copy (Ctrl+C in the table) puts the selected rows on the
 * clipboard as tab-separated values under a header of field names, as the
 * CSV export writes them (trellis-csv-export.c): a spreadsheet takes them
 * as cells, and pasting them back updates the same items.
 *
 * register.paste (Ctrl+V in the table, not in a field being edited) reads
 * tab-separated rows and imports them with TrellisImport, under its rules:
 * references by name, a row whose name or title exists updates that
 * item, nothing changes unless every row is good, one undo step.  The
 * first row is the header if most of its cells name a field (by name or
 * label, as the import matches them); otherwise the rows are read in the
 * order of the table's visible columns.  Problems are listed in a dialog;
 * a good paste says what it did in the window's toast.
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "trellis-csv.h"
#include "trellis-csv-export.h"
#include "trellis-import.h"
#include "trellis-register-private.h"

/* Copy */

static void
copy_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  TrellisRegister *self = user_data;
  g_autoptr(GPtrArray) items = trellis_register_get_selected (self);
  g_autofree char *text = NULL;

  if (items->len == 0 || PRIV (self)->project == NULL)
    return;
  text = trellis_csv_export_items_to_string (PRIV (self)->project, INFO (self)->item_type,
                                             (TrellisItem * const *) items->pdata, items->len, '\t');
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

/* Reading what was pasted */

/* The cells of the first line, split at tabs, as a spreadsheet copies them. */
static GStrv
split_first_line (const char *text)
{
  gsize length = strcspn (text, "\r\n");
  g_autofree char *line = g_strndup (text, length);

  return g_strsplit (line, "\t", -1);
}

/* A header if most of its non-empty cells name a field of the kind. */
static gboolean
is_header (GType               item_type,
           const char * const *cells)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  guint n_fields = trellis_item_class_get_n_fields (TRELLIS_ITEM_CLASS (klass));
  guint n_cells = 0, n_matched = 0;

  for (guint c = 0; cells[c] != NULL; c++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (cells[c]));

      if (*cell == '\0')
        continue;
      n_cells++;
      for (guint f = 0; f < n_fields; f++)
        if (trellis_import_field_matches (item_type, f, cell))
          {
            n_matched++;
            break;
          }
    }
  return n_matched > 0 && 2 * n_matched > n_cells;
}

/* The field names of the visible columns, left to right. */
static GPtrArray *
visible_field_names (TrellisRegister *self)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (INFO (self)->item_type);
  GListModel *columns = gtk_column_view_get_columns (PRIV (self)->column_view);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "trellis-field"));

      if (field == 0 || !gtk_column_view_column_get_visible (column))
        continue;
      g_ptr_array_add (names, g_strdup (trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass),
                                                                      field - 1)->pspec->name));
    }
  return names;
}

/*
 * What the import reads: a header line of our own (the pasted one, or the
 * visible columns' fields), then the pasted rows as they are.  The header
 * is written with the TAB separator and its cells quoted where needed, so
 * the reader, which finds the separator in the header, finds TAB; a header
 * of one cell gets an empty one more (a column left out) for the same end.
 */
static char *
build_import_text (TrellisRegister *self,
                   const char      *text,
                   gboolean        *has_header)
{
  g_auto(GStrv) first = split_first_line (text);
  g_autoptr(GPtrArray) header = NULL;
  GString *out = g_string_new (NULL);
  const char *rows = text;

  *has_header = is_header (INFO (self)->item_type, (const char * const *) first);
  if (*has_header)
    {
      header = g_ptr_array_new_with_free_func (g_free);
      for (guint c = 0; first[c] != NULL; c++)
        g_ptr_array_add (header, g_strdup (first[c]));
      rows = text + strcspn (text, "\r\n");
      if (rows[0] == '\r' && rows[1] == '\n')
        rows += 2;
      else if (rows[0] != '\0')
        rows++;
    }
  else
    header = visible_field_names (self);
  if (header->len < 2)
    g_ptr_array_add (header, g_strdup (""));
  g_ptr_array_add (header, NULL);
  trellis_csv_append_row (out, (const char * const *) header->pdata, '\t');
  g_string_append (out, rows);
  return g_string_free (out, FALSE);
}

/* Paste */

/* "3 stakeholders added" or "2 actions updated". */
static char *
describe_rows (GType    item_type,
               guint    n,
               gboolean updated)
{
  if (item_type == TRELLIS_TYPE_STAKEHOLDER)
    return g_strdup_printf (updated ? ngettext ("%u stakeholder updated", "%u stakeholders updated", n)
                                    : ngettext ("%u stakeholder added", "%u stakeholders added", n), n);
  if (item_type == TRELLIS_TYPE_ACTION)
    return g_strdup_printf (updated ? ngettext ("%u action updated", "%u actions updated", n)
                                    : ngettext ("%u action added", "%u actions added", n), n);
  if (item_type == TRELLIS_TYPE_SERVICE)
    return g_strdup_printf (updated ? ngettext ("%u service updated", "%u services updated", n)
                                    : ngettext ("%u service added", "%u services added", n), n);
  return g_strdup_printf (updated ? ngettext ("%u row updated", "%u rows updated", n)
                                  : ngettext ("%u row added", "%u rows added", n), n);
}

static char *
describe_paste (GType item_type,
                guint n_new,
                guint n_updated)
{
  g_autofree char *added = NULL;

  if (n_new == 0)
    return describe_rows (item_type, n_updated, TRUE);
  added = describe_rows (item_type, n_new, FALSE);
  if (n_updated == 0)
    return g_steal_pointer (&added);
  /* translators: after "3 stakeholders added": how many existing ones the paste changed */
  return g_strdup_printf (ngettext ("%s, %u updated", "%s, %u updated", n_updated), added, n_updated);
}

static void
show_problems (TrellisRegister *self,
               const GError    *error,
               gboolean         has_header)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (has_header)
    body = g_strdup (error->message);
  else
    body = g_strdup_printf ("%s\n\n%s",
                            _("The pasted rows have no column titles: their cells were read in "
                              "the order of the table’s columns, and the rows are counted from 2."),
                            error->message);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Nothing Was Pasted"), body);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _trellis_register_paste_text:
 * @text: rows separated by tabs, as a spreadsheet copies them
 *
 * Imports @text into the register's kind: all of it as one undo step, or
 * nothing, the problems then listed in a dialog.
 *
 * Returns: whether the rows were imported
 */
gboolean
_trellis_register_paste_text (TrellisRegister *self,
                              const char      *text)
{
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *message = NULL;
  gboolean has_header;

  if (!PRIV (self)->editable || PRIV (self)->project == NULL || text == NULL || *text == '\0')
    return FALSE;
  data = build_import_text (self, text, &has_header);
  import = trellis_import_new (PRIV (self)->project, INFO (self)->item_type);
  /* translators: how problems name what was pasted, as they name a file */
  if (!trellis_import_load_data (import, _("Pasted rows"), data, strlen (data), &error) ||
      !trellis_import_apply (import, &error))
    {
      show_problems (self, error, has_header);
      return FALSE;
    }
  message = describe_paste (INFO (self)->item_type, trellis_import_get_n_new (import),
                            trellis_import_get_n_updated (import));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
  return TRUE;
}

static void
on_clipboard_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrellisRegister) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        trellis_register_show_error (self, _("The clipboard holds no text to paste"));
      return;
    }
  _trellis_register_paste_text (self, text);
}

static void
paste_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  TrellisRegister *self = user_data;

  if (!PRIV (self)->editable)
    {
      trellis_register_show_error (self, _("The project is read-only: nothing can be pasted into it"));
      return;
    }
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL, on_clipboard_read_cb,
                                 g_object_ref (self));
}

/* Set-up */

static const GActionEntry clipboard_entries[] = {
  { "copy", copy_activated },
  { "paste", paste_activated },
};

/* Ctrl+C and Ctrl+V belong to a text being edited in a cell. */
static gboolean
clipboard_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && GTK_IS_TEXT (focus))
    return FALSE;
  return gtk_widget_activate_action (widget, user_data, NULL);
}

static void
add_clipboard_shortcut (GtkShortcutController *controller,
                        guint                  keyval,
                        const char            *action_name)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (clipboard_shortcut_cb,
                                                                                   (gpointer) action_name,
                                                                                   NULL)));
}

/* The register's copy and paste, and their keys in its table. */
void
_trellis_register_setup_clipboard (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), clipboard_entries,
                                   G_N_ELEMENTS (clipboard_entries), self);
  gtk_event_controller_set_name (controller, "trellis-register-clipboard");
  add_clipboard_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_c, "register.copy");
  add_clipboard_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_v, "register.paste");
  gtk_widget_add_controller (GTK_WIDGET (priv->column_view), controller);
}
