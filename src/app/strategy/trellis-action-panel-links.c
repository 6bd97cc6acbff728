/* trellis-action-panel-links.c: an action's dependencies and milestones in its panel
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dependencies are finish-to-start: the action starts once those it
 * waits for are done.  They are added from a list of the other actions;
 * one that would close a circle is refused with the core's reason.
 * Milestones are added with a title and a date, marked reached on a date
 * (today unless changed) and deleted, each one undo step.
 */

#define G_LOG_DOMAIN "trellis-action-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-panel-private.h"
#include "trellis-locale-format.h"

/* What the links show; the same state needs no rebuild, so typing in
 * the new milestone's rows survives other edits. */
static char *
links_state (TrellisActionPanel *self,
             GPtrArray          *dependencies,
             GPtrArray          *dependents,
             GPtrArray          *milestones)
{
  GString *state = g_string_new (PANEL_EDITABLE (self) ? "e" : "r");

  for (guint i = 0; i < dependencies->len; i++)
    g_string_append_printf (state, "|d%s;%s;%u", trellis_item_get_uuid (dependencies->pdata[i]),
                            trellis_action_get_title (dependencies->pdata[i]),
                            trellis_action_get_due (dependencies->pdata[i]));
  for (guint i = 0; i < dependents->len; i++)
    g_string_append_printf (state, "|n%s;%s", trellis_item_get_uuid (dependents->pdata[i]),
                            trellis_action_get_title (dependents->pdata[i]));
  for (guint i = 0; i < milestones->len; i++)
    g_string_append_printf (state, "|m%s;%s;%u;%u", trellis_item_get_uuid (milestones->pdata[i]),
                            trellis_milestone_get_title (milestones->pdata[i]),
                            trellis_milestone_get_date (milestones->pdata[i]),
                            trellis_milestone_get_reached (milestones->pdata[i]));
  return g_string_free (state, FALSE);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Dependencies */

static void
on_remove_dependency_clicked_cb (GtkWidget          *button,
                                 TrellisActionPanel *self)
{
  TrellisAction *other = g_object_get_data (G_OBJECT (button), "action");

  trellis_action_remove_dependency (PANEL_PROJECT (self), PANEL_ACTION (self), other);
}

static void
on_candidate_activated_cb (GtkListBox         *list,
                           GtkListBoxRow      *row,
                           TrellisActionPanel *self)
{
  TrellisAction *other = g_object_get_data (G_OBJECT (row), "action");
  GtkWidget *group = g_object_get_data (G_OBJECT (list), "group");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (GTK_POPOVER (popover));
  if (!trellis_action_add_dependency (PANEL_PROJECT (self), PANEL_ACTION (self), other, &error))
    trellis_register_panel_show_error (group, error->message);
  else
    trellis_register_panel_show_error (group, NULL);
}

/* The other actions, filled each time the list opens. */
static void
fill_candidates (GtkListBox *list)
{
  TrellisActionPanel *self = g_object_get_data (G_OBJECT (list), "panel");
  GListModel *actions = trellis_project_get_items (PANEL_PROJECT (self), TRELLIS_TYPE_ACTION);
  const char * const *current = trellis_action_get_depends_on_uuids (PANEL_ACTION (self));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisItem) other = g_list_model_get_item (actions, i);
      g_autofree char *title = NULL;
      GtkWidget *row, *label;

      if (other == TRELLIS_ITEM (PANEL_ACTION (self)) ||
          (current != NULL && g_strv_contains (current, trellis_item_get_uuid (other))))
        continue;
      title = trellis_item_dup_label (other);
      label = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "action", g_object_ref (other), g_object_unref);
      gtk_list_box_append (list, row);
    }
}

static GtkWidget *
create_add_dependency (TrellisActionPanel *self,
                       GtkWidget          *group)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "list-add-symbolic");
  gtk_widget_set_tooltip_text (button, _("Add an Action It Waits For"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add an Action It Waits For"), -1);
  gtk_widget_set_name (button, "add-dependency");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (list, "navigation-sidebar");
  g_object_set_data (G_OBJECT (list), "panel", self);
  g_object_set_data (G_OBJECT (list), "group", group);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (fill_candidates), list);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_candidate_activated_cb), self);
  return button;
}

static char *
join_titles (GPtrArray *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *title = trellis_item_dup_label (items->pdata[i]);

      /* translators: an item's name in a list */
      g_string_append_printf (text, "%s%s", i > 0 ? _(", ") : "", title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
build_dependencies (TrellisActionPanel *self,
                    GPtrArray          *dependencies)
{
  g_autoptr(GPtrArray) dependents = trellis_action_list_dependents (PANEL_PROJECT (self), PANEL_ACTION (self));
  GtkWidget *group = _trellis_action_panel_new_group (_("Waits For"), _("It starts once these are done"));

  if (PANEL_EDITABLE (self))
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), create_add_dependency (self, group));

  for (guint i = 0; i < dependencies->len; i++)
    {
      TrellisAction *other = dependencies->pdata[i];
      g_autofree char *due = trellis_format_date (trellis_action_get_due (other));
      g_autofree char *title = trellis_item_dup_label (TRELLIS_ITEM (other));
      /* translators: %s is a date */
      g_autofree char *subtitle = due != NULL ? g_strdup_printf (_("Due %s"), due) : g_strdup (_("No due date"));
      GtkWidget *row = adw_action_row_new ();

      /* Titles are what people typed, not markup (“R&D”). */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (PANEL_EDITABLE (self))
        {
          GtkWidget *button = icon_button ("list-remove-symbolic", _("No Longer Wait for This Action"),
                                           "remove-dependency");

          g_object_set_data_full (G_OBJECT (button), "action", g_object_ref (other), g_object_unref);
          g_signal_connect (button, "clicked", G_CALLBACK (on_remove_dependency_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (dependencies->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("It waits for no other action"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), none);
    }
  /* A plain label: titles are what people typed, not markup. */
  if (dependents->len > 0)
    {
      g_autofree char *names = join_titles (dependents);
      /* translators: %s lists the actions that wait for this one */
      g_autofree char *text = g_strdup_printf (_("Needed first by: %s"), names);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_add_css_class (label, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
    }
  _trellis_action_panel_add_error_label (ADW_PREFERENCES_GROUP (group));
  return group;
}

/* Milestones */

static void
on_delete_milestone_clicked_cb (GtkWidget          *button,
                                TrellisActionPanel *self)
{
  trellis_project_remove_item (PANEL_PROJECT (self), g_object_get_data (G_OBJECT (button), "milestone"));
}

static void
on_mark_reached_cb (GtkWidget          *widget,
                    TrellisActionPanel *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER);
  GtkEditable *entry = g_object_get_data (G_OBJECT (popover), "entry");
  TrellisMilestone *milestone = g_object_get_data (G_OBJECT (popover), "milestone");
  GtkWidget *group = g_object_get_data (G_OBJECT (popover), "group");
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (*date == '\0' || !trellis_action_check_date (date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      if (error != NULL)
        trellis_register_panel_show_error (group, error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  trellis_register_panel_show_error (group, NULL);
  trellis_milestone_set_reached (milestone, trellis_parse_date (date));
}

static GtkWidget *
create_mark_reached (TrellisActionPanel *self,
                     TrellisMilestone   *milestone,
                     GtkWidget          *group)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Mark Reached"));
  g_autofree char *today = trellis_date_format (trellis_date_today ());

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "object-select-symbolic");
  gtk_widget_set_tooltip_text (button, _("Mark Reached…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mark Reached…"), -1);
  gtk_widget_set_name (button, "mark-reached");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_editable_set_text (GTK_EDITABLE (entry), today);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date Reached"), -1);
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), apply);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_object_set_data (G_OBJECT (popover), "entry", entry);
  g_object_set_data_full (G_OBJECT (popover), "milestone", g_object_ref (milestone), g_object_unref);
  g_object_set_data (G_OBJECT (popover), "group", group);
  g_signal_connect (entry, "activate", G_CALLBACK (on_mark_reached_cb), self);
  g_signal_connect (apply, "clicked", G_CALLBACK (on_mark_reached_cb), self);
  return button;
}

static void
add_milestone_row (TrellisActionPanel *self,
                   GtkWidget          *group,
                   TrellisMilestone   *milestone)
{
  char date[TRELLIS_DISPLAY_DATE_SIZE];
  g_autofree char *reached = trellis_format_date (trellis_milestone_get_reached (milestone));
  g_autofree char *title = trellis_item_dup_label (TRELLIS_ITEM (milestone));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  trellis_format_date_into (trellis_milestone_get_date (milestone), date);
  if (reached != NULL)
    /* translators: a milestone's date, then the date it was reached */
    subtitle = g_strdup_printf (_("%s · reached on %s"), date, reached);
  else
    /* translators: a milestone's date */
    subtitle = g_strdup_printf (_("%s · not reached yet"), date);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (reached != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (PANEL_EDITABLE (self))
    {
      GtkWidget *button = icon_button ("user-trash-symbolic", _("Delete Milestone"), "delete-milestone");

      if (reached == NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_mark_reached (self, milestone, group));
      g_object_set_data_full (G_OBJECT (button), "milestone", g_object_ref (milestone), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_delete_milestone_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
on_add_milestone_cb (GtkWidget          *widget,
                     TrellisActionPanel *self)
{
  GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);
  GtkEditable *title = g_object_get_data (G_OBJECT (group), "title-row");
  GtkEditable *date = g_object_get_data (G_OBJECT (group), "date-row");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (date)));
  g_autoptr(GError) error = NULL;

  if (trellis_action_add_milestone (PANEL_PROJECT (self), PANEL_ACTION (self), gtk_editable_get_text (title), text, &error) == NULL)
    trellis_register_panel_show_error (group, error->message);
  /* Success rebuilds the group, with empty rows for the next one. */
}

static void
add_new_milestone_rows (TrellisActionPanel *self,
                        GtkWidget          *group)
{
  GtkWidget *title = adw_entry_row_new ();
  GtkWidget *date = adw_entry_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Milestone"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("New Milestone"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date), _("Its Date (YYYY-MM-DD)"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (title), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (date), FALSE);
  g_signal_connect (date, "entry-activated", G_CALLBACK (on_add_milestone_cb), self);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_milestone_cb), self);
  gtk_widget_set_name (button, "add-milestone");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 6);
  g_object_set_data (G_OBJECT (group), "title-row", title);
  g_object_set_data (G_OBJECT (group), "date-row", date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
}

static GtkWidget *
build_milestones (TrellisActionPanel *self,
                  GPtrArray          *milestones)
{
  GtkWidget *group = _trellis_action_panel_new_group (_("Milestones"),
                                                      _("Dated steps on the way, marked when reached"));

  for (guint i = 0; i < milestones->len; i++)
    add_milestone_row (self, group, milestones->pdata[i]);
  if (PANEL_EDITABLE (self))
    add_new_milestone_rows (self, group);
  else if (milestones->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No milestones"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), none);
    }
  _trellis_action_panel_add_error_label (ADW_PREFERENCES_GROUP (group));
  return group;
}

/* The milestones of the action, in the project's order. */
static GPtrArray *
list_milestones (TrellisActionPanel *self)
{
  GListModel *model = trellis_project_get_items (PANEL_PROJECT (self), TRELLIS_TYPE_MILESTONE);
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (PANEL_ACTION (self)));
  GPtrArray *milestones = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TrellisMilestone) milestone = g_list_model_get_item (model, i);

      if (g_strcmp0 (trellis_milestone_get_action_uuid (milestone), uuid) == 0)
        g_ptr_array_add (milestones, g_steal_pointer (&milestone));
    }
  return milestones;
}

/* Fills the links box anew if what it would show has changed. */
void
_trellis_action_panel_build_links (TrellisActionPanel *self)
{
  g_autoptr(GPtrArray) dependencies = NULL;
  g_autoptr(GPtrArray) dependents = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  g_autofree char *state = NULL;
  GtkWidget *child;

  if (self->links_box == NULL || PANEL_ACTION (self) == NULL)
    return;

  dependencies = trellis_action_list_dependencies (PANEL_PROJECT (self), PANEL_ACTION (self));
  milestones = list_milestones (self);
  g_ptr_array_sort (milestones, trellis_item_compare_dates);
  dependents = trellis_action_list_dependents (PANEL_PROJECT (self), PANEL_ACTION (self));
  state = links_state (self, dependencies, dependents, milestones);
  if (g_strcmp0 (state, self->links_state) == 0)
    return;
  g_free (self->links_state);
  self->links_state = g_steal_pointer (&state);

  while ((child = gtk_widget_get_first_child (self->links_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->links_box), child);
  gtk_box_append (GTK_BOX (self->links_box), build_dependencies (self, dependencies));
  gtk_box_append (GTK_BOX (self->links_box), build_milestones (self, milestones));
}
