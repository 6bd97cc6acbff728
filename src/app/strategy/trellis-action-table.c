/* trellis-action-table.c: the action plan as a table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of the strategy step's tool page (TrellisToolPage), with the
 * "editable" property every such view has.  A TrellisRegister of the
 * project's actions over a multi-selection: the filter menu restricts by
 * owner, goal, status and lateness (trellis_action_filter_matches()); the
 * panel at the right shows every field of the first selected action
 * (trellis-action-panel.c); "Change Status…" and "Change Owner…" act on
 * all the selected ones as one undo step.
 *
 * GTK 4.8 has no column view sections, so “Group by Goal” groups by
 * sorting: the goals' order comes first, the clicked column orders the
 * actions of each goal, and the goal column moves to the front, where
 * each group's goal title starts.  A tree list model would add header
 * rows that are not actions, for the selection, the bulk edits and every
 * cell to step around; sorting keeps every row an action.
 */

#define G_LOG_DOMAIN "trellis-action-table"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-columns.h"
#include "trellis-action-owner.h"
#include "trellis-action-panel.h"
#include "trellis-action-table-private.h"

G_DEFINE_FINAL_TYPE (TrellisActionTable, trellis_action_table, TRELLIS_TYPE_REGISTER)

#define TABLE(view) TRELLIS_ACTION_TABLE (view)

static const TrellisRegisterInfo info = {
  .multiple = TRUE,
  .icon_name = "view-list-bullet-symbolic",
  .empty_title = N_("No Actions Yet"),
  .empty_description = N_("Plan what the cluster will do for each goal: who is responsible, by when, "
                          "with what budget"),
  .none_found_title = N_("No Matching Actions"),
  .search_placeholder = N_("Search actions"),
  .search_tooltip = N_("Search titles, descriptions, deliverables, owners and goals (Ctrl+F)"),
  .filter_tooltip = N_("Show Only Some Actions"),
  .add_label = N_("_Add Action"),
  .add_tooltip = N_("Add an Action to the Plan"),
  .item_removed = N_("You can undo this."),
};

static void
owner_chosen (const char *owner,
              const char *owner_name,
              gpointer    user_data)
{
  TrellisRegister *view = user_data;
  g_autoptr(GPtrArray) actions = trellis_register_get_selected (view);

  if (!trellis_register_get_editable (view) || actions->len == 0)
    return;
  trellis_plan_set_owner (trellis_register_get_project (view), actions, owner, owner_name);
}

/* The register's class functions */

static gboolean
match (TrellisRegister *view,
       TrellisItem     *item)
{
  return trellis_action_filter_matches (TABLE (view)->filter, trellis_register_get_project (view),
                                        TRELLIS_ACTION (item));
}

static void
set_search (TrellisRegister *view,
            const char      *text)
{
  trellis_action_filter_set_search (TABLE (view)->filter, text);
}

static gboolean
is_filtered (TrellisRegister *view)
{
  return !trellis_action_filter_is_empty (TABLE (view)->filter);
}

static gboolean
is_restricted (TrellisRegister *view)
{
  return trellis_action_filter_is_restricted (TABLE (view)->filter);
}

static void
clear_filters (TrellisRegister *view)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-owner", "s", "*");
  gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-goal", "s", "*");
  gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-status", "i", -1);
  if (trellis_action_filter_get_overdue (TABLE (view)->filter))
    gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-overdue", NULL);
}

/* It takes the filter's owner, goal and status, but not its lateness (nor
 * its search: the register clears that). */
static TrellisItem *
add_item (TrellisRegister *view)
{
  TrellisProject *project = trellis_register_get_project (view);
  TrellisAction *action = trellis_project_add_action (project, NULL, TABLE (view)->filter);

  if (!match (view, TRELLIS_ITEM (action)) && trellis_action_filter_get_overdue (TABLE (view)->filter))
    gtk_widget_activate_action (GTK_WIDGET (view), "register.filter-overdue", NULL);
  return TRELLIS_ITEM (action);
}

static char *
describe_count (TrellisRegister *view,
                guint            shown,
                guint            total)
{
  if (!is_filtered (view))
    /* translators: the size of the action plan */
    return g_strdup_printf (ngettext ("%u action", "%u actions", total), total);
  /* translators: shown of all, such as “4 of 13 actions” */
  return g_strdup_printf (ngettext ("%u of %u action", "%u of %u actions", total), shown, total);
}

static char *
describe_selection (TrellisRegister *view,
                    guint            n_selected)
{
  /* translators: how many rows of the action plan are selected */
  return g_strdup_printf (ngettext ("%u action selected", "%u actions selected", n_selected), n_selected);
}

static int
compare (TrellisRegister *view,
         TrellisItem     *a,
         TrellisItem     *b,
         guint            field)
{
  return trellis_action_compare (trellis_register_get_project (view), TRELLIS_ACTION (a), TRELLIS_ACTION (b), field);
}

static int
compare_groups (TrellisRegister *view,
                TrellisItem     *a,
                TrellisItem     *b)
{
  TrellisActionTable *self = TABLE (view);

  if (!self->grouped)
    return 0;
  if (self->goal_ranks == NULL)
    self->goal_ranks = trellis_plan_rank_goals (trellis_register_get_project (view));
  return trellis_action_compare_goal_ranks (self->goal_ranks, TRELLIS_ACTION (a), TRELLIS_ACTION (b));
}

/* The filter menu lists the owners and goals as they are when it opens. */
static void
project_changed (TrellisRegister *view,
                 TrellisItem     *item)
{
  if (TRELLIS_IS_ACTION (item) || TRELLIS_IS_GOAL (item) || TRELLIS_IS_STAKEHOLDER (item))
    trellis_register_invalidate_filter_menu (view);
  /* Before the register sorts again, on its next turn of the main loop. */
  if (TRELLIS_IS_GOAL (item))
    g_clear_pointer (&TABLE (view)->goal_ranks, g_hash_table_unref);
}

static GMenuModel *
build_filter_menu (TrellisRegister *view)
{
  return _trellis_action_table_build_filter_menu (TABLE (view));
}

static void
update_state (TrellisRegister *view)
{
  TrellisProject *project = trellis_register_get_project (view);
  g_autoptr(GPtrArray) selected = trellis_register_get_selected (view);

  trellis_register_enable_action (view, "group-by-goal", trellis_project_count_items (project, TRELLIS_TYPE_ACTION) > 0);
  trellis_register_enable_action (view, "set-status", trellis_register_get_editable (view) && selected->len > 0);
}

/* GObject */

static void
trellis_action_table_constructed (GObject *object)
{
  TrellisActionTable *self = TRELLIS_ACTION_TABLE (object);
  TrellisProject *project;

  G_OBJECT_CLASS (trellis_action_table_parent_class)->constructed (object);
  project = trellis_register_get_project (TRELLIS_REGISTER (self));
  gtk_menu_button_set_popover (self->owner_button, trellis_action_owner_popover_new (project, owner_chosen, self));
  gtk_menu_button_set_popover (self->owner_button_short,
                               trellis_action_owner_popover_new (project, owner_chosen, self));
  _trellis_action_table_set_status_menus (self);
}

static void
trellis_action_table_finalize (GObject *object)
{
  TrellisActionTable *self = TRELLIS_ACTION_TABLE (object);

  g_clear_pointer (&self->filter, trellis_action_filter_free);
  g_clear_pointer (&self->goal_ranks, g_hash_table_unref);

  G_OBJECT_CLASS (trellis_action_table_parent_class)->finalize (object);
}

static void
trellis_action_table_class_init (TrellisActionTableClass *klass)
{
  static TrellisRegisterInfo class_info;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TrellisRegisterClass *register_class = TRELLIS_REGISTER_CLASS (klass);

  object_class->constructed = trellis_action_table_constructed;
  object_class->finalize = trellis_action_table_finalize;

  class_info = info;
  class_info.item_type = TRELLIS_TYPE_ACTION;
  class_info.columns = trellis_action_columns_get (&class_info.n_columns);
  register_class->info = &class_info;
  register_class->match = match;
  register_class->set_search = set_search;
  register_class->is_filtered = is_filtered;
  register_class->is_restricted = is_restricted;
  register_class->clear_filters = clear_filters;
  register_class->add_item = add_item;
  register_class->describe_count = describe_count;
  register_class->describe_selection = describe_selection;
  register_class->compare = compare;
  register_class->compare_groups = compare_groups;
  register_class->project_changed = project_changed;
  register_class->update_state = update_state;
  register_class->build_filter_menu = build_filter_menu;

  g_type_ensure (TRELLIS_TYPE_ACTION_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-action-table.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, status_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, owner_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, status_button_short);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, owner_button_short);
}

static void
trellis_action_table_init (TrellisActionTable *self)
{
  self->filter = trellis_action_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  _trellis_action_table_setup_actions (self);
}

/**
 * trellis_action_table_new:
 *
 * Returns: (transfer floating): the action plan of @project
 */
GtkWidget *
trellis_action_table_new (TrellisProject *project)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  return g_object_new (TRELLIS_TYPE_ACTION_TABLE, "project", project, NULL);
}

/**
 * trellis_action_table_select:
 *
 * Selects @action alone and scrolls to it, as "Go To" from the dashboard or
 * the plan check does.
 *
 * Returns: %FALSE if the table does not show @action (a search or filter
 *   hides it)
 */
gboolean
trellis_action_table_select (TrellisActionTable *self,
                             TrellisAction      *action)
{
  g_return_val_if_fail (TRELLIS_IS_ACTION_TABLE (self), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  return trellis_register_select (TRELLIS_REGISTER (self), TRELLIS_ITEM (action));
}
