/* trellis-canvas-view.h: the Cluster Business Canvas page: ten boxes of notes, versions
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-canvas-box-widget.h"

G_BEGIN_DECLS

typedef enum
{
  TRELLIS_CANVAS_EXPORT_PNG,
  TRELLIS_CANVAS_EXPORT_PDF,
} TrellisCanvasExportFormat;

#define TRELLIS_TYPE_CANVAS_VIEW (trellis_canvas_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasView, trellis_canvas_view, TRELLIS, CANVAS_VIEW, GtkWidget)

GtkWidget              *trellis_canvas_view_new         (TrellisProject            *project);
TrellisCanvasVersion   *trellis_canvas_view_get_version (TrellisCanvasView         *self);
void                    trellis_canvas_view_set_version (TrellisCanvasView         *self,
                                                         TrellisCanvasVersion      *version);
void                    trellis_canvas_view_set_compare (TrellisCanvasView         *self,
                                                         gboolean                   compare,
                                                         TrellisCanvasVersion      *with);
TrellisCanvasBoxWidget *trellis_canvas_view_get_box     (TrellisCanvasView         *self,
                                                         TrellisCanvasBox           box);
gboolean                trellis_canvas_view_export      (TrellisCanvasView         *self,
                                                         TrellisCanvasExportFormat  format,
                                                         GFile                     *file);

G_END_DECLS
