/* trellis-register-slot.c: a register cell's value, with its editor made on first use
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 keeps about 200 rows of a column view alive whatever is shown,
 * and a register's row has a dozen cells: an editor in each (a
 * GtkEditableLabel and its GtkText, a menu button, a spin button) is most
 * of what a register costs to open, for cells that are mostly never
 * edited.  A slot shows the value as a label (with a drop-down's arrow
 * for a choice) and makes the editor the first time it is clicked,
 * activated from the keyboard (Enter, Space, F2) or reached with Tab;
 * from then on the editor shows in the label's place and takes the
 * focus, and commits as it always does (a text when editing stops or
 * the focus leaves it).  The slot is a button for screen readers, named
 * after its column by the register.
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include "trellis-register-slot.h"

struct _TrellisRegisterSlot
{
  GtkWidget                     parent_instance;

  GtkWidget                    *label;
  GtkWidget                    *editor;   /* once made */
  TrellisRegisterSlotBuildFunc  build;
  TrellisRegisterSlotStartFunc  start;
  gpointer                      user_data;
  gboolean                      pressed_bare;   /* pressed before the editor was made */
};

G_DEFINE_FINAL_TYPE (TrellisRegisterSlot, trellis_register_slot, GTK_TYPE_WIDGET)

/**
 * trellis_register_slot_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor, once made
 */
GtkWidget *
trellis_register_slot_get_editor (TrellisRegisterSlot *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER_SLOT (self), NULL);

  return self->editor;
}

/**
 * trellis_register_slot_ensure_editor:
 *
 * Makes the editor if it is not made yet, and shows it in place of the
 * label.
 *
 * Returns: (transfer none): the editor
 */
GtkWidget *
trellis_register_slot_ensure_editor (TrellisRegisterSlot *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER_SLOT (self), NULL);

  if (self->editor != NULL)
    return self->editor;

  self->editor = self->build (self, self->user_data);
  gtk_widget_set_hexpand (self->editor, TRUE);
  gtk_widget_set_visible (self->label, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "choice");
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  return self->editor;
}

/**
 * trellis_register_slot_start:
 *
 * Makes the editor if needed, gives it the focus and starts an edit, as
 * a click on the slot does.
 */
void
trellis_register_slot_start (TrellisRegisterSlot *self)
{
  GtkWidget *editor;

  g_return_if_fail (TRELLIS_IS_REGISTER_SLOT (self));

  editor = trellis_register_slot_ensure_editor (self);
  gtk_widget_grab_focus (editor);
  if (self->start != NULL)
    self->start (editor, self->user_data);
}

/* The press may give the row, and so a slot, the focus first: what
 * counts is whether the editor was there before it. */
static void
on_click_pressed_cb (GtkGestureClick     *gesture,
                     int                  n_press,
                     double               x,
                     double               y,
                     TrellisRegisterSlot *self)
{
  self->pressed_bare = self->editor == NULL && n_press == 1;
}

static void
on_click_released_cb (GtkGestureClick     *gesture,
                      int                  n_press,
                      double               x,
                      double               y,
                      TrellisRegisterSlot *self)
{
  if (self->pressed_bare)
    trellis_register_slot_start (self);
  self->pressed_bare = FALSE;
}

/* Enter, Space or F2 (the widget class's bindings). */
static gboolean
start_binding (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  TrellisRegisterSlot *self = TRELLIS_REGISTER_SLOT (widget);

  if (self->editor != NULL)
    return FALSE;
  trellis_register_slot_start (self);
  return TRUE;
}

/* Reached with Tab or given the focus: the editor takes the slot's
 * place and the focus (at once: a focus controller's "enter" comes while
 * GTK is still moving the focus, too early to move it on). */
static gboolean
trellis_register_slot_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (trellis_register_slot_ensure_editor (TRELLIS_REGISTER_SLOT (widget)));
}

static gboolean
trellis_register_slot_focus (GtkWidget        *widget,
                             GtkDirectionType  direction)
{
  return gtk_widget_child_focus (trellis_register_slot_ensure_editor (TRELLIS_REGISTER_SLOT (widget)), direction);
}

static void
trellis_register_slot_dispose (GObject *object)
{
  TrellisRegisterSlot *self = TRELLIS_REGISTER_SLOT (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->label = self->editor = NULL;

  G_OBJECT_CLASS (trellis_register_slot_parent_class)->dispose (object);
}

static void
trellis_register_slot_class_init (TrellisRegisterSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_register_slot_dispose;
  widget_class->grab_focus = trellis_register_slot_grab_focus;
  widget_class->focus = trellis_register_slot_focus;

  /* One child shows at a time, the label or the editor: a bin, not a box
   * (GTK 4.8 measures a wrapping label in a box over and over). */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "register-slot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, start_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, start_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, start_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, start_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Space, 0, start_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F2, 0, start_binding, NULL);
}

static void
trellis_register_slot_init (TrellisRegisterSlot *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

/**
 * trellis_register_slot_new:
 * @label: (transfer floating): what shows the value until the editor is made
 * @arrow: whether a drop-down's arrow follows @label (a choice)
 * @build: makes the editor, once
 * @start: (nullable): starts an edit with the editor, after a click or a key
 * @user_data: for @build and @start
 *
 * Returns: (transfer floating): a slot showing @label
 */
GtkWidget *
trellis_register_slot_new (GtkWidget                    *label,
                           gboolean                      arrow,
                           TrellisRegisterSlotBuildFunc  build,
                           TrellisRegisterSlotStartFunc  start,
                           gpointer                      user_data)
{
  TrellisRegisterSlot *self;

  g_return_val_if_fail (GTK_IS_WIDGET (label), NULL);
  g_return_val_if_fail (build != NULL, NULL);

  self = g_object_new (TRELLIS_TYPE_REGISTER_SLOT, NULL);
  self->build = build;
  self->start = start;
  self->user_data = user_data;
  self->label = label;
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  /* The arrow is the style sheet's (register-slot.choice): a widget
   * less in each of a thousand cells. */
  if (arrow)
    gtk_widget_add_css_class (GTK_WIDGET (self), "choice");
  return GTK_WIDGET (self);
}
