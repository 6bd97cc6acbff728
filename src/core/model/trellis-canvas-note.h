/* trellis-canvas-note.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_CANVAS_NOTE (trellis_canvas_note_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasNote, trellis_canvas_note, TRELLIS, CANVAS_NOTE, TrellisItem)

TrellisCanvasNote *trellis_canvas_note_new (TrellisCanvasBox  box,
                                            const char       *text);

G_END_DECLS
