/* trellis-parking-row.h: one question or idea of the parking lot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PARKING_ROW (trellis_parking_row_get_type ())

G_DECLARE_FINAL_TYPE (TrellisParkingRow, trellis_parking_row, TRELLIS, PARKING_ROW, GtkWidget)

GtkWidget          *trellis_parking_row_new      (TrellisProject     *project);
TrellisParkingItem *trellis_parking_row_get_item (TrellisParkingRow  *self);
void                trellis_parking_row_set_item (TrellisParkingRow  *self,
                                                  TrellisParkingItem *item);
void                trellis_parking_row_set_editable (TrellisParkingRow *self,
                                                      gboolean           editable);

G_END_DECLS
