/* trellis-goals-view-detail.c: the detail pane of the goals view
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The selected goal: its title and area, whether it is measurable, its
 * indicators (one TrellisIndicatorCard each), its interim goals (milestones
 * by date), the members' need it answers,
 * the SWOT items and TOWS strategies it comes from, and its description.
 * Built anew for each goal; the fields are bound to it through the history.
 */

#define G_LOG_DOMAIN "trellis-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-accessible.h"
#include "trellis-app-utils.h"
#include "trellis-goals-view-private.h"
#include "trellis-indicator-card.h"
#include "trellis-locale-format.h"

/* Sources: chips for the linked items, a popover of check buttons to link more */

/* The whole text: a short label would cut what people link by. */
static const char *
source_text (TrellisItem *source)
{
  if (TRELLIS_IS_SWOT_ITEM (source))
    return trellis_swot_item_get_text (TRELLIS_SWOT_ITEM (source));
  return trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (source));
}

static char *
describe_source (TrellisItem *source)
{
  const char *label = source_text (source);

  if (TRELLIS_IS_SWOT_ITEM (source))
    /* translators: a SWOT quadrant, then an item's text */
    return g_strdup_printf (_("%s: %s"),
                            trellis_enum_label (TRELLIS_TYPE_QUADRANT,
                                                trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (source))),
                            label);
  /* translators: a TOWS strategy's title */
  return g_strdup_printf (_("Strategy: %s"), label);
}

static void
on_unlink_clicked_cb (GtkButton        *button,
                      TrellisGoalsView *self)
{
  TrellisItem *source = g_object_get_data (G_OBJECT (button), "source");

  if (self->editable && self->goal != NULL)
    trellis_goal_unlink_source (self->project, self->goal, source);
}

static GtkWidget *
create_chip (TrellisGoalsView *self,
             TrellisItem      *source)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  const char *label_text = source_text (source);
  const char *kind = TRELLIS_IS_SWOT_ITEM (source)
                     ? trellis_enum_label (TRELLIS_TYPE_QUADRANT,
                                           trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (source)))
                     : _("TOWS strategy");
  GtkWidget *kind_label = gtk_label_new (kind);
  GtkWidget *label = gtk_label_new (label_text);
  GtkWidget *unlink = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  /* translators: the accessible name of the button that unlinks a source from a goal; %s is the source */
  g_autofree char *unlink_name = g_strdup_printf (_("Unlink “%s”"), label_text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (kind_label), 0);
  gtk_widget_set_size_request (kind_label, 120, -1);
  gtk_widget_add_css_class (kind_label, "goal-source-kind");
  gtk_widget_add_css_class (kind_label, TRELLIS_IS_SWOT_ITEM (source) ? "swot" : "tows");
  gtk_widget_add_css_class (unlink, "flat");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (unlink, _("Unlink"));
  trellis_accessible_set_label (unlink, unlink_name);
  gtk_widget_set_visible (unlink, self->editable);
  g_object_set_data_full (G_OBJECT (unlink), "source", g_object_ref (source), g_object_unref);
  g_signal_connect (unlink, "clicked", G_CALLBACK (on_unlink_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), kind_label);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), unlink);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
update_sources (TrellisGoalsView *self)
{
  g_autoptr(GPtrArray) sources = trellis_goal_list_sources (self->goal);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->sources_box)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->sources_box), child);
  for (guint i = 0; i < sources->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->sources_box), create_chip (self, sources->pdata[i]));
  gtk_widget_set_visible (self->sources_box, sources->len > 0);
  gtk_widget_set_visible (self->sources_empty, sources->len == 0);
}

static void
on_link_toggled_cb (GtkCheckButton   *check,
                    TrellisGoalsView *self)
{
  TrellisItem *source = g_object_get_data (G_OBJECT (check), "source");
  g_autoptr(GError) error = NULL;

  if (self->building_links || self->goal == NULL || !self->editable)
    return;
  if (!gtk_check_button_get_active (check))
    trellis_goal_unlink_source (self->project, self->goal, source);
  else if (!trellis_goal_link_source (self->project, self->goal, source, &error))
    g_warning ("Cannot link: %s", error->message);
}

static void
add_link_section (TrellisGoalsView *self,
                  const char       *title,
                  GType             type,
                  const char *const *linked)
{
  GListModel *items = trellis_project_get_items (self->project, type);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_box_append (GTK_BOX (self->link_list), heading);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);
      g_autofree char *text = describe_source (item);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   linked != NULL && g_strv_contains (linked, trellis_item_get_uuid (item)));
      g_object_set_data_full (G_OBJECT (check), "source", g_object_ref (item), g_object_unref);
      g_signal_connect (check, "toggled", G_CALLBACK (on_link_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->link_list), check);
    }
  if (g_list_model_get_n_items (items) == 0)
    {
      GtkWidget *none = gtk_label_new (_("None in the project yet"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (self->link_list), none);
    }
}

static void
on_link_popover_show_cb (TrellisGoalsView *self)
{
  const char * const *linked;
  GtkWidget *child;

  if (self->goal == NULL)
    return;
  linked = trellis_goal_get_sources_uuids (self->goal);
  self->building_links = TRUE;
  while ((child = gtk_widget_get_first_child (self->link_list)) != NULL)
    gtk_box_remove (GTK_BOX (self->link_list), child);
  add_link_section (self, _("SWOT Items"), TRELLIS_TYPE_SWOT_ITEM, linked);
  add_link_section (self, _("TOWS Strategies"), TRELLIS_TYPE_TOWS_STRATEGY, linked);
  self->building_links = FALSE;
}

/* Indicators */

static char *
make_cards_signature (GPtrArray *indicators)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < indicators->len; i++)
    g_string_append_printf (signature, "%s;", trellis_item_get_uuid (indicators->pdata[i]));
  return g_string_free (signature, FALSE);
}

static void
update_indicators (TrellisGoalsView *self)
{
  g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (self->project, self->goal);
  g_autofree char *signature = make_cards_signature (indicators);
  g_autofree char *reason = NULL;
  GtkWidget *child;

  if (g_strcmp0 (signature, self->cards_signature) != 0)
    {
      while ((child = gtk_widget_get_first_child (self->cards_box)) != NULL)
        gtk_box_remove (GTK_BOX (self->cards_box), child);
      for (guint i = 0; i < indicators->len; i++)
        gtk_box_append (GTK_BOX (self->cards_box),
                        trellis_indicator_card_new (self->project, indicators->pdata[i], self->editable));
      g_free (self->cards_signature);
      self->cards_signature = g_steal_pointer (&signature);
    }
  else
    {
      for (child = gtk_widget_get_first_child (self->cards_box); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        trellis_indicator_card_update (TRELLIS_INDICATOR_CARD (child));
    }
  gtk_widget_set_visible (self->cards_empty, indicators->len == 0);

  if (trellis_goal_is_measurable (self->project, self->goal, &reason))
    {
      gtk_label_set_label (GTK_LABEL (self->measurable_label), _("Measurable: every indicator has a target"));
      gtk_widget_remove_css_class (self->measurable_label, "warning");
      gtk_widget_add_css_class (self->measurable_label, "success");
    }
  else
    {
      /* translators: %s says why a goal is not measurable, as a sentence */
      g_autofree char *text = g_strdup_printf (_("Not measurable yet. %s."), reason);

      gtk_label_set_label (GTK_LABEL (self->measurable_label), text);
      gtk_widget_remove_css_class (self->measurable_label, "success");
      gtk_widget_add_css_class (self->measurable_label, "warning");
    }
}

static void
on_add_indicator_cb (TrellisGoalsView *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->indicator_entry))));
  TrellisIndicator *indicator;

  if (!self->editable || self->goal == NULL)
    return;
  if (name[0] == '\0')
    {
      gtk_widget_add_css_class (self->indicator_entry, "error");
      gtk_widget_grab_focus (self->indicator_entry);
      return;
    }

  gtk_widget_remove_css_class (self->indicator_entry, "error");
  indicator = trellis_goal_add_indicator (self->project, self->goal, name);
  gtk_editable_set_text (GTK_EDITABLE (self->indicator_entry), "");
  for (GtkWidget *card = gtk_widget_get_first_child (self->cards_box); card != NULL;
       card = gtk_widget_get_next_sibling (card))
    if (trellis_indicator_card_get_indicator (TRELLIS_INDICATOR_CARD (card)) == indicator)
      trellis_indicator_card_focus_values (TRELLIS_INDICATOR_CARD (card));
}

/* The detail pane */

static void
on_delete_goal_clicked_cb (TrellisGoalsView *self)
{
  if (self->editable && self->goal != NULL)
    trellis_project_remove_item (self->project, TRELLIS_ITEM (self->goal));
}

static GtkWidget *
create_text_view (TrellisGoalsView *self,
                  const char       *property,
                  const char       *accessible_label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), self->editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), self->editable);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_set_name (view, property);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  trellis_app_bind_text (self->goal, property, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_widget_add_css_class (frame, "view");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  return frame;
}

static GtkWidget *
create_group (const char *title,
              const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/* An emptied title is not taken: the row says so while it is empty. */
static void
on_title_changed_cb (GtkEditable *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (row)));

  if (text[0] == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static GtkWidget *
build_goal_group (TrellisGoalsView *self)
{
  GtkWidget *group = create_group (_("Goal"), NULL);
  GtkWidget *area_row = adw_combo_row_new ();
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);

  self->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), self->editable);
  trellis_app_bind_text (self->goal, TRELLIS_GOAL_PROP_TITLE, self->title_row, TRUE);
  g_signal_connect (self->title_row, "changed", G_CALLBACK (on_title_changed_cb), NULL);
  gtk_widget_set_tooltip_text (self->title_row, _("A goal needs a title"));

  for (guint i = 0; i < trellis_enum_n_values (TRELLIS_TYPE_SERVICE_AREA); i++)
    gtk_string_list_append (areas, trellis_enum_label (TRELLIS_TYPE_SERVICE_AREA, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (area_row), _("Strategic area"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (area_row), _("One of the nine areas of member services"));
  adw_combo_row_set_model (ADW_COMBO_ROW (area_row), G_LIST_MODEL (areas));
  trellis_app_bind_enum (self->goal, TRELLIS_GOAL_PROP_AREA, ADW_COMBO_ROW (area_row));
  gtk_widget_set_sensitive (area_row, self->editable);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), area_row);
  return group;
}

static GtkWidget *
build_sources_group (TrellisGoalsView *self)
{
  GtkWidget *group = create_group (_("Comes From"),
                                   _("The SWOT items and TOWS strategies this goal answers"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->link_list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_start (self->link_list, 6);
  gtk_widget_set_margin_end (self->link_list, 6);
  gtk_widget_set_margin_bottom (self->link_list, 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (self->link_list, 420, -1);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->link_list);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_link_popover_show_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Link…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_set_tooltip_text (button, _("Link SWOT items and TOWS strategies to this goal"));
  gtk_widget_set_name (button, "link-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (button, self->editable);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  self->sources_box = gtk_list_box_new ();
  gtk_widget_set_name (self->sources_box, "sources-box");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->sources_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->sources_box, "boxed-list");
  self->sources_empty = gtk_label_new (_("Not linked to the analysis yet: a goal should answer "
                                         "what the SWOT and TOWS found"));
  gtk_label_set_wrap (GTK_LABEL (self->sources_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->sources_empty), 0);
  gtk_widget_add_css_class (self->sources_empty, "dim-label");
  gtk_box_append (GTK_BOX (box), self->sources_box);
  gtk_box_append (GTK_BOX (box), self->sources_empty);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

static GtkWidget *
build_indicators_group (TrellisGoalsView *self)
{
  GtkWidget *group = create_group (_("Indicators"),
                                   _("How the goal is measured: a baseline, a target and the measurements over time"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("Add _Indicator"));

  self->cards_empty = gtk_label_new (_("This goal has no indicator yet. The method asks for measurable "
                                       "goals: add an indicator, then give it a baseline and a target."));
  gtk_label_set_wrap (GTK_LABEL (self->cards_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->cards_empty), 0);
  gtk_widget_add_css_class (self->cards_empty, "goals-empty-indicators");
  self->cards_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_clear_pointer (&self->cards_signature, g_free);

  self->indicator_entry = gtk_entry_new ();
  gtk_widget_set_name (self->indicator_entry, "indicator-entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->indicator_entry), _("Name of a new indicator"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->indicator_entry), FALSE);
  gtk_widget_set_hexpand (self->indicator_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->indicator_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of a new indicator"), -1);
  g_signal_connect_object (self->indicator_entry, "activate", G_CALLBACK (on_add_indicator_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (add_button, "clicked", G_CALLBACK (on_add_indicator_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (add_box), self->indicator_entry);
  gtk_box_append (GTK_BOX (add_box), add_button);
  gtk_widget_set_visible (add_box, self->editable);

  gtk_box_append (GTK_BOX (box), self->cards_empty);
  gtk_box_append (GTK_BOX (box), self->cards_box);
  gtk_box_append (GTK_BOX (box), add_box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

/* Interim goals: the milestones of the goal, by date */

static void
on_milestone_reached_clicked_cb (GtkButton        *button,
                                 TrellisGoalsView *self)
{
  TrellisMilestone *milestone = g_object_get_data (G_OBJECT (button), "milestone");

  if (self->editable)
    trellis_milestone_set_reached (milestone, trellis_date_today ());
}

static void
on_milestone_delete_clicked_cb (GtkButton        *button,
                                TrellisGoalsView *self)
{
  TrellisItem *milestone = g_object_get_data (G_OBJECT (button), "milestone");

  if (self->editable)
    trellis_project_remove_item (self->project, milestone);
}

static GtkWidget *
create_milestone_row (TrellisGoalsView *self,
                      TrellisMilestone *milestone)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *reached = trellis_format_date (trellis_milestone_get_reached (milestone));
  char date[TRELLIS_DISPLAY_DATE_SIZE];
  g_autofree char *due = NULL;

  trellis_format_date_into (trellis_milestone_get_date (milestone), date);
  /* translators: %s is the date an interim goal is due, YYYY-MM-DD */
  due = g_strdup_printf (_("Due %s"), date);
  /* Titles are what people typed, not markup (“R&D”). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), trellis_milestone_get_title (milestone));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), due);

  if (reached != NULL)
    {
      /* translators: %s is a date, YYYY-MM-DD */
      g_autofree char *text = g_strdup_printf (_("Reached on %s"), reached);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_set_name (label, "milestone-reached-label");
      gtk_widget_add_css_class (label, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  else if (self->editable)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Mark _Reached"));

      gtk_widget_set_name (button, "milestone-reached-button");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Mark this interim goal as reached today"));
      g_object_set_data_full (G_OBJECT (button), "milestone", g_object_ref (milestone), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_milestone_reached_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else
    {
      GtkWidget *label = gtk_label_new (_("Not reached yet"));

      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  if (self->editable)
    {
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
      /* translators: the accessible name of an interim goal's delete button; %s is its title */
      g_autofree char *name = g_strdup_printf (_("Delete the interim goal “%s”"),
                                               trellis_milestone_get_title (milestone));

      gtk_widget_set_name (delete, "milestone-delete-button");
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete, "flat");
      gtk_widget_set_tooltip_text (delete, _("Delete Interim Goal"));
      trellis_accessible_set_label (delete, name);
      g_object_set_data_full (G_OBJECT (delete), "milestone", g_object_ref (milestone), g_object_unref);
      g_signal_connect (delete, "clicked", G_CALLBACK (on_milestone_delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
    }
  g_object_set_data_full (G_OBJECT (row), "milestone", g_object_ref (milestone), g_object_unref);
  return row;
}

static char *
make_milestones_signature (GPtrArray *milestones)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < milestones->len; i++)
    {
      TrellisMilestone *milestone = milestones->pdata[i];

      g_string_append_printf (signature, "%s\x1f%s\x1f%u\x1f%u\x1e",
                              trellis_item_get_uuid (TRELLIS_ITEM (milestone)),
                              trellis_milestone_get_title (milestone),
                              trellis_milestone_get_date (milestone),
                              trellis_milestone_get_reached (milestone));
    }
  return g_string_free (signature, FALSE);
}

static void
update_milestones (TrellisGoalsView *self)
{
  g_autoptr(GPtrArray) milestones = trellis_goal_list_milestones (self->project, self->goal);
  g_autofree char *signature = make_milestones_signature (milestones);
  GtkWidget *child;

  if (g_strcmp0 (signature, self->milestones_signature) == 0)
    return;
  while ((child = gtk_widget_get_first_child (self->milestones_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->milestones_list), child);
  for (guint i = 0; i < milestones->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->milestones_list), create_milestone_row (self, milestones->pdata[i]));
  gtk_widget_set_visible (self->milestones_list, milestones->len > 0);
  gtk_widget_set_visible (self->milestones_empty, milestones->len == 0);
  g_free (self->milestones_signature);
  self->milestones_signature = g_steal_pointer (&signature);
}

static void
set_milestone_error (TrellisGoalsView *self,
                     GtkWidget        *entry,
                     const char       *message)
{
  gtk_widget_remove_css_class (self->milestone_title_entry, "error");
  gtk_widget_remove_css_class (self->milestone_date_entry, "error");
  if (entry != NULL)
    gtk_widget_add_css_class (entry, "error");
  gtk_label_set_label (GTK_LABEL (self->milestone_error), message != NULL ? message : "");
  gtk_widget_set_visible (self->milestone_error, message != NULL);
}

static void
on_add_milestone_cb (TrellisGoalsView *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->milestone_title_entry));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->milestone_date_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (title));
  g_autoptr(GError) error = NULL;

  if (!self->editable || self->goal == NULL)
    return;
  if (trellis_goal_add_milestone (self->project, self->goal, title, date, &error) == NULL)
    {
      GtkWidget *entry = stripped[0] == '\0' ? self->milestone_title_entry : self->milestone_date_entry;

      set_milestone_error (self, entry, error->message);
      gtk_widget_grab_focus (entry);
      return;
    }
  set_milestone_error (self, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->milestone_title_entry), "");
  gtk_widget_grab_focus (self->milestone_title_entry);
}

static GtkWidget *
build_milestones_group (TrellisGoalsView *self)
{
  GtkWidget *group = create_group (_("Interim Goals"),
                                   _("Milestones on the way to the goal, each with the date it should be reached by"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("Add Interim _Goal"));
  g_autofree char *today = trellis_date_format (trellis_date_today ());

  self->milestones_list = gtk_list_box_new ();
  gtk_widget_set_name (self->milestones_list, "milestones-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->milestones_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->milestones_list, "boxed-list");
  gtk_widget_set_visible (self->milestones_list, FALSE);
  self->milestones_empty = gtk_label_new (_("No interim goals yet. Add the milestones that show "
                                            "the goal is on its way, each with a date."));
  gtk_label_set_wrap (GTK_LABEL (self->milestones_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->milestones_empty), 0);
  gtk_widget_add_css_class (self->milestones_empty, "dim-label");
  g_clear_pointer (&self->milestones_signature, g_free);

  self->milestone_title_entry = gtk_entry_new ();
  gtk_widget_set_name (self->milestone_title_entry, "milestone-title-entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->milestone_title_entry), _("What will have been reached"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->milestone_title_entry), FALSE);
  gtk_widget_set_hexpand (self->milestone_title_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->milestone_title_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title of a new interim goal"), -1);
  self->milestone_date_entry = gtk_entry_new ();
  gtk_widget_set_name (self->milestone_date_entry, "milestone-date-entry");
  gtk_editable_set_text (GTK_EDITABLE (self->milestone_date_entry), today);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->milestone_date_entry), 11);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->milestone_date_entry), FALSE);
  gtk_widget_set_tooltip_text (self->milestone_date_entry, _("Due date, as YYYY-MM-DD"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->milestone_date_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due date of a new interim goal"), -1);
  gtk_widget_set_name (add_button, "milestone-add-button");
  g_signal_connect_object (self->milestone_title_entry, "activate", G_CALLBACK (on_add_milestone_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->milestone_date_entry, "activate", G_CALLBACK (on_add_milestone_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (add_button, "clicked", G_CALLBACK (on_add_milestone_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (add_box), self->milestone_title_entry);
  gtk_box_append (GTK_BOX (add_box), self->milestone_date_entry);
  gtk_box_append (GTK_BOX (add_box), add_button);
  gtk_widget_set_visible (add_box, self->editable);

  self->milestone_error = gtk_label_new (NULL);
  gtk_widget_set_name (self->milestone_error, "milestone-error-label");
  gtk_label_set_xalign (GTK_LABEL (self->milestone_error), 0);
  gtk_label_set_wrap (GTK_LABEL (self->milestone_error), TRUE);
  gtk_widget_add_css_class (self->milestone_error, "error");
  gtk_widget_set_visible (self->milestone_error, FALSE);

  gtk_box_append (GTK_BOX (box), self->milestones_empty);
  gtk_box_append (GTK_BOX (box), self->milestones_list);
  gtk_box_append (GTK_BOX (box), add_box);
  gtk_box_append (GTK_BOX (box), self->milestone_error);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

/**
 * _trellis_goals_view_build_detail:
 *
 * Returns: (transfer floating): the detail pane of self->goal, bound to it
 */
GtkWidget *
_trellis_goals_view_build_detail (TrellisGoalsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *need = create_group (_("Members’ Need"), _("Which need of the members this goal answers"));
  GtkWidget *description = create_group (_("Description"), NULL);
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Goal"));

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 36);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->measurable_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->measurable_label, "measurable-label");
  gtk_label_set_wrap (GTK_LABEL (self->measurable_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->measurable_label), 0);
  gtk_widget_add_css_class (self->measurable_label, "heading");

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (need), create_text_view (self, TRELLIS_GOAL_PROP_NEED, _("Members’ need")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (description),
                             create_text_view (self, TRELLIS_GOAL_PROP_DESCRIPTION, _("Description")));
  gtk_widget_set_name (delete, "delete-goal-button");
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_END);
  gtk_widget_set_visible (delete, self->editable);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_goal_clicked_cb), self, G_CONNECT_SWAPPED);

  /* Progress first: it is what a steering group looks at. */
  gtk_box_append (GTK_BOX (box), build_goal_group (self));
  gtk_box_append (GTK_BOX (box), self->measurable_label);
  gtk_box_append (GTK_BOX (box), build_indicators_group (self));
  gtk_box_append (GTK_BOX (box), build_milestones_group (self));
  gtk_box_append (GTK_BOX (box), need);
  gtk_box_append (GTK_BOX (box), build_sources_group (self));
  gtk_box_append (GTK_BOX (box), description);
  gtk_box_append (GTK_BOX (box), delete);
  return box;
}

/* Shows what the bindings do not: the sources and the indicators. */
void
_trellis_goals_view_update_detail (TrellisGoalsView *self)
{
  if (self->goal == NULL)
    return;
  update_sources (self);
  update_indicators (self);
  update_milestones (self);
}
