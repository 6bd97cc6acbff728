/* trellis-parking-lot.h: questions and ideas to come back to, and what they became
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-project.h"
#include "trellis-action.h"
#include "trellis-canvas-note.h"
#include "trellis-canvas-version.h"
#include "trellis-key-question.h"
#include "trellis-parking-item.h"
#include "trellis-swot-item.h"

G_BEGIN_DECLS

TrellisParkingItem *trellis_parking_lot_add          (TrellisProject       *project,
                                                      TrellisParkingKind    kind,
                                                      const char           *text);
TrellisSwotItem    *trellis_parking_lot_to_swot      (TrellisProject       *project,
                                                      TrellisParkingItem   *item,
                                                      TrellisQuadrant       quadrant);
TrellisCanvasNote  *trellis_parking_lot_to_canvas    (TrellisProject       *project,
                                                      TrellisParkingItem   *item,
                                                      TrellisCanvasVersion *version,
                                                      TrellisCanvasBox      box);
TrellisAction      *trellis_parking_lot_to_action    (TrellisProject       *project,
                                                      TrellisParkingItem   *item);
TrellisKeyQuestion *trellis_parking_lot_to_key_question (TrellisProject    *project,
                                                      TrellisParkingItem   *item,
                                                      TrellisStep           step);
TrellisParkingItem *trellis_parking_lot_find_origin  (TrellisProject       *project,
                                                      TrellisItem          *target);
char               *trellis_parking_lot_describe_target (TrellisItem       *target);
guint               trellis_parking_lot_count_open   (TrellisProject       *project);

G_END_DECLS
