/* trellis-tools.c: the pages of a project and the tools of each, in one table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that lists pages or tools reads these two tables: the
 * sidebar and the pages of the project view, each page's switcher, the
 * shortcuts (Alt+0…5, a tool's own), win.show-page ("strategy/timeline"),
 * the trace panel's "go to" and the screenshot tool. Adding a tool is one
 * row of tools[]: its view only has to implement TrellisToolView.
 */

#define G_LOG_DOMAIN "trellis-tools"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-action-table.h"
#include "trellis-canvas-view.h"
#include "trellis-dashboard-view.h"
#include "trellis-goals-view.h"
#include "trellis-services-view.h"
#include "trellis-plan-check.h"
#include "trellis-self-check-view.h"
#include "trellis-stakeholder-grid.h"
#include "trellis-stakeholder-table.h"
#include "trellis-swot-board.h"
#include "trellis-timeline-view.h"
#include "trellis-tools.h"
#include "trellis-tows-view.h"
#include "trellis-trend-view.h"

/* The method, in order: the overview, the four initiation steps, the dashboard. */
static const TrellisAppStep steps[] = {
  { TRELLIS_STEP_NONE, "overview", N_("Overview"),
    N_("What is this initiative, and where does it stand?"),
    N_("The project details, the maturity stage and the key questions of the initiation stage"),
    "view-grid-symbolic" },
  { TRELLIS_STEP_POTENTIALS, "potentials", N_("Potentials"),
    N_("What potentials does the region have?"),
    N_("The SWOT board, examined along the value chain and the competitive forces, "
       "and the strategies built from its pairs (TOWS)"),
    "find-location-symbolic" },
  { TRELLIS_STEP_ACTORS, "actors", N_("Actors"),
    N_("Who needs to be involved?"),
    N_("The stakeholder register, the influence and attitude grid, champions and the helix balance"),
    "system-users-symbolic" },
  { TRELLIS_STEP_VALUE, "value", N_("Value"),
    N_("Which value do we want to create for the members?"),
    N_("The members' needs, and goals with measurable indicators: baseline, target and date"),
    "starred-symbolic" },
  { TRELLIS_STEP_STRATEGY, "strategy", N_("Strategy"),
    N_("How do we develop a strategy?"),
    N_("The Cluster Business Canvas, and the action plan with people responsible, budgets and milestones"),
    "mark-location-symbolic" },
  { TRELLIS_STEP_NONE, "dashboard", N_("Dashboard"),
    N_("Are we on track?"),
    N_("Traffic lights for actions, milestones, indicators and goals, with the reason for each"),
    "emblem-ok-symbolic" },
};

/* The tools of each page, in the order of its switcher. */
static const TrellisAppTool tools[] = {
  { "potentials", "swot", N_("SWOT"), "view-grid-symbolic",
    trellis_swot_board_get_type, trellis_swot_board_new, NULL,
    { trellis_swot_item_get_type } },
  { "potentials", "tows", N_("TOWS Strategies"), "emblem-shared-symbolic",
    trellis_tows_view_get_type, trellis_tows_view_new, NULL,
    { trellis_tows_strategy_get_type } },
  { "actors", "register", N_("Register"), "view-list-symbolic",
    trellis_stakeholder_table_get_type, trellis_stakeholder_table_new, NULL,
    { trellis_stakeholder_get_type } },
  { "actors", "grid", N_("Influence Grid"), "view-app-grid-symbolic",
    trellis_stakeholder_grid_get_type, trellis_stakeholder_grid_new, NULL,
    { NULL } },
  { "value", "goals", N_("Goals"), "starred-symbolic",
    trellis_goals_view_get_type, trellis_goals_view_new, NULL,
    { trellis_goal_get_type, trellis_indicator_get_type, trellis_measurement_get_type } },
  { "value", "services", N_("Services"), "view-list-symbolic",
    trellis_services_view_get_type, trellis_services_view_new, NULL,
    { trellis_service_get_type } },
  { "strategy", "canvas", N_("Canvas"), "view-dual-symbolic",
    trellis_canvas_view_get_type, trellis_canvas_view_new, NULL,
    { trellis_canvas_note_get_type, trellis_canvas_version_get_type } },
  { "strategy", "plan", N_("Action Plan"), "view-list-bullet-symbolic",
    trellis_action_table_get_type, trellis_action_table_new, NULL,
    { trellis_action_get_type, trellis_milestone_get_type } },
  { "strategy", "timeline", N_("Timeline"), "x-office-calendar-symbolic",
    trellis_timeline_view_get_type, trellis_timeline_view_new, NULL,
    { NULL } },
  { "strategy", "check", N_("Plan Check"), "emblem-default-symbolic",
    trellis_plan_check_get_type, trellis_plan_check_new, NULL,
    { NULL } },
  { "dashboard", "board", N_("Status"), "emblem-ok-symbolic",
    trellis_dashboard_view_get_type, trellis_dashboard_view_new, NULL,
    { NULL } },
  { "dashboard", "trend", N_("Trends"), "document-open-recent-symbolic",
    trellis_trend_view_get_type, trellis_trend_view_new, NULL,
    { NULL } },
  { "dashboard", "selfcheck", N_("Self-Check"), "emblem-default-symbolic",
    trellis_self_check_view_get_type, trellis_self_check_view_new, NULL,
    { NULL } },
};

/**
 * trellis_app_get_steps:
 *
 * Returns: (transfer none) (array length=n_steps): the pages of a project, in the order of the method
 */
const TrellisAppStep *
trellis_app_get_steps (guint *n_steps)
{
  *n_steps = G_N_ELEMENTS (steps);
  return steps;
}

/**
 * trellis_app_find_page:
 * @page_name: a page's name ("actors")
 *
 * Returns: (transfer none) (nullable): that page, %NULL if there is none
 */
const TrellisAppStep *
trellis_app_find_page (const char *page_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (g_strcmp0 (steps[i].page_name, page_name) == 0)
        return &steps[i];
    }

  return NULL;
}

/**
 * trellis_app_get_tools:
 *
 * Returns: (transfer none) (array length=n_tools): the tools of every page, page by page
 */
const TrellisAppTool *
trellis_app_get_tools (guint *n_tools)
{
  *n_tools = G_N_ELEMENTS (tools);
  return tools;
}

/**
 * trellis_app_find_tool:
 * @page_name: a page's name ("strategy")
 * @tool_name: (nullable): one of its tools ("timeline"), or %NULL for its first
 *
 * Returns: (transfer none) (nullable): that tool, %NULL if there is none
 */
const TrellisAppTool *
trellis_app_find_tool (const char *page_name,
                       const char *tool_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      if (g_strcmp0 (tools[i].page_name, page_name) == 0 &&
          (tool_name == NULL || g_strcmp0 (tools[i].name, tool_name) == 0))
        return &tools[i];
    }

  return NULL;
}

/**
 * trellis_app_find_tool_for_item:
 *
 * Returns: (transfer none) (nullable): the tool where @item is edited
 */
const TrellisAppTool *
trellis_app_find_tool_for_item (TrellisItem *item)
{
  g_return_val_if_fail (TRELLIS_IS_ITEM (item), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      for (guint j = 0; j < TRELLIS_APP_TOOL_MAX_ITEM_TYPES && tools[i].item_types[j] != NULL; j++)
        if (G_TYPE_CHECK_INSTANCE_TYPE (item, tools[i].item_types[j] ()))
          return &tools[i];
    }

  return NULL;
}

/**
 * trellis_app_tool_dup_path:
 *
 * Returns: (transfer full): the tool's path, "page/tool" ("strategy/timeline")
 */
char *
trellis_app_tool_dup_path (const TrellisAppTool *tool)
{
  g_return_val_if_fail (tool != NULL, NULL);

  return g_strconcat (tool->page_name, "/", tool->name, NULL);
}
