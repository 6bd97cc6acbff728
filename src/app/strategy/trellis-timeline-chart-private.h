/* trellis-timeline-chart-private.h: what the chart's files share
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-timeline-chart.h"
#include "trellis-timeline-paint.h"

G_BEGIN_DECLS

struct _TrellisTimelineChart
{
  GtkWidget              parent_instance;

  TrellisProject        *project;
  TrellisTimelineLayout *layout;
  TrellisTimelineZoom    zoom;
  gboolean               by_goal;
  gboolean               editable;
  TrellisItem           *selected;

  GtkAdjustment         *hadjustment;
  GtkAdjustment         *vadjustment;
  guint                  hscroll_policy : 1;
  guint                  vscroll_policy : 1;
  gboolean               scrolled;
  guint32                keep_day;
  guint32                shown_origin;

  TrellisTimelineDrag    drag;
  int                    drag_days;
};

void                      _trellis_timeline_chart_init_input  (TrellisTimelineChart *self);
const TrellisTimelineRow *_trellis_timeline_chart_action_row  (TrellisTimelineChart *self,
                                                               int                   index);
int                       _trellis_timeline_chart_row_at      (TrellisTimelineChart *self,
                                                               double                y);
int                       _trellis_timeline_chart_selected_row (TrellisTimelineChart *self);
double                    _trellis_timeline_chart_scroll_x    (TrellisTimelineChart *self);
double                    _trellis_timeline_chart_chart_width (TrellisTimelineChart *self);

G_END_DECLS
