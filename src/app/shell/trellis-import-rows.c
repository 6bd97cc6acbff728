/* trellis-import-rows.c: the rows of an import's file as a list model, made as they are shown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file of 100,000 rows is previewed in a GtkColumnView, which asks only
 * for the rows on screen: this model holds nothing but their number and
 * makes each item when it is asked for.  An item is the row's number in
 * the file as people count it (the header is row 1), as a string the
 * first column shows; the cells read the rest from the TrellisImport.
 */

#define G_LOG_DOMAIN "trellis-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-import-rows.h"

struct _TrellisImportRows
{
  GObject parent_instance;

  guint   n_rows;
};

static GType
trellis_import_rows_get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
trellis_import_rows_get_n_items (GListModel *model)
{
  return TRELLIS_IMPORT_ROWS (model)->n_rows;
}

static gpointer
trellis_import_rows_get_item (GListModel *model,
                              guint       position)
{
  g_autofree char *number = NULL;

  if (position >= TRELLIS_IMPORT_ROWS (model)->n_rows)
    return NULL;
  number = g_strdup_printf ("%u", position + 2);
  return gtk_string_object_new (number);
}

static void
trellis_import_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = trellis_import_rows_get_item_type;
  iface->get_n_items = trellis_import_rows_get_n_items;
  iface->get_item = trellis_import_rows_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisImportRows, trellis_import_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      trellis_import_rows_list_model_init))

static void
trellis_import_rows_class_init (TrellisImportRowsClass *klass)
{
}

static void
trellis_import_rows_init (TrellisImportRows *self)
{
}

/**
 * trellis_import_rows_new:
 * @n_rows: how many rows follow the header
 *
 * Returns: (transfer full): the model
 */
TrellisImportRows *
trellis_import_rows_new (guint n_rows)
{
  TrellisImportRows *self = g_object_new (TRELLIS_TYPE_IMPORT_ROWS, NULL);

  self->n_rows = n_rows;
  return self;
}

/**
 * trellis_import_rows_set_n_rows:
 *
 * Another file, or the same read again: every row changes.
 */
void
trellis_import_rows_set_n_rows (TrellisImportRows *self,
                                guint              n_rows)
{
  guint removed;

  g_return_if_fail (TRELLIS_IS_IMPORT_ROWS (self));

  removed = self->n_rows;
  self->n_rows = n_rows;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, n_rows);
}

/**
 * trellis_import_rows_get_row:
 * @item: an item of the model
 *
 * Returns: the index of @item's row for trellis_import_get_cell(): 0 for
 *   the first row after the header
 */
guint
trellis_import_rows_get_row (GtkStringObject *item)
{
  guint64 number = g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);

  return number >= 2 ? (guint) number - 2 : 0;
}
