/* trellis-presenter-board-plan.c: the actors, timeline and status boards of presenter mode
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each reads the project through the core rules the editing views call:
 * the grid's cells and advice (trellis-stakeholder-analysis), the helix
 * balance and its checks, the status report's lights and reasons. The
 * timeline is presented as the quarters of the plan, each with its actions
 * (by their first day) and milestones in date order.
 */

#define G_LOG_DOMAIN "trellis-presenter-board"

#include "config.h"

#include <glib/gi18n.h>

#include "trellis-presenter-board.h"
#include "trellis-status-report.h"
#include "trellis-locale-format.h"

TrellisPresenterBoard *
_trellis_presenter_build_grid (TrellisProject *project)
{
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("actors/grid", TRELLIS_GRID_N_COLUMNS);
  GListModel *stakeholders = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  TrellisPresenterSection *cells[3][TRELLIS_GRID_N_COLUMNS];
  const TrellisGridAxis axis = TRELLIS_GRID_AXIS_ATTITUDE;

  for (int row = 0; row < 3; row++)
    for (guint column = 0; column < TRELLIS_GRID_N_COLUMNS; column++)
      {
        TrellisLevel influence = TRELLIS_LEVEL_HIGH - row;
        int value = trellis_grid_axis_get_value (axis, column);
        /* translators: a cell of the influence grid: its advice, the influence and the attitude */
        g_autofree char *heading = g_strdup_printf (_("%s · %s influence, %s"),
                                                    trellis_grid_cell_get_advice (axis, influence, value),
                                                    trellis_enum_label (TRELLIS_TYPE_LEVEL, influence),
                                                    trellis_grid_axis_get_value_label (axis, value));

        cells[influence][column] = _trellis_presenter_board_add_section (board, heading, NULL);
      }
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisStakeholder) stakeholder = g_list_model_get_item (stakeholders, i);
      TrellisLevel influence;
      int value;

      trellis_stakeholder_get_cell (stakeholder, axis, &influence, &value);
      _trellis_presenter_section_add_note (cells[influence][trellis_grid_axis_get_column (axis, value)],
                                           trellis_stakeholder_get_name (stakeholder),
                                           trellis_stakeholder_get_organisation (stakeholder), NULL);
    }
  return board;
}

static void
add_balance_checks (TrellisPresenterBoard *board,
                    TrellisProject        *project)
{
  TrellisHelixBalance balance;
  TrellisPresenterSection *section = _trellis_presenter_board_add_section (board, _("Balance"), NULL);

  trellis_helix_balance_compute (project, &balance);
  for (TrellisBalanceCheck check = 0; check < TRELLIS_BALANCE_N_CHECKS; check++)
    {
      g_autofree char *reason = NULL;
      TrellisCheckResult result = trellis_helix_balance_check (&balance, check, &reason);
      const char *style = result == TRELLIS_CHECK_MET ? "light-green"
                          : result == TRELLIS_CHECK_NOT_MET ? "light-red" : "light-grey";

      _trellis_presenter_section_add_note (section, trellis_balance_check_get_title (check), reason, style);
    }
}

TrellisPresenterBoard *
_trellis_presenter_build_helix (TrellisProject *project)
{
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("actors/helix", 3);
  GListModel *stakeholders = trellis_project_get_items (project, TRELLIS_TYPE_STAKEHOLDER);
  TrellisPresenterSection *helices[TRELLIS_N_HELIX_TYPES];

  for (TrellisHelix helix = 0; helix < TRELLIS_N_HELIX_TYPES; helix++)
    helices[helix] = _trellis_presenter_board_add_section (board, trellis_enum_label (TRELLIS_TYPE_HELIX, helix),
                                                          NULL);
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(TrellisStakeholder) stakeholder = g_list_model_get_item (stakeholders, i);
      TrellisHelix helix = trellis_stakeholder_get_helix (stakeholder);

      if (helix < TRELLIS_N_HELIX_TYPES)
        _trellis_presenter_section_add_note (helices[helix], trellis_stakeholder_get_name (stakeholder),
                                             trellis_stakeholder_get_organisation (stakeholder), NULL);
    }
  add_balance_checks (board, project);
  return board;
}

typedef struct
{
  TrellisDay  day;
  TrellisDay  last_day;
  TrellisItem *item;
} Dated;

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  const Dated *x = a, *y = b;

  return x->day < y->day ? -1 : x->day > y->day ? 1 : 0;
}

/* Every action (by its start, else its due day) and milestone of the project, in date order. */
static GArray *
list_dated (TrellisProject *project)
{
  GListModel *actions = trellis_project_get_items (project, TRELLIS_TYPE_ACTION);
  GListModel *milestones = trellis_project_get_items (project, TRELLIS_TYPE_MILESTONE);
  GArray *dated = g_array_new (FALSE, FALSE, sizeof (Dated));

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TrellisAction) action = g_list_model_get_item (actions, i);
      TrellisDay start = trellis_action_get_start (action), due = trellis_action_get_due (action);
      Dated d = { start != 0 ? start : due, due, TRELLIS_ITEM (action) };

      g_array_append_val (dated, d);
    }
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(TrellisMilestone) milestone = g_list_model_get_item (milestones, i);
      Dated d = { trellis_milestone_get_date (milestone), 0, TRELLIS_ITEM (milestone) };

      g_array_append_val (dated, d);
    }
  g_array_sort (dated, compare_dated);
  return dated;
}

static char *
quarter_of (TrellisDay day)
{
  g_autoptr(GDate) date = NULL;

  if (day == 0)
    return g_strdup (_("No date"));
  date = g_date_new_julian (day);
  /* translators: a quarter of a year, "Q1 2027" */
  return g_strdup_printf (_("Q%d %d"), (g_date_get_month (date) - 1) / 3 + 1, g_date_get_year (date));
}

static void
add_dated_note (TrellisPresenterSection *section,
                const Dated             *d)
{
  g_autofree char *first = d->day != 0 ? trellis_format_date (d->day) : NULL;
  g_autofree char *last = d->last_day != 0 && d->last_day != d->day ? trellis_format_date (d->last_day) : NULL;
  g_autofree char *when = NULL;

  if (first != NULL && last != NULL)
    /* translators: the first and last day of an action */
    when = g_strdup_printf (_("%s to %s"), first, last);
  if (TRELLIS_IS_MILESTONE (d->item))
    {
      /* translators: a milestone on the presented timeline */
      g_autofree char *text = g_strdup_printf (_("◆ %s"), trellis_milestone_get_title (TRELLIS_MILESTONE (d->item)));

      _trellis_presenter_section_add_note (section, text, first, "presenter-milestone");
    }
  else
    _trellis_presenter_section_add_note (section, trellis_action_get_title (TRELLIS_ACTION (d->item)),
                                         when != NULL ? when : first, NULL);
}

TrellisPresenterBoard *
_trellis_presenter_build_timeline (TrellisProject *project)
{
  g_autoptr(GArray) dated = list_dated (project);
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  TrellisPresenterBoard *board;
  g_autofree char *current = NULL;

  board = _trellis_presenter_board_alloc ("strategy/timeline", 4);
  /* Undated items sort first (day 0); show them last. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < dated->len; i++)
      {
        const Dated *d = &g_array_index (dated, Dated, i);
        g_autofree char *quarter = NULL;

        if ((pass == 0) != (d->day != 0))
          continue;
        quarter = quarter_of (d->day);
        if (g_strcmp0 (quarter, current) != 0)
          {
            g_ptr_array_add (sections, _trellis_presenter_board_add_section (board, quarter, NULL));
            g_free (current);
            current = g_steal_pointer (&quarter);
          }
        add_dated_note (sections->pdata[sections->len - 1], d);
      }
  board->n_columns = CLAMP (sections->len, 1, 4);
  return board;
}

/* The whole title: the item's label may be shortened, and the sheet wraps instead. */
static char *
dup_title (TrellisItem *item)
{
  if (TRELLIS_IS_ACTION (item))
    return g_strdup (trellis_action_get_title (TRELLIS_ACTION (item)));
  if (TRELLIS_IS_GOAL (item))
    return g_strdup (trellis_goal_get_title (TRELLIS_GOAL (item)));
  if (TRELLIS_IS_MILESTONE (item))
    return g_strdup (trellis_milestone_get_title (TRELLIS_MILESTONE (item)));
  if (TRELLIS_IS_INDICATOR (item))
    return g_strdup (trellis_indicator_get_name (TRELLIS_INDICATOR (item)));
  return trellis_item_dup_label (item);
}

static void
add_status_entries (TrellisStatusReport     *report,
                    GType                    type,
                    TrellisPresenterSection *sections[])
{
  g_autoptr(GPtrArray) entries = trellis_status_report_list (report, type);

  for (guint i = 0; i < entries->len; i++)
    {
      const TrellisStatusEntry *entry = entries->pdata[i];
      g_autofree char *label = dup_title (entry->item);

      _trellis_presenter_section_add_note (sections[entry->light], label,
                                           trellis_status_entry_get_reason (entry), NULL);
    }
}

TrellisPresenterBoard *
_trellis_presenter_build_status (TrellisProject *project)
{
  static const char *styles[] = { "light-grey", "light-green", "light-amber", "light-red" };
  static const TrellisLight order[] = { TRELLIS_LIGHT_RED, TRELLIS_LIGHT_AMBER, TRELLIS_LIGHT_GREEN,
                                        TRELLIS_LIGHT_GREY };
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("dashboard/board", 2);
  g_autofree char *as_of = trellis_date_format (trellis_date_today ());
  g_autoptr(TrellisStatusReport) report = trellis_status_report_new (project, as_of);
  TrellisPresenterSection *sections[TRELLIS_LIGHT_RED + 1];

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    sections[order[i]] = _trellis_presenter_board_add_section (board,
                                                              trellis_enum_label (TRELLIS_TYPE_LIGHT, order[i]),
                                                              styles[order[i]]);
  add_status_entries (report, TRELLIS_TYPE_GOAL, sections);
  add_status_entries (report, TRELLIS_TYPE_INDICATOR, sections);
  add_status_entries (report, TRELLIS_TYPE_ACTION, sections);
  add_status_entries (report, TRELLIS_TYPE_MILESTONE, sections);
  return board;
}
