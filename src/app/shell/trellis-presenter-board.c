/* trellis-presenter-board.c: what a board shows in presenter mode, read from the project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presenter mode does not embed the editing views (they carry menus, entries
 * and drop targets); each board is read from the project, through the same
 * core lists the editing views use, into a plain board: sections of notes.
 * TrellisPresenterSheet lays a board out to fit the screen. This file holds
 * the table of boards and the step 1, 3 and 4 boards; the actors, timeline and
 * status boards are in trellis-presenter-board-plan.c.
 */

#define G_LOG_DOMAIN "trellis-presenter-board"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-presenter-board.h"

static TrellisPresenterBoard *build_swot   (TrellisProject *project);
static TrellisPresenterBoard *build_tows   (TrellisProject *project);
static TrellisPresenterBoard *build_goals  (TrellisProject *project);
static TrellisPresenterBoard *build_canvas (TrellisProject *project);

/* In the order next/previous walks them. */
static const TrellisPresenterBoardInfo boards[] = {
  { "potentials/swot", N_("SWOT"), build_swot },
  { "potentials/tows", N_("TOWS Strategies"), build_tows },
  { "actors/grid", N_("Influence Grid"), _trellis_presenter_build_grid },
  { "actors/helix", N_("Helix Balance"), _trellis_presenter_build_helix },
  { "value/goals", N_("Goals"), build_goals },
  { "strategy/canvas", N_("Cluster Business Canvas"), build_canvas },
  { "strategy/timeline", N_("Timeline"), _trellis_presenter_build_timeline },
  { "dashboard/board", N_("Status"), _trellis_presenter_build_status },
};

/**
 * trellis_presenter_get_boards:
 *
 * Returns: (transfer none) (array length=n_boards): the boards presenter mode shows, in order
 */
const TrellisPresenterBoardInfo *
trellis_presenter_get_boards (guint *n_boards)
{
  *n_boards = G_N_ELEMENTS (boards);
  return boards;
}

/**
 * trellis_presenter_find_board:
 *
 * Returns: the index of the board @id, or -1
 */
int
trellis_presenter_find_board (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (boards); i++)
    if (g_strcmp0 (boards[i].id, id) == 0)
      return i;
  return -1;
}

/**
 * trellis_presenter_board_for_page:
 * @page: (nullable): a page or "page/tool" of the project view
 *
 * Returns: (transfer none): the board that presents that page ("actors/register" is
 *   presented by the influence grid; a page without a board by the SWOT board)
 */
const char *
trellis_presenter_board_for_page (const char *page)
{
  static const struct { const char *prefix; const char *board; } map[] = {
    { "potentials/tows", "potentials/tows" },
    { "actors/helix", "actors/helix" },
    { "actors", "actors/grid" },
    { "value", "value/goals" },
    { "strategy/canvas", "strategy/canvas" },
    { "strategy", "strategy/timeline" },
    { "dashboard", "dashboard/board" },
  };

  for (guint i = 0; page != NULL && i < G_N_ELEMENTS (map); i++)
    if (g_str_has_prefix (page, map[i].prefix))
      return map[i].board;
  return boards[0].id;
}

/**
 * trellis_presenter_board_new:
 * @id: a board's id ("potentials/swot")
 *
 * Returns: (transfer full) (nullable): the board as the project has it now
 */
TrellisPresenterBoard *
trellis_presenter_board_new (TrellisProject *project,
                             const char     *id)
{
  int index = trellis_presenter_find_board (id);
  TrellisPresenterBoard *board;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), NULL);

  if (index < 0)
    return NULL;
  board = boards[index].build (project);
  g_free (board->title);
  board->title = g_strdup (_(boards[index].title));
  return board;
}

static void
note_free (gpointer data)
{
  TrellisPresenterNote *note = data;

  g_free (note->text);
  g_free (note->detail);
  g_free (note->style);
  g_free (note);
}

static void
section_free (gpointer data)
{
  TrellisPresenterSection *section = data;

  g_free (section->heading);
  g_free (section->style);
  g_ptr_array_unref (section->notes);
  g_free (section);
}

/**
 * trellis_presenter_board_free:
 */
void
trellis_presenter_board_free (TrellisPresenterBoard *board)
{
  if (board == NULL)
    return;
  g_free (board->id);
  g_free (board->title);
  g_ptr_array_unref (board->sections);
  g_free (board);
}

/**
 * trellis_presenter_board_count_notes:
 *
 * Returns: the notes of every section
 */
guint
trellis_presenter_board_count_notes (TrellisPresenterBoard *board)
{
  guint n = 0;

  for (guint i = 0; i < board->sections->len; i++)
    n += ((TrellisPresenterSection *) board->sections->pdata[i])->notes->len;
  return n;
}

TrellisPresenterBoard *
_trellis_presenter_board_alloc (const char *id,
                                guint       n_columns)
{
  TrellisPresenterBoard *board = g_new0 (TrellisPresenterBoard, 1);

  board->id = g_strdup (id);
  board->n_columns = MAX (n_columns, 1);
  board->sections = g_ptr_array_new_with_free_func (section_free);
  return board;
}

TrellisPresenterSection *
_trellis_presenter_board_add_section (TrellisPresenterBoard *board,
                                      const char            *heading,
                                      const char            *style)
{
  TrellisPresenterSection *section = g_new0 (TrellisPresenterSection, 1);

  section->heading = g_strdup (heading);
  section->style = g_strdup (style);
  section->notes = g_ptr_array_new_with_free_func (note_free);
  g_ptr_array_add (board->sections, section);
  return section;
}

void
_trellis_presenter_section_add_note (TrellisPresenterSection *section,
                                     const char              *text,
                                     const char              *detail,
                                     const char              *style)
{
  TrellisPresenterNote *note = g_new0 (TrellisPresenterNote, 1);

  note->text = g_strdup (text != NULL && text[0] != '\0' ? text : "—");
  note->detail = detail != NULL && detail[0] != '\0' ? g_strdup (detail) : NULL;
  note->style = g_strdup (style);
  g_ptr_array_add (section->notes, note);
}

/* A vote count as the note's second line, none for no votes. */
static char *
describe_votes (int votes)
{
  if (votes <= 0)
    return NULL;
  /* translators: the dots a note received in a vote */
  return g_strdup_printf (ngettext ("● %d vote", "● %d votes", votes), votes);
}

static TrellisPresenterBoard *
build_swot (TrellisProject *project)
{
  static const char *styles[] = { "swot-strength", "swot-weakness", "swot-opportunity", "swot-threat" };
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("potentials/swot", 2);

  for (TrellisQuadrant q = TRELLIS_QUADRANT_STRENGTH; q <= TRELLIS_QUADRANT_THREAT; q++)
    {
      g_autoptr(GPtrArray) items = trellis_swot_list_quadrant (project, q);
      TrellisPresenterSection *section =
        _trellis_presenter_board_add_section (board, trellis_enum_label (TRELLIS_TYPE_QUADRANT, q),
                                              styles[q]);

      for (guint i = 0; i < items->len; i++)
        {
          TrellisSwotItem *item = items->pdata[i];
          g_autofree char *votes = describe_votes (trellis_swot_item_get_votes (item));

          _trellis_presenter_section_add_note (section, trellis_swot_item_get_text (item), votes, NULL);
        }
    }
  return board;
}

static TrellisPresenterBoard *
build_tows (TrellisProject *project)
{
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("potentials/tows", 2);
  GListModel *strategies = trellis_project_get_items (project, TRELLIS_TYPE_TOWS_STRATEGY);
  TrellisPresenterSection *sections[4];

  for (TrellisTowsType t = TRELLIS_TOWS_SO; t <= TRELLIS_TOWS_WT; t++)
    sections[t] = _trellis_presenter_board_add_section (board,
                                                        trellis_enum_label (TRELLIS_TYPE_TOWS_TYPE, t),
                                                        NULL);
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(TrellisTowsStrategy) strategy = g_list_model_get_item (strategies, i);
      TrellisTowsType type = trellis_tows_strategy_get_tows_type (strategy);

      if (type <= TRELLIS_TOWS_WT)
        _trellis_presenter_section_add_note (sections[type], trellis_tows_strategy_get_title (strategy),
                                             trellis_tows_strategy_get_description (strategy), NULL);
    }
  return board;
}

/* "Members served: 40 → 60 members", the baseline or target left out when unset. */
static char *
describe_indicator (TrellisIndicator *indicator)
{
  double baseline = trellis_indicator_get_baseline (indicator);
  double target = trellis_indicator_get_target (indicator);
  const char *unit = trellis_indicator_get_unit (indicator);

  if (isnan (target))
    return g_strdup (trellis_indicator_get_name (indicator));
  if (isnan (baseline))
    /* translators: an indicator, its target and unit */
    return g_strdup_printf (_("%s: → %g %s"), trellis_indicator_get_name (indicator), target,
                            unit != NULL ? unit : "");
  /* translators: an indicator, its baseline, target and unit */
  return g_strdup_printf (_("%s: %g → %g %s"), trellis_indicator_get_name (indicator), baseline,
                          target, unit != NULL ? unit : "");
}

static TrellisPresenterBoard *
build_goals (TrellisProject *project)
{
  GListModel *goals = trellis_project_get_items (project, TRELLIS_TYPE_GOAL);
  guint n = g_list_model_get_n_items (goals);
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("value/goals", n <= 4 ? 2 : 3);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrellisGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(GPtrArray) indicators = trellis_goal_list_indicators (project, goal);
      TrellisPresenterSection *section =
        _trellis_presenter_board_add_section (board, trellis_goal_get_title (goal), NULL);

      if (trellis_goal_get_description (goal) != NULL)
        _trellis_presenter_section_add_note (section, trellis_goal_get_description (goal), NULL,
                                             "presenter-description");
      for (guint j = 0; j < indicators->len; j++)
        {
          g_autofree char *text = describe_indicator (indicators->pdata[j]);

          _trellis_presenter_section_add_note (section, g_strstrip (text), NULL, NULL);
        }
    }
  return board;
}

static TrellisPresenterBoard *
build_canvas (TrellisProject *project)
{
  TrellisPresenterBoard *board = _trellis_presenter_board_alloc ("strategy/canvas", 5);

  for (TrellisCanvasBox box = TRELLIS_BOX_KEY_PARTNERS; box <= TRELLIS_BOX_REVENUE_STREAMS; box++)
    {
      g_autoptr(GPtrArray) notes = trellis_canvas_list_notes (project, NULL, box);
      TrellisPresenterSection *section =
        _trellis_presenter_board_add_section (board, trellis_enum_label (TRELLIS_TYPE_CANVAS_BOX, box),
                                              NULL);

      for (guint i = 0; i < notes->len; i++)
        _trellis_presenter_section_add_note (section, trellis_canvas_note_get_text (notes->pdata[i]),
                                             NULL, NULL);
    }
  return board;
}
