/* trellis-merge-refs.c: a merged project never refers to a missing item
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One side may delete an item the other side still refers to: we delete
 * a goal while their group adds an action for it, or they delete a
 * stakeholder we made the owner of an action.  Rather than clear the
 * reference (losing what the other side meant), the merge keeps the item
 * and makes its deletion a conflict, which the people resolve: taking the
 * deleting side then deletes it the usual way, clearing the references.
 *
 * _trellis_merge_check_references() does that on the list of changes,
 * before anything is applied, until no kept item refers to a missing one.
 * _trellis_merge_drop_dangling() is the last guard of
 * trellis_merge_apply_to(), where people may reject an item others need.
 */

#define G_LOG_DOMAIN "trellis-merge"

#include "config.h"

#include "trellis-merge-private.h"
#include "trellis-item-private.h"

typedef struct
{
  TrellisMerge *merge;
  GHashTable   *whole;    /* UUID → the change to the whole item */
  GHashTable   *fields;   /* "UUID field" → the change to that field */
} RefCheck;

static void
index_changes (RefCheck *check)
{
  GListModel *changes = G_LIST_MODEL (check->merge->changes);

  g_hash_table_remove_all (check->whole);
  g_hash_table_remove_all (check->fields);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      TrellisMergeChange *change = g_list_model_get_item (changes, i);

      if (change->uuid == NULL)
        ;
      else if (change->field < 0)
        g_hash_table_insert (check->whole, change->uuid, change);
      else
        g_hash_table_insert (check->fields, g_strdup_printf ("%s %d", change->uuid, change->field),
                             change);
      g_object_unref (change);
    }
}

/* Whether the result holds the item (before conflicts are resolved). */
static gboolean
will_be_present (RefCheck   *check,
                 const char *uuid)
{
  TrellisMergeChange *change = g_hash_table_lookup (check->whole, uuid);

  if (trellis_project_lookup (check->merge->versions[TRELLIS_MERGE_VERSION_OURS], uuid) != NULL)
    return change == NULL || change->kind != TRELLIS_MERGE_CHANGE_REMOVED;
  return change != NULL && (change->kind == TRELLIS_MERGE_CHANGE_ADDED || change->ours_deleted);
}

/* Keeps @uuid, which a kept item refers to.  Returns whether that changed anything. */
static gboolean
rescue (RefCheck   *check,
        const char *uuid)
{
  TrellisMerge *merge = check->merge;
  TrellisMergeChange *change = g_hash_table_lookup (check->whole, uuid);
  g_autoptr(TrellisMergeChange) conflict = NULL;
  TrellisItem *items[3];

  if (change != NULL && change->kind == TRELLIS_MERGE_CHANGE_REMOVED)
    {
      change->kind = TRELLIS_MERGE_CHANGE_CONFLICT;
      change->theirs_deleted = TRUE;
      change->accepted = FALSE;
      return TRUE;
    }
  items[2] = trellis_project_lookup (merge->versions[TRELLIS_MERGE_VERSION_THEIRS], uuid);
  if (change != NULL || items[2] == NULL)
    return FALSE;

  items[0] = trellis_project_lookup (merge->versions[TRELLIS_MERGE_VERSION_BASE], uuid);
  items[1] = NULL;
  conflict = _trellis_merge_change_new (TRELLIS_MERGE_CHANGE_CONFLICT, G_OBJECT_TYPE (items[2]),
                                        uuid, -1);
  _trellis_merge_change_set_values (conflict, merge, items);
  conflict->ours_deleted = TRUE;
  g_list_store_append (merge->changes, conflict);
  return TRUE;
}

/* The value the result will hold in field @index of the item. */
static const GValue *
merged_value (RefCheck    *check,
              TrellisItem *ours,
              TrellisItem *theirs,
              guint        index)
{
  g_autofree char *key = NULL;
  TrellisMergeChange *change;

  if (ours == NULL)
    return _trellis_item_get_slot (theirs, index);
  key = g_strdup_printf ("%s %u", trellis_item_get_uuid (ours), index);
  change = g_hash_table_lookup (check->fields, key);
  if (change != NULL && change->kind == TRELLIS_MERGE_CHANGE_CHANGED && theirs != NULL)
    return _trellis_item_get_slot (theirs, index);
  return _trellis_item_get_slot (ours, index);
}

static gboolean
check_targets (RefCheck           *check,
               const TrellisField *field,
               const GValue       *value)
{
  gboolean rescued = FALSE;

  if (field->flags & TRELLIS_FIELD_REF && g_value_get_string (value) != NULL)
    {
      if (!will_be_present (check, g_value_get_string (value)))
        rescued |= rescue (check, g_value_get_string (value));
    }
  else if (field->flags & TRELLIS_FIELD_REFLIST && g_value_get_boxed (value) != NULL)
    for (const char * const *ref = g_value_get_boxed (value); *ref != NULL; ref++)
      if (!will_be_present (check, *ref))
        rescued |= rescue (check, *ref);

  return rescued;
}

static gboolean
check_item (RefCheck    *check,
            const char  *uuid)
{
  TrellisItem *ours = trellis_project_lookup (check->merge->versions[1], uuid);
  TrellisItem *theirs = trellis_project_lookup (check->merge->versions[2], uuid);
  TrellisItem *any = ours != NULL ? ours : theirs;
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (any);
  gboolean rescued = FALSE;

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);

      if (field->flags & TRELLIS_FIELD_WEAK ||
          !(field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST)))
        continue;
      rescued |= check_targets (check, field, merged_value (check, ours, theirs, i));
    }
  return rescued;
}

static gboolean
check_pass (RefCheck *check)
{
  const GType *types = trellis_project_get_item_types (NULL);
  gboolean rescued = FALSE;

  index_changes (check);
  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    for (guint v = TRELLIS_MERGE_VERSION_OURS; v <= TRELLIS_MERGE_VERSION_THEIRS; v++)
      {
        GListModel *model = trellis_project_get_items (check->merge->versions[v], types[t]);

        for (guint i = 0; i < g_list_model_get_n_items (model); i++)
          {
            g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
            const char *uuid = trellis_item_get_uuid (item);

            if (will_be_present (check, uuid))
              rescued |= check_item (check, uuid);
          }
      }
  return rescued;
}

void
_trellis_merge_check_references (TrellisMerge *self)
{
  RefCheck check = { self, NULL, NULL };

  check.whole = g_hash_table_new (g_str_hash, g_str_equal);
  check.fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Each pass may keep items that refer to more; a chain ends. */
  while (check_pass (&check))
    ;
  g_hash_table_unref (check.whole);
  g_hash_table_unref (check.fields);
}

/* Clears (or, for an owner, deletes with its item) one reference to a
 * missing item.  Returns whether it found one. */
static gboolean
drop_in_item (TrellisProject *project,
              TrellisItem    *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);
      const GValue *value = _trellis_item_get_slot (item, i);
      g_autoptr(GStrvBuilder) kept = NULL;
      g_auto(GValue) fixed = G_VALUE_INIT;
      gboolean dropped = FALSE;

      if (field->flags & TRELLIS_FIELD_WEAK)
        continue;
      if (field->flags & TRELLIS_FIELD_REF && g_value_get_string (value) != NULL &&
          trellis_project_lookup (project, g_value_get_string (value)) == NULL)
        {
          if (field->flags & TRELLIS_FIELD_OWNER)
            trellis_project_remove_item (project, item);
          else
            {
              g_value_init (&fixed, G_TYPE_STRING);
              _trellis_item_set_field (item, i, &fixed);
            }
          return TRUE;
        }
      if (!(field->flags & TRELLIS_FIELD_REFLIST) || g_value_get_boxed (value) == NULL)
        continue;
      kept = g_strv_builder_new ();
      for (const char * const *ref = g_value_get_boxed (value); *ref != NULL; ref++)
        if (trellis_project_lookup (project, *ref) != NULL)
          g_strv_builder_add (kept, *ref);
        else
          dropped = TRUE;
      if (!dropped)
        continue;
      g_value_init (&fixed, G_TYPE_STRV);
      g_value_take_boxed (&fixed, g_strv_builder_end (kept));
      _trellis_item_set_field (item, i, &fixed);
      return TRUE;
    }
  return FALSE;
}

void
_trellis_merge_drop_dangling (TrellisProject *project)
{
  const GType *types = trellis_project_get_item_types (NULL);
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint t = 0; types[t] != G_TYPE_INVALID && !again; t++)
        {
          GListModel *model = trellis_project_get_items (project, types[t]);

          for (guint i = 0; i < g_list_model_get_n_items (model) && !again; i++)
            {
              g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);

              again = drop_in_item (project, item);
            }
        }
    }
}
