/* trellis-action-table.c: the action plan as a table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of the strategy step's tool page (TrellisToolPage), with the
 * "editable" property every such view has.
 *
 * The actions show in a column view over a multi-selection, over a sort
 * model (first the goal groups, then the clicked column), over a filter
 * model (the search and the filter menu, trellis_action_filter_matches()).
 * The panel at the right shows every field of the first selected action;
 * "Change Status…" and "Change Owner…" act on all the selected ones as one
 * undo step.
 *
 * GTK 4.8 has no column view sections, so “Group by Goal” groups by
 * sorting: the goals' order comes first, the clicked column orders the
 * actions of each goal, and the goal column moves to the front, where
 * each group's goal title starts.  A tree list model would add header
 * rows that are not actions, for the selection, the bulk edits and every
 * cell to step around; sorting keeps every row an action.
 *
 * The models do not watch the actions' fields, so the project's "changed"
 * signal filters and sorts again, once per main-loop turn.
 */

#define G_LOG_DOMAIN "trellis-action-table"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-columns.h"
#include "trellis-action-owner.h"
#include "trellis-action-panel.h"
#include "trellis-action-table-private.h"
#include "trellis-tool-view.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisActionTable, trellis_action_table, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_trellis_action_table_enable_action (TrellisActionTable *self,
                                     const char         *name,
                                     gboolean            enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static gboolean
in_project (TrellisActionTable *self,
            TrellisAction      *action)
{
  return trellis_project_lookup (self->project, trellis_item_get_uuid (TRELLIS_ITEM (action))) == TRELLIS_ITEM (action);
}

/* The selected actions, in the table's order. */
GPtrArray *
_trellis_action_table_selected_actions (TrellisActionTable *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *actions = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (actions, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  return actions;
}

/* Two rows or more selected: the bar to change them all at once. */
static void
update_selection_bar (TrellisActionTable *self,
                      guint               n_selected)
{
  GtkWidget *buttons[] = { GTK_WIDGET (self->status_button), GTK_WIDGET (self->owner_button),
                           GTK_WIDGET (self->status_button_short), GTK_WIDGET (self->owner_button_short) };
  g_autofree char *text = NULL;

  /* translators: how many rows of the action plan are selected */
  text = g_strdup_printf (ngettext ("%u action selected", "%u actions selected", n_selected), n_selected);
  gtk_label_set_label (self->selection_label, text);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_widget_set_sensitive (buttons[i], self->editable && n_selected > 0);
  gtk_action_bar_set_revealed (self->selection_bar, n_selected > 1);
}

void
_trellis_action_table_update_state (TrellisActionTable *self)
{
  guint total = trellis_project_count_items (self->project, TRELLIS_TYPE_ACTION);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_selected = gtk_bitset_get_size (selected);
  g_autofree char *count = NULL;
  TrellisAction *shown_item;

  if (trellis_action_filter_is_empty (self->filter))
    /* translators: the size of the action plan */
    count = g_strdup_printf (ngettext ("%u action", "%u actions", total), total);
  else
    /* translators: shown of all, such as “4 of 13 actions” */
    count = g_strdup_printf (ngettext ("%u of %u action", "%u of %u actions", total), shown, total);
  gtk_label_set_label (self->count_label, count);
  update_selection_bar (self, n_selected);

  if (trellis_action_filter_is_restricted (self->filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");

  gtk_stack_set_visible_child_name (self->stack, total == 0 ? "empty" : "plan");
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), total > 0);
  _trellis_action_table_enable_action (self, "group-by-goal", total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->details_button), total > 0);
  gtk_stack_set_visible_child_name (self->table_stack, shown == 0 ? "none-found" : "table");

  /* A deleted action leaves the panel; one filtered away stays in it. */
  shown_item = trellis_action_panel_get_action (self->panel);
  if (shown_item != NULL && !in_project (self, shown_item))
    trellis_action_panel_set_action (self->panel, NULL);
  _trellis_action_table_enable_action (self, "delete", self->editable && trellis_action_panel_get_action (self->panel) != NULL);
  _trellis_action_table_enable_action (self, "set-status", self->editable && n_selected > 0);
  _trellis_action_table_enable_action (self, "clear-filters", !trellis_action_filter_is_empty (self->filter));
}

void
_trellis_action_table_refilter (TrellisActionTable *self)
{
  gtk_filter_changed (self->custom_filter, GTK_FILTER_CHANGE_DIFFERENT);
  _trellis_action_table_update_state (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  TrellisActionTable *self = user_data;

  self->refresh_id = 0;
  gtk_filter_changed (self->custom_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->group_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  _trellis_action_table_rebuild_menus (self);
  _trellis_action_table_update_state (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisActionTable *self,
                       TrellisItem        *item)
{
  if (!TRELLIS_IS_ACTION (item) && !TRELLIS_IS_GOAL (item) && !TRELLIS_IS_STAKEHOLDER (item))
    return;
  /* A change made since an edit was refused makes its message stale. */
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TrellisActionTable *self = user_data;

  return trellis_action_filter_matches (self->filter, self->project, item);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  TrellisActionTable *self = user_data;

  if (!self->grouped)
    return 0;
  return trellis_action_compare_goals (self->project, (TrellisAction *) a, (TrellisAction *) b);
}

static void
show_error (const char *message,
            gpointer    user_data)
{
  TrellisActionTable *self = user_data;

  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
on_selection_changed_cb (TrellisActionTable *self)
{
  g_autoptr(GPtrArray) actions = _trellis_action_table_selected_actions (self);

  /* Unselecting keeps the last one in the panel. */
  if (actions->len > 0)
    trellis_action_panel_set_action (self->panel, actions->pdata[0]);
  _trellis_action_table_update_state (self);
}

static void
on_column_view_activate_cb (TrellisActionTable *self,
                            guint               position)
{
  g_autoptr(TrellisAction) action = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (action == NULL)
    return;
  trellis_action_panel_set_action (self->panel, action);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  _trellis_action_table_update_state (self);
}

static void
on_search_entry_search_changed_cb (TrellisActionTable *self)
{
  trellis_action_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  _trellis_action_table_refilter (self);
}

static void
on_search_entry_stop_search_cb (TrellisActionTable *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_entry_search_changed_cb (self);
}

void
_trellis_action_table_clear_search (TrellisActionTable *self)
{
  on_search_entry_stop_search_cb (self);
}

static void
owner_chosen (const char *owner,
              const char *owner_name,
              gpointer    user_data)
{
  TrellisActionTable *self = user_data;
  g_autoptr(GPtrArray) actions = _trellis_action_table_selected_actions (self);

  if (!self->editable || actions->len == 0)
    return;
  trellis_plan_set_owner (self->project, actions, owner, owner_name);
}

/* GObject */

static void
trellis_action_table_dispose (GObject *object)
{
  TrellisActionTable *self = TRELLIS_ACTION_TABLE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_ACTION_TABLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->custom_filter);
  g_clear_object (&self->group_sorter);
  g_clear_object (&self->actions);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_action_table_parent_class)->dispose (object);
}

static void
trellis_action_table_finalize (GObject *object)
{
  TrellisActionTable *self = TRELLIS_ACTION_TABLE (object);

  g_clear_pointer (&self->filter, trellis_action_filter_free);

  G_OBJECT_CLASS (trellis_action_table_parent_class)->finalize (object);
}

static void
trellis_action_table_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TrellisActionTable *self = TRELLIS_ACTION_TABLE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_editable (TrellisActionTable *self,
              gboolean            editable)
{
  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  _trellis_action_table_enable_action (self, "add", editable);
  trellis_action_panel_set_editable (self->panel, editable);
  if (self->project != NULL)
    _trellis_action_table_update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_action_table_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TrellisActionTable *self = TRELLIS_ACTION_TABLE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_action_table_class_init (TrellisActionTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_action_table_dispose;
  object_class->finalize = trellis_action_table_finalize;
  object_class->get_property = trellis_action_table_get_property;
  object_class->set_property = trellis_action_table_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRELLIS_TYPE_ACTION_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-action-table.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, count_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, status_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, owner_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, status_button_short);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, owner_button_short);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, selection_bar);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, selection_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, details_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, error_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, table_stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, flap);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisActionTable, panel);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_action_table_init (TrellisActionTable *self)
{
  self->editable = TRUE;
  self->filter = trellis_action_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  _trellis_action_table_setup_actions (self);
}

static void
set_project (TrellisActionTable *self,
             TrellisProject     *project)
{
  GListModel *items = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkSortListModel *sorted;

  trellis_action_panel_set_project (self->panel, project);
  trellis_action_columns_add (self->column_view, project, G_OBJECT (self), show_error, self);
  gtk_menu_button_set_popover (self->owner_button, trellis_action_owner_popover_new (project, owner_chosen, self));
  gtk_menu_button_set_popover (self->owner_button_short,
                               trellis_action_owner_popover_new (project, owner_chosen, self));

  self->custom_filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (items), g_object_ref (self->custom_filter));
  self->group_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_groups, self, NULL));
  gtk_multi_sorter_append (sorter, g_object_ref (self->group_sorter));
  gtk_multi_sorter_append (sorter, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)), GTK_SORTER (sorter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (_trellis_action_table_update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_column_view_activate_cb), self,
                           G_CONNECT_SWAPPED);

  _trellis_action_table_rebuild_menus (self);
  /* The first action fills the panel, so it never opens empty. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), 0, TRUE);
  _trellis_action_table_update_state (self);
}

/**
 * trellis_action_table_new:
 *
 * Returns: (transfer floating): the action plan of @project
 */
GtkWidget *
trellis_action_table_new (TrellisProject *project)
{
  TrellisActionTable *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_ACTION_TABLE, "project", project, NULL);
  set_project (self, project);
  return GTK_WIDGET (self);
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
  GListModel *rows;
  guint n;

  g_return_val_if_fail (TRELLIS_IS_ACTION_TABLE (self), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  rows = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (row == G_OBJECT (action))
        {
          /* GTK 4.8's column view has no scroll_to (): its list view has the action. */
          for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child != NULL;
               child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_LIST_VIEW (child))
              gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          return TRUE;
        }
    }
  return FALSE;
}
