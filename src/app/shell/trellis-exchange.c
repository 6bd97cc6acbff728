/* trellis-exchange.c: what the window calls each kind of item a spreadsheet holds, and which one a page shows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import and export dialogs and the menus that open them share these:
 * the kinds are the core's (trellis_import_list_kinds ()); their names in
 * the window, and the kind an import starts with on each page, are here.
 */

#define G_LOG_DOMAIN "trellis-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-exchange.h"
#include "trellis-import.h"
#include "trellis-tools.h"

/* What each kind is called in the window, in the order of
 * trellis_import_list_kinds (). */
static const struct
{
  const char *kind;
  const char *title;
} kind_titles[] = {
  { "stakeholders", N_("Stakeholders") },
  { "swot", N_("SWOT Notes") },
  { "tows", N_("TOWS Strategies") },
  { "canvas", N_("Canvas Notes") },
  { "goals", N_("Goals") },
  { "indicators", N_("Indicators") },
  { "measurements", N_("Measurements") },
  { "actions", N_("Actions") },
  { "milestones", N_("Milestones") },
  { "services", N_("Services") },
};

/**
 * trellis_exchange_kind_title:
 * @kind: a kind of trellis_import_list_kinds() ("actions")
 *
 * Returns: (transfer none): what the window calls the items of @kind
 *   ("Actions"), translated; @kind itself if it has no title
 */
const char *
trellis_exchange_kind_title (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_titles); i++)
    if (g_strcmp0 (kind_titles[i].kind, kind) == 0)
      return _(kind_titles[i].title);
  return kind;
}

/* Tools that show items they do not edit: what is imported there. */
static const struct
{
  const char *path;
  const char *kind;
} shown_kinds[] = {
  { "actors/grid", "stakeholders" },
  { "strategy/timeline", "actions" },
  { "strategy/check", "actions" },
  { "dashboard/board", "actions" },
  { "dashboard/trend", "measurements" },
};

/* The kind a tool edits (the first of them) or shows, or NULL. */
static const char *
tool_kind (const TrellisAppTool *tool,
           const char           *path)
{
  if (tool->item_types[0] != NULL)
    return trellis_import_type_to_kind (tool->item_types[0] ());
  for (guint i = 0; i < G_N_ELEMENTS (shown_kinds); i++)
    if (g_str_equal (shown_kinds[i].path, path))
      return shown_kinds[i].kind;
  return NULL;
}

/**
 * trellis_exchange_kind_for_view:
 *
 * The kind of item an import or an export starts with: the one of the
 * tool on screen, else of the first tool of its page that has one, else
 * stakeholders.
 *
 * Returns: (transfer none): a kind of trellis_import_list_kinds()
 */
const char *
trellis_exchange_kind_for_view (TrellisProjectView *view)
{
  const char *page = trellis_project_view_get_page (view);
  const char *first = NULL;
  const TrellisAppTool *tools;
  guint n_tools;

  tools = trellis_app_get_tools (&n_tools);
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *path = trellis_app_tool_dup_path (&tools[i]);
      const char *kind = tool_kind (&tools[i], path);
      GtkWidget *tool;

      if (g_strcmp0 (tools[i].page_name, page) != 0 || kind == NULL)
        continue;
      tool = trellis_project_view_peek_tool_view (view, path);
      if (tool != NULL && gtk_widget_get_mapped (tool))
        return kind;
      if (first == NULL)
        first = kind;
    }
  return first != NULL ? first : "stakeholders";
}

/**
 * trellis_exchange_kind_index:
 * @kind: (nullable): a kind's name ("actions")
 *
 * Returns: its position in trellis_import_list_kinds(), or
 *   %GTK_INVALID_LIST_POSITION if it is none of them
 */
guint
trellis_exchange_kind_index (const char *kind)
{
  const char * const *kinds = trellis_import_list_kinds ();

  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_strcmp0 (kinds[i], kind) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}
