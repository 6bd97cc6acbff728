/* trellis-swot-model.h: the notes of one SWOT quadrant as a list model
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "trellis-project.h"
#include "trellis-types.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_SWOT_MODEL (trellis_swot_model_get_type ())

G_DECLARE_FINAL_TYPE (TrellisSwotModel, trellis_swot_model, TRELLIS, SWOT_MODEL, GObject)

TrellisSwotModel *trellis_swot_model_new          (TrellisProject   *project,
                                                   TrellisQuadrant   quadrant);
TrellisQuadrant   trellis_swot_model_get_quadrant (TrellisSwotModel *self);
TrellisProject   *trellis_swot_model_get_project  (TrellisSwotModel *self);
gboolean          trellis_swot_model_find         (TrellisSwotModel *self,
                                                   gpointer          item,
                                                   guint            *position);

G_END_DECLS
