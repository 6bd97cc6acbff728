/* trellis-swot-board.h: the SWOT board: four quadrants of notes
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SWOT_BOARD (trellis_swot_board_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSwotBoard, trellis_swot_board, TRELLIS, SWOT_BOARD, GtkWidget)

GtkWidget *trellis_swot_board_new   (TrellisProject   *project);
guint      trellis_swot_board_paste (TrellisSwotBoard *self,
                                     TrellisQuadrant   quadrant,
                                     const char       *text);

G_END_DECLS
