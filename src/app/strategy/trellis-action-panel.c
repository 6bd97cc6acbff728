/* trellis-action-panel.c: every field of one action, beside the action plan table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of a TrellisRegisterPanel, which builds them anew for each
 * action shown and keeps every edit: dates and amounts are checked before
 * they are set, on Enter, when the focus leaves them, before the panel
 * shows another action and before the window closes; what is not a date
 * or an amount stays, marked, with the reason under the group.
 *
 * The dependencies and milestones are rebuilt when they change (an undo
 * from the window, too); a dependency that would close a circle is
 * refused with the core's message.
 */

#define G_LOG_DOMAIN "trellis-action-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-owner.h"
#include "trellis-action-panel-private.h"
#include "trellis-app-utils.h"
#include "trellis-locale-format.h"

G_DEFINE_FINAL_TYPE (TrellisActionPanel, trellis_action_panel, TRELLIS_TYPE_REGISTER_PANEL)

/* Errors */

GtkWidget *
_trellis_action_panel_add_error_label (AdwPreferencesGroup *group)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  adw_preferences_group_add (group, label);
  g_object_set_data (G_OBJECT (group), "error-label", label);
  return label;
}

GtkWidget *
_trellis_action_panel_new_group (const char *title,
                                 const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/* Progress: a spin button, bound both ways */

static void
add_progress_row (TrellisActionPanel *self,
                  GtkWidget          *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Progress (%)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress (%)"), -1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_editable_set_enable_undo (GTK_EDITABLE (spin), FALSE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  g_object_bind_property (PANEL_ACTION (self), TRELLIS_ACTION_PROP_PROGRESS, spin, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_widget_set_sensitive (row, PANEL_EDITABLE (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* The goal: “No Goal” and the project's goals */

static void
sync_goal_row (GtkWidget *row)
{
  TrellisActionPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  GPtrArray *uuids = g_object_get_data (G_OBJECT (row), "uuids");
  const char *goal = trellis_action_get_goal_uuid (PANEL_ACTION (self));
  guint selected = 0;

  for (guint i = 1; i < uuids->len; i++)
    if (g_strcmp0 (uuids->pdata[i], goal) == 0)
      selected = i;
  g_object_set_data (G_OBJECT (row), "updating", GINT_TO_POINTER (TRUE));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "updating", NULL);
}

static void
on_goal_row_notify_selected_cb (GtkWidget *row)
{
  TrellisActionPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  GPtrArray *uuids = g_object_get_data (G_OBJECT (row), "uuids");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (g_object_get_data (G_OBJECT (row), "updating") || selected >= uuids->len)
    return;
  trellis_action_set_goal_uuid (PANEL_ACTION (self), uuids->pdata[selected]);
}

static void
add_goal_row (TrellisActionPanel  *self,
              GtkWidget          *group)
{
  GListModel *goals = trellis_project_get_items (PANEL_PROJECT (self), TRELLIS_TYPE_GOAL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *row = adw_combo_row_new ();

  gtk_string_list_append (labels, _("No Goal"));
  g_ptr_array_add (uuids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      g_autofree char *title = trellis_item_dup_label (goal);

      gtk_string_list_append (labels, title);
      g_ptr_array_add (uuids, g_strdup (trellis_item_get_uuid (goal)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Goal"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Goal"), -1);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_set_data (G_OBJECT (row), "panel", self);
  g_object_set_data_full (G_OBJECT (row), "uuids", uuids, (GDestroyNotify) g_ptr_array_unref);
  sync_goal_row (row);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_goal_row_notify_selected_cb), NULL);
  g_signal_connect_object (PANEL_ACTION (self), "notify::" TRELLIS_ACTION_PROP_GOAL, G_CALLBACK (sync_goal_row), row, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (row, PANEL_EDITABLE (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* The owner */

static void
sync_owner (TrellisActionPanel *self)
{
  g_autofree char *owner = trellis_action_dup_owner_label (PANEL_PROJECT (self), PANEL_ACTION (self));

  gtk_label_set_label (GTK_LABEL (self->owner_label), owner != NULL ? owner : _("Nobody"));
}

static void
owner_chosen (const char *owner,
              const char *owner_name,
              gpointer    user_data)
{
  TrellisActionPanel *self = user_data;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();

  if (PANEL_ACTION (self) == NULL)
    return;
  g_ptr_array_add (actions, PANEL_ACTION (self));
  trellis_plan_set_owner (PANEL_PROJECT (self), actions, owner, owner_name);
}

static void
add_owner_row (TrellisActionPanel  *self,
               GtkWidget          *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Owner"));
  self->owner_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->owner_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->owner_label), 20);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), self->owner_label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button),
                               trellis_action_owner_popover_new (PANEL_PROJECT (self), owner_chosen, self));
  gtk_widget_set_tooltip_text (button, _("Choose Who Is Responsible"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Owner"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (gtk_widget_get_first_child (button), "plan-owner");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  sync_owner (self);
  g_signal_connect_object (PANEL_ACTION (self), "notify::" TRELLIS_ACTION_PROP_OWNER, G_CALLBACK (sync_owner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (PANEL_ACTION (self), "notify::" TRELLIS_ACTION_PROP_OWNER_NAME, G_CALLBACK (sync_owner), self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (row, PANEL_EDITABLE (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* Building */

/* How to type a date: as the cells show it where the locale shows days its own way. */
static char *
schedule_hint (void)
{
  TrellisDay day = trellis_date_from_dmy (31, 3, 2027);
  g_autofree char *shown = trellis_format_date (day);
  g_autofree char *iso = trellis_date_format (day);

  if (g_strcmp0 (shown, iso) == 0)
    return g_strdup (_("Dates as YYYY-MM-DD, taken when you leave the field"));
  /* translators: %s is a day as the interface shows it, "31 Mar 2027" */
  return g_strdup_printf (_("Dates such as %s or YYYY-MM-DD, taken when you leave the field"), shown);
}

static void
build (TrellisRegisterPanel *panel,
       GtkBox               *box)
{
  TrellisActionPanel *self = TRELLIS_ACTION_PANEL (panel);
  g_autofree char *hint = schedule_hint ();
  GtkWidget *group;

  trellis_register_panel_add_header (panel, box, TRELLIS_ACTION_PROP_TITLE);

  group = trellis_register_panel_add_group (panel, box, NULL, NULL);
  trellis_register_panel_add_entry (panel, group, _("Title"), TRELLIS_ACTION_PROP_TITLE, TRUE);
  add_goal_row (self, group);
  add_owner_row (self, group);
  trellis_register_panel_add_combo (panel, group, _("Status"), TRELLIS_ACTION_PROP_STATUS);
  trellis_register_panel_add_combo (panel, group, _("Service Area"), TRELLIS_ACTION_PROP_AREA);
  trellis_register_panel_add_switch (panel, group, _("Quick Win"), _("Shows results early, at little cost"),
                                     TRELLIS_ACTION_PROP_QUICK_WIN);

  group = trellis_register_panel_add_group (panel, box, _("Schedule"), hint);
  trellis_register_panel_add_checked (panel, group, _("Start"), TRELLIS_ACTION_PROP_START);
  trellis_register_panel_add_checked (panel, group, _("Due"), TRELLIS_ACTION_PROP_DUE);
  add_progress_row (self, group);

  group = trellis_register_panel_add_group (panel, box, _("Budget"), NULL);
  trellis_register_panel_add_checked (panel, group, _("Planned"), TRELLIS_ACTION_PROP_BUDGET_PLANNED);
  trellis_register_panel_add_checked (panel, group, _("Spent"), TRELLIS_ACTION_PROP_BUDGET_SPENT);
  trellis_register_panel_add_entry (panel, group, _("Currency"), TRELLIS_ACTION_PROP_CURRENCY, FALSE);

  group = trellis_register_panel_add_group (panel, box, _("Description"), NULL);
  trellis_register_panel_add_text (panel, group, TRELLIS_ACTION_PROP_DESCRIPTION, _("Description"));

  group = trellis_register_panel_add_group (panel, box, _("Deliverable"),
                                            _("What the action hands over when it is done"));
  trellis_register_panel_add_text (panel, group, TRELLIS_ACTION_PROP_DELIVERABLE, _("Deliverable"));

  self->links_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (box, self->links_box);
  _trellis_action_panel_build_links (self);

  trellis_register_panel_add_delete (panel, box, _("_Delete Action"));
}

static void
clear (TrellisRegisterPanel *panel)
{
  TrellisActionPanel *self = TRELLIS_ACTION_PANEL (panel);

  self->links_box = NULL;
  self->owner_label = NULL;
  g_clear_pointer (&self->links_state, g_free);
}

/* Dependencies and milestones: trellis-action-panel-links.c */

static gboolean
links_cb (gpointer user_data)
{
  TrellisActionPanel *self = user_data;

  self->links_id = 0;
  if (self->links_box != NULL)
    _trellis_action_panel_build_links (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisActionPanel *self,
                       TrellisItem        *item)
{
  if (PANEL_ACTION (self) == NULL || self->links_id != 0)
    return;
  if (TRELLIS_IS_ACTION (item) || TRELLIS_IS_MILESTONE (item))
    self->links_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, links_cb, self, NULL);
}

/* The project comes after construction; its first action brings it. */
static void
build_and_follow (TrellisRegisterPanel *panel,
                  GtkBox               *box)
{
  TrellisActionPanel *self = TRELLIS_ACTION_PANEL (panel);

  if (!self->following)
    {
      g_signal_connect_object (PANEL_PROJECT (self), "changed", G_CALLBACK (on_project_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->following = TRUE;
    }
  build (panel, box);
}

/* GObject */

static void
trellis_action_panel_dispose (GObject *object)
{
  TrellisActionPanel *self = TRELLIS_ACTION_PANEL (object);

  g_clear_handle_id (&self->links_id, g_source_remove);
  g_clear_pointer (&self->links_state, g_free);

  G_OBJECT_CLASS (trellis_action_panel_parent_class)->dispose (object);
}

static void
trellis_action_panel_class_init (TrellisActionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TrellisRegisterPanelClass *panel_class = TRELLIS_REGISTER_PANEL_CLASS (klass);

  object_class->dispose = trellis_action_panel_dispose;
  panel_class->icon_name = "view-list-bullet-symbolic";
  panel_class->none_title = N_("No Action Selected");
  panel_class->build = build_and_follow;
  panel_class->clear = clear;
}

static void
trellis_action_panel_init (TrellisActionPanel *self)
{
}

/**
 * trellis_action_panel_get_action:
 *
 * Returns: (transfer none) (nullable): the action shown
 */
TrellisAction *
trellis_action_panel_get_action (TrellisActionPanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_ACTION_PANEL (self), NULL);

  return PANEL_ACTION (self);
}
