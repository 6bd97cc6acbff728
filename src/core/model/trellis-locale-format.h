/* trellis-locale-format.h: dates, numbers and money as the reader's locale writes them
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "trellis-date.h"

G_BEGIN_DECLS

/* Room for a day as trellis_format_date () shows it, with its NUL. */
#define TRELLIS_DISPLAY_DATE_SIZE 64

char       *trellis_format_date          (TrellisDay  day);
void        trellis_format_date_into     (TrellisDay  day,
                                          char        buffer[TRELLIS_DISPLAY_DATE_SIZE]);
char       *trellis_format_date_long     (TrellisDay  day);
char       *trellis_format_date_short    (TrellisDay  day);
char       *trellis_format_month         (TrellisDay  day);
char       *trellis_format_quarter       (TrellisDay  day);
char       *trellis_format_timestamp     (const char *iso8601);
char       *trellis_format_int           (gint64      value);
char       *trellis_format_decimal       (double      value,
                                          int         digits);
char       *trellis_format_percent       (double      percent);
char       *trellis_format_amount        (double      amount);
char       *trellis_format_money         (double      amount,
                                          const char *currency);
char       *trellis_format_number_for_entry (double   value);
TrellisDay  trellis_parse_date           (const char *text);
gboolean    trellis_parse_number         (const char *text,
                                          double     *value);

G_END_DECLS
