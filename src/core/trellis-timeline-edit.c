/* trellis-timeline-edit.c: the timeline's days, and moving and resizing its bars
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Days are Julian day numbers (GDate's), 0 for no date; the project keeps
 * ISO dates.  Dragging a bar's middle moves the action's start and due
 * together, dragging an end moves one of them; either is one undo step,
 * and an action never ends before it starts.  The tests and the
 * screenshots fix today with TRELLIS_TODAY=YYYY-MM-DD.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n.h>

#include "trellis-history.h"
#include "trellis-timeline-layout.h"

/* g_date_get_julian () by arithmetic (days from the proleptic Gregorian
 * calendar's 1 January of year 1, which is day 1): the status report parses
 * some 30,000 dates per change, and GDate's way costs a third of that. */
static const unsigned int days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

static guint32
julian_day (unsigned int year,
            unsigned int month,
            unsigned int day)
{
  static const unsigned int before_month[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  unsigned int y = year - 1;
  guint32 days = 365 * y + y / 4 - y / 100 + y / 400 + before_month[month - 1] + day;

  if (month > 2 && g_date_is_leap_year (year))
    days++;
  return days;
}

/**
 * trellis_timeline_parse_day:
 * @date: (nullable): an ISO date, "YYYY-MM-DD"
 *
 * Returns: its Julian day, or 0 if @date is not a valid date
 */
guint32
trellis_timeline_parse_day (const char *date)
{
  unsigned int year = 0, month, day;

  /* By hand, not sscanf (): layouts parse three dates per action, the
   * status report more.  A NUL fails the digit test, so no strlen (). */
  if (date == NULL)
    return 0;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? date[i] != '-' : !g_ascii_isdigit (date[i]))
      return 0;
  if (date[10] != '\0')
    return 0;
  for (guint i = 0; i < 4; i++)
    year = year * 10 + (date[i] - '0');
  month = (date[5] - '0') * 10 + (date[6] - '0');
  day = (date[8] - '0') * 10 + (date[9] - '0');
  if (year == 0 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month[month - 1] + (month == 2 && g_date_is_leap_year (year)))
    return 0;

  return julian_day (year, month, day);
}

/**
 * trellis_timeline_add_months:
 * @day: a day number of trellis_timeline_parse_day()
 * @months: how many months later; negative for earlier
 *
 * Returns: the same day of the month @months later, or the last day of a
 *   shorter month (31 January + 1 month is 28 or 29 February)
 */
guint32
trellis_timeline_add_months (guint32 day,
                             int     months)
{
  GDate date;

  g_return_val_if_fail (day != 0, 0);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (months > 0)
    g_date_add_months (&date, (guint) months);
  else if (months < 0)
    g_date_subtract_months (&date, (guint) -months);
  return g_date_get_julian (&date);
}

/**
 * trellis_timeline_format_day:
 *
 * Returns: (transfer full): @day as an ISO date
 */
char *
trellis_timeline_format_day (guint32 day)
{
  GDate d;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

/**
 * trellis_timeline_today:
 *
 * Returns: today's Julian day (TRELLIS_TODAY=YYYY-MM-DD overrides it)
 */
guint32
trellis_timeline_today (void)
{
  guint32 fixed = trellis_timeline_parse_day (g_getenv ("TRELLIS_TODAY"));
  GDate d;

  if (fixed != 0)
    return fixed;
  g_date_clear (&d, 1);
  g_date_set_time_t (&d, time (NULL));
  return g_date_get_julian (&d);
}

/* Edits */

static void
shift_date (TrellisAction *action,
            const char    *property,
            int            days_delta)
{
  guint32 day = trellis_timeline_parse_day (trellis_item_get_string (TRELLIS_ITEM (action), property));
  g_autofree char *date = NULL;

  if (day == 0)
    return;
  date = trellis_timeline_format_day (day + days_delta);
  g_object_set (action, property, date, NULL);
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
      (trellis_timeline_parse_day (trellis_item_get_string (TRELLIS_ITEM (action), "start")) == 0 &&
       trellis_timeline_parse_day (trellis_item_get_string (TRELLIS_ITEM (action), "due")) == 0))
    return FALSE;

  history = trellis_project_get_history (project);
  trellis_history_begin_group (history, _("Move Action"));
  shift_date (action, "start", days_delta);
  shift_date (action, "due", days_delta);
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
  const char *property = edge == TRELLIS_TIMELINE_EDGE_START ? "start" : "due";
  guint32 start, due;
  TrellisHistory *history;

  g_return_val_if_fail (TRELLIS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TRELLIS_IS_ACTION (action), FALSE);

  start = trellis_timeline_parse_day (trellis_item_get_string (TRELLIS_ITEM (action), "start"));
  due = trellis_timeline_parse_day (trellis_item_get_string (TRELLIS_ITEM (action), "due"));
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
  shift_date (action, property, days_delta);
  trellis_history_end_group (history);
  return TRUE;
}
