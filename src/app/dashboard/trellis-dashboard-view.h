/* trellis-dashboard-view.h: the traffic-light dashboard of a project
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_DASHBOARD_VIEW (trellis_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisDashboardView, trellis_dashboard_view, TRELLIS, DASHBOARD_VIEW, GtkWidget)

GtkWidget           *trellis_dashboard_view_new        (TrellisProject       *project);
TrellisStatusReport *trellis_dashboard_view_get_report (TrellisDashboardView *self);
TrellisDay           trellis_dashboard_view_get_as_of  (TrellisDashboardView *self);
gboolean             trellis_dashboard_view_export_report (TrellisDashboardView *self,
                                                           GFile                *file);
void                 trellis_dashboard_view_set_as_of  (TrellisDashboardView *self,
                                                        TrellisDay            as_of);

G_END_DECLS
