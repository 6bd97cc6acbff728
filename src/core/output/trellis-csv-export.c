/* trellis-csv-export.c: the items of one kind as a CSV file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One column per field, titled with the field's name, in the order of the
 * field table; one row per item, in the project's order.  References are
 * written as the title or name of the item they point to, lists of them
 * separated by " | ", so the file reads back with the import unchanged
 * and people can read it.  The file starts with a UTF-8 BOM, which tells
 * spreadsheets the encoding, and ends its rows with CRLF.
 */

#define G_LOG_DOMAIN "trellis-csv-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-csv.h"
#include "trellis-csv-export.h"
#include "trellis-import-private.h"
#include "trellis-item-private.h"

static char *
format_reference (TrellisProject *project,
                  const char     *uuid)
{
  TrellisItem *target = uuid != NULL ? trellis_project_lookup (project, uuid) : NULL;

  return target != NULL ? trellis_item_dup_full_label (target) : g_strdup ("");
}

static char *
format_cell (TrellisProject     *project,
             const TrellisField *field,
             const GValue       *value)
{
  if (field->flags & TRELLIS_FIELD_REFLIST)
    {
      const char * const *uuids = g_value_get_boxed (value);
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
      g_auto(GStrv) joined = NULL;

      for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
        {
          g_autofree char *name = format_reference (project, uuids[i]);

          g_strv_builder_add (names, name);
        }
      joined = g_strv_builder_end (names);
      return g_strjoinv (" | ", joined);
    }
  if (field->flags & TRELLIS_FIELD_REF)
    return format_reference (project, g_value_get_string (value));
  return _trellis_import_format_value (field, value);
}

static void
append_item (GString          *out,
             TrellisProject   *project,
             TrellisItemClass *klass,
             TrellisItem      *item,
             char              separator)
{
  guint n_fields = trellis_item_class_get_n_fields (klass);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint f = 0; f < n_fields; f++)
    g_ptr_array_add (cells, format_cell (project, trellis_item_class_get_field (klass, f),
                                         _trellis_item_get_slot (item, f)));
  g_ptr_array_add (cells, NULL);
  trellis_csv_append_row (out, (const char * const *) cells->pdata, separator);
}

static void
append_rows (GString            *out,
             TrellisProject     *project,
             GType               item_type,
             TrellisItem * const *items,
             guint               n_items,
             char                separator)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  guint n_fields = trellis_item_class_get_n_fields (TRELLIS_ITEM_CLASS (klass));

  for (guint f = 0; f < n_fields; f++)
    {
      const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass), f);

      g_ptr_array_add (header, (gpointer) field->pspec->name);
    }
  g_ptr_array_add (header, NULL);
  trellis_csv_append_row (out, (const char * const *) header->pdata, separator);
  for (guint i = 0; i < n_items; i++)
    append_item (out, project, TRELLIS_ITEM_CLASS (klass), items[i], separator);
}

/**
 * trellis_csv_export_to_string:
 * @item_type: a kind that trellis_import_kind_to_type() knows
 *
 * Returns: (transfer full): every item of @item_type in @project as CSV,
 *   a BOM and a header of field names first
 */
char *
trellis_csv_export_to_string (TrellisProject *project,
                              GType           item_type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *items;
  GString *out;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (trellis_import_type_to_kind (item_type) != NULL, NULL);

  items = trellis_project_get_items (project, item_type);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_ptr_array_add (all, g_list_model_get_item (items, i));
  out = g_string_new ("\xef\xbb\xbf");
  append_rows (out, project, item_type, (TrellisItem * const *) all->pdata, all->len, ',');
  return g_string_free (out, FALSE);
}

/**
 * trellis_csv_export_items_to_string:
 * @item_type: a kind that trellis_import_kind_to_type() knows
 * @items: (array length=n_items): items of @item_type, in the order wanted
 * @separator: ',', ';' or '\t' (tab-separated, as spreadsheets copy and paste)
 *
 * Some items as trellis_csv_export_to_string() writes them, with the same
 * header, without a BOM: what a copy puts on the clipboard.
 *
 * Returns: (transfer full): the header and one row per item
 */
char *
trellis_csv_export_items_to_string (TrellisProject      *project,
                                    GType                item_type,
                                    TrellisItem * const *items,
                                    guint                n_items,
                                    char                 separator)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (trellis_import_type_to_kind (item_type) != NULL, NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  append_rows (out, project, item_type, items, n_items, separator);
  return g_string_free (out, FALSE);
}

/**
 * trellis_csv_export_to_file:
 *
 * Writes trellis_csv_export_to_string() to @file, replacing it at once
 * (never half written).
 *
 * Returns: %FALSE with @error set if it could not be written
 */
gboolean
trellis_csv_export_to_file (TrellisProject  *project,
                            GType            item_type,
                            GFile           *file,
                            GError         **error)
{
  g_autofree char *text = trellis_csv_export_to_string (project, item_type);
  g_autoptr(GBytes) bytes = NULL;
  gsize length = strlen (text);

  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  return trellis_write_file_atomically (file, bytes, FALSE, error);
}
