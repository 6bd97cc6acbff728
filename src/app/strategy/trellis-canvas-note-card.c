/* trellis-canvas-note-card.c: one note of the canvas, as a coloured card
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row of a canvas box's grid view (ui/strategy/trellis-canvas-note-card.ui):
 * the view recycles rows, so trellis_canvas_note_card_set_note() binds a
 * card to one note after another, and the card follows its note's text and
 * colour by notify::, so an edit redraws that card only.  The card is in
 * the note's pastel colour, its text always dark (also in dark mode, as on
 * paper).  Double-click, Enter or F2 edits it in place (Enter or leaving
 * keeps the text, Escape drops it); Delete removes it; Alt with the arrows
 * moves it within its box; its menu (right-click, Menu key or the button),
 * made when first opened, has a row of colour swatches, "Move To" and
 * Delete.  It can be dragged to another place or box.
 *
 * The card changes nothing itself: it activates the actions of the canvas
 * view above it (canvas.delete-note, canvas.set-color, canvas.move-note,
 * canvas.shift-note), which also serve the tests and the keyboard.
 */

#define G_LOG_DOMAIN "trellis-canvas-note-card"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-accessible.h"
#include "trellis-canvas-note-card.h"
#include "trellis-vote-badge.h"

struct _TrellisCanvasNoteCard
{
  GtkWidget          parent_instance;

  TrellisCanvasNote *note;
  gboolean           editable;
  gboolean           is_new;
  char              *color_class;
  GtkWidget         *swatches;       /* in the menu, once made */

  GtkStack          *stack;
  GtkLabel          *label;
  GtkText           *editor;         /* made on the first edit */
  GtkWidget         *new_badge;
  TrellisVoteBadge  *vote_badge;
  GtkOverlay        *overlay;
  GtkMenuButton     *menu_button;    /* made when first needed */
};

G_DEFINE_FINAL_TYPE (TrellisCanvasNoteCard, trellis_canvas_note_card, GTK_TYPE_WIDGET)

/* The colours of trellis_canvas_list_colors(), for people */
static const struct
{
  const char *name;
  const char *label;
} color_labels[] = {
  { "yellow", N_("Yellow") },
  { "green",  N_("Green") },
  { "blue",   N_("Blue") },
  { "pink",   N_("Pink") },
  { "orange", N_("Orange") },
  { "purple", N_("Purple") },
};

static const char *
color_label (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (color_labels); i++)
    if (g_str_equal (name, color_labels[i].name))
      return _(color_labels[i].label);
  return name;
}

static const char *
note_uuid (TrellisCanvasNoteCard *self)
{
  return trellis_item_get_uuid (TRELLIS_ITEM (self->note));
}

static void
add_item (GMenu      *menu,
          const char *label,
          const char *action,
          GVariant   *target,
          const char *accel)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_menu (TrellisCanvasNoteCard *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenuItem) colors = g_menu_item_new (NULL, NULL);
  g_autoptr(GMenu) boxes = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  TrellisCanvasBox own_box = trellis_canvas_note_get_box (self->note);
  const char *uuid = note_uuid (self);

  /* The colours are a row of swatches (build_swatches ()). */
  g_menu_item_set_attribute (colors, "custom", "s", "colors");
  g_menu_append_item (menu, colors);
  add_item (edit, _("_Edit"), "card.edit", NULL, "F2");
  for (guint b = 0; b < trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX); b++)
    if (b != own_box)
      add_item (boxes, trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, b), "canvas.move-note",
                g_variant_new ("(sii)", uuid, b, -1), NULL);
  g_menu_append_submenu (edit, _("_Move To"), G_MENU_MODEL (boxes));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  add_item (order, _("Move _Earlier"), "canvas.shift-note", g_variant_new ("(si)", uuid, -1), "<Alt>Up");
  add_item (order, _("Move _Later"), "canvas.shift-note", g_variant_new ("(si)", uuid, 1), "<Alt>Down");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  add_item (remove, _("_Delete"), "canvas.delete-note", g_variant_new_string (uuid), "Delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static void
on_swatch_clicked_cb (TrellisCanvasNoteCard *self)
{
  gtk_menu_button_popdown (self->menu_button);
}

static GtkWidget *
build_swatches (TrellisCanvasNoteCard *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char * const *names = trellis_canvas_list_colors ();

  gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row, "note-swatches");
  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *swatch = gtk_button_new ();
      g_autofree char *color_class = g_strconcat ("note-", names[i], NULL);

      gtk_widget_set_tooltip_text (swatch, color_label (names[i]));
      gtk_widget_add_css_class (swatch, "note-swatch");
      gtk_widget_add_css_class (swatch, color_class);
      gtk_widget_set_name (swatch, names[i]);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (swatch), "canvas.set-color");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (swatch), "(ss)", note_uuid (self), names[i]);
      g_signal_connect_swapped (swatch, "clicked", G_CALLBACK (on_swatch_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), swatch);
    }
  return row;
}

/* The swatch of the note's colour has a tick. */
static void
update_swatches (TrellisCanvasNoteCard *self,
                 const char            *color)
{
  if (self->swatches == NULL)
    return;

  for (GtkWidget *swatch = gtk_widget_get_first_child (self->swatches);
       swatch != NULL;
       swatch = gtk_widget_get_next_sibling (swatch))
    gtk_button_set_icon_name (GTK_BUTTON (swatch),
                              g_str_equal (gtk_widget_get_name (swatch), color) ? "object-select-symbolic" : "");
}

static const char *
shown_color (TrellisCanvasNoteCard *self)
{
  const char *color = trellis_canvas_note_get_color (self->note);
  double r, g, b;

  /* Unknown colours (from a newer Trellis) show as the default one. */
  if (color == NULL || !trellis_canvas_color_parse (color, &r, &g, &b))
    color = trellis_canvas_list_colors ()[0];
  return color;
}

/* The menu is made for the note the card shows when it is opened. */
static void
create_popup (GtkMenuButton *menu_button,
              gpointer       user_data)
{
  TrellisCanvasNoteCard *self = TRELLIS_CANVAS_NOTE_CARD (user_data);
  g_autoptr(GMenuModel) menu = NULL;

  if (self->note == NULL || gtk_menu_button_get_popover (menu_button) != NULL)
    return;

  menu = build_menu (self);
  gtk_menu_button_set_menu_model (menu_button, menu);
  self->swatches = build_swatches (self);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (menu_button)), self->swatches, "colors");
  update_swatches (self, shown_color (self));
}

static void
drop_popup (TrellisCanvasNoteCard *self)
{
  if (self->menu_button == NULL || gtk_menu_button_get_popover (self->menu_button) == NULL)
    return;
  gtk_menu_button_popdown (self->menu_button);
  gtk_menu_button_set_menu_model (self->menu_button, NULL);
  self->swatches = NULL;
}

/* Editing in place */

gboolean
trellis_canvas_note_card_is_editing (TrellisCanvasNoteCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0;
}

static void
finish_editing (TrellisCanvasNoteCard *self,
                gboolean               keep)
{
  g_autofree char *text = NULL;
  gboolean had_focus;

  if (!trellis_canvas_note_card_is_editing (self))
    return;

  had_focus = gtk_widget_has_focus (GTK_WIDGET (self->editor));
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor))));
  gtk_stack_set_visible_child_name (self->stack, "label");
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));

  if (keep && self->editable && text[0] != '\0'
      && g_strcmp0 (text, trellis_canvas_note_get_text (self->note)) != 0)
    trellis_canvas_note_set_text (self->note, text);
}

static void
on_editor_activate_cb (TrellisCanvasNoteCard *self)
{
  finish_editing (self, TRUE);
}

static void
on_editor_leave_cb (TrellisCanvasNoteCard *self)
{
  finish_editing (self, TRUE);
}

/* Most cards are never edited, and a view makes hundreds of them. */
static void
ensure_editor (TrellisCanvasNoteCard *self)
{
  GtkEventController *focus;

  if (self->editor != NULL)
    return;

  self->editor = GTK_TEXT (gtk_text_new ());
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->editor), FALSE);
  trellis_accessible_set_label (self->editor, _("Text of the note"));
  g_signal_connect_swapped (self->editor, "activate", G_CALLBACK (on_editor_activate_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_editor_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->editor), focus);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->editor), "editor");
}

static gboolean
on_key_pressed_cb (TrellisCanvasNoteCard *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (self->note == NULL)
    return FALSE;
  if (trellis_canvas_note_card_is_editing (self))
    {
      if (keyval != GDK_KEY_Escape)
        return FALSE;
      finish_editing (self, FALSE);
      return TRUE;
    }
  if (!self->editable)
    return FALSE;

  if (mods == 0 && (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_F2))
    return trellis_canvas_note_card_start_editing (self);
  if (mods == 0 && (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete))
    return gtk_widget_activate_action (widget, "canvas.delete-note", "s", note_uuid (self));
  if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Up || keyval == GDK_KEY_Left))
    return gtk_widget_activate_action (widget, "canvas.shift-note", "(si)", note_uuid (self), -1);
  if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Down || keyval == GDK_KEY_Right))
    return gtk_widget_activate_action (widget, "canvas.shift-note", "(si)", note_uuid (self), 1);
  if ((mods == 0 && keyval == GDK_KEY_Menu) || (mods == GDK_SHIFT_MASK && keyval == GDK_KEY_F10))
    {
      gtk_menu_button_popup (trellis_canvas_note_card_get_menu_button (self));
      return TRUE;
    }

  return FALSE;
}

static void
on_click_pressed_cb (TrellisCanvasNoteCard *self,
                     int                    n_press,
                     double                 x,
                     double                 y,
                     GtkGestureClick       *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (self->note == NULL || trellis_canvas_note_card_is_editing (self) || !self->editable)
    return;

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_menu_button_popup (trellis_canvas_note_card_get_menu_button (self));
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  else if (n_press == 2)
    {
      trellis_canvas_note_card_start_editing (self);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GdkContentProvider *
on_drag_prepare_cb (TrellisCanvasNoteCard *self,
                    double                 x,
                    double                 y)
{
  if (!self->editable || self->note == NULL || trellis_canvas_note_card_is_editing (self))
    return NULL;

  return gdk_content_provider_new_typed (TRELLIS_TYPE_CANVAS_NOTE, self->note);
}

static void
on_drag_begin_cb (TrellisCanvasNoteCard *self,
                  GdkDrag               *drag,
                  GtkDragSource         *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 12, 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end_cb (TrellisCanvasNoteCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  trellis_canvas_note_card_start_editing (TRELLIS_CANVAS_NOTE_CARD (widget));
}

static void
trellis_canvas_note_card_dispose (GObject *object)
{
  TrellisCanvasNoteCard *self = TRELLIS_CANVAS_NOTE_CARD (object);
  GtkWidget *child;

  trellis_canvas_note_card_set_note (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_CANVAS_NOTE_CARD);
  /* The template's top child has no id, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->color_class, g_free);

  G_OBJECT_CLASS (trellis_canvas_note_card_parent_class)->dispose (object);
}

static void
trellis_canvas_note_card_class_init (TrellisCanvasNoteCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_canvas_note_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-canvas-note-card.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasNoteCard, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasNoteCard, label);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasNoteCard, new_badge);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasNoteCard, vote_badge);
  gtk_widget_class_bind_template_child (widget_class, TrellisCanvasNoteCard, overlay);
  gtk_widget_class_install_action (widget_class, "card.edit", NULL, edit_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "canvasnote");
}

static void
name_menu_button (TrellisCanvasNoteCard *self)
{
  const char *text = self->note != NULL ? trellis_canvas_note_get_text (self->note) : NULL;
  g_autofree char *menu_name = NULL;

  if (self->menu_button == NULL)
    return;
  /* translators: the accessible name of a canvas note's menu button; %s is the note's text */
  menu_name = g_strdup_printf (_("Menu of the note “%s”"), text != NULL ? text : "");
  trellis_accessible_set_label (self->menu_button, menu_name);
}

/**
 * trellis_canvas_note_card_get_menu_button:
 *
 * The button that opens the note's menu, over the text's corner.  A view
 * makes hundreds of cards that are never pointed at: the button is made
 * when the pointer or the focus first comes to the card, or the menu is
 * asked for.
 *
 * Returns: (transfer none): the menu button
 */
GtkMenuButton *
trellis_canvas_note_card_get_menu_button (TrellisCanvasNoteCard *self)
{
  GtkWidget *button;

  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), NULL);

  if (self->menu_button != NULL)
    return self->menu_button;

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Note Menu"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "note-menu");
  gtk_widget_set_visible (button, self->editable);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup, self, NULL);
  gtk_overlay_add_overlay (self->overlay, button);
  self->menu_button = GTK_MENU_BUTTON (button);
  name_menu_button (self);
  return self->menu_button;
}

static void
on_pointer_or_focus_enter_cb (TrellisCanvasNoteCard *self)
{
  if (self->editable && self->note != NULL)
    trellis_canvas_note_card_get_menu_button (self);
}

static void
add_controllers (TrellisCanvasNoteCard *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkDragSource *drag = gtk_drag_source_new ();

  g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_pointer_or_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_pointer_or_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

static void
trellis_canvas_note_card_init (TrellisCanvasNoteCard *self)
{
  self->editable = TRUE;
  g_type_ensure (TRELLIS_TYPE_VOTE_BADGE);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  add_controllers (self);
}

/**
 * trellis_canvas_note_card_new:
 *
 * Returns: (transfer floating): an empty card; trellis_canvas_note_card_set_note()
 *   gives it a note
 */
GtkWidget *
trellis_canvas_note_card_new (void)
{
  return g_object_new (TRELLIS_TYPE_CANVAS_NOTE_CARD, NULL);
}

/* What the card shows, one part per field */

static void
show_text (TrellisCanvasNoteCard *self)
{
  const char *text = trellis_canvas_note_get_text (self->note);

  gtk_label_set_label (self->label, text);
  /* A screen reader names the card by its note. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  name_menu_button (self);
}

static void
show_color (TrellisCanvasNoteCard *self)
{
  const char *color = shown_color (self);
  g_autofree char *color_class = g_strconcat ("note-", color, NULL);

  update_swatches (self, color);
  if (g_strcmp0 (color_class, self->color_class) == 0)
    return;
  if (self->color_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->color_class);
  gtk_widget_add_css_class (GTK_WIDGET (self), color_class);
  g_free (self->color_class);
  self->color_class = g_steal_pointer (&color_class);
}

/**
 * trellis_canvas_note_card_set_note:
 * @note: (nullable): the note to show, %NULL while the card is unused
 *
 * Binds the card to @note (a view reuses cards for other notes).  An edit
 * in progress of the note shown before is kept.
 */
void
trellis_canvas_note_card_set_note (TrellisCanvasNoteCard *self,
                                   TrellisCanvasNote     *note)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self));
  g_return_if_fail (note == NULL || TRELLIS_IS_CANVAS_NOTE (note));

  if (self->note == note)
    return;

  if (self->note != NULL)
    {
      finish_editing (self, TRUE);
      drop_popup (self);
      g_signal_handlers_disconnect_by_data (self->note, self);
      g_clear_object (&self->note);
    }
  trellis_canvas_note_card_set_drop_mark (self, 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
  trellis_vote_badge_set_item (self->vote_badge, TRELLIS_ITEM (note));
  if (note == NULL)
    return;

  self->note = g_object_ref (note);
  g_signal_connect_swapped (note, "notify::" TRELLIS_CANVAS_NOTE_PROP_TEXT, G_CALLBACK (show_text), self);
  g_signal_connect_swapped (note, "notify::" TRELLIS_CANVAS_NOTE_PROP_COLOR, G_CALLBACK (show_color), self);
  show_text (self);
  show_color (self);
}

/**
 * trellis_canvas_note_card_set_project:
 *
 * Sets the project whose dot-voting rounds the card's badge follows.
 */
void
trellis_canvas_note_card_set_project (TrellisCanvasNoteCard *self,
                                      TrellisProject        *project)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self));

  trellis_vote_badge_set_project (self->vote_badge, project);
}

TrellisCanvasNote *
trellis_canvas_note_card_get_note (TrellisCanvasNoteCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), NULL);

  return self->note;
}

/**
 * trellis_canvas_note_card_set_editable:
 * @editable: %FALSE for a read-only project: no edits, no menu, no dragging
 */
void
trellis_canvas_note_card_set_editable (TrellisCanvasNoteCard *self,
                                       gboolean               editable)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self));

  if (!editable)
    finish_editing (self, FALSE);
  self->editable = editable;
  if (self->menu_button != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->menu_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.edit", editable);
}

/**
 * trellis_canvas_note_card_set_new:
 *
 * Marks the note as new: the shown version adds it to the one compared with.
 */
void
trellis_canvas_note_card_set_new (TrellisCanvasNoteCard *self,
                                  gboolean               is_new)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self));

  self->is_new = is_new;
  gtk_widget_set_visible (self->new_badge, is_new);
  if (is_new)
    gtk_widget_add_css_class (GTK_WIDGET (self), "new");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "new");
}

gboolean
trellis_canvas_note_card_get_new (TrellisCanvasNoteCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), FALSE);

  return self->is_new;
}

/**
 * trellis_canvas_note_card_set_drop_mark:
 * @mark: -1: a drop goes before this note, 1: after it, 0: no mark
 */
void
trellis_canvas_note_card_set_drop_mark (TrellisCanvasNoteCard *self,
                                        int                    mark)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self));

  trellis_app_set_drop_mark (GTK_WIDGET (self), mark);
}

/**
 * trellis_canvas_note_card_start_editing:
 *
 * Returns: %FALSE if the card cannot be edited (read-only, or no note)
 */
gboolean
trellis_canvas_note_card_start_editing (TrellisCanvasNoteCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), FALSE);

  if (!self->editable || self->note == NULL)
    return FALSE;
  if (trellis_canvas_note_card_is_editing (self))
    return TRUE;

  ensure_editor (self);
  gtk_editable_set_text (GTK_EDITABLE (self->editor), trellis_canvas_note_get_text (self->note));
  gtk_stack_set_visible_child_name (self->stack, "editor");
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
  return TRUE;
}

/**
 * trellis_canvas_note_card_cancel_editing:
 *
 * Ends an edit in place without keeping it: its box shows other notes now,
 * after an undo for instance, and keeping it would be a new step that ends
 * the redo.
 */
void
trellis_canvas_note_card_cancel_editing (TrellisCanvasNoteCard *self)
{
  g_return_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self));

  finish_editing (self, FALSE);
}

/**
 * trellis_canvas_note_card_get_editor:
 *
 * Returns: (transfer none) (nullable): the text that edits the note in
 *   place, once an edit started
 */
GtkEditable *
trellis_canvas_note_card_get_editor (TrellisCanvasNoteCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), NULL);

  return self->editor != NULL ? GTK_EDITABLE (self->editor) : NULL;
}

const char *
trellis_canvas_note_card_get_text (TrellisCanvasNoteCard *self)
{
  g_return_val_if_fail (TRELLIS_IS_CANVAS_NOTE_CARD (self), NULL);

  return gtk_label_get_label (self->label);
}
