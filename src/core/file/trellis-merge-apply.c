/* trellis-merge-apply.c: applying a merge's changes to a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything happens inside one history group, so a merge into an open
 * project is one undo step.  Added items are appended first and deleted
 * items removed (trellis_project_remove_item (), with what they own); then
 * each kind of item is put in the merged order: the base order is the
 * project's own, or theirs if their move was accepted, and the items the
 * other order has on its own go after the item that comes before them
 * there (at the start when none does).
 */

#define G_LOG_DOMAIN "trellis-merge"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-merge-private.h"
#include "trellis-item-private.h"

static gboolean
is_accepted (TrellisMergeChange *change,
             GHashTable         *accepted)
{
  if (accepted == NULL)
    return change->accepted;
  return g_hash_table_contains (accepted, change);
}

static void
insert_theirs (TrellisProject     *project,
               TrellisMergeChange *change,
               GHashTable         *inserted)
{
  g_autoptr(TrellisItem) copy = NULL;

  if (change->theirs_item == NULL || trellis_project_lookup (project, change->uuid) != NULL)
    return;
  copy = _trellis_merge_clone_item (change->theirs_item);
  trellis_project_add_item (project, copy);
  g_hash_table_add (inserted, (gpointer) trellis_item_get_uuid (copy));
}

static void
take_their_value (TrellisProject     *project,
                  TrellisMergeChange *change)
{
  TrellisItem *item = trellis_project_lookup (project, change->uuid);

  if (item == NULL || change->theirs_item == NULL ||
      G_OBJECT_TYPE (item) != G_OBJECT_TYPE (change->theirs_item))
    return;
  _trellis_item_set_field (item, change->field,
                           _trellis_item_get_slot (change->theirs_item, change->field));
}

static void
record_conflict (TrellisProject     *project,
                 TrellisMergeChange *change)
{
  const TrellisField *field = trellis_merge_change_get_field (change);
  g_autoptr(TrellisMergeConflict) conflict =
    trellis_merge_conflict_new (change->uuid, field ? field->pspec->name : NULL);

  trellis_merge_conflict_set_ours_deleted (conflict, change->ours_deleted);
  trellis_merge_conflict_set_theirs_deleted (conflict, change->theirs_deleted);
  trellis_merge_conflict_set_base (conflict, change->texts[TRELLIS_MERGE_VERSION_BASE]);
  trellis_merge_conflict_set_ours (conflict, change->texts[TRELLIS_MERGE_VERSION_OURS]);
  trellis_merge_conflict_set_theirs (conflict, change->texts[TRELLIS_MERGE_VERSION_THEIRS]);
  trellis_project_add_item (project, conflict);
}

/* A conflict taken: their value, their deletion or their item.  Not
 * taken: ours, and the item ours deleted is kept only to be recorded. */
static void
apply_conflict (TrellisProject     *project,
                TrellisMergeChange *change,
                gboolean            take,
                gboolean            record,
                GHashTable         *inserted,
                GPtrArray          *removals)
{
  if (change->field >= 0)
    {
      if (take)
        take_their_value (project, change);
    }
  else if (change->ours_deleted && (take || record))
    insert_theirs (project, change, inserted);
  else if (change->theirs_deleted && take)
    g_ptr_array_add (removals, change->uuid);

  if (!take && record)
    record_conflict (project, change);
}

static void
remove_items (TrellisProject *project,
              GPtrArray      *removals)
{
  for (guint i = 0; i < removals->len; i++)
    {
      TrellisItem *item = trellis_project_lookup (project, g_ptr_array_index (removals, i));

      if (item != NULL && item != TRELLIS_ITEM (trellis_project_get_header (project)))
        trellis_project_remove_item (project, item);
    }
}

static GPtrArray *
list_uuids (TrellisProject *project,
            GType           item_type,
            GHashTable     *skip)
{
  GListModel *model = trellis_project_get_items (project, item_type);
  GPtrArray *uuids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
      const char *uuid = trellis_item_get_uuid (item);

      if (skip == NULL || !g_hash_table_contains (skip, uuid))
        g_ptr_array_add (uuids, (gpointer) uuid);
    }
  return uuids;
}

static guint
find_uuid (GPtrArray  *uuids,
           const char *uuid)
{
  for (guint i = 0; i < uuids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (uuids, i), uuid) == 0)
      return i;
  return G_MAXUINT;
}

/* @primary's present items, then @secondary's others after their predecessor. */
static GPtrArray *
merge_order (GPtrArray      *primary,
             GPtrArray      *secondary,
             TrellisProject *project)
{
  GPtrArray *order = g_ptr_array_new ();
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < primary->len; i++)
    if (trellis_project_lookup (project, primary->pdata[i]) != NULL &&
        g_hash_table_add (placed, primary->pdata[i]))
      g_ptr_array_add (order, primary->pdata[i]);

  for (guint i = 0; i < secondary->len; i++)
    {
      guint at = 0;

      if (g_hash_table_contains (placed, secondary->pdata[i]) ||
          trellis_project_lookup (project, secondary->pdata[i]) == NULL)
        continue;
      for (guint j = i; j > 0; j--)
        if (g_hash_table_contains (placed, secondary->pdata[j - 1]))
          {
            at = find_uuid (order, secondary->pdata[j - 1]) + 1;
            break;
          }
      g_ptr_array_insert (order, at, secondary->pdata[i]);
      g_hash_table_add (placed, secondary->pdata[i]);
    }
  return order;
}

static void
reorder_kind (TrellisMerge   *self,
              TrellisProject *project,
              GType           item_type,
              gboolean        their_order,
              GHashTable     *inserted)
{
  TrellisProject *theirs = self->versions[TRELLIS_MERGE_VERSION_THEIRS];
  g_autoptr(GPtrArray) current = list_uuids (project, item_type, their_order ? NULL : inserted);
  g_autoptr(GPtrArray) other = list_uuids (theirs, item_type, NULL);
  g_autoptr(GPtrArray) order = NULL;

  order = their_order ? merge_order (other, current, project) : merge_order (current, other, project);
  for (guint i = 0; i < order->len; i++)
    trellis_project_move_item (project, trellis_project_lookup (project, order->pdata[i]), i);
}

static void
reorder (TrellisMerge   *self,
         TrellisProject *project,
         GHashTable     *moved,
         GHashTable     *inserted)
{
  const GType *types = trellis_project_get_item_types (NULL);

  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    reorder_kind (self, project, types[t],
                  g_hash_table_contains (moved, GSIZE_TO_POINTER (types[t])), inserted);
}

void
_trellis_merge_apply (TrellisMerge   *self,
                      TrellisProject *project,
                      GHashTable     *accepted,
                      gboolean        record_conflicts)
{
  TrellisHistory *history = trellis_project_get_history (project);
  GListModel *changes = G_LIST_MODEL (self->changes);
  g_autoptr(GHashTable) inserted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) moved = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) removals = g_ptr_array_new ();

  trellis_history_begin_group (history, _("Merge"));
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(TrellisMergeChange) change = g_list_model_get_item (changes, i);
      gboolean take = is_accepted (change, accepted);

      if (change->kind == TRELLIS_MERGE_CHANGE_CONFLICT)
        apply_conflict (project, change, take, record_conflicts, inserted, removals);
      else if (!take)
        continue;
      else if (change->kind == TRELLIS_MERGE_CHANGE_ADDED)
        insert_theirs (project, change, inserted);
      else if (change->kind == TRELLIS_MERGE_CHANGE_CHANGED)
        take_their_value (project, change);
      else if (change->kind == TRELLIS_MERGE_CHANGE_REMOVED)
        g_ptr_array_add (removals, change->uuid);
      else if (change->kind == TRELLIS_MERGE_CHANGE_MOVED)
        g_hash_table_add (moved, GSIZE_TO_POINTER (change->item_type));
    }
  remove_items (project, removals);
  reorder (self, project, moved, inserted);
  _trellis_merge_drop_dangling (project);
  trellis_history_end_group (history);
}
