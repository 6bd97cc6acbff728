/* trellis-import.h: items of one kind from a CSV file, previewed then applied
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"

G_BEGIN_DECLS

#define TRELLIS_IMPORT_ERROR (trellis_import_error_quark ())

/**
 * TrellisImportError:
 * @TRELLIS_IMPORT_ERROR_MAPPING: a column mapped to a field the kind does not have
 * @TRELLIS_IMPORT_ERROR_INVALID: a row that cannot be imported; nothing was changed
 * @TRELLIS_IMPORT_ERROR_NOTHING: no file was read
 */
typedef enum
{
  TRELLIS_IMPORT_ERROR_MAPPING,
  TRELLIS_IMPORT_ERROR_INVALID,
  TRELLIS_IMPORT_ERROR_NOTHING,
} TrellisImportError;

#define TRELLIS_TYPE_IMPORT (trellis_import_get_type ())

G_DECLARE_FINAL_TYPE (TrellisImport, trellis_import, TRELLIS, IMPORT, GObject)

GQuark              trellis_import_error_quark      (void);

const char * const *trellis_import_list_kinds       (void);
GType               trellis_import_kind_to_type     (const char     *kind);
const char         *trellis_import_type_to_kind     (GType           item_type);
const char         *trellis_import_field_label      (GType           item_type,
                                                     guint           index);
gboolean            trellis_import_field_matches    (GType           item_type,
                                                     guint           index,
                                                     const char     *title);

TrellisImport      *trellis_import_new              (TrellisProject *project,
                                                     GType           item_type);
gboolean            trellis_import_map              (TrellisImport  *self,
                                                     const char     *mapping,
                                                     GError        **error);
gboolean            trellis_import_load_data        (TrellisImport  *self,
                                                     const char     *display_name,
                                                     const char     *data,
                                                     gsize           length,
                                                     GError        **error);
gboolean            trellis_import_load_file        (TrellisImport  *self,
                                                     GFile          *file,
                                                     GCancellable   *cancellable,
                                                     GError        **error);
char                trellis_import_get_separator    (TrellisImport  *self);
guint               trellis_import_get_n_columns    (TrellisImport  *self);
const char         *trellis_import_get_column_title (TrellisImport  *self,
                                                     guint           column);
int                 trellis_import_get_column_field (TrellisImport  *self,
                                                     guint           column);
gboolean            trellis_import_set_column_field (TrellisImport  *self,
                                                     guint           column,
                                                     int             field);
guint               trellis_import_get_n_rows       (TrellisImport  *self);
const char         *trellis_import_get_cell         (TrellisImport  *self,
                                                     guint           row,
                                                     guint           column);
guint               trellis_import_get_n_new        (TrellisImport  *self);
guint               trellis_import_get_n_updated    (TrellisImport  *self);
guint               trellis_import_get_n_problems   (TrellisImport  *self);
const char         *trellis_import_get_problem      (TrellisImport  *self,
                                                     guint           index,
                                                     guint          *row,
                                                     guint          *column);
gboolean            trellis_import_apply            (TrellisImport  *self,
                                                     GError        **error);

G_END_DECLS
