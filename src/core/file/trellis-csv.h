/* trellis-csv.h: reading and writing comma-separated values (RFC 4180)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Generous: a workshop's lists are a few hundred rows, a survey a few thousand. */
#define TRELLIS_CSV_MAX_SIZE (64 * 1024 * 1024)
#define TRELLIS_CSV_MAX_ROWS 1000000

#define TRELLIS_CSV_ERROR (trellis_csv_error_quark ())

/**
 * TrellisCsvError:
 * @TRELLIS_CSV_ERROR_TOO_LARGE: over %TRELLIS_CSV_MAX_SIZE or %TRELLIS_CSV_MAX_ROWS
 * @TRELLIS_CSV_ERROR_ENCODING: not UTF-8 (Latin-1, UTF-16, binary data)
 * @TRELLIS_CSV_ERROR_QUOTES: a quoted cell never closed, or text after its closing quote
 * @TRELLIS_CSV_ERROR_EMPTY: no header row at all
 */
typedef enum
{
  TRELLIS_CSV_ERROR_TOO_LARGE,
  TRELLIS_CSV_ERROR_ENCODING,
  TRELLIS_CSV_ERROR_QUOTES,
  TRELLIS_CSV_ERROR_EMPTY,
} TrellisCsvError;

GQuark     trellis_csv_error_quark (void);

GPtrArray *trellis_csv_read        (const char          *data,
                                    gsize                length,
                                    char                *separator,
                                    GError             **error);
void       trellis_csv_append_row  (GString             *out,
                                    const char * const  *cells,
                                    char                 separator);
char      *trellis_csv_quote_cell  (const char          *cell,
                                    char                 separator);

G_END_DECLS
