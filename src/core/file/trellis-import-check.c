/* trellis-import-check.c: the preview of an import, row by row
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here reads the project and the file and writes only the
 * import's plan: which item each row updates or adds, and the problems.
 */

#define G_LOG_DOMAIN "trellis-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-import-private.h"
#include "trellis-item-private.h"

/* Marks a name that more than one item has. */
static const char ambiguous[] = "";

const TrellisField *
_trellis_import_get_field (TrellisImport *self,
                           guint          index)
{
  return trellis_item_class_get_field (self->item_class, index);
}

const char *
_trellis_import_cell_at (TrellisImport *self,
                         guint          row,
                         guint          column)
{
  const char * const *cells = g_ptr_array_index (self->rows, row);

  for (guint i = 0; i <= column; i++)
    if (cells[i] == NULL)
      return "";
  return cells[column];
}

static int
column_of_field (TrellisImport *self,
                 guint          field)
{
  for (guint c = 0; c < self->columns->len; c++)
    if (g_array_index (self->columns, int, c) == (int) field)
      return c;
  return -1;
}

/* Cuts a long value for a message. */
static char *
shorten (const char *text)
{
  g_autofree char *line = g_strdup (text);
  g_autofree char *start = NULL;

  g_strdelimit (line, "\r\n", ' ');
  if (g_utf8_strlen (line, -1) <= 60)
    return g_steal_pointer (&line);
  start = g_utf8_substring (line, 0, 57);
  return g_strconcat (start, "…", NULL);
}

static void
add_problem (TrellisImport *self,
             guint          row,
             guint          column,
             const char    *text)
{
  Problem *problem;
  g_autofree char *place = NULL;

  if (self->n_problems++ >= MAX_PROBLEMS)
    return;

  if (column > 0)
    /* translators: "FILE: row 4, column “Status”", the place of a problem in a CSV file */
    place = g_strdup_printf (_("%s: row %u, column “%s”"), self->display_name, row + 1,
                             _trellis_import_cell_at (self, 0, column - 1));
  else
    /* translators: "FILE: row 4", the place of a problem in a CSV file */
    place = g_strdup_printf (_("%s: row %u"), self->display_name, row + 1);

  problem = g_new0 (Problem, 1);
  problem->row = row + 1;
  problem->column = column;
  problem->message = g_strdup_printf ("%s: %s", place, text);
  g_ptr_array_add (self->problems, problem);
}

static void
add_value_problem (TrellisImport *self,
                   guint          row,
                   guint          column,
                   const char    *value,
                   const char    *accepted)
{
  g_autofree char *shown = shorten (value);
  /* translators: the first %s is a value from a CSV file, the second says what would do */
  g_autofree char *text = g_strdup_printf (_("“%s” is not accepted: %s"), shown, accepted);

  add_problem (self, row, column + 1, text);
}

static gboolean
row_is_blank (TrellisImport *self,
              guint          row)
{
  const char * const *cells = g_ptr_array_index (self->rows, row);

  for (guint i = 0; cells[i] != NULL; i++)
    for (const char *p = cells[i]; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;
  return TRUE;
}

/* Whether @field may name items of @type (a goal's sources: SWOT items
 * or TOWS strategies). */
static gboolean
field_takes (const TrellisField *field,
             GType               type)
{
  if (field->ref_types != NULL)
    {
      for (guint i = 0; field->ref_types[i] != G_TYPE_INVALID; i++)
        if (g_type_is_a (type, field->ref_types[i]))
          return TRUE;
      return FALSE;
    }
  return field->ref_type == G_TYPE_INVALID || g_type_is_a (type, field->ref_type);
}

/* Names → UUIDs of the project's items that @field may name. */
static GHashTable *
get_names (TrellisImport      *self,
           const TrellisField *field)
{
  GHashTable *names = g_hash_table_lookup (self->names, field);
  const GType *types = trellis_project_get_item_types (NULL);

  if (names != NULL)
    return names;

  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    {
      GListModel *items = trellis_project_get_items (self->project, types[t]);

      if (!field_takes (field, types[t]))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
          g_autofree char *label = trellis_item_dup_full_label (item);
          char *folded = _trellis_import_fold_name (label);

          if (g_hash_table_contains (names, folded))
            g_hash_table_replace (names, folded, (gpointer) ambiguous);
          else
            g_hash_table_insert (names, folded, (gpointer) trellis_item_get_uuid (item));
        }
    }
  g_hash_table_insert (self->names, (gpointer) field, names);
  return names;
}

static const char *
type_word (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return trellis_item_class_get_element_name (TRELLIS_ITEM_CLASS (klass));
}

/* The kinds @field may name, in words: "goal", "swot-item or tows-strategy" */
static char *
describe_kinds (const TrellisField *field)
{
  GType single[] = { field->ref_type, G_TYPE_INVALID };
  const GType *types = field->ref_types != NULL ? field->ref_types : single;
  GString *text = g_string_new (NULL);

  if (types[0] == G_TYPE_INVALID)
    g_string_append (text, _("item"));
  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    {
      if (i > 0)
        /* translators: between the kinds of item a reference may name */
        g_string_append (text, types[i + 1] == G_TYPE_INVALID ? _(" or ") : ", ");
      g_string_append (text, type_word (types[i]));
    }
  return g_string_free (text, FALSE);
}

/* Returns: (nullable): the UUID the name @text stands for; else @why says why not */
static const char *
resolve_name (TrellisImport      *self,
              const TrellisField *field,
              const char         *text,
              char              **why)
{
  g_autofree char *folded = _trellis_import_fold_name (text);
  g_autofree char *kinds = NULL;
  const char *uuid = NULL;

  if (field_takes (field, self->item_type))
    uuid = g_hash_table_lookup (self->row_names, folded);
  if (uuid == NULL)
    uuid = g_hash_table_lookup (get_names (self, field), folded);
  if (uuid != NULL && uuid != ambiguous)
    return uuid;

  kinds = describe_kinds (field);
  if (uuid == ambiguous)
    /* translators: %s is a kind of item, such as "goal" */
    *why = g_strdup_printf (_("more than one %s is called so in the project; rename one first"),
                            kinds);
  else
    /* translators: %s is a kind of item, such as "goal" */
    *why = g_strdup_printf (_("use the title or name of a %s in the project or in this file"),
                            kinds);
  return NULL;
}

/* "A | B" or "A; B": a list of names, unless the whole cell is one name. */
static gboolean
resolve_list (TrellisImport       *self,
              const TrellisField  *field,
              const char          *text,
              GValue              *value,
              char               **why)
{
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *whole_why = NULL;
  const char *uuid = resolve_name (self, field, text, &whole_why);

  if (uuid != NULL)
    {
      parts = g_new0 (char *, 2);
      parts[0] = g_strdup (text);
    }
  else
    parts = g_strsplit_set (text, strchr (text, '|') != NULL ? "|" : ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part_why = NULL;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      uuid = resolve_name (self, field, parts[i], &part_why);
      if (uuid == NULL)
        {
          g_autofree char *shown = shorten (parts[i]);
          /* translators: a name in a list, then why it is not accepted */
          *why = g_strdup_printf (_("“%s” is not known: %s; separate names with | or ;"),
                                  shown, part_why);
          return FALSE;
        }
      g_strv_builder_add (uuids, uuid);
    }
  g_value_take_boxed (value, g_strv_builder_end (uuids));
  return TRUE;
}

static void
row_values_reset (TrellisImport *self,
                  RowValues     *out)
{
  for (guint f = 0; f < self->n_fields; f++)
    {
      if (G_IS_VALUE (&out->values[f]))
        g_value_unset (&out->values[f]);
      g_value_init (&out->values[f], _trellis_import_get_field (self, f)->pspec->value_type);
      out->set[f] = out->forced[f] = FALSE;
    }
}

/* A reference by name; an owner outside the register keeps their name. */
static gboolean
convert_ref (TrellisImport  *self,
             guint           f,
             const char     *text,
             RowValues      *out,
             char          **why)
{
  const TrellisField *field = _trellis_import_get_field (self, f);
  int outside = _trellis_import_outside_field (self->item_type, f);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *ref_why = NULL;
  const char *uuid;

  if (field->flags & TRELLIS_FIELD_REFLIST)
    return resolve_list (self, field, stripped, &out->values[f], why);

  uuid = *stripped != '\0' ? resolve_name (self, field, stripped, &ref_why) : NULL;
  g_value_set_string (&out->values[f], uuid);
  if (outside >= 0 && (*stripped != '\0' || column_of_field (self, outside) < 0))
    {
      /* This column says who it is: a stakeholder of the register, else
       * someone outside it; another name beside it would contradict it. */
      g_value_set_string (&out->values[outside],
                          uuid != NULL || *stripped == '\0' ? NULL : stripped);
      out->set[outside] = out->forced[outside] = TRUE;
      return TRUE;
    }
  if (uuid == NULL && *stripped != '\0')
    *why = g_steal_pointer (&ref_why);
  return uuid != NULL || *stripped == '\0';
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
convert_cell (TrellisImport *self,
              guint          row,
              guint          column,
              RowValues     *out,
              gboolean       report)
{
  int f = g_array_index (self->columns, int, column);
  const TrellisField *field = _trellis_import_get_field (self, f);
  const char *text = _trellis_import_cell_at (self, row, column);
  g_autofree char *why = NULL;
  gboolean ok;

  if (out->forced[f])
    return TRUE;
  out->set[f] = TRUE;
  if (is_blank (text) && (field->flags & TRELLIS_FIELD_REF) &&
      !(field->flags & TRELLIS_FIELD_REQUIRED))
    return convert_ref (self, f, text, out, NULL);
  if (is_blank (text))
    {
      g_param_value_set_default (field->pspec, &out->values[f]);
      if (!(field->flags & TRELLIS_FIELD_REQUIRED))
        return TRUE;
      if (report)
        add_problem (self, row, column + 1, _("a value is required"));
      return FALSE;
    }

  if (field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST))
    ok = convert_ref (self, f, text, out, &why);
  else
    ok = _trellis_import_parse_value (field, text, &out->values[f], &why);
  if (!ok && report)
    add_value_problem (self, row, column, text, why);
  return ok;
}

gboolean
_trellis_import_convert_row (TrellisImport *self,
                             guint          row,
                             RowValues     *out,
                             gboolean       report)
{
  const char * const *cells = g_ptr_array_index (self->rows, row);
  guint n_cells = g_strv_length ((char **) cells);
  gboolean ok = TRUE;

  row_values_reset (self, out);
  for (guint c = 0; c < self->columns->len; c++)
    if (g_array_index (self->columns, int, c) >= 0)
      ok &= convert_cell (self, row, c, out, report);

  /* A short row (fewer cells than columns, as a spreadsheet copies it) has no more. */
  for (guint c = self->columns->len; c < n_cells; c++)
    if (!is_blank (cells[c]))
      {
        if (report)
          add_problem (self, row, 0, _("this row has more cells than the header has columns"));
        return FALSE;
      }
  return ok;
}


/* An item's key: its owner's UUID (when the file has a column for the
 * owner) and its folded title or name. */
static char *
make_key (const char *owner,
          const char *label)
{
  g_autofree char *folded = _trellis_import_fold_name (label);

  return g_strconcat (owner != NULL ? owner : "", "\n", folded, NULL);
}

static GHashTable *
index_existing (TrellisImport *self,
                gboolean       with_owner)
{
  GListModel *items = trellis_project_get_items (self->project, self->item_type);
  const TrellisField *field = _trellis_import_get_field (self, self->kind->key_field);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
      GValue *key = _trellis_item_get_slot (item, self->kind->key_field);
      g_autofree char *label = _trellis_import_format_value (field, key);
      const char *owner = NULL;
      char *folded;

      if (with_owner)
        owner = g_value_get_string (_trellis_item_get_slot (item, self->owner_field));
      folded = make_key (owner, label);
      if (g_hash_table_contains (keys, folded))
        g_hash_table_replace (keys, folded, (gpointer) ambiguous);
      else
        g_hash_table_insert (keys, folded, (gpointer) trellis_item_get_uuid (item));
    }
  return keys;
}

/* Returns: (nullable): the row's name as the project holds it, or %NULL if
 * it has none that can be read (the conversion says why) */
static char *
row_label (TrellisImport *self,
           guint          row,
           int            key_column)
{
  const TrellisField *field = _trellis_import_get_field (self, self->kind->key_field);
  g_autofree char *text = g_strstrip (g_strdup (_trellis_import_cell_at (self, row, key_column)));
  TrellisDay day;

  if (*text == '\0')
    return NULL;
  if (!(field->flags & TRELLIS_FIELD_DATE))
    return g_steal_pointer (&text);
  day = trellis_date_parse (text);
  return day != TRELLIS_DAY_NONE ? trellis_date_format (day) : NULL;
}

static gboolean
row_owner (TrellisImport  *self,
           guint           row,
           int             owner_column,
           const char    **owner)
{
  g_autofree char *text = NULL;
  g_autofree char *why = NULL;

  *owner = NULL;
  if (owner_column < 0)
    return TRUE;
  text = g_strstrip (g_strdup (_trellis_import_cell_at (self, row, owner_column)));
  if (*text == '\0')
    return TRUE;
  *owner = resolve_name (self, _trellis_import_get_field (self, self->owner_field), text, &why);
  return *owner != NULL;
}

static void
set_target (TrellisImport *self,
            guint          row,
            const char    *label,
            const char    *uuid)
{
  gboolean is_new = uuid == NULL;

  g_free (g_ptr_array_index (self->targets, row));
  g_ptr_array_index (self->targets, row) = is_new ? g_uuid_string_random () : g_strdup (uuid);
  g_array_index (self->is_new, gboolean, row) = is_new;
  if (is_new)
    self->n_new++;
  else
    self->n_updated++;
  g_hash_table_replace (self->row_names, _trellis_import_fold_name (label),
                        g_strdup (g_ptr_array_index (self->targets, row)));
}

/* Decides whether @row updates an item or adds one. */
static void
plan_row (TrellisImport *self,
          guint          row,
          int            key_column,
          int            owner_column,
          GHashTable    *existing,
          GHashTable    *seen)
{
  g_autofree char *label = row_label (self, row, key_column);
  g_autofree char *key = NULL;
  const char *owner;
  const char *uuid;
  guint first;

  if (label == NULL || !row_owner (self, row, owner_column, &owner))
    return;
  key = make_key (owner, label);
  first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
  if (first > 0)
    {
      g_autofree char *shown = shorten (label);
      /* translators: %s is a title or name, %u a row number */
      g_autofree char *text = g_strdup_printf (_("“%s” is already in row %u; a file may name each "
                                                 "item once"), shown, first);

      add_problem (self, row, key_column + 1, text);
      return;
    }
  g_hash_table_insert (seen, g_strdup (key), GUINT_TO_POINTER (row + 1));

  uuid = g_hash_table_lookup (existing, key);
  if (uuid == ambiguous)
    {
      g_autofree char *shown = shorten (label);
      /* translators: the first %s is a title or name, the second a kind of item */
      g_autofree char *text = g_strdup_printf (_("“%s” is the name of more than one %s in the "
                                                 "project; rename one first"), shown,
                                               type_word (self->item_type));

      add_problem (self, row, key_column + 1, text);
      return;
    }
  set_target (self, row, label, uuid);
}

static void
check_mappings (TrellisImport *self)
{
  for (guint i = 0; i < self->mappings->len; i++)
    {
      Mapping *mapping = g_ptr_array_index (self->mappings, i);
      g_autofree char *folded = _trellis_import_fold_title (mapping->title);
      gboolean found = FALSE;

      for (guint c = 0; c < self->columns->len && !found; c++)
        {
          g_autofree char *title = _trellis_import_fold_title (_trellis_import_cell_at (self, 0, c));

          found = g_str_equal (title, folded);
        }
      if (!found)
        {
          /* translators: %s is a column title the user mapped to a field */
          g_autofree char *text = g_strdup_printf (_("the mapping names “%s”, but the header has "
                                                     "no column of that title"), mapping->title);

          add_problem (self, 0, 0, text);
        }
    }
}

/* Returns: the column that gives the key, or -1 after saying so */
static int
check_columns (TrellisImport *self)
{
  const TrellisField *key = _trellis_import_get_field (self, self->kind->key_field);
  int key_column = column_of_field (self, self->kind->key_field);

  check_mappings (self);
  for (guint c = 0; c < self->columns->len; c++)
    {
      int f = g_array_index (self->columns, int, c);
      int first = f >= 0 ? column_of_field (self, f) : -1;

      if (first >= 0 && (guint) first < c)
        {
          /* translators: the first %s is a column's title, the second a field's name */
          g_autofree char *text = g_strdup_printf (_("this column and column “%s” both give “%s”; "
                                                     "map one of them to another field or to "
                                                     "nothing (COLUMN=)"),
                                                   _trellis_import_cell_at (self, 0, first),
                                                   _trellis_import_get_field (self, f)->pspec->name);

          add_problem (self, 0, c + 1, text);
        }
    }
  if (key_column < 0)
    {
      /* translators: the %s are a field's name, its label and its name again */
      g_autofree char *text = g_strdup_printf (_("no column gives the “%s” of each item; call one "
                                                 "“%s” or “%s”, or map one with COLUMN=%s"),
                                               key->pspec->name, key->pspec->name,
                                               trellis_import_field_label (self->item_type,
                                                                           self->kind->key_field),
                                               key->pspec->name);

      add_problem (self, 0, 0, text);
    }
  return key_column;
}

/* A new item needs every required field: the file must have its column. */
static void
check_required (TrellisImport *self)
{
  guint first_new = 0;

  for (guint row = 1; row < self->rows->len && first_new == 0; row++)
    if (g_array_index (self->is_new, gboolean, row))
      first_new = row;
  if (first_new == 0)
    return;

  for (guint f = 0; f < self->n_fields; f++)
    if ((_trellis_import_get_field (self, f)->flags & TRELLIS_FIELD_REQUIRED) &&
        column_of_field (self, f) < 0)
      {
        /* translators: %s is a field's name */
        g_autofree char *text = g_strdup_printf (_("this row adds an item, which needs “%s”; "
                                                   "add a column for it"),
                                                 _trellis_import_get_field (self, f)->pspec->name);

        add_problem (self, first_new, 0, text);
      }
}

RowValues *
_trellis_import_row_values_new (TrellisImport *self)
{
  RowValues *values = g_new0 (RowValues, 1);

  values->n_fields = self->n_fields;
  values->values = g_new0 (GValue, self->n_fields);
  values->set = g_new0 (gboolean, self->n_fields);
  values->forced = g_new0 (gboolean, self->n_fields);
  return values;
}

void
_trellis_import_row_values_free (RowValues *values)
{
  for (guint f = 0; f < values->n_fields; f++)
    if (G_IS_VALUE (&values->values[f]))
      g_value_unset (&values->values[f]);
  g_free (values->values);
  g_free (values->set);
  g_free (values->forced);
  g_free (values);
}

static void
reset_plan (TrellisImport *self)
{
  g_ptr_array_set_size (self->problems, 0);
  self->n_problems = 0;
  g_ptr_array_set_size (self->targets, 0);
  g_ptr_array_set_size (self->targets, self->rows != NULL ? self->rows->len : 0);
  g_array_set_size (self->is_new, 0);
  g_array_set_size (self->is_new, self->targets->len);
  g_hash_table_remove_all (self->row_names);
  g_hash_table_remove_all (self->names);
  self->n_new = self->n_updated = 0;
}

/* The preview: what each row will do, and every problem.  The project is not touched. */
void
_trellis_import_check (TrellisImport *self)
{
  g_autoptr(GHashTable) existing = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  RowValues *values;
  int key_column;
  int owner_column;

  reset_plan (self);
  if (self->rows == NULL || (key_column = check_columns (self)) < 0)
    return;

  owner_column = self->owner_field >= 0 ? column_of_field (self, self->owner_field) : -1;
  existing = index_existing (self, owner_column >= 0);
  for (guint row = 1; row < self->rows->len; row++)
    if (!row_is_blank (self, row))
      plan_row (self, row, key_column, owner_column, existing, seen);
  check_required (self);

  values = _trellis_import_row_values_new (self);
  for (guint row = 1; row < self->rows->len; row++)
    if (!row_is_blank (self, row))
      _trellis_import_convert_row (self, row, values, TRUE);
  _trellis_import_row_values_free (values);
  self->up_to_date = TRUE;
}
