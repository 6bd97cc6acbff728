/* trellis-project.c: one cluster-development project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project is a header plus one GListStore per kind of item.  Items refer
 * to each other by UUID.  Every change goes through the TrellisHistory, so
 * it can be undone and so that the project knows when it is dirty.
 *
 * Deleting an item that others refer to never leaves a dangling reference:
 * items it owns (measurements of an indicator, notes of a canvas version,
 * overrides of an item, entries of a snapshot) are deleted with it, other
 * references to it are cleared, and all of that is one undo step.  Views
 * that want to ask first call trellis_project_list_referrers().
 */

#define G_LOG_DOMAIN "trellis-project"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "trellis.h"
#include "trellis-item-private.h"
#include "trellis-project-private.h"
#include "trellis-ref-index.h"

struct _TrellisProject
{
  GObject         parent_instance;

  TrellisHeader  *header;
  TrellisHistory *history;
  GHashTable     *stores;   /* GType → GListStore of items */
  GHashTable     *index;    /* UUID → TrellisItem, unowned */
  GHashTable     *extras;   /* section element name ("" for the root) → xmlNodePtr */
  TrellisRefIndex *refs;    /* for the list_by_<field> () lookups */
};

G_DEFINE_FINAL_TYPE (TrellisProject, trellis_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRTY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * trellis_project_get_item_types:
 * @n_types: (out): the number of types
 *
 * Returns: (array length=n_types) (transfer none): the kinds of items a
 *   project holds, in the order their sections appear in a file
 */
const GType *
trellis_project_get_item_types (guint *n_types)
{

  static GType types[24];  /* every item type and G_TYPE_INVALID */
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint i = 0;

      types[i++] = TRELLIS_TYPE_KEY_QUESTION;
      types[i++] = TRELLIS_TYPE_SWOT_ITEM;
      types[i++] = TRELLIS_TYPE_TOWS_STRATEGY;
      types[i++] = TRELLIS_TYPE_STAKEHOLDER;
      types[i++] = TRELLIS_TYPE_CANVAS_VERSION;
      types[i++] = TRELLIS_TYPE_CANVAS_NOTE;
      types[i++] = TRELLIS_TYPE_GOAL;
      types[i++] = TRELLIS_TYPE_INDICATOR;
      types[i++] = TRELLIS_TYPE_MEASUREMENT;
      types[i++] = TRELLIS_TYPE_ACTION;
      types[i++] = TRELLIS_TYPE_MILESTONE;
      types[i++] = TRELLIS_TYPE_SERVICE;
      types[i++] = TRELLIS_TYPE_REVIEW;
      types[i++] = TRELLIS_TYPE_STATUS_OVERRIDE;
      types[i++] = TRELLIS_TYPE_SNAPSHOT;
      types[i++] = TRELLIS_TYPE_SNAPSHOT_ENTRY;
      types[i++] = TRELLIS_TYPE_SELF_CHECK;
      types[i++] = TRELLIS_TYPE_PARKING_ITEM;
      types[i++] = TRELLIS_TYPE_VOTE_ROUND;
      types[i++] = TRELLIS_TYPE_VOTE;
      types[i++] = TRELLIS_TYPE_MERGE_CONFLICT;
      types[i++] = TRELLIS_TYPE_WORKSHOP_SESSION;
      types[i++] = TRELLIS_TYPE_WORKSHOP_CHANGE;
      g_assert (i < G_N_ELEMENTS (types));
      types[i] = G_TYPE_INVALID;
      /* Keep every class alive, so g_type_class_peek() works for the reader
       * and writer even before the first item of a kind exists. */
      for (i = 0; types[i] != G_TYPE_INVALID; i++)
        g_type_class_ref (types[i]);
      g_type_class_ref (TRELLIS_TYPE_HEADER);
      g_once_init_leave (&initialized, 1);
    }

  if (n_types != NULL)
    *n_types = G_N_ELEMENTS (types) - 1;

  return types;
}

static GListStore *
get_store (TrellisProject *self,
           GType           item_type)
{
  GListStore *store = g_hash_table_lookup (self->stores, GSIZE_TO_POINTER (item_type));

  if (store == NULL)
    g_critical ("%s is not a kind of item a project holds", g_type_name (item_type));

  return store;
}

static void
on_history_notify_dirty_cb (TrellisProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
trellis_project_finalize (GObject *object)
{
  TrellisProject *self = TRELLIS_PROJECT (object);
  GHashTableIter iter;
  gpointer store;

  /* Items may outlive the project (a view holds one); they must not point at it. */
  g_hash_table_iter_init (&iter, self->stores);
  while (g_hash_table_iter_next (&iter, NULL, &store))
    for (guint i = 0; i < g_list_model_get_n_items (store); i++)
      {
        g_autoptr(TrellisItem) item = g_list_model_get_item (store, i);
        _trellis_item_attach (item, NULL);
      }
  _trellis_item_attach (TRELLIS_ITEM (self->header), NULL);

  /* The history holds references to items; drop it first. */
  g_clear_object (&self->history);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->refs, _trellis_ref_index_free);
  g_clear_pointer (&self->stores, g_hash_table_unref);
  g_clear_pointer (&self->extras, g_hash_table_unref);
  g_clear_object (&self->header);

  G_OBJECT_CLASS (trellis_project_parent_class)->finalize (object);
}

static void
trellis_project_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TrellisProject *self = TRELLIS_PROJECT (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, trellis_project_get_dirty (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_project_class_init (TrellisProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trellis_project_finalize;
  object_class->get_property = trellis_project_get_property;

  /**
   * TrellisProject:dirty:
   *
   * Whether the project has changes that are not saved.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TrellisProject::changed:
   * @item: the item that was changed, added, moved or removed
   *
   * Emitted after every edit, undo and redo.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TRELLIS_TYPE_ITEM);
}

static void
trellis_project_init (TrellisProject *self)
{
  const GType *types = trellis_project_get_item_types (NULL);

  self->stores = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    g_hash_table_insert (self->stores, GSIZE_TO_POINTER (types[i]), g_list_store_new (types[i]));
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->refs = _trellis_ref_index_new ();
  self->extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) xmlFreeNode);
  self->history = _trellis_history_new (self);
  g_signal_connect_object (self->history, "notify::dirty",
                           G_CALLBACK (on_history_notify_dirty_cb), self, G_CONNECT_SWAPPED);
}

static void
set_header (TrellisProject *self,
            TrellisHeader  *header)
{
  self->header = header;
  _trellis_item_attach (TRELLIS_ITEM (header), self);
}

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * trellis_project_new:
 * @name: the project's name
 *
 * Returns: (transfer full): an empty project in the initiation stage
 */
TrellisProject *
trellis_project_new (const char *name)
{
  TrellisProject *self = g_object_new (TRELLIS_TYPE_PROJECT, NULL);
  g_autofree char *now = now_iso8601 ();
  TrellisHeader *header = trellis_header_new (name);

  trellis_header_set_created (header, now);
  trellis_header_set_modified (header, now);
  set_header (self, header);

  return self;
}

TrellisProject *
_trellis_project_new_for_load (TrellisHeader *header)
{
  TrellisProject *self = g_object_new (TRELLIS_TYPE_PROJECT, NULL);

  set_header (self, header);

  return self;
}

/**
 * trellis_project_get_uuid:
 *
 * Returns: the project's UUID, which is its header's
 */
const char *
trellis_project_get_uuid (TrellisProject *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), NULL);

  return trellis_item_get_uuid (TRELLIS_ITEM (self->header));
}

/**
 * trellis_project_get_name:
 *
 * Returns: (nullable): the project's name, from its header
 */
const char *
trellis_project_get_name (TrellisProject *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), NULL);

  return trellis_header_get_name (self->header);
}

/**
 * trellis_project_get_header:
 *
 * Returns: (transfer none): the header: name, cluster, region, stage…
 */
TrellisHeader *
trellis_project_get_header (TrellisProject *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), NULL);

  return self->header;
}

/**
 * trellis_project_get_history:
 *
 * Returns: (transfer none): the undo history
 */
TrellisHistory *
trellis_project_get_history (TrellisProject *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), NULL);

  return self->history;
}

/**
 * trellis_project_get_items:
 * @item_type: one of trellis_project_get_item_types()
 *
 * Returns: (transfer none): the items of that kind, in their order; a
 *   read-only view for binding: edit through the project
 */
GListModel *
trellis_project_get_items (TrellisProject *self,
                           GType           item_type)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (get_store (self, item_type));
}

/**
 * trellis_project_count_items:
 * @item_type: one of trellis_project_get_item_types()
 *
 * Returns: the number of items of that kind
 */
guint
trellis_project_count_items (TrellisProject *self,
                             GType           item_type)
{
  return g_list_model_get_n_items (trellis_project_get_items (self, item_type));
}

/**
 * trellis_project_lookup:
 *
 * Returns: (transfer none) (nullable): the item with this UUID
 */
TrellisItem *
trellis_project_lookup (TrellisProject *self,
                        const char     *uuid)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), NULL);

  if (uuid == NULL)
    return NULL;
  if (g_strcmp0 (uuid, trellis_project_get_uuid (self)) == 0)
    return TRELLIS_ITEM (self->header);

  return g_hash_table_lookup (self->index, uuid);
}

/**
 * trellis_project_add_item:
 * @item: (type TrellisItem) (transfer none): a new item, not yet in a project
 *
 * Appends @item after the others of its kind, as one undo step (see
 * trellis_project_insert_item()).
 */
void
trellis_project_add_item (TrellisProject *self,
                          gpointer        item)
{
  g_return_if_fail (TRELLIS_IS_PROJECT (self));
  g_return_if_fail (TRELLIS_IS_ITEM (item));

  trellis_project_insert_item (self, item,
                               trellis_project_count_items (self, G_OBJECT_TYPE (item)));
}

/**
 * trellis_project_insert_item:
 * @item: (transfer none): a new item, not yet in a project
 *
 * Adds @item to its collection at @position, as one undo step.
 */
void
trellis_project_insert_item (TrellisProject *self,
                             gpointer        item,
                             guint           position)
{
  g_return_if_fail (TRELLIS_IS_PROJECT (self));
  g_return_if_fail (TRELLIS_IS_ITEM (item));
  g_return_if_fail (_trellis_item_get_project (item) == NULL);
  g_return_if_fail (g_hash_table_lookup (self->index, trellis_item_get_uuid (item)) == NULL);

  position = MIN (position, trellis_project_count_items (self, G_OBJECT_TYPE (item)));
  _trellis_history_record_insert (self->history, item, position);
}

gboolean
_trellis_project_find (TrellisProject *self,
                       TrellisItem    *item,
                       guint          *position)
{
  return g_list_store_find (get_store (self, G_OBJECT_TYPE (item)), item, position);
}

/* Sets the reference list at @index of @referrer to its UUIDs but @uuid. */
static void
drop_from_list (TrellisItem *referrer,
                guint        index,
                const char  *uuid)
{
  const char * const *refs = g_value_get_boxed (_trellis_item_get_slot (referrer, index));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GValue) kept = G_VALUE_INIT;

  for (guint j = 0; refs != NULL && refs[j] != NULL; j++)
    if (g_strcmp0 (refs[j], uuid) != 0)
      g_strv_builder_add (builder, refs[j]);
  g_value_init (&kept, G_TYPE_STRV);
  g_value_take_boxed (&kept, g_strv_builder_end (builder));
  _trellis_item_set_field (referrer, index, &kept);
}

/* Clears or cascades the references of @referrer to @target. */
static void
release_references (TrellisProject *self,
                    TrellisItem    *referrer,
                    TrellisItem    *target)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (referrer);
  const char *uuid = trellis_item_get_uuid (target);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);

      if (field->flags & TRELLIS_FIELD_WEAK)
        continue;

      if (field->flags & TRELLIS_FIELD_REF &&
          g_strcmp0 (g_value_get_string (_trellis_item_get_slot (referrer, i)), uuid) == 0)
        {
          g_auto(GValue) none = G_VALUE_INIT;

          if (field->flags & TRELLIS_FIELD_OWNER)
            {
              if (_trellis_item_get_project (referrer) == self)
                trellis_project_remove_item (self, referrer);
              return;
            }
          g_value_init (&none, G_TYPE_STRING);
          _trellis_item_set_field (referrer, i, &none);
        }
      else if (field->flags & TRELLIS_FIELD_REFLIST)
        drop_from_list (referrer, i, uuid);
    }
}

/**
 * trellis_project_remove_item:
 *
 * Deletes @item as one undo step, with the items it owns; references
 * to it from other items are cleared.
 */
void
trellis_project_remove_item (TrellisProject *self,
                             gpointer        item)
{
  g_autoptr(GPtrArray) referrers = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  guint position;

  g_return_if_fail (TRELLIS_IS_PROJECT (self));
  g_return_if_fail (TRELLIS_IS_ITEM (item));
  g_return_if_fail (_trellis_item_get_project (item) == self);
  g_return_if_fail (item != (gpointer) self->header);

  name = trellis_item_dup_label (item);
  /* translators: an undo step; %s names the deleted item */
  label = g_strdup_printf (_("Delete “%s”"), name);

  g_object_ref (item);
  trellis_history_begin_group (self->history, label);
  referrers = trellis_project_list_referrers (self, item);
  for (guint i = 0; i < referrers->len; i++)
    release_references (self, g_ptr_array_index (referrers, i), item);
  if (_trellis_project_find (self, item, &position))
    _trellis_history_record_remove (self->history, item, position);
  trellis_history_end_group (self->history);
  g_object_unref (item);
}

/**
 * trellis_project_move_item:
 *
 * Moves @item to @position within its collection, as one undo step.
 */
void
trellis_project_move_item (TrellisProject *self,
                           gpointer        item,
                           guint           position)
{
  guint from;

  g_return_if_fail (TRELLIS_IS_PROJECT (self));
  g_return_if_fail (TRELLIS_IS_ITEM (item));
  g_return_if_fail (_trellis_item_get_project (item) == self);

  if (!_trellis_project_find (self, item, &from))
    g_return_if_reached ();

  position = MIN (position, trellis_project_count_items (self, G_OBJECT_TYPE (item)) - 1);
  if (position != from)
    _trellis_history_record_move (self->history, item, from, position);
}

static gboolean
refers_to (TrellisItem *item,
           const char  *uuid)
{
  TrellisItemClass *klass = TRELLIS_ITEM_GET_CLASS (item);

  for (guint i = 0; i < trellis_item_class_get_n_fields (klass); i++)
    {
      const TrellisField *field = trellis_item_class_get_field (klass, i);

      if (field->flags & TRELLIS_FIELD_WEAK)
        continue;
      if (field->flags & TRELLIS_FIELD_REF &&
          g_strcmp0 (g_value_get_string (_trellis_item_get_slot (item, i)), uuid) == 0)
        return TRUE;
      if (field->flags & TRELLIS_FIELD_REFLIST)
        {
          const char * const *refs = g_value_get_boxed (_trellis_item_get_slot (item, i));

          if (refs != NULL && g_strv_contains (refs, uuid))
            return TRUE;
        }
    }

  return FALSE;
}

/**
 * trellis_project_list_referrers:
 *
 * Returns: (transfer container) (element-type TrellisItem): the items that
 *   refer to @item (snapshots, which keep history, are not counted)
 */
GPtrArray *
trellis_project_list_referrers (TrellisProject *self,
                                TrellisItem    *item)
{
  GPtrArray *referrers = g_ptr_array_new_with_free_func (g_object_unref);
  const char *uuid = trellis_item_get_uuid (item);
  const GType *types = trellis_project_get_item_types (NULL);

  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    {
      GListModel *model = trellis_project_get_items (self, types[t]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TrellisItem) other = g_list_model_get_item (model, i);

          if (refers_to (other, uuid))
            g_ptr_array_add (referrers, g_steal_pointer (&other));
        }
    }

  return referrers;
}

/**
 * _trellis_project_list_by_field:
 * @item_type: the items to look at (%TRELLIS_TYPE_INDICATOR)
 * @index: the index of one of their reference fields or reference lists
 * @target: (nullable): the item referred to, %NULL for the items whose
 *   reference field is not set
 *
 * The generated trellis_<type>_list_by_<field> () functions call this.
 *
 * Returns: (transfer container) (element-type TrellisItem): the items of
 *   @item_type whose field @index refers to @target (or, for a list, holds
 *   it), in their order; the array holds a reference on each
 */
GPtrArray *
_trellis_project_list_by_field (TrellisProject *self,
                                GType           item_type,
                                guint           index,
                                TrellisItem    *target)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), g_ptr_array_new ());
  g_return_val_if_fail (target == NULL || TRELLIS_IS_ITEM (target), g_ptr_array_new ());

  /* Answered from an index, so a view may ask it for each of its rows. */
  return _trellis_ref_index_list (self->refs, self, item_type, index, target);
}

/**
 * trellis_project_get_dirty:
 *
 * Returns: %TRUE if the project differs from what was last saved (see
 *   trellis_history_get_dirty())
 */
gboolean
trellis_project_get_dirty (TrellisProject *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (self), FALSE);

  return trellis_history_get_dirty (self->history);
}

/**
 * trellis_project_mark_saved:
 *
 * Marks the project as saved in its history, as
 * trellis_history_mark_saved() does.
 */
void
trellis_project_mark_saved (TrellisProject *self)
{
  g_return_if_fail (TRELLIS_IS_PROJECT (self));

  trellis_history_mark_saved (self->history);
}

/**
 * trellis_project_equal:
 *
 * Returns: %TRUE if both projects hold the same items with the same values,
 *   in the same order
 */
gboolean
trellis_project_equal (TrellisProject *a,
                       TrellisProject *b)
{
  const GType *types = trellis_project_get_item_types (NULL);

  if (!trellis_item_equal (TRELLIS_ITEM (a->header), TRELLIS_ITEM (b->header)))
    return FALSE;

  for (guint t = 0; types[t] != G_TYPE_INVALID; t++)
    {
      GListModel *ma = trellis_project_get_items (a, types[t]);
      GListModel *mb = trellis_project_get_items (b, types[t]);
      guint n = g_list_model_get_n_items (ma);

      if (n != g_list_model_get_n_items (mb))
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TrellisItem) ia = g_list_model_get_item (ma, i);
          g_autoptr(TrellisItem) ib = g_list_model_get_item (mb, i);

          if (!trellis_item_equal (ia, ib))
            return FALSE;
        }
    }

  return TRUE;
}

void
_trellis_project_record_set (TrellisProject *self,
                             TrellisItem    *item,
                             GParamSpec     *pspec,
                             const GValue   *value)
{
  _trellis_history_record_set (self->history, item, pspec, value);
}

void
_trellis_project_item_changed (TrellisProject *self,
                               TrellisItem    *item)
{
  _trellis_ref_index_invalidate (self->refs, G_OBJECT_TYPE (item));
  g_signal_emit (self, signals[CHANGED], 0, item);
}

void
_trellis_project_insert_raw (TrellisProject *self,
                             TrellisItem    *item,
                             guint           position)
{
  _trellis_item_attach (item, self);
  g_hash_table_insert (self->index, (gpointer) trellis_item_get_uuid (item), item);
  g_list_store_insert (get_store (self, G_OBJECT_TYPE (item)), position, item);
  _trellis_project_item_changed (self, item);
}

void
_trellis_project_remove_raw (TrellisProject *self,
                             TrellisItem    *item)
{
  g_autoptr(TrellisItem) hold = g_object_ref (item);
  guint position;

  if (!_trellis_project_find (self, item, &position))
    g_return_if_reached ();

  _trellis_item_attach (item, NULL);
  g_hash_table_remove (self->index, trellis_item_get_uuid (item));
  g_list_store_remove (get_store (self, G_OBJECT_TYPE (item)), position);
  _trellis_project_item_changed (self, item);
}

void
_trellis_project_move_raw (TrellisProject *self,
                           TrellisItem    *item,
                           guint           position)
{
  g_autoptr(TrellisItem) hold = g_object_ref (item);
  GListStore *store = get_store (self, G_OBJECT_TYPE (item));
  guint from;

  if (!_trellis_project_find (self, item, &from))
    g_return_if_reached ();

  g_list_store_remove (store, from);
  g_list_store_insert (store, position, item);
  _trellis_project_item_changed (self, item);
}

/**
 * _trellis_project_take_loaded:
 * @items: (transfer container): items read from a file, in order
 *
 * Fills an empty collection at once, outside the history.
 */
void
_trellis_project_take_loaded (TrellisProject *self,
                              GType           item_type,
                              GPtrArray      *items)
{
  GListStore *store = get_store (self, item_type);

  _trellis_ref_index_invalidate (self->refs, item_type);
  for (guint i = 0; i < items->len; i++)
    {
      TrellisItem *item = g_ptr_array_index (items, i);

      _trellis_item_attach (item, self);
      g_hash_table_insert (self->index, (gpointer) trellis_item_get_uuid (item), item);
    }
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
  g_ptr_array_unref (items);
}

void
_trellis_project_reset_identity (TrellisProject *self,
                                 const char     *name)
{
  TrellisItem *old = TRELLIS_ITEM (self->header);
  TrellisHeader *header = g_object_new (TRELLIS_TYPE_HEADER, NULL);
  guint n_fields = trellis_item_class_get_n_fields (TRELLIS_ITEM_GET_CLASS (old));
  g_autofree char *now = now_iso8601 ();

  for (guint i = 0; i < n_fields; i++)
    g_value_copy (_trellis_item_get_slot (old, i),
                  g_value_reset (_trellis_item_get_slot (TRELLIS_ITEM (header), i)));
  trellis_header_set_name (header, name);
  trellis_header_set_created (header, now);
  trellis_header_set_modified (header, now);
  trellis_header_set_revision (header, 0);

  _trellis_item_attach (old, NULL);
  g_object_unref (old);
  set_header (self, header);
}

void
_trellis_project_forget_history (TrellisProject *self)
{
  g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  self->history = _trellis_history_new (self);
  g_signal_connect_object (self->history, "notify::dirty",
                           G_CALLBACK (on_history_notify_dirty_cb), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

gpointer
_trellis_project_get_extra (TrellisProject *self,
                            const char     *section)
{
  return g_hash_table_lookup (self->extras, section);
}

void
_trellis_project_take_extra (TrellisProject *self,
                             const char     *section,
                             gpointer        extra)
{
  if (extra == NULL)
    g_hash_table_remove (self->extras, section);
  else
    g_hash_table_replace (self->extras, g_strdup (section), extra);
}
