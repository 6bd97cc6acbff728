/* trellis-swot-board-actions.c: the SWOT board's "swot." actions and its drop targets
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each action takes the UUID of a note (and a quadrant or a number of
 * votes) and changes the model through src/core/rules/trellis-swot.c; the
 * quadrants' list models follow, and the focus follows a note it was on.
 */

#define G_LOG_DOMAIN "trellis-swot-board"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-paste.h"
#include "trellis-swot-board-private.h"

/* The actions */

static TrellisSwotItem *
lookup_item (TrellisSwotBoard *self,
             const char       *uuid)
{
  TrellisItem *item = trellis_project_lookup (self->project, uuid);

  return TRELLIS_IS_SWOT_ITEM (item) ? TRELLIS_SWOT_ITEM (item) : NULL;
}

static void
move_note (TrellisSwotBoard *self,
           TrellisSwotItem  *item,
           TrellisQuadrant   quadrant,
           guint             index)
{
  trellis_swot_move_item (self->project, item, quadrant, index);
  /* The note keeps (or, dropped, takes) the focus: the next keys move it on. */
  _trellis_swot_board_focus_item (self, item);
}

/* Alt+Up and Alt+Down go along the quadrant, and over its edge into the
 * quadrant above or below; Alt+Left and Alt+Right go across. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  TrellisSwotItem *item = lookup_item (self, g_variant_get_string (parameter, NULL));
  TrellisQuadrant quadrant;
  int index;
  guint count;

  if (item == NULL || !self->editable)
    return;

  quadrant = trellis_swot_item_get_quadrant (item);
  index = trellis_swot_index_in_quadrant (self->project, item);
  count = trellis_swot_count_quadrant (self->project, quadrant);

  if (g_str_equal (action_name, "swot.move-up"))
    {
      if (index > 0)
        move_note (self, item, quadrant, index - 1);
      else if (!trellis_swot_quadrant_is_internal (quadrant))
        move_note (self, item, quadrant - 2, G_MAXUINT);
    }
  else if (g_str_equal (action_name, "swot.move-down"))
    {
      if ((guint) index + 1 < count)
        move_note (self, item, quadrant, index + 1);
      else if (trellis_swot_quadrant_is_internal (quadrant))
        move_note (self, item, quadrant + 2, 0);
    }
  else if (g_str_equal (action_name, "swot.move-left"))
    {
      if (quadrant % 2 == 1)
        move_note (self, item, quadrant - 1, index);
    }
  else if (quadrant % 2 == 0)
    move_note (self, item, quadrant + 1, index);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  const char *uuid;
  int quadrant;
  TrellisSwotItem *item;

  g_variant_get (parameter, "(&si)", &uuid, &quadrant);
  item = lookup_item (self, uuid);
  if (item == NULL || !self->editable || quadrant < 0 || quadrant >= N_QUADRANTS
      || (int) trellis_swot_item_get_quadrant (item) == quadrant)
    return;

  move_note (self, item, quadrant, G_MAXUINT);
}

static void
vote_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  const char *uuid;
  int delta;
  TrellisSwotItem *item;

  g_variant_get (parameter, "(&si)", &uuid, &delta);
  item = lookup_item (self, uuid);
  if (item != NULL && self->editable)
    trellis_swot_vote (self->project, item, delta);
}

/* Deleting moves the focus to the next note, or the previous, or the entry. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  TrellisSwotItem *item = lookup_item (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GPtrArray) items = NULL;
  TrellisQuadrant quadrant;
  guint index;
  gboolean had_focus;

  if (item == NULL || !self->editable)
    return;

  quadrant = trellis_swot_item_get_quadrant (item);
  items = trellis_swot_list_quadrant (self->project, quadrant);
  g_ptr_array_find (items, item, &index);
  had_focus = _trellis_swot_board_get_focused_item (self) == item;
  trellis_project_remove_item (self->project, item);
  if (had_focus && items->len > 1)
    _trellis_swot_board_focus_item (self, items->pdata[index + 1 < items->len ? index + 1 : index - 1]);
  if (had_focus && items->len == 1)
    gtk_widget_grab_focus (GTK_WIDGET (self->quadrants[quadrant].entry));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  TrellisSwotItem *item = lookup_item (self, g_variant_get_string (parameter, NULL));
  TrellisSwotNote *note = item != NULL ? g_hash_table_lookup (self->notes, item) : NULL;

  if (note != NULL && self->editable)
    trellis_swot_note_start_editing (note);
}

static void
sort_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  int quadrant = g_variant_get_int32 (parameter);

  if (self->editable && quadrant >= 0 && quadrant < N_QUADRANTS)
    trellis_swot_sort_by_votes (self->project, quadrant);
}

/* Pasting lines as notes */

/**
 * trellis_swot_board_paste:
 * @text: pasted text: one note a line
 *
 * Adds a note at the end of @quadrant for each line of @text
 * (trellis_paste_split_lines()), as one undo step.
 *
 * Returns: how many notes were added
 */
guint
trellis_swot_board_paste (TrellisSwotBoard *self,
                          TrellisQuadrant   quadrant,
                          const char       *text)
{
  g_auto(GStrv) lines = NULL;
  TrellisHistory *history;
  Quadrant *q;
  guint n_before;

  g_return_val_if_fail (TRELLIS_IS_SWOT_BOARD (self), 0);
  g_return_val_if_fail (quadrant < N_QUADRANTS, 0);

  lines = trellis_paste_split_lines (text);
  if (!self->editable || lines[0] == NULL)
    return 0;

  q = &self->quadrants[quadrant];
  n_before = g_list_model_get_n_items (G_LIST_MODEL (q->model));
  history = trellis_project_get_history (self->project);
  /* translators: an undo step: notes pasted into a SWOT quadrant */
  trellis_history_begin_group (history, _("Paste Notes"));
  for (guint i = 0; lines[i] != NULL; i++)
    _trellis_swot_board_add_note (q, lines[i]);
  trellis_history_end_group (history);
  {
    g_autoptr(TrellisSwotItem) first = g_list_model_get_item (G_LIST_MODEL (q->model), n_before);

    if (first != NULL)
      _trellis_swot_board_focus_item (self, first);
  }
  return g_strv_length (lines);
}

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  TrellisQuadrant quadrant = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "paste-quadrant"));

  if (text != NULL && gtk_widget_get_root (widget) != NULL)
    trellis_swot_board_paste (TRELLIS_SWOT_BOARD (widget), quadrant, text);
}

static void
paste_notes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  int quadrant = g_variant_get_int32 (parameter);

  if (!TRELLIS_SWOT_BOARD (widget)->editable || quadrant < 0 || quadrant >= N_QUADRANTS)
    return;
  g_object_set_data (G_OBJECT (widget), "paste-quadrant", GUINT_TO_POINTER (quadrant));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text_cb,
                                 g_object_ref (widget));
}

/**
 * _trellis_swot_board_add_paste_shortcut:
 *
 * Ctrl+V in the list of @q pastes lines as notes there.
 */
void
_trellis_swot_board_add_paste_shortcut (Quadrant *q)
{
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                            gtk_named_action_new ("swot.paste-notes"));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (q->quadrant));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
  gtk_widget_add_controller (GTK_WIDGET (q->list_view), GTK_EVENT_CONTROLLER (controller));
}

/* Keys on the focused note */

#define NO_ARGUMENT G_MININT

static const struct
{
  guint           keyval;
  GdkModifierType modifiers;
  const char     *action;
  int             argument;   /* votes or quadrant; NO_ARGUMENT: the action takes the note only */
} shortcuts[] = {
  { GDK_KEY_Up,        GDK_ALT_MASK,     "swot.move-up",    NO_ARGUMENT },
  { GDK_KEY_Down,      GDK_ALT_MASK,     "swot.move-down",  NO_ARGUMENT },
  { GDK_KEY_Left,      GDK_ALT_MASK,     "swot.move-left",  NO_ARGUMENT },
  { GDK_KEY_Right,     GDK_ALT_MASK,     "swot.move-right", NO_ARGUMENT },
  { GDK_KEY_1,         GDK_CONTROL_MASK, "swot.move-to",    TRELLIS_QUADRANT_STRENGTH },
  { GDK_KEY_2,         GDK_CONTROL_MASK, "swot.move-to",    TRELLIS_QUADRANT_WEAKNESS },
  { GDK_KEY_3,         GDK_CONTROL_MASK, "swot.move-to",    TRELLIS_QUADRANT_OPPORTUNITY },
  { GDK_KEY_4,         GDK_CONTROL_MASK, "swot.move-to",    TRELLIS_QUADRANT_THREAT },
  { GDK_KEY_plus,      0,                "swot.vote",       1 },
  { GDK_KEY_KP_Add,    0,                "swot.vote",       1 },
  { GDK_KEY_Up,        GDK_CONTROL_MASK, "swot.vote",       1 },
  { GDK_KEY_minus,     0,                "swot.vote",       -1 },
  { GDK_KEY_KP_Subtract, 0,              "swot.vote",       -1 },
  { GDK_KEY_Down,      GDK_CONTROL_MASK, "swot.vote",       -1 },
  { GDK_KEY_Delete,    0,                "swot.delete",     NO_ARGUMENT },
  { GDK_KEY_KP_Delete, 0,                "swot.delete",     NO_ARGUMENT },
  { GDK_KEY_F2,        0,                "swot.edit",       NO_ARGUMENT },
};

/* One controller on the board for every note: the keys act on the note
 * that has the focus (a row holds no shortcuts of its own, so the list
 * view's hundreds of rows stay light). */
static gboolean
on_shortcut_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  TrellisSwotBoard *self = TRELLIS_SWOT_BOARD (widget);
  guint i = GPOINTER_TO_UINT (user_data);
  TrellisSwotItem *item = _trellis_swot_board_get_focused_item (self);
  const char *uuid;

  if (item == NULL)
    return FALSE;

  uuid = trellis_item_get_uuid (TRELLIS_ITEM (item));
  if (shortcuts[i].argument == NO_ARGUMENT)
    return gtk_widget_activate_action (widget, shortcuts[i].action, "s", uuid);
  return gtk_widget_activate_action (widget, shortcuts[i].action, "(si)", uuid, shortcuts[i].argument);
}

/**
 * _trellis_swot_board_add_shortcuts:
 *
 * The keys that move, vote on, delete and edit the focused note.
 */
void
_trellis_swot_board_add_shortcuts (TrellisSwotBoard *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (shortcuts[i].keyval, shortcuts[i].modifiers);
      GtkShortcutAction *action = gtk_callback_action_new (on_shortcut_cb, GUINT_TO_POINTER (i), NULL);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Dropping */

/* The position among the notes of @q's list at @y of the card (in the
 * list as shown, the dragged note included), and the note to mark.  Only
 * the rows on screen exist: a drop goes before the first of them under the
 * pointer, or after the last one shown. */
static guint
find_drop_index (Quadrant         *q,
                 double            x,
                 double            y,
                 TrellisSwotNote **mark_note,
                 int              *mark)
{
  GtkWidget *list = GTK_WIDGET (q->list_view);
  double list_x, list_y;
  TrellisSwotNote *last = NULL;
  guint position;

  *mark_note = NULL;
  *mark = 0;
  if (!gtk_widget_translate_coordinates (q->card, list, x, y, &list_x, &list_y))
    list_y = -1;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      graphene_rect_t bounds;

      if (child == NULL || !TRELLIS_IS_SWOT_NOTE (child) || trellis_swot_note_get_item (TRELLIS_SWOT_NOTE (child)) == NULL
          || !gtk_widget_get_child_visible (row) || !gtk_widget_compute_bounds (child, list, &bounds))
        continue;
      if (list_y < bounds.origin.y + bounds.size.height / 2)
        {
          *mark_note = TRELLIS_SWOT_NOTE (child);
          *mark = -1;
          trellis_swot_model_find (q->model, trellis_swot_note_get_item (*mark_note), &position);
          return position;
        }
      if (last == NULL || bounds.origin.y >= 0)
        last = TRELLIS_SWOT_NOTE (child);
    }

  *mark_note = last;
  *mark = last != NULL ? 1 : 0;
  if (last == NULL || !trellis_swot_model_find (q->model, trellis_swot_note_get_item (last), &position))
    return g_list_model_get_n_items (G_LIST_MODEL (q->model));
  return position + 1;
}

static void
clear_drop_marks (TrellisSwotBoard *self)
{
  GHashTableIter iter;
  gpointer note;

  g_hash_table_iter_init (&iter, self->notes);
  while (g_hash_table_iter_next (&iter, NULL, &note))
    trellis_swot_note_set_drop_mark (note, 0);
  for (guint q = 0; q < N_QUADRANTS; q++)
    gtk_widget_remove_css_class (self->quadrants[q].card, "drop-target");
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget *target,
                   double         x,
                   double         y,
                   Quadrant      *q)
{
  TrellisSwotNote *mark_note;
  int mark;

  if (!q->board->editable)
    return 0;

  clear_drop_marks (q->board);
  find_drop_index (q, x, y, &mark_note, &mark);
  if (mark_note != NULL)
    trellis_swot_note_set_drop_mark (mark_note, mark);
  gtk_widget_add_css_class (q->card, "drop-target");
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave_cb (GtkDropTarget *target,
                  Quadrant      *q)
{
  clear_drop_marks (q->board);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            Quadrant      *q)
{
  TrellisSwotBoard *self = q->board;
  TrellisSwotItem *item = g_value_get_object (value);
  TrellisSwotNote *mark_note;
  int mark;
  guint index;

  clear_drop_marks (self);
  if (!self->editable || !TRELLIS_IS_SWOT_ITEM (item) || lookup_item (self, trellis_item_get_uuid (TRELLIS_ITEM (item))) != item)
    return FALSE;

  index = find_drop_index (q, x, y, &mark_note, &mark);
  /* The core counts the other notes of the quadrant: the dragged one
   * above the drop place does not count. */
  if (trellis_swot_item_get_quadrant (item) == q->quadrant
      && (guint) trellis_swot_index_in_quadrant (self->project, item) < index)
    index--;

  move_note (self, item, q->quadrant, index);
  return TRUE;
}

/**
 * _trellis_swot_board_add_drop_target:
 *
 * Lets notes be dropped on the card of @q, into the place under the pointer.
 */
void
_trellis_swot_board_add_drop_target (Quadrant *q)
{
  GtkDropTarget *drop_target = gtk_drop_target_new (TRELLIS_TYPE_SWOT_ITEM, GDK_ACTION_MOVE);

  g_signal_connect (drop_target, "motion", G_CALLBACK (on_drop_motion_cb), q);
  g_signal_connect (drop_target, "enter", G_CALLBACK (on_drop_motion_cb), q);
  g_signal_connect (drop_target, "leave", G_CALLBACK (on_drop_leave_cb), q);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop_cb), q);
  gtk_widget_add_controller (q->card, GTK_EVENT_CONTROLLER (drop_target));
}

void
_trellis_swot_board_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "swot.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "swot.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "swot.move-left", "s", move_action);
  gtk_widget_class_install_action (widget_class, "swot.move-right", "s", move_action);
  gtk_widget_class_install_action (widget_class, "swot.move-to", "(si)", move_to_action);
  gtk_widget_class_install_action (widget_class, "swot.vote", "(si)", vote_action);
  gtk_widget_class_install_action (widget_class, "swot.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "swot.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "swot.sort", "i", sort_action);
  gtk_widget_class_install_action (widget_class, "swot.paste-notes", "i", paste_notes_action);
}
