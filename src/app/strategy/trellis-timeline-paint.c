/* trellis-timeline-paint.c: draws a window of the timeline into a GtkSnapshot
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what is in the window is drawn: the rows the layout finds there,
 * the header's divisions between its left and right edge, the arrows whose
 * rows span it.  Bars, progress, the today line and the grid are colour
 * nodes; diamonds are rotated colour and border nodes; only the arrows go
 * through cairo, in one node.  The painter needs no widget, so the
 * benchmark can time it alone; the colours come from the theme's named
 * colours (the chart looks them up), so dark mode follows.
 *
 * Every colour that means something is one row of marks[]: the legend
 * shows that table, and test-timeline-view checks each row against the
 * chart's background in light and dark style (3:1 at least, the floor for
 * graphics). A bar is outlined in its whole colour and filled with it as
 * far as it is done, so a pale bar never stands alone on the background.
 */

#define G_LOG_DOMAIN "trellis-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "trellis-timeline-paint.h"
#include "trellis-locale-format.h"

#define RH TRELLIS_TIMELINE_ROW_HEIGHT

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

static double
screen_x (const TrellisTimelinePaint *paint,
          double                      x)
{
  return TRELLIS_TIMELINE_TITLE_WIDTH + x - paint->scroll_x;
}

static double
row_top (const TrellisTimelinePaint *paint,
         guint                       row)
{
  return TRELLIS_TIMELINE_HEADER_HEIGHT + (double) row * RH - paint->scroll_y;
}

/**
 * trellis_timeline_drag_days:
 *
 * Where @row's bar is while a drag moves it by @days.
 */
void
trellis_timeline_drag_days (const TrellisTimelineRow *row,
                            TrellisTimelineDrag       drag,
                            int                       days,
                            guint32                  *first_day,
                            guint32                  *last_day)
{
  *first_day = row->first_day;
  *last_day = row->last_day;
  if (drag == TRELLIS_TIMELINE_DRAG_MOVE || row->bar != TRELLIS_TIMELINE_BAR_FULL)
    {
      *first_day += days;
      *last_day += days;
    }
  else if (drag == TRELLIS_TIMELINE_DRAG_START)
    *first_day = MIN ((gint64) row->first_day + days, (gint64) *last_day);
  else if (drag == TRELLIS_TIMELINE_DRAG_DUE)
    *last_day = MAX ((gint64) row->last_day + days, (gint64) *first_day);
}

/**
 * trellis_timeline_describe_dates:
 *
 * Returns: (transfer full): "2026-03-10 – 2026-03-19 (10 days)"
 */
char *
trellis_timeline_describe_dates (guint32 first_day,
                                 guint32 last_day)
{
  g_autofree char *first = trellis_format_date (first_day);
  g_autofree char *last = trellis_format_date (last_day);
  guint days = last_day - first_day + 1;

  if (first_day == last_day)
    return g_steal_pointer (&first);
  /* translators: an action's start and due date, and how many days that is */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s (%u day)", "%s – %s (%u days)", days),
                          first, last, days);
}

/**
 * trellis_timeline_paint_lookup_colors:
 * @widget: a widget in the window that shows the chart
 *
 * Takes the theme's colours (light or dark) as @widget sees them.
 */
void
trellis_timeline_paint_lookup_colors (TrellisTimelinePaint *paint,
                                      GtkWidget            *widget)
{
  const char *names[] = {
    "window_fg_color", "view_bg_color", "window_bg_color", "accent_color", "accent_bg_color",
    "success_color", "error_color", "warning_color",
  };
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == TRELLIS_TIMELINE_N_COLORS);
  trellis_timeline_paint_default_colors (paint, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_style_context_lookup_color (context, names[i], &paint->colors[i]);
}

/**
 * trellis_timeline_paint_default_colors:
 * @dark: whether for the dark style
 *
 * Sets Adwaita's colours, for a painter without a widget (and for the
 * names a theme does not define).
 */
void
trellis_timeline_paint_default_colors (TrellisTimelinePaint *paint,
                                       gboolean              dark)
{
  const char *names[] = {
    dark ? "#ffffff" : "rgba(0,0,0,0.8)", dark ? "#1e1e1e" : "#ffffff", dark ? "#242424" : "#fafafa",
    dark ? "#78aeed" : "#1c71d8", "#3584e4", dark ? "#8ff0a4" : "#1b8553", dark ? "#ff7b63" : "#c01c28",
    dark ? "#f8e45c" : "#9c6e03",
  };

  for (guint i = 0; i < TRELLIS_TIMELINE_N_COLORS; i++)
    gdk_rgba_parse (&paint->colors[i], names[i]);
}

enum
{
  MARK_OPEN,
  MARK_AT_RISK,
  MARK_OVERDUE,
  MARK_DONE,
  MARK_ON_HOLD,
  MARK_CANCELLED,
  MARK_MILESTONE,
  MARK_MISSED,
  MARK_ARROW,
};

static const TrellisTimelineMark marks[] = {
  [MARK_OPEN] = { TRELLIS_TIMELINE_SHAPE_BAR, TRELLIS_TIMELINE_COLOR_ACCENT_BG, 1, N_("Planned or under way") },
  [MARK_AT_RISK] = { TRELLIS_TIMELINE_SHAPE_BAR, TRELLIS_TIMELINE_COLOR_WARNING, 1, N_("At risk") },
  [MARK_OVERDUE] = { TRELLIS_TIMELINE_SHAPE_BAR, TRELLIS_TIMELINE_COLOR_ERROR, 1, N_("Overdue") },
  [MARK_DONE] = { TRELLIS_TIMELINE_SHAPE_BAR, TRELLIS_TIMELINE_COLOR_SUCCESS, 1, N_("Done") },
  [MARK_ON_HOLD] = { TRELLIS_TIMELINE_SHAPE_BAR, TRELLIS_TIMELINE_COLOR_FG, 0.8, N_("On hold") },
  [MARK_CANCELLED] = { TRELLIS_TIMELINE_SHAPE_BAR, TRELLIS_TIMELINE_COLOR_FG, 0.6, N_("Cancelled") },
  [MARK_MILESTONE] = { TRELLIS_TIMELINE_SHAPE_DIAMOND, TRELLIS_TIMELINE_COLOR_FG, 1, N_("Milestone, filled once reached") },
  [MARK_MISSED] = { TRELLIS_TIMELINE_SHAPE_DIAMOND, TRELLIS_TIMELINE_COLOR_ERROR, 1, N_("Missed milestone") },
  [MARK_ARROW] = { TRELLIS_TIMELINE_SHAPE_ARROW, TRELLIS_TIMELINE_COLOR_FG, 0.6, N_("Waits for") },
};

/**
 * trellis_timeline_paint_get_marks:
 *
 * Returns: (transfer none) (array length=n_marks): every colour the chart
 *   gives a meaning, in the order of the legend
 */
const TrellisTimelineMark *
trellis_timeline_paint_get_marks (guint *n_marks)
{
  *n_marks = G_N_ELEMENTS (marks);
  return marks;
}

/**
 * trellis_timeline_paint_state_mark:
 *
 * The colours follow trellis_rules_action_state (), which the lights read
 * too: done, overdue (on hold included), at risk, on hold and cancelled
 * have their own; the rest (planned, under way, behind but not yet due
 * soon, undated) share one.
 *
 * Returns: the index in trellis_timeline_paint_get_marks () of a bar in @state
 */
guint
trellis_timeline_paint_state_mark (TrellisActionState state)
{
  switch (state)
    {
    case TRELLIS_ACTION_STATE_DONE:
      return MARK_DONE;
    case TRELLIS_ACTION_STATE_OVERDUE:
      return MARK_OVERDUE;
    case TRELLIS_ACTION_STATE_AT_RISK:
      return MARK_AT_RISK;
    case TRELLIS_ACTION_STATE_ON_HOLD:
      return MARK_ON_HOLD;
    case TRELLIS_ACTION_STATE_CANCELLED:
      return MARK_CANCELLED;
    case TRELLIS_ACTION_STATE_UNDATED:
    case TRELLIS_ACTION_STATE_BEHIND:
    case TRELLIS_ACTION_STATE_NOT_STARTED:
    case TRELLIS_ACTION_STATE_ON_TRACK:
    default:
      return MARK_OPEN;
    }
}

/**
 * trellis_timeline_paint_mark_color:
 *
 * Returns: the colour of @mark with @paint's theme colours
 */
GdkRGBA
trellis_timeline_paint_mark_color (const TrellisTimelinePaint *paint,
                                   guint                       mark)
{
  g_return_val_if_fail (mark < G_N_ELEMENTS (marks), paint->colors[TRELLIS_TIMELINE_COLOR_FG]);

  return with_alpha (&paint->colors[marks[mark].color], marks[mark].alpha);
}

static GdkRGBA
bar_color (const TrellisTimelinePaint *paint,
           const TrellisTimelineRow   *row)
{
  TrellisStatusRules defaults;
  const TrellisStatusRules *rules = paint->rules;

  if (rules == NULL)
    {
      trellis_status_rules_init (&defaults);
      rules = &defaults;
    }
  return trellis_timeline_paint_mark_color (paint, trellis_timeline_paint_state_mark (
    trellis_rules_action_state (TRELLIS_ACTION (row->item), paint->today, rules)));
}

static void
paint_bar (GtkSnapshot                *snapshot,
           const TrellisTimelinePaint *paint,
           guint                       index,
           const TrellisTimelineRow   *row)
{
  double ppd = trellis_timeline_layout_get_pixels_per_day (paint->layout);
  double y = row_top (paint, index) + TRELLIS_TIMELINE_BAR_TOP;
  guint32 first = row->first_day, last = row->last_day;
  double x, width, progress;
  GdkRGBA color = bar_color (paint, row), track;
  const float edge_widths[4] = { 1.5, 1.5, 1.5, 1.5 };
  GskRoundedRect outline;

  if ((int) index == paint->selected && paint->drag != TRELLIS_TIMELINE_DRAG_NONE)
    trellis_timeline_drag_days (row, paint->drag, paint->drag_days, &first, &last);
  x = screen_x (paint, trellis_timeline_layout_day_to_x (paint->layout, first));
  width = MAX ((last - first + 1) * ppd, 4);
  if (x > paint->width || x + width + 48 < TRELLIS_TIMELINE_TITLE_WIDTH)
    return;

  /* An open end fades towards the missing date. */
  if (row->bar == TRELLIS_TIMELINE_BAR_START_ONLY || row->bar == TRELLIS_TIMELINE_BAR_DUE_ONLY)
    {
      gboolean right = row->bar == TRELLIS_TIMELINE_BAR_START_ONLY;
      graphene_rect_t fade = GRAPHENE_RECT_INIT (right ? x + width : x - 40, y + 4, 40, TRELLIS_TIMELINE_BAR_HEIGHT - 8);
      GskColorStop stops[2] = { { 0, with_alpha (&color, right ? 0.6 : 0) }, { 1, with_alpha (&color, right ? 0 : 0.6) } };

      gtk_snapshot_append_linear_gradient (snapshot, &fade,
                                           &GRAPHENE_POINT_INIT (fade.origin.x, 0),
                                           &GRAPHENE_POINT_INIT (fade.origin.x + 40, 0), stops, 2);
    }

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, width, TRELLIS_TIMELINE_BAR_HEIGHT),
                                   MIN (4, width / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  track = with_alpha (&color, TRELLIS_TIMELINE_TRACK_ALPHA);
  gtk_snapshot_append_color (snapshot, &track, &outline.bounds);
  progress = trellis_action_get_status (TRELLIS_ACTION (row->item)) == TRELLIS_STATUS_DONE ? 100
             : trellis_action_get_progress (TRELLIS_ACTION (row->item));
  if (progress > 0)
    gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, y, width * progress / 100.0,
                                                                      TRELLIS_TIMELINE_BAR_HEIGHT));
  gtk_snapshot_append_border (snapshot, &outline, edge_widths, (GdkRGBA[4]) { color, color, color, color });
  gtk_snapshot_pop (snapshot);

  if ((int) index == paint->selected || row->reversed)
    {
      GdkRGBA ring = paint->colors[row->reversed ? TRELLIS_TIMELINE_COLOR_ERROR : TRELLIS_TIMELINE_COLOR_ACCENT];
      GdkRGBA rings[4] = { ring, ring, ring, ring };
      float widths[4] = { 2, 2, 2, 2 };

      if ((int) index == paint->selected && !paint->focused)
        for (guint i = 0; i < 4; i++)
          rings[i].alpha *= 0.5;
      gsk_rounded_rect_shrink (&outline, -2, -2, -2, -2);
      gtk_snapshot_append_border (snapshot, &outline, widths, rings);
    }
}

static void
paint_diamond (GtkSnapshot                    *snapshot,
               const TrellisTimelinePaint     *paint,
               const TrellisTimelineMilestone *mark)
{
  double cx = screen_x (paint, mark->x), cy = row_top (paint, mark->row) + RH / 2.0;
  gboolean missed = trellis_rules_milestone_is_missed (mark->milestone, paint->today);
  GdkRGBA color = trellis_timeline_paint_mark_color (paint, missed ? MARK_MISSED : MARK_MILESTONE);
  graphene_rect_t square = GRAPHENE_RECT_INIT (-5.5, -5.5, 11, 11);

  if (cx < TRELLIS_TIMELINE_TITLE_WIDTH - 10 || cx > paint->width + 10)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cx, cy));
  gtk_snapshot_rotate (snapshot, 45);
  {
    /* A ring of the background keeps it apart from the bar under it. */
    GskRoundedRect halo;
    GdkRGBA bg = paint->colors[TRELLIS_TIMELINE_COLOR_VIEW_BG];

    gsk_rounded_rect_init_from_rect (&halo, &GRAPHENE_RECT_INIT (-7, -7, 14, 14), 1);
    gtk_snapshot_append_color (snapshot, &bg, &halo.bounds);
    if (mark->reached)
      gtk_snapshot_append_color (snapshot, &color, &square);
    else
      {
        GskRoundedRect border;
        float widths[4] = { 2, 2, 2, 2 };
        GdkRGBA colors[4] = { color, color, color, color };

        gsk_rounded_rect_init_from_rect (&border, &square, 0);
        gtk_snapshot_append_border (snapshot, &border, widths, colors);
      }
  }
  gtk_snapshot_restore (snapshot);
}

/* Finish to start: out of the end of one bar, into the start of the other;
 * round the back of the bar that waits if it starts too early. */
static void
trace_arrow (cairo_t                    *cr,
             const TrellisTimelinePaint *paint,
             const TrellisTimelineArrow *arrow)
{
  double x1 = screen_x (paint, arrow->x1), x2 = screen_x (paint, arrow->x2);
  double y1 = row_top (paint, arrow->from_row) + RH / 2.0, y2 = row_top (paint, arrow->to_row) + RH / 2.0;
  double turn = x1 + 6;

  cairo_move_to (cr, x1, y1);
  if (x2 - 8 >= turn)
    {
      cairo_line_to (cr, turn, y1);
      cairo_line_to (cr, turn, y2);
    }
  else
    {
      double between = y2 + (y2 > y1 ? -RH / 2.0 : RH / 2.0);

      cairo_line_to (cr, turn, y1);
      cairo_line_to (cr, turn, between);
      cairo_line_to (cr, x2 - 8, between);
      cairo_line_to (cr, x2 - 8, y2);
    }
  cairo_line_to (cr, x2 - 1, y2);
  cairo_stroke (cr);
  cairo_move_to (cr, x2, y2);
  cairo_line_to (cr, x2 - 6, y2 - 4);
  cairo_line_to (cr, x2 - 6, y2 + 4);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
paint_arrows (GtkSnapshot                *snapshot,
              const TrellisTimelinePaint *paint,
              guint                       first,
              guint                       n_rows)
{
  const TrellisTimelineArrow *arrows;
  graphene_rect_t area = GRAPHENE_RECT_INIT (TRELLIS_TIMELINE_TITLE_WIDTH, TRELLIS_TIMELINE_HEADER_HEIGHT,
                                             paint->width - TRELLIS_TIMELINE_TITLE_WIDTH,
                                             paint->height - TRELLIS_TIMELINE_HEADER_HEIGHT);
  cairo_t *cr = NULL;
  guint n;
  GdkRGBA color = trellis_timeline_paint_mark_color (paint, MARK_ARROW);

  if (area.size.width <= 0 || area.size.height <= 0)
    return;
  arrows = trellis_timeline_layout_get_arrows (paint->layout, &n);
  for (guint i = 0; i < n; i++)
    {
      guint top = MIN (arrows[i].from_row, arrows[i].to_row), bottom = MAX (arrows[i].from_row, arrows[i].to_row);
      double left = screen_x (paint, MIN (arrows[i].x1, arrows[i].x2) - 10);
      double right = screen_x (paint, MAX (arrows[i].x1, arrows[i].x2) + 10);

      if (bottom < first || top >= first + n_rows || right < area.origin.x || left > paint->width)
        continue;
      if (cr == NULL)
        {
          cr = gtk_snapshot_append_cairo (snapshot, &area);
          cairo_set_line_width (cr, 1.25);
          gdk_cairo_set_source_rgba (cr, &color);
        }
      trace_arrow (cr, paint, &arrows[i]);
    }
  g_clear_pointer (&cr, cairo_destroy);
}

static void
paint_text (GtkSnapshot   *snapshot,
            PangoLayout   *layout,
            double         x,
            double         y,
            const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static PangoLayout *
new_text (const TrellisTimelinePaint *paint,
          const char                 *text,
          gboolean                    bold,
          double                      width)
{
  PangoLayout *layout = pango_layout_new (paint->context);

  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
    }
  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static void
paint_text_line (GtkSnapshot                *snapshot,
                 const TrellisTimelinePaint *paint,
                 const char                 *text,
                 gboolean                    bold,
                 double                      x,
                 double                      middle,
                 double                      width,
                 const GdkRGBA              *color)
{
  g_autoptr(PangoLayout) layout = new_text (paint, text, bold, width);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  paint_text (snapshot, layout, x, middle - height / 2.0, color);
}

static void
paint_rows (GtkSnapshot                *snapshot,
            const TrellisTimelinePaint *paint,
            guint                       first,
            guint                       n_rows)
{
  GdkRGBA band = with_alpha (&paint->colors[TRELLIS_TIMELINE_COLOR_FG], 0.04);
  const TrellisTimelineMilestone *marks;
  guint n_marks;

  for (guint r = first; r < first + n_rows; r++)
    {
      const TrellisTimelineRow *row = trellis_timeline_layout_get_row (paint->layout, r);

      if (row->kind == TRELLIS_TIMELINE_ROW_GOAL || row->kind == TRELLIS_TIMELINE_ROW_NO_GOAL)
        gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (0, row_top (paint, r), paint->width, RH));
      else if (row->kind == TRELLIS_TIMELINE_ROW_ACTION && row->bar != TRELLIS_TIMELINE_BAR_NONE)
        paint_bar (snapshot, paint, r, row);
    }
  paint_arrows (snapshot, paint, first, n_rows);
  marks = trellis_timeline_layout_get_milestones (paint->layout, first, n_rows, &n_marks);
  for (guint i = 0; i < n_marks; i++)
    paint_diamond (snapshot, paint, &marks[i]);
}

static void
paint_grid (GtkSnapshot                *snapshot,
            const TrellisTimelinePaint *paint,
            GArray                     *ticks,
            double                      top,
            double                      alpha)
{
  GdkRGBA line = with_alpha (&paint->colors[TRELLIS_TIMELINE_COLOR_FG], alpha);

  for (guint i = 0; i < ticks->len; i++)
    {
      double x = floor (screen_x (paint, g_array_index (ticks, TrellisTimelineTick, i).x));

      if (x >= TRELLIS_TIMELINE_TITLE_WIDTH)
        gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x, top, 1, paint->height - top));
    }
}

static void
paint_today (GtkSnapshot                *snapshot,
             const TrellisTimelinePaint *paint)
{
  double ppd = trellis_timeline_layout_get_pixels_per_day (paint->layout);
  double x = screen_x (paint, trellis_timeline_layout_day_to_x (paint->layout, paint->today) + ppd / 2);
  GdkRGBA color = paint->colors[TRELLIS_TIMELINE_COLOR_ACCENT];

  if (x < TRELLIS_TIMELINE_TITLE_WIDTH || x > paint->width)
    return;
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x - 1, TRELLIS_TIMELINE_HEADER_HEIGHT - 6,
                                                                     2, paint->height));
}

static void
paint_header_line (GtkSnapshot                *snapshot,
                   const TrellisTimelinePaint *paint,
                   GArray                     *ticks,
                   double                      top,
                   gboolean                    bold)
{
  GdkRGBA color = paint->colors[TRELLIS_TIMELINE_COLOR_FG];
  double right = paint->width;

  color.alpha *= bold ? 1 : 0.7;
  for (guint i = 0; i < ticks->len; i++)
    {
      const TrellisTimelineTick *tick = &g_array_index (ticks, TrellisTimelineTick, i);
      double x = screen_x (paint, tick->x);
      double end = i + 1 < ticks->len ? screen_x (paint, g_array_index (ticks, TrellisTimelineTick, i + 1).x) : right;

      g_autoptr(PangoLayout) layout = NULL;
      int width, height;

      /* A label cut by the left edge sticks to it while its division
       * has room for it. */
      x = MAX (x, TRELLIS_TIMELINE_TITLE_WIDTH);
      layout = new_text (paint, tick->label, bold, -1);
      pango_layout_get_pixel_size (layout, &width, &height);
      if (end - x < width + 18)
        continue;
      paint_text (snapshot, layout, x + 6, top + 12 - height / 2.0, &color);
    }
}

static void
paint_header (GtkSnapshot                *snapshot,
              const TrellisTimelinePaint *paint,
              GArray                     *minor,
              GArray                     *major)
{
  GdkRGBA bg = paint->colors[TRELLIS_TIMELINE_COLOR_WINDOW_BG];
  GdkRGBA line = with_alpha (&paint->colors[TRELLIS_TIMELINE_COLOR_FG], 0.15);
  GdkRGBA fg = with_alpha (&paint->colors[TRELLIS_TIMELINE_COLOR_FG], 0.7);
  double ppd = trellis_timeline_layout_get_pixels_per_day (paint->layout);
  double today = screen_x (paint, trellis_timeline_layout_day_to_x (paint->layout, paint->today) + ppd / 2);

  gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, paint->width, TRELLIS_TIMELINE_HEADER_HEIGHT));
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (TRELLIS_TIMELINE_TITLE_WIDTH, 0,
                                                         MAX (0, paint->width - TRELLIS_TIMELINE_TITLE_WIDTH),
                                                         TRELLIS_TIMELINE_HEADER_HEIGHT));
  paint_header_line (snapshot, paint, major, 0, TRUE);
  paint_header_line (snapshot, paint, minor, TRELLIS_TIMELINE_HEADER_HEIGHT / 2.0, FALSE);
  paint_grid (snapshot, paint, major, 0, 0.15);
  if (today >= TRELLIS_TIMELINE_TITLE_WIDTH)
    {
      GdkRGBA accent = paint->colors[TRELLIS_TIMELINE_COLOR_ACCENT];

      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (today - 4, TRELLIS_TIMELINE_HEADER_HEIGHT - 6, 8, 6));
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, TRELLIS_TIMELINE_HEADER_HEIGHT - 1, paint->width, 1));
  /* translators: the heading of the timeline's column of action titles */
  paint_text_line (snapshot, paint, _("Actions and Milestones"), TRUE, 12, TRELLIS_TIMELINE_HEADER_HEIGHT / 2.0,
                   TRELLIS_TIMELINE_TITLE_WIDTH - 24, &fg);
}

static char *
row_title (const TrellisTimelineRow *row)
{
  if (row->kind == TRELLIS_TIMELINE_ROW_NO_GOAL)
    /* translators: the heading of the actions that serve no goal, on the timeline */
    return g_strdup (_("No Goal"));
  return trellis_item_dup_label (row->item);
}

static void
paint_titles (GtkSnapshot                *snapshot,
              const TrellisTimelinePaint *paint,
              guint                       first,
              guint                       n_rows)
{
  GdkRGBA bg = paint->colors[TRELLIS_TIMELINE_COLOR_WINDOW_BG];
  GdkRGBA line = with_alpha (&paint->colors[TRELLIS_TIMELINE_COLOR_FG], 0.15);
  GdkRGBA selected = with_alpha (&paint->colors[TRELLIS_TIMELINE_COLOR_ACCENT_BG], paint->focused ? 0.25 : 0.12);

  gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, TRELLIS_TIMELINE_HEADER_HEIGHT,
                                                                 TRELLIS_TIMELINE_TITLE_WIDTH, paint->height));
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, TRELLIS_TIMELINE_HEADER_HEIGHT, TRELLIS_TIMELINE_TITLE_WIDTH,
                                                         MAX (0, paint->height - TRELLIS_TIMELINE_HEADER_HEIGHT)));
  for (guint r = first; r < first + n_rows; r++)
    {
      const TrellisTimelineRow *row = trellis_timeline_layout_get_row (paint->layout, r);
      g_autofree char *title = row_title (row);
      gboolean heading = row->kind == TRELLIS_TIMELINE_ROW_GOAL || row->kind == TRELLIS_TIMELINE_ROW_NO_GOAL;
      GdkRGBA fg = paint->colors[TRELLIS_TIMELINE_COLOR_FG];
      double indent = heading ? 12 : 28;

      if ((int) r == paint->selected)
        gtk_snapshot_append_color (snapshot, &selected, &GRAPHENE_RECT_INIT (0, row_top (paint, r),
                                                                             TRELLIS_TIMELINE_TITLE_WIDTH, RH));
      if (row->kind == TRELLIS_TIMELINE_ROW_ACTION && row->bar == TRELLIS_TIMELINE_BAR_NONE)
        fg.alpha *= 0.55;
      if (row->kind == TRELLIS_TIMELINE_ROW_MILESTONE)
        {
          GdkRGBA dim = with_alpha (&fg, 0.7);

          paint_text_line (snapshot, paint, "◆", FALSE, indent, row_top (paint, r) + RH / 2.0, 16, &dim);
          indent += 18;
        }
      paint_text_line (snapshot, paint, title, heading, indent, row_top (paint, r) + RH / 2.0,
                       TRELLIS_TIMELINE_TITLE_WIDTH - indent - 10, &fg);
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (TRELLIS_TIMELINE_TITLE_WIDTH - 1, 0, 1, paint->height));
}

/* While a bar is dragged, its dates above it. */
static void
paint_drag_label (GtkSnapshot                *snapshot,
                  const TrellisTimelinePaint *paint)
{
  const TrellisTimelineRow *row;
  guint32 first, last;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA bg = paint->colors[TRELLIS_TIMELINE_COLOR_FG], fg = paint->colors[TRELLIS_TIMELINE_COLOR_VIEW_BG];
  GskRoundedRect box;
  int width, height;
  double x, y;

  if (paint->drag == TRELLIS_TIMELINE_DRAG_NONE || paint->selected < 0)
    return;
  row = trellis_timeline_layout_get_row (paint->layout, paint->selected);
  trellis_timeline_drag_days (row, paint->drag, paint->drag_days, &first, &last);
  text = trellis_timeline_describe_dates (first, last);
  layout = new_text (paint, text, FALSE, 400);
  pango_layout_get_pixel_size (layout, &width, &height);
  x = CLAMP (screen_x (paint, trellis_timeline_layout_day_to_x (paint->layout, first)),
             TRELLIS_TIMELINE_TITLE_WIDTH + 4, MAX (TRELLIS_TIMELINE_TITLE_WIDTH + 4, paint->width - width - 16));
  y = row_top (paint, paint->selected) - height - 6;
  if (y < TRELLIS_TIMELINE_HEADER_HEIGHT)
    y = row_top (paint, paint->selected) + RH + 2;
  gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (x, y, width + 12, height + 4), 4);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  bg.alpha = 0.9;
  gtk_snapshot_append_color (snapshot, &bg, &box.bounds);
  gtk_snapshot_pop (snapshot);
  paint_text (snapshot, layout, x + 6, y + 2, &fg);
}

/**
 * trellis_timeline_paint:
 *
 * Draws the header, the title column and the chart for the window
 * @paint describes.
 */
void
trellis_timeline_paint (GtkSnapshot                *snapshot,
                        const TrellisTimelinePaint *paint)
{
  double chart_width = paint->width - TRELLIS_TIMELINE_TITLE_WIDTH;
  double rows_height = paint->height - TRELLIS_TIMELINE_HEADER_HEIGHT;
  GdkRGBA bg = paint->colors[TRELLIS_TIMELINE_COLOR_VIEW_BG];
  g_autoptr(GArray) minor = NULL;
  g_autoptr(GArray) major = NULL;
  guint first = 0, n_rows = 0;

  minor = trellis_timeline_layout_list_ticks (paint->layout, paint->scroll_x, paint->scroll_x + chart_width, FALSE);
  major = trellis_timeline_layout_list_ticks (paint->layout, paint->scroll_x, paint->scroll_x + chart_width, TRUE);
  trellis_timeline_layout_get_visible_rows (paint->layout, paint->scroll_y, rows_height, &first, &n_rows);

  gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, paint->width, paint->height));
  if (chart_width > 0 && rows_height > 0)
    {
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (TRELLIS_TIMELINE_TITLE_WIDTH, TRELLIS_TIMELINE_HEADER_HEIGHT,
                                                             chart_width, rows_height));
      paint_grid (snapshot, paint, minor, TRELLIS_TIMELINE_HEADER_HEIGHT, 0.06);
      paint_grid (snapshot, paint, major, TRELLIS_TIMELINE_HEADER_HEIGHT, 0.12);
      paint_rows (snapshot, paint, first, n_rows);
      paint_today (snapshot, paint);
      paint_drag_label (snapshot, paint);
      gtk_snapshot_pop (snapshot);
    }
  paint_titles (snapshot, paint, first, n_rows);
  paint_header (snapshot, paint, minor, major);
}
