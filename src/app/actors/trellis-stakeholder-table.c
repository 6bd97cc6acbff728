/* trellis-stakeholder-table.c: the stakeholder register
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of a step's tool page (TrellisToolPage). Like every such view it
 * has an "editable" property, which the page sets for read-only projects.
 *
 * The register lists the project's stakeholders in a column view, over a
 * sort model (the clicked column) over a filter model (the search and the
 * filter menu, trellis_stakeholder_filter_matches()); the panel at the
 * right shows every field of the selected one. The models do not watch the
 * stakeholders' fields, so the project's "changed" signal filters and sorts
 * again, once per main-loop turn; the cells follow their stakeholder.
 *
 * Deleting asks first when actions or other items refer to the stakeholder;
 * undo brings it back, with the same UUID.
 */

#define G_LOG_DOMAIN "trellis-stakeholder-table"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-stakeholder-columns.h"
#include "trellis-stakeholder-panel.h"
#include "trellis-stakeholder-table.h"
#include "trellis-tool-view.h"

struct _TrellisStakeholderTable
{
  GtkWidget                 parent_instance;

  TrellisProject           *project;
  gboolean                  editable;
  TrellisStakeholderFilter *filter;
  GtkFilter                *custom_filter;
  GtkFilterListModel       *filter_model;
  GtkSingleSelection       *selection;
  GSimpleActionGroup       *actions;
  guint                     refresh_id;

  /* Template widgets */
  GtkSearchEntry           *search_entry;
  GtkMenuButton            *filter_button;
  GtkLabel                 *count_label;
  GtkToggleButton          *details_button;
  GtkStack                 *stack;
  GtkStack                 *table_stack;
  AdwFlap                  *flap;
  GtkColumnView            *column_view;
  TrellisStakeholderPanel  *panel;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisStakeholderTable, trellis_stakeholder_table, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The filter menu: a submenu per restriction; "any" is -1. */
typedef struct
{
  const char *action;   /* in the "register" group */
  guint       field;    /* TRELLIS_STAKEHOLDER_FIELD_… */
  const char *title;
  const char *any;
  const char *yes;   /* booleans only */
  const char *no;
} FilterMenu;

static const FilterMenu filter_menus[] = {
  { "filter-helix", TRELLIS_STAKEHOLDER_FIELD_HELIX, N_("_Helix"), N_("Any Helix"), NULL, NULL },
  { "filter-attitude", TRELLIS_STAKEHOLDER_FIELD_ATTITUDE, N_("_Attitude"), N_("Any Attitude"),
    NULL, NULL },
  { "filter-influence", TRELLIS_STAKEHOLDER_FIELD_INFLUENCE, N_("_Influence"), N_("Any Influence"),
    NULL, NULL },
  { "filter-internal", TRELLIS_STAKEHOLDER_FIELD_INTERNAL, N_("_Membership"),
    N_("Members and External Actors"), N_("Cluster Members"), N_("External Actors") },
  { "filter-committed", TRELLIS_STAKEHOLDER_FIELD_COMMITTED, N_("_Commitment"), N_("Committed or Not"),
    N_("Committed Members"), N_("Not Committed") },
};

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

static gboolean
in_project (TrellisStakeholderTable *self,
            TrellisStakeholder      *stakeholder)
{
  const char *uuid = trellis_item_get_uuid (TRELLIS_ITEM (stakeholder));

  return trellis_project_lookup (self->project, uuid) == TRELLIS_ITEM (stakeholder);
}

static void
update_state (TrellisStakeholderTable *self)
{
  guint total = trellis_project_count_items (self->project, TRELLIS_TYPE_STAKEHOLDER);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean restricted = trellis_stakeholder_filter_is_restricted (self->filter);
  g_autofree char *count = NULL;

  if (trellis_stakeholder_filter_is_empty (self->filter))
    /* translators: the size of the register */
    count = g_strdup_printf (ngettext ("%u stakeholder", "%u stakeholders", total), total);
  else
    /* translators: shown of all, such as “12 of 30 stakeholders” */
    count = g_strdup_printf (ngettext ("%u of %u stakeholder", "%u of %u stakeholders", total),
                             shown, total);
  gtk_label_set_label (self->count_label, count);

  if (restricted)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");

  gtk_stack_set_visible_child_name (self->stack, total == 0 ? "empty" : "register");
  /* Nothing to search, filter or show in detail yet. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->details_button), total > 0);
  gtk_stack_set_visible_child_name (self->table_stack, shown == 0 ? "none-found" : "table");

  /* A deleted stakeholder leaves the panel; one filtered away stays in it. */
  {
    TrellisStakeholder *shown_item = trellis_stakeholder_panel_get_stakeholder (self->panel);

    if (shown_item != NULL && !in_project (self, shown_item))
      trellis_stakeholder_panel_set_stakeholder (self->panel, NULL);
  }
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                            "delete")),
                               self->editable && trellis_stakeholder_panel_get_stakeholder (self->panel));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                            "clear-filters")),
                               !trellis_stakeholder_filter_is_empty (self->filter));
}

static void
refilter (TrellisStakeholderTable *self)
{
  gtk_filter_changed (self->custom_filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  TrellisStakeholderTable *self = user_data;
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  self->refresh_id = 0;
  gtk_filter_changed (self->custom_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  update_state (self);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisStakeholderTable *self,
                       TrellisItem             *item)
{
  if (!TRELLIS_IS_STAKEHOLDER (item) || self->refresh_id != 0)
    return;

  self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TrellisStakeholderTable *self = user_data;

  return trellis_stakeholder_filter_matches (self->filter, item);
}

static void
on_selection_notify_selected_item_cb (TrellisStakeholderTable *self)
{
  TrellisStakeholder *stakeholder = gtk_single_selection_get_selected_item (self->selection);

  /* Filtering away the selected row keeps it in the panel. */
  if (stakeholder != NULL)
    trellis_stakeholder_panel_set_stakeholder (self->panel, stakeholder);
  update_state (self);
}

/* Enter or a double click on a row opens its details, also when the
 * panel has folded away in a narrow window. */
static void
on_column_view_activate_cb (TrellisStakeholderTable *self,
                            guint                    position)
{
  g_autoptr(TrellisStakeholder) stakeholder = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (stakeholder == NULL)
    return;
  trellis_stakeholder_panel_set_stakeholder (self->panel, stakeholder);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  update_state (self);
}

static void
on_search_entry_search_changed_cb (TrellisStakeholderTable *self)
{
  trellis_stakeholder_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  refilter (self);
}

static void
on_search_entry_stop_search_cb (TrellisStakeholderTable *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_entry_search_changed_cb (self);
}

/* Actions */

static void
select_stakeholder (TrellisStakeholderTable *self,
                    TrellisStakeholder      *stakeholder)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item != G_OBJECT (stakeholder))
        continue;
      gtk_single_selection_set_selected (self->selection, i);
      if (list_view != NULL)
        gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", i);
      break;
    }
  trellis_stakeholder_panel_set_stakeholder (self->panel, stakeholder);
}

static void
add_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TrellisStakeholderTable *self = user_data;
  TrellisStakeholder *stakeholder;

  stakeholder = trellis_project_add_stakeholder (self->project, NULL, self->filter);
  /* The new one takes the filter's restrictions, but not its search. */
  if (!trellis_stakeholder_filter_matches (self->filter, stakeholder))
    on_search_entry_stop_search_cb (self);
  update_state (self);
  select_stakeholder (self, stakeholder);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  trellis_stakeholder_panel_focus_name (self->panel);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  g_autoptr(TrellisStakeholderTable) self = user_data;
  TrellisStakeholder *stakeholder = g_object_get_data (G_OBJECT (dialog), "stakeholder");

  if (g_strcmp0 (response, "delete") == 0 && self->project != NULL && in_project (self, stakeholder))
    trellis_project_remove_item (self->project, stakeholder);
}

static void
ask_delete (TrellisStakeholderTable *self,
            TrellisStakeholder      *stakeholder,
            const char              *referrers)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = trellis_item_dup_label (TRELLIS_ITEM (stakeholder));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* translators: %s names a stakeholder */
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  body = g_strdup_printf ("%s\n\n%s", referrers,
                          _("They will no longer refer to this stakeholder. You can undo this."));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "stakeholder", g_object_ref (stakeholder), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TrellisStakeholderTable *self = user_data;
  TrellisStakeholder *stakeholder = trellis_stakeholder_panel_get_stakeholder (self->panel);
  g_autofree char *referrers = NULL;

  if (stakeholder == NULL || !self->editable)
    return;

  referrers = trellis_stakeholder_describe_referrers (self->project, stakeholder);
  if (referrers != NULL)
    ask_delete (self, stakeholder, referrers);
  else
    trellis_project_remove_item (self->project, stakeholder);
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TrellisStakeholderTable *self = user_data;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
restriction_change_state (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       user_data)
{
  TrellisStakeholderTable *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  g_simple_action_set_state (action, state);
  for (guint i = 0; i < G_N_ELEMENTS (filter_menus); i++)
    if (g_str_equal (filter_menus[i].action, name))
      trellis_stakeholder_filter_set_restriction (self->filter, filter_menus[i].field,
                                                  g_variant_get_int32 (state));
  refilter (self);
}

static void
clear_filters_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  TrellisStakeholderTable *self = user_data;

  for (guint i = 0; i < G_N_ELEMENTS (filter_menus); i++)
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), filter_menus[i].action,
                                        g_variant_new_int32 (-1));
  on_search_entry_stop_search_cb (self);
}

static const GActionEntry action_entries[] = {
  { "add", add_activated },
  { "delete", delete_activated },
  { "search", search_activated },
  { "clear-filters", clear_filters_activated },
  { "filter-helix", NULL, "i", "-1", restriction_change_state },
  { "filter-attitude", NULL, "i", "-1", restriction_change_state },
  { "filter-influence", NULL, "i", "-1", restriction_change_state },
  { "filter-internal", NULL, "i", "-1", restriction_change_state },
  { "filter-committed", NULL, "i", "-1", restriction_change_state },
};

static void
append_choice (GMenu      *menu,
               const char *label,
               const char *action,
               int         value)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int32 (value));
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_filter_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) submenus = g_menu_new ();
  g_autoptr(GMenu) clear = g_menu_new ();
  TrellisItemClass *klass = g_type_class_ref (TRELLIS_TYPE_STAKEHOLDER);

  for (guint i = 0; i < G_N_ELEMENTS (filter_menus); i++)
    {
      const FilterMenu *info = &filter_menus[i];
      GType type = trellis_item_class_get_field (klass, info->field)->pspec->value_type;
      g_autofree char *action = g_strconcat ("register.", info->action, NULL);
      g_autoptr(GMenu) submenu = g_menu_new ();

      append_choice (submenu, _(info->any), action, -1);
      if (type == G_TYPE_BOOLEAN)
        {
          append_choice (submenu, _(info->yes), action, 1);
          append_choice (submenu, _(info->no), action, 0);
        }
      else
        {
          for (guint v = 0; v < trellis_enum_n_values (type); v++)
            append_choice (submenu, trellis_enum_label (type, v), action, v);
        }
      g_menu_append_submenu (submenus, _(info->title), G_MENU_MODEL (submenu));
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (submenus));
  g_menu_append (clear, _("_Clear Filters"), "register.clear-filters");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clear));
  g_type_class_unref (klass);
  return G_MENU_MODEL (menu);
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

/* GObject */

static void
trellis_stakeholder_table_dispose (GObject *object)
{
  TrellisStakeholderTable *self = TRELLIS_STAKEHOLDER_TABLE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_STAKEHOLDER_TABLE);
  /* The template's top child has no field, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->custom_filter);
  g_clear_object (&self->actions);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_stakeholder_table_parent_class)->dispose (object);
}

static void
trellis_stakeholder_table_finalize (GObject *object)
{
  TrellisStakeholderTable *self = TRELLIS_STAKEHOLDER_TABLE (object);

  g_clear_pointer (&self->filter, trellis_stakeholder_filter_free);

  G_OBJECT_CLASS (trellis_stakeholder_table_parent_class)->finalize (object);
}

static void
trellis_stakeholder_table_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  TrellisStakeholderTable *self = TRELLIS_STAKEHOLDER_TABLE (object);

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
set_editable (TrellisStakeholderTable *self,
              gboolean                 editable)
{
  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "add")),
                               editable);
  trellis_stakeholder_panel_set_editable (self->panel, editable);
  if (self->project != NULL)
    update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_stakeholder_table_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  TrellisStakeholderTable *self = TRELLIS_STAKEHOLDER_TABLE (object);

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
trellis_stakeholder_table_class_init (TrellisStakeholderTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_stakeholder_table_dispose;
  object_class->finalize = trellis_stakeholder_table_finalize;
  object_class->get_property = trellis_stakeholder_table_get_property;
  object_class->set_property = trellis_stakeholder_table_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRELLIS_TYPE_STAKEHOLDER_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-stakeholder-table.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, count_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, details_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, table_stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, flap);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisStakeholderTable, panel);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_stakeholder_table_init (TrellisStakeholderTable *self)
{
  g_autoptr(GMenuModel) menu = build_filter_menu ();

  self->editable = TRUE;
  self->filter = trellis_stakeholder_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "register", G_ACTION_GROUP (self->actions));
  gtk_menu_button_set_menu_model (self->filter_button, menu);

  /* Ctrl+F only while the register shows: shortcuts of unmapped widgets do not run. */
  add_shortcut (GTK_WIDGET (self), GTK_SHORTCUT_SCOPE_MANAGED, "<Control>f", "register.search");
  add_shortcut (GTK_WIDGET (self->column_view), GTK_SHORTCUT_SCOPE_LOCAL, "Delete", "register.delete");
  trellis_stakeholder_columns_add (self->column_view, G_OBJECT (self));
}

static void
set_project (TrellisStakeholderTable *self,
             TrellisProject          *project)
{
  GListModel *items = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  GtkSortListModel *sorted;

  self->custom_filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (items), g_object_ref (self->custom_filter));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_notify_selected_item_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_column_view_activate_cb), self,
                           G_CONNECT_SWAPPED);

  /* The first stakeholder fills the panel, so it never opens empty. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_state (self);
}

/**
 * trellis_stakeholder_table_new:
 *
 * Returns: (transfer floating): the view of @project
 */
GtkWidget *
trellis_stakeholder_table_new (TrellisProject *project)
{
  TrellisStakeholderTable *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_STAKEHOLDER_TABLE, "project", project, NULL);
  set_project (self, project);
  return GTK_WIDGET (self);
}
