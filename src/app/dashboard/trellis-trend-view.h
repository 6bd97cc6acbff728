/* trellis-trend-view.h: how the lights and indicators moved across snapshots
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TREND_VIEW (trellis_trend_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTrendView, trellis_trend_view, TRELLIS, TREND_VIEW, GtkWidget)

GtkWidget *trellis_trend_view_new             (TrellisProject   *project);
guint      trellis_trend_view_get_n_snapshots (TrellisTrendView *self);

G_END_DECLS
