/* trellis-trace-panel.c: where an item of the analysis or plan comes from and leads to
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows one item (a SWOT item, strategy, goal, indicator, action,
 * milestone or measurement) with two lists: what it comes from and what it
 * leads to along the method's chain (trellis_trace_comes_from/_leads_to).
 * Activating a row emits "item-activated" and shows the page where that
 * item lives.  The panel follows the project's "changed" signal.
 */

#define G_LOG_DOMAIN "trellis-trace-panel"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "trellis-goals-view.h"
#include "trellis-project-view.h"
#include "trellis-action-table.h"
#include "trellis-tools.h"
#include "trellis-trace-panel.h"

struct _TrellisTracePanel
{
  GtkWidget       parent_instance;

  TrellisProject *project;
  char           *uuid;

  GtkWidget      *box;
  GtkWidget      *icon;
  GtkWidget      *title_label;
  GtkWidget      *kind_label;
  GtkWidget      *comes_from_list;
  GtkWidget      *comes_from_empty;
  GtkWidget      *leads_to_list;
  GtkWidget      *leads_to_empty;
};

G_DEFINE_FINAL_TYPE (TrellisTracePanel, trellis_trace_panel, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What kind of item, for people */

/**
 * trellis_trace_item_icon_name:
 *
 * Returns: the symbolic icon of @item's kind
 */
const char *
trellis_trace_item_icon_name (TrellisItem *item)
{
  if (TRELLIS_IS_SWOT_ITEM (item))
    return "view-grid-symbolic";
  if (TRELLIS_IS_TOWS_STRATEGY (item))
    return "emblem-shared-symbolic";
  if (TRELLIS_IS_GOAL (item))
    return "starred-symbolic";
  if (TRELLIS_IS_INDICATOR (item))
    return "find-location-symbolic";
  if (TRELLIS_IS_MEASUREMENT (item))
    return "x-office-spreadsheet-symbolic";
  if (TRELLIS_IS_ACTION (item))
    return "checkbox-checked-symbolic";
  if (TRELLIS_IS_MILESTONE (item))
    return "emoji-flags-symbolic";
  return "text-x-generic-symbolic";
}

/**
 * trellis_trace_item_kind:
 *
 * Returns: the translated name of @item's kind ("Strength", "Goal")
 */
const char *
trellis_trace_item_kind (TrellisItem *item)
{
  static const char *quadrants[] = { N_("Strength"), N_("Weakness"), N_("Opportunity"), N_("Threat") };
  static const char *strategies[] = { N_("SO Strategy"), N_("ST Strategy"), N_("WO Strategy"), N_("WT Strategy") };

  if (TRELLIS_IS_SWOT_ITEM (item))
    return _(quadrants[MIN (trellis_swot_item_get_quadrant (TRELLIS_SWOT_ITEM (item)), 3)]);
  if (TRELLIS_IS_TOWS_STRATEGY (item))
    return _(strategies[MIN (trellis_tows_strategy_get_tows_type (TRELLIS_TOWS_STRATEGY (item)), 3)]);
  if (TRELLIS_IS_GOAL (item))
    return _("Goal");
  if (TRELLIS_IS_INDICATOR (item))
    return _("Indicator");
  if (TRELLIS_IS_MEASUREMENT (item))
    return _("Measurement");
  if (TRELLIS_IS_ACTION (item))
    return _("Action");
  if (TRELLIS_IS_MILESTONE (item))
    return _("Milestone");
  return _("Item");
}

/**
 * trellis_trace_item_dup_title:
 *
 * Returns: (transfer full): @item's whole title or text, where
 *   trellis_item_dup_label() keeps only the start of it
 */
/* The text that names the items a trace shows; NULL for the others. */
static const char *
peek_title (TrellisItem *item)
{
  if (TRELLIS_IS_SWOT_ITEM (item))
    return trellis_swot_item_get_text (TRELLIS_SWOT_ITEM (item));
  if (TRELLIS_IS_TOWS_STRATEGY (item))
    return trellis_tows_strategy_get_title (TRELLIS_TOWS_STRATEGY (item));
  if (TRELLIS_IS_GOAL (item))
    return trellis_goal_get_title (TRELLIS_GOAL (item));
  if (TRELLIS_IS_INDICATOR (item))
    return trellis_indicator_get_name (TRELLIS_INDICATOR (item));
  if (TRELLIS_IS_ACTION (item))
    return trellis_action_get_title (TRELLIS_ACTION (item));
  if (TRELLIS_IS_MILESTONE (item))
    return trellis_milestone_get_title (TRELLIS_MILESTONE (item));
  if (TRELLIS_IS_STAKEHOLDER (item))
    return trellis_stakeholder_get_name (TRELLIS_STAKEHOLDER (item));
  if (TRELLIS_IS_SERVICE (item))
    return trellis_service_get_name (TRELLIS_SERVICE (item));
  if (TRELLIS_IS_CANVAS_NOTE (item))
    return trellis_canvas_note_get_text (TRELLIS_CANVAS_NOTE (item));
  return NULL;
}

char *
trellis_trace_item_dup_title (TrellisItem *item)
{
  const char *text = peek_title (item);

  if (text == NULL || text[0] == '\0')
    return trellis_item_dup_label (item);
  return g_strdup (text);
}

/**
 * trellis_trace_item_page:
 *
 * Returns: (transfer full): the page and tool where @item is edited
 *   ("potentials/swot"), from the table of tools; "overview" for the rest
 */
char *
trellis_trace_item_page (TrellisItem *item)
{
  const TrellisAppTool *tool = trellis_app_find_tool_for_item (item);

  return tool != NULL ? trellis_app_tool_dup_path (tool) : g_strdup ("overview");
}

/* The goal an item of step 3 belongs to. */
static TrellisGoal *
find_goal (TrellisItem *item)
{
  if (TRELLIS_IS_MEASUREMENT (item))
    item = TRELLIS_ITEM (trellis_measurement_get_indicator (TRELLIS_MEASUREMENT (item)));
  if (TRELLIS_IS_INDICATOR (item))
    item = TRELLIS_ITEM (trellis_indicator_get_goal (TRELLIS_INDICATOR (item)));
  return TRELLIS_IS_GOAL (item) ? TRELLIS_GOAL (item) : NULL;
}

/**
 * trellis_trace_show_item:
 * @widget: a widget inside the project's window
 *
 * Shows the page where @item lives (win.show-page); the goals of step 3
 * are also selected there.  A tool the page lacks shows the page.
 */
void
trellis_trace_show_item (GtkWidget   *widget,
                         TrellisItem *item)
{
  g_autofree char *page = trellis_trace_item_page (item);
  g_autofree char *root = g_strndup (page, strcspn (page, "/"));
  GtkWidget *view = gtk_widget_get_ancestor (widget, TRELLIS_TYPE_PROJECT_VIEW);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (TRELLIS_IS_ITEM (item));

  gtk_widget_activate_action (widget, "win.show-page", "s", page);
  if (view == NULL)
    return;
  if (g_strcmp0 (trellis_project_view_get_page (TRELLIS_PROJECT_VIEW (view)), root) != 0)
    gtk_widget_activate_action (widget, "win.show-page", "s", root);
  if (g_str_equal (root, "value"))
    {
      GtkWidget *goals = trellis_project_view_peek_tool_view (TRELLIS_PROJECT_VIEW (view), page);
      TrellisGoal *goal = find_goal (item);

      if (TRELLIS_IS_GOALS_VIEW (goals) && goal != NULL)
        trellis_goals_view_select (TRELLIS_GOALS_VIEW (goals), goal);
    }
  else if (TRELLIS_IS_ACTION (item))
    {
      GtkWidget *table = trellis_project_view_peek_tool_view (TRELLIS_PROJECT_VIEW (view), page);

      if (TRELLIS_IS_ACTION_TABLE (table))
        trellis_action_table_select (TRELLIS_ACTION_TABLE (table), TRELLIS_ACTION (item));
    }
}

/* The lists */

static GtkWidget *
create_row (TrellisItem *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (trellis_trace_item_icon_name (item));
  g_autofree char *label = trellis_trace_item_dup_title (item);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *kind = gtk_label_new (trellis_trace_item_kind (item));
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 60);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (icon, "trace-kind-icon");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), kind);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  return row;
}

static void
fill_list (GtkWidget *list,
           GtkWidget *empty,
           GPtrArray *items)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_row (items->pdata[i]));
  gtk_widget_set_visible (list, items != NULL && items->len > 0);
  gtk_widget_set_visible (empty, items == NULL || items->len == 0);
}

static void
update (TrellisTracePanel *self)
{
  TrellisItem *item = trellis_trace_panel_get_item (self);
  g_autoptr(GPtrArray) comes_from = NULL;
  g_autoptr(GPtrArray) leads_to = NULL;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (self->box, item != NULL);
  if (item == NULL)
    return;

  label = trellis_trace_item_dup_title (item);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), trellis_trace_item_icon_name (item));
  gtk_label_set_label (GTK_LABEL (self->title_label), label);
  gtk_label_set_label (GTK_LABEL (self->kind_label), trellis_trace_item_kind (item));
  comes_from = trellis_trace_comes_from (self->project, item);
  leads_to = trellis_trace_leads_to (self->project, item);
  fill_list (self->comes_from_list, self->comes_from_empty, comes_from);
  fill_list (self->leads_to_list, self->leads_to_empty, leads_to);
}

static void
on_row_activated_cb (TrellisTracePanel *self,
                     GtkListBoxRow     *row)
{
  g_autoptr(TrellisItem) item = g_object_ref (g_object_get_data (G_OBJECT (row), "item"));

  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
  trellis_trace_show_item (GTK_WIDGET (self), item);
}

static GtkWidget *
add_section (TrellisTracePanel  *self,
             const char         *title,
             const char         *empty_text,
             GtkWidget         **empty)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_box_append (GTK_BOX (self->box), heading);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), list);

  *empty = gtk_label_new (empty_text);
  gtk_label_set_xalign (GTK_LABEL (*empty), 0);
  gtk_label_set_wrap (GTK_LABEL (*empty), TRUE);
  gtk_widget_add_css_class (*empty, "dim-label");
  gtk_box_append (GTK_BOX (self->box), *empty);
  return list;
}

static void
build (TrellisTracePanel *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->icon = gtk_image_new ();
  gtk_image_set_pixel_size (GTK_IMAGE (self->icon), 24);
  gtk_widget_set_valign (self->icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->icon, "trace-kind-icon");
  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (self->title_label), 50);
  gtk_label_set_selectable (GTK_LABEL (self->title_label), FALSE);
  gtk_widget_add_css_class (self->title_label, "title-4");
  self->kind_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->kind_label), 0);
  gtk_widget_add_css_class (self->kind_label, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), self->title_label);
  gtk_box_append (GTK_BOX (labels), self->kind_label);
  gtk_box_append (GTK_BOX (header), self->icon);
  gtk_box_append (GTK_BOX (header), labels);
  gtk_box_append (GTK_BOX (self->box), header);

  self->comes_from_list = add_section (self, _("Comes From"),
                                       _("Nothing earlier in the method leads to it."),
                                       &self->comes_from_empty);
  self->leads_to_list = add_section (self, _("Leads To"),
                                     _("Nothing follows from it yet."),
                                     &self->leads_to_empty);
}

static void
on_project_changed_cb (TrellisTracePanel *self)
{
  update (self);
}

static void
trellis_trace_panel_dispose (GObject *object)
{
  TrellisTracePanel *self = TRELLIS_TRACE_PANEL (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->project);
  g_clear_pointer (&self->uuid, g_free);

  G_OBJECT_CLASS (trellis_trace_panel_parent_class)->dispose (object);
}

static void
trellis_trace_panel_class_init (TrellisTracePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_trace_panel_dispose;

  /**
   * TrellisTracePanel::item-activated:
   * @item: the item of a row the user activated
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TRELLIS_TYPE_ITEM);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trace-panel");
}

static void
trellis_trace_panel_init (TrellisTracePanel *self)
{
  build (self);
}

/**
 * trellis_trace_panel_new:
 *
 * Returns: (transfer floating): a panel showing no item yet
 */
GtkWidget *
trellis_trace_panel_new (TrellisProject *project)
{
  TrellisTracePanel *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_TRACE_PANEL, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

/**
 * trellis_trace_panel_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown, %NULL if none is
 *   or it has been deleted
 */
TrellisItem *
trellis_trace_panel_get_item (TrellisTracePanel *self)
{
  g_return_val_if_fail (TRELLIS_IS_TRACE_PANEL (self), NULL);

  return self->uuid != NULL ? trellis_project_lookup (self->project, self->uuid) : NULL;
}

void
trellis_trace_panel_set_item (TrellisTracePanel *self,
                              TrellisItem       *item)
{
  g_return_if_fail (TRELLIS_IS_TRACE_PANEL (self));
  g_return_if_fail (item == NULL || TRELLIS_IS_ITEM (item));

  g_free (self->uuid);
  self->uuid = item != NULL ? g_strdup (trellis_item_get_uuid (item)) : NULL;
  update (self);
}
