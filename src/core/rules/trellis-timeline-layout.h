/* trellis-timeline-layout.h: where the timeline (Gantt chart) puts rows, bars, diamonds and arrows
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "trellis-action.h"
#include "trellis-date.h"
#include "trellis-goal.h"
#include "trellis-milestone.h"
#include "trellis-project.h"

G_BEGIN_DECLS

/**
 * TrellisTimelineZoom:
 * @TRELLIS_TIMELINE_WEEKS: a column per week
 * @TRELLIS_TIMELINE_MONTHS: a column per month
 * @TRELLIS_TIMELINE_QUARTERS: a column per quarter
 */
typedef enum
{
  TRELLIS_TIMELINE_WEEKS,
  TRELLIS_TIMELINE_MONTHS,
  TRELLIS_TIMELINE_QUARTERS,
} TrellisTimelineZoom;

typedef enum
{
  TRELLIS_TIMELINE_ROW_ACTION,
  TRELLIS_TIMELINE_ROW_GOAL,
  TRELLIS_TIMELINE_ROW_NO_GOAL,
  TRELLIS_TIMELINE_ROW_MILESTONE,
} TrellisTimelineRowKind;

/**
 * TrellisTimelineBarKind:
 * @TRELLIS_TIMELINE_BAR_NONE: neither start nor due: no bar, the row
 *   only names the action
 * @TRELLIS_TIMELINE_BAR_FULL: start and due: a bar from the start to the
 *   end of the due day
 * @TRELLIS_TIMELINE_BAR_START_ONLY: only a start: a one-day marker on the
 *   start day, open to the right
 * @TRELLIS_TIMELINE_BAR_DUE_ONLY: only a due date: a one-day marker on the
 *   due day, open to the left
 */
typedef enum
{
  TRELLIS_TIMELINE_BAR_NONE,
  TRELLIS_TIMELINE_BAR_FULL,
  TRELLIS_TIMELINE_BAR_START_ONLY,
  TRELLIS_TIMELINE_BAR_DUE_ONLY,
} TrellisTimelineBarKind;

typedef enum
{
  TRELLIS_TIMELINE_EDGE_START,
  TRELLIS_TIMELINE_EDGE_DUE,
} TrellisTimelineEdge;

/**
 * TrellisTimelineRow:
 * @kind: what the row shows
 * @item: (transfer none): the action, goal or milestone; %NULL for the
 *   "no goal" heading
 * @bar: the bar of an action
 * @first_day: Julian day of the bar's first day (0 without a bar)
 * @last_day: Julian day of the bar's last day, inclusive
 * @x: where the bar starts, in pixels from the origin
 * @width: the bar's width
 * @reversed: the action is due before it starts (drawn as one day)
 */
typedef struct
{
  TrellisTimelineRowKind  kind;
  TrellisItem            *item;
  TrellisTimelineBarKind  bar;
  guint32                 first_day;
  guint32                 last_day;
  double                  x;
  double                  width;
  gboolean                reversed;
} TrellisTimelineRow;

/**
 * TrellisTimelineMilestone:
 * @milestone: (transfer none): the milestone
 * @row: the row its diamond sits on: its action's row, or its own row
 * @day: Julian day of its date
 * @x: the middle of its day
 * @reached: whether it has a reached date
 */
typedef struct
{
  TrellisMilestone *milestone;
  guint             row;
  guint32           day;
  double            x;
  gboolean          reached;
} TrellisTimelineMilestone;

/**
 * TrellisTimelineArrow:
 * @from_row: the row of the action waited for
 * @to_row: the row of the action that waits
 * @x1: the end of the bar waited for
 * @x2: the start of the bar that waits
 */
typedef struct
{
  guint  from_row;
  guint  to_row;
  double x1;
  double x2;
} TrellisTimelineArrow;

typedef struct
{
  double  x;
  guint32 day;
  char   *label;
} TrellisTimelineTick;

typedef struct _TrellisTimelineLayout TrellisTimelineLayout;

#define TRELLIS_TIMELINE_ROW_HEIGHT 32

TrellisTimelineLayout    *trellis_timeline_layout_new           (TrellisProject        *project,
                                                                 TrellisTimelineZoom    zoom,
                                                                 TrellisDay             origin,
                                                                 gboolean               by_goal);
void                      trellis_timeline_layout_free          (TrellisTimelineLayout *self);
TrellisTimelineZoom       trellis_timeline_layout_get_zoom      (TrellisTimelineLayout *self);
double                    trellis_timeline_layout_get_pixels_per_day (TrellisTimelineLayout *self);
guint32                   trellis_timeline_layout_get_origin    (TrellisTimelineLayout *self);
guint32                   trellis_timeline_layout_get_last_day  (TrellisTimelineLayout *self);
double                    trellis_timeline_layout_get_width     (TrellisTimelineLayout *self);
double                    trellis_timeline_layout_get_height    (TrellisTimelineLayout *self);
guint                     trellis_timeline_layout_get_n_rows    (TrellisTimelineLayout *self);
const TrellisTimelineRow *trellis_timeline_layout_get_row       (TrellisTimelineLayout *self,
                                                                 guint                  index);
gboolean                  trellis_timeline_layout_find_row      (TrellisTimelineLayout *self,
                                                                 TrellisItem           *item,
                                                                 guint                 *index);
gboolean                  trellis_timeline_layout_get_visible_rows (TrellisTimelineLayout *self,
                                                                 double                 y,
                                                                 double                 height,
                                                                 guint                 *first,
                                                                 guint                 *n_rows);
const TrellisTimelineMilestone *trellis_timeline_layout_get_milestones (TrellisTimelineLayout *self,
                                                                 guint                  first_row,
                                                                 guint                  n_rows,
                                                                 guint                 *n_milestones);
const TrellisTimelineArrow *trellis_timeline_layout_get_arrows  (TrellisTimelineLayout *self,
                                                                 guint                 *n_arrows);
GArray                   *trellis_timeline_layout_list_ticks    (TrellisTimelineLayout *self,
                                                                 double                 x_from,
                                                                 double                 x_to,
                                                                 gboolean               major);
double                    trellis_timeline_layout_day_to_x      (TrellisTimelineLayout *self,
                                                                 guint32                day);
guint32                   trellis_timeline_layout_x_to_day      (TrellisTimelineLayout *self,
                                                                 double                 x);
int                       trellis_timeline_layout_snap_days     (TrellisTimelineLayout *self,
                                                                 double                 dx);

double                    trellis_timeline_zoom_pixels_per_day  (TrellisTimelineZoom    zoom);

gboolean                  trellis_timeline_move_action          (TrellisProject        *project,
                                                                 TrellisAction         *action,
                                                                 int                    days_delta);
gboolean                  trellis_timeline_resize_action        (TrellisProject        *project,
                                                                 TrellisAction         *action,
                                                                 TrellisTimelineEdge    edge,
                                                                 int                    days_delta,
                                                                 GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrellisTimelineLayout, trellis_timeline_layout_free)

G_END_DECLS
