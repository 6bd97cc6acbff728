/* trellis-action-owner.c: choosing who is responsible for actions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A popover listing “Nobody” and the stakeholders of step 2, with an entry
 * below for someone outside the register.  It fills itself each time it
 * opens, so it lists the register as it is then.  The table's owner cells,
 * the side panel and “Change Owner…” for several rows share it.
 */

#define G_LOG_DOMAIN "trellis-action-owner"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-owner.h"

typedef struct
{
  TrellisProject         *project;
  TrellisActionOwnerFunc  func;
  gpointer                user_data;
  GtkListBox             *list;
  GtkEntry               *entry;
} OwnerChooser;

static void
owner_chooser_free (gpointer data)
{
  OwnerChooser *chooser = data;

  g_clear_object (&chooser->project);
  g_free (chooser);
}

static GtkWidget *
create_row (const char *label,
            const char *uuid)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *text = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 36);
  gtk_widget_set_margin_top (text, 6);
  gtk_widget_set_margin_bottom (text, 6);
  gtk_widget_set_margin_start (text, 6);
  gtk_widget_set_margin_end (text, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), text);
  g_object_set_data_full (G_OBJECT (row), "owner", g_strdup (uuid), g_free);
  return row;
}

static void
fill (GtkPopover *popover)
{
  OwnerChooser *chooser = g_object_get_data (G_OBJECT (popover), "trellis-owner-chooser");
  GListModel *stakeholders = trellis_project_get_items (chooser->project, TRELLIS_TYPE_STAKEHOLDER);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (chooser->list))) != NULL)
    gtk_list_box_remove (chooser->list, child);

  gtk_list_box_append (chooser->list, create_row (_("Nobody"), NULL));
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisItem) stakeholder = g_list_model_get_item (stakeholders, i);
      g_autofree char *name = trellis_item_dup_label (stakeholder);

      gtk_list_box_append (chooser->list, create_row (name, trellis_item_get_uuid (stakeholder)));
    }
  gtk_editable_set_text (GTK_EDITABLE (chooser->entry), "");
}

static void
on_list_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          GtkPopover    *popover)
{
  OwnerChooser *chooser = g_object_get_data (G_OBJECT (popover), "trellis-owner-chooser");
  g_autofree char *owner = g_strdup (g_object_get_data (G_OBJECT (row), "owner"));

  gtk_popover_popdown (popover);
  chooser->func (owner, NULL, chooser->user_data);
}

static void
on_entry_activate_cb (GtkEntry   *entry,
                      GtkPopover *popover)
{
  OwnerChooser *chooser = g_object_get_data (G_OBJECT (popover), "trellis-owner-chooser");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*name == '\0')
    return;
  gtk_popover_popdown (popover);
  chooser->func (NULL, name, chooser->user_data);
}

/**
 * trellis_action_owner_popover_new:
 * @func: called with the choice, after the popover closes
 *
 * Returns: (transfer floating): a popover for a menu button
 */
GtkWidget *
trellis_action_owner_popover_new (TrellisProject         *project,
                                  TrellisActionOwnerFunc  func,
                                  gpointer                user_data)
{
  OwnerChooser *chooser = g_new0 (OwnerChooser, 1);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *heading = gtk_label_new (_("Someone Else"));

  chooser->project = g_object_ref (project);
  chooser->func = func;
  chooser->user_data = user_data;
  chooser->list = GTK_LIST_BOX (gtk_list_box_new ());
  chooser->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_add_css_class (GTK_WIDGET (chooser->list), "navigation-sidebar");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (chooser->list));
  gtk_box_append (GTK_BOX (box), scroller);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_entry_set_placeholder_text (chooser->entry, _("A name, then Enter"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (chooser->entry), _("Someone outside the stakeholder register"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (chooser->entry), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (chooser->entry));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  g_object_set_data_full (G_OBJECT (popover), "trellis-owner-chooser", chooser, owner_chooser_free);
  g_signal_connect (chooser->list, "row-activated", G_CALLBACK (on_list_row_activated_cb), popover);
  g_signal_connect (chooser->entry, "activate", G_CALLBACK (on_entry_activate_cb), popover);
  g_signal_connect (popover, "show", G_CALLBACK (fill), NULL);
  return popover;
}
