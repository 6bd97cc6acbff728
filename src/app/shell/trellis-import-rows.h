/* trellis-import-rows.h: the rows of an import's file as a list model, made as they are shown
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_IMPORT_ROWS (trellis_import_rows_get_type ())

G_DECLARE_FINAL_TYPE (TrellisImportRows, trellis_import_rows, TRELLIS, IMPORT_ROWS, GObject)

TrellisImportRows *trellis_import_rows_new     (guint              n_rows);
void               trellis_import_rows_set_n_rows (TrellisImportRows *self,
                                                guint              n_rows);
guint              trellis_import_rows_get_row (GtkStringObject   *item);

G_END_DECLS
