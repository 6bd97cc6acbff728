/* trellis-canvas-model.c: the notes of one canvas box as a list model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes of every box and version are one list of the project; a box
 * of a version shows those of its box and version in the list's order
 * (trellis_canvas_list_notes ()).  This model keeps that selection as a
 * GListModel that follows the list's items-changed (adding, deleting,
 * moving, and their undo) and a note's box changing (the project's
 * "changed"), each as one items-changed at the note's own place in the
 * box: a view over it touches only the rows a change concerns.  An edited
 * text or colour is no change of the list (rows follow their note's
 * notify::).
 *
 * The list's positions are mapped with a copy of it and a flag per entry
 * (in the box or not): the place in the box of a list position is the
 * number of flags set before it, a scan of bytes, quick even over 10,000
 * notes and done once per change.
 */

#define G_LOG_DOMAIN "trellis-canvas-model"

#include "config.h"

#include "trellis-canvas-model.h"

struct _TrellisCanvasModel
{
  GObject               parent_instance;

  TrellisProject       *project;
  TrellisCanvasVersion *version;   /* NULL: the as-is canvas */
  char                 *version_uuid;
  TrellisCanvasBox      box;
  GListModel           *notes;     /* the project's, every box and version */

  GPtrArray            *entries;   /* copy of @notes (unowned) */
  GArray               *in_box;    /* one guint8 flag per entry */
  GPtrArray            *shown;     /* the notes of the box, in order (owned) */
  GHashTable           *shown_set; /* the same, for lookups */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisCanvasModel, trellis_canvas_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return TRELLIS_TYPE_CANVAS_NOTE;
}

static guint
get_n_items (GListModel *model)
{
  return TRELLIS_CANVAS_MODEL (model)->shown->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  GPtrArray *shown = TRELLIS_CANVAS_MODEL (model)->shown;

  return position < shown->len ? g_object_ref (shown->pdata[position]) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static gboolean
is_in_box (TrellisCanvasModel *self,
           TrellisCanvasNote  *note)
{
  const char *ref;

  if (trellis_canvas_note_get_box (note) != self->box)
    return FALSE;
  ref = trellis_canvas_note_get_version_uuid (note);
  if (ref != NULL && ref[0] == '\0')
    ref = NULL;
  return g_strcmp0 (ref, self->version_uuid) == 0;
}

/* The place in the box of list position @end: the flags set before it. */
static guint
place_of (TrellisCanvasModel *self,
          guint               end)
{
  const guint8 *flags = (const guint8 *) self->in_box->data;
  guint place = 0;

  for (guint i = 0; i < end; i++)
    place += flags[i];
  return place;
}

/* Forgets the list entries [@position, @position + @n); returns how many
 * of them were in the box. */
static guint
drop_entries (TrellisCanvasModel *self,
              guint               position,
              guint               n)
{
  guint dropped = 0;

  for (guint i = position; i < position + n; i++)
    if (g_array_index (self->in_box, guint8, i))
      {
        g_hash_table_remove (self->shown_set, self->entries->pdata[i]);
        dropped++;
      }
  g_ptr_array_remove_range (self->entries, position, n);
  g_array_remove_range (self->in_box, position, n);
  return dropped;
}

static void
on_notes_items_changed_cb (TrellisCanvasModel *self,
                           guint               position,
                           guint               removed,
                           guint               added)
{
  guint place = place_of (self, position);
  guint n_removed = drop_entries (self, position, removed);
  guint n_added = 0;

  if (n_removed > 0)
    g_ptr_array_remove_range (self->shown, place, n_removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(TrellisCanvasNote) note = g_list_model_get_item (self->notes, position + i);
      guint8 flag = is_in_box (self, note);

      g_ptr_array_insert (self->entries, position + i, note);
      g_array_insert_val (self->in_box, position + i, flag);
      if (!flag)
        continue;
      g_hash_table_add (self->shown_set, note);
      g_ptr_array_insert (self->shown, place + n_added++, g_object_ref (note));
    }

  if (n_removed > 0 || n_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), place, n_removed, n_added);
}

/* A note moved to or from this box from another comes or goes in place. */
static void
on_project_changed_cb (TrellisCanvasModel *self,
                       TrellisItem        *item)
{
  gboolean was, is;
  guint position, place;

  if (!TRELLIS_IS_CANVAS_NOTE (item))
    return;
  was = g_hash_table_contains (self->shown_set, item);
  is = is_in_box (self, TRELLIS_CANVAS_NOTE (item));
  if (was == is || !g_ptr_array_find (self->entries, item, &position))
    return;

  place = place_of (self, position);
  g_array_index (self->in_box, guint8, position) = is;
  if (is)
    {
      g_hash_table_add (self->shown_set, item);
      g_ptr_array_insert (self->shown, place, g_object_ref (item));
    }
  else
    {
      g_hash_table_remove (self->shown_set, item);
      g_ptr_array_remove_index (self->shown, place);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), place, is ? 0 : 1, is ? 1 : 0);
}

static void
trellis_canvas_model_dispose (GObject *object)
{
  TrellisCanvasModel *self = TRELLIS_CANVAS_MODEL (object);

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  self->notes = NULL;
  g_clear_object (&self->version);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_canvas_model_parent_class)->dispose (object);
}

static void
trellis_canvas_model_finalize (GObject *object)
{
  TrellisCanvasModel *self = TRELLIS_CANVAS_MODEL (object);

  g_clear_pointer (&self->shown_set, g_hash_table_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->in_box, g_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->version_uuid, g_free);

  G_OBJECT_CLASS (trellis_canvas_model_parent_class)->finalize (object);
}

static void
trellis_canvas_model_class_init (TrellisCanvasModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trellis_canvas_model_dispose;
  object_class->finalize = trellis_canvas_model_finalize;
}

static void
trellis_canvas_model_init (TrellisCanvasModel *self)
{
  self->entries = g_ptr_array_new ();
  self->in_box = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown_set = g_hash_table_new (NULL, NULL);
}

/**
 * trellis_canvas_model_new:
 * @version: (nullable): a version of the canvas, %NULL for the as-is canvas
 * @box: the box whose notes the model lists
 *
 * The notes of @box in @version, in their order, as
 * trellis_canvas_list_notes() gives them, following every edit, undo and
 * redo of @project.
 *
 * Returns: (transfer full): a #GListModel of #TrellisCanvasNote
 */
TrellisCanvasModel *
trellis_canvas_model_new (TrellisProject       *project,
                          TrellisCanvasVersion *version,
                          TrellisCanvasBox      box)
{
  TrellisCanvasModel *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (version == NULL || TRELLIS_IS_CANVAS_VERSION (version), NULL);

  self = g_object_new (TRELLIS_TYPE_CANVAS_MODEL, NULL);
  self->project = g_object_ref (project);
  self->version = version != NULL ? g_object_ref (version) : NULL;
  self->version_uuid = version != NULL ? g_strdup (trellis_item_get_uuid (TRELLIS_ITEM (version))) : NULL;
  self->box = box;
  self->notes = trellis_project_get_items (project, TRELLIS_TYPE_CANVAS_NOTE);
  on_notes_items_changed_cb (self, 0, 0, g_list_model_get_n_items (self->notes));
  g_signal_connect_swapped (self->notes, "items-changed", G_CALLBACK (on_notes_items_changed_cb), self);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  return self;
}

/**
 * trellis_canvas_model_get_project:
 *
 * Returns: (transfer none): the project whose notes @self lists
 */
TrellisProject *
trellis_canvas_model_get_project (TrellisCanvasModel *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_MODEL (self), NULL);

  return self->project;
}

/**
 * trellis_canvas_model_get_version:
 *
 * Returns: (transfer none) (nullable): the version whose notes @self
 *   lists, %NULL for the as-is canvas
 */
TrellisCanvasVersion *
trellis_canvas_model_get_version (TrellisCanvasModel *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_MODEL (self), NULL);

  return self->version;
}

/**
 * trellis_canvas_model_get_box:
 *
 * Returns: the box whose notes @self lists
 */
TrellisCanvasBox
trellis_canvas_model_get_box (TrellisCanvasModel *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_MODEL (self), 0);

  return self->box;
}

/**
 * trellis_canvas_model_find:
 * @position: (out) (optional): the place of @note in @self
 *
 * Returns: whether @note is one of the notes @self lists
 */
gboolean
trellis_canvas_model_find (TrellisCanvasModel *self,
                           TrellisCanvasNote  *note,
                           guint              *position)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_MODEL (self), FALSE);

  if (!g_hash_table_contains (self->shown_set, note))
    return FALSE;
  return g_ptr_array_find (self->shown, note, position);
}
