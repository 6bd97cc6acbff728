/* trellis-sparkline.c: a small line chart of an indicator's values over time
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The points are (x, y) pairs, x growing (days, say); the chart scales
 * both to fit, with the target, if any, as a dashed line.  It draws in the
 * widget's CSS colour, so the style sheet picks it and dark mode follows.
 */

#define G_LOG_DOMAIN "trellis-sparkline"

#include "config.h"

#include <math.h>

#include "trellis-sparkline.h"

/* Days since 1970 (the sparkline's x), NaN without a date. */
static double
day_of (TrellisDay day)
{
  return day != TRELLIS_DAY_NONE ? (double) day : NAN;
}

#define PAD 4.0

struct _TrellisSparkline
{
  GtkWidget  parent_instance;

  GArray    *x;
  GArray    *y;
  double     target;
};

G_DEFINE_FINAL_TYPE (TrellisSparkline, trellis_sparkline, GTK_TYPE_WIDGET)

static void
get_range (TrellisSparkline *self,
           double           *min_y,
           double           *max_y)
{
  *min_y = G_MAXDOUBLE;
  *max_y = -G_MAXDOUBLE;
  for (guint i = 0; i < self->y->len; i++)
    {
      *min_y = MIN (*min_y, g_array_index (self->y, double, i));
      *max_y = MAX (*max_y, g_array_index (self->y, double, i));
    }
  if (!isnan (self->target))
    {
      *min_y = MIN (*min_y, self->target);
      *max_y = MAX (*max_y, self->target);
    }
  /* A flat line sits in the middle. */
  if (*max_y - *min_y < 1e-9)
    {
      *min_y -= 1;
      *max_y += 1;
    }
}

static void
draw (TrellisSparkline *self,
      cairo_t          *cr,
      double            width,
      double            height)
{
  GdkRGBA color;
  double min_x, max_x, min_y, max_y;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  get_range (self, &min_y, &max_y);
  min_x = self->x->len > 0 ? g_array_index (self->x, double, 0) : 0;
  max_x = self->x->len > 0 ? g_array_index (self->x, double, self->x->len - 1) : 1;
  if (max_x - min_x < 1e-9)
    max_x = min_x + 1;

#define PX(v) (PAD + ((v) - min_x) / (max_x - min_x) * (width - 2 * PAD))
#define PY(v) (height - PAD - ((v) - min_y) / (max_y - min_y) * (height - 2 * PAD))

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (!isnan (self->target))
    {
      double dash[] = { 4, 3 };

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.55);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, PAD, PY (self->target));
      cairo_line_to (cr, width - PAD, PY (self->target));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 2.0);
  for (guint i = 0; i < self->x->len; i++)
    {
      double px = self->x->len == 1 ? width / 2 : PX (g_array_index (self->x, double, i));
      double py = PY (g_array_index (self->y, double, i));

      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
  cairo_stroke (cr);

  /* The latest value as a dot: where the indicator stands now. */
  if (self->x->len > 0)
    {
      guint last = self->x->len - 1;
      double px = self->x->len == 1 ? width / 2 : PX (g_array_index (self->x, double, last));

      cairo_arc (cr, px, PY (g_array_index (self->y, double, last)), 3.0, 0, 2 * G_PI);
      cairo_fill (cr);
    }

#undef PX
#undef PY
}

static void
trellis_sparkline_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TrellisSparkline *self = TRELLIS_SPARKLINE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->x->len == 0 || width <= 2 * PAD || height <= 2 * PAD)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (self, cr, width, height);
  cairo_destroy (cr);
}

static void
trellis_sparkline_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 48 : 24;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 40;
}

static void
trellis_sparkline_finalize (GObject *object)
{
  TrellisSparkline *self = TRELLIS_SPARKLINE (object);

  g_array_unref (self->x);
  g_array_unref (self->y);

  G_OBJECT_CLASS (trellis_sparkline_parent_class)->finalize (object);
}

static void
trellis_sparkline_class_init (TrellisSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = trellis_sparkline_finalize;
  widget_class->snapshot = trellis_sparkline_snapshot;
  widget_class->measure = trellis_sparkline_measure;
  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
trellis_sparkline_init (TrellisSparkline *self)
{
  self->x = g_array_new (FALSE, FALSE, sizeof (double));
  self->y = g_array_new (FALSE, FALSE, sizeof (double));
  self->target = NAN;
}

GtkWidget *
trellis_sparkline_new (void)
{
  return g_object_new (TRELLIS_TYPE_SPARKLINE, NULL);
}

/**
 * trellis_sparkline_set_points:
 * @x: (array length=n_points): growing positions, such as days
 * @y: (array length=n_points): the values
 */
void
trellis_sparkline_set_points (TrellisSparkline *self,
                              const double     *x,
                              const double     *y,
                              guint             n_points)
{
  g_return_if_fail (TRELLIS_IS_SPARKLINE (self));
  g_return_if_fail (n_points == 0 || (x != NULL && y != NULL));

  g_array_set_size (self->x, 0);
  g_array_set_size (self->y, 0);
  g_array_append_vals (self->x, x, n_points);
  g_array_append_vals (self->y, y, n_points);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
trellis_sparkline_get_n_points (TrellisSparkline *self)
{
  g_return_val_if_fail (TRELLIS_IS_SPARKLINE (self), 0);

  return self->x->len;
}

/**
 * trellis_sparkline_set_target:
 * @target: the value aimed at, NaN for none
 */
void
trellis_sparkline_set_target (TrellisSparkline *self,
                              double            target)
{
  g_return_if_fail (TRELLIS_IS_SPARKLINE (self));

  self->target = target;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
trellis_sparkline_get_target (TrellisSparkline *self)
{
  g_return_val_if_fail (TRELLIS_IS_SPARKLINE (self), NAN);

  return self->target;
}

/**
 * trellis_sparkline_show_indicator:
 * @indicator: a TrellisIndicator
 * @measurements: (element-type TrellisMeasurement): its measurements, oldest first
 * @until: (nullable): the last day to show (YYYY-MM-DD); %NULL for all
 *
 * Shows an indicator's line: the baseline, then every measurement made by
 * @until, by date; the target is the dashed line.  Without dates throughout,
 * the points are evenly spaced.
 */
void
trellis_sparkline_show_indicator (TrellisSparkline *self,
                                  TrellisItem      *indicator,
                                  GPtrArray        *measurements,
                                  const char       *until)
{
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ys = g_array_new (FALSE, FALSE, sizeof (double));
  TrellisDay last = until != NULL ? trellis_date_parse (until) : TRELLIS_DAY_NONE;
  double baseline;
  double x;

  g_return_if_fail (TRELLIS_IS_SPARKLINE (self));
  g_return_if_fail (TRELLIS_IS_INDICATOR (indicator));

  baseline = trellis_indicator_get_baseline (TRELLIS_INDICATOR (indicator));
  if (trellis_double_is_set (baseline))
    {
      x = day_of (trellis_indicator_get_baseline_date (TRELLIS_INDICATOR (indicator)));
      g_array_append_val (xs, x);
      g_array_append_val (ys, baseline);
    }
  for (guint i = 0; i < measurements->len; i++)
    {
      TrellisMeasurement *measurement = TRELLIS_MEASUREMENT (measurements->pdata[i]);
      TrellisDay date = trellis_measurement_get_date (measurement);
      double y = trellis_measurement_get_value (measurement);

      if (last != TRELLIS_DAY_NONE && date > last)
        break;
      x = day_of (date);
      g_array_append_val (xs, x);
      g_array_append_val (ys, y);
    }
  for (guint i = 0; i < xs->len; i++)
    if (isnan (g_array_index (xs, double, i)) ||
        (i > 0 && g_array_index (xs, double, i) < g_array_index (xs, double, i - 1)))
      {
        for (guint j = 0; j < xs->len; j++)
          g_array_index (xs, double, j) = j;
        break;
      }

  trellis_sparkline_set_points (self, (double *) xs->data, (double *) ys->data, xs->len);
  trellis_sparkline_set_target (self, trellis_indicator_get_target (TRELLIS_INDICATOR (indicator)));
}
