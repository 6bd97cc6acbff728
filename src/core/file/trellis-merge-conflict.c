/* trellis-merge-conflict.c: a merge conflict kept in the project file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When both versions of a project changed the same field of an item to
 * different values, or one deleted an item the other changed or still
 * refers to, the merged project keeps our value (and keeps the item) and
 * records the other side in a <conflict> of the <conflicts> section.  The
 * values are written as the file writes the field, so resolving a conflict
 * can set theirs back exactly.  A conflict refers to its item weakly: the
 * item may be deleted before the conflict is resolved.
 *
 * Resolving takes one side: for a field, ours keeps the value and theirs
 * sets the other; for a deleted item, the side that deleted it deletes it
 * now, the other keeps it.  Either way the conflict goes, in one undo step.
 */

#define G_LOG_DOMAIN "trellis-merge"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-merge-conflict.h"
#include "trellis-merge-private.h"
#include "trellis-field-labels.h"
#include "trellis-field-value.h"
#include "trellis-item-private.h"
#include "trellis-project.h"

struct _TrellisMergeConflict
{
  TrellisItem parent_instance;
};

G_DEFINE_FINAL_TYPE (TrellisMergeConflict, trellis_merge_conflict, TRELLIS_TYPE_ITEM)

G_DEFINE_QUARK (trellis-merge-error-quark, trellis_merge_error)

static void
trellis_merge_conflict_class_init (TrellisMergeConflictClass *klass)
{
  TrellisItemClass *item_class = TRELLIS_ITEM_CLASS (klass);

  trellis_item_class_set_names (item_class, "conflict", "conflicts", "field");
  trellis_item_class_set_section_optional (item_class);
  trellis_item_class_add_ref (item_class, "item", TRELLIS_FIELD_REQUIRED | TRELLIS_FIELD_WEAK, G_TYPE_INVALID);
  trellis_item_class_add_string (item_class, "field", TRELLIS_FIELD_ATTRIBUTE);
  trellis_item_class_add_boolean (item_class, "ours-deleted");
  trellis_item_class_add_boolean (item_class, "theirs-deleted");
  trellis_item_class_add_string (item_class, "base", TRELLIS_FIELD_ELEMENT);
  trellis_item_class_add_string (item_class, "ours", TRELLIS_FIELD_ELEMENT);
  trellis_item_class_add_string (item_class, "theirs", TRELLIS_FIELD_ELEMENT);
}

static void
trellis_merge_conflict_init (TrellisMergeConflict *self)
{
}

/**
 * trellis_merge_conflict_new:
 * @item_uuid: the UUID of the item in conflict
 * @field_name: (nullable): the name of its field in conflict, %NULL when
 *   the whole item was deleted on one side
 *
 * Returns: (transfer full): a conflict, not in any project
 */
TrellisMergeConflict *
trellis_merge_conflict_new (const char *item_uuid,
                            const char *field_name)
{
  TrellisMergeConflict *self = g_object_new (TRELLIS_TYPE_MERGE_CONFLICT, NULL);

  trellis_merge_conflict_set_item_uuid (self, item_uuid);
  trellis_merge_conflict_set_field (self, field_name);

  return self;
}

static TrellisProject *
get_project (TrellisMergeConflict *self)
{
  return _trellis_item_get_project (TRELLIS_ITEM (self));
}

static TrellisItem *
get_target (TrellisMergeConflict *self)
{
  TrellisProject *project = get_project (self);

  if (project == NULL)
    return NULL;
  return trellis_project_lookup (project, trellis_merge_conflict_get_item_uuid (self));
}

/**
 * trellis_merge_conflict_find_field:
 *
 * Returns: (nullable): the field in conflict, %NULL for a deleted item or
 *   when the item is gone or the field unknown
 */
const TrellisField *
trellis_merge_conflict_find_field (TrellisMergeConflict *self)
{
  TrellisItem *target;
  const char *name;

  g_return_val_if_fail (TRELLIS_IS_MERGE_CONFLICT (self), NULL);

  target = get_target (self);
  name = trellis_merge_conflict_get_field (self);
  if (target == NULL || name == NULL || *name == '\0')
    return NULL;
  return trellis_item_class_find_field (TRELLIS_ITEM_GET_CLASS (target), name);
}

/**
 * trellis_merge_conflict_dup_title:
 *
 * Returns: (transfer full): the label of the item in conflict, or its
 *   UUID when it is no longer in the project
 */
char *
trellis_merge_conflict_dup_title (TrellisMergeConflict *self)
{
  TrellisItem *target;

  g_return_val_if_fail (TRELLIS_IS_MERGE_CONFLICT (self), NULL);

  target = get_target (self);
  if (target == NULL)
    return g_strdup (trellis_merge_conflict_get_item_uuid (self));
  return trellis_item_dup_label (target);
}

/**
 * trellis_merge_conflict_dup_value:
 * @side: whose value
 *
 * Returns: (transfer full): that side's value as people read it (the
 *   label of an item referred to, an enumeration's word), or “(deleted)”
 */
char *
trellis_merge_conflict_dup_value (TrellisMergeConflict *self,
                                  TrellisMergeSide      side)
{
  const TrellisField *field;
  const char *text;

  g_return_val_if_fail (TRELLIS_IS_MERGE_CONFLICT (self), NULL);

  if (side == TRELLIS_MERGE_SIDE_OURS ? trellis_merge_conflict_get_ours_deleted (self)
                                      : trellis_merge_conflict_get_theirs_deleted (self))
    return g_strdup (_("(deleted)"));
  text = side == TRELLIS_MERGE_SIDE_OURS ? trellis_merge_conflict_get_ours (self)
                                         : trellis_merge_conflict_get_theirs (self);
  field = trellis_merge_conflict_find_field (self);
  if (field == NULL)
    return g_strdup (text != NULL ? text : "");
  return _trellis_merge_display_text (get_project (self), field, text);
}

/* Sets the field in conflict to theirs, as the file would read it. */
static gboolean
take_their_value (TrellisMergeConflict  *self,
                  TrellisItem           *target,
                  const TrellisField    *field,
                  GError               **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (!_trellis_merge_parse_text (get_project (self), field,
                                  trellis_merge_conflict_get_theirs (self), &value))
    {
      g_autofree char *title = trellis_item_dup_label (target);

      g_set_error (error, TRELLIS_MERGE_ERROR, TRELLIS_MERGE_ERROR_CANNOT_RESOLVE,
                   /* translators: their value of “Due” of “Trade fair” no longer fits …; the first
                    * %s is a field's label, the second an item's title */
                   _("Their value of “%s” of “%s” no longer fits the project"),
                   trellis_field_get_label (field), title);
      return FALSE;
    }
  _trellis_item_set_field (target, field->pspec->param_id - 1, &value);
  return TRUE;
}

static gboolean
apply_side (TrellisMergeConflict  *self,
            TrellisMergeSide       side,
            GError               **error)
{
  TrellisItem *target = get_target (self);
  const TrellisField *field = trellis_merge_conflict_find_field (self);
  gboolean deleted;

  if (target == NULL)
    return TRUE;

  deleted = side == TRELLIS_MERGE_SIDE_OURS ? trellis_merge_conflict_get_ours_deleted (self)
                                            : trellis_merge_conflict_get_theirs_deleted (self);
  if (deleted)
    {
      if (target != TRELLIS_ITEM (trellis_project_get_header (get_project (self))))
        trellis_project_remove_item (get_project (self), target);
      return TRUE;
    }
  if (side == TRELLIS_MERGE_SIDE_THEIRS && field != NULL)
    return take_their_value (self, target, field, error);
  return TRUE;
}

/**
 * trellis_merge_conflict_resolve:
 * @side: the version to keep
 *
 * Resolves the conflict, which must be in a project, by taking one side's
 * value (or deletion), and removes it from the project: one undo step.
 *
 * Returns: %FALSE if their value no longer fits (it refers to an item
 *   that is gone); the project is then unchanged
 */
gboolean
trellis_merge_conflict_resolve (TrellisMergeConflict  *self,
                                TrellisMergeSide       side,
                                GError               **error)
{
  TrellisProject *project;
  TrellisHistory *history;
  gboolean ok;

  g_return_val_if_fail (TRELLIS_IS_MERGE_CONFLICT (self), FALSE);
  g_return_val_if_fail (get_project (self) != NULL, FALSE);

  project = get_project (self);
  history = trellis_project_get_history (project);
  g_object_ref (self);
  trellis_history_begin_group (history, _("Resolve Conflict"));
  ok = apply_side (self, side, error);
  if (ok)
    trellis_project_remove_item (project, self);
  trellis_history_end_group (history);
  g_object_unref (self);

  return ok;
}
