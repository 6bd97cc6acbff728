/* trellis-stakeholder-grid.h: the influence grid of stakeholders and the helix balance
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_STAKEHOLDER_GRID (trellis_stakeholder_grid_get_type ())

G_DECLARE_FINAL_TYPE (TrellisStakeholderGrid, trellis_stakeholder_grid, TRELLIS, STAKEHOLDER_GRID, GtkWidget)

GtkWidget *trellis_stakeholder_grid_new (TrellisProject *project);

G_END_DECLS
