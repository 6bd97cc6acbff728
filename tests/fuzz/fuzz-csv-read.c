/* fuzz-csv-read.c: libFuzzer harness for the CSV reader
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input is read with trellis_csv_read ().  When it is read and its
 * header has two cells or more (one cell does not tell the separator), its
 * rows are written again with trellis_csv_append_row () and read back: that
 * must succeed with the same separator and the same cells.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "trellis-csv.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int   *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  return 0;
}

static void
check_round_trip (GPtrArray *rows,
                  char       separator)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  char found;

  /* A header of one cell does not tell the separator: another may be found. */
  if (g_strv_length (g_ptr_array_index (rows, 0)) < 2)
    return;
  for (guint i = 0; i < rows->len; i++)
    trellis_csv_append_row (out, (const char * const *) g_ptr_array_index (rows, i), separator);
  again = trellis_csv_read (out->str, out->len, &found, &error);
  if (again == NULL)
    {
      g_printerr ("The written rows do not read again: %s\n", error->message);
      abort ();
    }
  if (found != separator || again->len != rows->len)
    {
      g_printerr ("%u rows with “%c” read back as %u with “%c”\n", rows->len, separator,
                  again->len, found);
      abort ();
    }
  for (guint i = 0; i < rows->len; i++)
    if (!g_strv_equal (g_ptr_array_index (rows, i), g_ptr_array_index (again, i)))
      {
        g_printerr ("Row %u changed on a write and read\n", i + 1);
        abort ();
      }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  char separator = 0;

  rows = trellis_csv_read ((const char *) data, size, &separator, &error);
  if (rows == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        {
          g_printerr ("The reader refused the input without a message\n");
          abort ();
        }
      return 0;
    }
  if (rows->len == 0 || (separator != ',' && separator != ';' && separator != '\t'))
    {
      g_printerr ("A read without rows or separator\n");
      abort ();
    }
  check_round_trip (rows, separator);
  return 0;
}
