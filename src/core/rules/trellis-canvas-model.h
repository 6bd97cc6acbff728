/* trellis-canvas-model.h: the notes of one canvas box as a list model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-canvas-note.h"
#include "trellis-canvas-version.h"
#include "trellis-project.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_CANVAS_MODEL (trellis_canvas_model_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasModel, trellis_canvas_model, TRELLIS, CANVAS_MODEL, GObject)

TrellisCanvasModel   *trellis_canvas_model_new         (TrellisProject       *project,
                                                        TrellisCanvasVersion *version,
                                                        TrellisCanvasBox      box);
TrellisProject       *trellis_canvas_model_get_project (TrellisCanvasModel   *self);
TrellisCanvasVersion *trellis_canvas_model_get_version (TrellisCanvasModel   *self);
TrellisCanvasBox      trellis_canvas_model_get_box     (TrellisCanvasModel   *self);
gboolean              trellis_canvas_model_find        (TrellisCanvasModel   *self,
                                                        TrellisCanvasNote    *note,
                                                        guint                *position);

G_END_DECLS
