/* trellis-stakeholder-grid-chips.c: the chips of the influence grid
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One chip per stakeholder shown: a menu button whose popover gives the
 * stakeholder's details and what its cell advises, a drag source to move
 * it to another cell, and Alt+arrow shortcuts that do the same.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-stakeholder-grid-private.h"

static const char * const helix_classes[] = { "business", "research", "government", "intermediary" };

/* Chips */

static void
add_detail (GtkGrid    *grid,
            int         row,
            const char *title,
            const char *value)
{
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_yalign (GTK_LABEL (title_label), 0);
  gtk_widget_add_css_class (title_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (value_label), 36);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_grid_attach (grid, title_label, 0, row, 1, 1);
  gtk_grid_attach (grid, value_label, 1, row, 1, 1);
}

static GtkWidget *
new_wrapped_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_details (TrellisStakeholderGrid *self,
               TrellisItem            *item)
{
  TrellisStakeholder *stakeholder = TRELLIS_STAKEHOLDER (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *grid = gtk_grid_new ();
  const char *organisation = trellis_stakeholder_get_organisation (stakeholder);
  const char *measure = trellis_stakeholder_get_measure (stakeholder);
  TrellisLevel influence;
  int value, row = 0;

  trellis_stakeholder_get_cell (stakeholder, self->axis, &influence, &value);
  gtk_box_append (GTK_BOX (box), new_wrapped_label (trellis_stakeholder_get_name (stakeholder), "title-4"));
  if (organisation != NULL && *organisation != '\0')
    gtk_box_append (GTK_BOX (box), new_wrapped_label (organisation, "dim-label"));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  add_detail (GTK_GRID (grid), row++, _("Helix"),
              trellis_enum_label (TRELLIS_TYPE_HELIX, trellis_stakeholder_get_helix (stakeholder)));
  add_detail (GTK_GRID (grid), row++, _("Attitude"),
              trellis_enum_label (TRELLIS_TYPE_ATTITUDE, trellis_stakeholder_get_attitude (stakeholder)));
  add_detail (GTK_GRID (grid), row++, _("Influence"), trellis_enum_label (TRELLIS_TYPE_LEVEL, influence));
  add_detail (GTK_GRID (grid), row++, _("Interest"),
              trellis_enum_label (TRELLIS_TYPE_LEVEL, trellis_stakeholder_get_interest (stakeholder)));
  add_detail (GTK_GRID (grid), row++, _("Role"),
              trellis_enum_label (TRELLIS_TYPE_ROLE, trellis_stakeholder_get_role (stakeholder)));
  add_detail (GTK_GRID (grid), row++, _("Member"),
              trellis_stakeholder_get_committed (stakeholder) ? _("Committed member")
              : trellis_stakeholder_get_internal (stakeholder) ? _("Member, not committed")
              : _("External"));
  if (measure != NULL && *measure != '\0')
    add_detail (GTK_GRID (grid), row++, _("Measure"), measure);
  gtk_box_append (GTK_BOX (box), grid);

  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box),
                  new_wrapped_label (trellis_grid_cell_get_advice (self->axis, influence, value), "heading"));
  gtk_box_append (GTK_BOX (box),
                  new_wrapped_label (trellis_grid_cell_get_advice_detail (self->axis, influence, value), NULL));
  if (trellis_stakeholder_is_critical_risk (stakeholder))
    gtk_box_append (GTK_BOX (box),
                    new_wrapped_label (_("A critic with high influence: engage early and address "
                                         "their concerns."), "warning"));
  return box;
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  TrellisStakeholderGrid *self = TRELLIS_STAKEHOLDER_GRID (user_data);
  TrellisItem *item = g_object_get_data (G_OBJECT (button), "trellis-item");
  GtkWidget *popover = gtk_popover_new ();

  gtk_popover_set_child (GTK_POPOVER (popover), build_details (self, item));
  gtk_menu_button_set_popover (button, popover);
}

static GdkContentProvider *
on_drag_source_prepare_cb (GtkDragSource          *source,
                           double                  x,
                           double                  y,
                           TrellisStakeholderGrid *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  if (!self->editable)
    return NULL;

  return gdk_content_provider_new_typed (TRELLIS_TYPE_STAKEHOLDER,
                                         g_object_get_data (G_OBJECT (chip), "trellis-item"));
}

static void
on_drag_source_drag_begin_cb (GtkDragSource          *source,
                              GdkDrag                *drag,
                              TrellisStakeholderGrid *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chip);
  g_autoptr(GdkPaintable) image = gdk_paintable_get_current_image (paintable);

  gtk_drag_source_set_icon (source, image, 12, 12);
  gtk_widget_add_css_class (chip, "dragged");
  self->dragging = TRUE;
}

/* The chips are rebuilt only once the drag is over: the chip being dragged must live until then. */
static void
on_drag_source_drag_end_cb (GtkDragSource          *source,
                            GdkDrag                *drag,
                            gboolean                delete_data,
                            TrellisStakeholderGrid *self)
{
  gtk_widget_remove_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)), "dragged");
  self->dragging = FALSE;
  if (self->rebuild_after_drag && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (_trellis_stakeholder_grid_rebuild_idle_cb, self);
  self->rebuild_after_drag = FALSE;
}

static void
add_move_shortcut (GtkShortcutController *controller,
                   const char            *uuid,
                   guint                  keyval,
                   int                    d_influence,
                   int                    d_column)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_ALT_MASK),
                                            gtk_named_action_new ("grid.move-stakeholder"));

  gtk_shortcut_set_arguments (shortcut, g_variant_new ("(sii)", uuid, d_influence, d_column));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static GtkWidget *
build_chip_content (TrellisItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  TrellisStakeholder *stakeholder = TRELLIS_STAKEHOLDER (item);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (trellis_stakeholder_get_name (stakeholder));
  int helix = trellis_stakeholder_get_helix (stakeholder);

  gtk_widget_add_css_class (dot, "helix-dot");
  gtk_widget_add_css_class (dot, helix_classes[CLAMP (helix, 0, (int) G_N_ELEMENTS (helix_classes) - 1)]);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  /* Long names wrap to a second line rather than lose their end. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);

  if (trellis_stakeholder_is_critical_risk (stakeholder))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_box_append (GTK_BOX (box), icon);
    }
  return box;
}

static char *
describe_chip (TrellisItem *item,
               gboolean     editable)
{
  TrellisStakeholder *stakeholder = TRELLIS_STAKEHOLDER (item);
  const char *organisation = trellis_stakeholder_get_organisation (stakeholder);
  const char *helix = trellis_enum_label (TRELLIS_TYPE_HELIX, trellis_stakeholder_get_helix (stakeholder));
  GString *text = g_string_new (trellis_stakeholder_get_name (stakeholder));

  if (organisation != NULL && *organisation != '\0')
    g_string_append_printf (text, "\n%s", organisation);
  g_string_append_printf (text, "\n%s", helix);
  if (trellis_stakeholder_is_critical_risk (stakeholder))
    g_string_append_printf (text, "\n%s", _("Critic with high influence: engage early"));
  if (editable)
    g_string_append_printf (text, "\n\n%s", _("Drag to another cell or press Alt and an arrow key to move"));
  return g_string_free (text, FALSE);
}

GtkWidget *
_trellis_stakeholder_grid_build_chip (TrellisStakeholderGrid *self,
            TrellisItem            *item)
{
  TrellisStakeholder *stakeholder = TRELLIS_STAKEHOLDER (item);
  GtkWidget *chip = gtk_menu_button_new ();
  GtkDragSource *source = gtk_drag_source_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  const char *uuid = trellis_item_get_uuid (item);
  g_autofree char *description = describe_chip (item, self->editable);

  g_object_set_data_full (G_OBJECT (chip), "trellis-item", g_object_ref (item), g_object_unref);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (chip), build_chip_content (item));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (chip), create_popup_cb, self, NULL);
  gtk_widget_add_css_class (chip, "stakeholder-chip");
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  if (trellis_stakeholder_is_critical_risk (stakeholder))
    gtk_widget_add_css_class (chip, "critical-risk");
  gtk_widget_set_tooltip_text (chip, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, trellis_stakeholder_get_name (stakeholder),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);

  /* In the capture phase, so the drag wins over the button's click once it moves. */
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (source), GTK_PHASE_CAPTURE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_source_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_source_drag_begin_cb), self, 0);
  g_signal_connect_object (source, "drag-end", G_CALLBACK (on_drag_source_drag_end_cb), self, 0);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (source));

  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), uuid, GDK_KEY_Up, 1, 0);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), uuid, GDK_KEY_Down, -1, 0);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), uuid, GDK_KEY_Left, 0, -1);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), uuid, GDK_KEY_Right, 0, 1);
  gtk_widget_add_controller (chip, shortcuts);

  g_hash_table_insert (self->chips, g_strdup (uuid), chip);
  return chip;
}

