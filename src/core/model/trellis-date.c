/* trellis-date.c: the one calendar: days as numbers, ISO dates, and the day to judge
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every date of a project is held as a TrellisDay, parsed once when the file
 * is read and written back as the same ISO text.  Every rule that asks "what
 * day is it" asks trellis_date_today (), so the tests, the screenshots and a
 * user who sets TRELLIS_TODAY=YYYY-MM-DD see the same day everywhere.
 */

#define G_LOG_DOMAIN "trellis-date"

#include "config.h"

#include <time.h>

#include "trellis-date.h"

static const unsigned int days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/**
 * trellis_date_from_dmy:
 *
 * g_date_get_julian () by arithmetic (days from 1 January of year 1 in the
 * proleptic Gregorian calendar): reading a big project parses some 30,000
 * dates, and GDate's way costs three times as much.
 *
 * Returns: the day, or %TRELLIS_DAY_NONE if it is not a valid date
 */
TrellisDay
trellis_date_from_dmy (unsigned day,
                       unsigned month,
                       unsigned year)
{
  static const unsigned int before_month[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  unsigned int y = year - 1;
  TrellisDay days;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month[month - 1] + (month == 2 && g_date_is_leap_year (year)))
    return TRELLIS_DAY_NONE;

  days = 365 * y + y / 4 - y / 100 + y / 400 + before_month[month - 1] + day;
  if (month > 2 && g_date_is_leap_year (year))
    days++;
  return days;
}

/**
 * trellis_date_to_dmy:
 *
 * Returns: %FALSE if @day is not a valid day (the outputs are then 0)
 */
gboolean
trellis_date_to_dmy (TrellisDay  day,
                     unsigned   *out_day,
                     unsigned   *out_month,
                     unsigned   *out_year)
{
  GDate d;

  *out_day = *out_month = *out_year = 0;
  if (day == TRELLIS_DAY_NONE || !g_date_valid_julian (day))
    return FALSE;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  *out_day = g_date_get_day (&d);
  *out_month = g_date_get_month (&d);
  *out_year = g_date_get_year (&d);
  return TRUE;
}

/**
 * trellis_date_parse:
 * @text: (nullable): an ISO date, exactly "YYYY-MM-DD"
 *
 * Only the file syntax is accepted: four digits of year, two of month and
 * two of day, no sign, no space, nothing after.
 *
 * Returns: its day, or %TRELLIS_DAY_NONE if @text is not a valid date
 */
TrellisDay
trellis_date_parse (const char *text)
{
  unsigned int year = 0, month, day;

  /* By hand, not sscanf (), which takes signs and spaces.  A NUL fails the
   * digit test, so no strlen (). */
  if (text == NULL)
    return TRELLIS_DAY_NONE;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return TRELLIS_DAY_NONE;
  if (text[10] != '\0')
    return TRELLIS_DAY_NONE;
  for (guint i = 0; i < 4; i++)
    year = year * 10 + (text[i] - '0');
  month = (text[5] - '0') * 10 + (text[6] - '0');
  day = (text[8] - '0') * 10 + (text[9] - '0');

  return trellis_date_from_dmy (day, month, year);
}

/**
 * trellis_date_format_into:
 * @buffer: where to write "YYYY-MM-DD" and a NUL; "" for no date
 */
void
trellis_date_format_into (TrellisDay day,
                          char       buffer[TRELLIS_DATE_BUF_SIZE])
{
  unsigned d, m, y;

  if (!trellis_date_to_dmy (day, &d, &m, &y))
    {
      buffer[0] = '\0';
      return;
    }
  g_snprintf (buffer, TRELLIS_DATE_BUF_SIZE, "%04u-%02u-%02u", y, m, d);
}

/**
 * trellis_date_format:
 *
 * Returns: (transfer full) (nullable): @day as an ISO date, %NULL for
 *   %TRELLIS_DAY_NONE
 */
char *
trellis_date_format (TrellisDay day)
{
  char buffer[TRELLIS_DATE_BUF_SIZE];

  if (day == TRELLIS_DAY_NONE)
    return NULL;
  trellis_date_format_into (day, buffer);
  return buffer[0] != '\0' ? g_strdup (buffer) : NULL;
}

/**
 * trellis_date_today:
 *
 * The day every rule judges by default.  TRELLIS_TODAY=YYYY-MM-DD in the
 * environment fixes it, for tests, screenshots and looking at a plan as it
 * will stand on another day.
 *
 * Returns: today's day, in local time
 */
TrellisDay
trellis_date_today (void)
{
  TrellisDay fixed = trellis_date_parse (g_getenv ("TRELLIS_TODAY"));
  GDate d;

  if (fixed != TRELLIS_DAY_NONE)
    return fixed;
  g_date_clear (&d, 1);
  g_date_set_time_t (&d, time (NULL));
  return g_date_get_julian (&d);
}

/**
 * trellis_date_add_months:
 * @months: how many months later; negative for earlier
 *
 * Returns: the same day of the month @months later, or the last day of a
 *   shorter month (31 January + 1 month is 28 or 29 February);
 *   %TRELLIS_DAY_NONE for no date
 */
TrellisDay
trellis_date_add_months (TrellisDay day,
                         int        months)
{
  GDate date;

  if (day == TRELLIS_DAY_NONE)
    return TRELLIS_DAY_NONE;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (months > 0)
    g_date_add_months (&date, (guint) months);
  else if (months < 0)
    g_date_subtract_months (&date, (guint) -months);
  return g_date_get_julian (&date);
}
