/* trellis-project-view.c: the pages of one project, in the order of the method
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar lists the overview, the four initiation steps (numbered, each
 * with its question, so the method is always in sight) and the dashboard.
 */

#define G_LOG_DOMAIN "trellis-project-view"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-table.h"
#include "trellis-app-utils.h"
#include "trellis-canvas-view.h"
#include "trellis-timeline-view.h"
#include "trellis-dashboard-view.h"
#include "trellis-trend-view.h"
#include "trellis-self-check-view.h"
#include "trellis-services-view.h"
#include "trellis-goals-view.h"
#include "trellis-overview-page.h"
#include "trellis-project-view.h"
#include "trellis-stakeholder-grid.h"
#include "trellis-stakeholder-table.h"
#include "trellis-step-page.h"
#include "trellis-swot-board.h"
#include "trellis-tool-page.h"
#include "trellis-tows-view.h"
#include "trellis-plan-check.h"

struct _TrellisProjectView
{
  GtkWidget            parent_instance;

  TrellisProject      *project;

  /* Template widgets */
  AdwFlap             *flap;
  GtkListBox          *sidebar;
  GtkStack            *stack;
  TrellisOverviewPage *overview_page;
};

G_DEFINE_FINAL_TYPE (TrellisProjectView, trellis_project_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_SIDEBAR_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_sidebar_row (const TrellisAppStep *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *badge;
  GtkWidget *title = gtk_label_new (_(info->title));
  GtkWidget *question = gtk_label_new (_(info->question));

  if (info->step != TRELLIS_STEP_NONE)
    {
      g_autofree char *number = g_strdup_printf ("%d", info->step);

      badge = gtk_label_new (number);
      gtk_widget_add_css_class (badge, "step-badge");
    }
  else
    badge = gtk_image_new_from_icon_name (info->icon_name);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_set_size_request (badge, 24, 24);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (question), 0);
  gtk_label_set_wrap (GTK_LABEL (question), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (question), 24);
  gtk_widget_add_css_class (question, "dim-label");
  gtk_widget_add_css_class (question, "caption");

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), question);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->page_name);
  return row;
}

/* The page of a step: its tools where they exist, otherwise its guide. */
static GtkWidget *
create_page (TrellisProjectView   *self,
             const TrellisAppStep *info)
{
  GtkWidget *page;

  switch (info->step)
    {
    case TRELLIS_STEP_POTENTIALS:
      page = trellis_tool_page_new (info->page_name, self->project);
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_swot_board_new (self->project),
                                  "swot", _("SWOT"), "view-grid-symbolic");
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_tows_view_new (self->project),
                                  "tows", _("TOWS Strategies"), "emblem-shared-symbolic");
      return page;

    case TRELLIS_STEP_ACTORS:
      page = trellis_tool_page_new (info->page_name, self->project);
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_stakeholder_table_new (self->project),
                                  "register", _("Register"), "view-list-symbolic");
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_stakeholder_grid_new (self->project),
                                  "grid", _("Influence Grid"), "view-app-grid-symbolic");
      return page;

    case TRELLIS_STEP_VALUE:
      page = trellis_tool_page_new (info->page_name, self->project);
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_goals_view_new (self->project),
                                  "goals", _("Goals"), "starred-symbolic");
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_services_view_new (self->project),
                                  "services", _("Services"), "emblem-shared-symbolic");
      return page;

    case TRELLIS_STEP_STRATEGY:
      page = trellis_tool_page_new (info->page_name, self->project);
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_canvas_view_new (self->project),
                                  "canvas", _("Canvas"), "view-dual-symbolic");
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_action_table_new (self->project),
                                  "plan", _("Action Plan"), "view-list-bullet-symbolic");
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_timeline_view_new (self->project),
                                  "timeline", _("Timeline"), "x-office-calendar-symbolic");
      trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_plan_check_new (self->project),
                                  "check", _("Plan Check"), "emblem-default-symbolic");
      return page;

    case TRELLIS_STEP_NONE:
    default:
      if (g_strcmp0 (info->page_name, "dashboard") == 0)
        {
          page = trellis_tool_page_new (info->page_name, self->project);
          trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_dashboard_view_new (self->project),
                                      "board", _("Status"), "emblem-ok-symbolic");
          trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_trend_view_new (self->project),
                                      "trend", _("Trends"), "document-open-recent-symbolic");
          trellis_tool_page_add_view (TRELLIS_TOOL_PAGE (page), trellis_self_check_view_new (self->project),
                                      "selfcheck", _("Self-Check"), "emblem-default-symbolic");
          return page;
        }
      return trellis_step_page_new (info->page_name, self->project);
    }
}

static void
add_pages (TrellisProjectView *self)
{
  const TrellisAppStep *steps;
  guint n_steps;

  steps = trellis_app_get_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      if (g_strcmp0 (steps[i].page_name, "overview") != 0)
        {
          GtkWidget *page = create_page (self, &steps[i]);

          gtk_stack_add_titled (self->stack, page, steps[i].page_name, _(steps[i].title));
        }
      gtk_list_box_append (self->sidebar, create_sidebar_row (&steps[i]));
    }
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, 0));
}

static void
on_sidebar_row_selected_cb (TrellisProjectView *self,
                            GtkListBoxRow      *row)
{
  if (row == NULL)
    return;

  gtk_stack_set_visible_child_name (self->stack, gtk_widget_get_name (GTK_WIDGET (row)));
  /* Over a narrow window the steps cover the page: chosen, they make way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
on_stack_visible_child_name_cb (TrellisProjectView *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
        gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
trellis_project_view_dispose (GObject *object)
{
  TrellisProjectView *self = TRELLIS_PROJECT_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRELLIS_TYPE_PROJECT_VIEW);
  /* The template's top child has no id, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (trellis_project_view_parent_class)->dispose (object);
}

static void
trellis_project_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TrellisProjectView *self = TRELLIS_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, trellis_project_view_get_page (self));
      break;
    case PROP_SIDEBAR_SHOWN:
      g_value_set_boolean (value, adw_flap_get_reveal_flap (self->flap));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trellis_project_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TrellisProjectView *self = TRELLIS_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_SHOWN:
      adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_flap_reveal_flap_cb (TrellisProjectView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_SHOWN]);
}

static void
trellis_project_view_class_init (TrellisProjectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trellis_project_view_dispose;
  object_class->get_property = trellis_project_view_get_property;
  object_class->set_property = trellis_project_view_set_property;

  properties[PROP_SIDEBAR_SHOWN] =
    g_param_spec_boolean ("sidebar-shown", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trellis/Trellis/ui/trellis-project-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TrellisProjectView, flap);
  gtk_widget_class_bind_template_child (widget_class, TrellisProjectView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TrellisProjectView, stack);
  gtk_widget_class_bind_template_child (widget_class, TrellisProjectView, overview_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_reveal_flap_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (TRELLIS_TYPE_OVERVIEW_PAGE);
}

static void
trellis_project_view_init (TrellisProjectView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * trellis_project_view_new:
 *
 * Returns: (transfer floating): the pages of @project, showing its overview
 */
GtkWidget *
trellis_project_view_new (TrellisProject *project)
{
  TrellisProjectView *self;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  self = g_object_new (TRELLIS_TYPE_PROJECT_VIEW, NULL);
  self->project = g_object_ref (project);
  trellis_overview_page_set_project (self->overview_page, project);
  add_pages (self);
  return GTK_WIDGET (self);
}

TrellisProject *
trellis_project_view_get_project (TrellisProjectView *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT_VIEW (self), NULL);

  return self->project;
}

/**
 * trellis_project_view_get_page:
 *
 * Returns: (transfer none): the name of the page shown ("overview", "potentials", …)
 */
const char *
trellis_project_view_get_page (TrellisProjectView *self)
{
  g_return_val_if_fail (TRELLIS_IS_PROJECT_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * trellis_project_view_set_page:
 * @page_name: a page ("actors"), or a page and one of its tools ("actors/grid")
 *
 * Returns: %FALSE if there is no page @page_name; then nothing changes
 */
gboolean
trellis_project_view_set_page (TrellisProjectView *self,
                               const char         *page_name)
{
  g_auto(GStrv) parts = NULL;
  GtkWidget *page;

  g_return_val_if_fail (TRELLIS_IS_PROJECT_VIEW (self), FALSE);

  if (page_name == NULL)
    return FALSE;

  parts = g_strsplit (page_name, "/", 2);
  page = gtk_stack_get_child_by_name (self->stack, parts[0]);
  if (page == NULL)
    return FALSE;
  if (parts[1] != NULL &&
      (!TRELLIS_IS_TOOL_PAGE (page) || trellis_tool_page_get_view (TRELLIS_TOOL_PAGE (page), parts[1]) == NULL))
    return FALSE;

  gtk_stack_set_visible_child (self->stack, page);
  if (parts[1] != NULL)
    trellis_tool_page_set_view_name (TRELLIS_TOOL_PAGE (page), parts[1]);
  return TRUE;
}

/**
 * trellis_project_view_focus_steps:
 *
 * Focuses the step list's current row: where the focus goes when the
 * project opens, so that no field has it (a focused entry selects its
 * text, and a stray key would replace it).
 *
 * Returns: whether the row took the focus
 */
gboolean
trellis_project_view_focus_steps (TrellisProjectView *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TRELLIS_IS_PROJECT_VIEW (self), FALSE);

  row = gtk_list_box_get_selected_row (self->sidebar);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * trellis_project_view_set_editable:
 *
 * Whether the pages take edits (not for a project opened read-only); the
 * navigation works either way.
 */
void
trellis_project_view_set_editable (TrellisProjectView *self,
                                   gboolean            editable)
{
  g_return_if_fail (TRELLIS_IS_PROJECT_VIEW (self));

  trellis_overview_page_set_editable (self->overview_page, editable);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (TRELLIS_IS_TOOL_PAGE (page))
      trellis_tool_page_set_editable (TRELLIS_TOOL_PAGE (page), editable);
}
