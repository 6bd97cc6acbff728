/* trellis-canvas-poster.h: the Cluster Business Canvas as a one-page poster (PDF, PNG)
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "trellis-canvas.h"

G_BEGIN_DECLS

/* A3 landscape, in points */
#define TRELLIS_POSTER_WIDTH  1190.55
#define TRELLIS_POSTER_HEIGHT 841.89

void     trellis_canvas_poster_draw      (TrellisProject       *project,
                                          TrellisCanvasVersion *version,
                                          cairo_t              *cr,
                                          double                width,
                                          double                height);
gboolean trellis_canvas_poster_write_pdf (TrellisProject       *project,
                                          TrellisCanvasVersion *version,
                                          GFile                *file,
                                          GError              **error);
gboolean trellis_canvas_poster_write_png (TrellisProject       *project,
                                          TrellisCanvasVersion *version,
                                          GFile                *file,
                                          int                   width,
                                          GError              **error);

G_END_DECLS
