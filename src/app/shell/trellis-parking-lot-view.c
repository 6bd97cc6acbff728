/* trellis-parking-lot-view.c: the parking lot of a project, reachable from any page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry to park a question or an idea (Enter adds it, dated today), and
 * the project's parking lot as a list view of recycled TrellisParkingRow,
 * straight over the project's list of entries: adding, deleting and their
 * undo are that list's items-changed.  Without entries it says what the
 * lot is for.  The window shows it in a popover of the header bar
 * (Ctrl+Shift+L), so it is one keystroke away on every page.
 */

#define G_LOG_DOMAIN "trellis-parking-lot"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-parking-lot-view.h"
#include "trellis-parking-row.h"

struct _TrellisParkingLotView
{
  GtkWidget        parent_instance;

  TrellisProject  *project;
  GListModel      *items;
  gboolean         editable;

  /* Template widgets */
  GtkLabel        *count_label;
  GtkWidget       *add_box;
  GtkToggleButton *idea_toggle;
  GtkEntry        *entry;
  GtkStack        *stack;
  GtkListView     *list_view;
};

G_DEFINE_FINAL_TYPE (TrellisParkingLotView, trellis_parking_lot_view, GTK_TYPE_WIDGET)

static void
sync_count (TrellisParkingLotView *self)
{
  guint n = self->items != NULL ? g_list_model_get_n_items (self->items) : 0;
  guint n_open = self->project != NULL ? trellis_parking_lot_count_open (self->project) : 0;
  g_autofree char *text = NULL;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  /* translators: how many parked questions and ideas are still open */
  text = g_strdup_printf (ngettext ("%u open", "%u open", n_open), n_open);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0);
}

static void
on_project_changed_cb (TrellisParkingLotView *self,
                       TrellisItem           *item)
{
  if (TRELLIS_IS_PARKING_ITEM (item))
    sync_count (self);
}

static gboolean
scroll_to_end_cb (gpointer user_data)
{
  TrellisParkingLotView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  return G_SOURCE_REMOVE;
}

static void
on_entry_activate_cb (TrellisParkingLotView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  TrellisParkingKind kind;

  if (self->project == NULL || !self->editable || text[0] == '\0')
    return;
  kind = gtk_toggle_button_get_active (self->idea_toggle) ? TRELLIS_PARKING_IDEA : TRELLIS_PARKING_QUESTION;
  trellis_parking_lot_add (self->project, kind, text);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  /* (GTK 4.8 has no gtk_list_view_scroll_to (): the list's end, once laid out) */
  g_idle_add_full (G_PRIORITY_LOW, scroll_to_end_cb, g_object_ref (self), g_object_unref);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     TrellisParkingLotView    *self)
{
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, trellis_parking_row_new (self->project));
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    TrellisParkingLotView    *self)
{
  TrellisParkingRow *row = TRELLIS_PARKING_ROW (gtk_list_item_get_child (list_item));

  trellis_parking_row_set_editable (row, self->editable);
  trellis_parking_row_set_item (row, gtk_list_item_get_item (list_item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      TrellisParkingLotView    *self)
{
  trellis_parking_row_set_item (TRELLIS_PARKING_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
set_model (TrellisParkingLotView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (self->items));

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/**
 * trellis_parking_lot_view_get_project:
 *
 * Returns: (transfer none) (nullable): the project shown
 */
TrellisProject *
trellis_parking_lot_view_get_project (TrellisParkingLotView *self)
{
  g_return_val_if_fail (TRELLIS_IS_PARKING_LOT_VIEW (self), NULL);

  return self->project;
}

/**
 * trellis_parking_lot_view_set_project:
 *
 * Shows the parking lot of @project; set once.
 */
void
trellis_parking_lot_view_set_project (TrellisParkingLotView *self,
                                      TrellisProject        *project)
{
  g_return_if_fail (TRELLIS_IS_PARKING_LOT_VIEW (self));
  g_return_if_fail (TRELLIS_IS_PROJECT (project));
  g_return_if_fail (self->project == NULL || self->project == project);

  if (self->project == project)
    return;
  self->project = g_object_ref (project);
  self->items = g_object_ref (trellis_project_get_items (project, TRELLIS_TYPE_PARKING_ITEM));
  g_signal_connect_object (self->items, "items-changed", G_CALLBACK (sync_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  set_model (self);
  sync_count (self);
}

/**
 * trellis_parking_lot_view_set_editable:
 *
 * A read-only project's lot is shown without the entry and the rows' edits.
 */
void
trellis_parking_lot_view_set_editable (TrellisParkingLotView *self,
                                       gboolean               editable)
{
  g_return_if_fail (TRELLIS_IS_PARKING_LOT_VIEW (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  gtk_widget_set_visible (self->add_box, editable);
  /* Rebinds the rows on screen with the new flag. */
  if (self->items != NULL)
    set_model (self);
}

/**
 * trellis_parking_lot_view_focus_entry:
 *
 * Puts the focus where a new question is typed.
 */
void
trellis_parking_lot_view_focus_entry (TrellisParkingLotView *self)
{
  g_return_if_fail (TRELLIS_IS_PARKING_LOT_VIEW (self));

  if (self->editable)
    gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
trellis_parking_lot_view_dispose (GObject *object)
{
  TrellisParkingLotView *self = TRELLIS_PARKING_LOT_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PARKING_LOT_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->items);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_parking_lot_view_parent_class)->dispose (object);
}

static void
trellis_parking_lot_view_class_init (TrellisParkingLotViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_parking_lot_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-parking-lot-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingLotView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingLotView, add_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingLotView, idea_toggle);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingLotView, entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingLotView, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisParkingLotView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_parking_lot_view_init (TrellisParkingLotView *self)
{
  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}
