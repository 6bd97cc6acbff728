/* trellis-csv.c: reading and writing comma-separated values (RFC 4180)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader trusts nothing: the file must be UTF-8 (a BOM is skipped),
 * every quoted cell must close, and nothing may follow a closing quote but
 * a separator or a line end; each problem names its row, counting the
 * header as row 1 as spreadsheets do (a line break inside quotes does not
 * start a row).  The separator is the one of , ; and TAB that the header
 * row uses most.  Line ends may be CRLF, LF or CR.
 *
 * Spreadsheets run a cell that starts with = + - or @ as a formula.  The
 * writer puts an apostrophe before such a cell (unless it is a plain
 * number such as -5), which spreadsheets read as "this is text", and the
 * reader takes one leading apostrophe off a cell that starts with
 * apostrophes and then one of those characters, so text written here
 * reads back unchanged.
 */

#define G_LOG_DOMAIN "trellis-csv"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "trellis-csv.h"

G_DEFINE_QUARK (trellis-csv-error-quark, trellis_csv_error)

typedef struct
{
  const char *p;
  const char *end;
  char        separator;
  GPtrArray  *rows;    /* of GStrv */
  GPtrArray  *cells;   /* the row being read, of char * */
  GString    *cell;
} Reader;

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@';
}

/* Apostrophes, then a formula character: what the writer protected. */
static gboolean
is_protected (const char *cell)
{
  const char *p = cell;

  if (*p != '\'')
    return FALSE;
  while (*p == '\'')
    p++;
  return is_formula_start (*p);
}

static gboolean
is_plain_number (const char *cell)
{
  char *end = NULL;

  g_ascii_strtod (cell, &end);
  return end != cell && *end == '\0';
}

/* Counts the separators of the first row, outside quotes. */
static char
detect_separator (const char *p,
                  const char *end)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      for (guint i = 0; !quoted && i < G_N_ELEMENTS (candidates); i++)
        if (*p == candidates[i])
          counts[i]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

static gboolean
finish_cell (Reader  *reader,
             GError **error)
{
  GString *cell = reader->cell;

  if (!g_utf8_validate_len (cell->str, cell->len, NULL))
    {
      g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_ENCODING,
                   /* translators: row and column numbers, counting from 1 */
                   _("row %u, column %u: the text is not UTF-8 (perhaps Latin-1 or "
                     "Windows-1252); save the file as “CSV UTF-8” and try again"),
                   reader->rows->len + 1, reader->cells->len + 1);
      return FALSE;
    }
  if (is_protected (cell->str))
    g_ptr_array_add (reader->cells, g_strndup (cell->str + 1, cell->len - 1));
  else
    g_ptr_array_add (reader->cells, g_strndup (cell->str, cell->len));
  g_string_truncate (cell, 0);
  return TRUE;
}

static gboolean
read_quoted (Reader  *reader,
             guint    start_row,
             GError **error)
{
  for (reader->p++; reader->p < reader->end; reader->p++)
    {
      if (*reader->p != '"')
        {
          g_string_append_c (reader->cell, *reader->p);
          continue;
        }
      if (reader->p + 1 < reader->end && reader->p[1] == '"')
        {
          g_string_append_c (reader->cell, '"');
          reader->p++;
          continue;
        }
      reader->p++;
      if (reader->p < reader->end && *reader->p != reader->separator &&
          *reader->p != '\r' && *reader->p != '\n')
        {
          g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_QUOTES,
                       _("row %u, column %u: text follows a closing quote; inside a quoted "
                         "cell, write a quote as two quotes (\"\")"),
                       reader->rows->len + 1, reader->cells->len + 1);
          return FALSE;
        }
      return TRUE;
    }

  g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_QUOTES,
               _("row %u, column %u: a quoted cell is never closed; every \" that opens "
                 "a cell needs one that closes it"),
               start_row, reader->cells->len + 1);
  return FALSE;
}

static void
read_plain (Reader *reader)
{
  const char *start = reader->p;

  while (reader->p < reader->end && *reader->p != reader->separator &&
         *reader->p != '\r' && *reader->p != '\n')
    reader->p++;
  g_string_append_len (reader->cell, start, reader->p - start);
}

static void
end_row (Reader *reader)
{
  g_ptr_array_add (reader->cells, NULL);
  g_ptr_array_add (reader->rows, g_ptr_array_steal (reader->cells, NULL));
}

/* Reads one row; at its end, reader->p is past its line end. */
static gboolean
read_row (Reader  *reader,
          GError **error)
{
  guint row = reader->rows->len + 1;

  for (;;)
    {
      if (reader->p < reader->end && *reader->p == '"')
        {
          if (!read_quoted (reader, row, error))
            return FALSE;
        }
      else
        read_plain (reader);
      if (!finish_cell (reader, error))
        return FALSE;

      if (reader->p >= reader->end)
        break;
      if (*reader->p == reader->separator)
        {
          reader->p++;
          continue;
        }
      if (*reader->p == '\r' && reader->p + 1 < reader->end && reader->p[1] == '\n')
        reader->p++;
      reader->p++;
      break;
    }
  end_row (reader);
  return TRUE;
}

static gboolean
check_start (const char **data,
             gsize       *length,
             GError     **error)
{
  const guchar *bytes = (const guchar *) *data;

  if (*length > TRELLIS_CSV_MAX_SIZE)
    {
      g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_TOO_LARGE,
                   _("the file is larger than %u MiB"), TRELLIS_CSV_MAX_SIZE / 1024 / 1024);
      return FALSE;
    }
  if (*length >= 2 &&
      ((bytes[0] == 0xff && bytes[1] == 0xfe) || (bytes[0] == 0xfe && bytes[1] == 0xff)))
    {
      g_set_error_literal (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_ENCODING,
                           _("the file is UTF-16 text; save it as “CSV UTF-8” and try again"));
      return FALSE;
    }
  if (*length >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf)
    {
      *data += 3;
      *length -= 3;
    }
  if (*length == 0)
    {
      g_set_error_literal (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_EMPTY,
                           _("the file is empty; the first row must name the columns"));
      return FALSE;
    }
  return TRUE;
}

/**
 * trellis_csv_read:
 * @data: the file's bytes (need not end with a NUL)
 * @separator: (out) (optional): the separator found: ',', ';' or '\t'
 *
 * Reads every row of a CSV file.  Rows keep the number of cells they have
 * (an empty line is a row of one empty cell), so that a row's index plus
 * one is the row number a spreadsheet shows.
 *
 * Returns: (transfer full) (element-type GStrv): the rows, the header
 *   first, or %NULL with @error set (in %TRELLIS_CSV_ERROR)
 */
GPtrArray *
trellis_csv_read (const char  *data,
                  gsize        length,
                  char        *separator,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  Reader reader;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!check_start (&data, &length, error))
    return NULL;

  reader = (Reader) { data, data + length, detect_separator (data, data + length), rows, cells, cell };
  while (reader.p < reader.end)
    {
      if (rows->len >= TRELLIS_CSV_MAX_ROWS)
        {
          g_set_error (error, TRELLIS_CSV_ERROR, TRELLIS_CSV_ERROR_TOO_LARGE,
                       g_dngettext (GETTEXT_PACKAGE, "the file has more than %u row",
                                    "the file has more than %u rows", TRELLIS_CSV_MAX_ROWS),
                       TRELLIS_CSV_MAX_ROWS);
          return NULL;
        }
      if (!read_row (&reader, error))
        return NULL;
    }

  if (separator != NULL)
    *separator = reader.separator;
  return g_steal_pointer (&rows);
}

/**
 * trellis_csv_quote_cell:
 * @separator: the file's separator
 *
 * Returns: (transfer full): @cell as a CSV file holds it: quoted if it has
 *   a separator (any of , ; and TAB, so that the reader finds the file's
 *   separator again), a quote or a line break or starts with U+FEFF (read as
 *   a byte order mark at the start of a file), and after an apostrophe if
 *   a spreadsheet would take it for a formula
 */
char *
trellis_csv_quote_cell (const char *cell,
                        char        separator)
{
  const char *p = cell != NULL ? cell : "";
  const char *text = p + strspn (p, "'");
  g_autoptr(GString) out = g_string_new (NULL);
  /* Every candidate separator, not only @separator: the reader counts them
   * outside quotes to find the separator again. */
  char special[] = { separator, ',', ';', '\t', '"', '\r', '\n', '\0' };

  if (is_formula_start (*text) && (text != p || !is_plain_number (p)))
    g_string_append_c (out, '\'');
  g_string_append (out, p);
  /* A leading U+FEFF unquoted would be taken for a byte order mark. */
  if (strpbrk (out->str, special) == NULL && !g_str_has_prefix (out->str, "\xEF\xBB\xBF"))
    return g_string_free (g_steal_pointer (&out), FALSE);

  g_string_replace (out, "\"", "\"\"", 0);
  g_string_prepend_c (out, '"');
  g_string_append_c (out, '"');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * trellis_csv_append_row:
 * @cells: the row's cells, %NULL-terminated (a %NULL-free array)
 *
 * Appends one row to @out, each cell quoted as trellis_csv_quote_cell()
 * does, ended with CRLF as RFC 4180 asks.
 */
void
trellis_csv_append_row (GString            *out,
                        const char * const *cells,
                        char                separator)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *quoted = trellis_csv_quote_cell (cells[i], separator);

      if (i > 0)
        g_string_append_c (out, separator);
      g_string_append (out, quoted);
    }
  g_string_append (out, "\r\n");
}
