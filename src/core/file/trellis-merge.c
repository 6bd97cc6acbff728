/* trellis-merge.c: three-way merge of two versions of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items are matched by UUID, kind by kind, and compared field by field
 * through the field tables, so every item type and field is merged with
 * no code of its own.  The changes are what their version brings to ours:
 *
 *   - an item only they added is ADDED; one only we added stays;
 *   - a field only they changed is CHANGED (takes their value); one only we
 *     changed, or both changed to the same value, stays;
 *   - a field both changed to different values is a CONFLICT (ours kept);
 *   - an item they deleted and we did not change is REMOVED; deleted on
 *     both sides it is gone; deleted on one side and changed on the other
 *     it is a CONFLICT, and the item is kept (with the changed side's
 *     values) so that nothing is lost silently;
 *   - an item deleted on one side that the other still refers to (a new
 *     action for a goal we deleted) is kept too, as a CONFLICT, so the
 *     result never holds a dangling reference (trellis-merge-refs.c);
 *   - order: ours, with their new items placed after the item that comes
 *     before them in theirs; if only they reordered a kind of items, their
 *     order (MOVED), with our new items placed the same way;
 *   - the header merges like an item, but its save stamps (modified,
 *     revision) take the later of the two and are never a conflict.
 *
 * trellis_merge_run() computes the changes and the result: ours with every
 * change but the conflicts applied, and each conflict recorded as a
 * TrellisMergeConflict in the file (trellis-merge-conflict.c).
 * trellis_merge_apply_to() applies the changes one chose to an open
 * project as one undo step (trellis-merge-apply.c).
 */

#define G_LOG_DOMAIN "trellis-merge"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-merge-private.h"
#include "trellis-item-private.h"
#include "trellis-project-file.h"
#include "trellis-project-private.h"

G_DEFINE_FINAL_TYPE (TrellisMerge, trellis_merge, G_TYPE_OBJECT)

static void
trellis_merge_finalize (GObject *object)
{
  TrellisMerge *self = TRELLIS_MERGE (object);

  for (guint v = 0; v < 3; v++)
    g_clear_object (&self->versions[v]);
  g_clear_object (&self->result);
  g_clear_object (&self->changes);

  G_OBJECT_CLASS (trellis_merge_parent_class)->finalize (object);
}

static void
trellis_merge_class_init (TrellisMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trellis_merge_finalize;
}

static void
trellis_merge_init (TrellisMerge *self)
{
  self->changes = g_list_store_new (TRELLIS_TYPE_MERGE_CHANGE);
}

/**
 * trellis_merge_new:
 * @base: the common ancestor of @ours and @theirs
 * @ours: the version merged into (the open project, git's current branch)
 * @theirs: the version merged in (a group's file, the other branch)
 *
 * Prepares a merge; trellis_merge_run() does it.  The three projects are
 * only read.
 *
 * Returns: (transfer full): a merge
 */
TrellisMerge *
trellis_merge_new (TrellisProject *base,
                   TrellisProject *ours,
                   TrellisProject *theirs)
{
  TrellisMerge *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (base), NULL);
  g_return_val_if_fail (TRELLIS_IS_PROJECT (ours), NULL);
  g_return_val_if_fail (TRELLIS_IS_PROJECT (theirs), NULL);

  self = g_object_new (TRELLIS_TYPE_MERGE, NULL);
  self->versions[TRELLIS_MERGE_VERSION_BASE] = g_object_ref (base);
  self->versions[TRELLIS_MERGE_VERSION_OURS] = g_object_ref (ours);
  self->versions[TRELLIS_MERGE_VERSION_THEIRS] = g_object_ref (theirs);

  return self;
}

static void
add_change (TrellisMerge           *self,
            TrellisMergeChangeKind  kind,
            GType                   item_type,
            int                     field,
            TrellisItem            *items[3])
{
  TrellisItem *any = items[2] ? items[2] : items[1] ? items[1] : items[0];
  g_autoptr(TrellisMergeChange) change =
    _trellis_merge_change_new (kind, item_type, trellis_item_get_uuid (any), field);

  _trellis_merge_change_set_values (change, self, items);
  g_list_store_append (self->changes, change);
}

static TrellisMergeChange *
add_deletion_conflict (TrellisMerge *self,
                       GType         item_type,
                       TrellisItem  *items[3])
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->changes));
  g_autoptr(TrellisMergeChange) change = NULL;

  add_change (self, TRELLIS_MERGE_CHANGE_CONFLICT, item_type, -1, items);
  change = g_list_model_get_item (G_LIST_MODEL (self->changes), n);
  change->ours_deleted = items[1] == NULL;
  change->theirs_deleted = items[2] == NULL;
  return change;
}

/* Both sides hold the item: compare field by field. */
static void
diff_fields (TrellisMerge *self,
             GType         item_type,
             TrellisItem  *items[3])
{
  guint n_fields = trellis_item_class_get_n_fields (TRELLIS_ITEM_GET_CLASS (items[1]));

  for (guint i = 0; i < n_fields; i++)
    {
      const GValue *ours = _trellis_item_get_slot (items[1], i);
      const GValue *theirs = _trellis_item_get_slot (items[2], i);
      const GValue *base = items[0] ? _trellis_item_get_slot (items[0], i) : NULL;

      if (_trellis_merge_is_stamp (items[1], i) || trellis_value_equal (ours, theirs) ||
          (base != NULL && trellis_value_equal (base, theirs)))
        continue;
      if (base != NULL && trellis_value_equal (base, ours))
        add_change (self, TRELLIS_MERGE_CHANGE_CHANGED, item_type, i, items);
      else
        add_change (self, TRELLIS_MERGE_CHANGE_CONFLICT, item_type, i, items);
    }
}

static void
diff_item (TrellisMerge *self,
           GType         item_type,
           const char   *uuid)
{
  TrellisItem *items[3];

  for (guint v = 0; v < 3; v++)
    {
      items[v] = trellis_project_lookup (self->versions[v], uuid);
      if (items[v] != NULL && G_OBJECT_TYPE (items[v]) != item_type)
        items[v] = NULL;
    }

  if (items[1] != NULL && items[2] != NULL)
    diff_fields (self, item_type, items);
  else if (items[0] != NULL && items[1] != NULL)
    {
      if (trellis_item_equal (items[0], items[1]))
        add_change (self, TRELLIS_MERGE_CHANGE_REMOVED, item_type, -1, items);
      else
        add_deletion_conflict (self, item_type, items);
    }
  else if (items[0] != NULL && items[2] != NULL)
    {
      if (!trellis_item_equal (items[0], items[2]))
        add_deletion_conflict (self, item_type, items);
    }
  else if (items[0] == NULL && items[2] != NULL)
    add_change (self, TRELLIS_MERGE_CHANGE_ADDED, item_type, -1, items);
}

/* The UUIDs of the items of one kind in one version, in their order;
 * with @filter, only those in it. */
static GPtrArray *
list_uuids (TrellisProject *project,
            GType           item_type,
            GHashTable     *filter)
{
  GListModel *model = trellis_project_get_items (project, item_type);
  GPtrArray *uuids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (model, i);
      const char *uuid = trellis_item_get_uuid (item);

      if (filter == NULL || g_hash_table_contains (filter, uuid))
        g_ptr_array_add (uuids, (gpointer) uuid);
    }

  return uuids;
}

static gboolean
same_order (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

/* A move: the items all three versions hold are in another order in
 * theirs than in the base, and in the same order in ours. */
static void
diff_order (TrellisMerge *self,
            GType         item_type)
{
  g_autoptr(GHashTable) common = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *orders[3];
  gboolean moved;
  g_autoptr(GPtrArray) base = list_uuids (self->versions[0], item_type, NULL);
  g_autoptr(TrellisMergeChange) change = NULL;

  for (guint i = 0; i < base->len; i++)
    if (trellis_project_lookup (self->versions[1], base->pdata[i]) != NULL &&
        trellis_project_lookup (self->versions[2], base->pdata[i]) != NULL)
      g_hash_table_add (common, base->pdata[i]);
  for (guint v = 0; v < 3; v++)
    orders[v] = list_uuids (self->versions[v], item_type, common);

  moved = same_order (orders[0], orders[1]) && !same_order (orders[0], orders[2]);
  for (guint v = 0; v < 3; v++)
    g_ptr_array_unref (orders[v]);
  if (!moved)
    return;
  change = _trellis_merge_change_new (TRELLIS_MERGE_CHANGE_MOVED, item_type, NULL, -1);
  g_list_store_append (self->changes, change);
}

static void
diff_kind (TrellisMerge *self,
           GType         item_type)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint v = 0; v < 3; v++)
    {
      g_autoptr(GPtrArray) uuids = list_uuids (self->versions[v], item_type, NULL);

      for (guint i = 0; i < uuids->len; i++)
        if (g_hash_table_add (seen, uuids->pdata[i]))
          diff_item (self, item_type, uuids->pdata[i]);
    }
  diff_order (self, item_type);
}

static gboolean
check_same_project (TrellisMerge  *self,
                    GError       **error)
{
  const char *uuid = trellis_project_get_uuid (self->versions[0]);

  for (guint v = 1; v < 3; v++)
    if (g_strcmp0 (uuid, trellis_project_get_uuid (self->versions[v])) != 0)
      {
        g_set_error (error, TRELLIS_MERGE_ERROR, TRELLIS_MERGE_ERROR_NOT_SAME_PROJECT,
                     /* translators: %s is a project's name */
                     _("“%s” is not a version of the same project"),
                     trellis_project_get_name (self->versions[v]));
        return FALSE;
      }
  return TRUE;
}

static TrellisProject *
copy_project (TrellisProject  *project,
              GError         **error)
{
  g_autoptr(GBytes) bytes = trellis_project_to_bytes (project);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return trellis_project_load_from_data (data, length, trellis_project_get_name (project), error);
}

/* The later of both sides' save stamps: the ISO times compare as text. */
static void
merge_stamps (TrellisMerge *self)
{
  TrellisHeader *result = trellis_project_get_header (self->result);
  TrellisHeader *theirs = trellis_project_get_header (self->versions[2]);
  g_auto(GValue) value = G_VALUE_INIT;

  if (g_strcmp0 (trellis_header_get_modified (theirs), trellis_header_get_modified (result)) > 0)
    {
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, trellis_header_get_modified (theirs));
      _trellis_item_apply_field (TRELLIS_ITEM (result), TRELLIS_HEADER_FIELD_MODIFIED, &value);
      g_value_unset (&value);
    }
  if (trellis_header_get_revision (theirs) > trellis_header_get_revision (result))
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, trellis_header_get_revision (theirs));
      _trellis_item_apply_field (TRELLIS_ITEM (result), TRELLIS_HEADER_FIELD_REVISION, &value);
    }
}

/**
 * trellis_merge_run:
 *
 * Compares the three versions, lists the changes their version brings to
 * ours (trellis_merge_get_changes()) and builds the result
 * (trellis_merge_get_result()): ours with every change but the conflicts
 * applied, and the conflicts recorded in it.
 *
 * Returns: %FALSE if the versions are not of one project
 */
gboolean
trellis_merge_run (TrellisMerge  *self,
                   GError       **error)
{
  const GType *types = trellis_project_get_item_types (NULL);
  TrellisItem *headers[3];

  g_return_val_if_fail (TRELLIS_IS_MERGE (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  if (!check_same_project (self, error))
    return FALSE;
  for (guint v = 0; v < 3; v++)
    headers[v] = TRELLIS_ITEM (trellis_project_get_header (self->versions[v]));
  diff_fields (self, TRELLIS_TYPE_HEADER, headers);
  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    diff_kind (self, types[t]);
  _trellis_merge_check_references (self);

  self->result = copy_project (self->versions[1], error);
  if (self->result == NULL)
    return FALSE;
  _trellis_merge_apply (self, self->result, NULL, TRUE);
  merge_stamps (self);
  _trellis_project_forget_history (self->result);
  self->done = TRUE;

  return TRUE;
}

/**
 * trellis_merge_get_result:
 *
 * Returns: (transfer none) (nullable): the merged project, once
 *   trellis_merge_run() succeeded: valid, with no undo steps
 */
TrellisProject *
trellis_merge_get_result (TrellisMerge *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE (self), NULL);

  return self->result;
}

/**
 * trellis_merge_get_changes:
 *
 * Returns: (transfer none): the #TrellisMergeChange list, header first,
 *   then the kinds of items in file order
 */
GListModel *
trellis_merge_get_changes (TrellisMerge *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE (self), NULL);

  return G_LIST_MODEL (self->changes);
}

/**
 * trellis_merge_count_conflicts:
 *
 * Returns: how many of the changes are conflicts
 */
guint
trellis_merge_count_conflicts (TrellisMerge *self)
{
  guint n = 0;

  g_return_val_if_fail (TRELLIS_IS_MERGE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->changes)); i++)
    {
      g_autoptr(TrellisMergeChange) change = g_list_model_get_item (G_LIST_MODEL (self->changes), i);

      n += change->kind == TRELLIS_MERGE_CHANGE_CONFLICT;
    }
  return n;
}

/**
 * trellis_merge_apply_to:
 * @project: the project to change, normally ours (the open project)
 * @accepted: (nullable) (element-type TrellisMergeChange): the changes to
 *   apply, or %NULL for those whose #TrellisMergeChange:accepted is set
 *
 * Applies the chosen changes to @project as one undo step: an accepted
 * conflict takes their side, a conflict not accepted keeps @project's.
 * A reference to an item that is not in @project after that (an added
 * item whose goal was not accepted) is cleared, so the project stays valid.
 */
void
trellis_merge_apply_to (TrellisMerge   *self,
                        TrellisProject *project,
                        GPtrArray      *accepted)
{
  g_autoptr(GHashTable) chosen = NULL;

  g_return_if_fail (TRELLIS_IS_MERGE (self));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (self->done);

  if (accepted != NULL)
    {
      chosen = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < accepted->len; i++)
        g_hash_table_add (chosen, g_ptr_array_index (accepted, i));
    }
  _trellis_merge_apply (self, project, chosen, FALSE);
}
