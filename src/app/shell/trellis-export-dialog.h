/* trellis-export-dialog.h: choosing where to export a file, and saying why it failed
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * TrellisExportFunc:
 *
 * Writes the export to @file.
 *
 * Returns: %FALSE with @error set if it could not
 */
typedef gboolean (*TrellisExportFunc) (GFile    *file,
                                       gpointer  user_data,
                                       GError  **error);

gboolean trellis_export_write      (GtkWidget         *parent,
                                    GFile             *file,
                                    TrellisExportFunc  write,
                                    gpointer           user_data);
void     trellis_export_dialog_run (GtkWidget         *parent,
                                    const char        *title,
                                    const char        *filter_name,
                                    const char        *mime_type,
                                    const char        *extension,
                                    const char        *suggested_name,
                                    TrellisExportFunc  write,
                                    gpointer           user_data,
                                    GDestroyNotify     destroy);

G_END_DECLS
