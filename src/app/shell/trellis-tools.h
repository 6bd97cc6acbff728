/* trellis-tools.h: the pages of a project and the tools of each, in one table
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

/**
 * TrellisAppStep:
 * @step: the step, or %TRELLIS_STEP_NONE for pages outside the method
 * @page_name: the page's name in the project view ("potentials")
 * @title: its short name (translated with gettext at use)
 * @question: the question the step answers
 * @tools: the tools of the step, in words
 * @icon_name: a symbolic icon for the sidebar
 *
 * A page of the sidebar; Alt and its position (0 for the overview) show it.
 */
typedef struct
{
  TrellisStep  step;
  const char  *page_name;
  const char  *title;
  const char  *question;
  const char  *tools;
  const char  *icon_name;
} TrellisAppStep;

#define TRELLIS_APP_TOOL_MAX_ITEM_TYPES 3

/**
 * TrellisAppTool:
 * @page_name: the page the tool is on ("strategy")
 * @name: its name on the page ("timeline"), so its path is "strategy/timeline"
 * @title: its title in the switcher (translated with gettext at use)
 * @icon_name: its icon in the switcher
 * @get_type: the view's type, a #TrellisToolView
 * @new_view: builds the view for a project
 * @accel: a shortcut that shows it (gtk_accelerator_parse() syntax), or %NULL
 * @item_types: the kinds of item edited there, where "go to" an item leads
 *
 * A tool of a page. The first tool of a page is the one it shows first.
 */
typedef struct
{
  const char  *page_name;
  const char  *name;
  const char  *title;
  const char  *icon_name;
  GType      (*get_type) (void);
  GtkWidget *(*new_view) (TrellisProject *project);
  const char  *accel;
  GType      (*item_types[TRELLIS_APP_TOOL_MAX_ITEM_TYPES]) (void);
} TrellisAppTool;

const TrellisAppStep *trellis_app_get_steps         (guint          *n_steps);
const TrellisAppStep *trellis_app_find_page         (const char     *page_name);
const TrellisAppTool *trellis_app_get_tools         (guint          *n_tools);
const TrellisAppTool *trellis_app_find_tool         (const char     *page_name,
                                                     const char     *tool_name);
const TrellisAppTool *trellis_app_find_tool_for_item (TrellisItem   *item);
char                 *trellis_app_tool_dup_path     (const TrellisAppTool *tool);

G_END_DECLS
