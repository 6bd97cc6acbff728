/* trellis-timeline-paint.h: draws a window of the timeline into a GtkSnapshot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "trellis.h"

G_BEGIN_DECLS

#define TRELLIS_TIMELINE_HEADER_HEIGHT 48
#define TRELLIS_TIMELINE_TITLE_WIDTH   280
#define TRELLIS_TIMELINE_BAR_TOP       7
#define TRELLIS_TIMELINE_BAR_HEIGHT    18

typedef enum
{
  TRELLIS_TIMELINE_DRAG_NONE,
  TRELLIS_TIMELINE_DRAG_MOVE,
  TRELLIS_TIMELINE_DRAG_START,
  TRELLIS_TIMELINE_DRAG_DUE,
} TrellisTimelineDrag;

typedef enum
{
  TRELLIS_TIMELINE_COLOR_FG,
  TRELLIS_TIMELINE_COLOR_VIEW_BG,
  TRELLIS_TIMELINE_COLOR_WINDOW_BG,
  TRELLIS_TIMELINE_COLOR_ACCENT,
  TRELLIS_TIMELINE_COLOR_ACCENT_BG,
  TRELLIS_TIMELINE_COLOR_SUCCESS,
  TRELLIS_TIMELINE_COLOR_ERROR,
  TRELLIS_TIMELINE_COLOR_WARNING,
  TRELLIS_TIMELINE_N_COLORS,
} TrellisTimelineColor;

/* The part of a bar still to do: its colour at this opacity, inside an
 * outline of the whole colour. */
#define TRELLIS_TIMELINE_TRACK_ALPHA 0.12

typedef enum
{
  TRELLIS_TIMELINE_SHAPE_BAR,
  TRELLIS_TIMELINE_SHAPE_DIAMOND,
  TRELLIS_TIMELINE_SHAPE_ARROW,
} TrellisTimelineShape;

/**
 * TrellisTimelineMark:
 * @shape: what is drawn in this colour
 * @color: the theme colour
 * @alpha: its opacity
 * @label: what it means, for the legend (untranslated, N_())
 *
 * One colour the chart gives a meaning.
 */
typedef struct
{
  TrellisTimelineShape shape;
  TrellisTimelineColor color;
  double               alpha;
  const char          *label;
} TrellisTimelineMark;

/**
 * TrellisTimelinePaint:
 * @layout: the geometry
 * @context: for the text
 * @width: the widget's width
 * @height: the widget's height
 * @scroll_x: the layout x at the left edge of the chart area
 * @scroll_y: the layout y at the top of the rows area
 * @today: the day to judge (trellis_date_today())
 * @rules: (nullable): the project's status thresholds; %NULL for the defaults
 * @selected: the selected row, or -1
 * @drag: what the drag in progress does to the @selected row's bar
 * @drag_days: by how many days, snapped
 */
typedef struct
{
  TrellisTimelineLayout *layout;
  PangoContext          *context;
  double                 width;
  double                 height;
  double                 scroll_x;
  double                 scroll_y;
  guint32                today;
  const TrellisStatusRules *rules;
  int                    selected;
  gboolean               focused;
  TrellisTimelineDrag    drag;
  int                    drag_days;
  GdkRGBA                colors[TRELLIS_TIMELINE_N_COLORS];
} TrellisTimelinePaint;

void     trellis_timeline_paint             (GtkSnapshot                *snapshot,
                                             const TrellisTimelinePaint *paint);
void     trellis_timeline_paint_default_colors (TrellisTimelinePaint    *paint,
                                             gboolean                    dark);
void     trellis_timeline_paint_lookup_colors (TrellisTimelinePaint     *paint,
                                             GtkWidget                  *widget);
const TrellisTimelineMark *
         trellis_timeline_paint_get_marks   (guint                      *n_marks);
guint    trellis_timeline_paint_state_mark  (TrellisActionState          state);
GdkRGBA  trellis_timeline_paint_mark_color  (const TrellisTimelinePaint *paint,
                                             guint                       mark);
void     trellis_timeline_drag_days         (const TrellisTimelineRow   *row,
                                             TrellisTimelineDrag         drag,
                                             int                         days,
                                             guint32                    *first_day,
                                             guint32                    *last_day);
char    *trellis_timeline_describe_dates    (guint32                     first_day,
                                             guint32                     last_day);

G_END_DECLS
