/* trellis-action-table-actions.c: the action plan table's actions and menus
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "plan." actions: adding and deleting actions, the search, the
 * filter menu (owner, goal, status, overdue), grouping by goal and
 * changing the status of the selected rows.  The filter menu lists the
 * owners and goals as they are, so it is built anew when they change.
 * Owner and goal choices are strings: "*" for any, "" for none, else a
 * UUID (or an outside owner's name).
 */

#define G_LOG_DOMAIN "trellis-action-table"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-table-private.h"

static const char *
any_to_null (const char *choice)
{
  return g_strcmp0 (choice, "*") == 0 ? NULL : choice;
}

static void
select_action (TrellisActionTable *self,
               TrellisAction      *action)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item != G_OBJECT (action))
        continue;
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
      break;
    }
  trellis_action_panel_set_action (self->panel, action);
}

static void
add_activated (GSimpleAction *simple,
               GVariant      *parameter,
               gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  TrellisAction *action;

  if (!self->editable)
    return;
  action = trellis_project_add_action (self->project, NULL, self->filter);
  /* It takes the filter's owner, goal and status, but not its search or lateness. */
  if (!trellis_action_filter_matches (self->filter, self->project, action))
    {
      g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "filter-overdue",
                                          g_variant_new_boolean (FALSE));
      _trellis_action_table_clear_search (self);
    }
  gtk_filter_changed (self->custom_filter, GTK_FILTER_CHANGE_DIFFERENT);
  _trellis_action_table_update_state (self);
  select_action (self, action);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  trellis_action_panel_focus_title (self->panel);
}

static void
delete_activated (GSimpleAction *simple,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  TrellisAction *action = trellis_action_panel_get_action (self->panel);

  /* Its milestones and the links to it go with it; undo brings them back. */
  if (action != NULL && self->editable)
    trellis_project_remove_item (self->project, action);
}

static void
search_activated (GSimpleAction *simple,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TrellisActionTable *self = user_data;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
dismiss_error_activated (GSimpleAction *simple,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  TrellisActionTable *self = user_data;

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
filter_change_state (GSimpleAction *simple,
                     GVariant      *state,
                     gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  const char *name = g_action_get_name (G_ACTION (simple));

  g_simple_action_set_state (simple, state);
  if (g_str_equal (name, "filter-owner"))
    trellis_action_filter_set_owner (self->filter, any_to_null (g_variant_get_string (state, NULL)));
  else if (g_str_equal (name, "filter-goal"))
    trellis_action_filter_set_goal (self->filter, any_to_null (g_variant_get_string (state, NULL)));
  else if (g_str_equal (name, "filter-status"))
    trellis_action_filter_set_status (self->filter, g_variant_get_int32 (state));
  else
    trellis_action_filter_set_overdue (self->filter, g_variant_get_boolean (state), NULL);
  _trellis_action_table_refilter (self);
}

static void
clear_filters_activated (GSimpleAction *simple,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  GActionGroup *group = G_ACTION_GROUP (self->actions);

  g_action_group_change_action_state (group, "filter-owner", g_variant_new_string ("*"));
  g_action_group_change_action_state (group, "filter-goal", g_variant_new_string ("*"));
  g_action_group_change_action_state (group, "filter-status", g_variant_new_int32 (-1));
  g_action_group_change_action_state (group, "filter-overdue", g_variant_new_boolean (FALSE));
  _trellis_action_table_clear_search (self);
}

static GtkColumnViewColumn *
find_column (TrellisActionTable *self,
             guint               field,
             guint              *position)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "trellis-field")) == field + 1)
        {
          *position = i;
          return column;
        }
    }

  g_return_val_if_reached (NULL);
}

/* Grouped, the goal column comes first, the title second. */
static void
group_change_state (GSimpleAction *simple,
                    GVariant      *state,
                    gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  guint position;
  GtkColumnViewColumn *goal = find_column (self, TRELLIS_ACTION_FIELD_GOAL, &position);

  g_simple_action_set_state (simple, state);
  self->grouped = g_variant_get_boolean (state);
  g_object_ref (goal);
  gtk_column_view_remove_column (self->column_view, goal);
  gtk_column_view_insert_column (self->column_view, self->grouped ? 0 : 1, goal);
  g_object_unref (goal);
  if (self->grouped)
    gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "grouped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->column_view), "grouped");
  gtk_sorter_changed (self->group_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
set_status_activated (GSimpleAction *simple,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  g_autoptr(GPtrArray) actions = _trellis_action_table_selected_actions (self);

  if (!self->editable || actions->len == 0)
    return;
  trellis_plan_set_status (self->project, actions, g_variant_get_int32 (parameter));
}

static const GActionEntry action_entries[] = {
  { "add", add_activated },
  { "delete", delete_activated },
  { "search", search_activated },
  { "dismiss-error", dismiss_error_activated },
  { "clear-filters", clear_filters_activated },
  { "filter-owner", NULL, "s", "'*'", filter_change_state },
  { "filter-goal", NULL, "s", "'*'", filter_change_state },
  { "filter-status", NULL, "i", "-1", filter_change_state },
  { "filter-overdue", NULL, NULL, "false", filter_change_state },
  { "group-by-goal", NULL, NULL, "false", group_change_state },
  { "set-status", set_status_activated, "i" },
};

static void
append_choice (GMenu      *menu,
               const char *label,
               const char *action,
               GVariant   *value)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, value);
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_status_menu (const char *action)
{
  GMenu *menu = g_menu_new ();

  for (guint v = 0; v < trellis_enum_n_values (TRELLIS_TYPE_ACTION_STATUS); v++)
    append_choice (menu, trellis_enum_label (TRELLIS_TYPE_ACTION_STATUS, v), action, g_variant_new_int32 (v));
  return G_MENU_MODEL (menu);
}

/* The stakeholders who own actions, then the outside owners' names. */
static GMenuModel *
build_owner_menu (TrellisActionTable *self)
{
  GMenu *menu = g_menu_new ();
  GListModel *actions = trellis_project_get_items (self->project, TRELLIS_TYPE_ACTION);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  append_choice (menu, _("Anyone"), "plan.filter-owner", g_variant_new_string ("*"));
  append_choice (menu, _("Nobody"), "plan.filter-owner", g_variant_new_string (""));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      TrellisStakeholder *owner = trellis_action_get_owner (action);
      const char *name = trellis_action_get_owner_name (action);
      const char *key = owner != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (owner)) : name;
      g_autofree char *label = NULL;

      if (key == NULL || *key == '\0' || !g_hash_table_add (seen, g_strdup (key)))
        continue;
      label = trellis_action_dup_owner_label (self->project, action);
      if (owner != NULL)
        append_choice (menu, label, "plan.filter-owner", g_variant_new_string (key));
      else
        g_ptr_array_add (names, g_strdup (key));
    }
  for (guint i = 0; i < names->len; i++)
    append_choice (menu, names->pdata[i], "plan.filter-owner", g_variant_new_string (names->pdata[i]));
  return G_MENU_MODEL (menu);
}

static GMenuModel *
build_goal_menu (TrellisActionTable *self)
{
  GMenu *menu = g_menu_new ();
  GListModel *goals = trellis_project_get_items (self->project, TRELLIS_TYPE_GOAL);

  append_choice (menu, _("Any Goal"), "plan.filter-goal", g_variant_new_string ("*"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      g_autofree char *title = trellis_item_dup_label (goal);

      append_choice (menu, title, "plan.filter-goal", g_variant_new_string (trellis_item_get_uuid (goal)));
    }
  append_choice (menu, _("No Goal"), "plan.filter-goal", g_variant_new_string (""));
  return G_MENU_MODEL (menu);
}

void
_trellis_action_table_rebuild_menus (TrellisActionTable *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) submenus = g_menu_new ();
  g_autoptr(GMenu) toggles = g_menu_new ();
  g_autoptr(GMenu) status = g_menu_new ();
  g_autoptr(GMenuModel) owners = build_owner_menu (self);
  g_autoptr(GMenuModel) goals = build_goal_menu (self);
  g_autoptr(GMenuModel) statuses = build_status_menu ("plan.filter-status");
  g_autoptr(GMenuModel) bulk = build_status_menu ("plan.set-status");

  g_menu_append_submenu (submenus, _("_Owner"), owners);
  g_menu_append_submenu (submenus, _("_Goal"), goals);
  append_choice (status, _("Any Status"), "plan.filter-status", g_variant_new_int32 (-1));
  g_menu_append_section (status, NULL, statuses);
  g_menu_append_submenu (submenus, _("_Status"), G_MENU_MODEL (status));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (submenus));
  g_menu_append (toggles, _("Only _Overdue Actions"), "plan.filter-overdue");
  g_menu_append (toggles, _("_Clear Filters"), "plan.clear-filters");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (toggles));
  gtk_menu_button_set_menu_model (self->filter_button, G_MENU_MODEL (menu));
  if (gtk_menu_button_get_menu_model (self->status_button) == NULL)
    {
      gtk_menu_button_set_menu_model (self->status_button, bulk);
      gtk_menu_button_set_menu_model (self->status_button_short, bulk);
    }
}

static void
add_shortcut (GtkWidget        *widget,
              GtkShortcutScope  scope,
              const char       *accelerator,
              const char       *action)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), scope);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                                          gtk_named_action_new (action)));
  gtk_widget_add_controller (widget, controller);
}

void
_trellis_action_table_setup_actions (TrellisActionTable *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plan", G_ACTION_GROUP (self->actions));

  /* Ctrl+F only while the plan shows: shortcuts of unmapped widgets do not run. */
  add_shortcut (GTK_WIDGET (self), GTK_SHORTCUT_SCOPE_MANAGED, "<Control>f", "plan.search");
  add_shortcut (GTK_WIDGET (self->column_view), GTK_SHORTCUT_SCOPE_LOCAL, "Delete", "plan.delete");
}
