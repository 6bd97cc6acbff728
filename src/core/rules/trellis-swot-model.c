/* trellis-swot-model.c: the notes of one SWOT quadrant as a list model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes of all four quadrants live in one list of the project; a
 * quadrant's notes are those of that list whose "quadrant" field is its
 * own, in the list's order.  This model follows both: the list's
 * items-changed (adding, removing, moving, and their undo), and a note's
 * quadrant changing (the project's "changed" for that note).  Each change
 * of the project becomes one items-changed at the note's own position, so
 * a view redraws that row only; a text edited is no change of this list at
 * all (rows follow their item's notify::).
 *
 * To place a change it keeps a mirror of the project's list with a byte
 * per note saying whether it is in the quadrant: counting the members
 * before a position is a scan of bytes, cheap even at 10,000 notes.
 */

#define G_LOG_DOMAIN "trellis-swot-model"

#include "config.h"

#include "trellis-swot-item.h"
#include "trellis-swot-model.h"

struct _TrellisSwotModel
{
  GObject          parent_instance;

  TrellisProject  *project;
  GListModel      *source;     /* the project's notes, all quadrants */
  TrellisQuadrant  quadrant;

  GPtrArray       *all;        /* mirror of @source (unowned pointers) */
  GArray          *member;     /* guint8 per entry of @all: in this quadrant */
  GPtrArray       *items;      /* the members, in order (owned) */
  GHashTable      *members;    /* the same as a set */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisSwotModel, trellis_swot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* GListModel */

static GType
trellis_swot_model_get_item_type (GListModel *model)
{
  return TRELLIS_TYPE_SWOT_ITEM;
}

static guint
trellis_swot_model_get_n_items (GListModel *model)
{
  return TRELLIS_SWOT_MODEL (model)->items->len;
}

static gpointer
trellis_swot_model_get_item (GListModel *model,
                             guint       position)
{
  TrellisSwotModel *self = TRELLIS_SWOT_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = trellis_swot_model_get_item_type;
  iface->get_n_items = trellis_swot_model_get_n_items;
  iface->get_item = trellis_swot_model_get_item;
}

/* Following the project */

static guint
count_members (TrellisSwotModel *self,
               guint             from,
               guint             to)
{
  const guint8 *flags = (const guint8 *) self->member->data;
  guint n = 0;

  for (guint i = from; i < to; i++)
    n += flags[i];
  return n;
}

static gboolean
belongs (TrellisSwotModel *self,
         gpointer          item)
{
  return trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (item)) == self->quadrant;
}

/* Takes the entries [@position, @position + @n) out of the mirror. */
static guint
forget_range (TrellisSwotModel *self,
              guint             position,
              guint             n)
{
  guint n_members = 0;

  for (guint i = position; i < position + n; i++)
    if (g_array_index (self->member, guint8, i))
      {
        g_hash_table_remove (self->members, g_ptr_array_index (self->all, i));
        n_members++;
      }
  g_ptr_array_remove_range (self->all, position, n);
  g_array_remove_range (self->member, position, n);
  return n_members;
}

static void
on_source_items_changed_cb (TrellisSwotModel *self,
                            guint             position,
                            guint             removed,
                            guint             added)
{
  guint index = count_members (self, 0, position);
  guint n_removed = forget_range (self, position, removed);
  guint n_added = 0;

  if (n_removed > 0)
    g_ptr_array_remove_range (self->items, index, n_removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->source, position + i);
      guint8 is_member = belongs (self, item);

      g_ptr_array_insert (self->all, position + i, item);
      g_array_insert_val (self->member, position + i, is_member);
      if (is_member)
        {
          g_hash_table_add (self->members, item);
          g_ptr_array_insert (self->items, index + n_added, g_object_ref (item));
          n_added++;
        }
    }

  if (n_removed > 0 || n_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), index, n_removed, n_added);
}

/* A note that changed quadrant joins or leaves this one at its place. */
static void
on_project_changed_cb (TrellisSwotModel *self,
                       TrellisItem      *item)
{
  gboolean was, is;
  guint position, index;

  if (!TRELLIS_IS_SWOT_ITEM (item))
    return;
  was = g_hash_table_contains (self->members, item);
  is = belongs (self, item);
  if (was == is || !g_ptr_array_find (self->all, item, &position))
    return;

  index = count_members (self, 0, position);
  g_array_index (self->member, guint8, position) = is;
  if (is)
    {
      g_hash_table_add (self->members, item);
      g_ptr_array_insert (self->items, index, g_object_ref (item));
      g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);
    }
  else
    {
      g_hash_table_remove (self->members, item);
      g_ptr_array_remove_index (self->items, index);
      g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
    }
}

/* GObject */

static void
trellis_swot_model_dispose (GObject *object)
{
  TrellisSwotModel *self = TRELLIS_SWOT_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  self->source = NULL;
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_swot_model_parent_class)->dispose (object);
}

static void
trellis_swot_model_finalize (GObject *object)
{
  TrellisSwotModel *self = TRELLIS_SWOT_MODEL (object);

  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->member, g_array_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);

  G_OBJECT_CLASS (trellis_swot_model_parent_class)->finalize (object);
}

static void
trellis_swot_model_class_init (TrellisSwotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trellis_swot_model_dispose;
  object_class->finalize = trellis_swot_model_finalize;
}

static void
trellis_swot_model_init (TrellisSwotModel *self)
{
  self->all = g_ptr_array_new ();
  self->member = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->members = g_hash_table_new (NULL, NULL);
}

/**
 * trellis_swot_model_new:
 * @quadrant: the quadrant whose notes the model lists
 *
 * A list of the notes of @quadrant in their order, which follows every
 * edit, undo and redo of @project.
 *
 * Returns: (transfer full): a #GListModel of #TrellisSwotItem
 */
TrellisSwotModel *
trellis_swot_model_new (TrellisProject  *project,
                        TrellisQuadrant  quadrant)
{
  TrellisSwotModel *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_SWOT_MODEL, NULL);
  self->project = g_object_ref (project);
  self->quadrant = quadrant;
  self->source = trellis_project_get_items (project, TRELLIS_TYPE_SWOT_ITEM);
  on_source_items_changed_cb (self, 0, 0, g_list_model_get_n_items (self->source));
  g_signal_connect_swapped (self->source, "items-changed", G_CALLBACK (on_source_items_changed_cb), self);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  return self;
}

/**
 * trellis_swot_model_get_quadrant:
 *
 * Returns: the quadrant whose notes @self lists
 */
TrellisQuadrant
trellis_swot_model_get_quadrant (TrellisSwotModel *self)
{
  g_return_val_if_fail (TRELLIS_IS_SWOT_MODEL (self), 0);

  return self->quadrant;
}

/**
 * trellis_swot_model_get_project:
 *
 * Returns: (transfer none): the project whose notes @self lists
 */
TrellisProject *
trellis_swot_model_get_project (TrellisSwotModel *self)
{
  g_return_val_if_fail (TRELLIS_IS_SWOT_MODEL (self), NULL);

  return self->project;
}

/**
 * trellis_swot_model_find:
 * @item: a #TrellisSwotItem
 * @position: (out) (optional): where @item is in @self
 *
 * Returns: whether @item is one of the notes of @self
 */
gboolean
trellis_swot_model_find (TrellisSwotModel *self,
                         gpointer          item,
                         guint            *position)
{
  g_return_val_if_fail (TRELLIS_IS_SWOT_MODEL (self), FALSE);

  if (!g_hash_table_contains (self->members, item))
    return FALSE;
  return g_ptr_array_find (self->items, item, position);
}
