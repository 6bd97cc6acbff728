/* trellis-timeline-edit.c: the timeline's days, and moving and resizing its bars
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Days are Julian day numbers (GDate's), 0 for no date.  Dragging a bar's middle moves the action's start and due
 * together, dragging an end moves one of them; either is one undo step,
 * and an action never ends before it starts.  The tests and the
 * screenshots fix today with TRELLIS_TODAY=YYYY-MM-DD.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n.h>

#include "trellis-date.h"
#include "trellis-history.h"
#include "trellis-timeline-layout.h"

/* Edits */

static TrellisDay
get_edge (TrellisAction       *action,
          TrellisTimelineEdge  edge)
{
  if (edge == TRELLIS_TIMELINE_EDGE_START)
    return trellis_action_get_start (action);
  return trellis_action_get_due (action);
}

/* Moves the date of @edge, if it has one, by @days_delta days. */
static void
shift_date (TrellisAction       *action,
            TrellisTimelineEdge  edge,
            int                  days_delta)
{
  TrellisDay day = get_edge (action, edge);

  if (day == TRELLIS_DAY_NONE)
    return;
  if (edge == TRELLIS_TIMELINE_EDGE_START)
    trellis_action_set_start (action, day + days_delta);
  else
    trellis_action_set_due (action, day + days_delta);
}

/**
 * trellis_timeline_move_action:
 * @days_delta: days later (earlier if negative)
 *
 * Moves @action's start and due date together, as one undo step.
 *
 * Returns: %FALSE if nothing moved (no dates, or no days)
 */
gboolean
trellis_timeline_move_action (TrellisProject *project,
                              TrellisAction  *action,
                              int             days_delta)
{
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  if (days_delta == 0 ||
      (trellis_action_get_start (action) == TRELLIS_DAY_NONE &&
       trellis_action_get_due (action) == TRELLIS_DAY_NONE))
    return FALSE;

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Move Action"));
  shift_date (action, TRELLIS_TIMELINE_EDGE_START, days_delta);
  shift_date (action, TRELLIS_TIMELINE_EDGE_DUE, days_delta);
  trellis_history_end_group (history);
  return TRUE;
}

/**
 * trellis_timeline_resize_action:
 * @edge: the date that moves
 * @days_delta: days later (earlier if negative)
 *
 * Moves @action's start or due date, as one undo step.  An action can end
 * on the day it starts, not before.
 *
 * Returns: %FALSE with @error set if the action would end before it
 *   starts, or %FALSE if the date is not set or nothing moved
 */
gboolean
trellis_timeline_resize_action (TrellisProject       *project,
                                TrellisAction        *action,
                                TrellisTimelineEdge   edge,
                                int                   days_delta,
                                GError              **error)
{
  TrellisDay start, due;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  start = trellis_action_get_start (action);
  due = trellis_action_get_due (action);
  if (days_delta == 0 || (edge == TRELLIS_TIMELINE_EDGE_START ? start : due) == 0)
    return FALSE;

  if (edge == TRELLIS_TIMELINE_EDGE_START)
    start += days_delta;
  else
    due += days_delta;
  if (start != 0 && due != 0 && due < start)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("An action cannot end before it starts"));
      return FALSE;
    }

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, edge == TRELLIS_TIMELINE_EDGE_START ? _("Change Start") : _("Change Due Date"));
  shift_date (action, edge, days_delta);
  trellis_history_end_group (history);
  return TRUE;
}
