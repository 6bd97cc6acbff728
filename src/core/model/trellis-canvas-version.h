/* trellis-canvas-version.h
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-item.h"
#include "trellis-enum-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_CANVAS_VERSION (trellis_canvas_version_get_type ())

G_DECLARE_FINAL_TYPE (TrellisCanvasVersion, trellis_canvas_version, TRELLIS, CANVAS_VERSION, TrellisItem)

TrellisCanvasVersion *trellis_canvas_version_new (const char *name);

G_END_DECLS
