/* trellis-timeline-view.h: the timeline (Gantt chart) of the action plan, with its toolbar
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "trellis.h"
#include "trellis-timeline-chart.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TIMELINE_VIEW (trellis_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTimelineView, trellis_timeline_view, TRELLIS, TIMELINE_VIEW, GtkWidget)

GtkWidget            *trellis_timeline_view_new       (TrellisProject      *project);
TrellisTimelineChart *trellis_timeline_view_get_chart (TrellisTimelineView *self);

G_END_DECLS
