/* trellis-tows-view.h: TOWS strategies built from pairs of SWOT quadrants
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TOWS_VIEW (trellis_tows_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTowsView, trellis_tows_view, TRELLIS, TOWS_VIEW, GtkWidget)

GtkWidget *trellis_tows_view_new (TrellisProject *project);

G_END_DECLS
