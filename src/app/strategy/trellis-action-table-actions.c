/* trellis-action-table-actions.c: the action plan table's actions and menus
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "register." actions: adding and deleting actions, the search, the
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
  trellis_register_refilter (TRELLIS_REGISTER (self));
}

/* Grouped, the goal column comes first, the title second. */
static void
group_change_state (GSimpleAction *simple,
                    GVariant      *state,
                    gpointer       user_data)
{
  TrellisActionTable *self = user_data;
  GtkColumnView *column_view = trellis_register_get_column_view (TRELLIS_REGISTER (self));
  g_autoptr(GtkColumnViewColumn) goal = NULL;

  g_simple_action_set_state (simple, state);
  self->grouped = g_variant_get_boolean (state);
  goal = g_object_ref (trellis_register_find_column (TRELLIS_REGISTER (self), TRELLIS_ACTION_FIELD_GOAL, NULL));
  gtk_column_view_remove_column (column_view, goal);
  gtk_column_view_insert_column (column_view, self->grouped ? 0 : 1, goal);
  if (self->grouped)
    gtk_widget_add_css_class (GTK_WIDGET (column_view), "grouped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (column_view), "grouped");
  trellis_register_regroup (TRELLIS_REGISTER (self));
}

static void
set_status_activated (GSimpleAction *simple,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  TrellisRegister *view = user_data;
  g_autoptr(GPtrArray) actions = trellis_register_get_selected (view);

  if (!trellis_register_get_editable (view) || actions->len == 0)
    return;
  trellis_plan_set_status (trellis_register_get_project (view), actions, g_variant_get_int32 (parameter));
}

static const GActionEntry action_entries[] = {
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

/* A menu of thousands of names helps nobody and takes seconds to open:
 * past this many, the last item leads to the search, which finds owners
 * and goals by name. */
#define MAX_MENU_NAMES 50

/* The stakeholders who own actions, then the outside owners' names. */
static GMenuModel *
build_owner_menu (TrellisActionTable *self)
{
  GMenu *menu = g_menu_new ();
  TrellisProject *project = trellis_register_get_project (TRELLIS_REGISTER (self));
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean more = FALSE;

  append_choice (menu, _("Anyone"), "register.filter-owner", g_variant_new_string ("*"));
  append_choice (menu, _("Nobody"), "register.filter-owner", g_variant_new_string (""));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      TrellisStakeholder *owner = trellis_action_get_owner (action);
      const char *name = trellis_action_get_owner_name (action);
      const char *key = owner != NULL ? trellis_item_get_uuid (TRELLIS_ITEM (owner)) : name;
      g_autofree char *label = NULL;

      if (key == NULL || *key == '\0' || !g_hash_table_add (seen, g_strdup (key)))
        continue;
      if ((more = g_hash_table_size (seen) > MAX_MENU_NAMES))
        break;
      label = trellis_action_dup_owner_label (project, action);
      if (owner != NULL)
        append_choice (menu, label, "register.filter-owner", g_variant_new_string (key));
      else
        g_ptr_array_add (names, g_strdup (key));
    }
  for (guint i = 0; i < names->len; i++)
    append_choice (menu, names->pdata[i], "register.filter-owner", g_variant_new_string (names->pdata[i]));
  if (more)
    g_menu_append (menu, _("Search for Other Owners…"), "register.search");
  return G_MENU_MODEL (menu);
}

static GMenuModel *
build_goal_menu (TrellisActionTable *self)
{
  GMenu *menu = g_menu_new ();
  GListModel *goals = trellis_project_get_items (trellis_register_get_project (TRELLIS_REGISTER (self)), TRELLIS_TYPE_GOAL);

  append_choice (menu, _("Any Goal"), "register.filter-goal", g_variant_new_string ("*"));
  for (guint i = 0; i < MIN (g_list_model_get_n_items (goals), MAX_MENU_NAMES); i++)
    {
      g_autoptr(TrellisItem) goal = g_list_model_get_item (goals, i);
      g_autofree char *title = trellis_item_dup_label (goal);

      append_choice (menu, title, "register.filter-goal", g_variant_new_string (trellis_item_get_uuid (goal)));
    }
  append_choice (menu, _("No Goal"), "register.filter-goal", g_variant_new_string (""));
  if (g_list_model_get_n_items (goals) > MAX_MENU_NAMES)
    g_menu_append (menu, _("Search for Other Goals…"), "register.search");
  return G_MENU_MODEL (menu);
}

/**
 * _trellis_action_table_build_filter_menu:
 *
 * Returns: (transfer full): the filter menu, listing the owners and goals
 *   as they are now; made when the menu is opened
 */
GMenuModel *
_trellis_action_table_build_filter_menu (TrellisActionTable *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) submenus = g_menu_new ();
  g_autoptr(GMenu) toggles = g_menu_new ();
  g_autoptr(GMenu) status = g_menu_new ();
  g_autoptr(GMenuModel) owners = build_owner_menu (self);
  g_autoptr(GMenuModel) goals = build_goal_menu (self);
  g_autoptr(GMenuModel) statuses = build_status_menu ("register.filter-status");

  g_menu_append_submenu (submenus, _("_Owner"), owners);
  g_menu_append_submenu (submenus, _("_Goal"), goals);
  append_choice (status, _("Any Status"), "register.filter-status", g_variant_new_int32 (-1));
  g_menu_append_section (status, NULL, statuses);
  g_menu_append_submenu (submenus, _("_Status"), G_MENU_MODEL (status));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (submenus));
  g_menu_append (toggles, _("Only _Overdue Actions"), "register.filter-overdue");
  g_menu_append (toggles, _("_Clear Filters"), "register.clear-filters");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (toggles));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/* The bulk bar's statuses, which do not change. */
void
_trellis_action_table_set_status_menus (TrellisActionTable *self)
{
  g_autoptr(GMenuModel) bulk = build_status_menu ("register.set-status");

  gtk_menu_button_set_menu_model (self->status_button, bulk);
  gtk_menu_button_set_menu_model (self->status_button_short, bulk);
}

void
_trellis_action_table_setup_actions (TrellisActionTable *self)
{
  trellis_register_add_actions (TRELLIS_REGISTER (self), action_entries, G_N_ELEMENTS (action_entries));
}
