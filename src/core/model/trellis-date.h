/* trellis-date.h: the one calendar: days as numbers, ISO dates, and the day to judge
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TrellisDay:
 *
 * A day as a Julian day number, as #GDate counts them (1 January of year 1
 * is day 1); 0 (%TRELLIS_DAY_NONE) means "no date".  Days compare and
 * subtract as plain numbers.
 */
typedef guint32 TrellisDay;

#define TRELLIS_DAY_NONE ((TrellisDay) 0)

/* The length of an ISO date, "YYYY-MM-DD", with its NUL. */
#define TRELLIS_DATE_BUF_SIZE 11

TrellisDay  trellis_date_parse        (const char *text);
char       *trellis_date_format       (TrellisDay  day);
void        trellis_date_format_into  (TrellisDay  day,
                                       char        buffer[TRELLIS_DATE_BUF_SIZE]);
TrellisDay  trellis_date_today        (void);
TrellisDay  trellis_date_add_months   (TrellisDay  day,
                                       int         months);
TrellisDay  trellis_date_from_dmy     (unsigned    day,
                                       unsigned    month,
                                       unsigned    year);
gboolean    trellis_date_to_dmy       (TrellisDay  day,
                                       unsigned   *out_day,
                                       unsigned   *out_month,
                                       unsigned   *out_year);

G_END_DECLS
