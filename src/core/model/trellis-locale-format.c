/* trellis-locale-format.c: dates, numbers and money as the reader's locale writes them
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What people read (the window, the printed and PDF reports, the minutes,
 * the command line's words) follows LC_TIME and LC_NUMERIC through these
 * functions; what is written to be read back (.trellis files, CSV, XLSX,
 * iCalendar, JSON, --json output) stays ISO and uses the dot, through
 * trellis_date_format () and g_ascii_dtostr ().
 *
 * The C and POSIX locales (the tests, LANG=C) have no preference: a day is
 * shown as its ISO date there, and thousands are set apart by a narrow
 * no-break space, as the SI writes them, since the C library groups none.
 */

#define _GNU_SOURCE /* strptime () */
#define G_LOG_DOMAIN "trellis-locale-format"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "trellis-locale-format.h"

#define NARROW_NBSP "\u202f"
#define MINUS_SIGN "\u2212"

static gboolean
locale_is_c (int category)
{
  const char *name = setlocale (category, NULL);

  return name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0
         || g_str_has_prefix (name, "C.");
}

static const char *
date_format (void)
{
  /* Translators: a day as the interface and the reports show it, "15 Mar 2027".
   * See the strftime manual page: %-d is the day without a leading zero, %b the
   * abbreviated month, %B the full one, %m its number, %Y the year. */
  return C_("date", "%-d %b %Y");
}

static const char *
date_format_long (void)
{
  /* Translators: a day written out in full, "15 March 2027"; see the strftime manual page */
  return C_("date", "%-d %B %Y");
}

static const char *
date_format_short (void)
{
  /* Translators: a day without its year, "15 Mar"; see the strftime manual page */
  return C_("date", "%-d %b");
}

/* strftime () itself rather than g_date_strftime (), which converts through
 * the charset of LC_CTYPE and fails on "März" when only LC_TIME is German. */
static char *
format_day (TrellisDay  day,
            const char *format,
            gboolean    iso_in_c)
{
  unsigned d, m, y;
  struct tm tm = { 0 };
  char buffer[128];
  gsize len;

  if (!trellis_date_to_dmy (day, &d, &m, &y))
    return NULL;
  if (iso_in_c && locale_is_c (LC_TIME))
    return trellis_date_format (day);
  tm.tm_mday = d;
  tm.tm_mon = m - 1;
  tm.tm_year = y - 1900;
  tm.tm_wday = (int) (((day - 1) % 7 + 1) % 7);  /* day 1 was a Monday */
  tm.tm_yday = (int) (day - trellis_date_from_dmy (1, 1, y));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  len = strftime (buffer, sizeof buffer, format, &tm);
#pragma GCC diagnostic pop
  if (len == 0)
    return trellis_date_format (day);
  if (g_utf8_validate (buffer, len, NULL))
    return g_strndup (buffer, len);
  return g_locale_to_utf8 (buffer, len, NULL, NULL, NULL);
}

/**
 * trellis_format_date:
 *
 * The day as people read it in the interface and the reports: the locale's
 * order and month names through a translatable strftime format ("15 Mar
 * 2027", "15 mars 2027"); the ISO date in the C locale.
 *
 * Returns: (transfer full) (nullable): the day, %NULL for %TRELLIS_DAY_NONE
 */
char *
trellis_format_date (TrellisDay day)
{
  return format_day (day, date_format (), TRUE);
}

/**
 * trellis_format_date_into:
 * @buffer: where to write the day as trellis_format_date () shows it, and a
 *   NUL; "" for no date
 *
 * For the places that format many days into a buffer on the stack.
 */
void
trellis_format_date_into (TrellisDay day,
                          char       buffer[TRELLIS_DISPLAY_DATE_SIZE])
{
  g_autofree char *text = trellis_format_date (day);

  g_strlcpy (buffer, text != NULL ? text : "", TRELLIS_DISPLAY_DATE_SIZE);
}

/**
 * trellis_format_date_long:
 *
 * Returns: (transfer full) (nullable): the day with the month written out,
 *   "15 March 2027" (ISO in the C locale); %NULL for %TRELLIS_DAY_NONE
 */
char *
trellis_format_date_long (TrellisDay day)
{
  return format_day (day, date_format_long (), TRUE);
}

/**
 * trellis_format_date_short:
 *
 * Returns: (transfer full) (nullable): the day without its year, "15 Mar",
 *   for places where the year is plain (ISO in the C locale); %NULL for
 *   %TRELLIS_DAY_NONE
 */
char *
trellis_format_date_short (TrellisDay day)
{
  return format_day (day, date_format_short (), TRUE);
}

/**
 * trellis_format_month:
 *
 * Returns: (transfer full) (nullable): the month of @day and its year,
 *   "March 2027", in the locale's words; %NULL for %TRELLIS_DAY_NONE
 */
char *
trellis_format_month (TrellisDay day)
{
  /* Translators: a month and its year, "March 2027"; see the strftime manual page */
  return format_day (day, C_("date", "%B %Y"), FALSE);
}

/**
 * trellis_format_quarter:
 *
 * Returns: (transfer full) (nullable): the quarter of @day and its year,
 *   "Q1 2027"; %NULL for %TRELLIS_DAY_NONE
 */
char *
trellis_format_quarter (TrellisDay day)
{
  unsigned d, m, y;

  if (!trellis_date_to_dmy (day, &d, &m, &y))
    return NULL;
  /* Translators: a quarter of a year, "Q1 2027": %1$u is the quarter (1 to 4),
   * %2$u the year */
  return g_strdup_printf (C_("date", "Q%1$u %2$u"), (m - 1) / 3 + 1, y);
}

/**
 * trellis_format_timestamp:
 * @iso8601: (nullable): a moment as files store it, "2027-03-15T09:30:00Z"
 *
 * Returns: (transfer full) (nullable): the moment in local time as people
 *   read it, "15 Mar 2027 10:30"; @iso8601 itself in the C locale or if it
 *   is not a moment; %NULL for %NULL
 */
char *
trellis_format_timestamp (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL)
    return NULL;
  utc = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (utc == NULL || locale_is_c (LC_TIME))
    return g_strdup (iso8601);
  local = g_date_time_to_local (utc);
  /* Translators: a day and a time of day, "15 Mar 2027 10:30"; see the
   * strftime manual page (%H:%M is the 24-hour clock, %I:%M %p the 12-hour one) */
  return g_date_time_format (local, C_("date", "%-d %b %Y %H:%M"));
}

/* @value (not negative) with @digits decimals, the locale's decimal mark
 * and its thousands separator, or a narrow space where it has none. */
static char *
format_grouped (double value,
                int    digits)
{
  const struct lconv *conv = localeconv ();
  g_autofree char *plain = NULL;
  GString *text;
  gsize whole;

  if (conv->thousands_sep != NULL && conv->thousands_sep[0] != '\0')
    return g_strdup_printf ("%'.*f", digits, value);

  plain = g_strdup_printf ("%.*f", digits, value);
  whole = strspn (plain, "0123456789");
  text = g_string_sized_new (strlen (plain) + 3 * (whole / 3));
  for (gsize i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append (text, NARROW_NBSP);
      g_string_append_c (text, plain[i]);
    }
  g_string_append (text, plain + whole);
  return g_string_free (text, FALSE);
}

/* Drops the zeros at the end of the decimals, and the mark if none is left. */
static void
trim_decimals (char *text)
{
  const char *mark = localeconv ()->decimal_point;
  char *at = mark != NULL && mark[0] != '\0' ? strstr (text, mark) : NULL;
  gsize len;

  if (at == NULL)
    return;
  len = strlen (text);
  while (len > 0 && text[len - 1] == '0')
    text[--len] = '\0';
  if (at + strlen (mark) == text + len)
    *at = '\0';
}

/**
 * trellis_format_decimal:
 * @digits: the decimals to show; negative for as many as @value needs, up to six
 *
 * A number as people read it: the locale's decimal mark, thousands in
 * groups ("1.234,5" in German), a minus sign rather than a hyphen, never
 * "−0".
 *
 * Returns: (transfer full): the number; "" for NaN
 */
char *
trellis_format_decimal (double value,
                        int    digits)
{
  int shown = digits < 0 ? 6 : MIN (digits, 15);
  double scale = pow (10, shown);
  double rounded = round (fabs (value) * scale) / scale;
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("");
  number = format_grouped (rounded, shown);
  if (digits < 0)
    trim_decimals (number);
  if (value < 0 && rounded > 0)
    return g_strconcat (MINUS_SIGN, number, NULL);
  return g_steal_pointer (&number);
}

/**
 * trellis_format_int:
 *
 * Returns: (transfer full): @value with its thousands grouped as the locale
 *   groups them, "12,500" ("12.500" in German)
 */
char *
trellis_format_int (gint64 value)
{
  return trellis_format_decimal ((double) value, 0);
}

/**
 * trellis_format_percent:
 * @percent: the share in per cent (42 for 42 %)
 *
 * Returns: (transfer full): the share rounded to a whole number with the
 *   locale's per cent format, "42 %"; "" for NaN
 */
char *
trellis_format_percent (double percent)
{
  g_autofree char *number = NULL;

  if (isnan (percent))
    return g_strdup ("");
  number = trellis_format_decimal (percent, 0);
  /* Translators: a share in per cent; %s is the number, "42".  Keep or drop
   * the space before the sign as your language writes it (French: a narrow
   * no-break space, U+202F). */
  return g_strdup_printf (C_("percent", "%s %%"), number);
}

/**
 * trellis_format_amount:
 *
 * Returns: (transfer full): an amount of money without its currency, in
 *   groups of thousands with the locale's decimal mark; cents only when
 *   there are some ("4,200", "1,250.50"); "" for NaN
 */
char *
trellis_format_amount (double amount)
{
  double cents = round (fabs (amount) * 100);

  if (!isfinite (amount))
    return g_strdup ("");
  return trellis_format_decimal (amount, fmod (cents, 100) == 0 ? 0 : 2);
}

/**
 * trellis_format_money:
 * @currency: (nullable): the currency as the project stores it, "EUR"
 *
 * Returns: (transfer full): the amount (as trellis_format_amount ()) and
 *   its currency, "15,000 EUR"; "" for NaN
 */
char *
trellis_format_money (double      amount,
                      const char *currency)
{
  g_autofree char *number = trellis_format_amount (amount);

  if (!isfinite (amount) || currency == NULL || currency[0] == '\0')
    return g_steal_pointer (&number);
  /* Translators: an amount of money and its currency as the project stores it,
   * "15,000 EUR"; write "%2$s %1$s" to put the currency first */
  return g_strdup_printf (C_("money", "%1$s %2$s"), number, currency);
}

/**
 * trellis_format_number_for_entry:
 *
 * A number to put in an entry that trellis_parse_number () reads back to
 * the same value: every digit it has, the locale's decimal mark, no groups.
 *
 * Returns: (transfer full): the number; "" for NaN
 */
char *
trellis_format_number_for_entry (double value)
{
  const char *mark = localeconv ()->decimal_point;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *dot;

  if (!isfinite (value))
    return g_strdup ("");
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  dot = strchr (buffer, '.');
  if (dot == NULL || mark == NULL || mark[0] == '\0' || strcmp (mark, ".") == 0)
    return g_strdup (buffer);
  *dot = '\0';
  return g_strconcat (buffer, mark, dot + 1, NULL);
}

/* strptime () takes no "-" flag: "%-d" becomes "%d", which reads one or two digits. */
static TrellisDay
parse_with_format (const char *text,
                   const char *format)
{
  g_autoptr(GString) plain = g_string_new (format);
  struct tm tm = { 0 };
  const char *end;

  g_string_replace (plain, "%-", "%", 0);
  tm.tm_mday = 0;
  tm.tm_year = G_MININT / 2;
  end = strptime (text, plain->str, &tm);
  if (end == NULL || *end != '\0' || tm.tm_year == G_MININT / 2 || tm.tm_mday <= 0)
    return TRELLIS_DAY_NONE;
  return trellis_date_from_dmy (tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900);
}

/**
 * trellis_parse_date:
 * @text: (nullable): what was typed as a date
 *
 * Reads a date as trellis_format_date () or trellis_format_date_long ()
 * show it in the current locale ("15 Mar 2027", "15. März 2027"), the
 * locale's numeric form (%x, "15.03.2027") or an ISO date, spaces around
 * allowed.
 *
 * Returns: the day, %TRELLIS_DAY_NONE if @text is none of these
 */
TrellisDay
trellis_parse_date (const char *text)
{
  g_autofree char *typed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *formats[] = { date_format (), date_format_long (), "%x" };
  TrellisDay day = trellis_date_parse (typed);

  if (day != TRELLIS_DAY_NONE || typed[0] == '\0')
    return day;
  for (guint i = 0; i < G_N_ELEMENTS (formats) && day == TRELLIS_DAY_NONE; i++)
    day = parse_with_format (typed, formats[i]);
  return day;
}

/* Keeps the digits, signs and marks of @text: spaces, no-break spaces and
 * the locale's own thousands separator (other than a dot or a comma) are
 * groups; a minus sign is a hyphen. */
static char *
strip_groups (const char *text)
{
  const char *separator = localeconv ()->thousands_sep;
  GString *plain = g_string_new (text);

  g_string_replace (plain, MINUS_SIGN, "-", 0);
  g_string_replace (plain, NARROW_NBSP, "", 0);
  g_string_replace (plain, "\u00a0", "", 0);
  g_string_replace (plain, "\u2009", "", 0);
  g_string_replace (plain, " ", "", 0);
  if (separator != NULL && separator[0] != '\0' && strcmp (separator, ".") != 0
      && strcmp (separator, ",") != 0)
    g_string_replace (plain, separator, "", 0);
  return g_string_free (plain, FALSE);
}

/* A group of thousands starts after a separator: three digits, then no digit. */
static gboolean
is_group (const char *after)
{
  return g_ascii_isdigit (after[0]) && g_ascii_isdigit (after[1]) && g_ascii_isdigit (after[2])
         && !g_ascii_isdigit (after[3]);
}

/* Turns the groups and the decimal mark of @text into one dot: with both a
 * dot and a comma the last is the mark; one of them alone is the mark if it
 * occurs once ("12,5", "12.5"), groups if more often ("1.234.567").  FALSE
 * if a group is not three digits. */
static gboolean
normalize_marks (char *text)
{
  char *dot = strrchr (text, '.');
  char *comma = strrchr (text, ',');
  char mark = dot == NULL ? ',' : comma == NULL || dot > comma ? '.' : ',';
  char *last = strrchr (text, mark);
  char *out = text;

  if (last != NULL && strchr (text, mark) != last)
    last = NULL;
  for (char *in = text; *in != '\0'; in++)
    {
      if (in == last)
        *out++ = '.';
      else if (*in != '.' && *in != ',')
        *out++ = *in;
      else if (!is_group (in + 1) || in == text || !g_ascii_isdigit (in[-1]))
        return FALSE;
    }
  *out = '\0';
  return TRUE;
}

/**
 * trellis_parse_number:
 * @text: what was typed: "1234.5", "1234,5", "1.234,5", "1 234,5", "-3"
 * @value: (out): the number
 *
 * Reads a number typed with the locale's decimal mark or a dot, with or
 * without groups of thousands, spaces around allowed.  Not hexadecimal,
 * infinities or NaN.
 *
 * Returns: %FALSE if @text is empty or not a number
 */
gboolean
trellis_parse_number (const char *text,
                      double     *value)
{
  g_autofree char *plain = strip_groups (text != NULL ? text : "");
  char *end = NULL;
  double parsed;

  g_return_val_if_fail (value != NULL, FALSE);

  if (!normalize_marks (plain) || plain[0] == '\0' || strpbrk (plain, "xXnNiI") != NULL)
    return FALSE;
  parsed = g_ascii_strtod (plain, &end);
  if (end == plain || *end != '\0' || !isfinite (parsed))
    return FALSE;
  *value = parsed;
  return TRUE;
}
