/* trellis-register.c: a table of one kind of item, with search, filters, details and bulk edits
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stakeholder register, the action plan and the service portfolio are
 * each a subclass that describes itself (TrellisRegisterInfo: the item
 * type, the columns, the words) and fills the class's functions (the
 * filter, adding, counting).  The register does the rest, the same way
 * for all: the column view over a selection (single, or multiple for a
 * bulk bar), over a sort model (the groups first, if any, then the clicked
 * column), over a filter model (the search and the subclass's filter
 * menu), over trellis_project_get_items(); the empty state; the details
 * panel (a TrellisRegisterPanel) beside the table; adding and deleting
 * (undoable; asking first when other items refer to the one deleted).
 *
 * Its actions are in the "register" group: add, delete, search,
 * clear-filters, dismiss-error, and those a subclass adds.  A subclass's
 * template adds widgets with <child type="toolbar">, <child type="bulk">
 * and <child type="panel">.
 *
 * Cells follow their own item (trellis-register-column.c).  The filter and
 * sort models do not watch fields, so a change to an item of the listed
 * type filters and sorts again, once per main-loop turn.  A page that is
 * not shown does that when it is shown again.
 */

#define G_LOG_DOMAIN "trellis-register"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-register-private.h"
#include "trellis-scroll-slice.h"
#include "trellis-tool-view.h"

static void trellis_register_buildable_init (GtkBuildableIface *iface);

/* Every register is a tool view: its own "project" and "editable" are the
 * interface's. */
G_DEFINE_TYPE_WITH_CODE (TrellisRegister, trellis_register, GTK_TYPE_WIDGET,
                         G_ADD_PRIVATE (TrellisRegister)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, trellis_register_buildable_init)
                         G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

gboolean
_trellis_register_in_project (TrellisRegister *self,
                              TrellisItem     *item)
{
  return trellis_project_lookup (PRIV (self)->project, trellis_item_get_uuid (item)) == item;
}

TrellisItem *
_trellis_register_shown_item (TrellisRegister *self)
{
  return trellis_register_panel_get_item (PRIV (self)->panel);
}

/* Two rows or more selected: the bar to change them all at once. */
static void
update_selection_bar (TrellisRegister *self,
                      guint            n_selected)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  TrellisRegisterClass *klass = TRELLIS_REGISTER_GET_CLASS (self);
  g_autofree char *text = NULL;

  if (klass->describe_selection != NULL)
    text = klass->describe_selection (self, n_selected);
  else
    /* translators: how many rows of a register are selected */
    text = g_strdup_printf (ngettext ("%u row selected", "%u rows selected", n_selected), n_selected);
  gtk_label_set_label (priv->selection_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->bulk_slot), priv->editable && n_selected > 0);
  gtk_action_bar_set_revealed (priv->selection_bar, INFO (self)->multiple && n_selected > 1);
}

void
_trellis_register_update_state (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  TrellisRegisterClass *klass = TRELLIS_REGISTER_GET_CLASS (self);
  guint total = trellis_project_count_items (priv->project, INFO (self)->item_type);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (priv->filter_model));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (priv->selection);
  gboolean filtered = klass->is_filtered (self);
  g_autofree char *count = klass->describe_count (self, filtered ? shown : total, total);
  TrellisItem *item = _trellis_register_shown_item (self);

  gtk_label_set_label (priv->count_label, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->count_label), count);
  update_selection_bar (self, gtk_bitset_get_size (selected));
  if (klass->is_restricted (self))
    gtk_widget_add_css_class (GTK_WIDGET (priv->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (priv->filter_button), "accent");

  gtk_stack_set_visible_child_name (priv->stack, total == 0 ? "empty" : "register");
  /* Nothing to search, filter or show in detail yet. */
  gtk_widget_set_sensitive (GTK_WIDGET (priv->search_entry), total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->filter_button), total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->toolbar_slot), total > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->details_button), total > 0);
  gtk_stack_set_visible_child_name (priv->table_stack, shown == 0 ? "none-found" : "table");

  /* A deleted item leaves the panel; one filtered away stays in it. */
  if (item != NULL && !_trellis_register_in_project (self, item))
    trellis_register_panel_set_item (priv->panel, NULL);
  trellis_register_enable_action (self, "delete", priv->editable && _trellis_register_shown_item (self));
  trellis_register_enable_action (self, "clear-filters", filtered);
  if (klass->update_state != NULL)
    klass->update_state (self);
}

/**
 * trellis_register_refilter:
 *
 * Filters again, after the subclass changed its filter.
 */
void
trellis_register_refilter (TrellisRegister *self)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  gtk_filter_changed (PRIV (self)->filter, GTK_FILTER_CHANGE_DIFFERENT);
  /* New results from their first row, not where the old list was scrolled. */
  trellis_scroll_slice_scroll_to_top (PRIV (self)->rows);
  _trellis_register_update_state (self);
}

/* The groups changed, or grouping was turned on or off. */
void
trellis_register_regroup (TrellisRegister *self)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  gtk_sorter_changed (PRIV (self)->group_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  trellis_scroll_slice_scroll_to_top (PRIV (self)->rows);
}

static void
refresh (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);

  priv->refresh_pending = FALSE;
  gtk_filter_changed (priv->filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (priv->group_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (priv->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  _trellis_register_update_state (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  TrellisRegister *self = user_data;

  PRIV (self)->refresh_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    PRIV (self)->refresh_pending = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (TrellisRegister *self,
                       TrellisItem     *item)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  TrellisRegisterClass *klass = TRELLIS_REGISTER_GET_CLASS (self);

  /* A change made since an edit was refused makes its message stale. */
  gtk_revealer_set_reveal_child (priv->error_revealer, FALSE);
  if (klass->project_changed != NULL)
    klass->project_changed (self, item);
  if (G_OBJECT_TYPE (item) != INFO (self)->item_type && klass->compare_groups == NULL)
    return;
  if (priv->refresh_id == 0)
    priv->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TrellisRegister *self = user_data;

  return TRELLIS_REGISTER_GET_CLASS (self)->match (self, item);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  TrellisRegister *self = user_data;
  TrellisRegisterClass *klass = TRELLIS_REGISTER_GET_CLASS (self);

  if (klass->compare_groups == NULL)
    return 0;
  return klass->compare_groups (self, (TrellisItem *) a, (TrellisItem *) b);
}

/**
 * trellis_register_get_selected:
 *
 * Returns: (transfer container) (element-type TrellisItem): the selected
 *   items, in the table's order
 */
GPtrArray *
trellis_register_get_selected (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (priv->selection);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (priv->selection), position));

  return items;
}

static void
on_selection_changed_cb (TrellisRegister *self)
{
  g_autoptr(GPtrArray) items = trellis_register_get_selected (self);

  /* Unselecting keeps the last one in the panel. */
  if (items->len > 0)
    trellis_register_panel_set_item (PRIV (self)->panel, items->pdata[0]);
  _trellis_register_update_state (self);
}

/* Enter or a double click on a row opens its details, also when the
 * panel has folded away in a narrow window. */
static void
on_column_view_activate_cb (TrellisRegister *self,
                            guint            position)
{
  g_autoptr(TrellisItem) item = g_list_model_get_item (G_LIST_MODEL (PRIV (self)->selection), position);

  if (item == NULL)
    return;
  trellis_register_panel_set_item (PRIV (self)->panel, item);
  adw_flap_set_reveal_flap (PRIV (self)->flap, TRUE);
  _trellis_register_update_state (self);
}

static void
on_search_entry_search_changed_cb (TrellisRegister *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (PRIV (self)->search_entry));

  TRELLIS_REGISTER_GET_CLASS (self)->set_search (self, text);
  trellis_register_refilter (self);
}

void
_trellis_register_stop_search (TrellisRegister *self)
{
  gtk_editable_set_text (GTK_EDITABLE (PRIV (self)->search_entry), "");
  on_search_entry_search_changed_cb (self);
}

void
trellis_register_clear_search (TrellisRegister *self)
{
  g_return_if_fail (TRELLIS_IS_REGISTER (self));

  _trellis_register_stop_search (self);
}

static void
on_search_entry_stop_search_cb (TrellisRegister *self)
{
  _trellis_register_stop_search (self);
}

/* Buildable: the slots a subclass's template fills */

static void
trellis_register_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  TrellisRegister *self = TRELLIS_REGISTER (buildable);
  TrellisRegisterPrivate *priv = PRIV (self);

  if (g_strcmp0 (type, "toolbar") == 0)
    {
      gtk_box_append (priv->toolbar_slot, GTK_WIDGET (child));
      gtk_widget_set_visible (GTK_WIDGET (priv->toolbar_slot), TRUE);
    }
  else if (g_strcmp0 (type, "bulk") == 0)
    gtk_box_append (priv->bulk_slot, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "panel") == 0)
    {
      priv->panel = TRELLIS_REGISTER_PANEL (child);
      adw_flap_set_flap (priv->flap, GTK_WIDGET (child));
    }
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
trellis_register_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = trellis_register_add_child;
}

/* Default class functions: no filter beyond the search, values in order */

static gboolean
default_match (TrellisRegister *self,
               TrellisItem     *item)
{
  return TRUE;
}

static gboolean
default_is_filtered (TrellisRegister *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (PRIV (self)->search_entry)) != '\0';
}

static gboolean
default_is_restricted (TrellisRegister *self)
{
  return FALSE;
}

static void
default_nothing (TrellisRegister *self)
{
}

static void
default_set_search (TrellisRegister *self,
                    const char      *text)
{
}

static int
default_compare (TrellisRegister *self,
                 TrellisItem     *a,
                 TrellisItem     *b,
                 guint            field)
{
  GParamSpec *pspec = trellis_item_class_get_field (TRELLIS_ITEM_GET_CLASS (a), field)->pspec;
  g_auto(GValue) va = G_VALUE_INIT;
  g_auto(GValue) vb = G_VALUE_INIT;

  g_value_init (&va, pspec->value_type);
  g_value_init (&vb, pspec->value_type);
  g_object_get_property (G_OBJECT (a), pspec->name, &va);
  g_object_get_property (G_OBJECT (b), pspec->name, &vb);
  if (G_VALUE_HOLDS_STRING (&va))
    return g_utf8_collate (g_value_get_string (&va) ? g_value_get_string (&va) : "",
                           g_value_get_string (&vb) ? g_value_get_string (&vb) : "");
  if (G_VALUE_HOLDS_ENUM (&va))
    return g_value_get_enum (&va) - g_value_get_enum (&vb);
  if (G_VALUE_HOLDS_UINT (&va))
    return (g_value_get_uint (&va) > g_value_get_uint (&vb)) - (g_value_get_uint (&va) < g_value_get_uint (&vb));
  if (G_VALUE_HOLDS_INT (&va))
    return g_value_get_int (&va) - g_value_get_int (&vb);
  if (G_VALUE_HOLDS_BOOLEAN (&va))
    return g_value_get_boolean (&va) - g_value_get_boolean (&vb);
  return 0;
}

/* GObject */

static void
trellis_register_map (GtkWidget *widget)
{
  TrellisRegister *self = TRELLIS_REGISTER (widget);

  GTK_WIDGET_CLASS (trellis_register_parent_class)->map (widget);
  if (PRIV (self)->refresh_pending)
    refresh (self);
}

static void
trellis_register_dispose (GObject *object)
{
  TrellisRegister *self = TRELLIS_REGISTER (object);
  TrellisRegisterPrivate *priv = PRIV (self);
  GtkWidget *child;

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (priv->column_view != NULL)
    gtk_column_view_set_model (priv->column_view, NULL);
  /* The subclasses' templates fill the slots (add_child ()), which GTK
   * 4.8's gtk_widget_dispose_template () does not expect: it aborts on
   * them.  Unparenting the top child drops the widgets; the template
   * references go with the widget. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  priv->panel = NULL;
  g_clear_object (&priv->filter_menu);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->filter_model);
  g_clear_object (&priv->filter);
  g_clear_object (&priv->group_sorter);
  g_clear_object (&priv->actions);
  g_clear_object (&priv->project);

  G_OBJECT_CLASS (trellis_register_parent_class)->dispose (object);
}

static void
trellis_register_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TrellisRegister *self = TRELLIS_REGISTER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, PRIV (self)->project);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, PRIV (self)->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_editable (TrellisRegister *self,
              gboolean         editable)
{
  TrellisRegisterPrivate *priv = PRIV (self);

  editable = !!editable;
  if (priv->editable == editable)
    return;

  priv->editable = editable;
  trellis_register_enable_action (self, "add", editable);
  /* The cells take "editable" as they are made. */
  for (guint i = 0; priv->column_view != NULL && i < g_list_model_get_n_items (gtk_column_view_get_columns (priv->column_view)); i++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        g_list_model_get_item (gtk_column_view_get_columns (priv->column_view), i);

      trellis_register_column_renew (self, column);
    }
  if (priv->panel != NULL)
    trellis_register_panel_set_editable (priv->panel, editable);
  if (priv->project != NULL)
    _trellis_register_update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
trellis_register_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TrellisRegister *self = TRELLIS_REGISTER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      PRIV (self)->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_words (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  const TrellisRegisterInfo *info = INFO (self);
  g_autofree char *add_name = trellis_register_strip_mnemonic (_(info->add_label));

  g_object_set (priv->search_entry, "placeholder-text", _(info->search_placeholder), NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->search_entry), _(info->search_tooltip));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(info->search_placeholder), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->filter_button), _(info->filter_tooltip));
  adw_button_content_set_label (priv->add_content, _(info->add_label));
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->add_button), _(info->add_tooltip));
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->add_button_short), add_name);
  gtk_button_set_label (priv->empty_add_button, _(info->add_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->add_button_short), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  add_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->empty_add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  add_name, -1);
  adw_status_page_set_icon_name (priv->empty_page, info->icon_name);
  adw_status_page_set_title (priv->empty_page, _(info->empty_title));
  adw_status_page_set_description (priv->empty_page, _(info->empty_description));
  adw_status_page_set_title (priv->none_found_page, _(info->none_found_title));
}

/* Ctrl+A selects every row, those not made yet too; in a cell's text it
 * selects the text. */
static gboolean
select_all_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  TrellisRegisterPrivate *priv = PRIV (TRELLIS_REGISTER (user_data));

  if (trellis_scroll_slice_focus_in_text (widget) || !INFO (user_data)->multiple)
    return FALSE;
  trellis_scroll_slice_reveal_all (priv->rows);
  gtk_selection_model_select_all (priv->selection);
  return TRUE;
}

/* Ctrl+A and End reach the rows not made yet. */
static void
add_key_shortcuts (TrellisRegister *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_a, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (select_all_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (PRIV (self)->column_view), controller);
  trellis_scroll_slice_add_end_keys (PRIV (self)->rows, GTK_WIDGET (PRIV (self)->column_view));
}

/* GTK 4.8's column view makes a row of widgets for up to 200 rows,
 * whatever it shows, and a register row is a dozen cells: so the view
 * gets the first rows of the sorted list, more as it is scrolled
 * (trellis-scroll-slice.c).  Positions in the selection are positions in
 * the sorted list. */
#define REGISTER_ROWS_STEP 40

static void
set_up_models (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);
  GListModel *items = trellis_project_get_items (priv->project, INFO (self)->item_type);
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkSortListModel *sorted;

  priv->filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  priv->filter_model = gtk_filter_list_model_new (g_object_ref (items), g_object_ref (priv->filter));
  priv->group_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_groups, self, NULL));
  gtk_multi_sorter_append (sorter, g_object_ref (priv->group_sorter));
  gtk_multi_sorter_append (sorter, g_object_ref (gtk_column_view_get_sorter (priv->column_view)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (priv->filter_model)), GTK_SORTER (sorter));
  priv->rows = trellis_scroll_slice_new (G_LIST_MODEL (sorted), REGISTER_ROWS_STEP);
  if (INFO (self)->multiple)
    priv->selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (G_LIST_MODEL (priv->rows)));
  else
    {
      GtkSingleSelection *single = gtk_single_selection_new (G_LIST_MODEL (priv->rows));

      gtk_single_selection_set_autoselect (single, FALSE);
      gtk_single_selection_set_can_unselect (single, TRUE);
      gtk_single_selection_set_selected (single, GTK_INVALID_LIST_POSITION);
      priv->selection = GTK_SELECTION_MODEL (single);
    }
  gtk_column_view_set_model (priv->column_view, priv->selection);
  trellis_scroll_slice_follow (priv->rows, GTK_WIDGET (priv->column_view));
  add_key_shortcuts (self);
  /* A new order starts from the top, as a new search does. */
  g_signal_connect_object (gtk_column_view_get_sorter (priv->column_view), "changed",
                           G_CALLBACK (trellis_scroll_slice_scroll_to_top), priv->rows, G_CONNECT_SWAPPED);
}

static void
trellis_register_constructed (GObject *object)
{
  TrellisRegister *self = TRELLIS_REGISTER (object);
  TrellisRegisterPrivate *priv = PRIV (self);
  const TrellisRegisterInfo *info = INFO (self);

  G_OBJECT_CLASS (trellis_register_parent_class)->constructed (object);
  g_return_if_fail (TRELLIS_IS_PROJECT (priv->project) && priv->panel != NULL);

  set_words (self);
  _trellis_register_add_exchange_menu (self);
  for (guint i = 0; i < info->n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = trellis_register_column_new (self, &info->columns[i]);

      gtk_column_view_append_column (priv->column_view, column);
    }
  trellis_register_panel_set_project (priv->panel, priv->project);
  trellis_register_panel_set_editable (priv->panel, priv->editable);
  set_up_models (self);

  g_signal_connect_object (priv->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->filter_model, "items-changed", G_CALLBACK (_trellis_register_update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->column_view, "activate", G_CALLBACK (on_column_view_activate_cb), self,
                           G_CONNECT_SWAPPED);

  /* The first item fills the panel, so it never opens empty. */
  if (g_list_model_get_n_items (G_LIST_MODEL (priv->selection)) > 0)
    gtk_selection_model_select_item (priv->selection, 0, TRUE);
  _trellis_register_update_state (self);
}

static void
trellis_register_class_init (TrellisRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = trellis_register_constructed;
  object_class->dispose = trellis_register_dispose;
  object_class->get_property = trellis_register_get_property;
  object_class->set_property = trellis_register_set_property;
  widget_class->map = trellis_register_map;
  klass->match = default_match;
  klass->set_search = default_set_search;
  klass->is_filtered = default_is_filtered;
  klass->is_restricted = default_is_restricted;
  klass->clear_filters = default_nothing;
  klass->compare = default_compare;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/trellis/Trellis/ui/trellis-register.ui");
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, search_entry);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, filter_button);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, toolbar_slot);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, count_label);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, add_button);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, add_content);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, add_button_short);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, details_button);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, error_revealer);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, error_label);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, stack);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, empty_page);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, empty_add_button);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, table_stack);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, none_found_page);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, flap);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, column_view);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, selection_bar);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, selection_label);
  gtk_widget_class_bind_template_child_private (widget_class, TrellisRegister, bulk_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
trellis_register_init (TrellisRegister *self)
{
  TrellisRegisterPrivate *priv = PRIV (self);

  priv->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  _trellis_register_setup_actions (self);
}

TrellisRegisterPrivate *
_trellis_register_get_private (TrellisRegister *self)
{
  return trellis_register_get_instance_private (self);
}
