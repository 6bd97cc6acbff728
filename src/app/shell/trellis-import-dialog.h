/* trellis-import-dialog.h: a CSV file previewed, mapped and imported as one undo step
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-import.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_IMPORT_DIALOG (trellis_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TrellisImportDialog, trellis_import_dialog, TRELLIS, IMPORT_DIALOG, AdwWindow)

GtkWidget     *trellis_import_dialog_new         (GtkWindow           *parent,
                                                  TrellisProject      *project,
                                                  GFile               *file,
                                                  const char          *kind,
                                                  GError             **error);
GtkWidget     *trellis_import_dialog_open        (GtkWindow           *parent,
                                                  TrellisProject      *project,
                                                  GFile               *file,
                                                  const char          *kind);
void           trellis_import_dialog_choose      (GtkWindow           *parent,
                                                  TrellisProject      *project,
                                                  const char          *kind);
TrellisImport *trellis_import_dialog_get_import  (TrellisImportDialog *self);
const char    *trellis_import_dialog_get_kind    (TrellisImportDialog *self);
gboolean       trellis_import_dialog_set_kind    (TrellisImportDialog *self,
                                                  const char          *kind);
GtkWidget     *trellis_import_dialog_get_column_row (TrellisImportDialog *self,
                                                  guint                column);

G_END_DECLS
