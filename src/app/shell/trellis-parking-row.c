/* trellis-parking-row.c: one question or idea of the parking lot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recycled row of the parking lot's list: the kind's icon, the text
 * (edited in place, committed on Enter as one undo step), the day it was
 * parked, and either a "Turn into…" menu or, once the entry became
 * something, a link ("→ SWOT: Strength") that shows that item's page.
 * The row follows its item with notify::, so an edit or an undo redraws
 * only this row.  Its parking.* actions call the core
 * (trellis-parking-lot.c), each one undo step.
 */

#define G_LOG_DOMAIN "trellis-parking-lot"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-app-utils.h"
#include "trellis-parking-row.h"
#include "trellis-trace-panel.h"
#include "trellis-locale-format.h"

struct _TrellisParkingRow
{
  GtkWidget           parent_instance;

  TrellisProject     *project;
  TrellisParkingItem *item;
  gboolean            editable;

  /* Template widgets */
  GtkImage           *kind_icon;
  GtkEditableLabel   *text_label;
  GtkLabel           *date_label;
  GtkButton          *target_button;
  GtkMenuButton      *turn_button;
  GtkWidget          *delete_button;
};

G_DEFINE_FINAL_TYPE (TrellisParkingRow, trellis_parking_row, GTK_TYPE_WIDGET)

/* "Turn into…": made once, shared by every row (its actions act on the
 * row the menu was opened from). */
static GMenuModel *
get_turn_menu (void)
{
  static GMenu *menu = NULL;

  if (menu == NULL)
    {
      GMenu *swot = g_menu_new ();
      GMenu *canvas = g_menu_new ();
      GMenu *question = g_menu_new ();
      g_autoptr(GMenuItem) action = g_menu_item_new (_("_Action"), "parking.to-action");
      guint n = trellis_enum_n_values (TRELLIS_TYPE_CANVAS_BOX);

      menu = g_menu_new ();
      for (int q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
        {
          g_autoptr(GMenuItem) entry = g_menu_item_new (trellis_enum_label (TRELLIS_TYPE_QUADRANT, q), NULL);

          g_menu_item_set_action_and_target (entry, "parking.to-swot", "i", q);
          g_menu_append_item (swot, entry);
        }
      for (guint b = 0; b < n; b++)
        {
          g_autoptr(GMenuItem) entry = g_menu_item_new (trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, b), NULL);

          g_menu_item_set_action_and_target (entry, "parking.to-canvas", "i", (int) b);
          g_menu_append_item (canvas, entry);
        }
      for (int s = TRELLIS_STEP_POTENTIALS; s <= TRELLIS_STEP_STRATEGY; s++)
        {
          g_autoptr(GMenuItem) entry = g_menu_item_new (trellis_enum_label (TRELLIS_TYPE_STEP, s), NULL);

          g_menu_item_set_action_and_target (entry, "parking.to-key-question", "i", s);
          g_menu_append_item (question, entry);
        }
      g_menu_append_submenu (menu, _("_SWOT Note"), G_MENU_MODEL (swot));
      g_menu_append_submenu (menu, _("_Canvas Note"), G_MENU_MODEL (canvas));
      g_menu_append_item (menu, action);
      g_menu_append_submenu (menu, _("_Key Question"), G_MENU_MODEL (question));
      g_object_unref (swot);
      g_object_unref (canvas);
      g_object_unref (question);
    }
  return G_MENU_MODEL (menu);
}

static void
sync_target (TrellisParkingRow *self)
{
  TrellisItem *target = trellis_parking_item_get_became (self->item);
  g_autofree char *words = trellis_parking_lot_describe_target (target);
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->target_button), target != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->turn_button), target == NULL && self->editable);
  if (target == NULL)
    return;
  /* translators: %s says what a parked question became, such as "SWOT: Strength" */
  label = g_strdup_printf (_("→ %s"), words);
  gtk_button_set_label (self->target_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->target_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
}

static void
sync_all (TrellisParkingRow *self)
{
  TrellisDay created;
  gboolean idea;

  if (self->item == NULL)
    return;

  idea = trellis_parking_item_get_kind (self->item) == TRELLIS_PARKING_IDEA;
  gtk_image_set_from_icon_name (self->kind_icon, idea ? "emoji-objects-symbolic" : "dialog-question-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), idea ? _("Idea") : _("Question"));
  if (!gtk_editable_label_get_editing (self->text_label))
    gtk_editable_set_text (GTK_EDITABLE (self->text_label), trellis_parking_item_get_text (self->item));
  created = trellis_parking_item_get_created (self->item);
  if (created != 0)
    {
      g_autofree char *day = trellis_format_date (created);

      gtk_label_set_label (self->date_label, day);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), created != 0);
  gtk_editable_set_editable (GTK_EDITABLE (self->text_label), self->editable);
  gtk_widget_set_visible (self->delete_button, self->editable);
  sync_target (self);
}

/* The label commits on Enter or on leaving it: one undo step. */
static void
on_text_label_notify_editing_cb (TrellisParkingRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_label));
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  TrellisHistory *history;

  if (self->item == NULL || gtk_editable_label_get_editing (self->text_label))
    return;
  if (stripped[0] == '\0' ||
      g_strcmp0 (text, trellis_parking_item_get_text (self->item)) == 0)
    {
      sync_all (self);
      return;
    }
  history = trellis_project_get_history (self->project);
  trellis_history_seal (history);
  trellis_parking_item_set_text (self->item, text);
  trellis_history_seal (history);
}

static void
convert_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TrellisParkingRow *self = TRELLIS_PARKING_ROW (widget);
  int value = parameter != NULL ? g_variant_get_int32 (parameter) : 0;

  if (self->item == NULL || !self->editable)
    return;
  if (g_str_equal (action_name, "parking.to-swot"))
    trellis_parking_lot_to_swot (self->project, self->item, (TrellisQuadrant) value);
  else if (g_str_equal (action_name, "parking.to-canvas"))
    trellis_parking_lot_to_canvas (self->project, self->item, NULL, (TrellisCanvasBox) value);
  else if (g_str_equal (action_name, "parking.to-action"))
    trellis_parking_lot_to_action (self->project, self->item);
  else if (g_str_equal (action_name, "parking.to-key-question"))
    trellis_parking_lot_to_key_question (self->project, self->item, (TrellisStep) value);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrellisParkingRow *self = TRELLIS_PARKING_ROW (widget);

  if (self->item != NULL && self->editable)
    trellis_project_remove_item (self->project, self->item);
}

static void
show_target_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TrellisParkingRow *self = TRELLIS_PARKING_ROW (widget);
  TrellisItem *target = self->item != NULL ? trellis_parking_item_get_became (self->item) : NULL;
  GtkWidget *popover = gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER);

  if (target == NULL)
    return;
  trellis_trace_show_item (widget, target);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/**
 * trellis_parking_row_get_item:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
TrellisParkingItem *
trellis_parking_row_get_item (TrellisParkingRow *self)
{
  g_return_val_if_fail (TRELLIS_IS_PARKING_ROW (self), NULL);

  return self->item;
}

/**
 * trellis_parking_row_set_item:
 * @item: (nullable): the entry to show, %NULL when the row is unbound
 */
void
trellis_parking_row_set_item (TrellisParkingRow  *self,
                              TrellisParkingItem *item)
{
  g_return_if_fail (TRELLIS_IS_PARKING_ROW (self));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "notify", G_CALLBACK (sync_all), self, G_CONNECT_SWAPPED);
  sync_all (self);
}

/**
 * trellis_parking_row_set_editable:
 *
 * A row of a read-only project shows its entry but offers no edit.
 */
void
trellis_parking_row_set_editable (TrellisParkingRow *self,
                                  gboolean           editable)
{
  g_return_if_fail (TRELLIS_IS_PARKING_ROW (self));

  self->editable = !!editable;
  sync_all (self);
}

/**
 * trellis_parking_row_new:
 * @project: the project of the entries the row will show
 *
 * Returns: (transfer floating): a row without an entry
 */
GtkWidget *
trellis_parking_row_new (TrellisProject *project)
{
  TrellisParkingRow *self = g_object_new (TRELLIS_TYPE_PARKING_ROW, NULL);

  self->project = g_object_ref (project);
  return GTK_WIDGET (self);
}

static void
trellis_parking_row_dispose (GObject *object)
{
  TrellisParkingRow *self = TRELLIS_PARKING_ROW (object);
  GtkWidget *child;

  trellis_parking_row_set_item (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PARKING_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_parking_row_parent_class)->dispose (object);
}

static void
trellis_parking_row_class_init (TrellisParkingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_parking_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-parking-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingRow, target_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingRow, turn_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingRow, delete_button);
  gtk_widget_class_install_action (widget_class, "parking.to-swot", "i", convert_action);
  gtk_widget_class_install_action (widget_class, "parking.to-canvas", "i", convert_action);
  gtk_widget_class_install_action (widget_class, "parking.to-action", NULL, convert_action);
  gtk_widget_class_install_action (widget_class, "parking.to-key-question", "i", convert_action);
  gtk_widget_class_install_action (widget_class, "parking.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "parking.show-target", NULL, show_target_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_parking_row_init (TrellisParkingRow *self)
{
  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_menu_model (self->turn_button, get_turn_menu ());
  trellis_app_fix_editable_label (self->text_label);
  g_signal_connect_object (self->text_label, "notify::editing",
                           G_CALLBACK (on_text_label_notify_editing_cb), self, G_CONNECT_SWAPPED);
}
