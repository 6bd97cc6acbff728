/* test-csv.c: the CSV reader and writer
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis.h"
#include "trellis-csv.h"

static GPtrArray *
read_ok (const char *data,
         char       *separator)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = trellis_csv_read (data, strlen (data), separator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
assert_row (GPtrArray          *rows,
            guint               index,
            const char * const *expected)
{
  g_assert_cmpuint (index, <, rows->len);
  g_assert_cmpstrv ((char **) g_ptr_array_index (rows, index), expected);
}

#define ROW(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
test_quotes (void)
{
  g_autoptr(GPtrArray) rows = NULL;
  char separator = 0;

  rows = read_ok ("title,note\r\n"
                  "\"Plain, with a comma\",\"two\r\nlines\"\r\n"
                  "\"say \"\"hi\"\"\",\r\n"
                  "last,\"\"", &separator);
  g_assert_cmpint (separator, ==, ',');
  g_assert_cmpuint (rows->len, ==, 4);
  assert_row (rows, 0, ROW ("title", "note"));
  assert_row (rows, 1, ROW ("Plain, with a comma", "two\r\nlines"));
  assert_row (rows, 2, ROW ("say \"hi\"", ""));
  assert_row (rows, 3, ROW ("last", ""));
}

static void
test_separators (void)
{
  g_autoptr(GPtrArray) semicolons = NULL;
  g_autoptr(GPtrArray) tabs = NULL;
  g_autoptr(GPtrArray) quoted = NULL;
  char separator = 0;

  semicolons = read_ok ("name;budget\nA;1,5\n", &separator);
  g_assert_cmpint (separator, ==, ';');
  assert_row (semicolons, 1, ROW ("A", "1,5"));

  tabs = read_ok ("name\tnote\nA\tx, y; z\n", &separator);
  g_assert_cmpint (separator, ==, '\t');
  assert_row (tabs, 1, ROW ("A", "x, y; z"));

  /* Separators inside quotes do not count. */
  quoted = read_ok ("\"a;b;c;d\",e,f\n1,2,3\n", &separator);
  g_assert_cmpint (separator, ==, ',');
  assert_row (quoted, 0, ROW ("a;b;c;d", "e", "f"));
}

static void
test_line_ends (void)
{
  g_autoptr(GPtrArray) lf = read_ok ("a,b\n1,2\n3,4", NULL);
  g_autoptr(GPtrArray) cr = read_ok ("a,b\r1,2\r3,4\r", NULL);
  g_autoptr(GPtrArray) crlf = read_ok ("a,b\r\n1,2\r\n3,4\r\n", NULL);
  GPtrArray *all[] = { lf, cr, crlf };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_cmpuint (all[i]->len, ==, 3);
      assert_row (all[i], 2, ROW ("3", "4"));
    }
}

static void
test_bom (void)
{
  g_autoptr(GPtrArray) rows = read_ok ("\xef\xbb\xbftitle,due\nA,2027-01-01\n", NULL);

  assert_row (rows, 0, ROW ("title", "due"));
}

static void
assert_read_fails (const char *data,
                   gsize       length,
                   int         code,
                   const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = trellis_csv_read (data, length, NULL, &error);

  g_assert_null (rows);
  g_assert_error (error, TRELLIS_CSV_ERROR, code);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, part);
}

static void
test_hostile (void)
{
  /* "Müller" in Latin-1, in row 3, column 2 */
  const char latin1[] = "name,org\nA,B\nC,M\xfcller\n";
  const char utf16[] = "\xff\xfen\0a\0m\0e\0";

  assert_read_fails (latin1, strlen (latin1), TRELLIS_CSV_ERROR_ENCODING, "row 3, column 2");
  assert_read_fails (latin1, strlen (latin1), TRELLIS_CSV_ERROR_ENCODING, "UTF-8");
  assert_read_fails (utf16, sizeof utf16 - 1, TRELLIS_CSV_ERROR_ENCODING, "UTF-16");
  assert_read_fails ("a,b\n1,\"open\n2,3\n", 16, TRELLIS_CSV_ERROR_QUOTES, "row 2, column 2");
  assert_read_fails ("a,b\n\"x\"y,2\n", 10, TRELLIS_CSV_ERROR_QUOTES, "row 2, column 1");
  assert_read_fails ("", 0, TRELLIS_CSV_ERROR_EMPTY, "empty");
  assert_read_fails ("\xef\xbb\xbf", 3, TRELLIS_CSV_ERROR_EMPTY, "empty");
  assert_read_fails ("a,\0b\n", 5, TRELLIS_CSV_ERROR_ENCODING, "row 1, column 2");
}

static void
test_write (void)
{
  const char * const cells[] = { "plain", "a, b", "say \"hi\"", "two\nlines", "", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;

  trellis_csv_append_row (out, cells, ',');
  trellis_csv_append_row (out, cells, ',');
  g_assert_cmpstr (out->str, ==,
                   "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
                   "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");

  rows = read_ok (out->str, NULL);
  assert_row (rows, 0, cells);
  assert_row (rows, 1, cells);
}

/* A cell a spreadsheet would run as a formula is written after an
 * apostrophe, and reads back as the same text. */
static void
test_formula (void)
{
  const char * const cells[] = { "=HYPERLINK(\"http://x\")", "+1+2", "-cmd|' /C calc'!A0", "@SUM(A1)",
                                 "'=already quoted", "''-two", "-5", "+3.5", "'plain", NULL };
  const char * const written[] = { "'=HYPERLINK(\"\"http://x\"\")", "'+1+2", "'-cmd|' /C calc'!A0",
                                   "'@SUM(A1)", "''=already quoted", "'''-two", "-5", "+3.5",
                                   "'plain", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;

  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *quoted = trellis_csv_quote_cell (cells[i], ',');
      g_autofree char *bare = g_str_has_prefix (quoted, "\"") ?
                              g_strndup (quoted + 1, strlen (quoted) - 2) : g_strdup (quoted);

      g_assert_cmpstr (bare, ==, written[i]);
    }

  trellis_csv_append_row (out, cells, ',');
  rows = read_ok (out->str, NULL);
  assert_row (rows, 0, cells);
}

/* 100,000 rows must read quickly. */
static void
test_large (void)
{
  g_autoptr(GString) data = g_string_new ("title,due,status,progress,description\r\n");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (data, "Action %u,2027-03-%02u,planned,%u,\"Text, with a comma\"\r\n",
                            i, 1 + i % 28, i % 100);

  start = g_get_monotonic_time ();
  rows = trellis_csv_read (data->str, data->len, NULL, &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 100001);
  assert_row (rows, 100000, ROW ("Action 99999", "2027-03-12", "planned", "99", "Text, with a comma"));
  g_test_message ("read 100,000 rows (%.1f MB) in %.3f s", data->len / 1e6, seconds);
#ifndef __SANITIZE_ADDRESS__
  /* The bound is for real builds: AddressSanitizer makes each access slower. */
  g_assert_cmpfloat (seconds, <, 5.0);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/quotes", test_quotes);
  g_test_add_func ("/core/csv/separators", test_separators);
  g_test_add_func ("/core/csv/line-ends", test_line_ends);
  g_test_add_func ("/core/csv/bom", test_bom);
  g_test_add_func ("/core/csv/hostile", test_hostile);
  g_test_add_func ("/core/csv/write", test_write);
  g_test_add_func ("/core/csv/formula", test_formula);
  g_test_add_func ("/core/csv/large", test_large);

  return g_test_run ();
}
