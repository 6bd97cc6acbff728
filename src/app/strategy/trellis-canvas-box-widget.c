/* trellis-canvas-box-widget.c: one box of the canvas: its title, its notes, a way to add one
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The box shows the notes of one version in their order, in columns like
 * the poster; when they do not fit, they scroll within the box.  An empty
 * box shows its guiding prompts (and its title keeps them as a tooltip).
 * "Add a note…" adds at the end and keeps the focus for the next one.
 * Notes dropped on the box go where the line shows; when comparing, the
 * notes the version adds are marked new and the ones it dropped are listed
 * after them, struck through.
 *
 * The wide boxes at the bottom of the poster are low: their entry sits in
 * the title's row, to leave the height to the notes.
 */

#define G_LOG_DOMAIN "trellis-canvas-box-widget"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-canvas-box-widget.h"
#include "trellis-masonry.h"

#define COLUMN_WIDTH 170
#define LARGE_COLUMN_WIDTH 240

struct _TrellisCanvasBoxWidget
{
  GtkWidget             parent_instance;

  TrellisProject       *project;
  TrellisCanvasVersion *version;
  TrellisCanvasBox      box;
  gboolean              editable;
  GPtrArray            *notes;

  GtkLabel             *title;
  GtkEntry             *entry;
  TrellisMasonry       *masonry;
  GtkLabel             *prompts;
  GtkWidget            *removed_box;
  GtkDropTarget        *drop_target;
  GtkWidget            *marked;
  GtkWidget            *more_button;
  GtkAdjustment        *vadjustment;
};

G_DEFINE_FINAL_TYPE (TrellisCanvasBoxWidget, trellis_canvas_box_widget, GTK_TYPE_WIDGET)

static void
clear_drop_mark (TrellisCanvasBoxWidget *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-hover");
  if (self->marked != NULL)
    {
      gtk_widget_remove_css_class (self->marked, "drop-before");
      gtk_widget_remove_css_class (self->marked, "drop-after");
      g_clear_object (&self->marked);
    }
}

/* The place among the notes for a drop at (@x, @y) of the box. */
static guint
drop_index (TrellisCanvasBoxWidget *self,
            double                  x,
            double                  y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->masonry),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return self->notes->len;
  return MIN (trellis_masonry_index_at (self->masonry, point.x, point.y), self->notes->len);
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
  guint index = drop_index (self, x, y);
  GtkWidget *card;

  if (value != NULL && G_VALUE_HOLDS (value, TRELLIS_TYPE_CANVAS_NOTE)
      && !accepts (self, g_value_get_object (value)))
    return 0;

  clear_drop_mark (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-hover");
  if (self->notes->len > 0)
    {
      card = trellis_masonry_get_child (self->masonry, MIN (index, self->notes->len - 1));
      gtk_widget_add_css_class (card, index < self->notes->len ? "drop-before" : "drop-after");
      self->marked = g_object_ref (card);
    }
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

static void
on_entry_activate_cb (TrellisCanvasBoxWidget *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  if (!self->editable || text[0] == '\0')
    return;

  trellis_canvas_add_note (self->project, self->version, self->box, text, G_MAXUINT);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
trellis_canvas_box_widget_dispose (GObject *object)
{
  TrellisCanvasBoxWidget *self = TRELLIS_CANVAS_BOX_WIDGET (object);
  GtkWidget *child;

  g_clear_object (&self->marked);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_object (&self->version);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_canvas_box_widget_parent_class)->dispose (object);
}

static void
trellis_canvas_box_widget_class_init (TrellisCanvasBoxWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_canvas_box_widget_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "canvasbox");
}

static void
trellis_canvas_box_widget_init (TrellisCanvasBoxWidget *self)
{
  self->editable = TRUE;
  self->notes = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_add_css_class (GTK_WIDGET (self), "canvas-box");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->drop_target = gtk_drop_target_new (TRELLIS_TYPE_CANVAS_NOTE, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (self->drop_target, TRUE);
  g_signal_connect_swapped (self->drop_target, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect_swapped (self->drop_target, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect_swapped (self->drop_target, "leave", G_CALLBACK (clear_drop_mark), self);
  g_signal_connect_swapped (self->drop_target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}

static char *
prompts_text (TrellisCanvasBox box)
{
  const char * const *prompts = trellis_canvas_box_get_prompts (box);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; prompts[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", _(prompts[i]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
is_wide (TrellisCanvasBox box)
{
  TrellisCanvasRect rect;

  trellis_canvas_box_get_rect (box, &rect);
  return rect.width >= 2 * rect.height;
}

/* The overlay scrollbars hide until hovered, and the low boxes have none:
 * a button says there is more below.  It fades rather than hides, as its
 * state changes while the box is being laid out. */
static void
update_more_button (TrellisCanvasBoxWidget *self)
{
  gboolean more = gtk_adjustment_get_value (self->vadjustment) + gtk_adjustment_get_page_size (self->vadjustment)
                  < gtk_adjustment_get_upper (self->vadjustment) - 1;

  gtk_widget_set_opacity (self->more_button, more ? 1 : 0);
  gtk_widget_set_can_target (self->more_button, more);
}

static void
on_more_clicked_cb (TrellisCanvasBoxWidget *self)
{
  gtk_adjustment_set_value (self->vadjustment,
                            gtk_adjustment_get_value (self->vadjustment)
                            + gtk_adjustment_get_page_size (self->vadjustment) * 0.8);
}

static GtkWidget *
wrap_with_more_button (TrellisCanvasBoxWidget *self,
                       GtkWidget              *scroller)
{
  GtkWidget *overlay = gtk_overlay_new ();
  g_autofree char *more_name = NULL;

  self->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_signal_connect_object (self->vadjustment, "changed", G_CALLBACK (update_more_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vadjustment, "value-changed", G_CALLBACK (update_more_button), self,
                           G_CONNECT_SWAPPED);
  self->more_button = gtk_button_new_from_icon_name ("pan-down-symbolic");
  gtk_widget_set_tooltip_text (self->more_button, _("Show More Notes"));
  /* translators: the accessible name of the button that scrolls a canvas box; %s is the box */
  more_name = g_strdup_printf (_("Show more notes in “%s”"), trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box));
  trellis_accessible_set_label (self->more_button, more_name);
  gtk_widget_set_focusable (self->more_button, FALSE);
  gtk_widget_set_halign (self->more_button, GTK_ALIGN_END);
  gtk_widget_set_valign (self->more_button, GTK_ALIGN_END);
  gtk_widget_add_css_class (self->more_button, "osd");
  gtk_widget_add_css_class (self->more_button, "circular");
  gtk_widget_add_css_class (self->more_button, "canvas-more");
  g_signal_connect_swapped (self->more_button, "clicked", G_CALLBACK (on_more_clicked_cb), self);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), scroller);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->more_button);
  gtk_widget_set_vexpand (overlay, TRUE);
  update_more_button (self);
  return overlay;
}

static GtkWidget *
build_content (TrellisCanvasBoxWidget *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *prompts = prompts_text (self->box);

  self->masonry = TRELLIS_MASONRY (trellis_masonry_new ());
  trellis_masonry_set_column_width (self->masonry, COLUMN_WIDTH);
  self->prompts = GTK_LABEL (gtk_label_new (prompts));
  gtk_label_set_wrap (self->prompts, TRUE);
  gtk_label_set_xalign (self->prompts, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->prompts), "canvas-prompts");
  self->removed_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_visible (self->removed_box, FALSE);

  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->masonry));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->prompts));
  gtk_box_append (GTK_BOX (content), self->removed_box);
  /* A scrollbar asks for more height than the low boxes have: they scroll
   * with the wheel, touch or the focus. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  is_wide (self->box) ? GTK_POLICY_EXTERNAL : GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), content);
  return wrap_with_more_button (self, scroller);
}

static void
build_children (TrellisCanvasBoxWidget *self)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *prompts = prompts_text (self->box);

  self->title = GTK_LABEL (gtk_label_new (trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box)));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "canvas-box-title");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title), prompts);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Add a note…"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 6);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->entry), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, self->box), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->entry), "canvas-add-entry");
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);

  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (column), header);
  gtk_box_append (GTK_BOX (column), build_content (self));
  if (is_wide (self->box))
    {
      gtk_widget_set_size_request (GTK_WIDGET (self->entry), 220, -1);
      gtk_widget_set_valign (GTK_WIDGET (self->entry), GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->entry));
    }
  else
    gtk_box_append (GTK_BOX (column), GTK_WIDGET (self->entry));
  gtk_widget_set_parent (column, GTK_WIDGET (self));
}

/**
 * trellis_canvas_box_widget_new:
 *
 * Returns: (transfer floating): the box @box of @project's canvas, showing
 *   the as-is version until told otherwise
 */
GtkWidget *
trellis_canvas_box_widget_new (TrellisProject   *project,
                               TrellisCanvasBox  box)
{
  TrellisCanvasBoxWidget *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_CANVAS_BOX_WIDGET, NULL);
  self->project = g_object_ref (project);
  self->box = box;
  build_children (self);
  trellis_canvas_box_widget_update (self, NULL, NULL);
  return GTK_WIDGET (self);
}

TrellisCanvasBox
trellis_canvas_box_widget_get_box (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  return self->box;
}

/**
 * trellis_canvas_box_widget_set_version:
 * @version: (nullable): the version to show, %NULL for the as-is canvas
 *
 * Call trellis_canvas_box_widget_update() afterwards.
 */
void
trellis_canvas_box_widget_set_version (TrellisCanvasBoxWidget *self,
                                       TrellisCanvasVersion   *version)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  g_set_object (&self->version, version);
}

static void
rebuild_cards (TrellisCanvasBoxWidget *self,
               GPtrArray              *notes)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *focused_card = focus != NULL ? gtk_widget_get_ancestor (focus, TRELLIS_TYPE_CANVAS_NOTE_CARD) : NULL;
  g_autoptr(TrellisCanvasNote) focused = NULL;
  TrellisCanvasNoteCard *card;

  if (focused_card != NULL && gtk_widget_is_ancestor (focused_card, GTK_WIDGET (self)))
    focused = g_object_ref (trellis_canvas_note_card_get_note (TRELLIS_CANVAS_NOTE_CARD (focused_card)));

  /* An edit in progress would be kept as the card loses the focus, as a
   * new step after an undo: drop it. */
  for (guint i = 0; i < trellis_masonry_get_n_children (self->masonry); i++)
    trellis_canvas_note_card_cancel_editing (trellis_canvas_box_widget_get_card (self, i));
  clear_drop_mark (self);
  trellis_masonry_remove_all (self->masonry);
  g_ptr_array_set_size (self->notes, 0);
  for (guint i = 0; i < notes->len; i++)
    {
      g_ptr_array_add (self->notes, g_object_ref (notes->pdata[i]));
      trellis_masonry_append (self->masonry, trellis_canvas_note_card_new (notes->pdata[i], self->editable));
    }

  /* A note moved within the box keeps the focus. */
  if (focused != NULL && (card = trellis_canvas_box_widget_find_card (self, focused)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (card));
}

static gboolean
same_notes (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (a->pdata[i] != b->pdata[i])
      return FALSE;
  return TRUE;
}

static void
show_removed (TrellisCanvasBoxWidget *self,
              GPtrArray              *removed)
{
  GtkWidget *child, *heading;

  while ((child = gtk_widget_get_first_child (self->removed_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->removed_box), child);
  gtk_widget_set_visible (self->removed_box, removed != NULL && removed->len > 0);
  if (removed == NULL || removed->len == 0)
    return;

  /* translators: above the notes of a box that the shown version no longer has */
  heading = gtk_label_new (_("Removed"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "canvas-removed-heading");
  gtk_box_append (GTK_BOX (self->removed_box), heading);
  for (guint i = 0; i < removed->len; i++)
    {
      TrellisCanvasChange *change = removed->pdata[i];
      GtkWidget *label = gtk_label_new (change->text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "canvas-removed-note");
      gtk_box_append (GTK_BOX (self->removed_box), label);
    }
}

/**
 * trellis_canvas_box_widget_update:
 * @added: (nullable) (element-type TrellisCanvasNote): the notes to mark new
 * @removed: (nullable) (element-type TrellisCanvasChange): the notes of
 *   this box that the version compared with has and this one does not
 *
 * Shows the notes as they are in the project now.
 */
void
trellis_canvas_box_widget_update (TrellisCanvasBoxWidget *self,
                                  GPtrArray              *added,
                                  GPtrArray              *removed)
{
  g_autoptr(GPtrArray) notes = NULL;

  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  notes = trellis_canvas_list_notes (self->project, self->version, self->box);
  if (!same_notes (notes, self->notes))
    rebuild_cards (self, notes);

  for (guint i = 0; i < self->notes->len; i++)
    {
      TrellisCanvasNoteCard *card = trellis_canvas_box_widget_get_card (self, i);
      guint found;

      trellis_canvas_note_card_update (card);
      trellis_canvas_note_card_set_new (card, added != NULL && g_ptr_array_find (added, self->notes->pdata[i], &found));
    }
  show_removed (self, removed);
  gtk_widget_set_visible (GTK_WIDGET (self->masonry), self->notes->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->prompts), self->notes->len == 0 && (removed == NULL || removed->len == 0));
}

/**
 * trellis_canvas_box_widget_set_editable:
 *
 * Whether notes can be added, edited, moved and deleted here.
 */
void
trellis_canvas_box_widget_set_editable (TrellisCanvasBoxWidget *self,
                                        gboolean                editable)
{
  g_autoptr(GPtrArray) notes = NULL;

  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  if (self->editable == editable)
    return;
  self->editable = editable;
  gtk_widget_set_visible (GTK_WIDGET (self->entry), editable);
  /* The cards are made for one or the other. */
  notes = g_ptr_array_ref (self->notes);
  self->notes = g_ptr_array_new_with_free_func (g_object_unref);
  rebuild_cards (self, notes);
}

void
trellis_canvas_box_widget_set_large (TrellisCanvasBoxWidget *self,
                                     gboolean                large)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self));

  trellis_masonry_set_column_width (self->masonry, large ? LARGE_COLUMN_WIDTH : COLUMN_WIDTH);
}

/**
 * trellis_canvas_box_widget_get_entry:
 *
 * Returns: (transfer none): the entry that adds a note
 */
GtkEditable *
trellis_canvas_box_widget_get_entry (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return GTK_EDITABLE (self->entry);
}

guint
trellis_canvas_box_widget_get_n_cards (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  return self->notes->len;
}

/**
 * trellis_canvas_box_widget_get_card:
 *
 * Returns: (transfer none) (nullable): the card of the @index-th note
 */
TrellisCanvasNoteCard *
trellis_canvas_box_widget_get_card (TrellisCanvasBoxWidget *self,
                                    guint                   index)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return (TrellisCanvasNoteCard *) trellis_masonry_get_child (self->masonry, index);
}

/**
 * trellis_canvas_box_widget_find_card:
 *
 * Returns: (transfer none) (nullable): the card of @note, if the box shows it
 */
TrellisCanvasNoteCard *
trellis_canvas_box_widget_find_card (TrellisCanvasBoxWidget *self,
                                     TrellisCanvasNote      *note)
{
  guint index;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  if (!g_ptr_array_find (self->notes, note, &index))
    return NULL;
  return trellis_canvas_box_widget_get_card (self, index);
}

/**
 * trellis_canvas_box_widget_get_n_removed:
 *
 * Returns: how many removed notes the box lists while comparing
 */
guint
trellis_canvas_box_widget_get_n_removed (TrellisCanvasBoxWidget *self)
{
  guint n = 0;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (self->removed_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "canvas-removed-note"))
      n++;
  return n;
}

/**
 * trellis_canvas_box_widget_get_drop_target:
 *
 * Returns: (transfer none): the target that takes dropped notes
 */
GtkDropTarget *
trellis_canvas_box_widget_get_drop_target (TrellisCanvasBoxWidget *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), NULL);

  return self->drop_target;
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
  guint index, current;
  TrellisCanvasNoteCard *card;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_BOX_WIDGET (self), FALSE);
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE (note), FALSE);

  if (!accepts (self, note))
    return FALSE;

  index = drop_index (self, x, y);
  /* The places count without the note itself. */
  if (g_ptr_array_find (self->notes, note, &current))
    {
      if (current < index)
        index--;
      if (current == index)
        return TRUE;
    }

  trellis_canvas_move_note (self->project, note, self->box, index);
  if ((card = trellis_canvas_box_widget_find_card (self, note)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (card));
  return TRUE;
}
