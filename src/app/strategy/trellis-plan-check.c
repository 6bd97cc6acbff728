/* trellis-plan-check.c: the plan's warnings, traceability and periodic reviews
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tool of step 4 for the weeks between board meetings: what is missing
 * or inconsistent in the plan (trellis_plan_list_warnings), grouped by
 * kind; the last review and what changed since (trellis-plan-check-
 * review.c); and a traceability explorer, where any SWOT item, strategy,
 * goal or action shows what it comes from and what it leads to.
 *
 * Activating a warning or a change opens a popover with the trace of its
 * item (TrellisTracePanel) and a button to its page.  Everything follows
 * the project's "changed" signal; the sections are rebuilt only when what
 * they list differs.  Read-only, the view only offers navigation.
 */

#define G_LOG_DOMAIN "trellis-plan-check"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-plan-check-private.h"
#include "trellis-plan-check-row.h"
#include "trellis-scroll-slice.h"
#include "trellis-tool-view.h"
#include "trellis-trace-panel.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (TrellisPlanCheck, trellis_plan_check, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (TRELLIS_TYPE_TOOL_VIEW, NULL))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows the lists make at first, and then as they are scrolled: about two
 * screenfuls of their height. */
#define WARNING_ROWS_STEP 20
#define TRACE_ROWS_STEP   20

/* Warnings, by kind: the groups' order; circles first, they block the most. */
static const TrellisPlanWarningKind kind_order[] = {
  TRELLIS_PLAN_DEPENDENCY_CYCLE, TRELLIS_PLAN_GOAL_WITHOUT_ACTION, TRELLIS_PLAN_ACTION_WITHOUT_GOAL,
  TRELLIS_PLAN_ACTION_WITHOUT_OWNER, TRELLIS_PLAN_ACTION_WITHOUT_DUE, TRELLIS_PLAN_ACTION_ENDS_BEFORE_START,
  TRELLIS_PLAN_STARTS_BEFORE_DEPENDENCY, TRELLIS_PLAN_MILESTONE_AFTER_ACTION, TRELLIS_PLAN_CRITICAL_OWNER,
  TRELLIS_PLAN_BUDGET_OVERRUN,
};
/* A kind missing here would not be shown at all. */
G_STATIC_ASSERT (G_N_ELEMENTS (kind_order) == TRELLIS_PLAN_BUDGET_OVERRUN + 1);

static char *
make_warnings_signature (GPtrArray *warnings)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      TrellisPlanWarning *warning = warnings->pdata[i];

      g_string_append_printf (signature, "%d:%s:%s\n", warning->kind,
                              trellis_item_get_uuid (warning->item), warning->message);
    }
  return g_string_free (signature, FALSE);
}

static void
on_trace_row_activated_cb (TrellisPlanCheck *self,
                           AdwActionRow     *row)
{
  TrellisItem *item = g_object_get_data (G_OBJECT (row), "item");

  trellis_plan_check_show_trace (self, item, GTK_WIDGET (row));
}

/* A row that opens the trace of @item; used for warnings and changes. */
GtkWidget *
_trellis_plan_check_create_item_row (TrellisPlanCheck *self,
                                     TrellisItem      *item,
                                     const char       *title,
                                     const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (trellis_trace_item_icon_name (item));
  GtkWidget *button = gtk_button_new_with_label (_("Trace…"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  /* Cut short on a narrow window: the tooltip has all of it. */
  gtk_widget_set_tooltip_text (row, title);
  gtk_widget_set_tooltip_text (icon, trellis_trace_item_kind (item));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show where it comes from and what it leads to"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_trace_row_activated_cb), row,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_trace_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* The model's items, grouped in kind_order; the first of a group knows its size. */
static GPtrArray *
group_warnings (GPtrArray *warnings)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
    {
      guint n = 0;
      gboolean first = TRUE;

      for (guint i = 0; i < warnings->len; i++)
        n += ((TrellisPlanWarning *) warnings->pdata[i])->kind == kind_order[k];
      for (guint i = 0; i < warnings->len && n > 0; i++)
        {
          TrellisPlanWarning *warning = warnings->pdata[i];

          if (warning->kind != kind_order[k])
            continue;
          g_ptr_array_add (items, trellis_plan_check_warning_new (warning, first ? n : 0));
          first = FALSE;
        }
    }
  return items;
}

static int
count_groups (GPtrArray *items)
{
  int n = 0;

  for (guint i = 0; i < items->len; i++)
    n += trellis_plan_check_warning_get_n_of_kind (items->pdata[i]) > 0;
  return n;
}

static void
update_warnings (TrellisPlanCheck *self)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (self->project);
  g_autofree char *signature = make_warnings_signature (warnings);
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (g_strcmp0 (signature, self->warnings_signature) == 0)
    return;
  g_free (self->warnings_signature);
  self->warnings_signature = g_steal_pointer (&signature);

  items = group_warnings (warnings);
  g_list_store_splice (self->warnings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->warnings)),
                       items->pdata, items->len);
  /* A grid view's natural height is a guess before its rows are measured:
   * a few warnings get room for themselves, many a page to scroll. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->warnings_box),
                                              MIN (560, (int) items->len * 48 + count_groups (items) * 80 + 16));

  if (warnings->len == 0)
    summary = g_strdup (_("The plan is consistent"));
  else
    /* translators: the heading over the plan's warnings */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning to look at", "%u warnings to look at",
                                            warnings->len), warnings->len);
  gtk_label_set_label (GTK_LABEL (self->summary_label), summary);
  gtk_widget_set_visible (self->no_warnings_page, warnings->len == 0);
  gtk_widget_set_visible (self->warnings_box, warnings->len > 0);
}

/* The traceability explorer */

static const GType *
traced_types (guint *n_types)
{
  static GType types[4];

  types[0] = TRELLIS_TYPE_SWOT_ITEM;
  types[1] = TRELLIS_TYPE_TOWS_STRATEGY;
  types[2] = TRELLIS_TYPE_GOAL;
  types[3] = TRELLIS_TYPE_ACTION;
  *n_types = G_N_ELEMENTS (types);
  return types;
}

/* The items of the four kinds, one list after the other, as the project holds them. */
static GListModel *
create_traced_items (TrellisProject *project)
{
  GListStore *lists = g_list_store_new (G_TYPE_LIST_MODEL);
  guint n_types;
  const GType *types = traced_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    g_list_store_append (lists, trellis_project_get_items (project, types[t]));
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (lists)));
}

static gboolean
match_trace_item (gpointer object,
                  gpointer user_data)
{
  TrellisPlanCheck *self = user_data;
  TrellisItem *item = object;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *haystack = NULL;

  if (self->trace_needle == NULL)
    return TRUE;
  title = trellis_trace_item_dup_title (item);
  text = g_strconcat (title, " ", trellis_trace_item_kind (item), NULL);
  haystack = g_utf8_casefold (text, -1);
  return strstr (haystack, self->trace_needle) != NULL;
}

static void
on_trace_search_changed_cb (TrellisPlanCheck *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->trace_search));

  g_clear_pointer (&self->trace_needle, g_free);
  if (*text != '\0')
    self->trace_needle = g_utf8_casefold (text, -1);
  gtk_filter_changed (self->trace_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_trace_selection_notify_cb (TrellisPlanCheck *self)
{
  TrellisItem *item = gtk_single_selection_get_selected_item (self->trace_selection);

  if (item == NULL)
    return;
  g_free (self->trace_uuid);
  self->trace_uuid = g_strdup (trellis_item_get_uuid (item));
  trellis_trace_panel_set_item (TRELLIS_TRACE_PANEL (self->trace_panel), item);
}

/* The first goal, where there is one, so the section never starts empty. */
static void
pick_first_trace_item (TrellisPlanCheck *self)
{
  GListModel *items = gtk_slice_list_model_get_model (self->trace_rows);
  guint n = g_list_model_get_n_items (items);
  guint position = 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisItem) item = g_list_model_get_item (items, i);

      if (TRELLIS_IS_GOAL (item))
        {
          position = i;
          break;
        }
    }
  trellis_scroll_slice_reveal (self->trace_rows, position);
  gtk_single_selection_set_selected (self->trace_selection, position);
  /* Once the list has its size: scrolled before, a GTK 4.8 grid view
   * guesses the rows' height and leaves a gap. */
  trellis_scroll_slice_scroll_to (self->trace_rows, GTK_WIDGET (self->trace_view), position);
}

/* The rows of the traceability list, recycled: an icon, the title and the kind. */

static void
show_trace_item (GtkListItem *list_item)
{
  TrellisItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_last_child (box));
  g_autofree char *text = item != NULL ? trellis_trace_item_dup_title (item) : NULL;

  if (item == NULL)
    return;
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), trellis_trace_item_icon_name (item));
  gtk_label_set_label (GTK_LABEL (title), text);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (title)), trellis_trace_item_kind (item));
  gtk_widget_set_tooltip_text (box, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
on_trace_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), kind);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (list_item, box);
}

/* A title edited elsewhere shows at once. */
static void
on_trace_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  gulong id = g_signal_connect_swapped (gtk_list_item_get_item (list_item), "notify",
                                        G_CALLBACK (show_trace_item), list_item);

  g_object_set_data (G_OBJECT (list_item), "trellis-notify-id", GSIZE_TO_POINTER (id));
  show_trace_item (list_item);
}

static void
on_trace_unbind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "trellis-notify-id"));

  if (id != 0)
    g_signal_handler_disconnect (gtk_list_item_get_item (list_item), id);
  g_object_set_data (G_OBJECT (list_item), "trellis-notify-id", NULL);
}

static void
set_up_trace_view (TrellisPlanCheck *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;

  self->trace_filter = GTK_FILTER (gtk_custom_filter_new (match_trace_item, self, NULL));
  filtered = gtk_filter_list_model_new (create_traced_items (self->project), g_object_ref (self->trace_filter));
  /* Grid views of one column keep 30 rows; these show about ten, so they
   * get their first rows, more as they are scrolled. */
  self->trace_rows = trellis_scroll_slice_new (G_LIST_MODEL (filtered), TRACE_ROWS_STEP);
  self->trace_selection = gtk_single_selection_new (G_LIST_MODEL (self->trace_rows));
  gtk_single_selection_set_autoselect (self->trace_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->trace_selection, TRUE);
  gtk_single_selection_set_selected (self->trace_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->trace_selection, "notify::selected-item",
                           G_CALLBACK (on_trace_selection_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (on_trace_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_trace_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_trace_unbind_cb), NULL);
  gtk_grid_view_set_factory (self->trace_view, factory);
  gtk_grid_view_set_model (self->trace_view, GTK_SELECTION_MODEL (self->trace_selection));
  trellis_scroll_slice_follow (self->trace_rows, GTK_WIDGET (self->trace_view));
}

/* The warnings' rows, recycled */

static void
on_warning_row_trace_cb (TrellisPlanCheck    *self,
                         TrellisPlanCheckRow *row)
{
  TrellisPlanCheckWarning *warning = trellis_plan_check_row_get_warning (row);

  if (warning != NULL)
    trellis_plan_check_show_trace (self, trellis_plan_check_warning_get_item (warning), GTK_WIDGET (row));
}

static void
on_warnings_setup_cb (TrellisPlanCheck *self,
                      GtkListItem      *list_item)
{
  GtkWidget *row = trellis_plan_check_row_new ();

  g_signal_connect_object (row, "trace", G_CALLBACK (on_warning_row_trace_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static void
on_warnings_bind_cb (TrellisPlanCheck *self,
                     GtkListItem      *list_item)
{
  trellis_plan_check_row_set_warning (TRELLIS_PLAN_CHECK_ROW (gtk_list_item_get_child (list_item)),
                                      gtk_list_item_get_item (list_item));
}

/* Enter on a warning: its trace, pointing at its row when it has the focus. */
static void
on_warnings_view_activate_cb (TrellisPlanCheck *self,
                              guint             position)
{
  g_autoptr(TrellisPlanCheckWarning) warning = g_list_model_get_item (G_LIST_MODEL (self->warnings), position);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, TRELLIS_TYPE_PLAN_CHECK_ROW) : NULL;

  /* The grid view focuses the cell around the row. */
  if (focus != NULL && row == NULL && TRELLIS_IS_PLAN_CHECK_ROW (gtk_widget_get_first_child (focus)))
    row = gtk_widget_get_first_child (focus);
  if (warning != NULL)
    trellis_plan_check_show_trace (self, trellis_plan_check_warning_get_item (warning), row);
}

static void
set_up_warnings_view (TrellisPlanCheck *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->warnings = g_list_store_new (TRELLIS_TYPE_PLAN_CHECK_WARNING);
  self->warnings_rows = trellis_scroll_slice_new (g_object_ref (G_LIST_MODEL (self->warnings)), WARNING_ROWS_STEP);
  selection = gtk_no_selection_new (G_LIST_MODEL (self->warnings_rows));
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_warnings_setup_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_warnings_bind_cb), self, G_CONNECT_SWAPPED);
  gtk_grid_view_set_factory (self->warnings_view, factory);
  gtk_grid_view_set_model (self->warnings_view, GTK_SELECTION_MODEL (selection));
  trellis_scroll_slice_follow (self->warnings_rows, GTK_WIDGET (self->warnings_view));
}

/* The popover */

/**
 * trellis_plan_check_show_trace:
 * @from: (nullable): the widget the popover points at
 *
 * Opens the trace of @item, with a button to the page where it lives.
 */
void
trellis_plan_check_show_trace (TrellisPlanCheck *self,
                               TrellisItem      *item,
                               GtkWidget        *from)
{
  g_autofree char *label = NULL;
  graphene_rect_t bounds;

  g_return_if_fail (TRELLIS_IS_PLAN_CHECK (self));
  g_return_if_fail (TRELLIS_IS_ITEM (item));

  trellis_trace_panel_set_item (TRELLIS_TRACE_PANEL (self->popover_panel), item);
  /* translators: a button; %s is a kind of item, such as “Goal” */
  label = g_strdup_printf (_("Go to %s"), trellis_trace_item_kind (item));
  gtk_button_set_label (GTK_BUTTON (self->popover_go_button), label);
  /* Pointing at the whole view, the popover would find no room. */
  if (from == NULL || !gtk_widget_get_mapped (from))
    from = self->summary_label;
  if (gtk_widget_compute_bounds (from, GTK_WIDGET (self), &bounds))
    {
      GdkRectangle rect = { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };

      gtk_popover_set_pointing_to (self->trace_popover, &rect);
    }
  gtk_popover_popup (self->trace_popover);
}

static void
on_popover_go_clicked_cb (TrellisPlanCheck *self)
{
  TrellisItem *item = trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (self->popover_panel));

  gtk_popover_popdown (self->trace_popover);
  if (item != NULL)
    trellis_trace_show_item (GTK_WIDGET (self), item);
}

static void
on_popover_item_activated_cb (TrellisPlanCheck *self)
{
  gtk_popover_popdown (self->trace_popover);
}

static void
on_project_changed_cb (TrellisPlanCheck *self)
{
  update_warnings (self);
  _trellis_plan_check_update_review (self);
  if (gtk_single_selection_get_selected_item (self->trace_selection) == NULL &&
      gtk_editable_get_text (GTK_EDITABLE (self->trace_search))[0] == '\0')
    pick_first_trace_item (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->trace_popover)) &&
      trellis_trace_panel_get_item (TRELLIS_TRACE_PANEL (self->popover_panel)) == NULL)
    gtk_popover_popdown (self->trace_popover);
}

static void
on_review_button_clicked_cb (TrellisPlanCheck *self)
{
  if (self->editable)
    _trellis_plan_check_record_review (self);
}

static void
apply_editable (TrellisPlanCheck *self)
{
  gtk_widget_set_visible (self->review_button, self->editable);
}

/* From this width on, traceability goes beside the warnings and review. */
#define TWO_COLUMNS_WIDTH 1440

static void
trellis_plan_check_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (widget);
  GtkOrientation orientation = width >= TWO_COLUMNS_WIDTH ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;

  /* The new layout fits the width it is chosen for, so this settles. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->columns)) != orientation)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->columns), orientation);
      gtk_box_set_homogeneous (GTK_BOX (self->columns), orientation == GTK_ORIENTATION_HORIZONTAL);
      adw_clamp_set_maximum_size (self->clamp, orientation == GTK_ORIENTATION_HORIZONTAL ? 1800 : 1000);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != GTK_WIDGET (self->trace_popover))
      gtk_widget_allocate (child, width, height, baseline, NULL);
  gtk_popover_present (self->trace_popover);
}

static void
trellis_plan_check_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *scroller = gtk_widget_get_first_child (widget);

  gtk_widget_measure (scroller, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
trellis_plan_check_dispose (GObject *object)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (object);
  GtkWidget *child;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  _trellis_plan_check_clear_review (self);
  if (self->warnings_view != NULL)
    gtk_grid_view_set_model (self->warnings_view, NULL);
  if (self->trace_view != NULL)
    gtk_grid_view_set_model (self->trace_view, NULL);
  g_clear_object (&self->warnings);
  g_clear_object (&self->trace_selection);
  g_clear_object (&self->trace_filter);
  g_clear_pointer (&self->trace_needle, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PLAN_CHECK);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);
  g_clear_pointer (&self->warnings_signature, g_free);
  g_clear_pointer (&self->changes_signature, g_free);
  g_clear_pointer (&self->trace_uuid, g_free);

  G_OBJECT_CLASS (trellis_plan_check_parent_class)->dispose (object);
}

static void
trellis_plan_check_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (object);

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
trellis_plan_check_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TrellisPlanCheck *self = TRELLIS_PLAN_CHECK (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          apply_editable (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_plan_check_class_init (TrellisPlanCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_plan_check_dispose;
  object_class->get_property = trellis_plan_check_get_property;
  object_class->set_property = trellis_plan_check_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TRELLIS_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-plan-check.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, clamp);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, columns);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, no_warnings_page);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, review_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, review_button);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, last_review_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, note_row);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, changes_group);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_search);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, warnings_view);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, trace_popover);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, popover_box);
  gtk_widget_class_bind_template_child (widget_class, TrellisPlanCheck, popover_go_button);
  gtk_widget_class_bind_template_callback (widget_class, on_review_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_trace_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_warnings_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_go_clicked_cb);
  widget_class->measure = trellis_plan_check_measure;
  widget_class->size_allocate = trellis_plan_check_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "plan-check");
}

static void
trellis_plan_check_init (TrellisPlanCheck *self)
{
  self->editable = TRUE;
  self->change_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  set_up_warnings_view (self);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->trace_search), FALSE);
}

/**
 * trellis_plan_check_new:
 *
 * Returns: (transfer floating): the warnings, reviews and traceability of @project
 */
GtkWidget *
trellis_plan_check_new (TrellisProject *project)
{
  TrellisPlanCheck *self;
  GtkWidget *scroller;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_PLAN_CHECK, "project", project, NULL);
  set_up_trace_view (self);

  self->trace_panel = trellis_trace_panel_new (project);
  gtk_widget_set_name (self->trace_panel, "trace-panel");
  gtk_widget_set_hexpand (self->trace_panel, TRUE);
  gtk_widget_set_valign (self->trace_panel, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->trace_box), self->trace_panel);

  self->popover_panel = trellis_trace_panel_new (project);
  gtk_widget_set_name (self->popover_panel, "popover-trace-panel");
  g_signal_connect_object (self->popover_panel, "item-activated",
                           G_CALLBACK (on_popover_item_activated_cb), self, G_CONNECT_SWAPPED);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_set_size_request (scroller, 380, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->popover_panel);
  gtk_box_prepend (GTK_BOX (self->popover_box), scroller);

  trellis_tool_view_follow_changes (self, project, G_CALLBACK (on_project_changed_cb));
  on_project_changed_cb (self);
  return GTK_WIDGET (self);
}
