/* trellis-helix-chart.h: bars of the actors and committed members per helix type, with the checks
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_HELIX_CHART (trellis_helix_chart_get_type ())

G_DECLARE_FINAL_TYPE (TrellisHelixChart, trellis_helix_chart, TRELLIS, HELIX_CHART, GtkWidget)

GtkWidget *trellis_helix_chart_new         (void);
void       trellis_helix_chart_set_balance (TrellisHelixChart         *self,
                                            const TrellisHelixBalance *balance);

G_END_DECLS
