/* trellis-timeline-chart.h: the Gantt chart widget of the action plan
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TYPE_TIMELINE_CHART (trellis_timeline_chart_get_type ())

G_DECLARE_FINAL_TYPE (TrellisTimelineChart, trellis_timeline_chart, TRELLIS, TIMELINE_CHART, GtkWidget)

GtkWidget             *trellis_timeline_chart_new            (TrellisProject       *project);
TrellisTimelineZoom    trellis_timeline_chart_get_zoom       (TrellisTimelineChart *self);
void                   trellis_timeline_chart_set_zoom       (TrellisTimelineChart *self,
                                                              TrellisTimelineZoom   zoom);
void                   trellis_timeline_chart_set_editable   (TrellisTimelineChart *self,
                                                              gboolean              editable);
void                   trellis_timeline_chart_set_by_goal    (TrellisTimelineChart *self,
                                                              gboolean              by_goal);
TrellisTimelineLayout *trellis_timeline_chart_get_layout     (TrellisTimelineChart *self);
void                   trellis_timeline_chart_scroll_to_day  (TrellisTimelineChart *self,
                                                              guint32               day);
TrellisAction         *trellis_timeline_chart_get_selected   (TrellisTimelineChart *self);
void                   trellis_timeline_chart_select         (TrellisTimelineChart *self,
                                                              TrellisItem          *item);
gboolean               trellis_timeline_chart_get_bar_bounds (TrellisTimelineChart *self,
                                                              TrellisItem          *action,
                                                              graphene_rect_t      *bounds);
gboolean               trellis_timeline_chart_nudge          (TrellisTimelineChart *self,
                                                              int                   direction,
                                                              gboolean              resize);

G_END_DECLS
