/* trellis-parking-lot-view.h: the parking lot of a project, reachable from any page
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_PARKING_LOT_VIEW (trellis_parking_lot_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisParkingLotView, trellis_parking_lot_view, TRELLIS, PARKING_LOT_VIEW, GtkWidget)

TrellisProject *trellis_parking_lot_view_get_project  (TrellisParkingLotView *self);
void            trellis_parking_lot_view_set_project  (TrellisParkingLotView *self,
                                                       TrellisProject        *project);
void            trellis_parking_lot_view_set_editable (TrellisParkingLotView *self,
                                                       gboolean               editable);
void            trellis_parking_lot_view_focus_entry  (TrellisParkingLotView *self);

G_END_DECLS
