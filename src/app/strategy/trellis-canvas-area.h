/* trellis-canvas-area.h: the ten boxes of the canvas where the poster has them
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRELLIS_TYPE_CANVAS_AREA (trellis_canvas_area_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasArea, trellis_canvas_area, TRELLIS, CANVAS_AREA, GtkWidget)

GtkWidget *trellis_canvas_area_new (void);

G_END_DECLS
