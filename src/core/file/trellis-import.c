/* trellis-import.c: items of one kind from a CSV file, previewed then applied
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import reads a CSV file, maps its columns to the fields of one kind
 * of item (by name or label, or as the user says) and works out, without
 * touching the project, what each row will do: update the item whose
 * title or name it has (within the item's owner, when the file has a
 * column for it: a measurement is its indicator's value on a date), or
 * add a new one.  Every problem is listed, with the file, the row (the
 * header is row 1), the column, the value and what would be accepted.
 * Only a file without problems is applied, as one undo step: nothing
 * else changes, ever.
 *
 * References are read by name: the title of a goal, the name of a
 * stakeholder, the text of a SWOT item, lists of them separated by | or
 * ;.  A name may be that of an item of the file itself (an action that
 * depends on an action further down).  An action's owner who is not in
 * the register is kept as an outside owner's name.
 */

#define G_LOG_DOMAIN "trellis-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-csv.h"
#include "trellis-import-private.h"
#include "trellis-item-private.h"

G_DEFINE_FINAL_TYPE (TrellisImport, trellis_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (trellis-import-error-quark, trellis_import_error)

static void
problem_free (Problem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

static void
mapping_free (Mapping *mapping)
{
  g_free (mapping->title);
  g_free (mapping);
}

static void
trellis_import_finalize (GObject *object)
{
  TrellisImport *self = TRELLIS_IMPORT (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->item_class, g_type_class_unref);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->mappings, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->is_new, g_array_unref);
  g_clear_pointer (&self->row_names, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);

  G_OBJECT_CLASS (trellis_import_parent_class)->finalize (object);
}

static void
trellis_import_class_init (TrellisImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_import_finalize;
}

static void
trellis_import_init (TrellisImport *self)
{
  self->columns = g_array_new (FALSE, FALSE, sizeof (int));
  self->mappings = g_ptr_array_new_with_free_func ((GDestroyNotify) mapping_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  self->targets = g_ptr_array_new_with_free_func (g_free);
  self->is_new = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->row_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->names = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->display_name = g_strdup ("");
  self->separator = ',';
}

/* The preview must be computed again before it is applied. */
static void
on_project_changed_cb (TrellisImport *self,
                       TrellisItem   *item)
{
  self->up_to_date = FALSE;
}

/**
 * trellis_import_new:
 * @item_type: a type trellis_import_kind_to_type() returns
 *
 * Returns: (transfer full): an import into @project, with no file yet
 */
TrellisImport *
trellis_import_new (TrellisProject *project,
                    GType           item_type)
{
  TrellisImport *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (_trellis_import_find_kind (item_type) != NULL, NULL);

  self = g_object_new (TRELLIS_TYPE_IMPORT, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->item_type = item_type;
  self->item_class = g_type_class_ref (item_type);
  self->kind = _trellis_import_find_kind (item_type);
  self->owner_field = _trellis_import_owner_field (item_type);
  self->n_fields = trellis_item_class_get_n_fields (self->item_class);
  return self;
}

static void
map_columns (TrellisImport *self)
{
  const char * const *header = g_ptr_array_index (self->rows, 0);

  g_array_set_size (self->columns, 0);
  for (guint c = 0; header[c] != NULL; c++)
    {
      g_autofree char *folded = _trellis_import_fold_title (header[c]);
      int field = -1;
      gboolean mapped = FALSE;

      for (guint i = self->mappings->len; i > 0 && !mapped; i--)
        {
          Mapping *mapping = g_ptr_array_index (self->mappings, i - 1);
          g_autofree char *title = _trellis_import_fold_title (mapping->title);

          if ((mapped = g_str_equal (title, folded)))
            field = mapping->field;
        }
      for (guint f = 0; f < self->n_fields && !mapped; f++)
        if ((mapped = trellis_import_field_matches (self->item_type, f, header[c])))
          field = f;
      g_array_append_val (self->columns, field);
    }
}

static void
add_mapping (TrellisImport *self,
             const char    *title,
             int            field)
{
  Mapping *mapping = g_new0 (Mapping, 1);

  mapping->title = g_strdup (title);
  mapping->field = field;
  g_ptr_array_add (self->mappings, mapping);
  if (self->rows != NULL)
    {
      map_columns (self);
      _trellis_import_check (self);
    }
}

static char *
list_field_names (TrellisImport *self)
{
  GString *names = g_string_new (NULL);

  for (guint f = 0; f < self->n_fields; f++)
    g_string_append_printf (names, "%s%s", f > 0 ? ", " : "",
                            _trellis_import_get_field (self, f)->pspec->name);
  return g_string_free (names, FALSE);
}

/**
 * trellis_import_map:
 * @mapping: "COLUMN=FIELD": the column titled COLUMN gives FIELD (a
 *   field's name or label); "COLUMN=" leaves the column out
 *
 * Maps a column by its title, before or after the file is read.
 *
 * Returns: %FALSE with @error set if @mapping is not COLUMN=FIELD or names
 *   no field of the kind
 */
gboolean
trellis_import_map (TrellisImport  *self,
                    const char     *mapping,
                    GError        **error)
{
  const char *equal;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  int field = -1;

  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), FALSE);

  equal = strrchr (mapping, '=');
  if (equal == NULL || equal == mapping)
    {
      g_set_error (error, TRELLIS_IMPORT_ERROR, TRELLIS_IMPORT_ERROR_MAPPING,
                   _("“%s” is not a mapping; write COLUMN=FIELD, such as “Due date=due”"),
                   mapping);
      return FALSE;
    }
  title = g_strstrip (g_strndup (mapping, equal - mapping));
  name = g_strstrip (g_strdup (equal + 1));
  for (guint f = 0; f < self->n_fields && *name != '\0' && field < 0; f++)
    if (trellis_import_field_matches (self->item_type, f, name))
      field = f;
  if (*name != '\0' && field < 0)
    {
      g_autofree char *names = list_field_names (self);

      g_set_error (error, TRELLIS_IMPORT_ERROR, TRELLIS_IMPORT_ERROR_MAPPING,
                   /* translators: a field's name, a kind of item, then the fields it has */
                   _("“%s” is not a field of %s; use one of %s"), name, self->kind->kind, names);
      return FALSE;
    }
  add_mapping (self, title, field);
  return TRUE;
}

/**
 * trellis_import_load_data:
 * @display_name: how messages name the file
 * @data: the file's bytes
 *
 * Reads a CSV file, maps its columns and computes the preview.  A file
 * that is not CSV at all (not UTF-8, a quote never closed) is an error;
 * a row that cannot be imported is a problem of the preview.
 *
 * Returns: %FALSE with @error set if the file cannot be read as CSV
 */
gboolean
trellis_import_load_data (TrellisImport  *self,
                          const char     *display_name,
                          const char     *data,
                          gsize           length,
                          GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  char separator;

  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), FALSE);

  rows = trellis_csv_read (data, length, &separator, &local_error);
  if (rows == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return FALSE;
    }

  g_free (self->display_name);
  self->display_name = g_strdup (display_name);
  self->separator = separator;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_steal_pointer (&rows);
  map_columns (self);
  _trellis_import_check (self);
  return TRUE;
}

/**
 * trellis_import_load_file:
 *
 * trellis_import_load_data() on a file's contents; messages name it by
 * its base name.
 *
 * Returns: %FALSE with @error set if it cannot be read as CSV
 */
gboolean
trellis_import_load_file (TrellisImport  *self,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > TRELLIS_CSV_MAX_SIZE)
    {
      g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u MiB"), name, TRELLIS_CSV_MAX_SIZE / 1024 / 1024);
      return FALSE;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return FALSE;
  return trellis_import_load_data (self, name, contents, length, error);
}

/**
 * trellis_import_get_separator:
 *
 * Returns: the separator the file uses: ',', ';' or '\t'
 */
char
trellis_import_get_separator (TrellisImport *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), ',');

  return self->separator;
}

/**
 * trellis_import_get_n_columns:
 *
 * Returns: how many columns the file's header has
 */
guint
trellis_import_get_n_columns (TrellisImport *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), 0);

  return self->columns->len;
}

/**
 * trellis_import_get_column_title:
 *
 * Returns: (transfer none): the title of @column in the header
 */
const char *
trellis_import_get_column_title (TrellisImport *self,
                                 guint          column)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return _trellis_import_cell_at (self, 0, column);
}

/**
 * trellis_import_get_column_field:
 *
 * Returns: the index of the field @column gives, or -1 if it is left out
 */
int
trellis_import_get_column_field (TrellisImport *self,
                                 guint          column)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), -1);
  g_return_val_if_fail (column < self->columns->len, -1);

  return g_array_index (self->columns, int, column);
}

/**
 * trellis_import_set_column_field:
 * @field: a field's index in the item's class, or -1 to leave the column out
 *
 * Maps @column as the user chose, and computes the preview again.
 *
 * Returns: %FALSE if @field is not a field of the kind
 */
gboolean
trellis_import_set_column_field (TrellisImport *self,
                                 guint          column,
                                 int            field)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (column < self->columns->len, FALSE);

  if (field < -1 || field >= (int) self->n_fields)
    return FALSE;
  add_mapping (self, _trellis_import_cell_at (self, 0, column), field);
  return TRUE;
}

/**
 * trellis_import_get_n_rows:
 *
 * Returns: how many rows follow the header (blank ones included)
 */
guint
trellis_import_get_n_rows (TrellisImport *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), 0);

  return self->rows != NULL ? self->rows->len - 1 : 0;
}

/**
 * trellis_import_get_cell:
 * @row: from 0, the first row after the header
 *
 * Returns: (transfer none): the cell as read, "" where the row is short
 */
const char *
trellis_import_get_cell (TrellisImport *self,
                         guint          row,
                         guint          column)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), NULL);
  g_return_val_if_fail (row < trellis_import_get_n_rows (self), NULL);

  return _trellis_import_cell_at (self, row + 1, column);
}

/**
 * trellis_import_get_n_new:
 *
 * Returns: how many items the import would add
 */
guint
trellis_import_get_n_new (TrellisImport *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), 0);

  return self->n_new;
}

/**
 * trellis_import_get_n_updated:
 *
 * Returns: how many existing items the import would update
 */
guint
trellis_import_get_n_updated (TrellisImport *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), 0);

  return self->n_updated;
}

/**
 * trellis_import_get_n_problems:
 *
 * Returns: how many problems the preview found (more than
 *   trellis_import_get_problem() keeps when there are hundreds)
 */
guint
trellis_import_get_n_problems (TrellisImport *self)
{
  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), 0);

  return self->n_problems;
}

/**
 * trellis_import_get_problem:
 * @index: from 0; the first 500 problems are kept
 * @row: (out) (optional): its row, the header being row 1
 * @column: (out) (optional): its column from 1, or 0 for the whole row
 *
 * Returns: (transfer none) (nullable): the problem in words, starting
 *   with the file, the row and the column; %NULL past the last one kept
 */
const char *
trellis_import_get_problem (TrellisImport *self,
                            guint          index,
                            guint         *row,
                            guint         *column)
{
  Problem *problem;

  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), NULL);

  if (index >= self->problems->len)
    return NULL;
  problem = g_ptr_array_index (self->problems, index);
  if (row != NULL)
    *row = problem->row;
  if (column != NULL)
    *column = problem->column;
  return problem->message;
}

static void
set_problems_error (TrellisImport  *self,
                    GError        **error)
{
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = MIN (self->problems->len, 20);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (message, "%s%s", i > 0 ? "\n" : "",
                            ((Problem *) g_ptr_array_index (self->problems, i))->message);
  if (self->n_problems > shown)
    g_string_append_printf (message,
                            /* translators: after a list of problems */
                            ngettext ("\n… and %u more problem; nothing was imported",
                                      "\n… and %u more problems; nothing was imported",
                                      self->n_problems - shown),
                            self->n_problems - shown);
  g_set_error_literal (error, TRELLIS_IMPORT_ERROR, TRELLIS_IMPORT_ERROR_INVALID, message->str);
}

static void
apply_row (TrellisImport *self,
           guint          row,
           RowValues     *values)
{
  const char *uuid = g_ptr_array_index (self->targets, row);
  g_autoptr(TrellisItem) fresh = NULL;
  TrellisItem *item;

  if (g_array_index (self->is_new, gboolean, row))
    item = fresh = g_object_new (self->item_type, "uuid", uuid, NULL);
  else
    item = trellis_project_lookup (self->project, uuid);

  for (guint f = 0; f < self->n_fields; f++)
    if (values->set[f])
      _trellis_item_set_field (item, f, &values->values[f]);
  if (fresh != NULL)
    trellis_project_add_item (self->project, fresh);
}

/**
 * trellis_import_apply:
 *
 * Computes the preview again if the project changed since, and, if it
 * has no problem, applies every row as one undo step.
 *
 * Returns: %FALSE with @error set, listing the problems, if nothing was
 *   imported
 */
gboolean
trellis_import_apply (TrellisImport  *self,
                      GError        **error)
{
  TrellisHistory *history;
  g_autofree char *label = NULL;
  RowValues *values;

  g_return_val_if_fail (TRELLIS_IS_IMPORT (self), FALSE);

  if (self->rows == NULL)
    {
      g_set_error_literal (error, TRELLIS_IMPORT_ERROR, TRELLIS_IMPORT_ERROR_NOTHING,
                           _("no file has been read"));
      return FALSE;
    }
  if (!self->up_to_date)
    _trellis_import_check (self);
  if (self->n_problems > 0)
    {
      set_problems_error (self, error);
      return FALSE;
    }

  history = trellis_project_get_history (self->project);
  /* translators: an undo step; %s is the file imported */
  label = g_strdup_printf (_("Import “%s”"), self->display_name);
  trellis_history_begin_group (history, label);
  values = _trellis_import_row_values_new (self);
  for (guint row = 1; row < self->rows->len; row++)
    if (g_ptr_array_index (self->targets, row) != NULL &&
        _trellis_import_convert_row (self, row, values, FALSE))
      apply_row (self, row, values);
  _trellis_import_row_values_free (values);
  trellis_history_end_group (history);
  return TRUE;
}
