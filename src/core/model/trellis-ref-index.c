/* trellis-ref-index.c: the items of a project by what their references hold
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generated trellis_<type>_list_by_<field> () functions ask which items
 * of one type refer to one target (the measurements of an indicator, the
 * indicators of a goal).  A view asks it for every row, so scanning the
 * items each time is quadratic: 900 indicators by 4,000 measurements at
 * 100 times the sample.  This index answers from a table built on the
 * first question, one per type and field: UUID referred to → the items,
 * in the order of their store.
 *
 * The project drops the tables of a type whenever an item of that type is
 * changed, added, moved or removed (every edit, undo and redo goes
 * through _trellis_project_item_changed ()) and when a file fills the
 * type, so an answer is never stale; a burst of edits costs one rebuild
 * at the next question.  The tables hold no reference: an item leaves its
 * store only through those paths, which drop them first.
 */

#define G_LOG_DOMAIN "trellis-project"

#include "config.h"

#include "trellis-item-private.h"
#include "trellis-ref-index.h"

/* The key of the items whose reference field is not set. */
#define UNSET ""

struct _TrellisRefIndex
{
  /* GType → GPtrArray by field index of (nullable) GHashTable:
   * UUID → GPtrArray of TrellisItem, unowned */
  GHashTable *types;
};

TrellisRefIndex *
_trellis_ref_index_new (void)
{
  TrellisRefIndex *self = g_new0 (TrellisRefIndex, 1);

  self->types = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  return self;
}

void
_trellis_ref_index_free (TrellisRefIndex *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->types);
  g_free (self);
}

void
_trellis_ref_index_invalidate (TrellisRefIndex *self,
                               GType            item_type)
{
  g_hash_table_remove (self->types, GSIZE_TO_POINTER (item_type));
}

/* The tables of fields not asked about are NULL. */
static void
free_table (gpointer table)
{
  if (table != NULL)
    g_hash_table_unref (table);
}

static void
add_to (GHashTable  *table,
        const char  *uuid,
        TrellisItem *item)
{
  GPtrArray *items = g_hash_table_lookup (table, uuid);

  if (items == NULL)
    {
      items = g_ptr_array_new ();
      g_hash_table_insert (table, g_strdup (uuid), items);
    }
  /* A list that names one target twice gives the item once. */
  if (items->len == 0 || g_ptr_array_index (items, items->len - 1) != item)
    g_ptr_array_add (items, item);
}

static GHashTable *
build_table (GListModel *model,
             guint       index,
             gboolean    is_list)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
      const GValue *value = _trellis_item_get_slot (item, index);

      if (is_list)
        {
          const char * const *refs = g_value_get_boxed (value);

          for (guint r = 0; refs != NULL && refs[r] != NULL; r++)
            if (refs[r][0] != '\0')
              add_to (table, refs[r], item);
        }
      else
        {
          const char *ref = g_value_get_string (value);

          add_to (table, ref != NULL ? ref : UNSET, item);
        }
    }
  return table;
}

/* The table of one field, built if it is not there. */
static GHashTable *
ensure_table (TrellisRefIndex *self,
              TrellisProject  *project,
              GType            item_type,
              guint            index,
              gboolean         is_list)
{
  GPtrArray *fields = g_hash_table_lookup (self->types, GSIZE_TO_POINTER (item_type));

  if (fields == NULL)
    {
      fields = g_ptr_array_new_with_free_func (free_table);
      g_hash_table_insert (self->types, GSIZE_TO_POINTER (item_type), fields);
    }
  if (fields->len <= index)
    g_ptr_array_set_size (fields, index + 1);
  if (g_ptr_array_index (fields, index) == NULL)
    g_ptr_array_index (fields, index) = build_table (trellis_project_get_items (project, item_type),
                                                     index, is_list);
  return g_ptr_array_index (fields, index);
}

/* Called by _trellis_project_list_by_field (), which documents it. */
GPtrArray *
_trellis_ref_index_list (TrellisRefIndex *self,
                         TrellisProject  *project,
                         GType            item_type,
                         guint            index,
                         TrellisItem     *target)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  const TrellisField *field = trellis_item_class_get_field (TRELLIS_ITEM_CLASS (klass), index);
  gboolean is_list;
  GPtrArray *items;

  g_return_val_if_fail (field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST), found);

  is_list = (field->flags & TRELLIS_FIELD_REFLIST) != 0;
  /* No list holds "no item". */
  if (is_list && target == NULL)
    return found;

  items = g_hash_table_lookup (ensure_table (self, project, item_type, index, is_list),
                               target != NULL ? trellis_item_get_uuid (target) : UNSET);
  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (found, g_object_ref (g_ptr_array_index (items, i)));
  return found;
}
