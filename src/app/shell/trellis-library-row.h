/* trellis-library-row.h: one project of the library, with its menu
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_LIBRARY_ROW (trellis_library_row_get_type ())

G_DECLARE_FINAL_TYPE (TrellisLibraryRow, trellis_library_row, TRELLIS, LIBRARY_ROW, GtkWidget)

TrellisRegistryEntry *trellis_library_row_get_entry (TrellisLibraryRow    *self);
void                  trellis_library_row_set_entry (TrellisLibraryRow    *self,
                                                     TrellisRegistryEntry *entry);

G_END_DECLS
