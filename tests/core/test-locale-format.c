/* test-locale-format.c: dates, numbers and money in the reader's locale; files stay ISO
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the C library decides (month names, the thousands separator, the
 * decimal mark), the expected text is what the C library gives for that
 * locale; where Trellis decides (the order of amount and currency, the
 * space before the per cent sign, the C locale's ISO dates and narrow
 * spaces), it is written here.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "trellis.h"
#include "trellis-csv-export.h"
#include "trellis-import.h"
#include "trellis-markdown.h"
#include "trellis-test-utils.h"
#include "trellis-locale-format.h"

static const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "it_IT.UTF-8" };

/* Switches to @name, or skips the case and says why. */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;
  g_test_skip_printf ("the locale %s is not installed (locale-gen it)", name);
  setlocale (LC_ALL, "C");
  return FALSE;
}

static char *
c_strftime (const char *format,
            unsigned    day,
            unsigned    month,
            unsigned    year)
{
  struct tm tm = { .tm_mday = day, .tm_mon = month - 1, .tm_year = year - 1900 };
  char buffer[128];

  mktime (&tm);
  /* The formats are the untranslated ones of trellis-locale-format.c. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_assert_cmpuint (strftime (buffer, sizeof buffer, format, &tm), >, 0);
#pragma GCC diagnostic pop
  return g_strdup (buffer);
}

static void
test_c_locale (void)
{
  TrellisDay day = trellis_date_from_dmy (15, 3, 2027);
  g_autofree char *date = trellis_format_date (day);
  g_autofree char *date_long = trellis_format_date_long (day);
  g_autofree char *month = trellis_format_month (day);
  g_autofree char *quarter = trellis_format_quarter (trellis_date_from_dmy (1, 10, 2027));
  g_autofree char *count = trellis_format_int (12500);
  g_autofree char *small = trellis_format_int (-999);
  g_autofree char *decimal = trellis_format_decimal (-1234.5, 1);
  g_autofree char *shortest = trellis_format_decimal (12.25, -1);
  g_autofree char *whole = trellis_format_decimal (12.0, -1);
  g_autofree char *zero = trellis_format_decimal (-0.001, 2);
  g_autofree char *percent = trellis_format_percent (42.4);
  g_autofree char *money = trellis_format_money (15000, "EUR");
  g_autofree char *cents = trellis_format_money (1250.5, "CHF");
  g_autofree char *bare = trellis_format_money (42, NULL);
  g_autofree char *none = trellis_format_money (NAN, "EUR");
  g_autofree char *stamp = trellis_format_timestamp ("2027-03-15T09:30:00Z");

  setlocale (LC_ALL, "C");
  g_assert_cmpstr (date, ==, "2027-03-15");
  g_assert_cmpstr (date_long, ==, "2027-03-15");
  g_assert_null (trellis_format_date (TRELLIS_DAY_NONE));
  g_assert_cmpstr (month, ==, "March 2027");
  g_assert_cmpstr (quarter, ==, "Q4 2027");
  g_assert_cmpstr (count, ==, "12\u202f500");
  g_assert_cmpstr (small, ==, "\u2212999");
  g_assert_cmpstr (decimal, ==, "\u22121\u202f234.5");
  g_assert_cmpstr (shortest, ==, "12.25");
  g_assert_cmpstr (whole, ==, "12");
  g_assert_cmpstr (zero, ==, "0.00");
  g_assert_cmpstr (percent, ==, "42 %");
  g_assert_cmpstr (money, ==, "15\u202f000 EUR");
  g_assert_cmpstr (cents, ==, "1\u202f250.50 CHF");
  g_assert_cmpstr (bare, ==, "42");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (stamp, ==, "2027-03-15T09:30:00Z");
  g_assert_null (trellis_format_timestamp (NULL));
}

static void
check_formats (void)
{
  TrellisDay day = trellis_date_from_dmy (15, 3, 2027);
  g_autofree char *date = trellis_format_date (day);
  g_autofree char *date_long = trellis_format_date_long (day);
  g_autofree char *month = trellis_format_month (day);
  g_autofree char *want_date = c_strftime ("%-d %b %Y", 15, 3, 2027);
  g_autofree char *want_long = c_strftime ("%-d %B %Y", 15, 3, 2027);
  g_autofree char *want_month = c_strftime ("%B %Y", 15, 3, 2027);
  g_autofree char *count = trellis_format_int (1234567);
  g_autofree char *want_count = g_strdup_printf ("%'d", 1234567);
  g_autofree char *decimal = trellis_format_decimal (1234.5, 2);
  g_autofree char *want_decimal = g_strdup_printf ("%'.2f", 1234.5);
  g_autofree char *money = trellis_format_money (15000.75, "EUR");
  g_autofree char *want_money = g_strdup_printf ("%'.2f EUR", 15000.75);
  g_autofree char *percent = trellis_format_percent (1234);
  g_autofree char *want_percent = g_strdup_printf ("%'d %%", 1234);
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2027, 3, 15, 9, 30, 0);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *stamp = trellis_format_timestamp ("2027-03-15T09:30:00Z");
  g_autofree char *want_stamp = g_date_time_format (local, "%-d %b %Y %H:%M");
  g_autofree char *not_a_moment = trellis_format_timestamp ("soon");
  g_autofree char *quarter = trellis_format_quarter (day);

  g_assert_cmpstr (date, ==, want_date);
  g_assert_cmpstr (date_long, ==, want_long);
  g_assert_cmpstr (month, ==, want_month);
  g_assert_cmpstr (count, ==, want_count);
  g_assert_cmpstr (decimal, ==, want_decimal);
  g_assert_cmpstr (money, ==, want_money);
  g_assert_cmpstr (percent, ==, want_percent);
  g_assert_cmpstr (stamp, ==, want_stamp);
  g_assert_cmpstr (not_a_moment, ==, "soon");
  g_assert_cmpstr (quarter, ==, "Q1 2027");
  /* The locale is really in force: these three write a decimal comma. */
  g_assert_nonnull (strstr (decimal, ",50"));
  g_assert_null (strstr (date, "-"));
}

static void
test_locales (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (!use_locale (locales[i]))
        return;
      check_formats ();
    }
  setlocale (LC_ALL, "C");
}

static void
check_date_round_trips (void)
{
  g_autofree char *numeric = c_strftime ("%x", 9, 11, 2027);

  for (unsigned month = 1; month <= 12; month++)
    for (unsigned day = 1; day <= 28; day += 27)
      {
        TrellisDay expected = trellis_date_from_dmy (day, month, 2027);
        g_autofree char *shown = trellis_format_date (expected);
        g_autofree char *written = trellis_format_date_long (expected);
        g_autofree char *iso = trellis_date_format (expected);

        g_assert_cmpuint (trellis_parse_date (shown), ==, expected);
        g_assert_cmpuint (trellis_parse_date (written), ==, expected);
        g_assert_cmpuint (trellis_parse_date (iso), ==, expected);
      }
  g_assert_cmpuint (trellis_parse_date (" 2027-03-15 "), ==, trellis_date_from_dmy (15, 3, 2027));
  g_assert_cmpuint (trellis_parse_date (numeric), ==, trellis_date_from_dmy (9, 11, 2027));
  g_assert_cmpuint (trellis_parse_date ("soon"), ==, TRELLIS_DAY_NONE);
  g_assert_cmpuint (trellis_parse_date ("2027-02-30"), ==, TRELLIS_DAY_NONE);
  g_assert_cmpuint (trellis_parse_date (""), ==, TRELLIS_DAY_NONE);
  g_assert_cmpuint (trellis_parse_date (NULL), ==, TRELLIS_DAY_NONE);
}

static void
check_number_round_trips (void)
{
  const double values[] = { 0, 1234.5, -3.25, 1e6, 0.1, 48000, 1.0 / 3 };
  const struct { const char *text; double value; } typed[] = {
    { "1234.5", 1234.5 }, { "1234,5", 1234.5 }, { "1.234,5", 1234.5 }, { "1,234.5", 1234.5 },
    { "1 234,5", 1234.5 }, { "1\u202f234,5", 1234.5 }, { "1.000.000", 1e6 }, { " 12 ", 12 },
    { "\u22123", -3 }, { "-0,25", -0.25 },
  };
  const char *refused[] = { "", "abc", "0x10", "inf", "nan", "1,2,3.4.5", "12 EUR", "1..2", "1.23.456", "1.234.5678" };
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *entry = trellis_format_number_for_entry (values[i]);

      g_assert_true (trellis_parse_number (entry, &value));
      g_assert_cmpfloat (value, ==, values[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_assert_true (trellis_parse_number (typed[i].text, &value));
      g_assert_cmpfloat (value, ==, typed[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    if (trellis_parse_number (refused[i], &value))
      g_error ("“%s” read as %g", refused[i], value);
}

static void
test_parse (void)
{
  setlocale (LC_ALL, "C");
  check_date_round_trips ();
  check_number_round_trips ();
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *entry = NULL;

      if (!use_locale (locales[i]))
        return;
      check_date_round_trips ();
      check_number_round_trips ();
      entry = trellis_format_number_for_entry (1234.5);
      g_assert_cmpstr (entry, ==, "1234,5");
    }
  setlocale (LC_ALL, "C");
}

static TrellisAction *
first_action (TrellisProject *project)
{
  g_autoptr(TrellisAction) action = g_list_model_get_item (
    trellis_project_get_items (project, TRELLIS_TYPE_ACTION), 0);

  return action;
}

/* Saves @project and loads it back under the comma locale in force. */
static void
check_file_round_trip (TrellisProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrellisProject) loaded = NULL;
  g_autofree char *text = NULL;
  gsize len;
  const char *data;

  trellis_action_set_budget_planned (first_action (project), 1234.5);
  trellis_action_set_budget_spent (first_action (project), 0.25);
  bytes = trellis_project_to_bytes (project);
  data = g_bytes_get_data (bytes, &len);
  text = g_strndup (data, len);
  g_assert_nonnull (strstr (text, "budget-planned=\"1234.5\""));
  g_assert_nonnull (strstr (text, "budget-spent=\"0.25\""));
  g_assert_null (strstr (text, "1234,5"));
  g_assert_null (strstr (text, "0,25"));

  loaded = trellis_project_load_from_data (data, len, "round-trip.trellis", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (trellis_action_get_budget_planned (first_action (loaded)), ==, 1234.5);
  g_assert_true (trellis_project_equal (project, loaded));
}

static void
check_csv_round_trip (TrellisProject *project)
{
  g_autofree char *csv = NULL;
  g_autoptr(TrellisImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrellisAction *action = first_action (project);
  g_autofree char *due = trellis_date_format (trellis_action_get_due (action));

  g_assert_nonnull (due);
  trellis_action_set_budget_planned (action, 1234.5);
  csv = trellis_csv_export_to_string (project, TRELLIS_TYPE_ACTION);
  g_assert_nonnull (strstr (csv, ",1234.5,"));
  g_assert_null (strstr (csv, "1234,5"));
  g_assert_nonnull (strstr (csv, due));

  trellis_action_set_budget_planned (action, 1);
  import = trellis_import_new (project, TRELLIS_TYPE_ACTION);
  g_assert_true (trellis_import_load_data (import, "actions.csv", csv, strlen (csv), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trellis_import_get_n_updated (import), >=, 1);
  g_assert_true (trellis_import_apply (import, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (trellis_action_get_budget_planned (action), ==, 1234.5);
}

/* The summary shows days as the locale does, and judges by the ISO day
 * underneath (a critical, fatal here, if a shown day reached a rule). */
static void
check_markdown (TrellisProject *project)
{
  TrellisDay day = trellis_date_from_dmy (15, 3, 2027);
  g_autofree char *text = trellis_markdown_to_string (project, day);
  g_autofree char *shown = trellis_format_date (day);
  g_autofree char *as_of = g_strdup_printf ("- **As of:** %s\n", shown);

  g_assert_nonnull (strstr (text, as_of));
  g_assert_null (strstr (text, "2027-03-15"));
  g_assert_nonnull (strstr (text, "| Red |"));
}

static void
test_files_under_comma_locale (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(TrellisProject) full = NULL;
      g_autoptr(TrellisProject) sample = NULL;

      if (!use_locale (locales[i]))
        return;
      full = trellis_test_build_full_project ();
      sample = trellis_test_load_sample ();
      check_file_round_trip (full);
      check_file_round_trip (sample);
      check_csv_round_trip (sample);
      check_markdown (sample);
    }
  setlocale (LC_ALL, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/locale-format/c-locale", test_c_locale);
  g_test_add_func ("/core/locale-format/locales", test_locales);
  g_test_add_func ("/core/locale-format/parse", test_parse);
  g_test_add_func ("/core/locale-format/files-under-comma-locale", test_files_under_comma_locale);

  return g_test_run ();
}
