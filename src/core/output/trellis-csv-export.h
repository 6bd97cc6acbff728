/* trellis-csv-export.h: the items of one kind as a CSV file
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"

G_BEGIN_DECLS

char     *trellis_csv_export_to_string (TrellisProject  *project,
                                        GType            item_type);
char     *trellis_csv_export_items_to_string (TrellisProject      *project,
                                              GType                item_type,
                                              TrellisItem * const *items,
                                              guint                n_items,
                                              char                 separator);
gboolean  trellis_csv_export_to_file   (TrellisProject  *project,
                                        GType            item_type,
                                        GFile           *file,
                                        GError         **error);

G_END_DECLS
