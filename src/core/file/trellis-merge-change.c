/* trellis-merge-change.c: one difference a merge brings
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change is what applying their version to ours would do to one item
 * (or, for a move, to the order of one kind of items), with the value of
 * the base, ours and theirs both as the file writes it and as people read
 * it, so that a window can show it side by side and let it be accepted.
 * This file also holds the value helpers the merge files share.
 */

#define G_LOG_DOMAIN "trellis-merge"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "trellis-merge-private.h"
#include "trellis-enum-labels.h"
#include "trellis-field-value.h"
#include "trellis-header.h"
#include "trellis-item-private.h"

G_DEFINE_FINAL_TYPE (TrellisMergeChange, trellis_merge_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCEPTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
trellis_merge_change_finalize (GObject *object)
{
  TrellisMergeChange *self = TRELLIS_MERGE_CHANGE (object);

  g_free (self->uuid);
  g_free (self->title);
  for (guint i = 0; i < 3; i++)
    {
      g_free (self->texts[i]);
      g_free (self->display[i]);
    }
  g_clear_object (&self->theirs_item);

  G_OBJECT_CLASS (trellis_merge_change_parent_class)->finalize (object);
}

static void
trellis_merge_change_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TrellisMergeChange *self = TRELLIS_MERGE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_merge_change_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TrellisMergeChange *self = TRELLIS_MERGE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      trellis_merge_change_set_accepted (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_merge_change_class_init (TrellisMergeChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trellis_merge_change_finalize;
  object_class->get_property = trellis_merge_change_get_property;
  object_class->set_property = trellis_merge_change_set_property;

  /**
   * TrellisMergeChange:accepted:
   *
   * Whether trellis_merge_apply_to() applies the change (for a conflict:
   * takes their side).  Every change but a conflict starts accepted.
   */
  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trellis_merge_change_init (TrellisMergeChange *self)
{
  self->field = -1;
}

TrellisMergeChange *
_trellis_merge_change_new (TrellisMergeChangeKind  kind,
                           GType                   item_type,
                           const char             *uuid,
                           int                     field)
{
  TrellisMergeChange *self = g_object_new (TRELLIS_TYPE_MERGE_CHANGE, NULL);

  self->kind = kind;
  self->item_type = item_type;
  self->uuid = g_strdup (uuid);
  self->field = field;
  self->accepted = kind != TRELLIS_MERGE_CHANGE_CONFLICT;

  return self;
}

/* What a version holds for the whole item: its label, or nothing. */
static char *
display_item (TrellisItem *item,
              gboolean     in_base)
{
  if (item != NULL)
    return trellis_item_dup_label (item);
  return g_strdup (in_base ? _("(deleted)") : "");
}

/* @items: the item in the base, ours and theirs (each nullable) */
void
_trellis_merge_change_set_values (TrellisMergeChange *self,
                                  TrellisMerge       *merge,
                                  TrellisItem        *items[3])
{
  for (guint v = 0; v < 3; v++)
    {
      const TrellisField *field = NULL;
      const GValue *slot;

      if (self->title == NULL && items[2 - v] != NULL)
        self->title = trellis_item_dup_label (items[2 - v]);
      if (self->field < 0 || items[v] == NULL)
        {
          self->display[v] = display_item (items[v], items[0] != NULL);
          continue;
        }
      field = trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (items[v]), self->field);
      slot = _trellis_item_get_slot (items[v], self->field);
      self->texts[v] = _trellis_field_to_string (field, slot);
      self->display[v] = _trellis_merge_display_value (merge->versions[v], field, slot);
    }
  if (items[2] != NULL)
    g_set_object (&self->theirs_item, items[2]);
}

/**
 * trellis_merge_change_get_kind:
 *
 * Returns: what kind of change it is
 */
TrellisMergeChangeKind
trellis_merge_change_get_kind (TrellisMergeChange *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), TRELLIS_MERGE_CHANGE_CHANGED);

  return self->kind;
}

/**
 * trellis_merge_change_get_item_type:
 *
 * Returns: the kind of item changed
 */
GType
trellis_merge_change_get_item_type (TrellisMergeChange *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), G_TYPE_INVALID);

  return self->item_type;
}

/**
 * trellis_merge_change_get_uuid:
 *
 * Returns: (nullable): the UUID of the item changed, %NULL for a move
 */
const char *
trellis_merge_change_get_uuid (TrellisMergeChange *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), NULL);

  return self->uuid;
}

/**
 * trellis_merge_change_get_field:
 *
 * Returns: (nullable): the field changed, %NULL when the change is to the
 *   whole item (added, deleted, moved)
 */
const TrellisField *
trellis_merge_change_get_field (TrellisMergeChange *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), NULL);

  if (self->field < 0)
    return NULL;
  return trellis_item_class_get_field (g_type_class_peek (self->item_type), self->field);
}

/**
 * trellis_merge_change_get_title:
 *
 * Returns: the label of the item changed (their version's where they have
 *   it), or the kind of items for a move
 */
const char *
trellis_merge_change_get_title (TrellisMergeChange *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), NULL);

  if (self->title == NULL)
    return trellis_item_class_get_section_name (g_type_class_peek (self->item_type));
  return self->title;
}

/**
 * trellis_merge_change_get_value:
 * @version: which version's
 *
 * Returns: that version's value of the field as people read it, or for a
 *   change to the whole item its label, “(deleted)” or "" (not there)
 */
const char *
trellis_merge_change_get_value (TrellisMergeChange  *self,
                                TrellisMergeVersion  version)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), NULL);
  g_return_val_if_fail (version <= TRELLIS_MERGE_VERSION_THEIRS, NULL);

  return self->display[version] != NULL ? self->display[version] : "";
}

/**
 * trellis_merge_change_get_accepted:
 *
 * Returns: whether trellis_merge_apply_to() applies it
 */
gboolean
trellis_merge_change_get_accepted (TrellisMergeChange *self)
{
  g_return_val_if_fail (TRELLIS_IS_MERGE_CHANGE (self), FALSE);

  return self->accepted;
}

/**
 * trellis_merge_change_set_accepted:
 *
 * Chooses whether trellis_merge_apply_to() applies the change; for a
 * conflict, whether it takes their side.
 */
void
trellis_merge_change_set_accepted (TrellisMergeChange *self,
                                   gboolean            accepted)
{
  g_return_if_fail (TRELLIS_IS_MERGE_CHANGE (self));

  accepted = !!accepted;
  if (self->accepted == accepted)
    return;
  self->accepted = accepted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
}

/* Values for people: the label of an item referred to, an enumeration's
 * word; dates and numbers as the file writes them. */
char *
_trellis_merge_display_value (TrellisProject     *project,
                              const TrellisField *field,
                              const GValue       *value)
{
  g_autofree char *text = NULL;

  if (G_VALUE_HOLDS_ENUM (value))
    return g_strdup (trellis_enum_label (G_VALUE_TYPE (value), g_value_get_enum (value)));
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));

  text = _trellis_field_to_string (field, value);
  if (text == NULL)
    return g_strdup ("");
  if (field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST))
    {
      g_auto(GStrv) uuids = g_strsplit (text, " ", -1);
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; uuids[i] != NULL; i++)
        {
          TrellisItem *target = project ? trellis_project_lookup (project, uuids[i]) : NULL;

          g_ptr_array_add (labels, target ? trellis_item_dup_label (target) : g_strdup (uuids[i]));
        }
      g_ptr_array_add (labels, NULL);
      return g_strjoinv (", ", (char **) labels->pdata);
    }
  return g_steal_pointer (&text);
}

gboolean
_trellis_merge_parse_text (TrellisProject     *project,
                           const TrellisField *field,
                           const char         *text,
                           GValue             *value)
{
  g_autofree char *problem = NULL;

  g_value_init (value, field->pspec->value_type);
  if (text == NULL)
    {
      g_param_value_set_default (field->pspec, value);
      return TRUE;
    }
  if (!_trellis_field_from_string (field, text, value, &problem))
    return FALSE;
  if (field->flags & TRELLIS_FIELD_WEAK || project == NULL ||
      !(field->flags & (TRELLIS_FIELD_REF | TRELLIS_FIELD_REFLIST)))
    return TRUE;

  {
    g_auto(GStrv) uuids = g_strsplit (text, " ", -1);

    for (guint i = 0; uuids[i] != NULL; i++)
      if (*uuids[i] != '\0' && trellis_project_lookup (project, uuids[i]) == NULL)
        return FALSE;
  }
  return TRUE;
}

char *
_trellis_merge_display_text (TrellisProject     *project,
                             const TrellisField *field,
                             const char         *text)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *problem = NULL;

  if (text == NULL)
    return g_strdup ("");
  g_value_init (&value, field->pspec->value_type);
  if (!_trellis_field_from_string (field, text, &value, &problem))
    return g_strdup (text);
  return _trellis_merge_display_value (project, field, &value);
}

/* A copy of @item outside any project: same UUID, values and unknown XML. */
TrellisItem *
_trellis_merge_clone_item (TrellisItem *item)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);
  TrellisItem *copy = g_object_new (G_OBJECT_TYPE (item), "uuid", trellis_item_get_uuid (item), NULL);
  xmlNodePtr extra = _trellis_item_get_extra (item);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    _trellis_item_set_field (copy, i, _trellis_item_get_slot (item, i));
  if (extra != NULL)
    _trellis_item_take_extra (copy, xmlCopyNode (extra, 1));

  return copy;
}

/* The header's save stamps change on every save of either side: they are
 * never a conflict, the merge keeps the later of each. */
gboolean
_trellis_merge_is_stamp (TrellisItem *item,
                         guint        index)
{
  return TRELLIS_IS_HEADER (item) &&
         (index == TRELLIS_HEADER_FIELD_MODIFIED || index == TRELLIS_HEADER_FIELD_REVISION);
}
