/* trellis-canvas-box-widget-input.c: what comes into a canvas box: drops, pastes, the focus
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A note dropped on the box goes where the line shows (before the card
 * under the pointer, or after the last one); text pasted becomes a note a
 * line (trellis_paste_split_lines ()), one undo step; and a note moved or
 * added keeps or takes the focus once the grid view has made its card.
 */

#define G_LOG_DOMAIN "trellis-canvas-box-widget"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-canvas-box-widget-private.h"
#include "trellis-paste.h"

/* Keeping the focus on a note that moved or was added */

static gboolean try_focus (TrellisCanvasBoxWidget *self);

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  return try_focus (TRELLIS_CANVAS_BOX_WIDGET (widget)) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Focuses the card of focus_note, or scrolls to it so that the view makes
 * one.  Returns whether to try again after a frame. */
static gboolean
try_focus (TrellisCanvasBoxWidget *self)
{
  TrellisCanvasNoteCard *card;
  guint position;

  if (self->focus_note == NULL)
    return FALSE;

  card = g_hash_table_lookup (self->cards, self->focus_note);
  if (card != NULL)
    {
      if (!trellis_canvas_note_card_is_editing (card))
        gtk_widget_grab_focus (GTK_WIDGET (card));
      g_clear_object (&self->focus_note);
      return FALSE;
    }
  if (self->focus_tries++ > 4 || !trellis_canvas_model_find (self->model, self->focus_note, &position)
      || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_object (&self->focus_note);
      return FALSE;
    }
  gtk_widget_activate_action (GTK_WIDGET (self->grid), "list.scroll-to-item", "u", position);
  return TRUE;
}

/**
 * trellis_canvas_box_widget_focus_note:
 *
 * Gives the focus to the card of @note, at once if the view shows it,
 * else once it has scrolled to it.
 */
void
trellis_canvas_box_widget_focus_note (TrellisCanvasBoxWidget *self,
                                      TrellisCanvasNote      *note)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  g_set_object (&self->focus_note, note);
  self->focus_tries = 0;
  if (try_focus (self))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

/* Dropping */

static void
clear_drop_mark (TrellisCanvasBoxWidget *self)
{
  GHashTableIter iter;
  gpointer card;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-hover");
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    trellis_canvas_note_card_set_drop_mark (card, 0);
}

/* The place among the notes for a drop at (@x, @y) of the box, and the card
 * to mark.  Only the cards near the screen exist: a drop goes before the
 * first of them that the point is before (in reading order), or after the
 * last one shown. */
static guint
drop_index (TrellisCanvasBoxWidget  *self,
            double                   x,
            double                   y,
            TrellisCanvasNoteCard  **mark_card,
            int                     *mark)
{
  GHashTableIter iter;
  gpointer note, card;
  guint before = G_MAXUINT, last = 0;
  TrellisCanvasNoteCard *before_card = NULL, *last_card = NULL;
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->grid), &GRAPHENE_POINT_INIT (x, y), &point))
    point = GRAPHENE_POINT_INIT (0, G_MAXFLOAT);

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &note, &card))
    {
      graphene_rect_t r;
      guint position;

      if (!gtk_widget_get_child_visible (gtk_widget_get_parent (card))
          || !gtk_widget_compute_bounds (card, GTK_WIDGET (self->grid), &r)
          || !trellis_canvas_model_find (self->model, note, &position))
        continue;
      if ((point.y < r.origin.y || (point.y < r.origin.y + r.size.height && point.x < r.origin.x + r.size.width / 2))
          && position < before)
        before = position, before_card = card;
      if (last_card == NULL || position > last)
        last = position, last_card = card;
    }

  *mark_card = before_card != NULL ? before_card : last_card;
  *mark = before_card != NULL ? -1 : last_card != NULL ? 1 : 0;
  if (before_card != NULL)
    return before;
  return last_card != NULL ? last + 1 : g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

static gboolean
accepts (TrellisCanvasBoxWidget *self,
         TrellisCanvasNote      *note)
{
  const char *ref = trellis_canvas_note_get_version_uuid (note);
  const char *uuid = self->version != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (self->version)) : NULL;

  if (ref != NULL && ref[0] == '\0')
    ref = NULL;
  return self->editable && g_strcmp0 (ref, uuid) == 0
         && trellis_project_lookup (self->project, trellis_item_get_uuid (TRELLIS_ITEM (note))) != NULL;
}

static GdkDragAction
on_drop_motion_cb (TrellisCanvasBoxWidget *self,
                   double                  x,
                   double                  y,
                   GtkDropTarget          *target)
{
  const GValue *value = gtk_drop_target_get_value (target);
  TrellisCanvasNoteCard *card;
  int mark;

  if (value != NULL && G_VALUE_HOLDS (value, TRELLIS_TYPE_CANVAS_NOTE)
      && !accepts (self, g_value_get_object (value)))
    return 0;
  if (!self->editable)
    return 0;

  clear_drop_mark (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-hover");
  drop_index (self, x, y, &card, &mark);
  if (card != NULL)
    trellis_canvas_note_card_set_drop_mark (card, mark);
  return GDK_ACTION_MOVE;
}

static gboolean
on_drop_cb (TrellisCanvasBoxWidget *self,
            const GValue           *value,
            double                  x,
            double                  y)
{
  clear_drop_mark (self);
  if (!G_VALUE_HOLDS (value, TRELLIS_TYPE_CANVAS_NOTE))
    return FALSE;
  return trellis_canvas_box_widget_drop (self, g_value_get_object (value), x, y);
}

/* Pasting */

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TrellisCanvasBoxWidget) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No text to paste: %s", error != NULL ? error->message : "empty");
      return;
    }
  if (self->project != NULL)
    trellis_canvas_box_widget_paste (self, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TrellisCanvasBoxWidget *self = TRELLIS_CANVAS_BOX_WIDGET (widget);

  if (!self->editable)
    return;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text_cb,
                                 g_object_ref (self));
}

/**
 * trellis_canvas_box_widget_paste:
 * @text: pasted text: one note a line
 *
 * Adds a note at the end of the box for each line of @text
 * (trellis_paste_split_lines()), as one undo step, and focuses the first.
 *
 * Returns: how many notes were added
 */
guint
trellis_canvas_box_widget_paste (TrellisCanvasBoxWidget *self,
                                 const char             *text)
{
  g_auto(GStrv) lines = NULL;
  guint n_before, added;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  lines = trellis_paste_split_lines (text);
  if (!self->editable || lines[0] == NULL)
    return 0;

  n_before = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  added = trellis_canvas_add_notes (self->project, self->version, self->box,
                                    (const char * const *) lines, G_MAXUINT);
  if (added > 0)
    {
      g_autoptr(TrellisCanvasNote) first = g_list_model_get_item (G_LIST_MODEL (self->model), n_before);

      trellis_canvas_box_widget_focus_note (self, first);
    }
  return added;
}

/**
 * trellis_canvas_box_widget_drop:
 * @x: where, in the box's coordinates
 *
 * Moves @note (of the version shown) to the place in this box at (@x, @y).
 *
 * Returns: %FALSE if the box does not take it: read-only, or a note of
 *   another version
 */
gboolean
trellis_canvas_box_widget_drop (TrellisCanvasBoxWidget *self,
                                TrellisCanvasNote      *note,
                                double                  x,
                                double                  y)
{
  TrellisCanvasNoteCard *card;
  guint index, current;
  int mark;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), FALSE);
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE (note), FALSE);

  if (!accepts (self, note))
    return FALSE;

  index = drop_index (self, x, y, &card, &mark);
  /* The places count without the note itself. */
  if (trellis_canvas_model_find (self->model, note, &current))
    {
      if (current < index)
        index--;
      if (current == index)
        return TRUE;
    }

  trellis_canvas_move_note (self->project, note, self->box, index);
  trellis_canvas_box_widget_focus_note (self, note);
  return TRUE;
}

/**
 * _trellis_canvas_box_widget_add_drop_target:
 *
 * Lets notes be dropped on the box, into the place under the pointer.
 */
void
_trellis_canvas_box_widget_add_drop_target (TrellisCanvasBoxWidget *self)
{
  self->drop_target = gtk_drop_target_new (TRELLIS_TYPE_CANVAS_NOTE, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (self->drop_target, TRUE);
  g_signal_connect_swapped (self->drop_target, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect_swapped (self->drop_target, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect_swapped (self->drop_target, "leave", G_CALLBACK (clear_drop_mark), self);
  g_signal_connect_swapped (self->drop_target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}

void
_trellis_canvas_box_widget_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "box.paste-notes", NULL, paste_action);
}
