/* trellis-register-choice.c: a register cell's choice among an enumeration's values
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a GtkDropDown does in a cell, for a fraction of its cost: a
 * register keeps up to 200 rows alive (GtkListView's limit in GTK 4.8),
 * each with several choices, and a drop-down builds its popover, list
 * view and search entry from a template as it is created.  This is a
 * menu button showing the value; its popover, a list of the values, is
 * built only when it is first opened (gtk_menu_button_set_create_popup_func).
 * The value is the "selected" property, as a drop-down's.
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis.h"
#include "trellis-register-choice.h"

struct _TrellisRegisterChoice
{
  GtkWidget   parent_instance;

  GType       enum_type;
  guint       selected;
  gboolean    editable;
  GtkWidget  *button;
  GtkWidget  *label;
  GtkListBox *list;     /* once the popover is built */
  char       *title;
};

G_DEFINE_FINAL_TYPE (TrellisRegisterChoice, trellis_register_choice, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The chosen value's row carries a check mark. */
static void
mark_selected (TrellisRegisterChoice *self)
{
  GtkListBoxRow *row;

  if (self->list == NULL)
    return;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      GtkWidget *check = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));

      gtk_widget_set_opacity (check, (guint) i == self->selected ? 1 : 0);
      if ((guint) i == self->selected)
        gtk_list_box_select_row (self->list, row);
    }
}

static void
on_list_row_activated_cb (TrellisRegisterChoice *self,
                          GtkListBoxRow         *row)
{
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
  trellis_register_choice_set_selected (self, gtk_list_box_row_get_index (row));
}

static GtkWidget *
create_row (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  return box;
}

static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  TrellisRegisterChoice *self = user_data;
  GtkWidget *popover;

  /* GTK asks each time the button is pressed. */
  if (self->list != NULL)
    return;
  popover = gtk_popover_new ();
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  if (self->title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, self->title, -1);
  for (guint v = 0; v < trellis_enum_n_values (self->enum_type); v++)
    gtk_list_box_append (self->list, create_row (trellis_enum_label (self->enum_type, v)));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_list_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->list));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_menu_button_set_popover (button, popover);
  mark_selected (self);
}

/* The whole value, when the column is too narrow for it. */
static gboolean
on_query_tooltip_cb (TrellisRegisterChoice *self,
                     int                    x,
                     int                    y,
                     gboolean               keyboard,
                     GtkTooltip            *tooltip)
{
  gtk_tooltip_set_text (tooltip, gtk_label_get_label (GTK_LABEL (self->label)));
  return TRUE;
}

/**
 * trellis_register_choice_get_selected:
 *
 * Returns: the value shown
 */
guint
trellis_register_choice_get_selected (TrellisRegisterChoice *self)
{
  g_return_val_if_fail (TRELLIS_IS_REGISTER_CHOICE (self), 0);

  return self->selected;
}

/**
 * trellis_register_choice_set_selected:
 * @selected: a value of the enumeration
 */
void
trellis_register_choice_set_selected (TrellisRegisterChoice *self,
                                      guint                  selected)
{
  const char *text;

  g_return_if_fail (TRELLIS_IS_REGISTER_CHOICE (self));

  text = trellis_enum_label (self->enum_type, selected);
  gtk_label_set_label (GTK_LABEL (self->label), text);
  if (self->selected == selected)
    return;
  self->selected = selected;
  mark_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * trellis_register_choice_set_title:
 * @title: what is chosen, such as "Attitude"
 *
 * Names the choice for screen readers (its button, and its list).
 */
void
trellis_register_choice_set_title (TrellisRegisterChoice *self,
                                   const char            *title)
{
  g_return_if_fail (TRELLIS_IS_REGISTER_CHOICE (self));

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (self->list != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

/**
 * trellis_register_choice_set_editable:
 *
 * Read-only, the choice shows its value as text and takes no input (no
 * second widget for it: a register has hundreds of these cells).
 */
void
trellis_register_choice_set_editable (TrellisRegisterChoice *self,
                                      gboolean               editable)
{
  g_return_if_fail (TRELLIS_IS_REGISTER_CHOICE (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  gtk_widget_set_can_target (self->button, editable);
  gtk_widget_set_can_focus (self->button, editable);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->button), editable);
  if (editable)
    gtk_widget_remove_css_class (self->button, "flat");
  else
    gtk_widget_add_css_class (self->button, "flat");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * trellis_register_choice_popup:
 *
 * Opens the list of values, as a click does.
 */
void
trellis_register_choice_popup (TrellisRegisterChoice *self)
{
  g_return_if_fail (TRELLIS_IS_REGISTER_CHOICE (self));

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}

static void
trellis_register_choice_dispose (GObject *object)
{
  TrellisRegisterChoice *self = TRELLIS_REGISTER_CHOICE (object);

  g_clear_pointer (&self->button, gtk_widget_unparent);
  self->list = NULL;
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (trellis_register_choice_parent_class)->dispose (object);
}

static void
trellis_register_choice_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TrellisRegisterChoice *self = TRELLIS_REGISTER_CHOICE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_register_choice_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TrellisRegisterChoice *self = TRELLIS_REGISTER_CHOICE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      trellis_register_choice_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_EDITABLE:
      trellis_register_choice_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_register_choice_class_init (TrellisRegisterChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_register_choice_dispose;
  object_class->get_property = trellis_register_choice_get_property;
  object_class->set_property = trellis_register_choice_set_property;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "register-choice");
}

static void
trellis_register_choice_init (TrellisRegisterChoice *self)
{
  self->editable = TRUE;
  self->button = gtk_menu_button_new ();
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), self->label);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->button), TRUE);
  /* The value at the start, the arrow at the end, as a drop-down's: the
   * menu button's inner button and box centre their child otherwise. */
  for (GtkWidget *w = gtk_widget_get_parent (self->label); w != NULL && w != self->button; w = gtk_widget_get_parent (w))
    {
      gtk_widget_set_halign (w, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (w, TRUE);
    }
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->button), create_popup, self, NULL);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
}

/**
 * trellis_register_choice_new:
 * @enum_type: the enumeration whose values (0, 1, …) are offered, in
 *   the words of trellis_enum_label ()
 *
 * Returns: (transfer floating): a choice showing the first value
 */
GtkWidget *
trellis_register_choice_new (GType enum_type)
{
  TrellisRegisterChoice *self;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  self = g_object_new (TRELLIS_TYPE_REGISTER_CHOICE, NULL);
  self->enum_type = enum_type;
  gtk_label_set_label (GTK_LABEL (self->label), trellis_enum_label (enum_type, 0));
  return GTK_WIDGET (self);
}
